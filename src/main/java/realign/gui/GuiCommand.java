package realign.gui;

import java.awt.GraphicsEnvironment;
import java.io.PrintWriter;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;
import javax.swing.SwingUtilities;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import realign.InputException;
import realign.scenario.ScenarioReader;
import sim.display.Console;

/** {@code realign gui}: the MASON Console over a scenario, with the world view and the live charts (docs/gui.md). */
@Command(name = "gui", mixinStandardHelpOptions = true,
        description = "Opens the MASON Console on a scenario: step it and watch ties form on the world map,"
                + " inspect countries, change parameters, export the run so far (docs/gui.md).",
        footer = {"", "Examples:",
            "  realign gui scenarios/us-vote-2025.yaml",
            "  realign gui scenarios/us-vote-2025.yaml --seed 7 --set trust.reversion=0.05",
            "  xvfb-run ./realign gui scenarios/us-vote-2025.yaml --rounds 400 --measure   (stepping speed)",
            "", "Needs a display (DISPLAY set). Exit status: 0 closed, 2 bad input or no display, 1 internal error."})
public final class GuiCommand implements Callable<Integer> {

    /** The scenario opened when none is given, relative to the working folder. */
    static final Path DEFAULT_SCENARIO = Path.of("scenarios", "us-vote-2025.yaml");

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "SCENARIO",
            description = "Scenario file (YAML); default: scenarios/us-vote-2025.yaml in the working folder.")
    private Path scenario;

    @Option(names = "--seed", paramLabel = "N", description = "Random seed (overrides the scenario's 'seed').")
    private Long seed;

    @Option(names = "--rounds", paramLabel = "N", description = "Number of rounds (overrides the scenario's 'rounds').")
    private Integer rounds;

    @Option(names = "--set", paramLabel = "KEY=VALUE",
            description = "Override a parameter or scenario field, as for 'realign run'. Repeatable.")
    private List<String> sets = new ArrayList<>();

    @Option(names = "--measure",
            description = "Play the whole run with the world view and charts open, print the rounds per second, close.")
    private boolean measure;

    /** The message for a JVM that cannot open windows; null if it can. */
    static String noDisplay(boolean headless, String display, String os) {
        if (!headless) {
            return null;
        }
        boolean x11 = !os.startsWith("Windows") && !os.startsWith("Mac");
        if (x11 && (display == null || display.isBlank())) {
            return "gui: no display to open windows on (DISPLAY is not set). Run it on a desktop, over 'ssh -X',"
                    + " or on a virtual screen: xvfb-run ./realign gui SCENARIO";
        }
        return "gui: Java runs headless (java.awt.headless=true" + (x11 ? ", DISPLAY=" + display : "")
                + "); start it with ./realign gui, which does not set it";
    }

    @Override
    public Integer call() throws InputException, InterruptedException, InvocationTargetException {
        String why = noDisplay(GraphicsEnvironment.isHeadless(), System.getenv("DISPLAY"), System.getProperty("os.name"));
        if (why != null) {
            throw new InputException(why);
        }
        Path file = scenario;
        if (file == null) {
            if (!Files.isRegularFile(DEFAULT_SCENARIO)) {
                throw new InputException("gui: no SCENARIO given and " + DEFAULT_SCENARIO
                        + " is not in the working folder; give one, e.g. realign gui scenarios/us-vote-2025.yaml");
            }
            file = DEFAULT_SCENARIO;
        }
        List<ScenarioReader.Setting> given = new ArrayList<>();
        sets.forEach(a -> given.add(ScenarioReader.Setting.set(a)));
        if (rounds != null) {
            given.add(new ScenarioReader.Setting("rounds=" + rounds, "--rounds " + rounds));
        }
        Session session = Session.open(file, given);
        long s = seed != null ? seed : session.scenario().seed();
        AtomicReference<RealignWithUI> gui = new AtomicReference<>();
        AtomicReference<Console> console = new AtomicReference<>();
        SwingUtilities.invokeAndWait(() -> {
            gui.set(new RealignWithUI(session, s, null));
            Console c = new Console(gui.get());
            c.setVisible(true);
            console.set(c);
        });
        if (measure) {
            return measure(gui.get(), console.get(), session.scenario().rounds());
        }
        gui.get().awaitQuit();
        return 0;
    }

    /** Plays the whole run as a user pressing Play would, and reports rounds per second. */
    private int measure(RealignWithUI gui, Console console, int rounds) throws InterruptedException,
            InvocationTargetException {
        var os = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        long cpu0 = os.getProcessCpuTime();
        long start = System.nanoTime();
        SwingUtilities.invokeAndWait(console::pressPlay);
        gui.awaitFinished();
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpuMs = (os.getProcessCpuTime() - cpu0) / 1e6;
        PrintWriter out = spec.commandLine().getOut();
        out.printf(java.util.Locale.ROOT, "realign gui: %d rounds in %.2f s = %.1f rounds/s with the world view and"
                + " charts open (%d countries); CPU %.1f ms per round (all threads), load average %.1f on %d cores%n",
                rounds, seconds, rounds / seconds, gui.model().size(), cpuMs / rounds, os.getSystemLoadAverage(),
                os.getAvailableProcessors());
        out.flush();
        SwingUtilities.invokeAndWait(() -> {
            gui.quit();
            console.dispose();
        });
        return 0;
    }
}
