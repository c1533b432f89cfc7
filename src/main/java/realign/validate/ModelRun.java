package realign.validate;

import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * What validation needs of one run: its pair events in model order and each country's trust in the U.S. by round.
 * Built from a live run ({@link ValidationRecorder}) or from a run folder ({@link RunFolder}); both give the same
 * values for the same run.
 *
 * @param events the tie events other than dissolutions in model order ({@link #order}): by round, then by the
 *               event's share of the largest pair value of its layer in that round, descending (a security and an
 *               economic pair value are in different units: capability-weighted support against gravity trade, so
 *               the layers are compared by rank within their round, not by value), then value descending, then a, b
 * @param trustInUs ISO3 to trust in the U.S. at rounds 0..rounds (NaN where not recorded)
 */
public record ModelRun(List<PairEvent> events, Map<String, double[]> trustInUs, int rounds) {

    public ModelRun {
        events = order(events);
        trustInUs = Map.copyOf(trustInUs);
    }

    /**
     * The model order of pair events: by round; within a round by the share v / max v of the event's value in the
     * largest value of its layer in that round, descending; then by value descending, then by a and b.
     */
    public static List<PairEvent> order(List<PairEvent> events) {
        Map<String, Double> largest = new HashMap<>();
        for (PairEvent e : events) {
            largest.merge(e.round() + "|" + e.layer(), e.value(), Math::max);
        }
        Map<PairEvent, Double> share = new IdentityHashMap<>();
        for (PairEvent e : events) {
            double top = largest.get(e.round() + "|" + e.layer());
            share.put(e, top > 0 ? e.value() / top : 0);
        }
        Comparator<PairEvent> order = Comparator.comparingInt(PairEvent::round)
                .thenComparing(Comparator.comparingDouble((PairEvent e) -> share.get(e)).reversed())
                .thenComparing(Comparator.comparingDouble(PairEvent::value).reversed())
                .thenComparing(PairEvent::a).thenComparing(PairEvent::b).thenComparing(PairEvent::layer);
        return events.stream().sorted(order).toList();
    }

    /** A tie event of the model: round, layer ({@code security}, {@code economic}), the pair (ISO3) and the pair value. */
    public record PairEvent(int round, String layer, String a, String b, double value) {}

    /** Trust of {@code iso3} in the U.S. at a round, or NaN. */
    public double trustInUs(String iso3, int round) {
        double[] v = trustInUs.get(iso3);
        return v == null || round < 0 || round >= v.length ? Double.NaN : v[round];
    }
}
