package realign.calibrate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import realign.cli.Cli;
import realign.cli.Main;
import realign.output.PartialFolders;
import realign.scenario.ScenarioReader;

/** A small calibration: the same trace for 1 and 2 threads, and after a kill and --resume; bad files exit 2. */
class CalibrationResumeTest {

    @TempDir
    static Path tmp;
    static Path file;
    static Path full;

    @BeforeAll
    static void calibrateOnce() throws Exception {
        file = tmp.resolve("cal.yaml");
        Files.writeString(file, "name: tiny\nscenario: " + Path.of("scenarios/us-vote-2025.yaml").toAbsolutePath()
                + "\nseed: 7\nreplicates: 1\nbudget: 8\npopulation: 4\nfixed:\n  rounds: 6\nfactors:\n"
                + "  shock.salience: {min: 0.1, max: 1}\n  renegotiation.alphaProximity: {min: 0, max: 3}\n"
                + "objective:\n  validation_average_precision: 1\n  survey_spearman: 0.1\n");
        full = tmp.resolve("full");
        Calibration.start(file, Files.readAllBytes(file), null, full, 2, new PrintWriter(new StringWriter()), false);
    }

    @Test
    void writesTraceBestScenarioFigureAndManifest() throws Exception {
        List<String> trace = Files.readAllLines(full.resolve("trace.csv"));
        assertThat(trace).hasSize(1 + 8);
        assertThat(trace.get(0)).startsWith("evaluation,generation,shock.salience,renegotiation.alphaProximity,seeds,");
        assertThat(full.resolve("figures/calibration.png")).isRegularFile();
        assertThat(full.resolve("manifest.json")).isRegularFile();
        String best = Files.readString(full.resolve("best.yaml"));
        assertThat(best).startsWith("# Calibrated by realign").contains("CMA-ES, seed 7");
        var loaded = ScenarioReader.read(full.resolve("best.yaml"), List.of());
        assertThat(loaded.scenario().rounds()).isEqualTo(6);
    }

    @Test
    void oneThreadGivesTheSameTrace() throws Exception {
        Path one = tmp.resolve("one");
        Calibration.start(file, Files.readAllBytes(file), null, one, 1, new PrintWriter(new StringWriter()), false);
        assertThat(Files.readAllBytes(one.resolve("trace.csv"))).isEqualTo(Files.readAllBytes(full.resolve("trace.csv")));
        assertThat(Files.readAllBytes(one.resolve("best.yaml"))).isEqualTo(Files.readAllBytes(full.resolve("best.yaml")));
    }

