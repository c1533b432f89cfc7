package realign.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.ReadOnlyFileSystemException;
import java.util.stream.Stream;
import javax.imageio.IIOException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Faults of the disk are told apart from bugs along the chain of causes, and keep the path they hit. */
class IoFaultTest {

    static Stream<Arguments> faults() {
        return Stream.of(
                Arguments.of("a full disk while writing a stream, named by OutputFiles",
                        OutputFiles.named(java.nio.file.Path.of("/out/summary.csv"),
                                new IOException("No space left on device")),
                        IoFault.Kind.NO_SPACE, "/out/summary.csv"),
                Arguments.of("a full disk under ImageIO under an unchecked wrapper",
                        new UncheckedIOException(new IIOException("I/O error writing PNG file!",
                                new FileSystemException("/out/figures/a.png", null, "No space left on device"))),
                        IoFault.Kind.NO_SPACE, "/out/figures/a.png"),
                Arguments.of("a quota", new FileSystemException("/home/u/r", null, "Disk quota exceeded"),
                        IoFault.Kind.NO_SPACE, "/home/u/r"),
                Arguments.of("permission denied", new UncheckedIOException(new AccessDeniedException("/shared/r")),
                        IoFault.Kind.PERMISSION, "/shared/r"),
                Arguments.of("a read-only mount", new FileSystemException("/mnt/ro/.r.partial-1", null,
                        "Read-only file system"), IoFault.Kind.READ_ONLY, "/mnt/ro/.r.partial-1"),
                Arguments.of("a read-only NIO file system", new IllegalStateException(new ReadOnlyFileSystemException()),
                        IoFault.Kind.READ_ONLY, null),
                Arguments.of("the output folder removed under a sweep",
                        new NoSuchFileException("/out/s.partial/runs.csv"), IoFault.Kind.GONE, "/out/s.partial/runs.csv"),
                Arguments.of("a device error", new IOException("Input/output error"), IoFault.Kind.IO_ERROR, null),
                Arguments.of("the outermost path wins: the result file, not a library's temporary file",
                        new FileSystemException("/out/manifest.json", null, "write failed")
                                .initCause(new FileSystemException("/out/.manifest.json.tmp", null, "No space left on device")),
                        IoFault.Kind.NO_SPACE, "/out/manifest.json"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("faults")
    void faultOfTheDiskIsFoundWithItsPath(String name, Throwable t, IoFault.Kind kind, String path) {
        IoFault f = IoFault.of(t).orElseThrow();
        assertThat(f.kind()).isEqualTo(kind);
        assertThat(f.path()).isEqualTo(path);
        assertThat(f.describe()).startsWith(path == null ? kind.text() : path + ": " + kind.text());
    }

    static Stream<Arguments> bugs() {
        return Stream.of(
                Arguments.of("a file where realign expected none (the bug of issue 15)",
                        new UncheckedIOException(new FileAlreadyExistsException("/out/summary.csv"))),
                Arguments.of("an unexplained IOException", new IOException("stream closed")),
                Arguments.of("not an IO problem at all", new IllegalStateException("index 3 out of bounds")),
                Arguments.of("a cycle in the causes", cycle()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bugs")
    void anythingElseStaysAnInternalError(String name, Throwable t) {
        assertThat(IoFault.of(t)).isEmpty();
    }

    private static Throwable cycle() {
        IllegalStateException a = new IllegalStateException("a");
        IllegalArgumentException b = new IllegalArgumentException("b", a);
        a.initCause(b);
        return a;
    }
}
