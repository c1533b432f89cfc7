/**
 * Checks runs against what was observed after the 24 February 2025 votes (docs/validation.md): one scorer,
 * two ways in (a run folder's files, or a run in memory for sweep outcomes and calibration). {@code SweepValidation}
 * uses realign.experiment to re-run a sweep's runs, and realign.experiment uses {@code ValidationOutcomes} for
 * validation outcomes: the two packages know each other through those two classes only.
 * <ul>
 *   <li>{@code Events}, {@code EventsReader}: the observed window ({@code data/events/}: partnerships, parties,
 *       trust surveys), read and checked with {@code file:line: field: expected ..., got ...} messages.</li>
 *   <li>{@code ModelRun}, {@code ValidationRecorder}, {@code RunFolder}: the model's pair events and trust in
 *       the U.S., from a live run (an observer) or from a run folder's ties.csv and countries.csv.</li>
 *   <li>{@code Scorer}: hits@k, precision@k, recall@k, average precision and month lags of one ranking.</li>
 *   <li>{@code Baselines}: capability product, gravity, vote affinity and random rankings of the same
 *       candidate pairs; the random one exactly (expectation) and by seeded permutations (interval).</li>
 *   <li>{@code SurveyPattern}: the model's change of trust in the U.S. against the surveys' change.</li>
 *   <li>{@code Validation}, {@code ValidationWriter}, {@code SweepValidation}: a whole validation of a run or
 *       sweep folder and its numbered output folder.</li>
 *   <li>{@code ValidationOutcomes}: the scores as sweep outcomes ({@code validation_hits_at_40}, ...).</li>
 *   <li>{@code TaskProgress}: a progress bar (terminal) or plain lines for long tasks (sweep re-runs,
 *       calibrations).</li>
 * </ul>
 */
package realign.validate;
