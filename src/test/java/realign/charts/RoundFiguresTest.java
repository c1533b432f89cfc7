package realign.charts;

import static realign.charts.FigureChecks.pngMetadata;
import static realign.charts.FigureChecks.svgTexts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
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
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import realign.InputException;

/** The run figures over the rounds, drawn from the committed fixture-run-full folder. */
class RoundFiguresTest {

    static final List<String> NAMES = List.of(BlocsOverTimeFigure.NAME, TrustInUsFigure.NAME, TiesPerRoundFigure.NAME,
            SupportDeficitFigure.NAME);

    @TempDir
    static Path shared;

    /** The fixture drawn once per width, every figure in every format. */
    static Map<FigureWidth, Path> drawn = new EnumMap<>(FigureWidth.class);

    @TempDir
    Path tmp;

    @BeforeAll
    static void drawFixtureAtBothWidths() throws Exception {
        for (FigureWidth width : FigureWidth.values()) {
            Path dir = copyFixture(shared, width.option());
            Figures.render(dir, new Figures.Options(EnumSet.allOf(FigureFormat.class), NAMES, width));
            drawn.put(width, dir);
        }
    }

    static Stream<Arguments> figuresAtBothWidths() {
        List<Arguments> out = new ArrayList<>();
        for (String name : NAMES) {
            for (FigureWidth width : FigureWidth.values()) {
                out.add(Arguments.of(name, width));
            }
        }
        return out.stream();
    }

    @Test
    void everyFigureIsRegisteredAsARunFigure() {
        for (String name : NAMES) {
            assertThat(figure(name).source()).as(name).isEqualTo(Figure.Source.RUN);
        }
    }

    @ParameterizedTest
    @MethodSource("figuresAtBothWidths")
    void pngHasTheFigureSizeAt300Dpi(String name, FigureWidth width) throws Exception {
        Path png = drawn.get(width).resolve("figures/" + name + ".png");
        BufferedImage image = ImageIO.read(png.toFile());

        assertThat(image.getWidth()).isEqualTo((int) Math.round(width.points() * 300 / 72));
        assertThat(image.getHeight()).isEqualTo((int) Math.round(figure(name).heightPt(width) * 300 / 72));
        IIOMetadataNode phys = (IIOMetadataNode) pngMetadata(png).getElementsByTagName("pHYs").item(0);
        assertThat(phys).as("pHYs chunk").isNotNull();
        assertThat(phys.getAttribute("unitSpecifier")).isEqualTo("meter");
        assertThat(phys.getAttribute("pixelsPerUnitXAxis")).isEqualTo("11811");
        assertThat(phys.getAttribute("pixelsPerUnitYAxis")).isEqualTo("11811");
    }

    @ParameterizedTest
    @MethodSource("figuresAtBothWidths")
    void svgIsXmlWithTheAxisTitlesAndLegendEntriesAsText(String name, FigureWidth width) throws Exception {
        List<String> texts = svgTexts(drawn.get(width).resolve("figures/" + name + ".svg"));

        assertThat(texts).contains(RunCharts.ROUND_AXIS);
        switch (name) {
            case BlocsOverTimeFigure.NAME -> assertThat(texts).contains(BlocsOverTimeFigure.MEMBERS_AXIS, "Capability (%)",
                    "Bloc A (USA)", "Bloc B (CHN)").noneMatch(t -> t.startsWith("Bloc C"));
            case TrustInUsFigure.NAME -> assertThat(texts).contains("Mean trust in the U.S. (0–1)", "EU", "NATO-Europe",
                    "AUS", "1  round 1  ES-11-7, ES-11-8");
            case TiesPerRoundFigure.NAME -> assertThat(texts).contains(TiesPerRoundFigure.SECURITY_AXIS, "formed", "dissolved")
                    .doesNotContain(TiesPerRoundFigure.TRADE_AXIS) // a run of model v1: no layer column
                    .anyMatch(t -> t.matches("\u2212\\d+")); // dissolved ties below zero, labelled with a minus
            case SupportDeficitFigure.NAME -> assertThat(texts).contains("Support (% of need)", "CAN", "JPN", "AUS",
                    "seeks below", "SGP").doesNotContain("EU", "NATO-Europe");
            default -> throw new AssertionError(name);
        }
    }

