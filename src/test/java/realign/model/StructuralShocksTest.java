package realign.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import realign.model.Trajectory.Event;
import realign.model.Trajectory.Snapshot;
import realign.scenario.ScenarioReader;
import realign.world.Group;
import realign.world.Treaty;
import realign.world.World;

/**
 * The structural shocks of docs/model.md §2b: {@code leave} removes exactly the leaver's ties of that group and
 * leaves every other tie as it was; {@code join} then {@code leave} restores the ties; {@code agreement} raises
 * the pair's tie to its weight. Expected ties are computed here from the data files, not from the model's
 * bookkeeping.
 */
class StructuralShocksTest {

    @TempDir
    static Path dir;

    private static final String VOTES = """
            history: [ES-11-1, ES-11-5]
            shocks:
              - rollcall: ES-11-7
                round: 1
              - rollcall: ES-11-8
                round: 1
            """;

    private static final String QUIET = "history: [ES-11-1, ES-11-5]\nshocks:\n";

    static Stream<Arguments> leaves() {
        return Stream.of(
                Arguments.of("USA", "NATO", 1L, 0.0),
                Arguments.of("USA", "NATO", 2L, 0.01),
                Arguments.of("DEU", "EU", 3L, 0.0),
                Arguments.of("RUS", "CSTO", 4L, 0.01),
                Arguments.of("USA", "G7", 5L, 0.0),
                Arguments.of("USA", "RIO_TREATY", 6L, 0.0),
                Arguments.of("GBR", "JEF", 7L, 0.02));
    }

