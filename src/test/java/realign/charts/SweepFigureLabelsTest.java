package realign.charts;

import static org.assertj.core.api.Assertions.assertThat;
import static realign.charts.FigureChecks.svgTexts;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import realign.cli.Main;

/**
 * Sweep figures of a 3 × 3 grid (a categorical U.S. vote × the salience of shock 2) with labels, two outcomes on
 * one metric and a threshold never reached: labels instead of raw keys, readable defaults, a categorical axis,
 * censoring said in the figure, series-bands with a line per level instead of one mixed line.
 */
class SweepFigureLabelsTest {

    @TempDir
    static Path tmp;
    static Path out;

    @BeforeAll
    static void runSweep() throws Exception {
        Path file = tmp.resolve("labels.yaml");
        Files.writeString(file, "scenario: '" + Path.of("scenarios/us-vote-2025.yaml").toAbsolutePath() + "'\n" + """
                name: labels
                seed: 5
                replicates: 2
                series_every: 1
                fixed: {rounds: 3, trust.noise: 0.01}
                factors:
                  shocks[0].votes.USA: {values: [Y, N, A], label: U.S. vote on ES-11/7}
                  shocks[1].salience: {values: [0.2, 0.35, 0.5]}
                outcomes:
                  - {name: eu_trust_end, metric: trust_in_usa_eu, label: EU trust in the U.S. at the end}
                  - {name: eu_trust_min, metric: trust_in_usa_eu, summary: min}
                  - {name: ties_end, metric: ties, label: Ties at the end}
                  - {name: never, metric: mean_trust, summary: first, below: -1, label: First round below -1}
                """, StandardCharsets.UTF_8);
        out = tmp.resolve("out");
        StringWriter err = new StringWriter();
        int status = Main.execute(new String[] {"sweep", file.toString(), "--threads", "2", "--out", out.toString()},
                new PrintWriter(new StringWriter()), new PrintWriter(err));
        assertThat(status).as(err.toString()).isZero();
    }

    /** Texts joined by one space, so that a line wrapped in the figure reads as one. */
    private static String joined(List<String> texts) {
        return String.join(" ", texts).replaceAll("\\s+", " ");
    }

    /** The texts of a figure the sweep drew. */
    private static List<String> texts(String figure) throws Exception {
        return svgTexts(out.resolve("figures").resolve(figure + ".svg"));
    }

    @Test
    void heatmapAxesAndColourBarsUseLabelsOrReadableDefaultsNeverRawKeys() throws Exception {
        List<String> texts = texts("sweep-heatmap");

        assertThat(texts).contains("U.S. vote on ES-11/7", "salience of shock 2 (ES-11-8)",
                "EU trust in the U.S. at the end", "Ties at the end", "eu_trust_min");
        assertThat(texts).doesNotContain("shocks[0].votes.USA", "shocks[1].salience", "eu_trust_end", "ties_end");
        // the categorical axis: the votes, in the sweep file's order
        assertThat(texts).containsSubsequence("Y", "N", "A");
    }

    @Test
    void aColourScaleStretchedOverANarrowRangeSaysSo() throws Exception {
        assertThat(texts("sweep-heatmap")).anyMatch(t -> t.startsWith("colours span only "));
        assertThat(SweepCharts.narrowRangeNote(135, 140)).isEqualTo("colours span only 135 to 140");
        assertThat(SweepCharts.narrowRangeNote(0, 140)).isNull();
        assertThat(SweepCharts.narrowRangeNote(0.2, 0.9)).isNull();
        assertThat(SweepCharts.narrowRangeNote(-0.5, 0.5)).isNull();
    }

    @Test
    void aTimeToAnEventThatRunsNeverReachIsShownAsCensoredNotMissing() throws Exception {
        for (String figure : List.of("sweep-lines", "sweep-heatmap")) {
            // the note may wrap onto two lines
            assertThat(joined(texts(figure))).as(figure).contains("restricted mean: 18 of 18 runs never"
                    + " crossed, counted at the window's last round (right-censored)");
        }
    }

    @Test
    void sweepLinesHasACategoricalAxisOfTheVotesAndALegendOfTheSecondFactorsLabel() throws Exception {
        List<String> texts = texts("sweep-lines");

        assertThat(texts).contains("U.S. vote on ES-11/7", "salience of shock 2 (ES-11-8)", "0.2", "0.35", "0.5",
                "EU trust in the U.S. at the end");
        assertThat(texts).containsSubsequence("Y", "N", "A");
    }

    @Test
    void seriesBandsOfNinePointsDrawsALinePerLevelAndOnePanelPerMetric() throws Exception {
        List<String> texts = texts("series-bands");

        // nine points: one line per vote, averaged over the salience, as the legend says; not one mixed line
        assertThat(joined(texts)).contains("U.S. vote on ES-11/7 (each line averages up to 3 points, over"
                + " salience of shock 2 (ES-11-8); band: 95% interval of that mean)");
        assertThat(texts).contains("Y", "N", "A");
        assertThat(texts).noneMatch(t -> t.startsWith("mean of "));
        // eu_trust_end and eu_trust_min are both trust_in_usa_eu: one panel, not two, with the label of eu_trust_end
        assertThat(texts.stream().filter(t -> t.equals("EU trust in the U.S. at the end")).count()).isEqualTo(1);
        assertThat(texts).contains("Ties at the end", "mean_trust");
        // raw keys only where no outcome on the metric has a label; a time to an event's label names a round
        assertThat(texts).doesNotContain("trust_in_usa_eu", "ties", "First round below -1");
    }

    @Test
    void seriesByChoosesTheFactorWhoseLevelsGetTheLines() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("series-by"));
        try (var files = Files.list(out)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Files.copy(f, dir.resolve(f.getFileName()));
            }
        }
        Path sweep = dir.resolve("sweep.yaml");
        Files.writeString(sweep, Files.readString(sweep) + "series_by: shocks[1].salience\n");
        Figures.render(dir, new Figures.Options(EnumSet.of(FigureFormat.SVG), List.of("series-bands"),
                FigureWidth.DOUBLE));

        List<String> texts = svgTexts(dir.resolve("figures/series-bands.svg"));
        assertThat(joined(texts)).contains("salience of shock 2 (ES-11-8) (each line averages up to 3 points,"
                + " over U.S. vote on ES-11/7; band: 95% interval of that mean)");
        assertThat(texts).contains("0.2", "0.35", "0.5");
    }
}
