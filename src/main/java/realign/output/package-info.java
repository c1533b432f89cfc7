/**
 * Output of a run: {@link realign.output.RunDirectory} (temporary folder, renamed when complete, never
 * overwriting), {@link realign.output.RunFiles} (CSV tables, GraphML networks, the exact scenario),
 * {@link realign.output.Manifest} (what was run, with hashes), {@link realign.output.CsvFiles},
 * {@link realign.output.GraphMl}.
 */
package realign.output;
