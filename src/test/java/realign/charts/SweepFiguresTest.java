package realign.charts;

import static realign.charts.FigureChecks.pngMetadata;
import static realign.charts.FigureChecks.svgTexts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import javax.imageio.metadata.IIOMetadataNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import realign.InputException;
import realign.cli.Main;

/** The sweep figures drawn from small real sweeps: files, sizes, labels, determinism, missing input. */
class SweepFiguresTest {

    @TempDir
    Path tmp;

    /** Each sweep figure with a fixture it applies to, the file it needs, and labels its SVG must show. */
    record Case(String figure, String fixture, String needs, List<String> labels) {
        @Override
        public String toString() {
            return figure + " of " + fixture;
        }
    }

    static Stream<Case> cases() {
        return Stream.of(
                new Case("sweep-heatmap", "grid", "summary.csv", List.of("shock.salience",
                        "shock.betrayalAmplification", "eu_trust_in_usa_end", "new_ties")),
                new Case("sweep-lines", "grid", "summary.csv", List.of("shock.salience",
                        "shock.betrayalAmplification", "eu_trust_in_usa_end", "new_ties", "0", "1", "2")),
                new Case("sensitivity", "sobol", "sensitivity.csv", List.of("Sobol index", "first order", "total",
                        "eu_trust_in_usa_end", "new_ties", "shock.salience", "shock.betrayalAmplification",
                        "trust.reversion")),
                new Case("sensitivity", "morris", "sensitivity.csv", List.of(SensitivityFigure.MU_STAR_AXIS,
                        SensitivityFigure.SIGMA_AXIS, "eu_trust_in_usa_end", "new_ties", "shock.salience",
                        "shock.betrayalAmplification", "renegotiation.formThreshold")),
                new Case("series-bands", "grid", "series.csv", List.of(OverviewChart.ROUND_AXIS, "trust_in_usa_eu",
                        "new_ties", "shock.salience, shock.betrayalAmplification (band: 95% interval of the mean over"
                                + " replicates)", "0.2, 0", "0.5, 2")),
                new Case("series-bands", "sobol", "series.csv", List.of(OverviewChart.ROUND_AXIS,
                        "mean of 40 runs at 40 design points (band: middle 95% of runs, spread of the parameters"
                                + " included)")));
    }

