package realign.calibrate;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import realign.experiment.Factor;
import realign.experiment.Seeds;

/**
 * A calibration as read from its file (docs/validation.md).
 *
 * @param objective validation scores (sweep outcome names) and their weights; the objective, maximised, is the
 *     weighted sum of each score's mean over the replicates
 * @param from first date of the observed window (null: round 1's month)
 * @param to last date of the observed window (null: the latest event)
 */
public record CalibrationSpec(String name, String description, String baseScenario, Path basePath, long seed,
                              int replicates, Seeds.Rule seeds, int budget, int population, double sigma,
                              Map<String, Double> fixed, List<Factor> factors, Map<String, Double> objective,
                              LocalDate from, LocalDate to) {

    public CalibrationSpec {
        fixed = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(fixed));
        factors = List.copyOf(factors);
        objective = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(objective));
    }
}
