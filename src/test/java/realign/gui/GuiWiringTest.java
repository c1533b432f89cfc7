package realign.gui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jfree.data.xy.XYSeries;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import realign.charts.FigureStyle;
import realign.InputException;
import realign.cli.Cli;
import realign.model.AllianceModel;
import realign.observe.RunRecord;
import realign.observe.Table;
import realign.scenario.Param;
import realign.scenario.Params;
import realign.scenario.ScenarioReader;
import sim.portrayal.DrawInfo2D;
import sim.util.Interval;
import sim.util.Properties;

/** The GUI's wiring without a screen: the model it steps, its properties, portrayals, charts, dialogs and export. */
class GuiWiringTest {

    private static final long SEED = 20250224L;

    private static RealignWithUI gui(int rounds, RecordingDialogs dialogs) {
        return new RealignWithUI(GuiFixture.session(rounds), SEED, dialogs);
    }

    /** Starts the GUI's run and steps it as the Console's Step button does, {@code k} times. */
    private static void play(RealignWithUI gui, int k) {
        gui.start();
        for (int t = 0; t < k; t++) {
            gui.step();
        }
    }

    @Test
    void theGuiStepsTheSameRunAsTheCliRoundByRound() {
        RealignWithUI gui = gui(6, new RecordingDialogs());
        RunRecord cli = GuiFixture.cliRecord(gui.session(), SEED);
        gui.start();
        AllianceModel m = gui.model();
        int n = m.size();
        for (int t = 1; t <= 6; t++) {
            gui.step();
            assertThat(m.round()).isEqualTo(t);
            int rows = (t + 1) * n;
            assertThat(GuiFixture.rows(gui.record().countries())).as("countries.csv up to round %d", t)
                    .isEqualTo(GuiFixture.rows(cli.countries()).subList(0, rows));
            assertThat(GuiFixture.rows(gui.record().rounds())).isEqualTo(GuiFixture.rows(cli.rounds()).subList(0, t + 1));
        }
        assertThat(GuiFixture.rows(gui.record().ties())).isEqualTo(GuiFixture.rows(cli.ties()));
        assertThat(gui.step()).as("the run stops after its last round").isFalse();
    }

    @Test
    void restartingWithTheSameSeedGivesTheSameRunAndAnotherSeedAnother() throws Exception {
        RealignWithUI gui = gui(4, new RecordingDialogs());
        gui.getSimulationInspectedObject(); // as the Console does
        play(gui, 4);
        List<List<String>> first = GuiFixture.rows(gui.record().countries());
        gui.finish();
        play(gui, 4);
        assertThat(GuiFixture.rows(gui.record().countries())).isEqualTo(first);
        gui.finish();
        gui.change(gui.session().with("trust.noise", "0.05", "test"), SEED);
        play(gui, 4);
        List<List<String>> noisy = GuiFixture.rows(gui.record().countries());
        gui.finish();
        gui.change(gui.session(), SEED + 1);
        play(gui, 4);
        assertThat(GuiFixture.rows(gui.record().countries())).isNotEqualTo(noisy);
        assertThat(GuiFixture.rows(gui.record().countries()))
                .isEqualTo(GuiFixture.rows(GuiFixture.cliRecord(gui.session(), SEED + 1).countries()));
    }

    @Test
    void aSeedBeyond32BitsIsKeptWhole() {
        long big = (1L << 40) + 5;
        RealignWithUI gui = new RealignWithUI(GuiFixture.session(2), big, new RecordingDialogs());
        play(gui, 2);
        assertThat(gui.seed()).isEqualTo(big);
        assertThat(GuiFixture.rows(gui.record().countries()))
                .isEqualTo(GuiFixture.rows(GuiFixture.cliRecord(gui.session(), big).countries()));
        gui.finish();
        gui.change(gui.session(), big + 1);
        play(gui, 1);
        assertThat(gui.seed()).isEqualTo(big + 1);
    }

    @Test
    void aSeedTypedIntoTheConsoleIsTakenUp() {
        RealignWithUI gui = gui(2, new RecordingDialogs());
        gui.state.setSeed(77); // what the Console does with its seed field before it starts a run
        play(gui, 1);
        assertThat(gui.seed()).isEqualTo(77);
        gui.finish();
        gui.state.setSeed(77); // the field unchanged: the seed stays
        gui.change(gui.session(), 78);
        gui.state.setSeed(77);
        play(gui, 1);
        assertThat(gui.seed()).isEqualTo(78);
    }

