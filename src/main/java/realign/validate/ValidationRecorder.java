package realign.validate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import realign.model.AllianceModel;
import realign.model.RoundObserver;
import realign.model.TieEvent;
import realign.observe.Fmt;

/** Records what validation needs during a run, in memory: the pair events and trust in the U.S. of every country. */
public final class ValidationRecorder implements RoundObserver {

    private final int rounds;
    private final List<ModelRun.PairEvent> events = new ArrayList<>();
    private double[][] trust;
    private String[] iso3;
    private int usa = -1;

    public ValidationRecorder(int rounds) {
        this.rounds = rounds;
    }

    @Override
    public void record(AllianceModel m) {
        int n = m.size();
        if (trust == null) {
            trust = new double[n][rounds + 1];
            iso3 = new String[n];
            int usa = -1;
            for (int i = 0; i < n; i++) {
                iso3[i] = m.iso3(i);
                if (iso3[i].equals("USA")) {
                    usa = i;
                }
                java.util.Arrays.fill(trust[i], Double.NaN);
            }
            this.usa = usa;
        }
        int t = m.round();
        if (usa >= 0 && t <= rounds) {
            for (int i = 0; i < n; i++) {
                trust[i][t] = i == usa ? Double.NaN : m.trust(i, usa);
            }
        }
        if (t > 0) {
            // both layers, in the order of ties.csv (security, then economic)
            for (realign.model.Layer layer : realign.model.Layer.values()) {
                var log = m.events(layer);
                for (int e = 0; e < log.size(); e++) {
                    if (log.kind(e).agreement()) {
                        // the value as ties.csv writes it, so a run scored in memory and from its folder rank ties alike
                        double v = Double.parseDouble(Fmt.num(log.value(e)));
                        events.add(new ModelRun.PairEvent(t, layer.csv(), m.iso3(log.a(e)), m.iso3(log.b(e)), v));
                    }
                }
            }
        }
    }

    /** The run as recorded so far. */
    public ModelRun run() {
        Map<String, double[]> byCountry = new LinkedHashMap<>();
        if (iso3 != null) {
            for (int i = 0; i < iso3.length; i++) {
                byCountry.put(iso3[i], trust[i].clone());
            }
        }
        return new ModelRun(events, byCountry, rounds);
    }
}
