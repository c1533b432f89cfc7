package realign.cli;

import java.io.PrintWriter;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import realign.InputException;
import realign.Version;
import realign.output.IoFault;

/**
 * The {@code realign} command. Exit status: 0 success, 2 user error (bad input, nothing written), 1 a fault of
 * the disk or file system (no space, permission denied, ...: one line saying what was kept and how to go on) or
 * an internal error (with a stack trace to report).
 */
@Command(name = "realign", mixinStandardHelpOptions = true, versionProvider = Main.VersionInfo.class,
        description = "Simulates alliance realignment after diplomatic shocks such as the U.S. vote on UNGA"
                + " resolution ES-11/7 (24 February 2025).",
        subcommands = {RunCommand.class, SweepCommand.class, MergeCommand.class, PlotCommand.class,
            CompareCommand.class, ValidateCommand.class, CalibrateCommand.class, VotesCommand.class,
            CleanCommand.class, SlurmCommand.class, realign.gui.GuiCommand.class,
            CommandLine.HelpCommand.class})
public final class Main {

    public static final int OK = 0;
    public static final int INTERNAL_ERROR = 1;
    /** A fault of the machine (full disk, permission denied, read-only file system, device error). */
    public static final int FAULT = 1;
    public static final int USER_ERROR = 2;

    @Option(names = "--debug", scope = ScopeType.INHERIT,
            description = "On a fault of the disk or file system, print the stack trace too (as REALIGN_DEBUG=1 does).")
    private boolean debug;

    public static void main(String[] args) {
        realign.Timing.reached("main() entered");
        System.exit(execute(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs the command line in-process with the given streams and returns the exit status. */
    public static int execute(String[] args, PrintWriter out, PrintWriter err) {
        return execute(args, out, err, RunPreload.startFor(args));
    }

    /** As {@link #execute(String[], PrintWriter, PrintWriter)}, with {@code realign run}'s preload given. */
    static int execute(String[] args, PrintWriter out, PrintWriter err, RunPreload preload) {
        Main main = new Main();
        CommandLine.IFactory defaults = CommandLine.defaultFactory();
        CommandLine cl = new CommandLine(main, new CommandLine.IFactory() {
            @Override
            public <K> K create(Class<K> cls) throws Exception {
                return cls == RunCommand.class ? cls.cast(new RunCommand(preload)) : defaults.create(cls);
            }
        });
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
            Optional<IoFault> fault = IoFault.of(e);
            if (fault.isPresent()) {
                String next = cmd.getCommand() instanceof FaultReport r ? r.afterFault(fault.get())
                        : FaultReport.remedy(fault.get()) + ", then run the command again";
                err.println("realign: " + fault.get().describe() + "; " + next);
                if (main.debug || "1".equals(System.getenv("REALIGN_DEBUG"))) {
                    e.printStackTrace(err);
                }
                err.flush();
                return FAULT;
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
