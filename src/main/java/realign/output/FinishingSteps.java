package realign.output;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import realign.InputException;

/**
 * The steps that turn a folder of finished work (a sweep's runs, merged shards, a calibration's evaluations)
 * into its reports: summaries, figures, the manifest. Every step is a pure function of files already in the
 * folder and writes its own files whole through {@link OutputFiles#replace}, so running the steps again after
 * any failure or kill, however far the last attempt got, ends with the same bytes as running them once.
 * {@link #run} therefore redoes every step rather than guessing which ones a crash left complete: it costs
 * seconds, and a file written by an interrupted attempt is never trusted.
 */
public final class FinishingSteps {

    /** One step: a name for messages and the work, which must only read the folder and replace files in it. */
    public record Step(String name, Work work) {}

    /** A step's work. */
    @FunctionalInterface
    public interface Work {
        void run() throws IOException, InputException;
    }

    private FinishingSteps() {}

    /**
     * Removes what an interrupted attempt left half-written in {@code folders} (temporary files of
     * {@link OutputFiles#replace}), then runs {@code steps} in order; the first failure stops them.
     */
    public static void run(List<Path> folders, List<Step> steps) throws IOException, InputException {
        for (Path f : folders) {
            OutputFiles.removeTemporary(f);
        }
        for (Step s : steps) {
            s.work().run();
        }
    }
}
