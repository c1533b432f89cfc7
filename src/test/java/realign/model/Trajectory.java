package realign.model;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import realign.InputException;
import realign.scenario.ScenarioReader;
import realign.world.World;

/**
 * Test support: runs a model and keeps a copy of its whole state at round 0 and after every round, so tests
 * can compare rounds, runs and scenarios after the fact.
 */
public final class Trajectory {

    /** A tie event as recorded in a round, with each side's net gain (NaN for a dissolution). */
    public record Event(int a, int b, TieEvent kind, double value, double netGainA, double netGainB) {}

    /** The state the record phase sees, copied. n×n arrays are row-major, row i being i's view. */
    public record Snapshot(int round, int n, double[] trust, double[] tie, boolean[] multilateral, double[] affinity,
                           int[] bloc, double[] need, double[] support, double[] deficit, boolean[] seeking,
                           double energy, int shocks, List<Event> events, Economy economy, double[] capability,
                           double[] buildUp, boolean[] balancing) {

        public double trust(int i, int j) {
            return trust[i * n + j];
        }

        public double tie(int i, int j) {
            return tie[i * n + j];
        }

        public boolean multilateral(int i, int j) {
            return multilateral[i * n + j];
        }

        public double affinity(int i, int j) {
            return affinity[i * n + j];
        }

        public long formed() {
            return events.stream().filter(e -> e.kind() == TieEvent.FORMED).count();
        }

        public long dissolved() {
            return events.stream().filter(e -> e.kind() == TieEvent.DISSOLVED).count();
        }

        public double totalDeficit() {
            return Arrays.stream(deficit).sum();
        }

        public int seekers() {
            int k = 0;
            for (boolean s : seeking) {
                if (s) {
                    k++;
                }
            }
            return k;
        }

        /** Number of pairs i &lt; j with a tie. */
        public int ties() {
            int k = 0;
            for (int i = 0; i < n; i++) {
                for (int j = i + 1; j < n; j++) {
                    if (tie[i * n + j] > 0) {
                        k++;
                    }
                }
            }
            return k;
        }
    }

    /** The economic layer at a round: ties E, tariff factors f, need, support, deficit, seeking, events. */
    public record Economy(double[] tie, double[] tariffFactor, double[] need, double[] support, double[] deficit,
                          boolean[] seeking, List<Event> events) {

        public int seekers() {
            int k = 0;
            for (boolean s : seeking) {
                k += s ? 1 : 0;
            }
            return k;
        }
    }

    private final ModelInput input;
    private final List<Snapshot> rounds;

    private Trajectory(ModelInput input, List<Snapshot> rounds) {
        this.input = input;
        this.rounds = List.copyOf(rounds);
    }

    /** Reads {@code scenarios/<name>.yaml} with overrides (as {@code --set} would). */
    public static ScenarioReader.Loaded load(String name, String... overrides) {
        return load(Path.of("scenarios", name + ".yaml"), overrides);
    }

    public static ScenarioReader.Loaded load(Path file, String... overrides) {
        try {
            return ScenarioReader.read(file, List.of(overrides));
        } catch (InputException e) {
            throw new IllegalStateException("cannot load " + file + ": " + e.getMessage(), e);
        }
    }

    /** Runs a shipped scenario with overrides. */
    public static Trajectory run(String name, String... overrides) {
        return of(load(name, overrides));
    }

    public static Trajectory of(ScenarioReader.Loaded loaded) {
        return of(loaded.world(), loaded);
    }

    /** Runs the scenario of {@code loaded} on {@code world} (which may differ from the one it was read with). */
    public static Trajectory of(World world, ScenarioReader.Loaded loaded) {
        return of(ModelInput.of(world, loaded.scenario().modelSpec()));
    }

    public static Trajectory of(ModelInput input) {
        List<Snapshot> out = new ArrayList<>();
        new AllianceModel(input, m -> out.add(snapshot(m))).run();
        return new Trajectory(input, out);
    }

    static Snapshot snapshot(AllianceModel m) {
        Economy economy = new Economy(m.economicTie.clone(), m.tariffFactor.clone(), m.economicNeed.clone(),
                m.economicSupport.clone(), m.economicDeficit.clone(), m.economicSeeking.clone(),
                events(m.economicEvents()));
        return new Snapshot(m.round(), m.n, m.trust.clone(), m.tie.clone(), m.multilateral.clone(),
                m.affinity.clone(), m.bloc.clone(), m.need.clone(), m.support.clone(), m.deficit.clone(),
                m.seeking.clone(), m.energy(), m.shocksThisRound(), events(m.tieEvents()), economy, m.capability.clone(),
                m.buildUp.clone(), m.balancing.clone());
    }

    private static List<Event> events(TieLog log) {
        List<Event> events = new ArrayList<>();
        for (int e = 0; e < log.size(); e++) {
            events.add(new Event(log.a(e), log.b(e), log.kind(e), log.value(e), log.netGainA(e), log.netGainB(e)));
        }
        return List.copyOf(events);
    }

    public ModelInput input() {
        return input;
    }

    public ModelParams params() {
        return input.params;
    }

    public int size() {
        return input.n;
    }

    /** The state at round t (0 = after initialisation). */
    public Snapshot round(int t) {
        return rounds.get(t);
    }

    public List<Snapshot> rounds() {
        return rounds;
    }

    public int last() {
        return rounds.size() - 1;
    }

    public int index(String iso3) {
        for (int i = 0; i < input.n; i++) {
            if (input.iso3[i].equals(iso3)) {
                return i;
            }
        }
        throw new IllegalArgumentException("no country " + iso3);
    }

    public String iso3(int i) {
        return input.iso3[i];
    }

    /** Tie events formed over all rounds. */
    public long formedOverall() {
        return rounds.stream().mapToLong(Snapshot::formed).sum();
    }
}
