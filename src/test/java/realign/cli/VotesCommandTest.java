package realign.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import realign.world.RollCall;
import realign.world.World;
import realign.world.WorldLoader;

/** {@code realign votes import} and {@code realign votes list} end to end; a run's history outputs. */
class VotesCommandTest {

    @TempDir
    Path tmp;

    private Path fixture() throws Exception {
        return Path.of(VotesCommandTest.class.getResource("/realign/unga/es-11-7-wide.csv").toURI());
    }

    @Test
    void importWritesRollCallsVotesAndAProvenanceWithTheInputsHash() throws Exception {
        Path out = tmp.resolve("imported");
        Cli.Result r = Cli.run("votes", "import", fixture().toString(), "--out", out.toString());

        assertThat(r.status()).as(r.err()).isEqualTo(Main.OK);
        assertThat(r.out()).contains("Imported 1 roll calls", "no column for AFG, VEN");
        try (var files = Files.list(out)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder("rollcalls.csv", "votes.csv", "provenance.md");
        }
        assertThat(Files.readString(out.resolve("provenance.md")))
                .contains(WorldLoader.sha256(Files.readAllBytes(fixture())), "| wide | 1 | 1 |", "None: every roll call");
        assertThat(Files.readAllLines(out.resolve("votes.csv"))).hasSize(1 + 193).contains("ES-11-7,USA,N");
    }

    @Test
    void theImportedFilesReadAsScenarioDataAndEqualTheShippedRollCall() throws Exception {
        Path out = tmp.resolve("imported");
        assertThat(Cli.run("votes", "import", fixture().toString(), "--out", out.toString()).status()).isZero();

        World w = WorldLoader.load(out.resolve("rollcalls.csv"), out.resolve("votes.csv"));
        RollCall shipped = WorldLoader.loadShipped().rollCall("ES-11-7").orElseThrow();
        assertThat(w.rollCall("ES-11-7").orElseThrow()).isEqualTo(shipped);
    }

    @Test
    void badInputExitsTwoNamingFileAndLineAndWritesNothing() throws Exception {
        Path bad = Files.writeString(tmp.resolve("bad.csv"),
                "Link,Title,Council,Resolution,Date,YES COUNT,NO COUNT,ABSTAIN COUNT,USA,XXZ\n");
        Path out = tmp.resolve("out");

        Cli.Result r = Cli.run("votes", "import", bad.toString(), "--out", out.toString());

        assertThat(r.status()).isEqualTo(Main.USER_ERROR);
        assertThat(r.err()).contains("bad.csv:1: header:", "unknown member code [XXZ]");
        assertThat(out).doesNotExist();
        try (var left = Files.list(tmp)) {
            assertThat(left.map(p -> p.getFileName().toString())).containsExactly("bad.csv");
        }
    }

    @Test
    void anExistingOutputFolderIsNeverOverwritten() throws Exception {
        Path out = Files.createDirectory(tmp.resolve("taken"));

        Cli.Result r = Cli.run("votes", "import", fixture().toString(), "--out", out.toString());

        assertThat(r.status()).isEqualTo(Main.USER_ERROR);
        assertThat(r.err()).contains("--out: expected a folder that does not exist yet");
        try (var files = Files.list(out)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void listShowsASessionWithTalliesAndTheUsVote() {
        Cli.Result r = Cli.run("votes", "list", "--session", "79");

        assertThat(r.status()).isEqualTo(Main.OK);
        List<String> rows = r.out().lines().skip(1).filter(l -> l.matches("^79-\\d+ .*")).toList();
        assertThat(rows).isNotEmpty().allSatisfy(l -> assertThat(l).matches("79-\\d+ +2025-\\d\\d-\\d\\d +\\d+-\\d+-\\d+ \\(\\d+\\) +[YNAX] .*"));
        assertThat(r.out()).contains("79-269", "162-3-2 (26)", rows.size() + " of 194 roll calls.")
                .doesNotContain("ES-11-7");
    }

    @Test
    void listGrepsTitlesAndIds() {
        Cli.Result r = Cli.run("votes", "list", "--grep", "ukrainian CHILDREN");

        assertThat(r.out().lines().toList()).hasSize(3);
        assertThat(r.out()).contains("ES-11-9", "2025-12-03", "91-12-57 (33)", " Y ", "1 of 194 roll calls.");
    }

    @Test
    void aBadSessionIsAUserError() {
        Cli.Result r = Cli.run("votes", "list", "--session", "last");

        assertThat(r.status()).isEqualTo(Main.USER_ERROR);
        assertThat(r.err()).contains("--session: expected a session number such as 79");
    }

    @Test
    void aRunWritesTheVotesEachPairSharedAndTheManifestSummarisesThem() throws Exception {
        Path out = tmp.resolve("run");
        Cli.runOk(Cli.scenario("us-vote-2025-12").toString(), "--figures", "none", "--out", out.toString());

        List<String> pairs = Files.readAllLines(out.resolve("history_pairs.csv"));
        assertThat(pairs.get(0)).isEqualTo("a,b,shared_votes,affinity");
        assertThat(pairs).hasSize(1 + 193 * 192 / 2);
        JsonNode m = new ObjectMapper().readTree(out.resolve("manifest.json").toFile());
        JsonNode h = m.get("history_votes");
        int rollCalls = m.get("scenario").get("history").size();
        assertThat(h.get("roll_calls").asInt()).isEqualTo(rollCalls).isGreaterThan(20);
        assertThat(h.get("shared_votes_max").asInt()).isEqualTo(rollCalls);
        long none = pairs.stream().skip(1).filter(l -> l.split(",")[2].equals("0")).count();
        assertThat(h.get("pairs_without_shared_vote").asLong()).isEqualTo(none).isPositive();
        assertThat(pairs).anySatisfy(l -> assertThat(l).startsWith("AFG,AGO,0,0.5"));
        assertThat(m.get("scenario").get("history_selection").get("session").get(0).asText()).isEqualTo("79");
        assertThat(m.get("outputs").toString()).contains("history_pairs.csv");
    }

}
