package realign.output;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.ReadOnlyFileSystemException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * A fault of the machine, not of realign: a full disk, a permission or read-only file system that refuses a
 * write, a folder removed while it was being written, a device error. The CLI reports one as a user error
 * naming the path and the cause, not as an internal error. Anything else (a file that exists where realign
 * expected none, say) stays a bug.
 *
 * @param path the file or folder the fault hit, as the operating system named it; null when nobody said
 */
public record IoFault(Kind kind, String path, String reason) {

    /** What went wrong, in the words the CLI prints. */
    public enum Kind {
        NO_SPACE("no space left on device"),
        PERMISSION("permission denied"),
        READ_ONLY("read-only file system"),
        GONE("no such file or folder (removed while realign was writing?)"),
        IO_ERROR("input/output error");

        private final String text;

        Kind(String text) {
            this.text = text;
        }

        public String text() {
            return text;
        }
    }

    /** The environmental fault behind {@code t}, looked for along its chain of causes; empty for anything else. */
    public static Optional<IoFault> of(Throwable t) {
        Kind kind = null;
        String path = null;
        String reason = null;
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Throwable c = t; c != null && seen.add(c); c = c.getCause()) {
            String file = c instanceof FileSystemException f ? f.getFile() : null;
            if (path == null && file != null) {
                path = file; // the outermost name is the one realign gave: the result file, not a library's temporary
            }
            if (kind != null) {
                continue;
            }
            Kind k = kindOf(c);
            if (k != null) {
                kind = k;
                reason = c instanceof FileSystemException f ? f.getReason() : c.getMessage();
            }
        }
        return kind == null ? Optional.empty() : Optional.of(new IoFault(kind, path, reason));
    }

    private static Kind kindOf(Throwable c) {
        if (c instanceof ReadOnlyFileSystemException) {
            return Kind.READ_ONLY;
        }
        if (!(c instanceof IOException)) {
            return null;
        }
        String text = c instanceof FileSystemException f ? f.getReason() : c.getMessage();
        Kind byText = text == null ? null : byReason(text.toLowerCase(Locale.ROOT));
        if (byText != null) {
            return byText;
        }
        if (c instanceof AccessDeniedException) {
            return Kind.PERMISSION;
        }
        if (c instanceof NoSuchFileException) {
            return Kind.GONE;
        }
        return null;
    }

    /** The C library's words for the errno values of a failing disk (strerror, as the JDK passes them on). */
    private static Kind byReason(String text) {
        if (text.contains("no space left on device") || text.contains("disk quota exceeded")
                || text.contains("file too large") || text.contains("not enough space")) {
            return Kind.NO_SPACE;
        }
        if (text.contains("read-only file system")) {
            return Kind.READ_ONLY;
        }
        if (text.contains("permission denied") || text.contains("operation not permitted")
                || text.contains("access is denied")) {
            return Kind.PERMISSION;
        }
        if (text.contains("no such file or directory")) {
            return Kind.GONE;
        }
        if (text.contains("input/output error") || text.contains("stale file handle")
                || text.contains("structure needs cleaning") || text.contains("transport endpoint is not connected")) {
            return Kind.IO_ERROR;
        }
        return null;
    }

    /** {@code PATH: what went wrong}, or just what went wrong when no path is known. */
    public String describe() {
        return (path == null ? "" : path + ": ") + kind.text()
                + (reason == null || byReason(reason.toLowerCase(Locale.ROOT)) == kind ? "" : " (" + reason + ")");
    }
}
