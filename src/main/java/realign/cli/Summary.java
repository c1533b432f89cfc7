package realign.cli;

import realign.model.ModelSpec;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import realign.observe.RunRecord;
import realign.observe.Table;
import realign.scenario.Scenario;

/** The one-screen summary printed after a run. */
final class Summary {

    private static final int MEMBERS_SHOWN = 6;
    /** Ties listed per layer among the strongest formations. */
    static final int STRONGEST_SHOWN = 5;

    private Summary() {}

    static void print(PrintWriter w, RunRecord record, Scenario s, Path dir) {
        int n = record.world().size();
        w.printf(Locale.ROOT, "realign · %s · seed %d · %d rounds · %d countries%n", s.name(), s.seed(), s.rounds(), n);
        if (s.shocks().isEmpty()) {
            w.println("Shocks: none");
        } else {
            StringBuilder b = new StringBuilder("Shocks:");
            // in the order they run: by round, then as listed (a stable sort keeps the file's order within a round)
            List<ModelSpec.Shock> byRound = s.shocks().stream()
                    .sorted(java.util.Comparator.comparingInt(ModelSpec.Shock::round)).toList();
            for (ModelSpec.Shock sh : byRound) {
                b.append(String.format(Locale.ROOT, " round %d %s (salience %s);", sh.round(), sh.label(),
                        realign.observe.Fmt.num(sh.salience())));
            }
            w.println(b.substring(0, b.length() - 1));
        }
        blocs(w, "Blocs at round 0", record.firstBlocs());
        blocs(w, "Blocs at round " + s.rounds(), record.lastBlocs());

        List<RunRecord.FormedTie> ties = record.formedTiesByValue();
        Table rounds = record.rounds();
        int formed = sum(rounds, "ties_formed");
        int dissolved = sum(rounds, "ties_dissolved");
        long reformed = ties.stream().filter(RunRecord.FormedTie::reformed).count();
        int strengthened = sum(rounds, "ties_strengthened");
        int tradeFormed = sum(rounds, "economic_ties_formed");
        int tradeStrengthened = sum(rounds, "economic_ties_strengthened");
        String last = Integer.toString(s.rounds());
        // "new" only for what docs/outputs.md calls new: a tie that exists now and did not at round 0 (new_ties)
        w.printf(Locale.ROOT, "%nTies: %d formed, %d dissolved over %d rounds; %d of the formed re-form a dissolved"
                + " tie.%n", formed, dissolved, s.rounds(), reformed);
        int restructured = sum(rounds, "ties_restructured");
        if (restructured > 0) {
            // rows, not changes: an agreement that does not raise a tie still has its 'signed' row
            w.printf(Locale.ROOT, "Leave, join and agreement shocks: %d row%s in ties.csv (left, joined, signed: the tie"
                    + " after each).%n", restructured, restructured == 1 ? "" : "s");
        }
        w.printf(Locale.ROOT, "New since round 0: %s of the ties at round %s did not exist at round 0 (new_ties).%n",
                value(rounds, "new_ties", last, "%.0f"), last);
        w.printf(Locale.ROOT, "Deepened: %d security ties strengthened; trade agreements: %d formed, %d strengthened.%n",
                strengthened, tradeFormed, tradeStrengthened);
        long balancers = balancers(record.countries());
        if (balancers > 0) {
            w.printf(Locale.ROOT, "Internal balancing: %d countries raised their military spending; capability added"
                    + " by round %s: %s (build_up).%n", balancers, last, value(rounds, "build_up", last, "%.4f"));
        }
        // one list per layer: a security and an economic pair value are in different units (capability-weighted
        // support against gravity trade), so they are not ranked on one scale
        for (realign.model.Layer layer : realign.model.Layer.values()) {
            List<RunRecord.FormedTie> inLayer = ties.stream().filter(t -> t.layer() == layer).toList();
            if (inLayer.isEmpty()) {
                continue;
            }
            boolean security = layer == realign.model.Layer.SECURITY;
            w.printf(Locale.ROOT, "The %d strongest %s (pair value v, %s):%n",
                    Math.min(STRONGEST_SHOWN, inLayer.size()),
                    security ? "security ties formed or deepened" : "trade agreements",
                    security ? "security layer" : "economic layer, not comparable with the security layer's v");
            for (RunRecord.FormedTie t : inLayer.subList(0, Math.min(STRONGEST_SHOWN, inLayer.size()))) {
                String kind = t.event() == realign.model.TieEvent.STRENGTHENED ? "  strengthened" : "";
                w.printf(Locale.ROOT, "  round %2d  %s–%s  %-8s  v = %.4f  %s – %s%s%s%n", t.round(), t.a(), t.b(),
                        layer.csv(), t.value(), name(record, t.a()), name(record, t.b()), kind,
                        t.reformed() ? "  re-formed (dissolved in round " + t.dissolvedIn() + ")" : "");
            }
        }

        w.printf(Locale.ROOT, "%nMean trust in the U.S.      round 0   round 1  %8s   lowest  in round%n",
                "round " + last);
        for (Scenario.FocusGroup g : s.focus()) {
            String[] trough = trough(rounds, g.column());
            w.printf(Locale.ROOT, "  %-24s %7s   %7s   %7s    %5s  %8s%n", g.name(),
                    value(rounds, g.column(), "0", "%.3f"), value(rounds, g.column(), "1", "%.3f"),
                    value(rounds, g.column(), last, "%.3f"), trough[0], trough[1]);
        }
        Path cwd = Path.of("").toAbsolutePath();
        Path shown = dir.startsWith(cwd) ? cwd.relativize(dir) : dir;
        w.printf(Locale.ROOT, "%nFigures: %s (every figure: ./realign plot %s)%n",
                java.nio.file.Files.isDirectory(dir.resolve("figures")) ? shown.resolve("figures") : "none drawn", shown);
        w.printf(Locale.ROOT, "Output: %s%n", shown);
    }

