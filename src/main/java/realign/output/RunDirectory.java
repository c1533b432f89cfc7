package realign.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;
import realign.InputException;

/**
 * A run's output folder, written under a temporary name beside its final place and renamed only when
 * complete, so a folder with the final name is always a whole run. An existing folder is never touched.
 */
public final class RunDirectory implements AutoCloseable {

    private final Path target;
    private final Path temp;
    private boolean published;

    private RunDirectory(Path target, Path temp) {
        this.target = target;
        this.temp = temp;
    }

    /** Checks that {@code target} does not exist yet; nothing is created. */
    public static void checkFree(Path target, String option) throws InputException {
        if (Files.exists(target)) {
            throw new InputException(target + ": " + option + ": expected a folder that does not exist yet"
                    + " (realign never overwrites a run), got an existing " + (Files.isDirectory(target) ? "folder" : "file"));
        }
    }

    /** Creates the temporary folder for {@code target} (which must not exist) in the same parent folder. */
    public static RunDirectory open(Path target, String option) throws InputException {
        checkFree(target, option);
        Path abs = target.toAbsolutePath().normalize();
        Path parent = abs.getParent();
        try {
            OutputFiles.createDirectories(parent);
            Path temp = Files.createTempDirectory(parent, "." + abs.getFileName() + ".partial-");
            readableByOthers(temp);
            return new RunDirectory(abs, temp);
        } catch (FileAlreadyExistsException e) {
            throw new InputException(parent + ": " + option + ": expected a folder to write into, got a file in the way");
        } catch (IOException e) {
            if (IoFault.of(e).isPresent()) {
                throw new UncheckedIOException(e); // the disk's fault, not the user's: reported as such by the CLI
            }
            throw new InputException(parent + ": " + option + ": cannot create the output folder: " + e.getMessage(), e);
        }
    }

    /**
     * A temporary folder is created private (rwx------); a run is a result to share like any other folder the
     * user makes, so it gets rwxr-xr-x where the file system has POSIX permissions.
     */
    private static void readableByOthers(Path dir) throws IOException {
        try {
            Files.setPosixFilePermissions(dir, java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system: its defaults apply
        }
    }

    /** The temporary folder to write into. */
    public Path dir() {
        return temp;
    }

    public Path target() {
        return target;
    }

    /** Renames the temporary folder to its final name; fails if something took that name meanwhile. */
    public Path publish() throws InputException {
        if (Files.exists(target)) {
            throw new InputException(target + ": expected a folder that does not exist yet"
                    + " (it was created while this run was being written); this run was not saved");
        }
        try {
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot rename " + temp + " to " + target, e);
        }
        published = true;
        return target;
    }

    /** Deletes the temporary folder unless the run was published. */
    @Override
    public void close() {
        if (published || !Files.exists(temp)) {
            return;
        }
        try (Stream<Path> files = Files.walk(temp)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove the unfinished run folder " + temp, e);
        }
    }
}
