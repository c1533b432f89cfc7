package realign.charts;

import static realign.charts.FigureChecks.pngMetadata;
import static realign.charts.FigureChecks.svgTexts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import javax.imageio.metadata.IIOMetadataNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import realign.InputException;
import realign.world.Country;
import realign.world.World;
import realign.world.WorldLoader;

class MapFiguresTest {

    private static final List<String> NAMES = List.of(TrustMatrixFigure.NAME, NetworkFigure.NAME,
            WorldMapFigure.NAME);

    @TempDir
    static Path shared;

    /** Every figure drawn once per width in every format, for the tests that only read the files. */
    static Map<FigureWidth, Path> runs;

    @TempDir
    Path tmp;

    @BeforeAll
    static void drawFixtureAtBothWidths() throws Exception {
        runs = new EnumMap<>(FigureWidth.class);
        for (FigureWidth w : FigureWidth.values()) {
            Path run = MapFixtureRun.copy(shared, w.option());
            Figures.render(run, new Figures.Options(EnumSet.allOf(FigureFormat.class), NAMES, w));
            runs.put(w, run);
        }
    }

    static Stream<Arguments> figuresAndWidths() {
        List<Arguments> args = new ArrayList<>();
        for (String name : NAMES) {
            for (FigureWidth w : FigureWidth.values()) {
                args.add(Arguments.of(name, w));
            }
        }
        return args.stream();
    }

    private static Figure figure(String name) {
        return Figures.ALL.stream().filter(f -> f.name().equals(name)).findFirst().orElseThrow();
    }

    @ParameterizedTest(name = "{0} at {1} width")
    @MethodSource("figuresAndWidths")
    void everyMapFigureIsRegisteredAndDrawnAsPngSvgAndPdf(String name, FigureWidth width) {
        Path figures = runs.get(width).resolve("figures");

        assertThat(figure(name).source()).isEqualTo(Figure.Source.RUN);
        for (FigureFormat format : FigureFormat.values()) {
            assertThat(figures.resolve(name + "." + format.extension())).isRegularFile().isNotEmptyFile();
        }
    }

