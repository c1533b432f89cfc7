package realign.charts;

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
 * {@code trust-in-us}: the mean trust in the U.S. of each focus group over the rounds (the {@code trust_in_usa_*}
 * columns of {@code rounds.csv}, named as in the manifest), on a 0–1 axis, with the shock rounds of the manifest
 * marked and labelled. Colours and marks follow the column order, as in {@code run-overview}.
 */
final class TrustInUsFigure implements Figure {

    static final String NAME = "trust-in-us";
    static final String TRUST_AXIS = "Mean trust in the U.S. (0–1)";
    private static final String PREFIX = "trust_in_usa_";

    record Line(String name, double[] trust) {}

    record Data(int[] rounds, List<Line> lines, List<ShockBand.Shock> shocks, realign.Calendar calendar) {}

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String title() {
        return "Mean trust in the U.S. per focus group over the rounds";
    }

    @Override
    public Source source() {
        return Source.RUN;
    }

    /** Only runs with a focus group ({@code focus: []} gives none); a missing file is left to {@link #prepare}. */
    @Override
    public boolean appliesTo(Path dir) {
        try {
            return CsvTable.read(dir.resolve(RunSeries.ROUNDS_CSV)).columns().stream().anyMatch(c -> c.startsWith(PREFIX));
        } catch (InputException e) {
            return true;
        }
    }

    @Override
    public Drawable prepare(Path dir, FigureWidth width) throws InputException {
        return chart(read(dir), width);
    }

    @Override
    public double heightPt(FigureWidth width) {
        return width == FigureWidth.SINGLE ? 250 : 300;
    }

    static Data read(Path dir) throws InputException {
        CsvTable csv = CsvTable.read(dir.resolve(RunSeries.ROUNDS_CSV), "round");
        List<String> columns = csv.columns().stream().filter(c -> c.startsWith(PREFIX)).toList();
        if (columns.isEmpty()) {
            throw new InputException(csv.file() + ": column '" + PREFIX + "*' is missing (one per focus group)");
        }
        int[] rounds = RunCharts.rounds(csv);
        RunManifest manifest = RunManifest.read(dir);
        List<Line> lines = new ArrayList<>();
        for (String column : columns) {
            double[] trust = new double[rounds.length];
            for (int r = 0; r < rounds.length; r++) {
                trust[r] = csv.number(r, column);
            }
            lines.add(new Line(manifest.focusName(column), trust));
        }
        int first = java.util.Arrays.stream(rounds).min().orElse(0);
        int last = java.util.Arrays.stream(rounds).max().orElse(0);
        return new Data(rounds, List.copyOf(lines), ShockBand.byRound(manifest.shocks(), first, last),
                RunCharts.calendar(dir));
    }

    static JFreeChart chart(Data data, FigureWidth width) {
        XYSeriesCollection series = new XYSeriesCollection();
        XYLineAndShapeRenderer renderer = RunCharts.focusLines(series, data.rounds(),
                data.lines().stream().map(Line::name).toList(), data.lines().stream().map(Line::trust).toList());
        NumberAxis trust = RunCharts.trustAxis(TRUST_AXIS);
        XYPlot plot = RunCharts.panel(new XYPlot(series, RunCharts.roundAxis(data.rounds(), 0.4, data.calendar()), trust, renderer));
        RunCharts.rangeGrid(plot);
        ShockBand.addTo(plot, data.shocks());
        JFreeChart chart = RunCharts.chart(plot);
        chart.addSubtitle(RunCharts.bottomLegend(plot));
        org.jfree.chart.title.TextTitle key = ShockBand.key(data.shocks(), data.calendar(), width);
        if (key != null) {
            chart.addSubtitle(key);
        }
        return chart;
    }
}
