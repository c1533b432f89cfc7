package realign.gui;

import java.awt.event.KeyEvent;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import javax.swing.JFrame;
import javax.swing.JMenu;
import javax.swing.JMenuBar;
import javax.swing.JMenuItem;
import javax.swing.KeyStroke;
import realign.InputException;
import realign.model.AllianceModel;
import realign.observe.RunRecord;
import realign.world.World;
import sim.display.Console;
import sim.display.Controller;
import sim.display.Display2D;
import sim.display.GUIState;
import sim.engine.SimState;
import sim.engine.Steppable;
import sim.portrayal.Inspector;

/**
 * realign's MASON {@link GUIState}: the Console steps the very {@link AllianceModel} {@code realign run} steps,
 * built from the same scenario, overrides and seed and recorded by the same {@link RunRecord}, so the GUI's run is
 * the CLI's run. Around it: the world view ({@link WorldView}), the live charts ({@link LiveCharts}), the model
 * inspector ({@link ScenarioParameters}), and a Scenario menu to open another scenario, restart with another seed,
 * save the world view as PNG and export the run so far ({@link RunExport}).
 *
 * <p>Each start (Play, or Step when stopped) builds a fresh model, as a new {@code realign run} would: parameters
 * changed in the inspector and a new seed apply from the next start. The seed in force is the one shown in the
 * model inspector (64 bits, as in the scenario); a seed typed in the Console's own seed field is taken up too
 * (MASON keeps 32 bits of it). The run stops by itself after the scenario's last round.
 */
public final class RealignWithUI extends GUIState implements ScenarioParameters.Host, CountryAgent.View {

    private Session session;
    private long seed;
    private Session.Run run;
    private boolean running;
    /** The seed the Console will hand over if nobody edits its seed field (it keeps 32 bits). */
    private int consoleSeed;
    private Dialogs dialogs;
    private final WorldView view = new WorldView();
    private final LiveCharts charts = new LiveCharts();
    private final ScenarioParameters parameters = new ScenarioParameters(this);
    private Console console;
    private final CountDownLatch quit = new CountDownLatch(1);
    private volatile CountDownLatch finished = new CountDownLatch(1);

    /**
     * @param dialogs how to talk to the user; null for Swing dialogs over the Console
     */
    public RealignWithUI(Session session, long seed, Dialogs dialogs) {
        this(session, seed, dialogs, session.newRun(seed));
    }

    private RealignWithUI(Session session, long seed, Dialogs dialogs, Session.Run run) {
        super(run.model());
        this.session = session;
        this.seed = seed;
        this.run = run;
        this.dialogs = dialogs;
        this.consoleSeed = (int) run.model().seed();
        preview();
    }

    public static String getName() {
        return "realign";
    }

    public static Object getInfo() {
        return "<html><body style='font-family:sans-serif'><h2>realign</h2>"
                + "<p>Alliance realignment after a diplomatic shock: country agents, a UNGA vote shock, trust, "
                + "renegotiation of alignment ties and blocs (docs/model.md).</p>"
                + "<p><b>World view</b>: countries at their capitals, disc area &prop; capability, colour = bloc; "
                + "ties as lines (green: formed this round, dashed orange: dissolved this round, black: deepened "
                + "in the run; dotted purple: trade agreements of the run, a layer of their own). Click a country "
                + "to inspect it.</p><p><b>Model tab</b>: the scenario's parameters, editable while stopped; they "
                + "apply from the next Play. <b>Scenario menu</b>: open another scenario, restart with another "
                + "seed, save the world view as PNG, export the run so far as a run folder.</p>"
                + "<p>docs/gui.md describes it all.</p></body></html>";
    }

    // ---- what the inspectors and views read ------------------------------------------------------------

    @Override
    public Session session() {
        return session;
    }

    @Override
    public long seed() {
        return seed;
    }

    @Override
    public boolean running() {
        return running;
    }

    @Override
    public int round() {
        return model().round();
    }

    @Override
    public Dialogs dialogs() {
        return dialogs;
    }

    @Override
    public AllianceModel model() {
        return run.model();
    }

    @Override
    public int usa() {
        return world().indexOf("USA");
    }

