package realign.validate;

import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import realign.InputException;
import realign.scenario.Scenario;
import realign.world.World;

/**
 * Validation scores as run-level outcomes of sweeps and objectives of calibrations, computed on a run in memory
 * against the shipped observed window with the default settings (docs/validation.md):
 * {@code validation_hits_at_K}, {@code validation_precision_at_K}, {@code validation_recall_at_K},
 * {@code validation_average_precision}, {@code validation_median_months}, {@code survey_spearman},
 * {@code survey_same_sign}.
 */
public final class ValidationOutcomes {

    private static final Pattern AT_K = Pattern.compile("validation_(hits|precision|recall)_at_([1-9]\\d{0,5})");
    /** The names without a k. */
    public static final List<String> FIXED = List.of("validation_average_precision", "validation_median_months",
            "survey_spearman", "survey_same_sign");
    /** Names to suggest in messages. */
    public static final List<String> EXAMPLES = List.of("validation_hits_at_40", "validation_precision_at_40",
            "validation_recall_at_40", "validation_average_precision", "validation_median_months", "survey_spearman",
            "survey_same_sign");

    private static final Map<World, Events> SHIPPED = new WeakHashMap<>();

    private ValidationOutcomes() {}

    public static boolean isMetric(String name) {
        return FIXED.contains(name) || AT_K.matcher(name).matches();
    }

    /** The shipped events for a world, read once per world. */
    static Events shipped(World world) {
        synchronized (SHIPPED) {
            return SHIPPED.computeIfAbsent(world, EventsReader::shipped);
        }
    }

    /** The scores of one run. */
    public record RunScores(Validation.ModelScores model, SurveyPattern survey) {

        public double value(String metric) {
            Matcher m = AT_K.matcher(metric);
            if (m.matches()) {
                int k = Integer.parseInt(m.group(2));
                return switch (m.group(1)) {
                    case "hits" -> model.result().hits(k);
                    case "precision" -> model.result().precision(k);
                    default -> model.result().recall(k);
                };
            }
            return switch (metric) {
                case "validation_average_precision" -> model.result().averagePrecision();
                case "validation_median_months" -> model.medianMonths();
                case "survey_spearman" -> survey.spearman();
                case "survey_same_sign" -> survey.sameSign();
                default -> throw new IllegalArgumentException("not a validation score: " + metric);
            };
        }
    }

    /** Scores a run against the given events and settings. */
    public static RunScores score(ModelRun run, Scenario s, World world, Events events, Validation.Settings settings)
            throws InputException {
        realign.Calendar calendar = Validation.calendar(s, settings.start());
        Validation.Context c = Validation.context(events, calendar, settings);
        return new RunScores(Validation.model(run, c, c.targets()),
                SurveyPattern.of(events.surveys(), run, calendar, settings.surveyMonth()));
    }

    /** Scores a run against the shipped window with the default settings. */
    public static RunScores score(ModelRun run, Scenario s, World world) throws InputException {
        return score(run, s, world, shipped(world), Validation.Settings.defaults());
    }
}
