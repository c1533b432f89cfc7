package realign.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The {@code realign} launcher says what it does before a slow step: rebuilding the jar (naming the file that
 * changed), and recording the class-data archive after a build such as {@code ./mvnw -B verify}, which used to
 * take seconds without a word. Run on a copy of the launcher with a stand-in jar, so nothing is built. The JVM
 * options it chooses for this machine start a JVM without a word, whatever {@code REALIGN_JAVA_OPTS} adds.
 */
class LauncherTest {

    private static final String RECORDING = "realign: recording the classes a run loads, for faster starts"
            + " (once after each build or change of JDK; about 5 s, 15-20 s on a busy machine)...";

    @TempDir
    Path home;

    @Test
    void theFirstRunAfterABuildSaysItRecordsTheClassArchive() throws Exception {
        Path jar = standIn();
        Path jsa = Files.writeString(home.resolve("target/realign.jsa"), "old");
        Files.setLastModifiedTime(jsa, FileTime.from(Instant.now().minusSeconds(3600)));

        String err = launch();

        assertThat(err).contains(RECORDING);
        assertThat(Files.getLastModifiedTime(jar).toInstant()).isBefore(Instant.now().plusSeconds(1));
    }

    @Test
    void aChangedSourceIsNamedWhenTheJarIsRebuilt() throws Exception {
        standIn();
        Path source = home.resolve("src/main/java/realign/Changed.java");
        Files.createDirectories(source.getParent());
        Files.setLastModifiedTime(home.resolve("src/main"), FileTime.from(Instant.now().minusSeconds(7200)));
        Files.writeString(source, "class Changed {}");
        Files.setLastModifiedTime(source, FileTime.from(Instant.now().plusSeconds(60)));

        String err = launch();

        assertThat(err).contains("realign: rebuilding the jar: src/main/java/realign/Changed.java changed since the"
                + " last build (15-30 s, longer on a busy machine)...");
    }

    @Test
    void theFirstUseSaysItBuildsTheJarAndHowLongThatTakes() throws Exception {
        standIn();
        Files.delete(home.resolve("target/realign.jar"));

        assertThat(launch()).contains("realign: building the jar (first use; about a minute, once)...");
    }

    @Test
    void aCurrentJarAndArchiveStartWithoutAWord() throws Exception {
        standIn();
        Path jdk = standInJdk("jdk", "17.0.15+6");

        assertThat(launch(jdk)).contains(RECORDING);
        assertThat(home.resolve("target/realign.jsa")).exists();
        assertThat(launch(jdk)).doesNotContain("realign: rebuilding").doesNotContain("realign: recording")
                .doesNotContain("realign: building");
    }

    @Test
    void anotherJdkOrAnUpdatedOneRecordsTheClassArchiveAgain() throws Exception {
        standIn();
        Path jdk17 = standInJdk("jdk-17", "17.0.15+6");
        Path jdk25 = standInJdk("jdk-25", "25.0.3+9");

        assertThat(launch(jdk17)).contains(RECORDING);
        assertThat(launch(jdk25)).as("a JDK ignores the record of another").contains(RECORDING);
        assertThat(launch(jdk25)).doesNotContain("realign: recording");
        Files.writeString(jdk25.resolve("release"), "JAVA_RUNTIME_VERSION=\"25.0.4+7\"\n");
        assertThat(launch(jdk25)).as("an update in place").contains(RECORDING);
        assertThat(launch(jdk25)).doesNotContain("realign: recording");
    }

    /**
     * The options the launcher passes (seen through a stand-in {@code java} that records them) start this JDK's JVM
     * without a warning or an error: the young generation is not given beside a small heap, the launcher's collector
     * not beside the user's, and one compiler thread (two cores or fewer) not when the user asks for the optimising
     * compiler, which needs two.
     */
    @ParameterizedTest(name = "realign {0} with REALIGN_JAVA_OPTS=\"{1}\"")
    @CsvSource(delimiter = '|', value = {"run|", "run|-XX:TieredStopAtLevel=4", "run|-Xmx256m", "run|-Xint",
        "sweep|", "sweep|-Xmx200m", "validate|-XX:+TieredCompilation -XX:TieredStopAtLevel=4",
        "run|-XX:+UseParallelGC", "sweep|-XX:+UseG1GC -Xmx1g", "calibrate|-XX:+UseSerialGC"})
    void theChosenJvmOptionsStartAJvmWithoutAWord(String command, String userOptions) throws Exception {
        standIn();
        Path jdk = standInJdk("jdk", "17.0.15+6");
        launch(jdk);  // records the (stand-in) class archive
        ProcessBuilder pb = new ProcessBuilder("bash", home.resolve("realign").toString(), command, "x.yaml")
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD);
        pb.environment().put("JAVA_HOME", jdk.toString());
        pb.environment().put("REALIGN_JAVA_OPTS", userOptions == null ? "" : userOptions);
        Process launcher = pb.start();
        assertThat(launcher.waitFor(60, TimeUnit.SECONDS)).isTrue();
        List<String> passed = Files.readAllLines(home.resolve("args.txt"));

