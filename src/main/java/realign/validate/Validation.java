package realign.validate;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import realign.InputException;

/**
 * One validation: the observed window resolved against a run's calendar, the model's pair events scored, and (for
 * a full report) the baselines on the same candidates, per kind as well, and the survey pattern.
 */
public final class Validation {

    /** The scorers in the order of every table. */
    public static final List<String> SCORERS = List.of("model", "capability", "gravity", "affinity", "random");

    private Validation() {}

    /**
     * What to score.
     *
     * @param from first date of the window (null: the first day of round 1's month)
     * @param to last date of the window (null: the latest event in the events file)
     * @param ks the k of hits@k, precision@k and recall@k
     * @param kinds kinds of event scored (empty: all)
     * @param exclude countries left out of the candidates (and of the model's events)
     * @param surveyMonth the month the surveys were taken (round of the model's trust)
     * @param seed seed of the random baseline's permutations
     * @param permutations how many permutations
     * @param start the month of round 1 (YYYY-MM) replacing the scenario's {@code start}; null for the scenario's
     */
    public record Settings(LocalDate from, LocalDate to, List<Integer> ks, Set<String> kinds, Set<String> exclude,
                           YearMonth surveyMonth, long seed, int permutations, String start) {
        public Settings {
            ks = List.copyOf(ks);
            kinds = Set.copyOf(kinds);
            exclude = Set.copyOf(exclude);
        }

        public static Settings defaults() {
            return new Settings(null, null, List.of(20, 40, 80), Set.of(), Set.of("USA"), YearMonth.of(2025, 6), 1,
                    1000, null);
        }
    }

    /** The window and observed pairs of one validation. */
    public record Context(Events events, realign.Calendar calendar, LocalDate from, LocalDate to,
                          List<Scorer.Target> targets, Settings settings) {}

    /**
     * The calendar that maps observed dates to rounds: the scenario's own ({@code start:}), or {@code --start}
     * (YYYY-MM, the month of round 1) when given.
     */
    public static realign.Calendar calendar(realign.scenario.Scenario s, String start) throws InputException {
        if (start == null) {
            return s.calendar();
        }
        YearMonth m = realign.Calendar.parseMonth(start);
        if (m == null) {
            throw new InputException("--start: expected a month YYYY-MM (the month of round 1), got "
                    + EventsReader.quoteOrNothing(start));
        }
        return new realign.Calendar(m);
    }

    /** Resolves the window; an empty one is the user's mistake. */
    public static Context context(Events events, realign.Calendar calendar, Settings s) throws InputException {
        LocalDate from = s.from() != null ? s.from() : calendar.month(1).atDay(1);
        LocalDate to = s.to() != null ? s.to() : events.last();
        if (to.isBefore(from)) {
            throw new InputException("--to " + to + ": expected a date on or after --from (" + from + "), got an"
                    + " earlier one");
        }
        List<Scorer.Target> targets = Scorer.targets(events, from, to, s.kinds());
        if (targets.isEmpty()) {
            LocalDate first = events.events().stream().map(Events.Observed::date).min(LocalDate::compareTo).orElseThrow();
            throw new InputException(events.file() + ": --from/--to: expected at least one observed event"
                    + (s.kinds().isEmpty() ? "" : " of kind " + String.join(", ", new java.util.TreeSet<>(s.kinds())))
                    + " between " + from + " and " + to + ", got none (the file's events run from " + first + " to "
                    + events.last() + ")");
        }
        return new Context(events, calendar, from, to, targets, s);
    }

    /** The model's scores on one set of observed pairs. */
    public record ModelScores(Scorer.Result result, List<ModelRun.PairEvent> events, int[] lagMonths,
                              double medianMonths) {}

    /** The model's pair events that are candidates and fall in the window's months, in model order. */
    public static List<ModelRun.PairEvent> events(ModelRun run, Context c) {
        YearMonth first = YearMonth.from(c.from());
        YearMonth last = YearMonth.from(c.to());
        List<ModelRun.PairEvent> out = new ArrayList<>();
        for (ModelRun.PairEvent e : run.events()) {
            YearMonth m = c.calendar().month(e.round());
            if (m.isBefore(first) || m.isAfter(last) || c.settings().exclude().contains(e.a())
                    || c.settings().exclude().contains(e.b())) {
                continue;
            }
            out.add(e);
        }
        return out;
    }