    @Test
    void theModelInspectorShowsEveryParameterWithItsRangeAsDomain() {
        RealignWithUI gui = gui(5, new RecordingDialogs());
        Properties p = Properties.getProperties(gui.getSimulationInspectedObject());
        List<String> names = new ArrayList<>();
        for (int i = 0; i < p.numProperties(); i++) {
            names.add(p.getName(i));
        }
        List<String> expected = new ArrayList<>(List.of("seed", "rounds"));
        Params.ALL.forEach(x -> expected.add(x.name()));
        expected.addAll(List.of("round", "date"));
        assertThat(names).isEqualTo(expected);
        for (Param param : Params.ALL) {
            int i = names.indexOf(param.name());
            assertThat(p.isReadWrite(i)).as(param.name()).isTrue();
            assertThat(((Number) p.getValue(i)).doubleValue()).as(param.name())
                    .isEqualTo(gui.session().scenario().parameters().get(param.name()));
            Object domain = p.getDomain(i);
            if (param.max() == Double.MAX_VALUE) {
                assertThat(domain).as(param.name()).isNull();
            } else {
                Interval range = (Interval) domain;
                assertThat(range.getMin().doubleValue()).as(param.name()).isEqualTo(param.min());
                assertThat(range.getMax().doubleValue()).as(param.name()).isEqualTo(param.max());
                assertThat(range.isDouble()).as(param.name()).isEqualTo(!param.integer());
            }
            assertThat(p.getDescription(i)).contains(param.symbol(), param.meaning());
        }
        assertThat(p.getValue(names.indexOf("seed"))).isEqualTo(SEED);
        assertThat(p.getValue(names.indexOf("rounds"))).isEqualTo(5);
        assertThat(p.isReadWrite(names.indexOf("round"))).isFalse();
        assertThat(p.isReadWrite(names.indexOf("date"))).isFalse();
        assertThat(p.getValue(names.indexOf("round"))).isEqualTo(0);
        // the run tables' date column: round 1 is the start month (February 2025 by default), round 0 the month before
        assertThat(p.getValue(names.indexOf("date"))).isEqualTo("2025-01");
    }

    @Test
    void theDateFollowsTheScenariosStartAsTheRunTablesDo() throws InputException {
        Session session = Session.open(GuiFixture.US_VOTE, List.of(
                new ScenarioReader.Setting("rounds=3", "--rounds 3"),
                new ScenarioReader.Setting("start=2025-06", "--set start=2025-06")));
        RealignWithUI gui = new RealignWithUI(session, SEED, new RecordingDialogs());
        Properties p = Properties.getProperties(gui.getSimulationInspectedObject());
        int date = indexOf(p, "date");
        assertThat(p.getValue(date)).isEqualTo("2025-05");
        play(gui, 2);
        assertThat(p.getValue(date)).isEqualTo("2025-07");
        RunRecord cli = GuiFixture.cliRecord(gui.session(), SEED);
        int column = cli.rounds().column("date");
        assertThat(cli.rounds().rows().get(2)[column]).isEqualTo(p.getValue(date));
        gui.finish();
    }

    @Test
    void aParameterSetInTheInspectorAppliesToTheNextRunAndRecordsAsAnOverride() {
        RealignWithUI gui = gui(3, new RecordingDialogs());
        Properties p = Properties.getProperties(gui.getSimulationInspectedObject());
        int reversion = indexOf(p, "trust.reversion");
        p.setValue(reversion, "0.3");
        assertThat(p.getValue(reversion)).isEqualTo(0.3);
        assertThat(gui.session().assignments()).containsExactly("rounds=3", "trust.reversion=0.3");
        p.setValue(indexOf(p, "seed"), "99");
        assertThat(gui.seed()).isEqualTo(99);
        play(gui, 3);
        assertThat(gui.model().input().params().trust().reversion()).isEqualTo(0.3);
        assertThat(GuiFixture.rows(gui.record().countries()))
                .isEqualTo(GuiFixture.rows(GuiFixture.cliRecord(gui.session(), 99).countries()));
    }

