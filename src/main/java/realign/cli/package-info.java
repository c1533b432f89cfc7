/** The command line (picocli): {@link realign.cli.Main} and its subcommands; a thin shell over the run path. */
package realign.cli;