    @Test
    void resumeAfterAKillInTheSecondGenerationEndsWithTheSameResult() throws Exception {
        // what SIGKILL leaves: the .partial folder with the rows flushed so far and a torn last line
        Path killed = tmp.resolve("killed");
        Path partial = PartialFolders.workFolder(killed);
        Files.createDirectories(partial);
        for (String f : List.of("calibration.yaml", "scenario.yaml", "budget.txt")) {
            Files.copy(full.resolve(f), partial.resolve(f));
        }
        List<String> rows = Files.readAllLines(full.resolve("trace.csv"));
        String torn = rows.get(6).substring(0, rows.get(6).length() / 2);
        Files.writeString(partial.resolve("trace.csv"), String.join("\n", rows.subList(0, 6)) + "\n" + torn);
        Cli.Result r = Cli.run("calibrate", file.toString(), "--resume", killed.toString(), "--threads", "2");
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.err()).contains("5 already done");
        assertThat(Files.readAllBytes(killed.resolve("trace.csv"))).isEqualTo(Files.readAllBytes(full.resolve("trace.csv")));
        assertThat(Files.readAllBytes(killed.resolve("best.yaml"))).isEqualTo(Files.readAllBytes(full.resolve("best.yaml")));
        assertThat(partial).doesNotExist();
    }

    @Test
    void anInterruptedCalibrationInTheVisibleFolderOfVersion01IsResumed() throws Exception {
        Path old = tmp.resolve("old");
        Path visible = PartialFolders.visibleWorkFolder(old);
        assertThat(visible.getFileName().toString()).isEqualTo("old.partial");
        Files.createDirectories(visible);
        for (String f : List.of("calibration.yaml", "scenario.yaml", "budget.txt")) {
            Files.copy(full.resolve(f), visible.resolve(f));
        }
        List<String> rows = Files.readAllLines(full.resolve("trace.csv"));
        Files.writeString(visible.resolve("trace.csv"), String.join("\n", rows.subList(0, 4)) + "\n");
        Cli.Result again = Cli.run("calibrate", file.toString(), "--out", old.toString());
        assertThat(again.status()).isEqualTo(Main.USER_ERROR);
        assertThat(again.err()).contains(visible + ": --out: an interrupted calibration is already there;"
                + " continue it with --resume " + old);
        Cli.Result r = Cli.run("calibrate", file.toString(), "--resume", old.toString(), "--threads", "2");
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.err()).contains("3 already done");
        assertThat(Files.readAllBytes(old.resolve("trace.csv"))).isEqualTo(Files.readAllBytes(full.resolve("trace.csv")));
        assertThat(Files.readAllBytes(old.resolve("best.yaml"))).isEqualTo(Files.readAllBytes(full.resolve("best.yaml")));
        assertThat(visible).doesNotExist();
        assertThat(PartialFolders.workFolder(old)).doesNotExist();
    }

    @Test
    void sigkillThenResumeEndsWithTheSameResult() throws Exception {
        Path target = tmp.resolve("sigkill");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-Djava.awt.headless=true", "-cp", System.getProperty("java.class.path"),
                "realign.cli.Main", "calibrate", file.toString(), "--out", target.toString(), "--threads", "1")
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        Path trace = PartialFolders.workFolder(target).resolve("trace.csv");
        long deadline = System.nanoTime() + 300_000_000_000L;
        while (p.isAlive() && System.nanoTime() < deadline && lines(trace) < 1 + 2) {
            Thread.sleep(20);
        }
        p.destroyForcibly(); // SIGKILL on Unix: no shutdown hooks, no finally blocks
        p.waitFor();
        assertThat(target).as("killed before it finished").doesNotExist();
        assertThat(lines(trace)).isBetween(3L, 8L);
        Cli.Result r = Cli.run("calibrate", file.toString(), "--resume", target.toString(), "--threads", "2");
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(Files.readAllBytes(target.resolve("trace.csv"))).isEqualTo(Files.readAllBytes(full.resolve("trace.csv")));
        assertThat(Files.readAllBytes(target.resolve("best.yaml"))).isEqualTo(Files.readAllBytes(full.resolve("best.yaml")));
    }

    private static long lines(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            return 0;
        }
        return Files.readString(file).chars().filter(c -> c == '\n').count();
    }

    @Test
    void badCalibrationFilesExitTwoAndWriteNothing() throws IOException {
        Path bad = tmp.resolve("bad.yaml");
        Files.writeString(bad, Files.readString(file).replace("survey_spearman", "survey_spearmann"));
        Path out = tmp.resolve("never");
        Cli.Result r = Cli.run("calibrate", bad.toString(), "--out", out.toString());
        assertThat(r.status()).isEqualTo(Main.USER_ERROR);
        assertThat(r.err()).contains(bad + ":").contains("objective.survey_spearmann: expected a validation score")
                .contains("did you mean 'survey_spearman'");
        Files.writeString(bad, Files.readString(file).replace("{min: 0, max: 3}", "{values: [0, 1]}"));
        Cli.Result list = Cli.run("calibrate", bad.toString(), "--out", out.toString());
        assertThat(list.status()).isEqualTo(Main.USER_ERROR);
        assertThat(list.err()).contains("factors.renegotiation.alphaProximity: expected a range");
        assertThat(out).doesNotExist();
        assertThat(PartialFolders.workFolder(out)).doesNotExist();
    }

    @Test
    void whenEveryEvaluationFailsItSaysWhyExitsTwoAndWritesNoBestScenario() throws IOException {
        // fixed reliable-partner probabilities that do not sum to 1: every run is refused by the scenario reader
        Path failing = tmp.resolve("failing.yaml");
        Files.writeString(failing, Files.readString(file).replace("  rounds: 6\n", "  rounds: 6\n  shock.reliableAgree: 0.5\n"));
        Path out = tmp.resolve("failing-out");
        Cli.Result r = Cli.run("calibrate", failing.toString(), "--out", out.toString(), "--threads", "2");

        assertThat(r.status()).as(r.err()).isEqualTo(Main.USER_ERROR);
        assertThat(r.err()).contains(failing + ": calibrate: expected at least one evaluation that runs, got 8 failed"
                + " evaluations").contains("the first, evaluation 0 (shock.salience=")
                .contains("shock.reliableAgree/Partial/Oppose: expected probabilities that sum to 1")
                .doesNotContain("NaN").doesNotContain("best.yaml:");
        assertThat(r.out()).isEmpty();
        assertThat(out).doesNotExist();
        Path partial = PartialFolders.workFolder(out);
        assertThat(partial.resolve("best.yaml")).doesNotExist();
        assertThat(partial.resolve("manifest.json")).doesNotExist();
        List<String> trace = Files.readAllLines(partial.resolve("trace.csv"));
        assertThat(trace).hasSize(1 + 8);
        assertThat(trace.subList(1, trace.size())).allSatisfy(row -> assertThat(row).endsWith(",NA,failed"));
    }
}
