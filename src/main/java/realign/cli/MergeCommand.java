package realign.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import realign.InputException;
import realign.experiment.SweepJob;
import realign.output.IoFault;

/** {@code realign merge}: combines the finished shards of a sweep into one sweep folder. */
@Command(name = "merge", mixinStandardHelpOptions = true, versionProvider = Main.VersionInfo.class,
        description = "Merges the shard folders of one sweep (realign sweep --shard i/n) into one sweep folder,"
                + " identical to the sweep run unsharded. A merge that failed (a full disk, say) is finished by"
                + " running the same command again.")
final class MergeCommand implements Callable<Integer>, FaultReport {

    @Spec
    private CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "SHARD_DIR", description = "Finished shard folders, all shards of one sweep.")
    private List<Path> shards;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "The merged sweep folder (must not exist).")
    private Path out;

    @Override
    public Integer call() throws InputException {
        SweepJob.Outcome done;
        try {
            done = SweepJob.merge(shards, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        PrintWriter w = spec.commandLine().getOut();
        w.printf(Locale.ROOT, "Merged %d shards: %d runs, %d failed.%nOutput: %s%n", shards.size(), done.runs(),
                done.failed(), done.dir());
        try {
            realign.experiment.SweepSummary.lines(done.dir()).forEach(w::println);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        w.flush();
        return done.failed() > 0 ? Main.INTERNAL_ERROR : Main.OK;
    }

    @Override
    public String afterFault(IoFault fault) {
        Path work = realign.output.PartialFolders.existingWorkFolder(out);
        if (!java.nio.file.Files.isDirectory(work)) {
            return "nothing was kept; " + FaultReport.remedy(fault) + ", then run the command again";
        }
        return "the merge so far is kept in " + work + "; " + FaultReport.remedy(fault)
                + ", then run the same command again to finish it";
    }
}
