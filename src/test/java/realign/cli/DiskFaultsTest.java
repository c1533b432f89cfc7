package realign.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import realign.output.FaultyDisk;

/**
 * A fault of the disk while a run is written (issue 15) is the user's to fix, not a bug: one line naming the
 * path and the cause and what was kept, exit status 1, no stack trace unless asked for; a bug still gets the
 * internal-error report. Unfinished folders of killed runs are cleaned up by the next run and by
 * {@code realign clean}.
 */
@SuppressWarnings("try") // a FaultyDisk is installed for the body of a try, which never names it
class DiskFaultsTest {

    /** A short run without figures: the fault tests need the files written, not a long model run. */
    private static String[] shortRun(Path out, String... more) {
        return Stream.concat(Stream.of("run", Cli.scenario("us-vote-2025").toString(), "--rounds", "2", "--figures",
                "none", "--out", out.toString()), Stream.of(more)).toArray(String[]::new);
    }

    @Test
    void runOnADiskThatFillsSaysSoInOneLineKeepsNothingAndExitsOne(@TempDir Path tmp) throws Exception {
        Path out = tmp.resolve("results").resolve("full");
        Cli.Result r;
        try (var disk = FaultyDisk.fillsAfter(40_000).install()) {
            r = Cli.run(shortRun(out));
        }

        assertThat(r.status()).isEqualTo(Main.FAULT);
        assertThat(r.err().lines()).hasSize(1);
        assertThat(r.err()).startsWith("realign: " + tmp.resolve("results"))
                .contains(": no space left on device; nothing was kept (the unfinished run folder was removed); free"
                        + " some space (or write to another disk), then run the command again")
                .doesNotContain("internal error", "\tat ", "Exception");
        assertThat(r.out()).isEmpty();
        assertThat(out).doesNotExist();
        assertThat(Cli.partialFolders(tmp)).isEmpty();
    }

    @Test
    void debugOptionAddsTheStackTraceToTheSameLine(@TempDir Path tmp) throws Exception {
        Cli.Result r;
        try (var disk = FaultyDisk.fillsAfter(40_000).install()) {
            r = Cli.run(shortRun(tmp.resolve("full"), "--debug"));
        }

        assertThat(r.status()).isEqualTo(Main.FAULT);
        assertThat(r.err().lines().findFirst().orElseThrow()).contains("no space left on device; nothing was kept");
        assertThat(r.err()).contains("No space left on device", "\tat realign.");
    }

    @Test
    void permissionDeniedNamesTheFolderThatRefused(@TempDir Path tmp) throws Exception {
        Cli.Result r;
        try (var disk = FaultyDisk.refuses("locked").install()) {
            r = Cli.run(shortRun(tmp.resolve("locked").resolve("run")));
        }

        assertThat(r.status()).isEqualTo(Main.FAULT);
        assertThat(r.err().lines()).hasSize(1);
        assertThat(r.err()).startsWith("realign: " + tmp.resolve("locked") + ": permission denied; nothing was kept")
                .contains("make the folder writable");
        assertThat(tmp.resolve("locked")).doesNotExist();
    }

    @Test
    void aBugWhileWritingIsStillAnInternalErrorWithItsStackTrace(@TempDir Path tmp) throws Exception {
        Cli.Result r;
        try (var disk = FaultyDisk.throwsAt("ties.csv", new IllegalStateException("row 3 has 4 columns")).install()) {
            r = Cli.run(shortRun(tmp.resolve("run")));
        }

        assertThat(r.status()).isEqualTo(Main.INTERNAL_ERROR);
        assertThat(r.err()).startsWith("realign: internal error (please report it")
                .contains("IllegalStateException: row 3 has 4 columns", "\tat realign.");
        assertThat(Cli.partialFolders(tmp)).isEmpty();
    }

    @Test
    void runRemovesUnfinishedRunFoldersOlderThanADayBesideItsOwnAndSaysSo(@TempDir Path tmp) throws Exception {
        Path old = killedRun(tmp, ".old.partial-1111", Duration.ofHours(25));
        Path recent = killedRun(tmp, ".recent.partial-2222", Duration.ofHours(23));
        Path sweep = killedSweep(tmp, ".sweep.partial", Duration.ofDays(3));

        Cli.Result r = Cli.run(shortRun(tmp.resolve("new")));

        assertThat(r.status()).as(r.err()).isEqualTo(Main.OK);
        assertThat(r.err()).contains("realign: removed 1 unfinished run folder left by killed runs more than a day ago"
                + " from " + tmp + ": .old.partial-1111");
        assertThat(old).doesNotExist();
        assertThat(recent).isDirectory();
        assertThat(sweep.resolve("runs.csv")).as("an interrupted sweep can be resumed: never removed by a run").exists();
        assertThat(tmp.resolve("new").resolve("rounds.csv")).exists();
    }

