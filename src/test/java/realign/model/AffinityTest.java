package realign.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import realign.world.Vote;

/** docs/model.md §1, vote affinity: the agreement index with abstention as half, on hand-solvable votes. */
class AffinityTest {

    private static byte[] votes(String codes) {
        byte[] b = new byte[codes.length()];
        for (int i = 0; i < b.length; i++) {
            b[i] = (byte) Vote.parse(codes.substring(i, i + 1)).ordinal();
        }
        return b;
    }

    @Test
    void agreementCountsOnlyVotesBothCastAndAbstentionAsHalf() {
        // members 0..3 over three roll calls
        Affinity a = Affinity.compute(4, new byte[][] {votes("YYNX"), votes("YAAX"), votes("NNNA")});

        // 0–1: Y/Y 1, Y/A 0.5, N/N 1 over 3
        assertThat(a.affinity()[1]).isEqualTo(2.5 / 3);
        // 0–2: Y/N 0, Y/A 0.5, N/N 1 over 3
        assertThat(a.affinity()[2]).isEqualTo(1.5 / 3);
        // 0–3: only the third roll call, N/A
        assertThat(a.affinity()[3]).isEqualTo(0.5);
        assertThat(a.shared()[3]).isEqualTo(1);
        assertThat(a.shared()[1]).isEqualTo(3);
        assertThat(a.rollCalls()).isEqualTo(3);
        for (int i = 0; i < 4; i++) {
            assertThat(a.affinity()[i * 4 + i]).isEqualTo(1.0);
            for (int j = 0; j < 4; j++) {
                assertThat(a.affinity()[i * 4 + j]).isEqualTo(a.affinity()[j * 4 + i]);
                assertThat(a.shared()[i * 4 + j]).isEqualTo(a.shared()[j * 4 + i]);
            }
        }
    }

    @Test
    void aPairThatSharedNoVoteHasAffinityOneHalf() {
        Affinity a = Affinity.compute(3, new byte[][] {votes("YXN"), votes("XYN")});

        assertThat(a.shared()[1]).isZero();
        assertThat(a.affinity()[1]).isEqualTo(0.5);
        assertThat(a.affinity()[2]).isEqualTo(0.0);
    }

    @Test
    void noHistoryGivesOneHalfEverywhereOffTheDiagonal() {
        Affinity a = Affinity.compute(3, new byte[0][]);

        assertThat(a.affinity()).containsExactly(1, 0.5, 0.5, 0.5, 1, 0.5, 0.5, 0.5, 1);
        assertThat(a.shared()).containsOnly(0);
    }
}
