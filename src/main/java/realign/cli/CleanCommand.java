package realign.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import realign.InputException;
import realign.experiment.SweepJob;
import realign.output.PartialFolders;

/** {@code realign clean}: lists and removes the unfinished folders that killed runs and sweeps leave behind. */
@Command(name = "clean", mixinStandardHelpOptions = true, versionProvider = Main.VersionInfo.class,
        description = "Lists and removes unfinished output folders in DIR (docs/outputs.md): the hidden"
                + " .NAME.partial-* folders of runs that were killed (they cannot be resumed) and, with --sweeps, the"
                + " hidden .NAME.partial folders of interrupted sweeps and merges (which --resume could still finish; also"
                + " NAME.partial, as version 0.1 named them).",
        footer = {"", "Examples:",
            "  realign clean results",
            "  realign clean results --dry-run",
            "  realign clean results --older-than 0 --sweeps",
            "", "Exit status: 0 done, 2 bad input, 1 a fault of the disk or an internal error."})
final class CleanCommand implements Callable<Integer> {

    private static final Pattern DURATION = Pattern.compile("(\\d+)\\s*([smhd]?)");

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR", description = "A results folder, e.g. results.")
    private Path dir;

    @Option(names = "--older-than", paramLabel = "AGE", defaultValue = "1h",
            description = "Remove only folders in which nothing was written for AGE: a number with s, m, h or d"
                    + " (default: ${DEFAULT-VALUE}, so a run or sweep still being written is left alone); 0 for all.")
    private String olderThan;

    @Option(names = "--sweeps", description = "Also remove interrupted sweeps and merges (.NAME.partial, or NAME.partial of version 0.1).")
    private boolean sweeps;

    @Option(names = "--dry-run", description = "Only list what would be removed.")
    private boolean dryRun;

    @Override
    public Integer call() throws InputException {
        Duration age = parseAge(olderThan);
        if (!Files.isDirectory(dir)) {
            throw new InputException(dir + ": expected a results folder, got " + (Files.exists(dir) ? "a file" : "nothing there"));
        }
        PrintWriter w = spec.commandLine().getOut();
        Instant now = Instant.now();
        int removed = 0;
        int kept = 0;
        try {
            for (PartialFolders.Found f : PartialFolders.in(dir)) {
                boolean sweep = f.kind() == PartialFolders.Kind.SWEEP;
                String what = sweep ? "interrupted sweep (" + runs(f.path()) + ")" : "unfinished run";
                String ago = ago(Duration.between(f.lastWritten(), now));
                if (sweep && !sweeps) {
                    w.println("kept     " + f.path() + "  " + what + ", last written " + ago + "; continue it with"
                            + " realign sweep SWEEP --resume " + PartialFolders.targetOf(f.path()) + " (or the same merge again),"
                            + " or remove it with --sweeps");
                    kept++;
                } else if (f.lastWritten().isAfter(now.minus(age))) {
                    w.println("kept     " + f.path() + "  " + what + ", last written " + ago + " (perhaps still being"
                            + " written; --older-than " + olderThan + ")");
                    kept++;
                } else {
                    if (!dryRun) {
                        PartialFolders.remove(f.path());
                    }
                    w.println((dryRun ? "would remove " : "removed  ") + f.path() + "  " + what + ", last written " + ago);
                    removed++;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        w.println((dryRun ? "Would remove " : "Removed ") + removed + " unfinished folder" + (removed == 1 ? "" : "s")
                + ", kept " + kept + ".");
        w.flush();
        return Main.OK;
    }

    private static String runs(Path partial) {
        long n = SweepJob.runsRecorded(partial);
        return n < 0 ? "no runs done" : n + " run" + (n == 1 ? "" : "s") + " done";
    }

    static Duration parseAge(String text) throws InputException {
        Matcher m = DURATION.matcher(text.trim().toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            throw new InputException("--older-than " + text + ": expected a whole number with s, m, h or d (e.g. 30m,"
                    + " 2h, 1d) or 0, got '" + text + "'");
        }
        long n = Long.parseLong(m.group(1));
        return switch (m.group(2)) {
            case "d" -> Duration.ofDays(n);
            case "h" -> Duration.ofHours(n);
            case "m" -> Duration.ofMinutes(n);
            case "s" -> Duration.ofSeconds(n);
            default -> {
                if (n != 0) {
                    throw new InputException("--older-than " + text + ": expected a unit (s, m, h or d) after " + n
                            + ", got none");
                }
                yield Duration.ZERO;
            }
        };
    }

    private static String ago(Duration d) {
        long s = Math.max(0, d.getSeconds());
        if (s < 120) {
            return s + " s ago";
        }
        if (s < 2 * 3600) {
            return s / 60 + " min ago";
        }
        if (s < 2 * 86400) {
            return s / 3600 + " h ago";
        }
        return s / 86400 + " days ago";
    }
}
