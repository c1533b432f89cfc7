package realign.experiment;

/**
 * An outcome of a sweep: a metric of {@code rounds.csv} (by name) summarised over a run.
 *
 * @param name the column name in runs.csv and summary.csv
 * @param metric a metric of rounds.csv, e.g. {@code trust_in_usa_eu}, {@code us_ties_lost}
 * @param from first round of the window (inclusive)
 * @param to last round of the window (inclusive); -1 means the last round
 * @param threshold for {@link Summary#FIRST}: the first round in the window where the metric is at least
 *     (or, with {@code below}, at most) this value; NA if it never is
 */
public record Outcome(String name, String metric, Summary summary, int from, int to, double threshold, boolean below) {

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
