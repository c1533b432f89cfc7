package realign.calibrate;

import java.io.PrintWriter;
import java.util.Locale;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/** Progress of a calibration on stderr: a bar on a terminal, a plain line every few seconds otherwise. */
final class CalibrationProgress implements AutoCloseable {

    private static final long PLAIN_EVERY_NANOS = 5_000_000_000L;

    private final PrintWriter err;
    private final long total;
    private final long start = System.nanoTime();
    private final ProgressBar bar;
    private long done;
    private long executed;
    private long lastLine = start;
    private double best = Double.NaN;

    CalibrationProgress(PrintWriter err, long total, long alreadyDone, boolean terminal) {
        this.err = err;
        this.total = total;
        this.done = alreadyDone;
        this.bar = terminal ? new ProgressBarBuilder().setTaskName("evaluations").setInitialMax(total)
                .setStyle(ProgressBarStyle.ASCII).showSpeed().setConsumer(
                        new me.tongfei.progressbar.InteractiveConsoleProgressBarConsumer(System.err)).build() : null;
        if (bar != null) {
            bar.stepTo(alreadyDone);
        }
    }

    void step(double bestSoFar) {
        done++;
        executed++;
        best = bestSoFar;
        if (bar != null) {
            bar.setExtraMessage(String.format(Locale.ROOT, " best %.4f", best));
            bar.step();
            return;
        }
        long now = System.nanoTime();
        if (now - lastLine >= PLAIN_EVERY_NANOS) {
            lastLine = now;
            err.println(String.format(Locale.ROOT, "realign calibrate: %d/%d evaluations, best objective %.4f", done,
                    total, best));
            err.flush();
        }
    }

    @Override
    public void close() {
        if (bar != null) {
            bar.close();
        }
        err.println(String.format(Locale.ROOT, "realign calibrate: %d/%d evaluations done, %d now in %.1f s; best"
                + " objective %.4f", done, total, executed, (System.nanoTime() - start) / 1e9, best));
        err.flush();
    }
}