    @Test
    void aValueOutsideItsRangeIsRefusedWithTheMessageOfSetAndNothingChanges() {
        RecordingDialogs dialogs = new RecordingDialogs();
        RealignWithUI gui = gui(3, dialogs);
        Properties p = Properties.getProperties(gui.getSimulationInspectedObject());
        int reversion = indexOf(p, "trust.reversion");
        Session before = gui.session();
        p.setValue(reversion, "1.5");
        assertThat(gui.session()).isSameAs(before);
        assertThat(p.getValue(reversion)).isEqualTo(0.02);
        assertThat(dialogs.errors()).singleElement().satisfies(e ->
                assertThat(e.message()).isEqualTo("model inspector: trust.reversion: expected a number in [0, 1], got 1.5"));
        // a combination the scenario reader refuses: the q_r probabilities must sum to 1
        p.setValue(indexOf(p, "shock.reliableAgree"), "0.5");
        assertThat(gui.session()).isSameAs(before);
        assertThat(dialogs.errors()).hasSize(2);
        assertThat(dialogs.errors().get(1).message()).contains("shock.reliable");
    }

    @Test
    void parametersAreFixedDuringARun() {
        RecordingDialogs dialogs = new RecordingDialogs();
        RealignWithUI gui = gui(3, dialogs);
        Properties p = Properties.getProperties(gui.getSimulationInspectedObject());
        play(gui, 1);
        int reversion = indexOf(p, "trust.reversion");
        assertThat(p.isReadWrite(reversion)).isFalse();
        p.setValue(reversion, "0.3");
        assertThat(p.getValue(reversion)).isEqualTo(0.02);
        assertThat(dialogs.errors()).singleElement().satisfies(e -> assertThat(e.message()).contains("press Stop"));
        assertThat(p.getValue(indexOf(p, "round"))).isEqualTo(1);
        assertThat(p.getValue(indexOf(p, "date"))).isEqualTo("2025-02");
        gui.finish();
        assertThat(p.isReadWrite(reversion)).isTrue();
    }

    private static int indexOf(Properties p, String name) {
        for (int i = 0; i < p.numProperties(); i++) {
            if (p.getName(i).equals(name)) {
                return i;
            }
        }
        throw new AssertionError("no property " + name);
    }

    @Test
    void aCountryIsADiscOfItsBlocColourWithAreaProportionalToCapability() {
        RealignWithUI gui = gui(3, new RecordingDialogs());
        play(gui, 1);
        CountryAgent[] agents = gui.view().agents();
        CountryAgent usa = agents[gui.usa()];
        CountryAgent fra = agents[gui.world().indexOf("FRA")];
        assertThat(usa.labelled()).isTrue();
        assertThat(fra.labelled()).isFalse();
        // area ∝ capability: diameters go as the square root (both are above the minimum size)
        assertThat(fra.diameter() / usa.diameter())
                .isCloseTo(Math.sqrt(fra.getCapability() / usa.getCapability()), within(1e-12));
        assertThat(usa.diameter()).isEqualTo(CountryAgent.MAX_DIAMETER);
        for (CountryAgent a : agents) {
            assertThat(a.diameter()).isBetween(CountryAgent.MIN_DIAMETER, CountryAgent.MAX_DIAMETER);
        }

        BufferedImage img = new BufferedImage(200, 200, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 200, 200);
        DrawInfo2D at = new DrawInfo2D(gui, null, new Rectangle2D.Double(100, 100, 4, 4), new Rectangle2D.Double(0, 0, 200, 200));
        CountryPortrayal portrayal = new CountryPortrayal();
        portrayal.draw(fra, g, at);
        g.dispose();
        Color bloc = FigureStyle.blocColour(fra.getBloc());
        Color centre = new Color(img.getRGB(100, 100));
        // drawn with alpha 215/255 over white
        assertThat(centre.getRed()).isCloseTo(blend(bloc.getRed()), within(2));
        assertThat(centre.getGreen()).isCloseTo(blend(bloc.getGreen()), within(2));
        assertThat(centre.getBlue()).isCloseTo(blend(bloc.getBlue()), within(2));
        int radius = (int) Math.floor(fra.diameter() * 4 / 2);
        assertThat(new Color(img.getRGB(100 + radius + 3, 100))).isEqualTo(Color.WHITE);
        assertThat(new Color(img.getRGB(100 + radius - 3, 100))).isNotEqualTo(Color.WHITE);

        assertThat(portrayal.hitObject(fra, new DrawInfo2D(gui, null, new Rectangle2D.Double(100, 100, 4, 4),
                new Rectangle2D.Double(101, 101, 1, 1)))).isTrue();
        assertThat(portrayal.hitObject(fra, new DrawInfo2D(gui, null, new Rectangle2D.Double(100, 100, 4, 4),
                new Rectangle2D.Double(100 + radius + 4, 100, 1, 1)))).isFalse();
    }

