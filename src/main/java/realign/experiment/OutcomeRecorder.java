package realign.experiment;

import java.util.ArrayList;
import java.util.List;
import realign.model.AllianceModel;
import realign.model.RoundObserver;
import realign.observe.Metric;
import realign.observe.RunMetrics;

/**
 * Samples only the metrics a sweep's outcomes need, each round, and summarises them as the run goes: a run of a
 * sweep keeps a few numbers, never its tables. Optionally keeps each outcome every k rounds for series.csv.
 */
final class OutcomeRecorder implements RoundObserver {

    /** One outcome's value at one round, for series.csv. */
    record Sample(int round, int outcome, double value) {}

    private final List<Outcome> outcomes;
    private final Metric[] metrics;
    private final int lastRound;
    private final int seriesEvery;
    private final double[] acc;
    private final int[] count;
    /** The last round seen in each outcome's window: where a threshold never met is censored. */
    private final int[] lastSeen;
    private final List<Sample> series = new ArrayList<>();

    /** Validation scores (realign.validate) are computed at the end of the run; null when no outcome asks for one. */
    private final realign.validate.ValidationRecorder validation;
    private final realign.world.World world;
    private final realign.scenario.Scenario scenario;

    OutcomeRecorder(List<Outcome> outcomes, realign.world.World world, realign.scenario.Scenario scenario,
                    int seriesEvery) {
        this(outcomes, RunMetrics.of(world, scenario), scenario.rounds(), seriesEvery, world, scenario);
    }

    OutcomeRecorder(List<Outcome> outcomes, RunMetrics available, int lastRound, int seriesEvery) {
        this(outcomes, available, lastRound, seriesEvery, null, null);
    }

    private OutcomeRecorder(List<Outcome> outcomes, RunMetrics available, int lastRound, int seriesEvery,
                            realign.world.World world, realign.scenario.Scenario scenario) {
        this.outcomes = outcomes;
        this.metrics = new Metric[outcomes.size()];
        boolean anyValidation = false;
        for (int o = 0; o < metrics.length; o++) {
            metrics[o] = available.round(outcomes.get(o).metric());
            if (metrics[o] == null && scenario != null
                    && realign.validate.ValidationOutcomes.isMetric(outcomes.get(o).metric())) {
                anyValidation = true;
            } else if (metrics[o] == null) {
                throw new IllegalArgumentException("unknown metric " + outcomes.get(o).metric());
            }
        }
        this.validation = anyValidation ? new realign.validate.ValidationRecorder(lastRound) : null;
        this.world = world;
        this.scenario = scenario;
        this.lastRound = lastRound;
        this.seriesEvery = seriesEvery;
        this.acc = new double[outcomes.size()];
        this.count = new int[outcomes.size()];
        this.lastSeen = new int[outcomes.size()];
        for (int o = 0; o < acc.length; o++) {
            acc[o] = switch (outcomes.get(o).summary()) {
                case MAX -> Double.NEGATIVE_INFINITY;
                case MIN -> Double.POSITIVE_INFINITY;
                case FIRST -> Double.NaN;
                default -> 0;
            };
        }
    }

    @Override
    public void record(AllianceModel m) {
        int t = m.round();
        if (validation != null) {
            validation.record(m);
        }
        double[] seen = new double[metrics.length];
        java.util.Arrays.fill(seen, Double.NaN); // NaN: not computed this round (an outcome may skip it)
        for (int o = 0; o < metrics.length; o++) {
            if (metrics[o] == null) {
                continue; // a validation score, computed from the whole run in values()
            }
            Outcome out = outcomes.get(o);
            int to = out.to() < 0 ? lastRound : out.to();
            boolean inWindow = t >= out.from() && t <= to;
            boolean sampled = seriesEvery > 0 && (t % seriesEvery == 0 || t == lastRound);
            if (!inWindow && !sampled) {
                continue;
            }
            if (!sampled && out.summary() == Outcome.Summary.FINAL && t < Math.min(to, lastRound)) {
                // a final value is the one of the window's last round: the metric is not needed before it
                count[o]++;
                lastSeen[o] = t;
                continue;
            }
            double v = Double.NaN;
            for (int p = 0; p < o; p++) {
                if (metrics[p] == metrics[o]) {
                    v = seen[p];
                    break;
                }
            }
            if (Double.isNaN(v)) {
                v = metrics[o].value().applyAsDouble(m);
            }
            seen[o] = v;
            if (sampled) {
                series.add(new Sample(t, o, v));
            }
            if (!inWindow) {
                continue;
            }
            switch (out.summary()) {
                case FINAL -> acc[o] = v;
                case MEAN, SUM -> acc[o] += v;
                case MAX -> acc[o] = Math.max(acc[o], v);
                case MIN -> acc[o] = Math.min(acc[o], v);
                case FIRST -> {
                    boolean hit = out.below() ? v <= out.threshold() : v >= out.threshold();
                    if (hit && Double.isNaN(acc[o])) {
                        acc[o] = t;
                    }
                }
            }
            count[o]++;
            lastSeen[o] = t;
        }
    }

    /**
     * The outcomes of the run, in outcome order: NaN where a window was empty; a threshold never met within the
     * window gives the window's last round, with {@link #censored()} set.
     */
    double[] values() {
        double[] v = acc.clone();
        realign.validate.ValidationOutcomes.RunScores scores = null;
        if (validation != null) {
            try {
                scores = realign.validate.ValidationOutcomes.score(validation.run(), scenario, world);
            } catch (realign.InputException e) {
                throw new IllegalStateException("validation outcome: " + e.getMessage(), e);
            }
        }
        for (int o = 0; o < v.length; o++) {
            if (metrics[o] == null) {
                v[o] = scores.value(outcomes.get(o).metric());
                continue;
            }
            Outcome.Summary s = outcomes.get(o).summary();
            if (count[o] == 0) {
                v[o] = Double.NaN;
            } else if (s == Outcome.Summary.MEAN) {
                v[o] = acc[o] / count[o];
            } else if (s == Outcome.Summary.FIRST && Double.isNaN(acc[o])) {
                v[o] = lastSeen[o];
            }
        }
        return v;
    }

    /** Per outcome: a time to an event that was never reached within its window (right-censored). */
    boolean[] censored() {
        boolean[] c = new boolean[outcomes.size()];
        for (int o = 0; o < c.length; o++) {
            c[o] = outcomes.get(o).summary() == Outcome.Summary.FIRST && count[o] > 0 && Double.isNaN(acc[o]);
        }
        return c;
    }

    List<Sample> series() {
        return series;
    }
}