    @ParameterizedTest(name = "{0} leaves {1}, seed {2}, noise {3}")
    @MethodSource("leaves")
    void aLeaveRemovesExactlyTheCountrysTiesOfThatGroupAndNoOtherTie(String country, String group, long seed,
                                                                     double noise) {
        ScenarioReader.Loaded loaded = load("leave-" + country + "-" + group + "-" + seed, VOTES
                + "  - leave: {country: " + country + ", group: " + group + "}\n    round: 3\n",
                "seed=" + seed, "trust.noise=" + noise);
        Trajectory run = Trajectory.of(loaded);
        World world = loaded.world();
        ModelParams.Ties t = run.params().ties();
        int c = run.index(country);
        Set<Integer> members = indices(run, world.group(group).orElseThrow().members());
        members.remove(c);
        Snapshot before = run.round(2);
        Snapshot after = run.round(3);

        Set<Integer> left = new TreeSet<>();
        Set<Long> renegotiated = new HashSet<>();
        for (Event e : after.events()) {
            if (e.kind() == TieEvent.LEFT) {
                int other = e.a() == c ? e.b() : e.a();
                assertThat(e.a() == c || e.b() == c).isTrue();
                left.add(other);
                double[] expected = withoutGroup(world, t, run, country, run.iso3(other), group);
                if (before.tie(c, other) == run.round(0).tie(c, other)) {
                    assertThat(e.value()).as("%s-%s after the leave", country, run.iso3(other)).isEqualTo(expected[0]);
                }
            } else {
                assertThat(e.kind()).isIn(TieEvent.FORMED, TieEvent.STRENGTHENED, TieEvent.DISSOLVED);
                renegotiated.add(key(e.a(), e.b()));
            }
        }
        assertThat(left).as("pairs of the leave").isEqualTo(members);

        int n = run.size();
        int unchanged = 0;
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                boolean ofTheLeave = (i == c && members.contains(j)) || (j == c && members.contains(i));
                if (renegotiated.contains(key(i, j))) {
                    continue;
                }
                if (ofTheLeave) {
                    int other = i == c ? j : i;
                    double[] expected = withoutGroup(world, t, run, country, run.iso3(other), group);
                    if (before.tie(i, j) == run.round(0).tie(i, j)) {
                        assertThat(after.tie(i, j)).isEqualTo(expected[0]);
                        assertThat(after.multilateral(i, j)).isEqualTo(expected[1] > 0);
                    }
                    assertThat(after.multilateral(i, j)).as("no longer a tie of %s", group)
                            .isEqualTo(after.tie(i, j) > 0 && expected[1] > 0);
                } else {
                    assertThat(after.tie(i, j)).as("W %s-%s", run.iso3(i), run.iso3(j)).isEqualTo(before.tie(i, j));
                    assertThat(after.multilateral(i, j)).isEqualTo(before.multilateral(i, j));
                    unchanged++;
                }
            }
        }
        assertThat(unchanged).isGreaterThan(n * (n - 1) / 2 - members.size() - renegotiated.size() - 1);
    }

    static Stream<Arguments> joins() {
        return Stream.of(
                Arguments.of("JPN", "NATO", 1L),
                Arguments.of("UKR", "EU", 2L),
                Arguments.of("AUS", "G7", 3L),
                Arguments.of("KOR", "FIVE_EYES", 4L),
                Arguments.of("SRB", "CSTO", 5L));
    }

    @ParameterizedTest(name = "{0} joins and leaves {1}, seed {2}")
    @MethodSource("joins")
    void joiningThenLeavingAGroupRestoresTheTies(String country, String group, long seed) {
        ScenarioReader.Loaded loaded = load("join-" + country + "-" + group, QUIET
                + "  - join: {country: " + country + ", group: " + group + "}\n    round: 2\n"
                + "  - leave: {country: " + country + ", group: " + group + "}\n    round: 4\n    salience: 0\n",
                "seed=" + seed, "rounds=6");
        Trajectory run = Trajectory.of(loaded);
        int c = run.index(country);
        Set<Integer> members = indices(run, loaded.world().group(group).orElseThrow().members());
        double w = groupTie(run.params().ties(), loaded.world().group(group).orElseThrow());
        boolean multilateral = multilateral(loaded.world().group(group).orElseThrow());

        Set<Integer> joined = new TreeSet<>();
        for (Event e : run.round(2).events()) {
            assertThat(e.kind()).isEqualTo(TieEvent.JOINED);
            int other = e.a() == c ? e.b() : e.a();
            joined.add(other);
            assertThat(e.value()).isEqualTo(Math.max(w, run.round(1).tie(c, other)));
            assertThat(run.round(2).tie(c, other)).isEqualTo(e.value());
            assertThat(run.round(2).multilateral(c, other)).isEqualTo(multilateral || run.round(1).multilateral(c, other));
        }
        assertThat(joined).isEqualTo(members);
        assertThat(run.round(4).events()).extracting(Event::kind).containsOnly(TieEvent.LEFT).hasSize(members.size());
        // the world of February 2025 without shocks: once the country has left again, every tie is as at round 0
        for (int t : new int[] {4, 5, 6}) {
            assertThat(run.round(t).tie()).as("W in round %d", t).isEqualTo(run.round(0).tie());
            assertThat(run.round(t).multilateral()).as("M in round %d", t).isEqualTo(run.round(0).multilateral());
        }
    }

    static Stream<Arguments> agreements() {
        return Stream.of(
                Arguments.of("JPN", "POL", 0.6, 1L),
                Arguments.of("FRA", "DEU", 0.3, 2L),
                Arguments.of("IND", "AUS", 1.0, 3L),
                Arguments.of("BRA", "ZAF", 0.05, 4L));
    }

    @ParameterizedTest(name = "{0}-{1} sign at {2}, seed {3}")
    @MethodSource("agreements")
    void anAgreementRaisesThePairsTieToItsWeightAndChangesNothingElse(String a, String b, double weight, long seed) {
        Trajectory run = Trajectory.of(load("agreement-" + a + b, VOTES + "  - agreement: {a: " + a + ", b: " + b
                + ", weight: " + weight + "}\n    round: 2\n", "seed=" + seed));
        int i = run.index(a);
        int j = run.index(b);
        Snapshot before = run.round(1);
        Snapshot after = run.round(2);
        List<Event> signed = after.events().stream().filter(e -> e.kind() == TieEvent.SIGNED).toList();
        assertThat(signed).hasSize(1);
        assertThat(signed.get(0).value()).isEqualTo(Math.max(weight, before.tie(i, j)));
        Set<Long> renegotiated = new HashSet<>();
        after.events().stream().filter(e -> !e.kind().structural()).forEach(e -> renegotiated.add(key(e.a(), e.b())));
        // renegotiation (after the shock phase) may deepen the pair in the same round (§3.3)
        boolean deepened = after.events().stream().anyMatch(e -> e.kind() == TieEvent.STRENGTHENED
                && key(e.a(), e.b()) == key(Math.min(i, j), Math.max(i, j)));
        if (deepened) {
            assertThat(after.tie(i, j)).isGreaterThan(Math.max(weight, before.tie(i, j)));
        } else {
            assertThat(after.tie(i, j)).isEqualTo(Math.max(weight, before.tie(i, j)));
        }
        assertThat(after.tie(j, i)).isEqualTo(after.tie(i, j));
        assertThat(after.multilateral(i, j)).isEqualTo(before.multilateral(i, j));
        int n = run.size();
        for (int x = 0; x < n; x++) {
            for (int y = x + 1; y < n; y++) {
                if (!renegotiated.contains(key(x, y)) && key(x, y) != key(Math.min(i, j), Math.max(i, j))) {
                    assertThat(after.tie(x, y)).isEqualTo(before.tie(x, y));
                }
            }
        }
    }

    static Stream<Arguments> economicAgreements() {
        return Stream.of(
                Arguments.of("GBR", "IND", 0.4, 1L),
                Arguments.of("USA", "BRA", 0.8, 2L),
                Arguments.of("FRA", "DEU", 0.1, 3L),
                Arguments.of("CHN", "AUS", 1.0, 4L));
    }

    /**
     * An agreement with {@code layer: economic} raises the pair's economic tie E to at least its weight, logs
     * {@code signed} in the economic layer and leaves every security tie W as renegotiation leaves it (§2b).
     */
    @ParameterizedTest(name = "{0}-{1} sign a trade agreement at {2}, seed {3}")
    @MethodSource("economicAgreements")
    void anEconomicAgreementRaisesThePairsEconomicTieAndNoSecurityTie(String a, String b, double weight, long seed) {
        Trajectory run = Trajectory.of(load("trade-agreement-" + a + b, VOTES + "  - agreement: {a: " + a + ", b: "
                + b + ", layer: economic, weight: " + weight + "}\n    round: 2\n", "seed=" + seed));
        int n = run.size();
        int i = run.index(a);
        int j = run.index(b);
        Snapshot before = run.round(1);
        Snapshot after = run.round(2);
        double expected = Math.max(weight, before.economy().tie()[i * n + j]);
        List<Event> signed = after.economy().events().stream().filter(e -> e.kind() == TieEvent.SIGNED).toList();
        assertThat(signed).hasSize(1);
        assertThat(signed.get(0).value()).isEqualTo(expected);
        assertThat(after.economy().tie()[i * n + j]).isEqualTo(expected);
        assertThat(after.economy().tie()[j * n + i]).isEqualTo(expected);
        assertThat(after.events()).noneMatch(e -> e.kind().structural());
        Set<Long> renegotiated = new HashSet<>();
        after.events().forEach(e -> renegotiated.add(key(e.a(), e.b())));
        for (int x = 0; x < n; x++) {
            for (int y = x + 1; y < n; y++) {
                if (!renegotiated.contains(key(x, y))) {
                    assertThat(after.tie(x, y)).as("W %d-%d", x, y).isEqualTo(before.tie(x, y));
                }
            }
        }
    }

    /**
     * A leave recomputes the leaver's ties from the sources that remain (§2b), so no tie rises by a leave (a
     * deepening is no source and is lost), while an agreement never lowers a tie, deepened or not.
     */
    @ParameterizedTest(name = "seed {0}")
    @org.junit.jupiter.params.provider.ValueSource(longs = {1, 2, 3})
    void aLeaveDropsTheDeepeningOfTheLeaversTiesAndAnAgreementNeverLowersATie(long seed) {
        ScenarioReader.Loaded loaded = load("deepen-leave-" + seed, VOTES
                + "  - agreement: {a: POL, b: DEU, weight: 0.05}\n    round: 6\n"
                + "  - leave: {country: POL, group: NATO}\n    round: 8\n    salience: 0\n",
                "seed=" + seed, "rounds=8", "renegotiation.cooldown=0");
        Trajectory run = Trajectory.of(loaded);
        int pol = run.index("POL");
        int deu = run.index("DEU");
        for (Event e : run.round(6).events()) {
            if (e.kind() == TieEvent.SIGNED) {
                assertThat(e.value()).isGreaterThanOrEqualTo(run.round(5).tie(pol, deu));
            }
        }
        Snapshot before = run.round(7);
        Snapshot after = run.round(8);
        for (Event e : after.events()) {
            if (e.kind() == TieEvent.LEFT) {
                assertThat(e.value()).isLessThanOrEqualTo(before.tie(e.a(), e.b()));
            }
        }
        // DEU-POL keep the EU's tie (and the agreement's weight) after Poland leaves NATO
        assertThat(after.tie(pol, deu)).isPositive();
    }

    /**
     * The documented rule for deepened ties (§2b) on us-leaves-nato: Canada–U.S., deepened above its treaty's 1
     * before round 6, falls back to exactly 1 (the bilateral treaty, its strongest remaining source) when the
     * U.S. leaves NATO; the deepening step is lost. With ψ = 0: under the default ψ = 0.9 Canada, betrayed, no
     * longer deepens its tie with the U.S. (AgreementRulesTest), and there is no deepened tie to lose.
     */
    @Test
    void aDeepenedTieFallsBackToItsStrongestRemainingSourceWhenTheLeaverLeaves() {
        Trajectory run = Trajectory.run("us-leaves-nato", "renegotiation.deepenTrust=0");
        int can = run.index("CAN");
        int usa = run.index("USA");
        assertThat(run.round(0).tie(can, usa)).isEqualTo(1.0);
        assertThat(run.round(5).tie(can, usa)).as("W CAN-USA before the leave, deepened").isGreaterThan(1.0);
        List<Event> left = run.round(6).events().stream()
                .filter(e -> e.kind() == TieEvent.LEFT && key(e.a(), e.b()) == key(can, usa)).toList();
        assertThat(left).hasSize(1);
        assertThat(left.get(0).value()).isEqualTo(1.0);
    }

    /**
     * A group whose tie parameter is 0 still has members who can leave it (the reader accepts the leave): the leave
     * runs and changes no tie of that group, which gave none.
     */
    @Test
    void aLeaveOfAGroupWhoseTieParameterIsZeroRunsAndRemovesNothing() {
        Trajectory run = Trajectory.run("us-leaves-nato", "ties.defensePact=0");
        int can = run.index("CAN");
        int usa = run.index("USA");
        List<Event> left = run.round(6).events().stream()
                .filter(e -> e.kind() == TieEvent.LEFT && key(e.a(), e.b()) == key(can, usa)).toList();
        assertThat(left).hasSize(1);
        assertThat(left.get(0).value()).as("CAN-USA keeps its other sources").isEqualTo(run.round(5).tie(can, usa));
    }

    /**
     * A leave with salience s is an event of the leaver against the other members at s, applied while the ties
     * are still in place (§2b): the two scenarios give the same trajectory bit for bit.
     */
    @Test
    void aLeaveWithASalienceIsAnEventAgainstTheOtherMembersBeforeTheTiesChange() {
        Trajectory leave = Trajectory.of(load("leave-signal", VOTES
                + "  - leave: {country: USA, group: NATO}\n    round: 3\n    salience: 0.5\n", "rounds=8"));
        Trajectory event = Trajectory.of(load("event-then-leave", VOTES
                + "  - event: {actor: USA, targets: [NATO]}\n    round: 3\n    salience: 0.5\n"
                + "  - leave: {country: USA, group: NATO}\n    round: 3\n    salience: 0\n", "rounds=8"));
        for (int t = 0; t <= 8; t++) {
            assertThat(leave.round(t).trust()).as("T round %d", t).isEqualTo(event.round(t).trust());
            assertThat(leave.round(t).tie()).as("W round %d", t).isEqualTo(event.round(t).tie());
            assertThat(leave.round(t).affinity()).as("a round %d", t).isEqualTo(event.round(t).affinity());
        }
        int usa = leave.index("USA");
        int deu = leave.index("DEU");
        assertThat(leave.round(3).trust(deu, usa)).isLessThan(leave.round(2).trust(deu, usa));
    }

    /**
     * Without a salience a join or an agreement is no trust signal: vote affinity, which only shocks change, stays
     * as it was. With one, the parties agree (§2b): affinity and trust between them rise.
     */
    @Test
    void aJoinOrAnAgreementIsATrustSignalOnlyWithASalience() {
        String shocks = VOTES + "  - join: {country: JPN, group: NATO}\n    round: 2\n    salience: %s\n"
                + "  - agreement: {a: FRA, b: IND, weight: 0.6}\n    round: 2\n    salience: %s\n";
        Trajectory quiet = Trajectory.of(load("join-quiet", shocks.formatted(0, 0), "rounds=2"));
        Trajectory signal = Trajectory.of(load("join-signal", shocks.formatted(0.5, 0.5), "rounds=2"));
        assertThat(quiet.round(2).affinity()).isEqualTo(quiet.round(1).affinity());
        assertThat(quiet.round(2).tie()).isEqualTo(signal.round(2).tie());
        int jpn = quiet.index("JPN");
        int usa = quiet.index("USA");
        int fra = quiet.index("FRA");
        int ind = quiet.index("IND");
        assertThat(signal.round(2).affinity(jpn, usa)).isGreaterThanOrEqualTo(quiet.round(2).affinity(jpn, usa));
        assertThat(signal.round(2).trust(usa, jpn)).isGreaterThan(quiet.round(2).trust(usa, jpn));
        assertThat(signal.round(2).trust(fra, ind)).isGreaterThan(quiet.round(2).trust(fra, ind));
        assertThat(signal.round(2).affinity(fra, ind)).isGreaterThan(quiet.round(2).affinity(fra, ind));
    }

    /**
     * TieSources learns the ties renegotiation formed at the start of the next shock phase, before its first
     * shock: a country that joins and leaves a group in the round after it formed a tie with a member keeps that
     * tie (now its only live source), it does not fall to 0. In us-vote-2025 with ψ = 0 (no trust rule for
     * deepening, so the renegotiation of the first v2), Türkiye and Ukraine form a security tie in round 17; Ukraine
     * joins and leaves NATO in round 18.
     */
    @Test
    void aLeaveInTheRoundAfterARenegotiatedTieKeepsThatTie() throws IOException {
        Path shipped = Path.of("scenarios", "us-vote-2025.yaml");
        Trajectory base = Trajectory.of(Trajectory.load(shipped, "renegotiation.deepenTrust=0"));
        int tur = base.index("TUR");
        int ukr = base.index("UKR");
        assertThat(base.round(17).events()).filteredOn(e -> e.kind() == TieEvent.FORMED)
                .extracting(e -> Math.min(e.a(), e.b()) + "-" + Math.max(e.a(), e.b()))
                .contains(Math.min(tur, ukr) + "-" + Math.max(tur, ukr));
        double formed = base.round(17).tie(tur, ukr);
        assertThat(formed).isPositive();

        String text = Files.readString(shipped).replace("\nfocus:", """

                  - join: {country: UKR, group: NATO}
                    round: 18
                  - leave: {country: UKR, group: NATO}
                    round: 18
                    salience: 0
                focus:""");
        Path file = dir.resolve("ukr-joins-and-leaves-nato.yaml");
        Files.writeString(file, text);
        Trajectory run = Trajectory.of(Trajectory.load(file, "renegotiation.deepenTrust=0"));

        assertThat(run.round(17).tie(tur, ukr)).isEqualTo(formed);
        assertThat(run.round(18).events()).filteredOn(e -> e.kind() == TieEvent.LEFT
                        && Math.min(e.a(), e.b()) == Math.min(tur, ukr) && Math.max(e.a(), e.b()) == Math.max(tur, ukr))
                .singleElement().satisfies(e -> assertThat(e.value()).as("TUR-UKR after Ukraine leaves NATO again")
                        .isEqualTo(formed));
    }

    // ---- expectations from the data files --------------------------------------------------------------------

    /** {W, multilateral ? 1 : 0} of a pair from its groups other than {@code without} and its treaties (§1). */
    private static double[] withoutGroup(World world, ModelParams.Ties t, Trajectory run, String a, String b,
                                         String without) {
        double w = 0;
        boolean multi = false;
        for (Group g : world.groups().values()) {
            if (!g.id().equals(without) && g.members().contains(a) && g.members().contains(b)) {
                double gw = groupTie(t, g);
                w = Math.max(w, gw);
                multi |= gw > 0 && multilateral(g);
            }
        }
        for (Treaty tr : world.treaties()) {
            if ((tr.a().equals(a) && tr.b().equals(b)) || (tr.a().equals(b) && tr.b().equals(a))) {
                w = Math.max(w, switch (tr.kind()) {
                    case "defense_pact" -> t.defensePact();
                    case "entente" -> t.entente();
                    case "strategic_partnership" -> t.strategicPartnership();
                    default -> 0;
                });
            }
        }
        return new double[] {w, multi && w > 0 ? 1 : 0};
    }

    private static double groupTie(ModelParams.Ties t, Group g) {
        if (g.kind().equals("defense_alliance")) {
            return t.defensePact();
        }
        if (g.id().equals("EU")) {
            return t.euPair();
        }
        return g.kind().equals("consultative") ? t.consultative() : 0;
    }

    private static boolean multilateral(Group g) {
        return g.kind().equals("defense_alliance") || g.id().equals("EU");
    }

    private static Set<Integer> indices(Trajectory run, List<String> iso3) {
        Set<Integer> out = new TreeSet<>();
        iso3.forEach(c -> out.add(run.index(c)));
        return out;
    }

    private static long key(int i, int j) {
        return Math.min(i, j) * 100_000L + Math.max(i, j);
    }

    static ScenarioReader.Loaded load(String name, String body, String... overrides) {
        Path file = dir.resolve(name + ".yaml");
        try {
            Files.writeString(file, "name: " + name + "\nseed: 1\nrounds: 6\n" + body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Trajectory.load(file, overrides);
    }
}