    @ParameterizedTest(name = "{0} at {1} width")
    @MethodSource("figuresAndWidths")
    void pngHasThePageSizeAt300Dpi(String name, FigureWidth width) throws Exception {
        byte[] png = Files.readAllBytes(runs.get(width).resolve("figures/" + name + ".png"));
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));

        assertThat(image.getWidth()).isEqualTo((int) Math.round(width.points() * 300 / 72));
        assertThat(image.getHeight()).isEqualTo((int) Math.round(figure(name).heightPt(width) * 300 / 72));
        IIOMetadataNode phys = (IIOMetadataNode) pngMetadata(png).getElementsByTagName("pHYs").item(0);
        assertThat(phys.getAttribute("unitSpecifier")).isEqualTo("meter");
        assertThat(phys.getAttribute("pixelsPerUnitXAxis")).isEqualTo("11811");
        assertThat(phys.getAttribute("pixelsPerUnitYAxis")).isEqualTo("11811");
    }

    @ParameterizedTest(name = "{0} at {1} width")
    @MethodSource("figuresAndWidths")
    void pdfIsOnePage(String name, FigureWidth width) throws Exception {
        String text = Files.readString(runs.get(width).resolve("figures/" + name + ".pdf"), StandardCharsets.ISO_8859_1);

        assertThat(text).startsWith("%PDF-");
        assertThat(Pattern.compile("/Type\\s*/Page(?![a-zA-Z])").matcher(text).results().count()).isEqualTo(1);
    }

    @ParameterizedTest(name = "{0} at {1} width")
    @MethodSource("figuresAndWidths")
    void vectorFilesStaySmall(String name, FigureWidth width) throws Exception {
        Path figures = runs.get(width).resolve("figures");

        assertThat(Files.size(figures.resolve(name + ".svg"))).isLessThan(1_500_000);
        assertThat(Files.size(figures.resolve(name + ".pdf"))).isLessThan(600_000);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"single", "double"})
    void trustMatrixSvgHasTheColourBarLabelRoundTitlesAndBlocLegendAsText(String width) throws Exception {
        List<String> texts = svgTexts(runs.get(FigureWidth.valueOf(width.toUpperCase(Locale.ROOT)))
                .resolve("figures/trust-matrix.svg"));

        assertThat(texts).contains(TrustMatrixFigure.COLOUR_BAR_LABEL, "Round 0: before", "bloc A (USA)",
                "bloc B (CHN)", "0", "0.5", "1");
        // the shock round is titled with its shocks (cut to the panel's width at single width)
        assertThat(texts).anyMatch(t -> t.startsWith("Round 1: ES-11-7"));
    }

    @Test
    void trustMatrixIsOneEmbeddedImagePerPanelInTheSvg() throws Exception {
        String svg = Files.readString(runs.get(FigureWidth.DOUBLE).resolve("figures/trust-matrix.svg"));

        assertThat(Pattern.compile("<image ").matcher(svg).results().count()).isEqualTo(2);
    }

    @Test
    void networkSvgHasBlocAndTieLegendsAndLabelsTheMostCapable() throws Exception {
        List<String> texts = svgTexts(runs.get(FigureWidth.DOUBLE).resolve("figures/network.svg"));

        assertThat(texts).contains("Round 0 (first)", "Round 3 (last)", "bloc A (USA)", "bloc B (CHN)",
                NetworkFigure.NEW_TIES_LEGEND, "multilateral", "USA", "CHN")
                .doesNotContain(NetworkFigure.TRADE_LEGEND, NetworkFigure.DEEPENED_TIES_LEGEND); // model v1: one layer
        // the ten most capable countries, labelled in each of the two panels
        assertThat(texts.stream().filter(t -> t.matches("[A-Z]{3}")).count()).isEqualTo(2L * NetworkFigure.LABELLED);
    }

    /** The map fixture as a run of model v2: both layers in ties.csv, the economic layer's size in rounds.csv. */
    static Path layeredRun(Path dir) throws Exception {
        Path run = MapFixtureRun.copy(dir, "layered");
        Files.writeString(run.resolve("ties.csv"), String.join("\n",
                "round,date,layer,a,b,event,value,reformed",
                "1,2025-02,security,CAN,USA,strengthened,0.1304,0",
                "1,2025-02,security,DEU,GBR,strengthened,0.0625,0",
                "2,2025-03,security,CAN,USA,dissolved,0.1891662,0", // its depth goes with it
                "2,2025-03,security,FRA,POL,strengthened,0.03,0",
                "2,2025-03,economic,CHN,JPN,formed,0.05,0",
                "3,2025-04,security,CAN,USA,formed,0.03805645,1",
                "3,2025-04,economic,DEU,FRA,strengthened,0.1211381,0",
                "3,2025-04,economic,GBR,IND,signed,2,0", ""));
        Path rounds = run.resolve("rounds.csv");
        List<String> lines = Files.readAllLines(rounds);
        List<String> out = new java.util.ArrayList<>();
        out.add(lines.get(0) + ",economic_ties");
        for (int i = 1; i < lines.size(); i++) {
            out.add(lines.get(i) + "," + (3381 + Math.max(0, i - 2)));
        }
        Files.write(rounds, out);
        return run;
    }

    @Test
    void networkMarksTiesDeepenedInTheRunAndDrawsTheRunsTradeAgreements() throws Exception {
        Path run = layeredRun(tmp);

        NetworkFigure.Changes changes = NetworkFigure.changes(RunRoundFiles.ties(run), 0, 3,
                RunRoundFiles.network(run, 3));

        assertThat(changes.deepened()).containsExactly("DEU-GBR", "FRA-POL");
        assertThat(changes.trade()).containsExactly("CHN-JPN", "DEU-FRA", "GBR-IND");
        assertThat(NetworkFigure.changes(RunRoundFiles.ties(run), 0, 1, RunRoundFiles.network(run, 3)).trade())
                .isEmpty();

        Figures.render(run, new Figures.Options(EnumSet.of(FigureFormat.SVG), List.of(NetworkFigure.NAME),
                FigureWidth.SINGLE));
        Path svg = run.resolve("figures/network.svg");
        assertThat(svgTexts(svg)).contains("security tie", NetworkFigure.DEEPENED_TIES_LEGEND,
                NetworkFigure.TRADE_LEGEND, "(the 3381 of the first round not drawn)", "node area \u221d capability");
        String text = Files.readString(svg);
        // legend swatch and the drawn path each: reddish purple for trade, black for the deepened ties
        assertThat(Pattern.compile("rgb\\(204,121,167\\)").matcher(text).results().count()).isGreaterThanOrEqualTo(2);
        assertThat(Pattern.compile("stroke=\"rgb\\(0,0,0\\)\"|stroke:rgb\\(0,0,0\\)").matcher(text).results().count())
                .isGreaterThanOrEqualTo(2);
    }

    @Test
    void worldMapDrawsTheRunsChangesOfBothLayersOverTheLastPanel() throws Exception {
        Path run = layeredRun(tmp);

        Map<WorldMapFigure.Line, java.util.SortedSet<String>> last = WorldMapFigure.lines(run, 3);
        Map<WorldMapFigure.Line, java.util.SortedSet<String>> before = WorldMapFigure.lines(run, 2);

        assertThat(last.get(WorldMapFigure.Line.FORMED)).containsExactly("CAN-USA"); // re-formed in round 3
        assertThat(last.get(WorldMapFigure.Line.DEEPENED)).containsExactly("DEU-GBR", "FRA-POL");
        assertThat(last.get(WorldMapFigure.Line.ENDED)).isEmpty();
        assertThat(last.get(WorldMapFigure.Line.TRADE)).containsExactly("CHN-JPN", "DEU-FRA", "GBR-IND");
        assertThat(before.get(WorldMapFigure.Line.ENDED)).containsExactly("CAN-USA"); // its depth went with it
        assertThat(before.get(WorldMapFigure.Line.DEEPENED)).containsExactly("DEU-GBR", "FRA-POL");
        assertThat(before.get(WorldMapFigure.Line.TRADE)).containsExactly("CHN-JPN");

        Figures.render(run, new Figures.Options(EnumSet.of(FigureFormat.SVG), List.of(WorldMapFigure.NAME),
                FigureWidth.SINGLE));
        Path svg = run.resolve("figures/world-map.svg");
        assertThat(svgTexts(svg)).contains(WorldMapFigure.LINES_HEAD, WorldMapFigure.FORMED_LEGEND,
                WorldMapFigure.DEEPENED_LEGEND, WorldMapFigure.ENDED_LEGEND, WorldMapFigure.TRADE_LEGEND);
        // the legend's sample and the path of the three trade agreements
        assertThat(Pattern.compile("stroke:rgb\\(204,121,167\\)").matcher(Files.readString(svg)).results().count())
                .isEqualTo(2);
    }

    @Test
    void worldMapSvgHasALegendNamingBlocsAfterTheirStrongestMember() throws Exception {
        List<String> texts = svgTexts(runs.get(FigureWidth.DOUBLE).resolve("figures/world-map.svg"));

        assertThat(texts).contains("Round 0 (before the shock)", "Round 3 (last)", "bloc A, led by United States",
                "bloc B, led by China", WorldMapFigure.NOT_A_MEMBER);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"trust-matrix", "network", "world-map"})
    void sameInputGivesIdenticalSvgBytes(String name) throws Exception {
        Path first = MapFixtureRun.copy(tmp, "first");
        Path second = MapFixtureRun.copy(tmp, "second");
        Figures.Options svg = new Figures.Options(EnumSet.of(FigureFormat.SVG), List.of(name), FigureWidth.SINGLE);

        Figures.render(first, svg);
        Figures.render(second, svg);

        assertThat(Files.readAllBytes(second.resolve("figures/" + name + ".svg")))
                .isEqualTo(Files.readAllBytes(first.resolve("figures/" + name + ".svg")));
    }

    @Test
    void trustMatrixOfARunWithoutShockShowsTheLastRoundsMatrix() throws Exception {
        Path run = MapFixtureRun.copy(tmp, "run");
        ObjectMapper json = new ObjectMapper();
        ObjectNode manifest =
                (ObjectNode) json.readTree(run.resolve("manifest.json").toFile());
        ((ObjectNode) manifest.get("scenario")).putArray("shocks");
        json.writeValue(run.resolve("manifest.json").toFile(), manifest);

        Figures.render(run, new Figures.Options(EnumSet.of(FigureFormat.SVG), List.of(TrustMatrixFigure.NAME),
                FigureWidth.DOUBLE));

        assertThat(svgTexts(run.resolve("figures/trust-matrix.svg"))).contains("Round 0: before",
                "Round 1: last (no shock)");
    }

    @Test
    void trustMatrixWithoutTheShockRoundsMatrixIsRejectedNamingIt() throws Exception {
        Path run = MapFixtureRun.copy(tmp, "run");
        Files.delete(run.resolve("trust-round-1.csv"));

        assertRejected(run, TrustMatrixFigure.NAME, run.resolve("trust-round-1.csv") + ": file is missing");
    }

    @Test
    void trustMatrixWithoutBlocsCsvIsRejectedNamingIt() throws Exception {
        Path run = MapFixtureRun.copy(tmp, "run");
        Files.delete(run.resolve("blocs.csv"));

        assertRejected(run, TrustMatrixFigure.NAME, run.resolve("blocs.csv") + ": file is missing");
    }

    @Test
    void networkWithoutGraphmlFilesIsRejectedNamingTheFirstRoundsFile() throws Exception {
        Path run = MapFixtureRun.copy(tmp, "run");
        Files.delete(run.resolve("network-round-0.graphml"));
        Files.delete(run.resolve("network-round-3.graphml"));

        assertThat(figure(NetworkFigure.NAME).appliesTo(run)).isFalse();
        assertRejected(run, NetworkFigure.NAME, run.resolve("network-round-0.graphml").toString());
    }

    @Test
    void worldMapWithoutCountriesCsvIsRejectedNamingIt() throws Exception {
        Path run = MapFixtureRun.copy(tmp, "run");
        Files.delete(run.resolve("countries.csv"));

        assertThat(figure(WorldMapFigure.NAME).appliesTo(run)).isFalse();
        assertRejected(run, WorldMapFigure.NAME, run.resolve("countries.csv") + ": file is missing");
    }

    @Test
    void mapResourceHasOutlinesForAtLeast170UnMembers() {
        World world = WorldLoader.loadShipped();
        CountryOutlines outlines = CountryOutlines.shipped();

        long covered = world.countries().stream().filter(c -> outlines.has(c.iso3())).count();

        assertThat(world.size()).isEqualTo(193);
        assertThat(covered).isGreaterThanOrEqualTo(170);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"single", "double"})
    void everyUnMemberIsDrawnAsAnOutlineOrADot(String width) {
        World world = WorldLoader.loadShipped();
        CountryOutlines outlines = CountryOutlines.shipped();
        Map<String, WorldMapFigure.Mark> marks = WorldMapFigure.marks(
                FigureWidth.valueOf(width.toUpperCase(Locale.ROOT)).points());

        assertThat(marks).hasSize(193);
        for (Country c : world.countries()) {
            assertThat(marks).containsKey(c.iso3());
            if (!outlines.has(c.iso3())) {
                assertThat(marks.get(c.iso3())).as(c.iso3()).isEqualTo(WorldMapFigure.Mark.DOT);
            }
        }
        assertThat(marks.get("TUV")).isEqualTo(WorldMapFigure.Mark.DOT);
        assertThat(marks.get("USA")).isEqualTo(WorldMapFigure.Mark.OUTLINE);
    }

    @Test
    void viridisRunsFromDarkPurpleToYellowAndNaNIsWhite() {
        assertThat(MapCanvas.viridisRgb(0)).isEqualTo(0x440154);
        assertThat(MapCanvas.viridisRgb(1)).isEqualTo(0xFDE725);
        assertThat(MapCanvas.viridisRgb(2)).isEqualTo(0xFDE725);
        assertThat(MapCanvas.viridisRgb(Double.NaN)).isEqualTo(0xFFFFFF);
    }

    private static void assertRejected(Path run, String name, String message) {
        assertThatThrownBy(() -> Figures.render(run, new Figures.Options(EnumSet.allOf(FigureFormat.class),
                List.of(name), FigureWidth.DOUBLE))).isInstanceOf(InputException.class).hasMessageContaining(message);
        assertThat(run.resolve("figures")).doesNotExist();
    }



}
