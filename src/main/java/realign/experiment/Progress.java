package realign.experiment;

import java.io.PrintWriter;
import java.util.Locale;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * Progress of a sweep on stderr: a progress bar (runs done, runs/s, ETA) when stderr is a terminal, plain
 * lines every few seconds otherwise (logs, CI), and a closing line either way.
 */
final class Progress implements AutoCloseable {

    private static final long PLAIN_EVERY_NANOS = 5_000_000_000L;

    private final PrintWriter err;
    private final long plainEveryNanos;
    private final long total;
    private final long start = System.nanoTime();
    private final ProgressBar bar;
    private long done;
    private long executed;
    private long failed;
    private long lastLine = start;

    /**
     * @param terminal draw a bar on {@code System.err} (an interactive terminal) instead of plain lines on err
     */
    Progress(PrintWriter err, long total, long alreadyDone, boolean terminal) {
        this(err, total, alreadyDone, terminal, PLAIN_EVERY_NANOS);
    }

    /** As above, with plain lines at most every {@code plainEveryNanos} (tests use 0: a line per run). */
    Progress(PrintWriter err, long total, long alreadyDone, boolean terminal, long plainEveryNanos) {
        this.err = err;
        this.plainEveryNanos = plainEveryNanos;
        this.total = total;
        this.done = alreadyDone;
        this.bar = terminal ? new ProgressBarBuilder().setTaskName("runs").setInitialMax(total)
                .setStyle(ProgressBarStyle.ASCII).showSpeed().setConsumer(
                        new me.tongfei.progressbar.InteractiveConsoleProgressBarConsumer(System.err)).build() : null;
        if (bar != null) {
            bar.stepTo(alreadyDone);
        }
    }

    synchronized void step(boolean ok) {
        done++;
        executed++;
        if (!ok) {
            failed++;
        }
        if (bar != null) {
            bar.step();
            return;
        }
        long now = System.nanoTime();
        if (now - lastLine >= plainEveryNanos) {
            lastLine = now;
            err.println(line(now));
            err.flush();
        }
    }

    private String line(long now) {
        double secs = (now - start) / 1e9;
        double rate = secs > 0 ? executed / secs : 0;
        long left = total - done;
        String eta = rate > 0 ? String.format(Locale.ROOT, "%.0f s", left / rate) : "?";
        return String.format(Locale.ROOT, "realign sweep: %d/%d runs (%.0f%%), %.1f runs/s, ETA %s%s",
                done, total, total == 0 ? 100.0 : 100.0 * done / total, rate, eta,
                failed > 0 ? ", " + failed + " failed" : "");
    }

    @Override
    public synchronized void close() {
        if (bar != null) {
            bar.close();
        }
        double secs = (System.nanoTime() - start) / 1e9;
        err.println(String.format(Locale.ROOT, "realign sweep: %d/%d runs done, %d executed now in %.1f s (%.1f runs/s), %d failed",
                done, total, executed, secs, secs > 0 ? executed / secs : 0, failed));
        err.flush();
    }
}