    private static int blend(int c) {
        return (int) Math.round(c * 215 / 255.0 + 255 * (40 / 255.0));
    }

    @Test
    void aCountryInspectorReadsTheModelAndListsPartnersWithTrustBothWays() {
        RealignWithUI gui = gui(3, new RecordingDialogs());
        play(gui, 2);
        AllianceModel m = gui.model();
        int fra = gui.world().indexOf("FRA");
        CountryAgent agent = gui.view().agents()[fra];
        assertThat(agent.getTrustInUS()).isEqualTo(m.trust(fra, gui.usa()));
        assertThat(agent.getSupport()).isEqualTo(m.support(fra));
        assertThat(agent.getNeed()).isEqualTo(m.need(fra));
        assertThat(agent.getDeficit()).isEqualTo(m.deficit(fra));
        assertThat(agent.isSeeking()).isEqualTo(m.seeking(fra));
        assertThat(agent.getBloc()).isEqualTo(realign.observe.RunMetrics.blocName(m.bloc(fra)));
        assertThat(agent.getCapability()).isEqualTo(m.capability(fra));
        assertThat(gui.view().agents()[gui.usa()].getTrustInUS()).isNaN();
        Properties p = Properties.getProperties(agent);
        List<String> names = new ArrayList<>();
        for (int i = 0; i < p.numProperties(); i++) {
            names.add(p.getName(i));
        }
        assertThat(names).contains("TrustInUS", "Support", "Need", "Deficit", "Seeking", "Bloc", "Capability", "Degree");

        CountryInspector.Partners partners = new CountryInspector.Partners(agent, gui);
        partners.refresh();
        int expected = 0;
        for (int j = 0; j < m.size(); j++) {
            if (j != fra && m.tie(fra, j) > 0) {
                expected++;
            }
        }
        assertThat(agent.getDegree()).isEqualTo(expected);
        assertThat(partners.getRowCount()).isGreaterThanOrEqualTo(expected).isGreaterThan(0);
        for (Object[] row : partners.rows()) {
            int j = gui.world().indexOf((String) row[1]);
            assertThat(row[2]).isEqualTo(m.tie(fra, j));
            assertThat(row[3]).isEqualTo(m.trust(fra, j));
            assertThat(row[4]).isEqualTo(m.trust(j, fra));
        }
        List<Double> weights = partners.rows().stream().map(r -> (Double) r[2]).toList();
        assertThat(weights).isSortedAccordingTo((a, b) -> Double.compare(b, a));
    }

    @Test
    void theWorldViewShowsEveryTieAndThisRoundsEvents() {
        RealignWithUI gui = gui(6, new RecordingDialogs());
        gui.start();
        for (int t = 1; t <= 6; t++) {
            gui.step();
            AllianceModel m = gui.model();
            int ties = 0;
            for (int i = 0; i < m.size(); i++) {
                for (int j = i + 1; j < m.size(); j++) {
                    ties += m.tie(i, j) > 0 ? 1 : 0;
                }
            }
            int[] shown = gui.view().tieCounts();
            int formed = m.tieEvents().count(realign.model.TieEvent.FORMED);
            int dissolved = m.tieEvents().count(realign.model.TieEvent.DISSOLVED);
            assertThat(shown[TiePortrayal.Kind.FORMED.ordinal()]).as("round %d", t).isEqualTo(formed);
            assertThat(shown[TiePortrayal.Kind.DISSOLVED.ordinal()]).as("round %d", t).isEqualTo(dissolved);
            assertThat(shown[TiePortrayal.Kind.BILATERAL.ordinal()] + shown[TiePortrayal.Kind.MULTILATERAL.ordinal()]
                    + shown[TiePortrayal.Kind.DEEPENED.ordinal()] + formed).isEqualTo(ties);
        }
    }

