package realign.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Known answers of the scorer on hand-made events and rankings. */
class ScorerTest {

    private static Events.Observed ev(int line, String date, String a, String b, String kind) {
        return new Events.Observed(line, LocalDate.parse(date), a, b, kind, "");
    }

    /** Three observed pairs: FRA–DEU (Mar), EU–CAN (Jun, a group), JPN–KOR (Apr, and again in Aug). */
    private static Events events() {
        return new Events("test.csv", "", List.of(
                ev(2, "2025-03-10", "FRA", "DEU", "defence_treaty"),
                ev(3, "2025-06-23", "EU", "CAN", "security_defence_partnership"),
                ev(4, "2025-04-01", "JPN", "KOR", "other"),
                ev(5, "2025-08-23", "KOR", "JPN", "strategic_partnership"),
                ev(6, "2025-10-01", "GBR", "NOR", "other")),
                Map.of("EU", Set.of("FRA", "DEU", "ITA")), List.of());
    }

    private static final LocalDate FROM = LocalDate.of(2025, 2, 1);
    private static final LocalDate TO = LocalDate.of(2025, 8, 31);

    @Test
    void eachObservedPairCountsOnceAndEventsOutsideTheWindowAreIgnored() {
        List<Scorer.Target> t = Scorer.targets(events(), FROM, TO, Set.of());
        assertThat(t).extracting(Scorer.Target::partyA).containsExactly("FRA", "JPN", "EU");
        assertThat(t.get(1).date()).isEqualTo(LocalDate.of(2025, 4, 1));
        assertThat(Scorer.targets(events(), FROM, LocalDate.of(2025, 12, 31), Set.of())).hasSize(4);
        assertThat(Scorer.targets(events(), FROM, TO, Set.of("strategic_partnership")))
                .extracting(Scorer.Target::date).containsExactly(LocalDate.of(2025, 8, 23));
    }

    @Test
    void aGroupStandsForItsMembers() {
        Scorer.Target euCan = Scorer.targets(events(), FROM, TO, Set.of()).get(2);
        assertThat(euCan.matches("CAN", "ITA")).isTrue();
        assertThat(euCan.matches("DEU", "CAN")).isTrue();
        assertThat(euCan.matches("CAN", "GBR")).isFalse();
        assertThat(euCan.matches("FRA", "DEU")).isFalse();
    }

    @Test
    void hitsPrecisionRecallAndAveragePrecisionByHand() {
        List<Scorer.Target> t = Scorer.targets(events(), FROM, TO, Set.of());
        // ranks: 1 miss, 2 ITA–CAN (EU–CAN), 3 DEU–FRA (FRA–DEU), 4 FRA–CAN (EU–CAN again: not counted), 5 miss
        Scorer.Result r = Scorer.score(t, List.of("GBR", "CAN", "DEU", "CAN", "CHN"),
                List.of("USA", "ITA", "FRA", "FRA", "RUS"));
        assertThat(r.firstRank()).containsExactly(3, 0, 2);
        assertThat(r.hits(1)).isZero();
        assertThat(r.hits(2)).isEqualTo(1);
        assertThat(r.hits(5)).isEqualTo(2);
        assertThat(r.hits(40)).isEqualTo(2);
        assertThat(r.precision(2)).isEqualTo(0.5);
        assertThat(r.precision(4)).isEqualTo(0.5);
        assertThat(r.recall(5)).isCloseTo(2.0 / 3, within(1e-12));
        // AP = (1/R) Σ hits@r_o / r_o = (1/3)(1/2 + 2/3)
        assertThat(r.averagePrecision()).isCloseTo((0.5 + 2.0 / 3) / 3, within(1e-12));
    }

    @Test
    void modelEventsOutsideTheWindowOrWithAnExcludedCountryAreLeftOutAndLagsAreMonths() throws Exception {
        Validation.Settings d = Validation.Settings.defaults();
        Validation.Settings s = new Validation.Settings(FROM, TO, List.of(1, 2), Set.of(), Set.of("USA"),
                d.surveyMonth(), 1, 10, null);
        Validation.Context c = Validation.context(events(), new realign.Calendar(YearMonth.of(2025, 2)), s);
        ModelRun run = new ModelRun(List.of(
                new ModelRun.PairEvent(1, "security", "CAN", "USA", 0.9),        // excluded country
                new ModelRun.PairEvent(2, "security", "DEU", "FRA", 0.1),        // March: hit, lag 0
                new ModelRun.PairEvent(1, "security", "CAN", "ITA", 0.5),        // February, first in model order: hit, lag -4
                new ModelRun.PairEvent(9, "security", "JPN", "KOR", 0.5)),       // October: outside the window
                Map.of(), 10);
        Validation.ModelScores m = Validation.model(run, c, c.targets());
        assertThat(m.events()).extracting(ModelRun.PairEvent::a).containsExactly("CAN", "DEU");
        assertThat(m.result().firstRank()).containsExactly(2, 0, 1);
        assertThat(m.lagMonths()).containsExactly(0, 0, -4);
        assertThat(m.medianMonths()).isEqualTo(2.0);
    }

    @Test
    void surveyPatternComparesChangesFromRoundZeroToTheSurveyMonth() {
        ModelRun run = new ModelRun(List.of(), Map.of(
                "MEX", new double[] {0.9, 0.8, 0.7, 0.6, 0.5, 0.4},
                "SWE", new double[] {0.9, 0.9, 0.9, 0.9, 0.9, 0.8},
                "DEU", new double[] {0.9, 0.9, 0.9, 0.9, 0.9, 0.7}), 5);
        SurveyPattern p = SurveyPattern.of(List.of(new Events.SurveyChange("MEX", -32),
                new Events.SurveyChange("SWE", -10), new Events.SurveyChange("DEU", -16)), run,
                new realign.Calendar(YearMonth.of(2025, 2)), YearMonth.of(2025, 6));
        assertThat(p.round()).isEqualTo(5);
        assertThat(p.spearman()).isCloseTo(1.0, within(1e-12));
        assertThat(p.sameSign()).isEqualTo(1.0);
    }

    /**
     * A security and an economic pair value are in different units, so within a round the layers are compared by each
     * event's share of the largest value of its layer in that round, not by value: an economic value of 0.25 does not
     * put every trade agreement before every security agreement.
     */
    @Test
    void withinARoundTheLayersInterleaveByShareOfTheirLargestValue() {
        ModelRun run = new ModelRun(List.of(
                new ModelRun.PairEvent(1, "economic", "CHN", "JPN", 0.25),    // share 1
                new ModelRun.PairEvent(1, "economic", "CHN", "KOR", 0.05),    // share 0.2
                new ModelRun.PairEvent(1, "security", "DEU", "GBR", 0.05),    // share 1, after CHN-JPN by value
                new ModelRun.PairEvent(1, "security", "FRA", "POL", 0.04),    // share 0.8
                new ModelRun.PairEvent(2, "security", "AUS", "JPN", 0.5),     // a later round comes later
                new ModelRun.PairEvent(1, "economic", "GBR", "IND", 0.125)),  // share 0.5
                Map.of(), 2);
        assertThat(run.events()).extracting(e -> e.a() + "-" + e.b()).containsExactly(
                "CHN-JPN", "DEU-GBR", "FRA-POL", "GBR-IND", "CHN-KOR", "AUS-JPN");
    }
}
