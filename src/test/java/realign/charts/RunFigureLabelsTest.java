package realign.charts;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.Stroke;
import java.awt.font.FontRenderContext;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeriesCollection;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * What the run figures say with words, colours and ticks, on the three-shock fixture (fixture-run-full:
 * shocks in rounds 1, 3 and 9): shocks named and never overprinted, a round axis that does not pretend there is
 * one shock, one colour and line style per focus group, signed counts, and every trust matrix written drawn.
 */
class RunFigureLabelsTest {

    private static final List<String> NAMES = List.of(RunFigures.OVERVIEW, TrustInUsFigure.NAME,
            TiesPerRoundFigure.NAME, BlocsOverTimeFigure.NAME, SupportDeficitFigure.NAME);
    private static final Set<Paint> OKABE_ITO = Set.of(FigureStyle.BLACK, FigureStyle.ORANGE, FigureStyle.SKY_BLUE,
            FigureStyle.BLUISH_GREEN, FigureStyle.YELLOW, FigureStyle.BLUE, FigureStyle.VERMILLION,
            FigureStyle.REDDISH_PURPLE);

    @TempDir
    static Path shared;

    @TempDir
    Path tmp;

    static Map<FigureWidth, Path> drawn = new EnumMap<>(FigureWidth.class);

    @BeforeAll
    static void drawTheThreeShockFixtureAtBothWidths() throws Exception {
        for (FigureWidth width : FigureWidth.values()) {
            Path dir = FixtureRun.copy("fixture-run-full", shared, width.option());
            Files.delete(dir.resolve("README.md"));
            Figures.render(dir, new Figures.Options(EnumSet.of(FigureFormat.SVG), NAMES, width));
            drawn.put(width, dir);
        }
    }

    @ParameterizedTest(name = "{0} width")
    @EnumSource(FigureWidth.class)
    void overviewNamesEachShockRoundOnceWithItsShocksLabels(FigureWidth width) throws Exception {
        List<Text> texts = texts(drawn.get(width).resolve("figures/run-overview.svg"));
        List<String> words = texts.stream().map(Text::text).toList();

        assertThat(words).doesNotContain("shock");
        // three shock rounds: numbered lines and a key naming each (not labels that hide one another)
        assertThat(words).contains("1", "2", "3");
        assertThat(words).anyMatch(t -> t.matches("1 +round 1 +ES-11-7, ES-11-8"));
        assertThat(words).anyMatch(t -> t.matches("2 +round 3 +U\\.S\\. t.*")); // the tariffs (round 3)
        assertThat(words).anyMatch(t -> t.matches("3 +round 9 +U\\.S\\. t.*")); // and the troops (round 9)
    }

    @ParameterizedTest(name = "{0} width")
    @EnumSource(FigureWidth.class)
    void noTwoLabelsOfARunFigureOverlap(FigureWidth width) throws Exception {
        for (String name : NAMES) {
            assertNoOverlap(texts(drawn.get(width).resolve("figures/" + name + ".svg")), name + " at " + width);
        }
    }

    private static void assertNoOverlap(List<Text> texts, String figure) {
        for (int i = 0; i < texts.size(); i++) {
            for (int j = i + 1; j < texts.size(); j++) {
                Text a = texts.get(i);
                Text b = texts.get(j);
                boolean sameLine = Math.abs(a.y() - b.y()) < Math.min(a.size(), b.size()) * 0.8;
                boolean overlap = a.x() < b.x() + b.width() - 0.5 && b.x() < a.x() + a.width() - 0.5;
                assertThat(sameLine && overlap).as("%s: '%s' and '%s' overlap", figure, a.text(), b.text())
                        .isFalse();
            }
        }
    }

