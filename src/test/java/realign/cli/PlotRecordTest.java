package realign.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code realign plot} on a finished run: the run's manifest.json is left byte for byte as the run wrote it, and
 * every figure file plot adds or redraws is recorded in figures/figures.json, so every file of figures/ is listed
 * in one of the two.
 */
class PlotRecordTest {

    @TempDir
    Path tmp;

    @Test
    void plotLeavesTheManifestAloneAndRecordsEveryFigureItDrawsInFiguresJson() throws IOException {
        Path run = tmp.resolve("run");
        Cli.runOk(Cli.scenario("us-vote-2025").toString(), "--rounds", "3", "--out", run.toString());
        byte[] manifest = Files.readAllBytes(run.resolve("manifest.json"));

        Cli.Result plot = Cli.run("plot", run.toString(), "--width", "single", "--format", "png",
                "--only", "run-overview,ties-per-round");
        assertThat(plot.status()).as(plot.err()).isZero();
        Cli.Result again = Cli.run("plot", run.toString(), "--format", "svg", "--only", "ties-per-round");
        assertThat(again.status()).as(again.err()).isZero();

        assertThat(Files.readAllBytes(run.resolve("manifest.json"))).as("manifest.json as the run wrote it")
                .isEqualTo(manifest);
        JsonNode figures = new ObjectMapper().readTree(run.resolve("figures/figures.json").toFile());
        Map<String, JsonNode> byFile = new HashMap<>();
        figures.get("figures").forEach(f -> byFile.put(f.get("file").asText(), f));
        assertThat(byFile.keySet()).containsExactlyInAnyOrder("figures/run-overview.png",
                "figures/ties-per-round.png", "figures/ties-per-round.svg");
        assertThat(byFile.get("figures/run-overview.png").get("replaces_manifest_output").asBoolean()).isTrue();
        assertThat(byFile.get("figures/run-overview.png").get("width").asText()).isEqualTo("single");
        assertThat(byFile.get("figures/ties-per-round.svg").get("width").asText()).isEqualTo("double");
        assertThat(byFile.get("figures/ties-per-round.png").get("replaces_manifest_output").asBoolean()).isFalse();
        assertThat(byFile.get("figures/ties-per-round.png").get("drawn_by").asText()).isEqualTo("realign plot");

        Set<String> listed = new HashSet<>(byFile.keySet());
        new ObjectMapper().readTree(manifest).get("outputs").forEach(o -> listed.add(o.asText()));
        List<String> present = new ArrayList<>();
        try (Stream<Path> s = Files.walk(run)) {
            s.filter(Files::isRegularFile).map(p -> run.relativize(p).toString().replace('\\', '/'))
                    .filter(p -> !p.equals("figures/figures.json")).forEach(present::add);
        }
        assertThat(listed).as("every file of the folder is listed").containsAll(present);
    }
}
