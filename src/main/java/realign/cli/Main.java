package realign.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import realign.InputException;
import realign.Version;

/** The {@code realign} command. Exit status: 0 success, 2 user error, 1 internal error. */
@Command(name = "realign", mixinStandardHelpOptions = true, versionProvider = Main.VersionInfo.class,
        description = "Simulates alliance realignment after diplomatic shocks such as the U.S. vote on UNGA"
                + " resolution ES-11/7 (24 February 2025).",
        subcommands = {RunCommand.class, SweepCommand.class, MergeCommand.class, PlotCommand.class,
            realign.gui.GuiCommand.class,
            CommandLine.HelpCommand.class})
public final class Main {

    public static final int OK = 0;
    public static final int INTERNAL_ERROR = 1;
    public static final int USER_ERROR = 2;

    public static void main(String[] args) {
        System.exit(execute(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs the command line in-process with the given streams and returns the exit status. */
    public static int execute(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cl = new CommandLine(new Main());
        cl.setOut(out);
        cl.setErr(err);
        cl.setParameterExceptionHandler((e, params) -> {
            CommandLine cmd = e.getCommandLine();
            err.println("realign: " + e.getMessage());
            // "Did you mean: run?" for a mistyped command or option, as picocli's own handler would say
            CommandLine.UnmatchedArgumentException.printSuggestions(e, err);
            err.println("Try '" + cmd.getCommandSpec().qualifiedName() + " --help' for usage.");
            err.flush();
            return USER_ERROR;
        });
        cl.setExecutionExceptionHandler((e, cmd, parsed) -> {
            if (e instanceof InputException) {
                err.println("realign: " + e.getMessage());
                err.flush();
                return USER_ERROR;
            }
            err.println("realign: internal error (please report it with the command and scenario):");
            e.printStackTrace(err);
            err.flush();
            return INTERNAL_ERROR;
        });
        int code = cl.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    /** Prints the realign and model versions. */
    static final class VersionInfo implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"realign " + Version.realign() + " (model " + Version.MODEL + ", Java "
                    + System.getProperty("java.version") + ")"};
        }
    }
}