    /** 24 rounds, shocks crowded into rounds 1, 2 and 3 and at the edge: where "shock" labels ran together. */
    @ParameterizedTest(name = "{0} width")
    @EnumSource(FigureWidth.class)
    void crowdedShockLabelsOfTheOverviewNeitherOverlapNorLeaveARoundUnnamed(FigureWidth width) throws Exception {
        Path run = Files.createDirectories(tmp.resolve("crowded"));
        StringBuilder rounds = new StringBuilder("round,shocks,trust_in_usa_eu\n");
        StringBuilder blocs = new StringBuilder("round,bloc,name,size\n");
        for (int r = 0; r <= 24; r++) {
            int shocks = r == 1 ? 2 : r == 2 || r == 3 || r == 23 ? 1 : 0;
            rounds.append(r).append(',').append(shocks).append(',').append(0.9 - r / 100.0).append('\n');
            blocs.append(r).append(",A,USA,150\n").append(r).append(",B,CHN,43\n");
        }
        Files.writeString(run.resolve("rounds.csv"), rounds);
        Files.writeString(run.resolve("blocs.csv"), blocs);
        Files.writeString(run.resolve("manifest.json"), """
                {"scenario": {"focus": [{"name": "EU", "column": "trust_in_usa_eu", "members": []}], "shocks": [
                  {"round": 1, "label": "ES-11-7"}, {"round": 1, "label": "ES-11-8"},
                  {"round": 2, "label": "G7 statement vote"}, {"round": 3, "label": "U.S. tariffs on the EU"},
                  {"round": 23, "label": "U.S. troop withdrawal from Europe announced"}]}}
                """);
        Figures.render(run, new Figures.Options(EnumSet.of(FigureFormat.SVG), List.of(RunFigures.OVERVIEW), width));

        List<Text> texts = texts(run.resolve("figures/run-overview.svg"));
        assertNoOverlap(texts, "crowded run-overview at " + width);
        List<String> words = texts.stream().map(Text::text).toList();
        assertThat(words).doesNotContain("shock");
        // every shock round is named: its number at its line, and the key's line with its labels
        String troops = width == FigureWidth.SINGLE ? "U.S. troop withdrawal from…"
                : "U.S. troop withdrawal from Europe announced";
        assertThat(words).contains("1", "2", "3", "4", "1  round 1  ES-11-7, ES-11-8", "2  round 2  G7 statement vote",
                "3  round 3  U.S. tariffs on the EU", "4  round 23  " + troops);
    }

    @Test
    void oneOrTwoShockRoundsAreLabelledInTheBandWithoutAKey() {
        assertThat(ShockBand.key(List.of(new ShockBand.Shock(1, "ES-11-7"), new ShockBand.Shock(3, "tariffs")), null,
                FigureWidth.DOUBLE)).isNull();
        assertThat(ShockBand.key(List.of(new ShockBand.Shock(1, "a"), new ShockBand.Shock(2, "b"),
                new ShockBand.Shock(3, "c")), null, FigureWidth.DOUBLE).getText()).isEqualTo(
                        "1  round 1  a\n2  round 2  b\n3  round 3  c");
        assertThat(ShockBand.cut("U.S. reciprocal tariff on the EU (20%), U.S. reciprocal tariff on Japan", 30))
                .isEqualTo("U.S. reciprocal tariff on the…");
    }

    @ParameterizedTest(name = "{0} width")
    @EnumSource(FigureWidth.class)
    void theRoundAxisSaysRoundsAreMonthsNotMonthsAfterTheShock(FigureWidth width) throws Exception {
        for (String name : NAMES) {
            List<String> words = texts(drawn.get(width).resolve("figures/" + name + ".svg")).stream()
                    .map(Text::text).toList();
            assertThat(words).as(name).contains("Round (months)").noneMatch(t -> t.contains("after the shock"));
        }
    }

    /**
     * A run written with the date column (rounds.csv, docs/outputs.md) has its months on the round axis of every
     * run figure, from its own start, and they do not overlap; the fixture above, written before that column,
     * keeps round numbers.
     */
    @ParameterizedTest(name = "{0} width")
    @EnumSource(FigureWidth.class)
    void aRunWithDatesHasMonthTicksFromItsStartOnEveryRunFigure(FigureWidth width) throws Exception {
        Path dir = FixtureRun.copy("fixture-run-full", tmp, "dated");
        Files.delete(dir.resolve("README.md"));
        Path rounds = dir.resolve("rounds.csv");
        List<String> lines = Files.readAllLines(rounds);
        List<String> dated = new ArrayList<>(List.of(lines.get(0).replaceFirst("^round,", "round,date,")));
        for (String line : lines.subList(1, lines.size())) {
            int round = Integer.parseInt(line.substring(0, line.indexOf(',')));
            dated.add(line.replaceFirst("^(\\d+),", "$1," + java.time.YearMonth.of(2024, 11).plusMonths(round - 1L) + ","));
        }
        Files.write(rounds, dated);

        Figures.render(dir, new Figures.Options(EnumSet.of(FigureFormat.SVG), NAMES, width));

        for (String name : NAMES) {
            List<Text> texts = texts(dir.resolve("figures/" + name + ".svg"));
            List<String> words = texts.stream().map(Text::text).toList();
            assertThat(words).as(name).contains(RunCharts.MONTH_AXIS).doesNotContain(RunCharts.ROUND_AXIS)
                    .contains("Oct 2024").anyMatch(t -> t.matches("[A-Z][a-z]{2} 2025"));
            assertNoOverlap(texts, name + " with months at " + width);
        }
    }

