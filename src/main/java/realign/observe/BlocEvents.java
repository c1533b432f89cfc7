package realign.observe;

import java.util.List;

/**
 * {@code bloc_events.csv} (docs/outputs.md): a bloc <em>appears</em> when its label has members at the end of a
 * round and had none at the end of the previous one (at round 0: every bloc with members), and
 * <em>dissolves</em> when the reverse holds. The model never reopens a label in the round it empties
 * (docs/model.md §3.4), so comparing the blocs of consecutive rounds finds every change of the set of labels.
 */
public final class BlocEvents {

    /** Columns of the table. */
    public static final List<String> COLUMNS = List.of("round", "date", "bloc", "event", "name", "size", "members");

    private BlocEvents() {}

    /**
     * Appends the events of {@code round} to {@code table}: dissolutions first, then appearances, each in label
     * order. An appearance shows the founding members (end of {@code round}); a dissolution the last members (end
     * of the previous round).
     *
     * @param date the round's month ({@code yyyy-MM}), as in every run table
     * @param previous the blocs at the end of the previous round (label order, as {@link RunRecord#blocsByRound});
     *     null at round 0
     * @param current the blocs at the end of {@code round}, same labels in the same order
     */
    static void add(Table table, int round, String date, List<RunRecord.Bloc> previous, List<RunRecord.Bloc> current) {
        String r = Integer.toString(round);
        for (int k = 0; previous != null && k < current.size(); k++) {
            RunRecord.Bloc before = previous.get(k);
            if (isBloc(before) && !before.members().isEmpty() && current.get(k).members().isEmpty()) {
                table.add(row(r, date, before, "dissolved"));
            }
        }
        for (int k = 0; k < current.size(); k++) {
            RunRecord.Bloc now = current.get(k);
            boolean wasEmpty = previous == null || previous.get(k).members().isEmpty();
            if (isBloc(now) && !now.members().isEmpty() && wasEmpty) {
                table.add(row(r, date, now, "appeared"));
            }
        }
    }

    private static boolean isBloc(RunRecord.Bloc b) {
        return !b.label().equals(RunMetrics.blocName(realign.blocs.LandscapeBlocs.UNALIGNED));
    }

    private static String[] row(String round, String date, RunRecord.Bloc b, String event) {
        return new String[] {round, date, b.label(), event, b.name(), Integer.toString(b.members().size()),
            String.join(" ", b.members())};
    }
}
