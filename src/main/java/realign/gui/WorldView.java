package realign.gui;

import java.awt.BorderLayout;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.swing.JFrame;
import realign.model.AllianceModel;
import realign.model.TieEvent;
import realign.model.TieLog;
import realign.scenario.Scenario;
import realign.world.Country;
import realign.world.World;
import sim.display.Display2D;
import sim.display.GUIState;
import sim.field.continuous.Continuous2D;
import sim.field.network.Network;
import sim.portrayal.continuous.ContinuousPortrayal2D;
import sim.portrayal.network.NetworkPortrayal2D;
import sim.portrayal.network.SpatialNetwork2D;
import sim.util.Double2D;

/**
 * The world view: a MASON {@link Display2D} of five layers — the map ({@link MapPortrayal}), every trade agreement
 * (hidden at first), the security ties, the trade agreements of the run ({@link TiePortrayal} over three
 * {@link Network}s) and the countries at their capitals ({@link CountryPortrayal} over a {@link Continuous2D}) — in an equirectangular field of 360 × 141 degrees, with a {@link Legend} beneath.
 * Zoom, scroll, layer toggles and snapshots are the Display2D's own controls.
 */
final class WorldView {

    static final double WIDTH = 360;
    /** The figures' map frame: Antarctica and the high Arctic left out. */
    static final double LAT_MAX = 84;
    static final double LAT_MIN = -57;
    static final double HEIGHT = LAT_MAX - LAT_MIN;
    /** Pixels per degree at zoom 1. */
    static final double PIXELS = 3;

    final Continuous2D countries = new Continuous2D(10, WIDTH, HEIGHT);
    final Network ties = new Network(false);
    /** trade agreements made or deepened during the run (the economic layer's changes) */
    final Network trade = new Network(false);
    /** every trade agreement in force: a layer hidden until asked for (the layers button) */
    final Network allTrade = new Network(false);
    final MapPortrayal map = new MapPortrayal();
    final NetworkPortrayal2D tiePortrayal = new NetworkPortrayal2D();
    final NetworkPortrayal2D tradePortrayal = new NetworkPortrayal2D();
    final NetworkPortrayal2D allTradePortrayal = new NetworkPortrayal2D();
    /** layer names in the Display2D's layers menu */
    static final String TIES_LAYER = "Security ties";
    static final String TRADE_LAYER = "Trade agreements of the run";
    static final String ALL_TRADE_LAYER = "All trade agreements";
    final ContinuousPortrayal2D countryPortrayal = new ContinuousPortrayal2D();
    final Legend legend = new Legend();
    private CountryAgent[] agents = new CountryAgent[0];
    private final int[] tieCounts = new int[TiePortrayal.Kind.values().length];
    /** per pair (i·n + j, i &lt; j): a security tie deepened in the run and not ended since */
    private boolean[] deepened = new boolean[0];
    /** per pair: a trade agreement made or deepened in the run (economic ties never end) */
    private boolean[] tradeMade = new boolean[0];
    private Display2D display;
    private JFrame frame;

    WorldView() {
        tiePortrayal.setField(new SpatialNetwork2D(countries, ties));
        tiePortrayal.setPortrayalForAll(new TiePortrayal());
        tradePortrayal.setField(new SpatialNetwork2D(countries, trade));
        tradePortrayal.setPortrayalForAll(new TiePortrayal());
        allTradePortrayal.setField(new SpatialNetwork2D(countries, allTrade));
        allTradePortrayal.setPortrayalForAll(new TiePortrayal());
        countryPortrayal.setField(countries);
        countryPortrayal.setPortrayalForAll(new CountryPortrayal());
    }

    /** Where a capital goes in the field. */
    static Double2D position(Country c) {
        return new Double2D(Math.max(0, Math.min(WIDTH, c.lon() + 180)), Math.max(0, Math.min(HEIGHT, LAT_MAX - c.lat())));
    }

    /** The Display2D and its frame; needs a screen. */
    JFrame open(GUIState gui) {
        display = new Display2D(WIDTH * PIXELS, HEIGHT * PIXELS, gui);
        display.setBackdrop(MapPortrayal.SEA);
        display.setClipping(false);
        display.attach(map, "Map");
        // the whole economic layer below the security ties, off at first (it is dense: the EU alone is 351 pairs);
        // the run's trade agreements above them; each can be switched with the layers button
        display.attach(allTradePortrayal, ALL_TRADE_LAYER, false);
        display.attach(tiePortrayal, TIES_LAYER);
        display.attach(tradePortrayal, TRADE_LAYER);
        display.attach(countryPortrayal, "Countries");
        frame = display.createFrame();
        frame.setTitle("realign: world view");
        frame.getContentPane().add(legend, BorderLayout.SOUTH);
        frame.pack();
        return frame;
    }

