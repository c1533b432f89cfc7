package realign.unga;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import realign.InputException;
import realign.Version;
import realign.output.RunDirectory;
import realign.world.Vote;

/**
 * Writes an import into a new folder, under a temporary name renamed when complete (docs/scenarios.md):
 * {@code rollcalls.csv} and {@code votes.csv} in the project's format, read by {@code data:} in a scenario or
 * shipped in {@code data/unga/}, and {@code provenance.md} naming the input files, their SHA-256, and every
 * warning. The bytes depend only on the inputs and the options (no clock, no absolute paths added).
 */
public final class ImportWriter {

    public static final List<String> ROLLCALL_COLUMNS = List.of("id", "date", "symbol", "subject", "yes", "no",
            "abstain", "absent", "split_resolved", "body", "link");

    private static final CSVFormat CSV = CSVFormat.DEFAULT.builder().setRecordSeparator("\n").get();

    private ImportWriter() {}

    /** Writes {@code result} into {@code out}, which must not exist; returns the published folder. */
    public static Path write(Path out, VotesImport.Result result, String command) throws InputException {
        try (RunDirectory dir = RunDirectory.open(out, "--out")) {
            try {
                writeRollCalls(dir.dir().resolve("rollcalls.csv"), result);
                writeVotes(dir.dir().resolve("votes.csv"), result);
                Files.writeString(dir.dir().resolve("provenance.md"), provenance(result, command),
                        StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new InputException(out + ": --out: cannot write the imported files: " + e.getMessage(), e);
            }
            return dir.publish();
        } catch (UncheckedIOException e) {
            throw new InputException(out + ": --out: " + e.getMessage(), e);
        }
    }

    static void writeRollCalls(Path file, VotesImport.Result r) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8); CSVPrinter p = new CSVPrinter(w, CSV)) {
            p.printRecord(ROLLCALL_COLUMNS);
            for (VotesImport.RollCall c : r.rollCalls()) {
                p.printRecord(c.id(), c.date(), c.symbol(), c.title(), c.yes(), c.no(), c.abstain(), c.absent(), "yes",
                        c.body(), c.link());
            }
        }
    }

    static void writeVotes(Path file, VotesImport.Result r) throws IOException {
        StringBuilder sb = new StringBuilder(r.rollCalls().size() * r.members().size() * 16);
        sb.append("rollcall,iso3,vote\n");
        for (VotesImport.RollCall c : r.rollCalls()) {
            Vote[] v = c.votes();
            for (int i = 0; i < v.length; i++) {
                sb.append(c.id()).append(',').append(r.members().get(i)).append(',').append(v[i].name()).append('\n');
            }
        }
        Files.writeString(file, sb, StandardCharsets.UTF_8);
    }

    static String provenance(VotesImport.Result r, String command) {
        StringBuilder sb = new StringBuilder();
        sb.append("# Imported roll calls: provenance\n\n");
        sb.append("Written by realign ").append(Version.realign()).append(":\n\n    ").append(command).append("\n\n");
        sb.append("## Input files\n\n| file | layout | rows | roll calls kept | bytes | SHA-256 |\n|---|---|---|---|---|---|\n");
        for (VotesImport.Input in : r.inputs()) {
            sb.append(String.format(Locale.ROOT, "| %s | %s | %d | %d | %d | `%s` |%n", in.file(),
                    in.layout().name().toLowerCase(Locale.ROOT), in.rows(), in.rollCalls(), in.bytes(), in.sha256()));
        }
        long ga = r.rollCalls().stream().filter(c -> c.body().equals("GA")).count();
        sb.append(String.format(Locale.ROOT, "%n%d roll calls (%d General Assembly), %s to %s, %d members each"
                        + " (data/world/countries.csv).%n", r.rollCalls().size(), ga,
                r.rollCalls().isEmpty() ? "-" : r.rollCalls().get(0).date(),
                r.rollCalls().isEmpty() ? "-" : r.rollCalls().get(r.rollCalls().size() - 1).date(), r.members().size()));
        sb.append("\nTallies in rollcalls.csv are the recorded ones; `absent` is the recorded non-voting count plus the"
                + " members outside the source's total. Member votes are as recorded; a member without a vote in the"
                + " source is `X`. Titles lose the Library's suffix \" : resolution / adopted by the General"
                + " Assembly\".\n");
        sb.append("\n## Notes\n\n");
        if (r.notes().isEmpty()) {
            sb.append("None.\n");
        }
        for (String n : r.notes()) {
            sb.append("- ").append(n).append('\n');
        }
        sb.append("\n## Warnings: tallies that the member votes do not reproduce\n\n");
        if (r.warnings().isEmpty()) {
            sb.append("None: every roll call matches its recorded tally.\n");
        }
        for (String w : r.warnings()) {
            sb.append("- ").append(w).append('\n');
        }
        return sb.toString();
    }
}
