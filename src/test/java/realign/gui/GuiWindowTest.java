package realign.gui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.awt.Color;
import java.awt.GraphicsEnvironment;
import java.awt.Point;
import java.awt.Rectangle;
import java.awt.Robot;
import java.awt.event.InputEvent;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javax.imageio.ImageIO;
import javax.swing.JMenu;
import javax.swing.JMenuBar;
import javax.swing.JMenuItem;
import javax.swing.SwingUtilities;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import realign.charts.FigureStyle;
import realign.cli.Cli;
import sim.display.Console;

/**
 * The GUI end to end in real windows: the Console, the world view and the charts on a screen (Xvfb on CI: see
 * .ci/run), driven through the Console's buttons, the Scenario menu and the mouse. Skipped, with a message, where
 * there is no display.
 */
@Tag("gui")
class GuiWindowTest {

    private static final long SEED = 20250224L;
    private static final long WAIT_S = 60;

    private RealignWithUI gui;
    private Console console;
    private final RecordingDialogs dialogs = new RecordingDialogs();

    @BeforeAll
    static void sayWhenSkipped() {
        if (GraphicsEnvironment.isHeadless()) {
            System.out.println("[realign] GUI tests skipped: no display (DISPLAY is not set). .ci/run runs them"
                    + " under Xvfb; or: xvfb-run ./mvnw -B verify");
        }
    }

    @BeforeEach
    void open() throws Exception {
        // each test is reported as skipped, with the reason
        assumeFalse(GraphicsEnvironment.isHeadless(),
                "no display (DISPLAY is not set): the GUI tests need one; .ci/run provides Xvfb");
        SwingUtilities.invokeAndWait(() -> {
            gui = new RealignWithUI(GuiFixture.session(24), SEED, dialogs);
            console = new Console(gui);
            console.setVisible(true);
        });
    }

    @AfterEach
    void close() throws Exception {
        if (console != null) {
            SwingUtilities.invokeAndWait(() -> {
                console.pressStop();
                gui.quit();
                console.dispose();
            });
        }
    }

