/**
 * Scenario files (docs/scenarios.md): {@link realign.scenario.ScenarioReader} reads YAML with line numbers,
 * applies {@code --set} overrides, validates every field and resolves defaults into a
 * {@link realign.scenario.Scenario}; {@link realign.scenario.Params} is the one registry of model
 * parameters (name, default, range, meaning).
 */
package realign.scenario;