    @Test
    void theWorldViewShowsTheRunsTradeAgreementsAndDeepenedTiesInLayersOfTheirOwn() throws Exception {
        Session session = Session.open(Path.of("scenarios", "calendar-2025.yaml"),
                List.of(new realign.scenario.ScenarioReader.Setting("rounds=7", "--rounds 7")));
        RealignWithUI gui = new RealignWithUI(session, SEED, new RecordingDialogs());
        gui.start();
        java.util.Set<Integer> made = new java.util.HashSet<>();
        java.util.Set<Integer> deepened = new java.util.HashSet<>();
        int deepenedEver = 0;
        for (int t = 1; t <= 7; t++) {
            gui.step();
            AllianceModel m = gui.model();
            int n = m.size();
            java.util.Set<Integer> thisRound = new java.util.HashSet<>();
            realign.model.TieLog economic = m.economicEvents();
            for (int e = 0; e < economic.size(); e++) {
                if (economic.kind(e) != realign.model.TieEvent.DISSOLVED) {
                    made.add(economic.a(e) * n + economic.b(e));
                    thisRound.add(economic.a(e) * n + economic.b(e));
                }
            }
            realign.model.TieLog security = m.tieEvents();
            java.util.Set<Integer> formedNow = new java.util.HashSet<>();
            for (int e = 0; e < security.size(); e++) {
                int pair = security.a(e) * n + security.b(e);
                switch (security.kind(e)) {
                    case STRENGTHENED -> {
                        deepened.add(pair);
                        deepenedEver++;
                    }
                    case DISSOLVED -> deepened.remove(pair);
                    case FORMED, JOINED, SIGNED -> formedNow.add(pair);
                    default -> { }
                }
            }
            long deepenedShown = deepened.stream().filter(p -> m.tie(p / n, p % n) > 0 && !formedNow.contains(p)).count();
            int inForce = 0;
            for (int i = 0; i < n; i++) {
                for (int j = i + 1; j < n; j++) {
                    inForce += m.economicTie(i, j) > 0 ? 1 : 0;
                }
            }
            int[] shown = gui.view().tieCounts();
            assertThat(shown[TiePortrayal.Kind.TRADE_THIS_ROUND.ordinal()]).as("round %d", t).isEqualTo(thisRound.size());
            assertThat(shown[TiePortrayal.Kind.TRADE.ordinal()] + shown[TiePortrayal.Kind.TRADE_THIS_ROUND.ordinal()])
                    .as("round %d", t).isEqualTo(made.size());
            assertThat(shown[TiePortrayal.Kind.TRADE_ALL.ordinal()]).as("round %d", t).isEqualTo(inForce);
            assertThat(shown[TiePortrayal.Kind.DEEPENED.ordinal()]).as("round %d", t).isEqualTo((int) deepenedShown);
            assertThat(gui.view().trade.getAllNodes().size()).isEqualTo(n);
        }
        // calendar-2025's tariffs lead to trade agreements, and allies deepen security ties, within seven rounds
        assertThat(made).isNotEmpty();
        assertThat(deepenedEver).isPositive();
        assertThat(Legend.TIE_ENTRIES).contains("deepened in the run",
                "trade agreement made or deepened in the run (thicker: this round)");
    }

