package realign;

import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;

/**
 * Where the time of a command goes, printed to stderr when the environment variable {@code REALIGN_TIMING} is
 * set (docs/benchmarks.md): wall and CPU time of each step, and when it ended since the process started (the
 * launcher's process: the JVM is exec'd in its place).
 * Nothing is measured or printed otherwise; outputs never contain timings from here.
 */
public final class Timing {

    private static final boolean ON = System.getenv("REALIGN_TIMING") != null;
    private static final PrintStream ERR = System.err;

    private Timing() {}

    public static boolean on() {
        return ON;
    }

    private static final ThreadLocal<java.util.ArrayDeque<Long>> CPU_AT_START =
            ThreadLocal.withInitial(java.util.ArrayDeque::new);

    /** A start time for {@link #done}; 0 when timing is off. */
    public static long start() {
        if (!ON) {
            return 0;
        }
        CPU_AT_START.get().push(cpuNanos());
        return System.nanoTime();
    }

    /**
     * Prints how long {@code what} took since {@code start}: wall time and the CPU time of this thread (on a
     * busy machine the CPU time is the steadier number). Calls of one thread nest: the last started ends first.
     */
    public static void done(String what, long start) {
        if (ON) {
            long now = System.nanoTime();
            Long cpuStart = CPU_AT_START.get().poll();
            long cpu = cpuNanos() - (cpuStart == null ? 0 : cpuStart);
            ERR.printf("realign timing: %-36s %6d ms wall %6d ms cpu (ends at %5d ms since the process started)%n",
                    what, (now - start) / 1_000_000, cpu / 1_000_000, sinceJvmStart());
        }
    }

    private static long cpuNanos() {
        return java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }

    /** Prints the time from the process start to now (JVM start-up and class loading up to {@code main}). */
    public static void reached(String what) {
        if (ON) {
            ERR.printf("realign timing: %-36s %28s (at %5d ms since the process started)%n", what, "", sinceJvmStart());
        }
    }

    private static long sinceJvmStart() {
        Instant started = launchedAt();
        return started == null ? -1 : Duration.between(started, Instant.now()).toMillis();
    }

    /**
     * When the launcher started: {@code REALIGN_LAUNCHED_AT} (seconds since the epoch with a fraction, set by the
     * launcher), else the process's start time, which Linux gives only to the whole second of its boot-time base
     * (up to a second too early).
     */
    private static Instant launchedAt() {
        String given = System.getenv("REALIGN_LAUNCHED_AT");
        if (given != null && given.matches("\\d+([.,]\\d{1,9})?")) {
            String[] parts = given.split("[.,]");
            long nanos = parts.length == 1 ? 0 : Long.parseLong((parts[1] + "000000000").substring(0, 9));
            return Instant.ofEpochSecond(Long.parseLong(parts[0]), nanos);
        }
        return ProcessHandle.current().info().startInstant().orElse(null);
    }
}