    Display2D display() {
        return display;
    }

    JFrame frame() {
        return frame;
    }

    CountryAgent[] agents() {
        return agents.clone();
    }

    /** Puts the countries of a new run in place (labels for the single-country focus groups and the U.S.). */
    void show(AllianceModel m, Scenario s, World world, CountryAgent.View view) {
        Set<String> labelled = new HashSet<>();
        labelled.add("USA");
        for (Scenario.FocusGroup g : s.focus()) {
            if (g.members().size() == 1) {
                labelled.addAll(g.members());
            }
        }
        double max = 0;
        for (int i = 0; i < m.size(); i++) {
            max = Math.max(max, m.capability(i));
        }
        countries.clear();
        ties.clear();
        trade.clear();
        allTrade.clear();
        agents = new CountryAgent[m.size()];
        deepened = new boolean[m.size() * m.size()];
        tradeMade = new boolean[m.size() * m.size()];
        for (int i = 0; i < m.size(); i++) {
            Country c = world.country(i);
            agents[i] = new CountryAgent(view, i, c, labelled.contains(c.iso3()), max > 0 ? max : 1);
            countries.setObjectLocation(agents[i], position(c));
            ties.addNode(agents[i]);
            trade.addNode(agents[i]);
            allTrade.addNode(agents[i]);
        }
        update(m);
    }

    /**
     * The ties of the model's current round: every security tie, plus this round's dissolved ones (flashed once);
     * the trade agreements made or deepened so far in the run (this round's thicker); and every trade agreement in
     * force, for the layer that shows them all. Called once per round, after the round (and again harmlessly for
     * the same round): what was deepened or made is remembered from each round's tie events.
     */
    void update(AllianceModel m) {
        ties.removeAllEdges();
        trade.removeAllEdges();
        allTrade.removeAllEdges();
        java.util.Arrays.fill(tieCounts, 0);
        int n = m.size();
        TieLog log = m.tieEvents();
        boolean[] formed = new boolean[n * n];
        for (int e = 0; e < log.size(); e++) {
            int a = log.a(e);
            int b = log.b(e);
            TieEvent kind = log.kind(e);
            if (kind == TieEvent.FORMED || kind == TieEvent.JOINED || kind == TieEvent.SIGNED) {
                formed[a * n + b] = true;
            } else if (kind == TieEvent.STRENGTHENED) {
                deepened[a * n + b] = true;
            }
            if (kind.ends(log.value(e))) { // as logged: a tie re-formed later this round still ended
                deepened[a * n + b] = false; // the depth went with the tie
                ties.addEdge(agents[a], agents[b], new TiePortrayal.Tie(0, TiePortrayal.Kind.DISSOLVED));
                tieCounts[TiePortrayal.Kind.DISSOLVED.ordinal()]++;
            }
        }
        TieLog economic = m.economicEvents();
        boolean[] tradeNow = new boolean[n * n];
        for (int e = 0; e < economic.size(); e++) {
            TieEvent kind = economic.kind(e);
            if (kind.raised()) {
                tradeNow[economic.a(e) * n + economic.b(e)] = true;
                tradeMade[economic.a(e) * n + economic.b(e)] = true;
            }
        }
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                double w = m.tie(i, j);
                if (w > 0) {
                    TiePortrayal.Kind kind = formed[i * n + j] ? TiePortrayal.Kind.FORMED
                            : deepened[i * n + j] ? TiePortrayal.Kind.DEEPENED
                            : m.multilateral(i, j) ? TiePortrayal.Kind.MULTILATERAL : TiePortrayal.Kind.BILATERAL;
                    ties.addEdge(agents[i], agents[j], new TiePortrayal.Tie(w, kind));
                    tieCounts[kind.ordinal()]++;
                }
                double e = m.economicTie(i, j);
                if (e > 0) {
                    allTrade.addEdge(agents[i], agents[j], new TiePortrayal.Tie(e, TiePortrayal.Kind.TRADE_ALL));
                    tieCounts[TiePortrayal.Kind.TRADE_ALL.ordinal()]++;
                }
                if (tradeMade[i * n + j]) {
                    TiePortrayal.Kind kind = tradeNow[i * n + j] ? TiePortrayal.Kind.TRADE_THIS_ROUND
                            : TiePortrayal.Kind.TRADE;
                    trade.addEdge(agents[i], agents[j], new TiePortrayal.Tie(e, kind));
                    tieCounts[kind.ordinal()]++;
                }
            }
        }
    }

    /** How many ties of each kind the view shows this round, by {@link TiePortrayal.Kind} ordinal. */
    int[] tieCounts() {
        return tieCounts.clone();
    }
}
