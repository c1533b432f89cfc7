package realign.charts;

import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.jfree.chart.JFreeChart;

/**
 * Draws a made-up run overview once as a small PNG into memory and throws it away, so that the first real figure
 * of the process finds the chart, font, Java2D and PNG code loaded and initialised. {@code realign run} does this
 * on its second core while the model runs (docs/benchmarks.md): cold, the first overview PNG takes twice as long
 * as a later one, and the PNG is the last step of a run. SVG and PDF are not warmed up: they are drawn on the
 * other core beside the PNG and finish before it, and on a busy machine a warm-up is work like any other.
 *
 * <p>Nothing is written and no state that a figure's bytes depend on is changed: {@code FigureWarmUpTest} checks
 * that figures drawn after a warm-up have the same bytes as before it.
 */
public final class FigureWarmUp {

    private FigureWarmUp() {}

    /** Draws the made-up overview as a PNG of a ninth of the pixels, into memory. */
    public static void run() throws IOException {
        JFreeChart chart = OverviewChart.build(madeUp(), FigureWidth.DOUBLE);
        Rectangle2D page = new Rectangle2D.Double(0, 0, FigureStyle.WIDTH_PT, FigureStyle.HEIGHT_PT);
        // a smaller image: the code is the same at every size, and filling 3 million pixels here would take the
        // time it is meant to save
        FigureFiles.png(chart, page, FigureStyle.PNG_DPI / 72.0 / 3, OutputStream.nullOutputStream());
    }

    /** A run of 25 rounds with two blocs, the unaligned, two focus groups and one labelled shock. */
    static RunSeries madeUp() {
        int n = 25;
        int[] rounds = new int[n];
        int[] a = new int[n];
        int[] b = new int[n];
        int[] none = new int[n];
        double[] eu = new double[n];
        double[] jpn = new double[n];
        for (int r = 0; r < n; r++) {
            rounds[r] = r;
            a[r] = 120 - Math.min(r, 8);
            b[r] = 60 + Math.min(r, 8) / 2;
            none[r] = 193 - a[r] - b[r];
            eu[r] = r == 0 ? 0.71 : 0.58 + 0.004 * r;
            jpn[r] = r == 0 ? 0.77 : 0.69 + 0.002 * r;
        }
        return new RunSeries(rounds, List.of(1), List.of(new ShockBand.Shock(1, "US vote ES-11/7")),
                List.of(new RunSeries.Bloc("A", "Bloc A (USA)", a), new RunSeries.Bloc("B", "Bloc B (CHN, RUS)", b),
                        new RunSeries.Bloc(RunSeries.UNALIGNED, "Unaligned", none)),
                List.of(new RunSeries.Focus("EU", "trust_in_usa_eu", eu),
                        new RunSeries.Focus("JPN", "trust_in_usa_jpn", jpn)));
    }
}