    private static void blocs(PrintWriter w, String title, List<RunRecord.Bloc> blocs) {
        w.printf(Locale.ROOT, "%n%s:%n", title);
        for (RunRecord.Bloc b : blocs) {
            if (b.members().isEmpty()) {
                continue;
            }
            boolean unaligned = b.label().equals("unaligned");
            String head = unaligned ? "unaligned" : b.label() + " (" + b.name() + ")";
            List<String> shown = b.members().subList(0, Math.min(MEMBERS_SHOWN, b.members().size()));
            String more = b.members().size() > MEMBERS_SHOWN ? ", +" + (b.members().size() - MEMBERS_SHOWN) : "";
            w.printf(Locale.ROOT, "  %-10s %3d countries %5.1f%% of capability  %s%s%n", head, b.members().size(),
                    100 * b.capabilityShare(), String.join(", ", shown), more);
        }
    }

    private static String name(RunRecord r, String iso3) {
        return r.world().country(r.world().indexOf(iso3)).name();
    }

    /** Countries that raised their military spending in some round (countries.csv {@code balancing}). */
    private static long balancers(Table countries) {
        int iso = countries.column("iso3");
        int c = countries.column("balancing");
        return countries.rows().stream().filter(r -> r[c].equals("1")).map(r -> r[iso]).distinct().count();
    }

    private static int sum(Table t, String column) {
        int c = t.column(column);
        int s = 0;
        for (String[] row : t.rows()) {
            s += Integer.parseInt(row[c]);
        }
        return s;
    }

    private static String value(Table t, String column, String round, String format) {
        int c = t.column(column);
        for (String[] row : t.rows()) {
            if (row[0].equals(round)) {
                return row[c].equals("NA") ? "NA" : String.format(Locale.ROOT, format, Double.parseDouble(row[c]));
            }
        }
        return "";
    }

    /** The lowest value of a column and the first round it is reached in; {"NA", "NA"} if every value is NA. */
    private static String[] trough(Table t, String column) {
        int c = t.column(column);
        double min = Double.POSITIVE_INFINITY;
        String at = "NA";
        for (String[] row : t.rows()) {
            if (!row[c].equals("NA") && Double.parseDouble(row[c]) < min) {
                min = Double.parseDouble(row[c]);
                at = row[0];
            }
        }
        return at.equals("NA") ? new String[] {"NA", "NA"}
                : new String[] {String.format(Locale.ROOT, "%.3f", min), at};
    }
}
