package realign.validate;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import realign.Version;
import realign.observe.Fmt;
import realign.observe.Table;
import realign.output.CsvFiles;

/** Writes the tables of a validation (docs/validation.md) and prints its short table. */
public final class ValidationWriter {

    static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ValidationWriter() {}

    /** The next numbered folder under {@code RESULT_DIR/validation/}: 001, 002, ... */
    public static Path nextFolder(Path resultDir) throws IOException {
        Path parent = resultDir.resolve("validation");
        int max = 0;
        if (Files.isDirectory(parent)) {
            try (var files = Files.list(parent)) {
                for (Path p : files.toList()) {
                    String n = p.getFileName().toString();
                    if (n.matches("\\d{3,}")) {
                        max = Math.max(max, Integer.parseInt(n));
                    }
                }
            }
        }
        return parent.resolve(String.format(Locale.ROOT, "%03d", max + 1));
    }

    /** validation.csv rows of one report's "all" scores; the model's row from {@code model} (a mean for sweeps). */
    static Table validationTable(Validation.Scores s, Validation.Settings settings) {
        Table t = new Table(List.of("scorer", "k", "hits", "precision", "recall", "average_precision",
                "median_months", "hits_low", "hits_high"));
        int r = s.targets().size();
        for (int k : Validation.ks(settings)) {
            Scorer.Result m = s.model().result();
            t.add("model", Integer.toString(k), Integer.toString(m.hits(k)), Fmt.num(m.precision(k)),
                    Fmt.num(m.recall(k)), Fmt.num(m.averagePrecision()), Fmt.num(s.model().medianMonths()), "NA", "NA");
            for (String name : List.of("capability", "gravity", "affinity")) {
                Scorer.Result b = baseline(s, name);
                t.add(name, Integer.toString(k), Integer.toString(b.hits(k)), Fmt.num(b.precision(k)),
                        Fmt.num(b.recall(k)), Fmt.num(b.averagePrecision()), "NA", "NA", "NA");
            }
            double e = s.random().expectedHits(k);
            double[] ci = s.sampled().interval(k);
            t.add("random", Integer.toString(k), Fmt.num(e), Fmt.num(e / k), Fmt.num(e / r),
                    Fmt.num(s.sampled().meanAveragePrecision()), "NA", Fmt.num(ci[0]), Fmt.num(ci[1]));
        }
        return t;
    }

    static Scorer.Result baseline(Validation.Scores s, String name) {
        return switch (name) {
            case "capability" -> s.capability();
            case "gravity" -> s.gravity();
            case "affinity" -> s.affinity();
            default -> throw new IllegalArgumentException(name);
        };
    }

    static Table kindsTable(List<Validation.Scores> kinds, Validation.Settings settings) {
        Table t = new Table(List.of("kind", "observed", "scorer", "k", "hits", "precision", "recall",
                "average_precision"));
        for (Validation.Scores s : kinds) {
            String obs = Integer.toString(s.targets().size());
            for (int k : Validation.ks(settings)) {
                Scorer.Result m = s.model().result();
                t.add(s.kind(), obs, "model", Integer.toString(k), Integer.toString(m.hits(k)), Fmt.num(m.precision(k)),
                        Fmt.num(m.recall(k)), Fmt.num(m.averagePrecision()));
                for (String name : List.of("capability", "gravity", "affinity")) {
                    Scorer.Result b = baseline(s, name);
                    t.add(s.kind(), obs, name, Integer.toString(k), Integer.toString(b.hits(k)),
                            Fmt.num(b.precision(k)), Fmt.num(b.recall(k)), Fmt.num(b.averagePrecision()));
                }
                double e = s.random().expectedHits(k);
                t.add(s.kind(), obs, "random", Integer.toString(k), Fmt.num(e), Fmt.num(e / k),
                        Fmt.num(e / s.targets().size()), "NA");
            }
        }
        return t;
    }

