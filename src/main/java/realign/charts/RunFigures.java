package realign.charts;

import java.nio.file.Path;
import java.util.List;

/** Placeholder replaced by the charts branch (figures of a run). */
public final class RunFigures {
    private RunFigures() {}

    public static List<Path> render(Path runDir) throws realign.InputException {
        return List.of();
    }
}
