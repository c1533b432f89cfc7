package realign.output;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;

/**
 * A disk that fails the way real ones do, behind the same {@link OutputFiles.Layer} as the file system: one that
 * fills after a number of bytes (writes then fail with the plain "No space left on device" the JDK raises, which
 * names no file), one that refuses to create chosen files with "Permission denied", or one that throws anything
 * when a chosen file is written. Everything else goes to the real file system. Install with
 * {@code try (var disk = FaultyDisk.fillsAfter(n).install()) {...}}.
 */
public final class FaultyDisk implements OutputFiles.Layer {

    private final AtomicLong room;
    private final Predicate<Path> refused;
    private final Predicate<Path> failing;
    private final RuntimeException failure;
    private Path removed;

    private FaultyDisk(long room, Predicate<Path> refused, Predicate<Path> failing, RuntimeException failure) {
        this.room = new AtomicLong(room);
        this.refused = refused;
        this.failing = failing;
        this.failure = failure;
    }

    /**
     * A disk on which someone removes {@code folder} (say, a cleanup script on a shared cluster) just as a file
     * named {@code name} is about to be written; the write then meets the real file system's error.
     */
    public static FaultyDisk removesAt(String name, Path folder) {
        FaultyDisk d = new FaultyDisk(Long.MAX_VALUE, p -> false, p -> writes(p, name), null);
        d.removed = folder;
        return d;
    }

    /** A disk with {@code bytes} free: the write that would go past them fails, and every one after. */
    public static FaultyDisk fillsAfter(long bytes) {
        return new FaultyDisk(bytes, p -> false, p -> false, null);
    }

    /** A disk that is full as soon as a file named {@code name} is written (its temporary file, for a replace). */
    public static FaultyDisk fullAt(String name) {
        return new FaultyDisk(Long.MAX_VALUE, p -> false, p -> writes(p, name), null);
    }

    /** A disk that refuses to create files named {@code name} (or in a folder of that name). */
    public static FaultyDisk refuses(String name) {
        return new FaultyDisk(Long.MAX_VALUE, p -> writes(p, name) || inFolder(p, name), p -> false, null);
    }

    /** A disk on which writing {@code name} throws {@code failure} (a bug, not a fault of the disk). */
    public static FaultyDisk throwsAt(String name, RuntimeException failure) {
        return new FaultyDisk(Long.MAX_VALUE, p -> false, p -> writes(p, name), failure);
    }

    /** Whether {@code p} is {@code name} or a temporary file that will replace it. */
    static boolean writes(Path p, String name) {
        String n = p.getFileName().toString();
        return n.equals(name) || OutputFiles.isTemporary(n) && n.startsWith("." + name + ".");
    }

    private static boolean inFolder(Path p, String name) {
        for (Path q = p.getParent(); q != null && q.getFileName() != null; q = q.getParent()) {
            if (q.getFileName().toString().equals(name)) {
                return true;
            }
        }
        return false;
    }

    /** Frees space again (another user deleted files): {@code bytes} can be written from now on. */
    public void free(long bytes) {
        room.set(bytes);
    }

    public AutoCloseable install() {
        return OutputFiles.use(this);
    }

    @Override
    public OutputStream open(Path file, OpenOption... options) throws IOException {
        if (refused.test(file)) {
            throw new AccessDeniedException(file.toString());
        }
        if (removed != null && failing.test(file)) {
            PartialFolders.remove(removed);
            return OutputFiles.FILE_SYSTEM.open(file, options);
        }
        OutputStream real = OutputFiles.FILE_SYSTEM.open(file, options);
        if (failing.test(file)) {
            if (failure != null) {
                real.close();
                throw failure;
            }
            room.set(0);
        }
        return new FilterOutputStream(real) {
            @Override
            public void write(int b) throws IOException {
                take(1);
                out.write(b);
            }

            /** As the kernel does: what fits is written, then the write fails. */
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                long fits = Math.max(0, Math.min(len, room.get()));
                if (fits < len) {
                    out.write(b, off, (int) fits);
                }
                take(len);
                out.write(b, off, len);
            }
        };
    }

    private void take(long n) throws IOException {
        if (room.addAndGet(-n) < 0) {
            room.set(-1);
            throw new IOException("No space left on device");
        }
    }

    @Override
    public void move(Path from, Path to) throws IOException {
        OutputFiles.FILE_SYSTEM.move(from, to);
    }

    @Override
    public Path createDirectories(Path dir) throws IOException {
        if (refused.test(dir)) {
            throw new AccessDeniedException(dir.toString());
        }
        return OutputFiles.FILE_SYSTEM.createDirectories(dir);
    }
}
