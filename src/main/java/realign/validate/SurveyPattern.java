package realign.validate;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.stat.correlation.SpearmansCorrelation;

/**
 * The survey pattern: for each surveyed country, the model's change of trust in the U.S. from round 0 to the round
 * of the survey month, against the survey's change (2025 against 2024). Spearman's rank correlation (average
 * ranks for ties) and the share of countries where both changes have the same sign.
 */
public record SurveyPattern(int round, List<Row> rows, double spearman, double sameSign) {

    /** One country: survey change (points), model trust at round 0 and at the survey round, and its change. */
    public record Row(String iso3, double surveyChange, double trust0, double trustAtSurvey) {
        public double modelChange() {
            return trustAtSurvey - trust0;
        }
    }

    public static SurveyPattern of(List<Events.SurveyChange> surveys, ModelRun run, realign.Calendar calendar,
                                   YearMonth surveyMonth) {
        int round = calendar.round(surveyMonth);
        List<Row> rows = new ArrayList<>();
        for (Events.SurveyChange s : surveys) {
            rows.add(new Row(s.iso3(), s.change(), run.trustInUs(s.iso3(), 0), run.trustInUs(s.iso3(), round)));
        }
        List<Row> usable = rows.stream().filter(r -> !Double.isNaN(r.modelChange())).toList();
        double spearman = Double.NaN;
        double same = Double.NaN;
        if (!usable.isEmpty()) {
            double[] x = usable.stream().mapToDouble(Row::surveyChange).toArray();
            double[] y = usable.stream().mapToDouble(Row::modelChange).toArray();
            if (usable.size() >= 3 && variance(x) > 0 && variance(y) > 0) {
                spearman = new SpearmansCorrelation().correlation(x, y);
            }
            int agree = 0;
            for (int i = 0; i < x.length; i++) {
                if (Math.signum(x[i]) == Math.signum(y[i])) {
                    agree++;
                }
            }
            same = (double) agree / x.length;
        }
        return new SurveyPattern(round, rows, spearman, same);
    }

    private static double variance(double[] v) {
        return new org.apache.commons.math3.stat.descriptive.moment.Variance().evaluate(v);
    }
}
