package realign.validate;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * What validation needs of one run: its pair events in model order and each country's trust in the U.S. by round.
 * Built from a live run ({@link ValidationRecorder}) or from a run folder ({@link RunFolder}); both give the same
 * values for the same run.
 *
 * @param events the tie events other than dissolutions, ordered by round, then pair value descending (then a, b)
 * @param trustInUs ISO3 to trust in the U.S. at rounds 0..rounds (NaN where not recorded)
 */
public record ModelRun(List<PairEvent> events, Map<String, double[]> trustInUs, int rounds) {

    /** The model order of pair events. */
    public static final Comparator<PairEvent> ORDER = Comparator.comparingInt(PairEvent::round)
            .thenComparing(Comparator.comparingDouble(PairEvent::value).reversed())
            .thenComparing(PairEvent::a).thenComparing(PairEvent::b);

    public ModelRun {
        events = events.stream().sorted(ORDER).toList();
        trustInUs = Map.copyOf(trustInUs);
    }

    /** A tie event of the model: round, the pair (ISO3, a before b) and the pair value. */
    public record PairEvent(int round, String a, String b, double value) {}

    /** Trust of {@code iso3} in the U.S. at a round, or NaN. */
    public double trustInUs(String iso3, int round) {
        double[] v = trustInUs.get(iso3);
        return v == null || round < 0 || round >= v.length ? Double.NaN : v[round];
    }
}
