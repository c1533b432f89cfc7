package realign.experiment;

/**
 * An outcome of a sweep: a metric of {@code rounds.csv} (by name) summarised over a run.
 *
 * @param name the column name in runs.csv and summary.csv
 * @param metric a metric of rounds.csv, e.g. {@code trust_in_usa_eu}, {@code us_ties_lost}
 * @param from first round of the window (inclusive)
 * @param to last round of the window (inclusive); -1 means the last round
 * @param threshold for {@link Summary#FIRST}: the first round in the window where the metric is at least
 *     (or, with {@code below}, at most) this value; a run that never gets there is right-censored at the
 *     window's last round (docs/experiments.md)
 * @param label what figures and printed tables call the outcome (never null; the name when none was given)
 */
public record Outcome(String name, String metric, Summary summary, int from, int to, double threshold, boolean below,
                      String label) {

    public Outcome {
        label = label == null ? name : label;
    }

    /** Whether the outcome is a time to an event, which runs can fail to reach within the window. */
    public boolean censorable() {
        return summary == Summary.FIRST;
    }

    /** The runs.csv column that says a run never reached the threshold (1) or did (0). */
    public String censoredColumn() {
        return name + "_censored";
    }

    /** How a metric's per-round values become one number per run. */
    public enum Summary {
        /** value at the last round of the window */
        FINAL,
        /** mean over the window */
        MEAN,
        /** maximum over the window */
        MAX,
        /** minimum over the window */
        MIN,
        /** sum over the window */
        SUM,
        /** round of first occurrence of the threshold condition */
        FIRST
    }
}
