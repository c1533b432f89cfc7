/**
 * {@code realign calibrate}: fits parameters to the observed window (docs/validation.md, "Calibrating").
 * <ul>
 *   <li>{@code CalibrationSpec}, {@code CalibrationReader}: the calibration file (scenario, factors with bounds as in
 *       sweeps, replicates, objective, window), checked with {@code file:line:col} messages.</li>
 *   <li>{@code Cmaes}: CMA-ES in the unit cube, driven ask/tell from a seeded generator.</li>
 *   <li>{@code Calibration}: generations evaluated in parallel and fed back in order, trace.csv appended as it goes,
 *       resume by replaying the trace, best.yaml, figure and manifest at the end.</li>
 *   <li>{@code BestScenario}: the base scenario with the fitted values written in, as runnable YAML.</li>
 * </ul>
 */
package realign.calibrate;