    World world() {
        return run.loaded().world();
    }

    RunRecord record() {
        return run.record();
    }

    WorldView view() {
        return view;
    }

    LiveCharts charts() {
        return charts;
    }

    Console console() {
        return console;
    }

    @Override
    public void change(Session next, long nextSeed) {
        this.session = next;
        this.seed = nextSeed;
        if (!running) {
            run = session.newRun(seed);
            state = run.model();
            preview();
        }
    }

    // ---- MASON life cycle ------------------------------------------------------------------------------

    @Override
    public Object getSimulationInspectedObject() {
        return parameters;
    }

    @Override
    public int getMaximumPropertiesForInspector() {
        return 100;
    }

    @Override
    public void init(Controller c) {
        super.init(c);
        if (c instanceof Console con) {
            console = con;
            con.setIncrementSeedOnStop(false);
            installMenu(con);
        }
        if (dialogs == null) {
            dialogs = new SwingDialogs(console);
        }
        JFrame world = view.open(this);
        c.registerFrame(world);
        world.setLocation(0, 0);
        world.setVisible(true);
        JFrame chartFrame = charts.frame();
        c.registerFrame(chartFrame);
        chartFrame.setLocation(world.getX() + world.getWidth(), 0);
        chartFrame.setVisible(true);
        if (console != null) { // the Console below the map, the charts beside it: nothing hides anything
            console.setBounds(0, world.getHeight(), Math.max(console.getWidth(), 640), Math.max(console.getHeight(), 560));
        }
        showRun();
    }

    @Override
    public void start() {
        // The Console has just given the model its seed field's value (32 bits): a change there is the user's.
        int given = (int) state.seed();
        if (given != (int) run.scenario().seed() && given != consoleSeed) {
            seed = given;
            consoleSeed = given;
        }
        run = session.newRun(seed);
        state = run.model();
        finished = new CountDownLatch(1);
        super.start(); // the model's start(): round 0 is initialised and recorded
        running = true;
        showRun();
        SimState model = state;
        model.schedule.scheduleRepeating(1.0, AllianceModel.RECORD_ORDERING + 1, (Steppable) s -> afterRound(), 1.0);
        // the run ends after its last round, as `realign run` does
        model.schedule.scheduleOnce(run.scenario().rounds(), AllianceModel.RECORD_ORDERING + 2, (Steppable) SimState::kill);
    }

    @Override
    public void finish() {
        super.finish();
        running = false;
        finished.countDown();
    }

    @Override
    public void quit() {
        super.quit();
        if (view.frame() != null) {
            view.frame().dispose();
        }
        if (charts.panels().get(0).getTopLevelAncestor() instanceof JFrame f) {
            f.dispose();
        }
        quit.countDown();
    }

    /** Waits until the GUI is closed. */
    void awaitQuit() throws InterruptedException {
        quit.await();
    }

    /** Waits until the current run has stopped (its last round, or Stop). */
    void awaitFinished() throws InterruptedException {
        finished.await();
    }

    /** Shows round 0 of a run that has not started: the initial state is computed as start() computes it. */
    private void preview() {
        running = false;
        run.model().start();
        showRun();
    }

    private void showRun() {
        view.show(run.model(), run.scenario(), world(), this);
        charts.reset(run.scenario());
        afterRound();
    }

    /** After the record phase of each round (on the model's thread): the views catch up with the model. */
    private void afterRound() {
        AllianceModel m = run.model();
        view.update(m);
        charts.update(run.record());
        int t = m.round();
        List<RunRecord.Bloc> blocs = run.record().blocsByRound().get(t);
        LiveCharts.onSwing(() -> view.legend.show(t, blocs == null ? List.of() : blocs));
        Display2D d = view.display();
        if (d != null && !running) {
            LiveCharts.onSwing(d::repaint);
        }
    }

    // ---- the Scenario menu ----------------------------------------------------------------------------