    @Test
    void aTradeAgreementOfTheRunIsDrawnDottedInReddishPurpleAndTheWholeLayerFaintly() {
        RealignWithUI gui = gui(2, new RecordingDialogs());
        play(gui, 1);
        CountryAgent[] agents = gui.view().agents();
        for (TiePortrayal.Kind kind : List.of(TiePortrayal.Kind.TRADE_THIS_ROUND, TiePortrayal.Kind.TRADE_ALL,
                TiePortrayal.Kind.DEEPENED)) {
            BufferedImage img = new BufferedImage(200, 40, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = img.createGraphics();
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, 200, 40);
            sim.field.network.Edge edge = new sim.field.network.Edge(agents[0], agents[1],
                    new TiePortrayal.Tie(2, kind));
            sim.portrayal.network.EdgeDrawInfo2D at = new sim.portrayal.network.EdgeDrawInfo2D(gui, null,
                    new Rectangle2D.Double(10, 20, 3, 3), new Rectangle2D.Double(0, 0, 200, 40),
                    new java.awt.geom.Point2D.Double(190, 20));
            new TiePortrayal().draw(edge, g, at);
            g.dispose();
            List<Color> row = new ArrayList<>();
            for (int x = 12; x < 188; x++) {
                row.add(new Color(img.getRGB(x, 20)));
            }
            switch (kind) {
                case TRADE_THIS_ROUND -> {
                    assertThat(row).contains(TiePortrayal.TRADE);
                    assertThat(row).contains(Color.WHITE); // dotted: gaps between the dashes
                }
                case TRADE_ALL -> assertThat(row).allSatisfy(c -> {
                    // faint: a light tint of reddish purple over white, never the full colour
                    assertThat(c.getRed() + c.getGreen() + c.getBlue()).isGreaterThan(660);
                    assertThat(c).isNotEqualTo(Color.WHITE);
                });
                default -> assertThat(row).containsOnly(Color.BLACK);
            }
        }
    }

    @Test
    void theChartsShowTheRunsRecordedSeries() {
        RealignWithUI gui = gui(8, new RecordingDialogs());
        play(gui, 8);
        RunRecord cli = GuiFixture.cliRecord(gui.session(), SEED);
        Table rounds = cli.rounds();
        LiveCharts charts = gui.charts();
        List<realign.scenario.Scenario.FocusGroup> focus = gui.session().scenario().focus();
        assertThat(charts.trust.getSeriesCount()).isEqualTo(focus.size());
        for (int g = 0; g < focus.size(); g++) {
            XYSeries s = charts.trust.getSeries(g);
            assertThat(s.getKey().toString()).isEqualTo(focus.get(g).name());
            assertThat(values(s)).isEqualTo(column(rounds, focus.get(g).column(), 0));
        }
        assertThat(values(charts.ties.getSeries(0))).isEqualTo(column(rounds, "ties_formed", 1));
        assertThat(values(charts.ties.getSeries(1))).isEqualTo(column(rounds, "ties_dissolved", 1));
        assertThat(values(charts.ties.getSeries(2))).isEqualTo(column(rounds, "ties_strengthened", 1));
        assertThat(charts.ties.getSeries(3).getKey().toString()).isEqualTo(LiveCharts.TRADE);
        for (int k = 0; k < charts.blocs.getSeriesCount(); k++) {
            XYSeries s = charts.blocs.getSeries(k);
            List<Double> sizes = new ArrayList<>();
            for (var e : cli.blocsByRound().entrySet()) {
                e.getValue().stream().filter(b -> b.label().equals(s.getKey())).forEach(b -> sizes.add((double) b.members().size()));
            }
            assertThat(values(s)).as("bloc %s", s.getKey()).isEqualTo(sizes);
        }
        assertThat(charts.blocs.getSeriesCount()).isEqualTo(cli.lastBlocs().size());
    }

    private static List<Double> values(XYSeries s) {
        List<Double> v = new ArrayList<>();
        for (int i = 0; i < s.getItemCount(); i++) {
            v.add(s.getY(i).doubleValue());
        }
        return v;
    }

    private static List<Double> column(Table t, String name, int fromRound) {
        int c = t.column(name);
        return t.rows().stream().filter(r -> Integer.parseInt(r[0]) >= fromRound).map(r -> Double.parseDouble(r[c])).toList();
    }

    @Test
    void aBadScenarioFromTheMenuShowsTheMessageRunPrintsAndKeepsTheCurrentOne(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("bad.yaml");
        Files.writeString(bad, "name: bad\nrounds: 12\nparameters:\n  trust:\n    reversion: 1.5\n");
        Cli.Result cli = Cli.run("run", bad.toString(), "--out", dir.resolve("out").toString());
        assertThat(cli.status()).isEqualTo(2);
        RecordingDialogs dialogs = new RecordingDialogs();
        RealignWithUI gui = gui(3, dialogs);
        Session before = gui.session();
        assertThat(gui.openScenario(bad)).isFalse();
        assertThat(gui.session()).isSameAs(before);
        assertThat(dialogs.errors()).singleElement()
                .satisfies(e -> assertThat("realign: " + e.message() + "\n").isEqualTo(cli.err()));
        assertThat(gui.openScenario(dir.resolve("missing.yaml"))).isFalse();
        assertThat(dialogs.errors().get(1).message()).isEqualTo(dir.resolve("missing.yaml") + ": file not found");
    }

