package realign.world;

import java.util.List;

/**
 * One recorded UNGA vote: the official tallies and each member's vote, indexed like {@link World#countries()}.
 *
 * @param splitResolved false where the data do not separate abstentions from absences (ES-11-5)
 */
public record RollCall(
        String id,
        String date,
        String symbol,
        String subject,
        int yes,
        int no,
        int abstain,
        int absent,
        boolean splitResolved,
        List<Vote> votes) {

    public RollCall {
        votes = List.copyOf(votes);
    }

    public Vote vote(int country) {
        return votes.get(country);
    }

    public int count(Vote v) {
        int k = 0;
        for (Vote x : votes) {
            if (x == v) {
                k++;
            }
        }
        return k;
    }
}
