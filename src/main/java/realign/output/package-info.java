/**
 * Output of a run: {@link realign.output.RunDirectory} (temporary folder, renamed when complete, never
 * overwriting), {@link realign.output.RunFiles} (CSV tables, GraphML networks, the exact scenario),
 * {@link realign.output.Manifest} (what was run, with hashes), {@link realign.output.CsvFiles},
 * {@link realign.output.GraphMl}. Shared by every command that writes:
 * {@link realign.output.OutputFiles} (every write goes through it; whole-file atomic replacement),
 * {@link realign.output.IoFault} (a full disk, permission denied, ... told apart from bugs),
 * {@link realign.output.FinishingSteps} (idempotent steps after the runs of a sweep, merge or calibration),
 * {@link realign.output.PartialFolders} (unfinished folders left by killed runs and sweeps).
 */
package realign.output;