    public static ModelScores model(ModelRun run, Context c, List<Scorer.Target> targets) {
        List<ModelRun.PairEvent> events = events(run, c);
        Scorer.Result r = Scorer.score(targets, events.stream().map(ModelRun.PairEvent::a).toList(),
                events.stream().map(ModelRun.PairEvent::b).toList());
        int[] lag = new int[targets.size()];
        List<Integer> abs = new ArrayList<>();
        for (int o = 0; o < lag.length; o++) {
            int rank = r.firstRank()[o];
            if (rank > 0) {
                lag[o] = realign.Calendar.monthsBetween(YearMonth.from(targets.get(o).date()),
                        c.calendar().month(events.get(rank - 1).round()));
                abs.add(Math.abs(lag[o]));
            }
        }
        return new ModelScores(r, events, lag, median(abs));
    }

    static double median(List<Integer> v) {
        if (v.isEmpty()) {
            return Double.NaN;
        }
        int[] s = v.stream().mapToInt(Integer::intValue).sorted().toArray();
        int m = s.length / 2;
        return s.length % 2 == 1 ? s[m] : (s[m - 1] + s[m]) / 2.0;
    }

    /** Scores of every scorer on one set of observed pairs (a kind, or all). */
    public record Scores(String kind, List<Scorer.Target> targets, ModelScores model, Scorer.Result capability,
                         Scorer.Result gravity, Scorer.Result affinity, RandomBaseline random,
                         RandomBaseline.Sampled sampled) {}

    /** A whole validation of one run. */
    public record Report(Context context, Candidates candidates, Scores all, List<Scores> kinds,
                         SurveyPattern survey) {}

    public static Report report(ModelRun run, Context c, Candidates candidates) {
        Candidates.Ranking any = candidates.all();
        Map<String, int[]> ranks = new LinkedHashMap<>();
        for (String name : List.of("capability", "gravity", "affinity")) {
            ranks.put(name, candidates.rankOf(name));
        }
        // each observed pair's matching candidates, computed once for every kind it appears in
        Map<String, int[]> matchCache = new HashMap<>();
        Scores all = scores("all", c.targets(), run, c, any, ranks, matchCache, true);
        Set<String> kinds = new LinkedHashSet<>();
        for (String k : EventsReader.KINDS) {
            if (c.targets().stream().anyMatch(t -> t.kind().equals(k))) {
                kinds.add(k);
            }
        }
        List<Scores> perKind = new ArrayList<>();
        for (String k : kinds) {
            List<Scorer.Target> t = Scorer.targets(c.events(), c.from(), c.to(), Set.of(k));
            perKind.add(scores(k, t, run, c, any, ranks, matchCache, false));
        }
        SurveyPattern survey = SurveyPattern.of(c.events().surveys(), run, c.calendar(), c.settings().surveyMonth());
        return new Report(c, candidates, all, perKind, survey);
    }

    private static Scores scores(String kind, List<Scorer.Target> t, ModelRun run, Context c, Candidates.Ranking any,
                                 Map<String, int[]> ranks, Map<String, int[]> matchCache, boolean sample) {
        int[][] matching = new int[t.size()][];
        for (int o = 0; o < t.size(); o++) {
            Scorer.Target g = t.get(o);
            matching[o] = matchCache.computeIfAbsent(g.partyA() + "|" + g.partyB(),
                    key -> Scorer.matching(List.of(g), any)[0]);
        }
        RandomBaseline random = new RandomBaseline(any.a().size(), matching);
        return new Scores(kind, t, model(run, c, t), Scorer.score(t.size(), matching, ranks.get("capability")),
                Scorer.score(t.size(), matching, ranks.get("gravity")),
                Scorer.score(t.size(), matching, ranks.get("affinity")), random,
                sample ? random.permute(c.settings().seed(), c.settings().permutations()) : null);
    }

    /** The largest k worth drawing: the largest asked for. */
    static int maxK(Settings s) {
        return s.ks().stream().mapToInt(Integer::intValue).max().orElse(80);
    }

    static int[] ks(Settings s) {
        return s.ks().stream().mapToInt(Integer::intValue).toArray();
    }
}