    private void installMenu(Console con) {
        JMenuBar bar = con.getJMenuBar();
        if (bar == null) {
            return;
        }
        JMenu menu = new JMenu("Scenario");
        menu.setMnemonic(KeyEvent.VK_S);
        JMenuItem open = new JMenuItem("Open Scenario...");
        open.addActionListener(e -> dialogs.openFile("Open a scenario", Path.of("scenarios"), "yaml")
                .ifPresent(this::openScenario));
        JMenuItem restart = new JMenuItem("Restart with Seed...");
        restart.addActionListener(e -> dialogs.ask("Restart with another seed", "Seed (a whole number):",
                Long.toString(seed + 1)).ifPresent(this::restartWithSeed));
        JMenuItem png = new JMenuItem("Save World View as PNG...");
        png.addActionListener(e -> dialogs.saveFile("Save the world view as PNG",
                Path.of(session.scenario().name() + "-round-" + round() + ".png")).ifPresent(this::saveView));
        JMenuItem export = new JMenuItem("Export Run So Far...");
        export.addActionListener(e -> dialogs.folder("Export the run so far into a run folder under...",
                Path.of("results")).ifPresent(parent -> export(RunExport.defaultTarget(parent, session, seed))));
        menu.add(open);
        menu.add(restart);
        menu.addSeparator();
        menu.add(png);
        menu.add(export);
        bar.add(menu);
        open.setAccelerator(KeyStroke.getKeyStroke(KeyEvent.VK_O, java.awt.Toolkit.getDefaultToolkit()
                .getMenuShortcutKeyMaskEx() | java.awt.event.InputEvent.SHIFT_DOWN_MASK));
        bar.revalidate();
    }

    /**
     * Opens another scenario, read and validated as {@code realign run} reads it; on a mistake shows the message
     * {@code run} would print and keeps the current scenario. Stops a run under way. Call on the Swing thread.
     *
     * @return whether the scenario was opened
     */
    public boolean openScenario(Path file) {
        Session next;
        try {
            next = Session.open(file, List.of());
        } catch (InputException e) {
            dialogs.error("Cannot open the scenario", e.getMessage());
            return false;
        }
        stopRun();
        change(next, next.scenario().seed());
        refreshInspectors();
        return true;
    }

    /** Stops a run under way and starts a new one with the seed in {@code text} (an error dialog if it is not one). */
    public boolean restartWithSeed(String text) {
        long next;
        try {
            next = Long.parseLong(text.trim());
        } catch (NumberFormatException e) {
            dialogs.error("Not a seed", "seed: expected a whole number, got '" + text + "'");
            return false;
        }
        stopRun();
        change(session, next);
        refreshInspectors();
        if (console != null) {
            console.pressPlay();
        }
        return true;
    }

    /** Writes the world view as it is now to a PNG file; an error dialog if it cannot be written. */
    public boolean saveView(Path file) {
        try {
            synchronized (state.schedule) {
                view.display().takeSnapshot(file.toFile(), Display2D.TYPE_PNG);
            }
            return true;
        } catch (IOException | RuntimeException e) {
            dialogs.error("Cannot save the world view", file + ": cannot write: " + e.getMessage());
            return false;
        }
    }

    /** Exports the run up to the current round into {@code target} (a new folder); says where, or why not. */
    public Optional<Path> export(Path target) {
        try {
            Path done;
            synchronized (state.schedule) { // between two steps
                done = RunExport.write(target, session, seed, run.record(), run.model(), true);
            }
            dialogs.info("Run exported", "Rounds 0-" + run.model().round() + " written to " + done
                    + "\n(the files of: realign run " + session.file() + " --seed " + seed + " --rounds "
                    + run.model().round() + ")");
            return Optional.of(done);
        } catch (InputException e) {
            dialogs.error("Cannot export the run", e.getMessage());
            return Optional.empty();
        } catch (RuntimeException e) {
            dialogs.error("Cannot export the run", String.valueOf(e.getMessage()));
            return Optional.empty();
        }
    }

    private void stopRun() {
        if (console != null && console.getPlayState() != Console.PS_STOPPED) {
            console.pressStop();
        }
    }

    private void refreshInspectors() {
        if (console != null) {
            Inspector modelInspector = console.getModelInspector();
            if (modelInspector != null) {
                modelInspector.updateInspector();
            }
            console.refresh();
        }
    }
}
