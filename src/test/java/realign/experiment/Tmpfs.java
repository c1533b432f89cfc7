package realign.experiment;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * A small real file system (Linux tmpfs) mounted on a test's folder: it fills, and it can be remounted bigger or
 * read-only. Mounting needs root (or CAP_SYS_ADMIN); where it is refused the test is skipped with the reason,
 * and the fault-injecting disk ({@link realign.output.FaultyDisk}) still tests the same logic.
 */
final class Tmpfs implements AutoCloseable {

    private final Path dir;

    private Tmpfs(Path dir) {
        this.dir = dir;
    }

    /** Mounts a tmpfs of {@code bytes} (rounded up to whole pages by the kernel) on {@code dir}, or skips the test. */
    static Tmpfs mount(Path dir, long bytes) throws IOException, InterruptedException {
        Files.createDirectories(dir);
        String out = command("mount", "-t", "tmpfs", "-o", "size=" + bytes, "tmpfs", dir.toString());
        Assumptions.assumeTrue(out == null, () -> "skipped: cannot mount a tmpfs here (" + out + "); the tests with a"
                + " fault-injecting disk cover the same code");
        return new Tmpfs(dir);
    }

    /** Remounts with other options, e.g. {@code size=64m} or {@code ro}. */
    void remount(String options) throws IOException, InterruptedException {
        String out = command("mount", "-o", "remount," + options, dir.toString());
        if (out != null) {
            throw new IllegalStateException("remount " + options + " of " + dir + " failed: " + out);
        }
    }

    Path dir() {
        return dir;
    }

    @Override
    public void close() {
        try {
            if (command("umount", dir.toString()) != null) {
                command("umount", "-l", dir.toString()); // busy: detach now, the kernel frees it when it can
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Runs a command; null if it succeeded, else what it printed (or why it could not start). */
    private static String command(String... cmd) throws InterruptedException {
        try {
            Process p = new ProcessBuilder(List.of(cmd)).redirectErrorStream(true).start();
            if (!p.waitFor(30, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return String.join(" ", cmd) + ": no answer in 30 s";
            }
            String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            return p.exitValue() == 0 ? null : String.join(" ", cmd) + ": exit " + p.exitValue() + ": " + text;
        } catch (IOException e) {
            return String.join(" ", cmd) + ": " + e.getMessage();
        }
    }
}
