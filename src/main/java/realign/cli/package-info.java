/**
 * The command line (picocli): {@link realign.cli.Main} and its subcommands (run, sweep, merge, plot, clean); a
 * thin shell over the run path. {@link realign.cli.FaultReport}: what a command kept after a fault of the disk.
 * {@code RunPreload}: what {@code realign run} starts on a second thread before the command line is parsed (the
 * shipped world, the figure warm-up).
 */
package realign.cli;
