package realign.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import realign.TestWorlds;

/** The baselines on the shipped window: the fast scorer agrees with the plain one, and the hand-measured numbers. */
class BaselinesTest {

    @Test
    void baselinesMatchTheHandMeasuredNumbersAndBothScorersAgree() {
        var loaded = TestWorlds.load("us-vote-2025");
        Events events = EventsReader.shipped(loaded.world());
        List<Scorer.Target> t = Scorer.targets(events, LocalDate.of(2025, 2, 1), LocalDate.of(2025, 8, 31), Set.of());
        assertThat(t).hasSize(26);
        Candidates c = new Candidates(loaded.world(), loaded.scenario(), Set.of("USA"));
        assertThat(c.size()).isEqualTo(192 * 191 / 2);
        int[][] matching = Scorer.matching(t, c.all());
        for (String name : List.of("capability", "gravity", "affinity")) {
            Candidates.Ranking r = switch (name) {
                case "capability" -> c.capability();
                case "gravity" -> c.gravity();
                default -> c.affinity();
            };
            Scorer.Result plain = Scorer.score(t, r.a(), r.b());
            Scorer.Result fast = Scorer.score(t.size(), matching, c.rankOf(name));
            assertThat(fast.firstRank()).as(name).containsExactly(plain.firstRank());
        }
        // docs/validation.md and issue 9: 11 of 26 for capability product, 8 for gravity, in the first 40
        assertThat(Scorer.score(t.size(), matching, c.rankOf("capability")).hits(40)).isEqualTo(11);
        assertThat(Scorer.score(t.size(), matching, c.rankOf("gravity")).hits(40)).isEqualTo(8);
        // the group EU–CAN is matched by a pair of Canada with any of the 27 members
        int euCan = t.stream().map(x -> x.partyA() + "-" + x.partyB()).toList().indexOf("EU-CAN");
        assertThat(matching[euCan]).hasSize(27);
    }
}
