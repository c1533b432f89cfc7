package realign.charts;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jfree.chart.JFreeChart;
import realign.InputException;

/**
 * The figures of a finished run, drawn from its CSV files (never from a live model) into
 * {@code figures/}: {@code run-overview.png} (300 dpi), {@code .svg} and {@code .pdf}.
 */
public final class RunFigures {

    public static final String FIGURES = "figures";
    static final String OVERVIEW = "run-overview";

    private RunFigures() {}

    /**
     * Draws the run overview of {@code runDir} and returns the files written.
     *
     * @throws InputException if a file or column the figure needs is missing or malformed (the message names it)
     * @throws IOException if the figures cannot be written
     */
    public static List<Path> render(Path runDir) throws InputException, IOException {
        JFreeChart chart = OverviewChart.build(RunSeries.read(runDir));
        Path dir = Files.createDirectories(runDir.resolve(FIGURES));
        return List.of(
                FigureFiles.png(chart, dir.resolve(OVERVIEW + ".png")),
                FigureFiles.svg(chart, dir.resolve(OVERVIEW + ".svg"), OVERVIEW + "-"),
                FigureFiles.pdf(chart, dir.resolve(OVERVIEW + ".pdf"), "Run overview: blocs and trust in the U.S."));
    }
}
