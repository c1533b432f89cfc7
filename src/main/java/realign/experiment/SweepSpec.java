package realign.experiment;

import java.nio.file.Path;
import java.util.List;

/**
 * A sweep as read from its file (docs/experiments.md): a base scenario, factors, a design, replicates per
 * point, outcomes, and what to keep.
 *
 * @param baseScenario the base scenario's path as written in the sweep file
 * @param basePath that path resolved against the sweep file's folder
 * @param bootstrap bootstrap resamples for the Sobol confidence intervals
 * @param fixed values set in every run (before the factors), by --set name
 * @param seriesBy the factor whose levels get a line each in the series-bands figure (null: chosen there)
 */
public record SweepSpec(String name, String description, String baseScenario, Path basePath, long seed,
                        int replicates, Design design, List<Factor> factors, List<Outcome> outcomes,
                        boolean keepRuns, int seriesEvery, Seeds.Rule seeds, int bootstrap,
                        java.util.Map<String, Double> fixed, String seriesBy) {

    public SweepSpec {
        factors = List.copyOf(factors);
        outcomes = List.copyOf(outcomes);
        fixed = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(fixed));
    }
}