    @ParameterizedTest
    @MethodSource("figuresAtBothWidths")
    void svgHasTheFigureSizeInPoints(String name, FigureWidth width) throws Exception {
        String svg = Files.readString(drawn.get(width).resolve("figures/" + name + ".svg"), StandardCharsets.UTF_8);

        assertThat(svg).contains("width='" + width.points() + "pt' height='" + figure(name).heightPt(width) + "pt'");
    }

    @ParameterizedTest
    @MethodSource("figuresAtBothWidths")
    void pdfIsOnePage(String name, FigureWidth width) throws Exception {
        String text = Files.readString(drawn.get(width).resolve("figures/" + name + ".pdf"), StandardCharsets.ISO_8859_1);

        assertThat(text).startsWith("%PDF-");
        assertThat(Pattern.compile("/Type\\s*/Page(?![a-zA-Z])").matcher(text).results().count()).isEqualTo(1);
    }

    @ParameterizedTest
    @EnumSource(FigureWidth.class)
    void sameRunGivesIdenticalSvgBytes(FigureWidth width) throws Exception {
        Path again = copyFixture(tmp, "again");
        Figures.render(again, new Figures.Options(EnumSet.of(FigureFormat.SVG), NAMES, width));

        for (String name : NAMES) {
            Path svg = Path.of("figures", name + ".svg");
            assertThat(Files.readAllBytes(again.resolve(svg))).as(name)
                    .isEqualTo(Files.readAllBytes(drawn.get(width).resolve(svg)));
        }
    }

    static Stream<Arguments> neededFiles() {
        return Stream.of(
                Arguments.of(BlocsOverTimeFigure.NAME, "blocs.csv"),
                Arguments.of(TrustInUsFigure.NAME, "rounds.csv"),
                Arguments.of(TrustInUsFigure.NAME, "manifest.json"),
                Arguments.of(TiesPerRoundFigure.NAME, "rounds.csv"),
                Arguments.of(TiesPerRoundFigure.NAME, "ties.csv"),
                Arguments.of(SupportDeficitFigure.NAME, "countries.csv"),
                Arguments.of(SupportDeficitFigure.NAME, "ties.csv"),
                Arguments.of(SupportDeficitFigure.NAME, "manifest.json"));
    }

    @ParameterizedTest
    @MethodSource("neededFiles")
    void aMissingFileIsAnInputExceptionNamingIt(String name, String file) throws Exception {
        Path run = copyFixture(tmp, "run");
        Files.delete(run.resolve(file));

        assertThatThrownBy(() -> figure(name).prepare(run, FigureWidth.SINGLE)).isInstanceOf(InputException.class)
                .hasMessageContaining(run.resolve(file).toString()).hasMessageContaining("missing");
    }

    @ParameterizedTest
    @ValueSource(strings = {"round", "event", "value"})
    void tiesPerRoundWithoutItsColumnNamesTheColumn(String column) throws Exception {
        Path run = copyFixture(tmp, "run");
        Path ties = run.resolve("ties.csv");
        Files.writeString(ties, Files.readString(ties).replaceFirst(column, "renamed"));

        assertThatThrownBy(() -> figure(TiesPerRoundFigure.NAME).prepare(run, FigureWidth.DOUBLE))
                .isInstanceOf(InputException.class).hasMessageContaining(ties + ": column '" + column + "' is missing");
    }

