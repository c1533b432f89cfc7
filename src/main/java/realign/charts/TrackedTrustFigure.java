package realign.charts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.Drawable;
import org.jfree.data.xy.XYSeriesCollection;
import realign.InputException;

/**
 * {@code tracked-trust}: the mean trust of each pair the scenario tracks ({@code track: [EU->CHN, JPN->KOR]}, the
 * {@code trust_<from>_<to>} columns of {@code rounds.csv} listed in the manifest's {@code scenario.track}) over
 * the rounds, on a 0–1 axis, with the shock rounds marked, in the look of {@code trust-in-us}.
 */
final class TrackedTrustFigure implements Figure {

    static final String NAME = "tracked-trust";
    static final String TRUST_AXIS = "Mean trust (0–1)";

    /** One tracked pair as the manifest names it: {@code EU → CHN} and its column. */
    record Pair(String name, String column) {}

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String title() {
        return "Mean trust of each tracked pair over the rounds";
    }

    @Override
    public Source source() {
        return Source.RUN;
    }

    /** Only runs whose scenario tracks a pair; an unreadable manifest is left to {@link #prepare}. */
    @Override
    public boolean appliesTo(Path dir) {
        try {
            return !pairs(dir).isEmpty();
        } catch (InputException e) {
            return false;
        }
    }

    @Override
    public double heightPt(FigureWidth width) {
        return width == FigureWidth.SINGLE ? 250 : 300;
    }

    @Override
    public Drawable prepare(Path dir, FigureWidth width) throws InputException {
        List<Pair> pairs = pairs(dir);
        if (pairs.isEmpty()) {
            throw new InputException(dir.resolve(RunManifest.FILE) + ": field 'scenario.track' is missing or empty"
                    + " (the scenario tracks no pair; add track: [EU->CHN] to it)");
        }
        CsvTable csv = CsvTable.read(dir.resolve(RunSeries.ROUNDS_CSV), "round");
        int[] rounds = RunCharts.rounds(csv);
        List<double[]> lines = new ArrayList<>();
        for (Pair p : pairs) {
            if (!csv.columns().contains(p.column())) {
                throw new InputException(csv.file() + ": column '" + p.column() + "' is missing (tracked pair "
                        + p.name() + " in the manifest)");
            }
            double[] trust = new double[rounds.length];
            for (int r = 0; r < rounds.length; r++) {
                trust[r] = csv.number(r, p.column());
            }
            lines.add(trust);
        }
        RunManifest manifest = RunManifest.read(dir);
        int first = java.util.Arrays.stream(rounds).min().orElse(0);
        int last = java.util.Arrays.stream(rounds).max().orElse(0);
        XYSeriesCollection series = new XYSeriesCollection();
        XYLineAndShapeRenderer renderer = RunCharts.focusLines(series, rounds, pairs.stream().map(Pair::name).toList(),
                lines);
        NumberAxis trust = RunCharts.trustAxis(TRUST_AXIS);
        XYPlot plot = RunCharts.panel(new XYPlot(series, RunCharts.roundAxis(rounds, 0.4, RunCharts.calendar(dir)), trust, renderer));
        RunCharts.rangeGrid(plot);
        List<ShockBand.Shock> shocks = ShockBand.byRound(manifest.shocks(), first, last);
        ShockBand.addTo(plot, shocks);
        JFreeChart chart = RunCharts.chart(plot);
        chart.addSubtitle(RunCharts.bottomLegend(plot));
        org.jfree.chart.title.TextTitle key = ShockBand.key(shocks, RunCharts.calendar(dir), width);
        if (key != null) {
            chart.addSubtitle(key);
        }
        return chart;
    }

    /** The tracked pairs of the manifest's {@code scenario.track}, in scenario order. */
    static List<Pair> pairs(Path dir) throws InputException {
        Path file = dir.resolve(RunManifest.FILE);
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new InputException(file + ": cannot be read: " + e.getMessage(), e);
        }
        List<Pair> out = new ArrayList<>();
        for (JsonNode p : root.path("scenario").path("track")) {
            if (!p.path("from").isTextual() || !p.path("to").isTextual() || !p.path("column").isTextual()) {
                throw new InputException(file + ": field 'scenario.track[]': expected from, to and column, got " + p);
            }
            out.add(new Pair(p.get("from").asText() + " → " + p.get("to").asText(), p.get("column").asText()));
        }
        return out;
    }
}