    @Test
    void everyFocusGroupHasItsOwnOkabeItoColourAndLineStyle() {
        List<String> names = List.of("EU", "NATO-Europe", "CAN", "GBR", "JPN", "KOR", "AUS", "Indo-Pacific allies");
        List<double[]> trust = names.stream().map(n -> new double[] {0.5, 0.4}).toList();
        XYLineAndShapeRenderer r = RunCharts.focusLines(new XYSeriesCollection(), new int[] {0, 1}, names, trust);

        Set<Paint> colours = new HashSet<>();
        Set<String> looks = new HashSet<>();
        for (int i = 0; i < names.size(); i++) {
            colours.add(r.getSeriesPaint(i));
            looks.add(r.getSeriesPaint(i) + "/" + dashes(r.getSeriesStroke(i)));
        }
        assertThat(colours).as("one colour per group").hasSize(names.size());
        assertThat(OKABE_ITO).containsAll(colours);
        Set<String> styles = new HashSet<>();
        for (int i = 0; i < names.size(); i++) {
            styles.add(dashes(r.getSeriesStroke(i)));
        }
        assertThat(styles).as("line styles").hasSizeGreaterThanOrEqualTo(4);

        // past eight groups colours repeat, but never with the same line style
        List<String> many = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            many.add("G" + i);
        }
        XYLineAndShapeRenderer r24 = RunCharts.focusLines(new XYSeriesCollection(), new int[] {0, 1}, many,
                many.stream().map(n -> new double[] {0.5, 0.4}).toList());
        Set<String> looks24 = new HashSet<>();
        for (int i = 0; i < many.size(); i++) {
            looks24.add(r24.getSeriesPaint(i) + "/" + dashes(r24.getSeriesStroke(i)));
        }
        assertThat(looks24).hasSize(many.size());
    }

    @Test
    void dissolvedTiesAreCountedBelowZeroWithSignedTickLabels() {
        java.util.Map<TiesPerRoundFigure.Event, int[]> counts0 = new java.util.EnumMap<>(TiesPerRoundFigure.Event.class);
        for (TiesPerRoundFigure.Event e : TiesPerRoundFigure.Event.values()) {
            counts0.put(e, new int[3]);
        }
        counts0.put(TiesPerRoundFigure.Event.FORMED, new int[] {0, 12, 8});
        counts0.put(TiesPerRoundFigure.Event.DISSOLVED, new int[] {0, 5, 1});
        JFreeChart chart = TiesPerRoundFigure.chart(new TiesPerRoundFigure.Data(new int[] {0, 1, 2},
                List.of(new TiesPerRoundFigure.Panel(TiesPerRoundFigure.SECURITY_AXIS, counts0)), null));
        NumberAxis counts = (NumberAxis) ((org.jfree.chart.plot.CombinedDomainXYPlot) chart.getXYPlot())
                .getSubplots().get(0).getRangeAxis();

        assertThat(counts.getTickUnit().valueToString(-5)).isEqualTo("−5");
        assertThat(counts.getTickUnit().valueToString(5)).isEqualTo("5");
        assertThat(counts.getTickUnit().valueToString(0)).isEqualTo("0");
        assertThat(counts.getLowerBound()).isLessThanOrEqualTo(-5);
    }

    @Test
    void trustMatrixDrawsEveryRoundWrittenWithItsShock() throws Exception {
        Path run = MapFixtureRun.copy(tmp, "run");
        // a second shock in round 2, with its matrix, and the matrix of the last round
        Files.copy(run.resolve("trust-round-1.csv"), run.resolve("trust-round-2.csv"));
        Files.copy(run.resolve("trust-round-1.csv"), run.resolve("trust-round-3.csv"));
        String manifest = Files.readString(run.resolve("manifest.json"));
        Matcher shocks = Pattern.compile("\"shocks\" : \\[ \\{").matcher(manifest);
        assertThat(shocks.find()).isTrue();
        Files.writeString(run.resolve("manifest.json"), manifest.substring(0, shocks.end())
                + "\n      \"round\" : 2,\n      \"label\" : \"G7 statement\",\n      \"type\" : \"event\"\n    }, {"
                + manifest.substring(shocks.end()));

        Figures.render(run, new Figures.Options(EnumSet.of(FigureFormat.SVG), List.of(TrustMatrixFigure.NAME),
                FigureWidth.DOUBLE));
        List<String> words = texts(run.resolve("figures/trust-matrix.svg")).stream().map(Text::text).toList();

        assertThat(words).contains("Round 0: before").anyMatch(t -> t.startsWith("Round 1: ES-11-7"))
                .anyMatch(t -> t.startsWith("Round 2: G7")).contains("Round 3: last");
        assertThat(Pattern.compile("<image ").matcher(Files.readString(run.resolve("figures/trust-matrix.svg")))
                .results().count()).isEqualTo(4);
    }

    /** The translation of {@code e}'s frame from the {@code matrix(...)} transforms around it; null if turned. */
    private static double[] offset(Element e) {
        double[] at = {0, 0};
        Pattern matrix = Pattern.compile("matrix\\(([^)]*)\\)");
        for (org.w3c.dom.Node n = e; n instanceof Element el; n = n.getParentNode()) {
            Matcher m = matrix.matcher(el.getAttribute("transform"));
            if (m.find()) {
                String[] v = m.group(1).split(",");
                if (Double.parseDouble(v[1]) != 0 || Double.parseDouble(v[2]) != 0) {
                    return null;
                }
                at[0] += Double.parseDouble(v[4]);
                at[1] += Double.parseDouble(v[5]);
            }
        }
        return at;
    }

    /** In the fixture China–North Korea, tied at round 0, dissolves in round 1 and forms again in round 2. */
    @Test
    void networkDrawsReformedTiesApartFromNewOnesWithALegendEntry() throws Exception {
        Path run = MapFixtureRun.copy(tmp, "run");
        Figures.render(run, new Figures.Options(EnumSet.of(FigureFormat.SVG), List.of(NetworkFigure.NAME),
                FigureWidth.DOUBLE));
        String svg = Files.readString(run.resolve("figures/network.svg"));
        String reformed = "rgb(86,180,233)"; // sky blue
        assertThat(NetworkFigure.REFORMED_TIE).isEqualTo(FigureStyle.SKY_BLUE);

        assertThat(texts(run.resolve("figures/network.svg")).stream().map(Text::text))
                .contains(NetworkFigure.NEW_TIES_LEGEND, NetworkFigure.REFORMED_TIES_LEGEND);
        assertThat(Pattern.compile(Pattern.quote(reformed)).matcher(svg).results().count())
                .as("the re-formed tie and its legend line").isEqualTo(2);

        // without the dissolution in ties.csv the same tie is an ordinary round-0 tie
        List<String> kept = Files.readAllLines(run.resolve("ties.csv")).stream()
                .filter(l -> !l.contains("CHN,PRK,dissolved")).toList();
        Files.write(run.resolve("ties.csv"), kept);
        Figures.render(run, new Figures.Options(EnumSet.of(FigureFormat.SVG), List.of(NetworkFigure.NAME),
                FigureWidth.DOUBLE));
        assertThat(Pattern.compile(Pattern.quote(reformed)).matcher(Files.readString(run.resolve(
                "figures/network.svg"))).results().count()).as("the legend line only").isEqualTo(1);
    }

    // ---- helpers ----------------------------------------------------------------------------------------

    record Text(String text, double x, double y, double size, double width) {}

    private static String dashes(Stroke s) {
        float[] d = ((java.awt.BasicStroke) s).getDashArray();
        return d == null ? "solid" : java.util.Arrays.toString(d);
    }

    /** Every {@code <text>} of an SVG with its position, font size and width as DejaVu Sans measures it. */
    static List<Text> texts(Path svg) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        Document doc = f.newDocumentBuilder().parse(svg.toFile());
        NodeList nodes = doc.getElementsByTagNameNS("http://www.w3.org/2000/svg", "text");
        Graphics2D g = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB).createGraphics();
        FontRenderContext frc = g.getFontRenderContext();
        Pattern size = Pattern.compile("font-size: ?([0-9.]+)px");
        List<Text> out = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            Element e = (Element) nodes.item(i);
            double[] at = offset(e);
            if (at == null) {
                continue; // vertical axis titles: their x and y are in a turned frame
            }
            Matcher m = size.matcher(e.getAttribute("style"));
            double px = m.find() ? Double.parseDouble(m.group(1)) : 8;
            Font font = new Font(FigureStyle.FONT_FAMILY,
                    e.getAttribute("style").contains("bold") ? Font.BOLD : Font.PLAIN, (int) Math.round(px));
            String text = e.getTextContent();
            double w = font.getStringBounds(text, frc).getWidth();
            double x = at[0] + (e.getAttribute("x").isEmpty() ? 0 : Double.parseDouble(e.getAttribute("x")));
            double y = at[1] + (e.getAttribute("y").isEmpty() ? 0 : Double.parseDouble(e.getAttribute("y")));
            out.add(new Text(text, x, y, px, w));
        }
        g.dispose();
        return out;
    }
}
