package realign.output;

import java.io.BufferedWriter;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The one way realign writes result files: every byte goes through a {@link Layer} (the file system; in tests a
 * layer that fails like a full or read-only disk), every stream names its file in the errors it raises (a
 * full disk reports "No space left on device" without a path), and {@link #replace} writes a whole file under a
 * hidden temporary name and moves it over its final name atomically, so a file with its final name is never
 * half-written, even after {@code kill -9} or a full disk.
 */
public final class OutputFiles {

    /** The file-system operations behind every write. */
    public interface Layer {
        OutputStream open(Path file, OpenOption... options) throws IOException;

        /** Moves {@code from} over {@code to} atomically (same folder), replacing {@code to}. */
        void move(Path from, Path to) throws IOException;

        Path createDirectories(Path dir) throws IOException;
    }

    /** Writes a file at a path it is given (a temporary one, for {@link #replace(Path, PathWriter)}). */
    @FunctionalInterface
    public interface PathWriter {
        void write(Path file) throws IOException;
    }

    /** Writes a file's bytes to a stream (which the caller closes). */
    @FunctionalInterface
    public interface StreamWriter {
        void write(OutputStream out) throws IOException;
    }

    /** The file system itself. */
    public static final Layer FILE_SYSTEM = new Layer() {
        @Override
        public OutputStream open(Path file, OpenOption... options) throws IOException {
            return Files.newOutputStream(file, options);
        }

        @Override
        public void move(Path from, Path to) throws IOException {
            try {
                Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
            }
        }

        @Override
        public Path createDirectories(Path dir) throws IOException {
            return Files.createDirectories(dir);
        }
    };

    /** Names {@link #replace} gives its temporary files: {@code .<name>.<random>.tmp}. */
    private static final Pattern TEMPORARY = Pattern.compile("\\..+\\.[0-9a-f]{16}\\.tmp");

    private static volatile Layer layer = FILE_SYSTEM;

    private OutputFiles() {}

    /**
     * Puts {@code l} behind every write until the returned handle is closed; for tests that need a disk that
     * fills or refuses (the suite runs its tests one at a time).
     */
    public static AutoCloseable use(Layer l) {
        Layer before = layer;
        layer = Objects.requireNonNull(l);
        return () -> layer = before;
    }

    /** A stream to {@code file} (created or truncated; or as {@code options} say) whose errors name the file. */
    public static OutputStream open(Path file, OpenOption... options) throws IOException {
        try {
            return new Named(layer.open(file, options), file);
        } catch (FileSystemException e) {
            throw e;
        } catch (IOException e) {
            throw named(file, e);
        }
    }

    /** A UTF-8 writer to {@code file}, as {@link #open}. */
    public static BufferedWriter newWriter(Path file, OpenOption... options) throws IOException {
        return new BufferedWriter(new OutputStreamWriter(open(file, options), StandardCharsets.UTF_8.newEncoder()));
    }

    public static void write(Path file, byte[] bytes) throws IOException {
        try (OutputStream out = open(file)) {
            out.write(bytes);
        }
    }

    public static void writeString(Path file, String text) throws IOException {
        write(file, text.getBytes(StandardCharsets.UTF_8));
    }

    public static Path createDirectories(Path dir) throws IOException {
        try {
            return layer.createDirectories(dir);
        } catch (FileSystemException e) {
            throw e;
        } catch (IOException e) {
            throw named(dir, e);
        }
    }

    /**
     * Writes {@code target} whole or not at all: {@code writer} writes a hidden temporary file beside it, which
     * then replaces {@code target} in one atomic move. On failure the temporary file is removed and
     * {@code target} is as it was.
     */
    public static void replace(Path target, PathWriter writer) throws IOException {
        Path temp = target.resolveSibling("." + target.getFileName() + "."
                + String.format("%016x", ThreadLocalRandom.current().nextLong()) + ".tmp");
        boolean moved = false;
        try {
            try {
                writer.write(temp);
            } catch (IOException e) {
                // name the file the user knows, not its temporary name (which stays in the causes)
                FileSystemException onTemp = errorOn(temp, e);
                if (onTemp == null) {
                    throw e;
                }
                throw named(target, onTemp, e);
            }
            try {
                layer.move(temp, target);
            } catch (FileSystemException e) {
                throw e;
            } catch (IOException e) {
                throw named(target, e);
            }
            moved = true;
        } finally {
            if (!moved) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException e) {
                    // the file system that failed the write may refuse this too; removeTemporary catches it later
                }
            }
        }
    }

    /** {@link #replace(Path, PathWriter)} with a stream to the temporary file. */
    public static void replaceWith(Path target, StreamWriter writer) throws IOException {
        replace(target, temp -> {
            try (OutputStream out = open(temp)) {
                writer.write(out);
            }
        });
    }

    public static void replaceBytes(Path target, byte[] bytes) throws IOException {
        replaceWith(target, out -> out.write(bytes));
    }

    public static void replaceString(Path target, String text) throws IOException {
        replaceBytes(target, text.getBytes(StandardCharsets.UTF_8));
    }

    /** Whether {@code name} is a temporary file of {@link #replace} (left behind by a killed process). */
    public static boolean isTemporary(String name) {
        return TEMPORARY.matcher(name).matches();
    }

    /** Removes the temporary files {@link #replace} left in {@code dir} (not in its subfolders); returns them. */
    public static List<Path> removeTemporary(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        List<Path> left;
        try (Stream<Path> files = Files.list(dir)) {
            left = files.filter(p -> isTemporary(p.getFileName().toString()) && Files.isRegularFile(p)).sorted().toList();
        }
        for (Path p : left) {
            Files.deleteIfExists(p);
        }
        return left;
    }

    /** The error of an operation on {@code file}: the reason of {@code e} (its message if it has none), caused by e. */
    static FileSystemException named(Path file, IOException e) {
        return named(file, e, e);
    }

    private static FileSystemException named(Path file, IOException reasonOf, Throwable cause) {
        String reason = reasonOf instanceof FileSystemException f && f.getReason() != null ? f.getReason()
                : reasonOf.getMessage();
        FileSystemException named = new FileSystemException(file.toString(), null,
                reason == null ? reasonOf.getClass().getSimpleName() : reason);
        named.initCause(cause);
        return named;
    }

    /** The error in the causes of {@code e} (itself included) that names {@code file}; null if none does. */
    private static FileSystemException errorOn(Path file, Throwable e) {
        for (Throwable c = e; c != null && c != c.getCause(); c = c.getCause()) {
            if (c instanceof FileSystemException f && file.toString().equals(f.getFile())) {
                return f;
            }
        }
        return null;
    }

    /** A stream whose errors name its file. */
    private static final class Named extends FilterOutputStream {
        private final Path file;

        Named(OutputStream out, Path file) {
            super(out);
            this.file = file;
        }

        @Override
        public void write(int b) throws IOException {
            try {
                out.write(b);
            } catch (IOException e) {
                throw rename(e);
            }
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            try {
                out.write(b, off, len);
            } catch (IOException e) {
                throw rename(e);
            }
        }

        @Override
        public void flush() throws IOException {
            try {
                out.flush();
            } catch (IOException e) {
                throw rename(e);
            }
        }

        @Override
        public void close() throws IOException {
            try {
                out.close();
            } catch (IOException e) {
                throw rename(e);
            }
        }

        private IOException rename(IOException e) {
            return e instanceof FileSystemException ? e : named(file, e);
        }
    }
}
