/**
 * {@code realign gui}: the MASON Console over the model {@code realign run} steps (docs/gui.md). A thin shell:
 * the scenario is read and validated by {@code realign.scenario}, the run is {@code realign.model.AllianceModel}
 * recorded by {@code realign.observe.RunRecord}, an export is written by {@code realign.output}; this package only
 * shows and drives them. One file, one job:
 * <ul>
 *   <li>{@link realign.gui.GuiCommand}: the picocli command; checks for a display, reads the scenario, opens the
 *       Console; {@code --measure} plays a run and prints rounds per second.</li>
 *   <li>{@link realign.gui.RealignWithUI}: the {@code GUIState}: builds a fresh model on each start, wires the
 *       views, the model inspector and the Scenario menu (open, restart with seed, save PNG, export).</li>
 *   <li>{@code Session}: the scenario file with its overrides (command line and inspector), immutable; makes
 *       runs.</li>
 *   <li>{@code ScenarioParameters}: the model inspector's properties: seed, rounds and every parameter of
 *       {@code realign.scenario.Params} with its range as domain, read-only during a run; round and date.</li>
 *   <li>{@code WorldView}: the Display2D and its layers (map, all trade agreements, security ties, the run's
 *       trade agreements, countries) in an equirectangular field; {@code MapPortrayal}: the Natural Earth
 *       outlines; {@code TiePortrayal}: a tie of either layer and this round's events; {@code CountryPortrayal}: a country's disc; {@code Legend}: the key under the map.</li>
 *   <li>{@link realign.gui.CountryAgent}: a country's state as bean properties for the view and its inspector;
 *       {@code CountryInspector}: those properties plus the partners table.</li>
 *   <li>{@code LiveCharts}: the three JFreeChart panels (trust in the U.S., ties per round, bloc sizes) fed from
 *       the run's record.</li>
 *   <li>{@code RunExport}: the run so far as a run folder, as {@code realign run --rounds t} writes it.</li>
 *   <li>{@link realign.gui.Dialogs}: every error, question and file choice; {@code SwingDialogs} shows them.</li>
 * </ul>
 */
package realign.gui;
