package realign.charts;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import realign.InputException;

/**
 * {@code calibration}: the objective of every evaluation (marks) and the best so far (line) against the evaluation
 * number, from a calibration folder's {@code trace.csv} into its {@code figures/}.
 */
public final class CalibrationFigure {

    public static final String NAME = "calibration";

    private CalibrationFigure() {}

    public static List<Path> render(Path dir) throws InputException, IOException {
        JFreeChart chart = chart(dir.resolve("trace.csv"));
        Path figures = Files.createDirectories(dir.resolve(RunFigures.FIGURES));
        FigureWidth width = FigureWidth.DOUBLE;
        java.awt.geom.Rectangle2D page = new java.awt.geom.Rectangle2D.Double(0, 0, width.points(),
                width.points() * 5.0 / 7.0);
        List<Path> out = new ArrayList<>();
        for (FigureFormat f : FigureFormat.values()) {
            Path file = figures.resolve(NAME + "." + f.extension());
            Path temp = figures.resolve("." + NAME + "." + f.extension() + ".tmp");
            FigureFiles.write(chart, page, f, temp, NAME + "-", "Calibration: objective against evaluations");
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            out.add(file);
        }
        return out;
    }

    static JFreeChart chart(Path traceCsv) throws InputException {
        CsvTable csv = CsvTable.read(traceCsv, "evaluation", "objective");
        XYSeries each = new XYSeries("Objective of each evaluation", false, true);
        XYSeries best = new XYSeries("Best so far", false, true);
        double b = Double.NaN;
        for (int r = 0; r < csv.size(); r++) {
            int e = csv.integer(r, "evaluation");
            double v = csv.number(r, "objective");
            if (!Double.isNaN(v)) {
                each.add(e, v);
                b = Double.isNaN(b) ? v : Math.max(b, v);
            }
            if (!Double.isNaN(b)) {
                best.add(e, b);
            }
        }
        XYSeriesCollection data = new XYSeriesCollection();
        data.addSeries(each);
        data.addSeries(best);
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer();
        renderer.setSeriesLinesVisible(0, false);
        renderer.setSeriesShapesVisible(0, true);
        renderer.setSeriesShape(0, FigureStyle.mark(1));
        renderer.setSeriesPaint(0, FigureStyle.lineColour(2));
        renderer.setSeriesLinesVisible(1, true);
        renderer.setSeriesShapesVisible(1, false);
        renderer.setSeriesPaint(1, FigureStyle.lineColour(0));
        renderer.setSeriesStroke(1, FigureStyle.LINE);
        NumberAxis x = FigureStyle.axis(new NumberAxis("Evaluation"));
        x.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        NumberAxis y = FigureStyle.axis(new NumberAxis("Objective (maximised)"));
        y.setAutoRangeIncludesZero(false);
        XYPlot plot = RunCharts.panel(new XYPlot(data, x, y, renderer));
        RunCharts.rangeGrid(plot);
        JFreeChart chart = RunCharts.chart(plot);
        chart.addSubtitle(RunCharts.bottomLegend(plot));
        return chart;
    }
}