    private Path draw(Case c, String name, FigureWidth width, FigureFormat... formats) throws Exception {
        Path dir = FixtureSweep.copy(c.fixture(), tmp, name);
        Figures.render(dir, new Figures.Options(formats.length == 0 ? EnumSet.allOf(FigureFormat.class)
                : EnumSet.of(formats[0], formats), List.of(c.figure()), width));
        return dir.resolve("figures");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void writesPngSvgAndPdfOfTheFigure(Case c) throws Exception {
        Path figures = draw(c, "sweep", FigureWidth.DOUBLE);

        try (Stream<Path> files = Files.list(figures)) {
            assertThat(files.map(f -> f.getFileName().toString()).sorted().toList())
                    .containsExactly(c.figure() + ".pdf", c.figure() + ".png", c.figure() + ".svg");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void svgParsesAsXmlAndShowsAxisAndLegendLabelsAsText(Case c) throws Exception {
        Path figures = draw(c, "sweep", FigureWidth.DOUBLE, FigureFormat.SVG);

        assertThat(svgTexts(figures.resolve(c.figure() + ".svg"))).containsAll(c.labels());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void pdfIsOnePageOfTheFigureSize(Case c) throws Exception {
        Path figures = draw(c, "sweep", FigureWidth.SINGLE, FigureFormat.PDF);
        String text = Files.readString(figures.resolve(c.figure() + ".pdf"), StandardCharsets.ISO_8859_1);

        assertThat(text).startsWith("%PDF-");
        assertThat(Pattern.compile("/Type\\s*/Page(?![a-zA-Z])").matcher(text).results().count()).isEqualTo(1);
        assertThat(text).contains("/MediaBox [0.0 0.0 252.0 180.0]");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void pngHasTheRequestedSizeAt300Dpi(Case c) throws Exception {
        Path single = draw(c, "single", FigureWidth.SINGLE, FigureFormat.PNG);
        Path dbl = draw(c, "double", FigureWidth.DOUBLE, FigureFormat.PNG);

        assertPng(single.resolve(c.figure() + ".png"), 1050, 750);
        assertPng(dbl.resolve(c.figure() + ".png"), 2100, 1500);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void sameSweepGivesIdenticalSvgAndPdfBytes(Case c) throws Exception {
        Path first = draw(c, "first", FigureWidth.DOUBLE, FigureFormat.SVG, FigureFormat.PDF);
        Path second = draw(c, "second", FigureWidth.DOUBLE, FigureFormat.SVG, FigureFormat.PDF);

        for (String ext : List.of(".svg", ".pdf")) {
            assertThat(Files.readAllBytes(second.resolve(c.figure() + ext)))
                    .isEqualTo(Files.readAllBytes(first.resolve(c.figure() + ext)));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void folderWithoutTheFileTheFigureNeedsIsRejectedNamingItAndWritesNothing(Case c) throws Exception {
        Path dir = FixtureSweep.copy(c.fixture(), tmp, "sweep");
        Files.delete(dir.resolve(c.needs()));
        Figures.Options options = new Figures.Options(EnumSet.allOf(FigureFormat.class), List.of(c.figure()),
                FigureWidth.DOUBLE);

        assertThatThrownBy(() -> Figures.render(dir, options)).isInstanceOf(InputException.class)
                .hasMessage(dir.resolve(c.needs()) + ": file is missing");
        assertThat(dir.resolve("figures")).doesNotExist();
    }

    @Test
    void summaryWithoutMeanColumnIsRejectedNamingFileAndColumn() throws Exception {
        Path dir = FixtureSweep.copy("grid", tmp, "sweep");
        Path summary = dir.resolve("summary.csv");
        Files.writeString(summary, Files.readString(summary).replaceFirst(",mean,", ",average,"));

        assertThatThrownBy(() -> Figures.render(dir, new Figures.Options(EnumSet.of(FigureFormat.SVG),
                List.of("sweep-lines"), FigureWidth.DOUBLE))).isInstanceOf(InputException.class)
                .hasMessage(summary + ": column 'mean' is missing");
    }

    @Test
    void allFiguresOfAGridSweepAreTheHeatmapLinesAndSeriesButNoSensitivity() throws Exception {
        Path dir = FixtureSweep.copy("grid", tmp, "sweep");

        List<Path> written = Figures.render(dir, new Figures.Options(EnumSet.of(FigureFormat.SVG), List.of(),
                FigureWidth.DOUBLE));

        assertThat(written).extracting(p -> p.getFileName().toString())
                .containsExactly("sweep-heatmap.svg", "sweep-lines.svg", "series-bands.svg");
    }

    @Test
    void allFiguresOfASobolSweepAreSensitivityAndSeriesButNoGridFigures() throws Exception {
        Path dir = FixtureSweep.copy("sobol", tmp, "sweep");

        List<Path> written = Figures.render(dir, new Figures.Options(EnumSet.of(FigureFormat.SVG), List.of(),
                FigureWidth.DOUBLE));

        assertThat(written).extracting(p -> p.getFileName().toString())
                .containsExactly("sensitivity.svg", "series-bands.svg");
    }

    @Test
    void heatmapWritesEachCellsMeanWhenThereAreFewCells() throws Exception {
        Path figures = draw(cases().findFirst().orElseThrow(), "sweep", FigureWidth.SINGLE, FigureFormat.SVG);

        // the first outcome's mean at salience 0.2, betrayal 0 in the fixture's summary.csv is 0.9333...
        assertThat(svgTexts(figures.resolve("sweep-heatmap.svg"))).contains(SweepCharts.value(firstMean()));
    }

    private static double firstMean() throws Exception {
        Path dir = Path.of(FixtureSweep.class.getResource("fixture-sweep-grid").toURI());
        String[] row = Files.readAllLines(dir.resolve("summary.csv")).get(1).split(",");
        return Double.parseDouble(row[6]);
    }

    private static final String TINY_GRID = """
            name: tiny
            seed: 3
            replicates: 2
            fixed: {rounds: 3, trust.noise: 0.01}
            design: {type: grid}
            factors:
              shock.salience: {values: [0.2, 0.5]}
              shock.betrayalAmplification: {values: [0, 1]}
            outcomes:
              - {name: eu_trust, metric: trust_in_usa_eu}
            """;

    private Path tinyGrid() throws IOException {
        Path file = tmp.resolve("grid.yaml");
        Files.writeString(file, "scenario: " + Path.of("scenarios/us-vote-2025.yaml").toAbsolutePath() + "\n"
                + TINY_GRID, StandardCharsets.UTF_8);
        return file;
    }

    private static void cli(String... args) {
        StringWriter err = new StringWriter();
        int status = Main.execute(args, new PrintWriter(new StringWriter()), new PrintWriter(err));
        assertThat(status).as(err.toString()).isZero();
    }

    @Test
    void sweepCommandDrawsTheFiguresIntoTheFinishedSweepFolder() throws Exception {
        Path out = tmp.resolve("out");

        cli("sweep", tinyGrid().toString(), "--threads", "1", "--out", out.toString());

        assertThat(out.resolve("figures")).isDirectory();
        for (String name : List.of("sweep-heatmap", "sweep-lines")) {
            for (String ext : List.of(".png", ".svg", ".pdf")) {
                assertThat(out.resolve("figures/" + name + ext)).isNotEmptyFile();
            }
        }
        assertThat(out.resolve("figures/sensitivity.svg")).doesNotExist();
        assertThat(out.resolve("figures/series-bands.svg")).doesNotExist();
        assertThat(Files.readString(out.resolve("manifest.json"))).doesNotContain("figures");
    }

    @Test
    void mergedShardsGetTheSameFigureBytesAsTheUnshardedSweep() throws Exception {
        Path file = tinyGrid();
        Path whole = tmp.resolve("whole");
        Path merged = tmp.resolve("merged");
        cli("sweep", file.toString(), "--threads", "2", "--out", whole.toString());
        cli("sweep", file.toString(), "--threads", "1", "--shard", "1/2", "--out", tmp.resolve("s1").toString());
        cli("sweep", file.toString(), "--threads", "1", "--shard", "2/2", "--out", tmp.resolve("s2").toString());

        cli("merge", tmp.resolve("s1").toString(), tmp.resolve("s2").toString(), "--out", merged.toString());

        assertThat(tmp.resolve("s1/figures")).doesNotExist();
        for (String f : List.of("sweep-heatmap.svg", "sweep-lines.svg", "sweep-heatmap.pdf", "sweep-lines.pdf")) {
            assertThat(Files.readAllBytes(merged.resolve("figures").resolve(f))).as(f)
                    .isEqualTo(Files.readAllBytes(whole.resolve("figures").resolve(f)));
        }
    }

    private static void assertPng(Path file, int width, int height) throws IOException {
        byte[] png = Files.readAllBytes(file);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(image.getWidth()).isEqualTo(width);
        assertThat(image.getHeight()).isEqualTo(height);
        IIOMetadataNode phys = (IIOMetadataNode) pngMetadata(png).getElementsByTagName("pHYs").item(0);
        assertThat(phys).as("pHYs chunk").isNotNull();
        assertThat(Math.round(Integer.parseInt(phys.getAttribute("pixelsPerUnitXAxis")) * 0.0254)).isEqualTo(300);
        assertThat(Math.round(Integer.parseInt(phys.getAttribute("pixelsPerUnitYAxis")) * 0.0254)).isEqualTo(300);
    }




}