    @Test
    void supportDeficitWithoutDeficitToleranceNamesTheParameter() throws Exception {
        Path run = copyFixture(tmp, "run");
        Path manifest = run.resolve("manifest.json");
        Files.writeString(manifest, Files.readString(manifest).replace("\"renegotiation.deficitTolerance\"",
                "\"renamed\""));

        assertThatThrownBy(() -> figure(SupportDeficitFigure.NAME).prepare(run, FigureWidth.DOUBLE))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("scenario.parameters.renegotiation.deficitTolerance' is missing");
    }

    @Test
    void blocsAreNamedAfterTheirMostCapableMemberAndStackToAllCountries() throws Exception {
        BlocsOverTimeFigure.Data data = BlocsOverTimeFigure.read(drawn.get(FigureWidth.DOUBLE));

        assertThat(data.rounds()).containsExactly(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
        assertThat(data.blocs()).extracting(BlocsOverTimeFigure.Bloc::legend).containsExactly("Bloc A (USA)",
                "Bloc B (CHN)");
        for (int r = 0; r < data.rounds().length; r++) {
            final int round = r;
            assertThat(data.blocs().stream().mapToInt(b -> b.sizes()[round]).sum()).isEqualTo(193);
            assertThat(data.blocs().stream().mapToDouble(b -> b.shares()[round]).sum()).isCloseTo(1.0,
                    org.assertj.core.data.Offset.offset(1e-6));
        }
    }

    @Test
    void tiesPerRoundReadsFormedAndDissolvedTiesOfEachRound() throws Exception {
        TiesPerRoundFigure.Data data = TiesPerRoundFigure.read(drawn.get(FigureWidth.DOUBLE));
        TiesPerRoundFigure.Panel security = data.panels().get(0);

        assertThat(data.panels()).hasSize(1); // model v1: security ties only
        assertThat(security.count(TiesPerRoundFigure.Event.FORMED, 0)).isZero();
        assertThat(security.count(TiesPerRoundFigure.Event.FORMED, 1)).isEqualTo(12); // ties_formed of rounds.csv
        assertThat(security.count(TiesPerRoundFigure.Event.DISSOLVED, 1)).isEqualTo(3);
    }

    @Test
    void tiesPerRoundCountsEachLayerAndKindOfEventTheShocksOwnRowsIncluded() throws Exception {
        Path run = copyFixture(tmp, "run");
        Files.writeString(run.resolve("ties.csv"), String.join("\n",
                "round,date,layer,a,b,event,value,reformed",
                "1,2025-02,security,CHN,PRK,dissolved,0.22803,0",
                "1,2025-02,security,DEU,GBR,strengthened,0.06251809,0",
                "2,2025-03,security,ALB,USA,left,0,0",
                "2,2025-03,security,BEL,USA,left,0,0",
                "2,2025-03,security,CAN,USA,left,1,0", // keeps its treaty tie: nothing ended
                "2,2025-03,security,FIN,SWE,joined,1,0",
                "2,2025-03,economic,GBR,IND,signed,2,0",
                "3,2025-04,security,TUR,UKR,formed,0.01011465,0",
                "3,2025-04,economic,DEU,FRA,strengthened,0.1211381,0",
                "3,2025-04,economic,CHN,JPN,formed,0.05,0",
                "3,2025-04,economic,CHN,KOR,formed,0.04,0", ""));

        TiesPerRoundFigure.Data data = TiesPerRoundFigure.read(run);

        assertThat(data.panels()).extracting(TiesPerRoundFigure.Panel::axis)
                .containsExactly(TiesPerRoundFigure.SECURITY_AXIS, TiesPerRoundFigure.TRADE_AXIS);
        TiesPerRoundFigure.Panel security = data.panels().get(0);
        TiesPerRoundFigure.Panel trade = data.panels().get(1);
        assertThat(security.count(TiesPerRoundFigure.Event.DISSOLVED, 1)).isEqualTo(1);
        assertThat(security.count(TiesPerRoundFigure.Event.STRENGTHENED, 1)).isEqualTo(1);
        assertThat(security.count(TiesPerRoundFigure.Event.LEFT, 2)).isEqualTo(2);
        assertThat(security.count(TiesPerRoundFigure.Event.SHOCK, 2)).isEqualTo(1);
        assertThat(security.count(TiesPerRoundFigure.Event.FORMED, 3)).isEqualTo(1);
        assertThat(trade.count(TiesPerRoundFigure.Event.SHOCK, 2)).isEqualTo(1);
        assertThat(trade.count(TiesPerRoundFigure.Event.STRENGTHENED, 3)).isEqualTo(1);
        assertThat(trade.count(TiesPerRoundFigure.Event.FORMED, 3)).isEqualTo(2);
        assertThat(trade.count(TiesPerRoundFigure.Event.FORMED, 2)).isZero();
        assertThat(data.legend()).containsExactly(TiesPerRoundFigure.Event.values());

        Figures.render(run, new Figures.Options(EnumSet.of(FigureFormat.SVG), List.of(TiesPerRoundFigure.NAME),
                FigureWidth.SINGLE));
        assertThat(svgTexts(run.resolve("figures/" + TiesPerRoundFigure.NAME + ".svg"))).contains(
                TiesPerRoundFigure.SECURITY_AXIS, TiesPerRoundFigure.TRADE_AXIS, "formed", "strengthened (deepened)",
                "joined or signed (shock)", "dissolved", "ended by a leave (shock)");
    }

    @Test
    void tiesPerRoundSaysSoWhenALayerHasNoEvents() throws Exception {
        Path run = copyFixture(tmp, "run");
        Files.writeString(run.resolve("ties.csv"), "round,date,layer,a,b,event,value,reformed\n"
                + "1,2025-02,security,DEU,GBR,strengthened,0.06251809,0\n");

        Figures.render(run, new Figures.Options(EnumSet.of(FigureFormat.SVG), List.of(TiesPerRoundFigure.NAME),
                FigureWidth.DOUBLE));

        List<String> texts = svgTexts(run.resolve("figures/" + TiesPerRoundFigure.NAME + ".svg"));
        assertThat(texts).contains(TiesPerRoundFigure.TRADE_AXIS);
        assertThat(texts.stream().filter(TiesPerRoundFigure.NONE::equals).count()).isEqualTo(1); // trade only
    }

    @Test
    void tiesPerRoundNamesTheLineOfAnEventItDoesNotKnow() throws Exception {
        Path run = copyFixture(tmp, "run");
        Path ties = run.resolve("ties.csv");
        Files.writeString(ties, "round,date,layer,a,b,event,value,reformed\n1,2025-02,security,CHN,PRK,broken,0.2,0\n");

        assertThatThrownBy(() -> figure(TiesPerRoundFigure.NAME).prepare(run, FigureWidth.DOUBLE))
                .isInstanceOf(InputException.class).hasMessageContaining(ties + ":2: column 'event'")
                .hasMessageContaining("got 'broken'");
    }

    @Test
    void trustInUsNamesLinesFromTheManifestAndJoinsShocksOfOneRound() throws Exception {
        TrustInUsFigure.Data data = TrustInUsFigure.read(drawn.get(FigureWidth.DOUBLE));

        assertThat(data.lines()).extracting(TrustInUsFigure.Line::name).containsExactly("EU", "NATO-Europe", "CAN",
                "GBR", "JPN", "KOR", "AUS");
        assertThat(data.shocks()).extracting(ShockBand.Shock::round).containsExactly(1, 3, 9);
        assertThat(data.shocks().get(0).label()).isEqualTo("ES-11-7, ES-11-8");
    }

    @Test
    void shocksOutsideTheRoundsOfTheRunAreLeftOut() {
        List<ShockBand.Shock> shocks = ShockBand.byRound(List.of(new RunManifest.Shock(1, "a"),
                new RunManifest.Shock(12, "late")), 0, 10);

        assertThat(shocks).containsExactly(new ShockBand.Shock(1, "a"));
    }

    @Test
    void aShockLabelTooLongForItsSpaceIsCutAtAWordWithAnEllipsis() {
        BufferedImage image = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB);
        Graphics2D g2 = image.createGraphics();
        try {
            Font font = FigureStyle.MARKER_FONT;
            FontMetrics fm = g2.getFontMetrics(font);
            String label = "U.S. tariffs on the EU, Canada, Japan and Korea";
            double full = fm.getStringBounds(label, g2).getWidth();

            assertThat(ShockBand.fit(label, full, fm, g2)).isEqualTo(label);
            String cut = ShockBand.fit(label, full * 0.6, fm, g2);
            assertThat(cut).endsWith("…").doesNotContain(",…");
            assertThat(label).startsWith(cut.substring(0, cut.length() - 1));
            assertThat(fm.getStringBounds(cut, g2).getWidth()).isLessThanOrEqualTo(full * 0.6);
            assertThat(ShockBand.fit(label, 1, fm, g2)).isEmpty();
        } finally {
            g2.dispose();
        }
    }