    @Test
    void anotherScenarioFromTheMenuReplacesTheRunAndItsSeed() {
        RecordingDialogs dialogs = new RecordingDialogs();
        RealignWithUI gui = gui(3, dialogs);
        assertThat(gui.openScenario(Cli.scenario("us-abstains"))).isTrue();
        assertThat(dialogs.errors()).isEmpty();
        assertThat(gui.session().scenario().name()).isEqualTo("us-abstains");
        assertThat(gui.seed()).isEqualTo(gui.session().scenario().seed());
        play(gui, 2);
        assertThat(GuiFixture.rows(gui.record().countries())).isEqualTo(GuiFixture.rows(
                GuiFixture.cliRecord(gui.session(), gui.seed()).countries()).subList(0, 3 * gui.model().size()));
    }

    @Test
    void aSeedThatIsNotANumberIsRefusedWithADialog() {
        RecordingDialogs dialogs = new RecordingDialogs();
        RealignWithUI gui = gui(3, dialogs);
        assertThat(gui.restartWithSeed("seven")).isFalse();
        assertThat(gui.seed()).isEqualTo(SEED);
        assertThat(dialogs.errors()).singleElement()
                .satisfies(e -> assertThat(e.message()).isEqualTo("seed: expected a whole number, got 'seven'"));
        assertThat(gui.restartWithSeed(" 12 ")).isTrue();
        assertThat(gui.seed()).isEqualTo(12);
    }

    @Test
    void theRunSoFarExportsAsTheRunFolderOfRunWithThoseRounds(@TempDir Path dir) throws Exception {
        RecordingDialogs dialogs = new RecordingDialogs();
        RealignWithUI gui = gui(24, dialogs);
        play(gui, 5);
        Path exported = gui.export(dir.resolve("gui")).orElseThrow(() -> new AssertionError(dialogs.shown));
        Path cli = dir.resolve("cli");
        Cli.runOk(GuiFixture.US_VOTE.toString(), "--seed", Long.toString(SEED), "--rounds", "5", "--out", cli.toString());
        List<String> files;
        try (var s = Files.list(cli)) {
            files = s.map(p -> p.getFileName().toString()).filter(f -> !f.equals("figures")).sorted().toList();
        }
        assertThat(files).contains("countries.csv", "ties.csv", "trust-round-5.csv", "network-round-5.graphml");
        for (String f : files) {
            if (f.equals("manifest.json")) {
                continue;
            }
            assertThat(Files.readAllBytes(exported.resolve(f))).as(f).isEqualTo(Files.readAllBytes(cli.resolve(f)));
        }
        var json = new com.fasterxml.jackson.databind.ObjectMapper();
        var a = json.readTree(exported.resolve("manifest.json").toFile());
        var b = json.readTree(cli.resolve("manifest.json").toFile());
        assertThat(a.get("overrides")).isEqualTo(b.get("overrides"));
        assertThat(a.get("scenario")).isEqualTo(b.get("scenario"));
        assertThat(Files.exists(exported.resolve("figures"))).isTrue();
        assertThat(dialogs.shown).last().satisfies(s -> assertThat(s.message()).contains(exported.toString()));
        // the run goes on after an export, and an existing folder is never overwritten
        gui.step();
        assertThat(gui.model().round()).isEqualTo(6);
        assertThat(gui.export(exported)).isEmpty();
        assertThat(dialogs.errors()).singleElement().satisfies(e -> assertThat(e.message()).contains("does not exist yet"));
    }

    @Test
    void withoutADisplayTheGuiSaysHowToGetOne() {
        assertThat(GuiCommand.noDisplay(false, null, "Linux")).isNull();
        assertThat(GuiCommand.noDisplay(true, null, "Linux")).contains("DISPLAY is not set", "xvfb-run");
        assertThat(GuiCommand.noDisplay(true, ":0", "Linux")).contains("headless");
        Cli.Result r = Cli.run("gui", GuiFixture.US_VOTE.toString());
        // the tests run headless: the command refuses with the message and exit status 2, and opens nothing
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).startsWith("realign: gui: ");
    }
}
