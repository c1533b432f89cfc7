package realign.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import realign.scenario.ScenarioReader;
import realign.world.World;
import realign.world.WorldLoader;

class RunPreloadTest {

    private static final Path US_VOTE = Path.of("scenarios/us-vote-2025.yaml");

    @Test
    void onlyRunIsPreloaded() {
        assertThat(RunPreload.startFor(new String[] {"sweep", "scenarios/sweeps/sensitivity.yaml"})).isNull();
        assertThat(RunPreload.startFor(new String[] {"plot", "results/x"})).isNull();
        assertThat(RunPreload.startFor(new String[] {"--version"})).isNull();
        assertThat(RunPreload.startFor(new String[0])).isNull();
        assertThat(RunPreload.startFor(new String[] {"run", US_VOTE.toString(), "--figures", "none"})).isNotNull();
    }

    @Test
    void preloadedWorldIsTheShippedDataSet() {
        World preloaded = RunPreload.startFor(new String[] {"run", US_VOTE.toString()}).world();
        World shipped = WorldLoader.loadShipped();

        assertThat(preloaded.countries()).isEqualTo(shipped.countries());
        assertThat(preloaded.sources()).isEqualTo(shipped.sources());
        assertThat(preloaded.rollCalls().keySet()).containsExactlyElementsOf(shipped.rollCalls().keySet());
    }

    @Test
    void scenarioReadWithThePreloadedWorldEqualsOneReadAlone() throws Exception {
        World preloaded = RunPreload.startFor(new String[] {"run", US_VOTE.toString()}).world();

        ScenarioReader.Loaded with = ScenarioReader.readWith(US_VOTE, List.of(), () -> preloaded);
        ScenarioReader.Loaded alone = ScenarioReader.readWith(US_VOTE, List.of());

        assertThat(with.world()).isSameAs(preloaded);
        assertThat(with.scenario()).isEqualTo(alone.scenario());
        assertThat(with.world().sources()).isEqualTo(alone.world().sources());
    }

    @Test
    void scenarioWithItsOwnDataSectionReadsItsOwnWorld(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        java.nio.file.Files.writeString(dir.resolve("rollcalls.csv"), """
                id,date,symbol,subject,yes,no,abstain,absent,split_resolved
                MY-VOTE,2025-03-01,none,A roll call of the user's own,192,1,0,0,yes
                """);
        java.nio.file.Files.writeString(dir.resolve("own.yaml"), """
                data: {rollcalls: rollcalls.csv}
                shocks:
                  - {round: 1, rollcall: MY-VOTE, salience: 0.5}
                """);
        World preloaded = RunPreload.startFor(new String[] {"run", "own.yaml"}).world();

        ScenarioReader.Loaded loaded = ScenarioReader.readWith(dir.resolve("own.yaml"), List.of(), () -> preloaded);

        assertThat(loaded.world()).isNotSameAs(preloaded);
        assertThat(loaded.world().rollCalls()).containsKey("MY-VOTE");
        assertThat(preloaded.rollCalls()).doesNotContainKey("MY-VOTE");
    }

    @Test
    void aScenarioWithItsOwnDataDoesNotWaitForThePreload(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        java.nio.file.Files.writeString(dir.resolve("rollcalls.csv"), """
                id,date,symbol,subject,yes,no,abstain,absent,split_resolved
                MY-VOTE,2025-03-01,none,A roll call of the user's own,192,1,0,0,yes
                """);
        java.nio.file.Files.writeString(dir.resolve("own.yaml"), """
                rounds: 2
                data: {rollcalls: rollcalls.csv}
                shocks:
                  - {round: 1, rollcall: MY-VOTE, salience: 0.5}
                """);
        // a preload that never finishes: a run that waited for it would never return
        RunPreload never = new RunPreload(new CompletableFuture<>());
        String[] args = {"run", dir.resolve("own.yaml").toString(), "--figures", "none", "--out",
                dir.resolve("out").toString()};
        ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "run-without-preload");
            t.setDaemon(true);
            return t;
        });
        try {
            Future<Integer> status = thread.submit(() -> Main.execute(args, new PrintWriter(new StringWriter()),
                    new PrintWriter(new StringWriter()), never));
            // a guard against a hang, not a speed check: the run takes well under a second
            assertThat(status.get(5, TimeUnit.MINUTES)).isEqualTo(Main.OK);
        } finally {
            thread.shutdownNow();
        }
        assertThat(dir.resolve("out/rounds.csv")).exists();
    }

    @Test
    void aFailedPreloadIsReadAgainByTheScenarioReader(@org.junit.jupiter.api.io.TempDir Path dir) {
        CompletableFuture<World> failed = new CompletableFuture<>();
        failed.completeExceptionally(new IllegalStateException("preload failed"));
        StringWriter err = new StringWriter();
        int status = Main.execute(new String[] {"run", US_VOTE.toString(), "--rounds", "2", "--figures", "none",
                "--out", dir.resolve("out").toString()}, new PrintWriter(new StringWriter()), new PrintWriter(err),
                new RunPreload(failed));

        assertThat(status).as(err.toString()).isEqualTo(Main.OK);
        assertThat(dir.resolve("out/rounds.csv")).exists();
    }

    @Test
    void runWithThePreloadAndTheFigureBesideTheTablesWritesTheBytesOfARunWrittenInSequence(
            @org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path parallel = dir.resolve("parallel");
        Cli.runOk(US_VOTE.toString(), "--out", parallel.toString());

        Path sequential = java.nio.file.Files.createDirectories(dir.resolve("sequential"));
        ScenarioReader.Loaded loaded = ScenarioReader.readWith(US_VOTE, List.of());
        realign.observe.RunRecord record = new realign.observe.RunRecord(loaded.world(), loaded.scenario());
        new realign.model.AllianceModel(realign.model.ModelInput.of(loaded.world(), loaded.scenario().modelSpec()), record).run();
        realign.output.RunFiles.write(sequential, record, loaded.source());
        // the figure reads the focus groups' names from the manifest, whose timing differs anyway
        java.nio.file.Files.copy(parallel.resolve("manifest.json"), sequential.resolve("manifest.json"));
        realign.charts.RunFigures.render(sequential);

        List<Path> files;
        try (var walk = java.nio.file.Files.walk(parallel)) {
            files = walk.filter(java.nio.file.Files::isRegularFile).map(parallel::relativize).sorted().toList();
        }
        assertThat(files).contains(Path.of("figures/run-overview.png"), Path.of("trust-round-1.csv"),
                Path.of("countries.csv"));
        for (Path f : files) {
            if (!f.toString().equals("manifest.json")) {
                assertThat(java.nio.file.Files.readAllBytes(sequential.resolve(f))).as(f.toString())
                        .isEqualTo(java.nio.file.Files.readAllBytes(parallel.resolve(f)));
            }
        }
    }
}
