package realign.charts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import realign.InputException;

/**
 * {@code compare}: the figure of {@code realign compare}, drawn from the comparison folder's {@code series.csv}
 * and {@code manifest.json}: one small panel per focus trust series (mean trust in the U.S. of a focus group;
 * for a sweep the mean over its runs) and one of bloc sizes, with one line per input in the colours and marks
 * of the run figures (input order), and the inputs as the legend.
 */
public final class CompareFigure {

    static final String NAME = "compare";
    private static final int MAX_PANELS = 9;

    private CompareFigure() {}

    /** Draws {@code figures/compare.png} (300 dpi), {@code .svg} and {@code .pdf} into {@code dir}; returns them. */
    public static List<Path> render(Path dir) throws InputException, IOException {
        List<String> inputs = new ArrayList<>();
        Map<String, String> names = new LinkedHashMap<>();
        JsonNode manifest = new ObjectMapper().readTree(Files.readAllBytes(dir.resolve("manifest.json")));
        for (JsonNode in : manifest.path("inputs")) {
            inputs.add(in.path("name").asText());
            in.path("focus").properties().forEach(e -> names.putIfAbsent(e.getKey(), e.getValue().asText()));
        }
        CsvTable csv = CsvTable.read(dir.resolve("series.csv"), "input", "series", "round", "value");
        // series name -> input -> round -> value
        Map<String, Map<String, TreeMap<Integer, Double>>> data = new LinkedHashMap<>();
        for (int r = 0; r < csv.size(); r++) {
            data.computeIfAbsent(csv.text(r, "series"), k -> new LinkedHashMap<>())
                    .computeIfAbsent(csv.text(r, "input"), k -> new TreeMap<>())
                    .put(csv.integer(r, "round"), csv.number(r, "value"));
        }
        List<JFreeChart> panels = new ArrayList<>();
        XYPlot legendSource = null;
        for (var e : data.entrySet()) {
            if (!e.getKey().startsWith("trust_") || panels.size() >= MAX_PANELS - 1) {
                continue;
            }
            XYPlot plot = panel(inputs, e.getValue(), RunCharts.trustAxis("Trust in the U.S."));
            panels.add(titled(plot, names.getOrDefault(e.getKey(), e.getKey())));
            legendSource = legendSource == null ? plot : legendSource;
        }
        // bloc sizes: one line per input and bloc, the bloc told by the line's dash
        Map<String, TreeMap<Integer, Double>> sizes = new LinkedHashMap<>();
        for (var e : data.entrySet()) {
            if (e.getKey().startsWith("bloc_") && e.getKey().endsWith("_size") && !e.getKey().contains("unaligned")) {
                for (var in : e.getValue().entrySet()) {
                    if (in.getValue().values().stream().allMatch(v -> v == 0 || v.isNaN())) {
                        continue; // a label no country ever had
                    }
                    sizes.put(in.getKey() + " · " + e.getKey().substring(5, e.getKey().length() - 5), in.getValue());
                }
            }
        }
        if (!sizes.isEmpty()) {
            XYSeriesCollection series = new XYSeriesCollection();
            XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
            int k = 0;
            for (var s : sizes.entrySet()) {
                XYSeries xy = new XYSeries(s.getKey(), false, true);
                s.getValue().forEach((round, v) -> xy.add(round, Double.isNaN(v) ? null : v));
                series.addSeries(xy);
                String input = s.getKey().substring(0, s.getKey().lastIndexOf(" · "));
                renderer.setSeriesPaint(k, FigureStyle.lineColour(inputs.indexOf(input)));
                renderer.setSeriesStroke(k, s.getKey().endsWith(" · A") ? FigureStyle.LINE : new java.awt.BasicStroke(
                        1.0f, java.awt.BasicStroke.CAP_BUTT, java.awt.BasicStroke.JOIN_MITER, 10f, new float[] {3f, 2f}, 0f));
                renderer.setSeriesVisibleInLegend(k, false);
                k++;
            }
            NumberAxis count = FigureStyle.axis(new NumberAxis("Countries"));
            count.setAutoRangeIncludesZero(true);
            XYPlot plot = RunCharts.panel(new XYPlot(series, roundAxis(sizes.values()), count, renderer));
            RunCharts.rangeGrid(plot);
            panels.add(titled(plot, "Bloc sizes (A solid, others dashed)"));
        }
        if (panels.isEmpty()) {
            throw new InputException(dir.resolve("series.csv") + ": no trust or bloc-size series to draw");
        }
        List<org.jfree.chart.title.Title> footer = new ArrayList<>();
        if (legendSource != null) {
            footer.add(RunCharts.bottomLegend(legendSource));
        }
        int columns = panels.size() <= 2 ? panels.size() : 3;
        int rows = (panels.size() + columns - 1) / columns;
        PanelGrid grid = new PanelGrid(panels, columns, footer);
        Rectangle2D page = new Rectangle2D.Double(0, 0, FigureStyle.WIDTH_PT, 40 + rows * 150.0);
        Path figures = Files.createDirectories(dir.resolve(RunFigures.FIGURES));
        List<Path> out = new ArrayList<>();
        for (FigureFormat format : FigureFormat.values()) {
            out.add(FigureFiles.write(grid, page, format, figures.resolve(NAME + "." + format.extension()), NAME + "-",
                    "Comparison: trust in the U.S. per focus group and bloc sizes"));
        }
        return out;
    }

    private static XYPlot panel(List<String> inputs, Map<String, TreeMap<Integer, Double>> byInput, NumberAxis y) {
        XYSeriesCollection series = new XYSeriesCollection();
        List<String> names = new ArrayList<>();
        List<double[]> values = new ArrayList<>();
        TreeMap<Integer, Boolean> allRounds = new TreeMap<>();
        byInput.values().forEach(m -> m.keySet().forEach(r -> allRounds.put(r, true)));
        int[] rounds = allRounds.keySet().stream().mapToInt(Integer::intValue).toArray();
        for (String input : inputs) {
            TreeMap<Integer, Double> s = byInput.getOrDefault(input, new TreeMap<>());
            double[] v = new double[rounds.length];
            for (int i = 0; i < rounds.length; i++) {
                v[i] = s.getOrDefault(rounds[i], Double.NaN);
            }
            names.add(input);
            values.add(v);
        }
        XYLineAndShapeRenderer renderer = RunCharts.focusLines(series, rounds, names, values);
        XYPlot plot = RunCharts.panel(new XYPlot(series, RunCharts.roundAxis(rounds, 0.4), y, renderer));
        RunCharts.rangeGrid(plot);
        return plot;
    }

    private static NumberAxis roundAxis(java.util.Collection<TreeMap<Integer, Double>> series) {
        TreeMap<Integer, Boolean> all = new TreeMap<>();
        series.forEach(m -> m.keySet().forEach(r -> all.put(r, true)));
        return RunCharts.roundAxis(all.keySet().stream().mapToInt(Integer::intValue).toArray(), 0.4);
    }

    private static JFreeChart titled(XYPlot plot, String title) {
        JFreeChart chart = RunCharts.chart(plot);
        TextTitle t = new TextTitle(title, FigureStyle.LABEL_FONT);
        chart.setTitle(t);
        return chart;
    }
}
