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
 * The world view: a MASON {@link Display2D} of three layers — the map ({@link MapPortrayal}), the ties
 * ({@link TiePortrayal} over a {@link Network}) and the countries at their capitals ({@link CountryPortrayal} over
 * a {@link Continuous2D}) — in an equirectangular field of 360 × 141 degrees, with a {@link Legend} beneath.
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
    final MapPortrayal map = new MapPortrayal();
    final NetworkPortrayal2D tiePortrayal = new NetworkPortrayal2D();
    final ContinuousPortrayal2D countryPortrayal = new ContinuousPortrayal2D();
    final Legend legend = new Legend();
    private CountryAgent[] agents = new CountryAgent[0];
    private final int[] tieCounts = new int[TiePortrayal.Kind.values().length];
    private Display2D display;
    private JFrame frame;

    WorldView() {
        tiePortrayal.setField(new SpatialNetwork2D(countries, ties));
        tiePortrayal.setPortrayalForAll(new TiePortrayal());
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
        display.attach(tiePortrayal, "Ties");
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
        agents = new CountryAgent[m.size()];
        for (int i = 0; i < m.size(); i++) {
            Country c = world.country(i);
            agents[i] = new CountryAgent(view, i, c, labelled.contains(c.iso3()), max > 0 ? max : 1);
            countries.setObjectLocation(agents[i], position(c));
            ties.addNode(agents[i]);
        }
        update(m);
    }

    /** The ties of the model's current round: every tie, plus this round's dissolved ones (flashed once). */
    void update(AllianceModel m) {
        ties.removeAllEdges();
        java.util.Arrays.fill(tieCounts, 0);
        int n = m.size();
        TieLog log = m.tieEvents();
        boolean[] formed = new boolean[n * n];
        for (int e = 0; e < log.size(); e++) {
            int a = log.a(e);
            int b = log.b(e);
            if (log.kind(e) == TieEvent.FORMED) {
                formed[a * n + b] = true;
            } else if (log.kind(e) == TieEvent.DISSOLVED) {
                ties.addEdge(agents[a], agents[b], new TiePortrayal.Tie(0, TiePortrayal.Kind.DISSOLVED));
                tieCounts[TiePortrayal.Kind.DISSOLVED.ordinal()]++;
            }
        }
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                double w = m.tie(i, j);
                if (w > 0) {
                    TiePortrayal.Kind kind = formed[i * n + j] ? TiePortrayal.Kind.FORMED
                            : m.multilateral(i, j) ? TiePortrayal.Kind.MULTILATERAL : TiePortrayal.Kind.BILATERAL;
                    ties.addEdge(agents[i], agents[j], new TiePortrayal.Tie(w, kind));
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