        // the user's options come last before the jar, so that they win over the launcher's
        int jarAt = passed.indexOf("-jar");
        assertThat(jarAt).isPositive();
        assertThat(passed.subList(0, jarAt)).as("the class archive recorded for this JDK is used")
                .anyMatch(o -> o.equals("-XX:SharedArchiveFile=" + home.resolve("target/realign.jsa")));
        if (userOptions != null) {
            assertThat(String.join(" ", passed.subList(0, jarAt))).endsWith(userOptions);
        }
        List<String> jvm = new ArrayList<>();
        jvm.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        for (String option : passed.subList(0, jarAt)) {
            if (!option.startsWith("-XX:SharedArchiveFile")) {  // the stand-in archive is no archive
                jvm.add(option);
            }
        }
        jvm.add("-version");
        Process java = new ProcessBuilder(jvm).redirectErrorStream(true).start();
        String said = new String(java.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(java.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(java.exitValue()).as("%s said:%n%s", jvm, said).isZero();
        assertThat(said.toLowerCase(Locale.ROOT)).as("%s", jvm).doesNotContain("warning")
                .doesNotContain("error");
    }

    /** A launcher copy and a jar that is newer than every source (an empty file: the JVM refuses it quickly). */
    private Path standIn() throws IOException {
        Files.copy(Path.of("realign"), home.resolve("realign"));
        Files.createDirectories(home.resolve("src/main"));
        Files.createDirectories(home.resolve("data"));
        Files.writeString(home.resolve("pom.xml"), "<project/>");
        for (String old : new String[] {"pom.xml", "src/main", "data"}) {
            Files.setLastModifiedTime(home.resolve(old), FileTime.from(Instant.now().minusSeconds(7200)));
        }
        Path jar = Files.createDirectories(home.resolve("target")).resolve("realign.jar");
        Files.writeString(jar, "");
        Files.setLastModifiedTime(jar, FileTime.from(Instant.now().minusSeconds(60)));
        return jar;
    }

    /**
     * A JDK whose {@code java} notes the options it was given in {@code args.txt} and writes the class archive it is
     * asked to record (an empty file), with a {@code release} file naming its version.
     */
    private Path standInJdk(String name, String version) throws IOException {
        Path jdk = home.resolve(name);
        Path java = Files.createDirectories(jdk.resolve("bin")).resolve("java");
        Files.writeString(java, "#!/bin/sh\n"
                + "for a in \"$@\"; do case \"$a\" in -XX:ArchiveClassesAtExit=*) : > \"${a#*=}\" ;; esac; done\n"
                + "printf '%s\\n' \"$@\" > '" + home.resolve("args.txt") + "'\n");
        assertThat(java.toFile().setExecutable(true)).isTrue();
        Files.writeString(jdk.resolve("release"), "JAVA_VERSION=\"x\"\nJAVA_RUNTIME_VERSION=\"" + version + "\"\n");
        return jdk;
    }

    /** Runs {@code bash realign --version} and returns what it wrote to stderr. */
    private String launch() throws Exception {
        return launch(null);
    }

    /** Runs {@code bash realign --version} with {@code JAVA_HOME} set to {@code jdk} (if not null); its stderr. */
    private String launch(Path jdk) throws Exception {
        // no mvnw in the copy: a rebuild, if started, fails at once after saying so
        ProcessBuilder pb = new ProcessBuilder("bash", home.resolve("realign").toString(), "--version")
                .redirectOutput(ProcessBuilder.Redirect.DISCARD);
        if (jdk != null) {
            pb.environment().put("JAVA_HOME", jdk.toString());
        }
        Process p = pb.start();
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return err;
    }
}
