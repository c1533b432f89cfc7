/**
 * The model (docs/model.md), a MASON {@link sim.engine.SimState}; it does no IO.
 * <ul>
 *   <li>{@link realign.model.ModelSpec}: what to run (seed, rounds, history, shocks, parameters), built by the
 *       scenario package; the model never reads a scenario.</li>
 *   <li>{@link realign.model.ModelInput}: world + model spec compiled into primitive arrays (§1, §2).</li>
 *   <li>{@link realign.model.ModelParams}: the parameters, named as in YAML.</li>
 *   <li>{@link realign.model.AllianceModel}: state arrays and the schedule of a round; read-only accessors
 *       for observers.</li>
 *   <li>{@code InitialState}: prior trust and its fixed point (§1), solved by {@code DenseLu} (Commons Math's LU,
 *       bit for bit, on flat arrays), and {@link realign.model.Round0Cache}, which lets a sweep's runs with
 *       the same round-0 inputs share them; {@code Shocks}: the Bayesian update
 *       (§2); {@code TieSources}: where each tie comes from, for leave, join and agreement (§2b);
 *       {@code TrustDynamics} (§3.2), {@code Renegotiation} (§3.3), {@code Balancing} (§3.3b),
 *       {@code BlocPhase} (§3.4): the round's {@link sim.engine.Steppable} phases.</li>
 *   <li>{@link realign.model.RoundObserver}, {@link realign.model.TieLog}, {@link realign.model.TieEvent}:
 *       what observers see.</li>
 * </ul>
 */
package realign.model;
