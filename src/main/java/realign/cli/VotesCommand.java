package realign.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import realign.InputException;
import realign.output.RunDirectory;
import realign.unga.ImportWriter;
import realign.unga.RollCallSelection;
import realign.unga.VotesImport;
import realign.world.RollCall;
import realign.world.World;
import realign.world.WorldLoader;

/** {@code realign votes}: import UN General Assembly roll calls, list the available ones (docs/scenarios.md). */
@Command(name = "votes", mixinStandardHelpOptions = true, versionProvider = Main.VersionInfo.class,
        description = "UN General Assembly roll calls: import public voting data, list what scenarios can use.",
        subcommands = {VotesCommand.Import.class, VotesCommand.ListVotes.class})
final class VotesCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return Main.OK;
    }

    /** {@code realign votes import FILE... --out DIR}. */
    @Command(name = "import", mixinStandardHelpOptions = true, versionProvider = Main.VersionInfo.class,
            description = {"Converts UN Digital Library voting data into rollcalls.csv, votes.csv and provenance.md.",
                "Reads the Library's export (one row per member and vote: undl_id, ms_code, ms_vote, date,"
                    + " resolution, title, total_yes, ...) and the wide layout derived from it (one row per vote: Link,"
                    + " Title, Council, Resolution, Date, YES COUNT, ..., then one column per member ISO3 code),"
                    + " detected from the header. Ids come from the symbols: A/RES/ES-11/7 -> ES-11-7,"
                    + " A/RES/79/269 -> 79-269, A/DEC/80/506 -> DEC-80-506.",
                "Tally mismatches are listed as warnings in provenance.md; unknown member codes, duplicated rows and"
                    + " conflicting votes are errors.",
                "Exit status: 0 success, 2 bad input (nothing is written), 1 internal error."},
            footer = {"", "Example:", "  realign votes import un_votes_2025.csv --out my-votes",
                "  then in a scenario:  data: {rollcalls: my-votes/rollcalls.csv, votes: my-votes/votes.csv}"})
    static final class Import implements Callable<Integer> {

        @Spec
        private CommandSpec spec;

        @Parameters(arity = "1..*", paramLabel = "FILE", description = "Voting data files (CSV, UTF-8).")
        private List<Path> files;

        @Option(names = "--out", required = true, paramLabel = "DIR",
                description = "The folder to create (must not exist).")
        private Path out;

        @Option(names = "--body", paramLabel = "BODY", defaultValue = "GA",
                description = "Which body's votes to keep: GA (General Assembly, the default), SC (Security"
                        + " Council) or all.")
        private String body;

        @Option(names = "--from", paramLabel = "DATE", description = "Keep votes on or after this ISO date.")
        private String from;

        @Option(names = "--to", paramLabel = "DATE", description = "Keep votes on or before this ISO date.")
        private String to;

        @Override
        public Integer call() throws InputException {
            Set<String> bodies = switch (body.toUpperCase(Locale.ROOT)) {
                case "GA", "GENERAL ASSEMBLY" -> Set.of("GA");
                case "SC", "SECURITY COUNCIL" -> Set.of("SC");
                case "ALL" -> Set.of();
                default -> throw new InputException("--body: expected GA, SC or all, got '" + body + "'");
            };
            String f = RollCallSelection.isoDate(from, "--from");
            String t = RollCallSelection.isoDate(to, "--to");
            RunDirectory.checkFree(out, "--out");
            List<String> members = WorldLoader.memberCodes();
            long start = System.nanoTime();
            VotesImport.Result r = VotesImport.read(files, members, new VotesImport.Options(bodies, f, t));
            if (r.rollCalls().isEmpty()) {
                throw new InputException(String.join(", ", files.stream().map(Path::toString).toList())
                        + ": expected at least one recorded vote of the chosen body (--body " + body
                        + (f == null ? "" : ", --from " + f) + (t == null ? "" : ", --to " + t) + "), got none");
            }
            StringBuilder cmd = new StringBuilder("realign votes import");
            files.forEach(p -> cmd.append(' ').append(p));
            cmd.append(" --out ").append(out.getFileName());
            if (!body.equalsIgnoreCase("GA")) {
                cmd.append(" --body ").append(body);
            }
            if (f != null) {
                cmd.append(" --from ").append(f);
            }
            if (t != null) {
                cmd.append(" --to ").append(t);
            }
            Path published = ImportWriter.write(out, r, cmd.toString());
            PrintWriter w = spec.commandLine().getOut();
            w.printf(Locale.ROOT, "Imported %d roll calls (%s to %s) from %d file%s in %.2f s; %d tally warning%s"
                            + " (see provenance.md).%n", r.rollCalls().size(), r.rollCalls().get(0).date(),
                    r.rollCalls().get(r.rollCalls().size() - 1).date(), files.size(), files.size() == 1 ? "" : "s",
                    (System.nanoTime() - start) / 1e9, r.warnings().size(), r.warnings().size() == 1 ? "" : "s");
            for (String n : r.notes()) {
                w.println("Note: " + n);
            }
            w.println("Output: " + published);
            w.flush();
            return Main.OK;
        }
    }

    /** {@code realign votes list [--session N] [--grep TEXT]}. */
    @Command(name = "list", mixinStandardHelpOptions = true, versionProvider = Main.VersionInfo.class,
            description = {"Lists the roll calls scenarios can use (history: and shocks:): id, date, tally"
                    + " (yes-no-abstain, absent), the U.S. vote and the title.",
                "Exit status: 0 success, 2 bad input, 1 internal error."})
    static final class ListVotes implements Callable<Integer> {

        @Spec
        private CommandSpec spec;

        @Option(names = "--session", paramLabel = "N",
                description = "Only this session: 79, 80, or an emergency special session such as ES-11.")
        private String session;

        @Option(names = "--grep", paramLabel = "TEXT",
                description = "Only roll calls whose id, symbol or title contains TEXT (case-insensitive).")
        private String grep;

        @Option(names = "--from", paramLabel = "DATE", description = "Only votes on or after this ISO date.")
        private String from;

        @Option(names = "--to", paramLabel = "DATE", description = "Only votes on or before this ISO date.")
        private String to;

        @Override
        public Integer call() throws InputException {
            World world = WorldLoader.loadShipped();
            RollCallSelection sel = RollCallSelection.of(
                    session == null ? List.of() : List.of(RollCallSelection.session(session, "--session")),
                    RollCallSelection.isoDate(from, "--from"), RollCallSelection.isoDate(to, "--to"), List.of());
            String needle = grep == null ? null : grep.toLowerCase(Locale.ROOT);
            int us = world.indexOf("USA");
            PrintWriter w = spec.commandLine().getOut();
            Set<String> shown = new LinkedHashSet<>();
            w.printf(Locale.ROOT, "%-12s %-10s %-15s %-4s %s%n", "id", "date", "tally", "USA", "title");
            for (RollCall rc : world.rollCalls().values()) {
                if (!sel.matches(rc)) {
                    continue;
                }
                if (needle != null && !(rc.id() + " " + rc.symbol() + " " + rc.subject()).toLowerCase(Locale.ROOT)
                        .contains(needle)) {
                    continue;
                }
                shown.add(rc.id());
                String tally = rc.yes() + "-" + rc.no() + "-" + rc.abstain() + " (" + rc.absent() + ")";
                w.printf(Locale.ROOT, "%-12s %-10s %-15s %-4s %s%n", rc.id(), rc.date(), tally,
                        us < 0 ? "?" : rc.vote(us).name(), rc.subject());
            }
            w.printf(Locale.ROOT, "%d of %d roll calls.%n", shown.size(), world.rollCalls().size());
            w.flush();
            return Main.OK;
        }
    }
}