    @Test
    void supportDeficitShowsSingleCountryFocusGroupsWithThePartnersOfEachRound() throws Exception {
        SupportDeficitFigure.Data data = SupportDeficitFigure.read(drawn.get(FigureWidth.DOUBLE));

        assertThat(data.delta()).isEqualTo(0.05);
        assertThat(data.countries()).extracting(SupportDeficitFigure.Country::iso3).containsExactly("CAN", "GBR", "JPN",
                "KOR", "AUS");
        SupportDeficitFigure.Country japan = data.countries().get(2);
        assertThat(japan.colourIndex()).isEqualTo(4);
        assertThat(japan.share()[0]).isEqualTo(100.0);
        assertThat(japan.gains().get(0)).isEqualTo(new PartnerLabels.Gain(1, "SGP"));
        assertThat(japan.gains()).extracting(PartnerLabels.Gain::round).isSorted().doesNotHaveDuplicates();
    }

    @Test
    void supportDeficitDoesNotApplyWithoutASingleCountryFocusGroup() throws Exception {
        Path run = copyFixture(tmp, "run");
        Path manifest = run.resolve("manifest.json");
        // every focus group of one member gets a second one
        Files.writeString(manifest, Files.readString(manifest).replaceAll("\"members\" : \\[ \"([A-Z]{3})\" \\]",
                "\"members\" : [ \"$1\", \"USA\" ]"));

        assertThat(figure(SupportDeficitFigure.NAME).appliesTo(run)).isFalse();
        assertThatThrownBy(() -> figure(SupportDeficitFigure.NAME).prepare(run, FigureWidth.DOUBLE))
                .isInstanceOf(InputException.class).hasMessageContaining("scenario.focus");
    }

    @Test
    void trustInUsDoesNotApplyToARunWithoutFocusGroups() throws Exception {
        Path run = copyFixture(tmp, "run");
        Path rounds = run.resolve("rounds.csv");
        Files.writeString(rounds, Files.readString(rounds).replace("trust_in_usa_", "other_"));

        assertThat(figure(TrustInUsFigure.NAME).appliesTo(run)).isFalse();
        assertThat(figure(TrustInUsFigure.NAME).appliesTo(drawn.get(FigureWidth.DOUBLE))).isTrue();
        assertThatThrownBy(() -> figure(TrustInUsFigure.NAME).prepare(run, FigureWidth.DOUBLE))
                .isInstanceOf(InputException.class).hasMessageContaining("column 'trust_in_usa_*' is missing");
    }

    static Figure figure(String name) {
        return Figures.ALL.stream().filter(f -> f.name().equals(name)).findFirst().orElseThrow();
    }

    /** A fresh copy of src/test/resources/realign/charts/fixture-run-full in {@code dir}/{@code name}. */
    static Path copyFixture(Path dir, String name) throws IOException {
        return FixtureRun.copy("fixture-run-full", dir, name);
    }



}
