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
 * when the process was killed; it cannot be resumed) and the hidden work folder {@code .<name>.partial} of a sweep,
 * merge or calibration (resumable with {@code --resume}, or by running the same merge again; version 0.1 wrote it
 * visible as {@code <name>.partial}, which is still found and resumed). {@code realign run} removes run folders
 * older than {@link #STALE_RUN} from the folder it writes into; {@code realign clean} lists and removes the others.
 */
public final class PartialFolders {

    /** Age after which {@code realign run} removes another run's unfinished folder beside its own. */
    public static final Duration STALE_RUN = Duration.ofDays(1);

    private static final Pattern RUN = Pattern.compile("\\..+\\.partial-[^/\\\\]+");
    private static final String WORK = ".partial";

    /** What an unfinished folder is. */
    public enum Kind { RUN, SWEEP }

    /** An unfinished folder and the last time anything in it was written. */
    public record Found(Path path, Kind kind, Instant lastWritten) {}

    private PartialFolders() {}

    /** The hidden folder {@code .NAME.partial} beside {@code target} in which a sweep, merge or calibration works. */
    public static Path workFolder(Path target) {
        return target.resolveSibling("." + target.getFileName() + WORK);
    }

    /** The visible work folder {@code NAME.partial} of version 0.1, still resumed if an old sweep left one. */
    public static Path visibleWorkFolder(Path target) {
        return target.resolveSibling(target.getFileName() + WORK);
    }

    /**
     * The work folder of {@code target} that holds its unfinished work: the hidden one, or the visible one of
     * version 0.1 if only that exists; the hidden one if neither does.
     */
    public static Path existingWorkFolder(Path target) {
        Path hidden = workFolder(target);
        Path visible = visibleWorkFolder(target);
        return !Files.exists(hidden) && Files.isDirectory(visible) ? visible : hidden;
    }

    /** The final folder of a work folder {@code .NAME.partial} or {@code NAME.partial}; any other folder itself. */
    public static Path targetOf(Path dir) {
        String name = dir.getFileName().toString();
        if (!name.endsWith(WORK) || name.equals(WORK)) {
            return dir;
        }
        String base = name.substring(0, name.length() - WORK.length());
        return dir.resolveSibling(base.startsWith(".") && base.length() > 1 ? base.substring(1) : base);
    }

    /**
     * The work folder to continue when {@code --resume} names {@code given}: the target folder DIR (normally), its
     * hidden {@code .DIR.partial} or the visible {@code DIR.partial} of version 0.1. A work folder named and
     * present is used as it is; for DIR, {@link #existingWorkFolder}.
     */
    public static Path resumeFolder(Path given) {
        Path target = targetOf(given);
        return !target.equals(given) && Files.isDirectory(given) ? given : existingWorkFolder(target);
    }

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
                } else if (name.endsWith(WORK) && (Files.isRegularFile(p.resolve("sweep.yaml"))
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