    static Table pairsTable(Validation.Report rep) {
        Table t = new Table(List.of("party_a", "party_b", "date", "kind", "name", "model_a", "model_b", "model_round",
                "model_month", "model_rank", "lag_months", "capability_rank", "gravity_rank", "affinity_rank"));
        Validation.Scores s = rep.all();
        for (int o = 0; o < s.targets().size(); o++) {
            Scorer.Target g = s.targets().get(o);
            int rank = s.model().result().firstRank()[o];
            ModelRun.PairEvent e = rank > 0 ? s.model().events().get(rank - 1) : null;
            t.add(g.partyA(), g.partyB(), g.date().toString(), g.kind(), g.name(), e == null ? "" : e.a(),
                    e == null ? "" : e.b(), e == null ? "NA" : Integer.toString(e.round()),
                    e == null ? "NA" : rep.context().calendar().month(e.round()).toString(), rankText(rank),
                    e == null ? "NA" : Integer.toString(s.model().lagMonths()[o]),
                    rankText(s.capability().firstRank()[o]), rankText(s.gravity().firstRank()[o]),
                    rankText(s.affinity().firstRank()[o]));
        }
        return t;
    }

    private static String rankText(int r) {
        return r > 0 ? Integer.toString(r) : "NA";
    }

    static Table surveysTable(SurveyPattern p, String month) {
        Table t = new Table(List.of("iso3", "survey_change", "survey_month", "survey_round", "model_trust_round_0",
                "model_trust_survey_round", "model_change", "same_sign"));
        for (SurveyPattern.Row r : p.rows()) {
            boolean known = !Double.isNaN(r.modelChange());
            t.add(r.iso3(), Fmt.num(r.surveyChange()), month, Integer.toString(p.round()), Fmt.num(r.trust0()),
                    Fmt.num(r.trustAtSurvey()), Fmt.num(r.modelChange()),
                    known ? Boolean.toString(Math.signum(r.surveyChange()) == Math.signum(r.modelChange())) : "NA");
        }
        return t;
    }

    /** The curves of the figure: hits@k for k = 1..K of each scorer; the random one with its band. */
    static Table curveTable(Validation.Scores s, int maxK) {
        Table t = new Table(List.of("scorer", "k", "hits", "hits_low", "hits_high"));
        for (int k = 1; k <= maxK; k++) {
            t.add("model", Integer.toString(k), Integer.toString(s.model().result().hits(k)), "NA", "NA");
        }
        for (String name : List.of("capability", "gravity", "affinity")) {
            for (int k = 1; k <= maxK; k++) {
                t.add(name, Integer.toString(k), Integer.toString(baseline(s, name).hits(k)), "NA", "NA");
            }
        }
        for (int k = 1; k <= maxK; k++) {
            double[] ci = s.sampled().interval(k);
            t.add("random", Integer.toString(k), Fmt.num(s.random().expectedHits(k)), Fmt.num(ci[0]), Fmt.num(ci[1]));
        }
        return t;
    }

    /** Writes a run's validation into {@code dir} (a temporary folder). */
    static List<String> writeRun(Path dir, Validation.Report rep, Map<String, Object> inputs) throws IOException {
        Validation.Settings st = rep.context().settings();
        CsvFiles.write(dir.resolve("validation.csv"), validationTable(rep.all(), st));
        CsvFiles.write(dir.resolve("validation-kinds.csv"), kindsTable(rep.kinds(), st));
        CsvFiles.write(dir.resolve("validation-pairs.csv"), pairsTable(rep));
        CsvFiles.write(dir.resolve("surveys.csv"), surveysTable(rep.survey(), st.surveyMonth().toString()));
        CsvFiles.write(dir.resolve(realign.charts.ValidationFigure.CURVE_CSV),
                curveTable(rep.all(), Validation.maxK(st)));
        List<String> files = new ArrayList<>(List.of("validation.csv", "validation-kinds.csv", "validation-pairs.csv",
                "surveys.csv", realign.charts.ValidationFigure.CURVE_CSV));
        return files;
    }

