package realign.charts;

import java.nio.file.Path;
import org.jfree.chart.ui.Drawable;
import realign.InputException;

/** {@code run-overview}: bloc membership over rounds above mean trust in the U.S. per focus group. */
final class OverviewFigure implements Figure {

    @Override
    public String name() {
        return RunFigures.OVERVIEW;
    }

    @Override
    public String title() {
        return "Run overview: blocs and trust in the U.S.";
    }

    @Override
    public Source source() {
        return Source.RUN;
    }

    /** Without focus groups there is no trust panel to draw (trust-in-us is skipped likewise). */
    @Override
    public boolean appliesTo(Path dir) {
        return new TrustInUsFigure().appliesTo(dir);
    }

    @Override
    public Drawable prepare(Path dir, FigureWidth width) throws InputException {
        return OverviewChart.build(RunSeries.read(dir), width);
    }

    /** 7 × 5 in; 3.5 × 5 in at single width, where the legends sit below the panels. */
    @Override
    public double heightPt(FigureWidth width) {
        return 5 * 72;
    }
}
