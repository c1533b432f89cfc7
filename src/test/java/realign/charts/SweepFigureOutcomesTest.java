package realign.charts;

import static org.assertj.core.api.Assertions.assertThat;
import static realign.charts.FigureChecks.svgTexts;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import realign.cli.Cli;
import realign.cli.Main;

/**
 * A sweep with five outcomes: the figures that draw four panels say which outcome they leave out and how to draw it
 * (in the figure, and in what {@code sweep} and {@code plot} print), and {@code plot --outcomes} draws it.
 */
class SweepFigureOutcomesTest {

    @TempDir
    static Path tmp;
    static Path out;
    static String sweepOutput;

    @BeforeAll
    static void runSweep() throws Exception {
        Path file = tmp.resolve("five.yaml");
        Files.writeString(file, "scenario: '" + Path.of("scenarios/us-vote-2025.yaml").toAbsolutePath() + "'\n" + """
                name: five
                seed: 5
                replicates: 2
                series_every: 1
                fixed: {rounds: 3, trust.noise: 0.01}
                factors:
                  shocks[0].votes.USA: {values: [Y, N]}
                  shocks[1].salience: {values: [0.2, 0.5]}
                outcomes:
                  - {name: eu_trust_end, metric: trust_in_usa_eu, label: EU trust in the U.S.}
                  - {name: eu_trust_min, metric: trust_in_usa_eu, summary: min}
                  - {name: ties_end, metric: ties}
                  - {name: trust_end, metric: mean_trust}
                  - {name: ties_max, metric: ties, summary: max, label: Most ties}
                """, StandardCharsets.UTF_8);
        out = tmp.resolve("out");
        Cli.Result r = Cli.run("sweep", file.toString(), "--threads", "2", "--out", out.toString());
        assertThat(r.status()).as(r.err()).isZero();
        sweepOutput = r.out();
    }

    private static String joined(List<String> texts) {
        return String.join(" ", texts).replaceAll("\\s+", " ");
    }

    @Test
    void aFigureThatLeavesAnOutcomeOutSaysWhichAndHow() throws Exception {
        for (String figure : List.of(SweepHeatmapFigure.NAME, SweepLinesFigure.NAME)) {
            String texts = joined(svgTexts(out.resolve("figures").resolve(figure + ".svg")));
            assertThat(texts).as(figure).contains("not drawn (4 panels fit): ties_max; draw them with: realign plot"
                    + " DIR --only " + figure + " --outcomes ties_max");
        }
        // series-bands has one panel per metric: three metrics, nothing left out
        assertThat(joined(svgTexts(out.resolve("figures/series-bands.svg")))).doesNotContain("not drawn");
        assertThat(sweepOutput).contains("not drawn: ties_max; draw them with: realign plot " + out
                + " --outcomes ties_max");
    }

    @Test
    void outcomesWithoutOnlyDrawTheFiguresThatHaveThemAndLeaveTheOthersOut() throws Exception {
        // a validation score has no series: series-bands cannot draw it, the heatmap and the lines can
        Path file = tmp.resolve("score.yaml");
        Files.writeString(file, "scenario: '" + Path.of("scenarios/us-vote-2025.yaml").toAbsolutePath() + "'\n" + """
                name: score
                seed: 6
                replicates: 2
                series_every: 1
                fixed: {rounds: 3}
                factors:
                  shocks[0].salience: {values: [0.2, 0.5]}
                outcomes:
                  - {name: eu_trust_end, metric: trust_in_usa_eu}
                  - {name: ap, metric: validation_average_precision}
                """, StandardCharsets.UTF_8);
        Path sweep = tmp.resolve("score-out");
        Cli.Result r = Cli.run("sweep", file.toString(), "--threads", "2", "--out", sweep.toString());
        assertThat(r.status()).as(r.err()).isZero();
        try (var files = Files.walk(sweep.resolve("figures"))) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        }

        Cli.Result plot = Cli.run("plot", sweep.toString(), "--format", "svg", "--outcomes", "ap");

        assertThat(plot.status()).as(plot.err()).isZero();
        assertThat(sweep.resolve("figures/sweep-lines.svg")).isRegularFile();
        assertThat(sweep.resolve("figures/series-bands.svg")).doesNotExist();
        // asked for by name, a figure that cannot draw the outcome is still an error
        Cli.Result only = Cli.run("plot", sweep.toString(), "--format", "svg", "--only", SeriesBandsFigure.NAME,
                "--outcomes", "ap");
        assertThat(only.status()).isEqualTo(Main.USER_ERROR);
        assertThat(only.err()).contains("--outcomes ap: expected outcomes this figure draws");
    }

    @Test
    void plotNamesWhatItLeavesOutAndDrawsTheOutcomesAskedFor() throws Exception {
        Cli.Result all = Cli.run("plot", out.toString(), "--format", "svg", "--only", SweepHeatmapFigure.NAME);
        assertThat(all.status()).as(all.err()).isZero();
        assertThat(all.out()).contains("figures/sweep-heatmap: not drawn (4 panels fit): ties_max; draw them with:"
                + " realign plot " + out + " --only sweep-heatmap --outcomes ties_max");

        Cli.Result asked = Cli.run("plot", out.toString(), "--format", "svg", "--only", SweepHeatmapFigure.NAME,
                "--outcomes", "ties_max,eu_trust_min");
        assertThat(asked.status()).as(asked.err()).isZero();
        assertThat(asked.out()).doesNotContain("not drawn");
        List<String> texts = svgTexts(out.resolve("figures/sweep-heatmap.svg"));
        assertThat(texts).contains("Most ties", "eu_trust_min").doesNotContain("EU trust in the U.S.");
        assertThat(joined(texts)).doesNotContain("not drawn");
    }

    @Test
    void seriesBandsAtSingleWidthNamesTheOutcomesOfTheOtherPanels() throws Exception {
        Path copy = Files.createDirectories(tmp.resolve("single"));
        try (var files = Files.list(out)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Files.copy(f, copy.resolve(f.getFileName()));
            }
        }
        Cli.Result r = Cli.run("plot", copy.toString(), "--format", "svg", "--only", SeriesBandsFigure.NAME,
                "--width", "single");
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out()).contains("not drawn (1 panel fits): ties_end, trust_end, ties_max; draw the next with:"
                + " realign plot " + copy + " --only series-bands --width single --outcomes ties_end");
        List<String> texts = svgTexts(copy.resolve("figures/series-bands.svg"));
        assertThat(texts).contains("EU trust in the U.S.");
    }

    @Test
    void anUnknownOutcomeOrTooManyForTheWidthIsRefused() throws Exception {
        Cli.Result typo = Cli.run("plot", out.toString(), "--format", "svg", "--outcomes", "ties_mx");
        assertThat(typo.status()).isEqualTo(Main.USER_ERROR);
        assertThat(typo.err()).contains("--outcomes ties_mx: expected one of the outcomes of "
                + out.resolve("summary.csv")).contains("did you mean 'ties_max'?");
        Cli.Result many = Cli.run("plot", out.toString(), "--format", "svg", "--only", SweepHeatmapFigure.NAME,
                "--width", "single", "--outcomes", "ties_max,ties_end");
        assertThat(many.status()).isEqualTo(Main.USER_ERROR);
        assertThat(many.err()).contains("sweep-heatmap draws at most 1 panel at single width, got 2");
    }
}