    @Test
    void cleanListsAndRemovesUnfinishedFoldersAndKeepsSweepsUnlessAsked(@TempDir Path tmp) throws Exception {
        Path old = killedRun(tmp, ".old.partial-1111", Duration.ofHours(2));
        Path recent = killedRun(tmp, ".recent.partial-2222", Duration.ofMinutes(5));
        Path sweep = killedSweep(tmp, ".sens.partial", Duration.ofDays(3));
        Path old01 = killedSweep(tmp, "old.partial", Duration.ofDays(40)); // as version 0.1 named it
        Files.createDirectories(tmp.resolve("finished-run"));

        Cli.Result dry = Cli.run("clean", tmp.toString(), "--dry-run");
        assertThat(dry.status()).isEqualTo(Main.OK);
        assertThat(dry.out()).contains("would remove " + old + "  unfinished run, last written 2 h ago",
                "kept     " + recent + "  unfinished run, last written 5 min ago (perhaps still being written",
                "kept     " + sweep + "  interrupted sweep (2 runs done), last written 3 days ago; continue it with"
                        + " realign sweep SWEEP --resume " + tmp.resolve("sens"),
                "kept     " + old01 + "  interrupted sweep (2 runs done), last written 40 days ago; continue it with"
                        + " realign sweep SWEEP --resume " + tmp.resolve("old"),
                "Would remove 1 unfinished folder, kept 3.");
        assertThat(old).isDirectory();

        Cli.Result clean = Cli.run("clean", tmp.toString());
        assertThat(clean.out()).contains("removed  " + old, "Removed 1 unfinished folder, kept 3.");
        assertThat(old).doesNotExist();
        assertThat(recent).isDirectory();
        assertThat(sweep).isDirectory();
        assertThat(old01).isDirectory();

        Cli.Result all = Cli.run("clean", tmp.toString(), "--older-than", "0", "--sweeps");
        assertThat(all.out()).contains("removed  " + recent, "removed  " + sweep, "removed  " + old01,
                "Removed 3 unfinished folders, kept 0.");
        try (Stream<Path> left = Files.list(tmp)) {
            assertThat(left.map(p -> p.getFileName().toString())).containsExactly("finished-run");
        }
    }

    @Test
    void cleanRejectsABadAgeAndAMissingFolderWithExitTwo(@TempDir Path tmp) {
        Cli.Result age = Cli.run("clean", tmp.toString(), "--older-than", "5 weeks");
        assertThat(age.status()).isEqualTo(Main.USER_ERROR);
        assertThat(age.err()).contains("--older-than 5 weeks: expected a whole number with s, m, h or d");

        Cli.Result missing = Cli.run("clean", tmp.resolve("nope").toString());
        assertThat(missing.status()).isEqualTo(Main.USER_ERROR);
        assertThat(missing.err()).contains(tmp.resolve("nope") + ": expected a results folder, got nothing there");
    }

    /** What {@code kill -9} leaves of a run: its hidden folder with some files, last written {@code ago}. */
    private static Path killedRun(Path parent, String name, Duration ago) throws IOException {
        Path dir = Files.createDirectories(parent.resolve(name));
        Files.writeString(dir.resolve("rounds.csv"), "round\n0\n");
        age(dir, ago);
        return dir;
    }

    private static Path killedSweep(Path parent, String name, Duration ago) throws IOException {
        Path dir = Files.createDirectories(parent.resolve(name));
        Files.writeString(dir.resolve("sweep.yaml"), "name: s\n");
        Files.writeString(dir.resolve("runs.csv"), "run,status\n0,ok\n1,ok\n");
        age(dir, ago);
        return dir;
    }

    private static void age(Path dir, Duration ago) throws IOException {
        FileTime t = FileTime.from(Instant.now().minus(ago));
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.toList()) {
                Files.setLastModifiedTime(p, t);
            }
        }
    }
}