    /** The manifest of a validation folder: what was scored, against what, with which settings. */
    static void manifest(Path dir, Validation.Context c, Map<String, Object> extra, List<String> files)
            throws IOException {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("realign_version", Version.realign());
        m.put("model_version", Version.MODEL);
        m.put("kind", "validation");
        m.putAll(extra);
        m.put("events_file", c.events().file());
        m.put("events_sha256", c.events().sha256());
        m.put("from", c.from().toString());
        m.put("to", c.to().toString());
        m.put("round_1_month", c.calendar().start().toString());
        Validation.Settings s = c.settings();
        m.put("k", s.ks());
        m.put("kinds", new java.util.TreeSet<>(s.kinds()));
        m.put("exclude", new java.util.TreeSet<>(s.exclude()));
        m.put("survey_month", s.surveyMonth().toString());
        m.put("random_seed", s.seed());
        m.put("random_permutations", s.permutations());
        m.put("observed_pairs", c.targets().size());
        m.put("files", files);
        Files.writeString(dir.resolve("manifest.json"), JSON.writeValueAsString(m) + "\n", StandardCharsets.UTF_8);
    }

    /** The short printed table of a run's validation. */
    static void print(PrintWriter w, Validation.Report rep, int modelEvents) {
        Validation.Context c = rep.context();
        Validation.Scores s = rep.all();
        int[] ks = Validation.ks(c.settings());
        w.printf(Locale.ROOT, "Validation against %d observed pairs, %s to %s (%s; round 1 = %s)%n", c.targets().size(),
                c.from(), c.to(), c.events().file(), c.calendar().start());
        w.printf(Locale.ROOT, "Candidates: %d pairs (without %s); model: %d pair events in the window%n",
                rep.candidates().size(), String.join(", ", new java.util.TreeSet<>(c.settings().exclude())),
                modelEvents);
        StringBuilder head = new StringBuilder(String.format(Locale.ROOT, "  %-12s", "scorer"));
        for (int k : ks) {
            head.append(String.format(Locale.ROOT, " %13s", "hits@" + k));
        }
        head.append(String.format(Locale.ROOT, " %8s", "AP"));
        w.println(head);
        for (String name : Validation.SCORERS) {
            StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "  %-12s", name));
            for (int k : ks) {
                String cell;
                if (name.equals("model")) {
                    cell = Integer.toString(s.model().result().hits(k));
                } else if (name.equals("random")) {
                    double[] ci = s.sampled().interval(k);
                    cell = String.format(Locale.ROOT, "%.1f [%.0f,%.0f]", s.random().expectedHits(k), ci[0], ci[1]);
                } else {
                    cell = Integer.toString(baseline(s, name).hits(k));
                }
                row.append(String.format(Locale.ROOT, " %13s", cell));
            }
            double ap = switch (name) {
                case "model" -> s.model().result().averagePrecision();
                case "random" -> s.sampled().meanAveragePrecision();
                default -> baseline(s, name).averagePrecision();
            };
            row.append(String.format(Locale.ROOT, " %8.4f", ap));
            w.println(row);
        }
        w.printf(Locale.ROOT, "Model hits: median %s months from the observed date%n",
                Double.isNaN(s.model().medianMonths()) ? "NA" : Fmt.num(s.model().medianMonths()));
        SurveyPattern p = rep.survey();
        w.printf(Locale.ROOT, "Surveys (%s, round %d): Spearman %s over %d countries; same sign %s%n",
                c.settings().surveyMonth(), p.round(), Double.isNaN(p.spearman()) ? "NA"
                        : String.format(Locale.ROOT, "%.2f", p.spearman()), p.rows().size(),
                Double.isNaN(p.sameSign()) ? "NA" : String.format(Locale.ROOT, "%.0f%%", 100 * p.sameSign()));
    }
}