    private void await(String what, BooleanSupplier done) throws InterruptedException {
        java.util.function.Supplier<String> state = () -> "play state " + console.getPlayState() + ", round "
                + gui.model().round() + ", inspectors " + console.getAllInspectors();
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_S);
        while (!done.getAsBoolean()) {
            if (System.nanoTime() > until) {
                throw new AssertionError("gave up waiting for " + what + " (" + state.get() + ")");
            }
            Thread.sleep(20);
        }
    }

    /** Plays until the Console pauses after round {@code k}, as a user setting "pause at" and pressing Play. */
    private void playTo(int k) throws Exception {
        SwingUtilities.invokeAndWait(() -> {
            console.setWhenShouldPause(k);
            console.pressPlay();
        });
        await("the Console to pause at round " + k, () -> console.getPlayState() == Console.PS_PAUSED);
        SwingUtilities.invokeAndWait(() -> { }); // let the views catch up
    }

    private static int near(BufferedImage img, Color c, int tolerance) {
        int count = 0;
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                Color p = new Color(img.getRGB(x, y));
                if (Math.abs(p.getRed() - c.getRed()) <= tolerance && Math.abs(p.getGreen() - c.getGreen()) <= tolerance
                        && Math.abs(p.getBlue() - c.getBlue()) <= tolerance) {
                    count++;
                }
            }
        }
        return count;
    }

    @Test
    void theConsoleWorldViewAndChartsOpenAndStepTheCliRun(@TempDir Path dir) throws Exception {
        assertThat(console.isShowing()).isTrue();
        assertThat(gui.view().frame().isShowing()).isTrue();
        assertThat(gui.charts().panels().get(0).isShowing()).isTrue();
        playTo(3);
        assertThat(gui.model().round()).isEqualTo(3);
        int n = gui.model().size();
        assertThat(GuiFixture.rows(gui.record().countries())).isEqualTo(GuiFixture.rows(
                GuiFixture.cliRecord(gui.session(), SEED).countries()).subList(0, 4 * n));
        // the charts redraw at most every LiveCharts.REDRAW_MS: they catch up with the paused run within that
        await("the charts to show rounds 0-3", () -> gui.charts().trust.getSeries(0).getItemCount() == 4);
        assertThat(gui.charts().trust.getSeries(0).getItemCount()).isEqualTo(4);

        Path png = dir.resolve("view.png");
        SwingUtilities.invokeAndWait(() -> assertThat(gui.saveView(png)).isTrue());
        BufferedImage saved = ImageIO.read(png.toFile());
        assertThat(saved.getWidth()).isGreaterThanOrEqualTo(1000);
        assertThat(near(saved, MapPortrayal.LAND, 2)).as("land").isGreaterThan(50_000);
        assertThat(near(saved, MapPortrayal.SEA, 2)).as("sea").isGreaterThan(50_000);
        String blocA = gui.view().agents()[gui.world().indexOf("FRA")].getBloc();
        assertThat(near(saved, FigureStyle.blocColour(blocA), 45)).as("discs of France's bloc").isGreaterThan(500);

        // what is on the screen, not only what the view would paint
        Rectangle onScreen = new Rectangle(gui.view().display().insideDisplay.getLocationOnScreen(),
                gui.view().display().insideDisplay.getVisibleRect().getSize());
        BufferedImage screen = new Robot().createScreenCapture(onScreen);
        assertThat(near(screen, MapPortrayal.LAND, 2)).as("land on screen").isGreaterThan(20_000);
        assertThat(near(screen, FigureStyle.blocColour(blocA), 45)).as("bloc on screen").isGreaterThan(300);
        String shots = System.getProperty("realign.gui.screenshots");
        if (shots != null) {
            Files.createDirectories(Path.of(shots));
            Files.copy(png, Path.of(shots, "world-view.png"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        screenshot("screen");
        SwingUtilities.invokeAndWait(() -> console.getTabPane().setSelectedIndex(indexOfTab("Model")));
        screenshot("model-inspector");
    }

    @Test
    void doubleClickingACountryOpensItsInspector() throws Exception {
        playTo(2);
        CountryAgent usa = gui.view().agents()[gui.usa()];
        Point at = new Point();
        SwingUtilities.invokeAndWait(() -> {
            var display = gui.view().display();
            // where MASON draws the country: the field's drawing rectangle as the display lays it out
            var field = display.getDrawInfo2D(gui.view().countryPortrayal, new java.awt.geom.Point2D.Double(0, 0));
            var p = gui.view().countryPortrayal.getObjectPosition(usa, field);
            Point origin = display.insideDisplay.getLocationOnScreen();
            at.setLocation(origin.x + (int) Math.round(p.x), origin.y + (int) Math.round(p.y));
        });
        SwingUtilities.invokeAndWait(() -> gui.view().frame().toFront());
        Robot robot = new Robot();
        robot.waitForIdle();
        robot.setAutoDelay(40);
        robot.mouseMove(at.x, at.y);
        for (int click = 0; click < 2; click++) {
            robot.mousePress(InputEvent.BUTTON1_DOWN_MASK);
            robot.mouseRelease(InputEvent.BUTTON1_DOWN_MASK);
        }
        await("an inspector of the United States", () -> console.getAllInspectors().size() == 1);
        CountryInspector shown = find((java.awt.Container) console.getAllInspectors().get(0));
        assertThat(shown).isNotNull();
        assertThat(shown.getTitle()).isEqualTo(usa.toString());
        SwingUtilities.invokeAndWait(() -> console.getTabPane().setSelectedIndex(indexOfTab("Inspectors")));
        screenshot("country-inspector");
    }

    /**
     * docs/gui.md's pictures: the whole screen, when asked for with
     * {@code -Drealign.gui.screenshots=docs/gui} (see docs/gui.md, "Screenshots").
     */
    private static void screenshot(String name) throws Exception {
        String shots = System.getProperty("realign.gui.screenshots");
        if (shots == null) {
            return;
        }
        SwingUtilities.invokeAndWait(() -> { });
        Thread.sleep(1500); // let every window finish painting
        Files.createDirectories(Path.of(shots));
        Rectangle all = new Rectangle(java.awt.Toolkit.getDefaultToolkit().getScreenSize());
        ImageIO.write(new Robot().createScreenCapture(all), "png", Path.of(shots, name + ".png").toFile());
    }

    private int indexOfTab(String title) {
        var tabs = console.getTabPane();
        for (int i = 0; i < tabs.getTabCount(); i++) {
            if (tabs.getTitleAt(i).equals(title)) {
                return i;
            }
        }
        throw new AssertionError("no Console tab " + title);
    }

    /** The CountryInspector in MASON's wrapper around a portrayal's inspector. */
    private static CountryInspector find(java.awt.Container c) {
        if (c instanceof CountryInspector i) {
            return i;
        }
        for (java.awt.Component child : c.getComponents()) {
            if (child instanceof java.awt.Container k && find(k) != null) {
                return find(k);
            }
        }
        return null;
    }

    private JMenuItem menuItem(String text) {
        JMenuBar bar = console.getJMenuBar();
        for (int m = 0; m < bar.getMenuCount(); m++) {
            JMenu menu = bar.getMenu(m);
            if (menu != null && menu.getText().equals("Scenario")) {
                for (int i = 0; i < menu.getItemCount(); i++) {
                    if (menu.getItem(i) != null && menu.getItem(i).getText().equals(text)) {
                        return menu.getItem(i);
                    }
                }
            }
        }
        throw new AssertionError("no menu item Scenario > " + text);
    }

    @Test
    void theScenarioMenuOpensRefusesRestartsAndExports(@TempDir Path dir) throws Exception {
        playTo(2);
        Path bad = dir.resolve("bad.yaml");
        Files.writeString(bad, "name: bad\nrounds: 0\n");
        Cli.Result cli = Cli.run("run", bad.toString(), "--out", dir.resolve("x").toString());
        dialogs.answers.add(bad);
        SwingUtilities.invokeAndWait(() -> menuItem("Open Scenario...").doClick());
        assertThat(dialogs.errors()).singleElement()
                .satisfies(e -> assertThat("realign: " + e.message() + "\n").isEqualTo(cli.err()));
        assertThat(gui.model().round()).as("the run is left as it was").isEqualTo(2);

        dialogs.answers.add(dir);
        SwingUtilities.invokeAndWait(() -> menuItem("Export Run So Far...").doClick());
        assertThat(dialogs.errors()).hasSize(1);
        Path exported;
        try (var folders = Files.list(dir)) {
            exported = folders.filter(p -> p.getFileName().toString().startsWith("us-vote-2025-")).findFirst().orElseThrow();
        }
        assertThat(Files.readAllLines(exported.resolve("rounds.csv"))).hasSize(1 + 3);

        dialogs.answers.add("7");
        SwingUtilities.invokeAndWait(() -> {
            console.setWhenShouldPause(Long.MAX_VALUE);
            menuItem("Restart with Seed...").doClick();
        });
        await("the restarted run to end", () -> console.getPlayState() == Console.PS_STOPPED
                && gui.model().round() == 24);
        assertThat(gui.running()).isFalse();
        assertThat(gui.seed()).isEqualTo(7);
        assertThat(GuiFixture.rows(gui.record().countries()))
                .isEqualTo(GuiFixture.rows(GuiFixture.cliRecord(gui.session(), 7).countries()));

        dialogs.answers.add(Cli.scenario("us-abstains"));
        SwingUtilities.invokeAndWait(() -> menuItem("Open Scenario...").doClick());
        assertThat(dialogs.errors()).hasSize(1);
        assertThat(gui.session().scenario().name()).isEqualTo("us-abstains");
        playTo(1);
        assertThat(gui.model().round()).isEqualTo(1);
    }
}
