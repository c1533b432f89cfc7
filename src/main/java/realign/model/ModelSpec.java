package realign.model;

import java.util.List;
import java.util.Map;
import realign.world.Vote;

/**
 * What the model is asked to run, independent of where it came from: a scenario file, a sweep point, the GUI
 * (docs/model.md §1–2). The scenario package builds it; the model never sees a scenario.
 *
 * @param seed the run's seed
 * @param rounds rounds after round 0
 * @param history roll calls that set the initial vote affinity, with the votes replaced in them
 * @param shocks the scheduled shocks, in scenario order
 * @param params every parameter, resolved
 */
public record ModelSpec(long seed, int rounds, List<HistoryEntry> history, List<Shock> shocks, ModelParams params) {

    public ModelSpec {
        history = List.copyOf(history);
        shocks = List.copyOf(shocks);
    }

    /** A history roll call that sets initial vote affinity, with votes the scenario replaces. */
    public record HistoryEntry(String rollcall, Map<String, Vote> votes) {}

    /** A scheduled shock. */
    public sealed interface Shock permits RollCallShock, EventShock, TariffShock, LeaveShock, JoinShock,
            AgreementShock {
        int round();

        double salience();

        String label();
    }

    /**
     * A roll call: a shipped one ({@code rollcall} set) with optional replaced votes, or an inline one
     * ({@code rollcall} null) where every member not listed votes {@code defaultVote}.
     */
    public record RollCallShock(int round, double salience, String label, String rollcall, Vote defaultVote,
                                Map<String, Vote> votes) implements Shock {}

    /**
     * An event: the actor opposes each target (tariffs, troop withdrawal); targets are ISO3 codes,
     * {@code targetNames} the names as the user wrote them (groups included), for reports.
     */
    public record EventShock(int round, double salience, String label, String actor, List<String> targetNames,
                             List<String> targets) implements Shock {}

    /**
     * A tariff (docs/model.md §2): the actor taxes its trade with each target at {@code rate} (0.25 = 25 %), which
     * replaces any earlier rate of the same actor on that target; the targets' trust in the actor falls as after an
     * event of the same salience. Targets as in {@link EventShock}.
     */
    public record TariffShock(int round, double salience, String label, String actor, List<String> targetNames,
                              List<String> targets, double rate) implements Shock {
        public TariffShock {
            targetNames = List.copyOf(targetNames);
            targets = List.copyOf(targets);
        }
    }

    /**
     * A country leaves a group that gives alignment ties (docs/model.md §2b): its ties with the other members lose
     * that group as a source. With a salience above 0 the departure is also an event in which the country opposes
     * each other member (§2), applied before the ties change.
     */
    public record LeaveShock(int round, double salience, String label, String country, String group) implements Shock {}

    /**
     * A country joins a group that gives alignment ties (§2b): it gains the group's tie with every member. With a
     * salience above 0 the accession is also a vote on which the country and each member agree (§2).
     */
    public record JoinShock(int round, double salience, String label, String country, String group) implements Shock {}

    /**
     * Countries {@code a} and {@code b} sign a pact on {@code layer} ({@code security} or {@code economic}) that
     * raises their tie on that layer to at least {@code weight} (§2b). With a salience above 0 the signing is also a vote on
     * which the two agree (§2).
     */
    public record AgreementShock(int round, double salience, String label, String a, String b, String layer,
                                 double weight) implements Shock {}
}
