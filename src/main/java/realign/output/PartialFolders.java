package realign.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The unfinished output folders in a results folder: a run's hidden {@code .<name>.partial-<random>} (left only
 * when the process was killed; it cannot be resumed) and a sweep's or merge's {@code <name>.partial} (resumable
 * with {@code realign sweep --resume}, or by running the same merge again). {@code realign run} removes run
 * folders older than {@link #STALE_RUN} from the folder it writes into; {@code realign clean} lists and removes
 * the others.
 */
public final class PartialFolders {

    /** Age after which {@code realign run} removes another run's unfinished folder beside its own. */
    public static final Duration STALE_RUN = Duration.ofDays(1);

    private static final Pattern RUN = Pattern.compile("\\..+\\.partial-[^/\\\\]+");

    /** What an unfinished folder is. */
    public enum Kind { RUN, SWEEP }

    /** An unfinished folder and the last time anything in it was written. */
    public record Found(Path path, Kind kind, Instant lastWritten) {}

    private PartialFolders() {}

    /** The unfinished folders directly in {@code dir}, by name; none if {@code dir} does not exist. */
    public static List<Found> in(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        List<Found> found = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : files.sorted().toList()) {
                String name = p.getFileName().toString();
                if (!Files.isDirectory(p)) {
                    continue;
                }
                if (RUN.matcher(name).matches()) {
                    found.add(new Found(p, Kind.RUN, lastWritten(p)));
                } else if (name.endsWith(".partial") && (Files.isRegularFile(p.resolve("sweep.yaml"))
                        || Files.isRegularFile(p.resolve(".merge")))) {
                    found.add(new Found(p, Kind.SWEEP, lastWritten(p)));
                }
            }
        }
        return found;
    }

    /**
     * The newest modification time of the folder and everything in it: a sweep that is still running appends to
     * runs.csv without touching its folder's own time. Files that vanish meanwhile are skipped.
     */
    static Instant lastWritten(Path dir) throws IOException {
        Instant newest = Files.getLastModifiedTime(dir).toInstant();
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) all::iterator) {
                try {
                    Instant t = Files.getLastModifiedTime(p).toInstant();
                    if (t.isAfter(newest)) {
                        newest = t;
                    }
                } catch (IOException e) {
                    // removed while we looked
                }
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return newest;
    }

    /** Deletes a folder and everything in it. */
    public static void remove(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** Removes the unfinished run folders in {@code dir} last written before {@code now - age}; returns them. */
    public static List<Path> removeStaleRuns(Path dir, Duration age, Instant now) throws IOException {
        List<Path> removed = new ArrayList<>();
        for (Found f : in(dir)) {
            if (f.kind() == Kind.RUN && f.lastWritten().isBefore(now.minus(age))) {
                remove(f.path());
                removed.add(f.path());
            }
        }
        return removed;
    }
}
