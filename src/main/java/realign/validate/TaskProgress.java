package realign.validate;

import java.io.PrintWriter;
import java.util.Locale;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * Progress of a long task (a calibration's evaluations, a sweep's re-runs) on stderr: a bar on a terminal, a plain
 * line every few seconds otherwise, and a closing line either way.
 */
public final class TaskProgress implements AutoCloseable {

    private static final long PLAIN_EVERY_NANOS = 5_000_000_000L;

    private final PrintWriter err;
    private final long total;
    private final long start = System.nanoTime();
    private final ProgressBar bar;
    private long done;
    private long executed;
    private long lastLine = start;
    private double best = Double.NaN;
    private final String command;
    private final String unit;
    private final String measure;

    /**
     * @param command e.g. {@code realign calibrate}
     * @param unit what is counted, e.g. {@code evaluations}
     * @param measure what {@link #step(double)} reports, e.g. {@code best objective}; null for nothing
     */
    public TaskProgress(PrintWriter err, String command, String unit, String measure, long total, long alreadyDone,
                        boolean terminal) {
        this.err = err;
        this.command = command;
        this.unit = unit;
        this.measure = measure;
        this.total = total;
        this.done = alreadyDone;
        this.bar = terminal ? new ProgressBarBuilder().setTaskName(unit).setInitialMax(total)
                .setStyle(ProgressBarStyle.ASCII).showSpeed().setConsumer(
                        new me.tongfei.progressbar.InteractiveConsoleProgressBarConsumer(System.err)).build() : null;
        if (bar != null) {
            bar.stepTo(alreadyDone);
        }
    }

    /** One more done; {@code value}: the measure now (ignored without one). */
    public synchronized void step(double value) {
        done++;
        executed++;
        best = value;
        if (bar != null) {
            if (measure != null) {
                bar.setExtraMessage(" " + measure + " " + shown(best));
            }
            bar.step();
            return;
        }
        long now = System.nanoTime();
        if (now - lastLine >= PLAIN_EVERY_NANOS) {
            lastLine = now;
            err.println(String.format(Locale.ROOT, "%s: %d/%d %s%s", command, done, total, unit, measure == null ? ""
                    : ", " + measure + " " + shown(best)));
            err.flush();
        }
    }

    @Override
    public synchronized void close() {
        if (bar != null) {
            bar.close();
        }
        err.println(String.format(Locale.ROOT, "%s: %d/%d %s done, %d now in %.1f s%s", command, done, total, unit,
                executed, (System.nanoTime() - start) / 1e9, measure == null ? ""
                        : "; " + measure + " " + shown(best)));
        err.flush();
    }

    /** The measure to 4 decimals; NA while it has no value (no evaluation has succeeded yet). */
    private static String shown(double value) {
        return Double.isNaN(value) ? "NA" : String.format(Locale.ROOT, "%.4f", value);
    }
}
