package realign.gui;

import java.awt.Color;
import realign.charts.FigureStyle;
import realign.model.AllianceModel;
import realign.observe.RunMetrics;
import realign.world.Country;

/**
 * A country as the world view and its inspector see it: bean getters over the live model's state for country
 * {@code index} (what {@code countries.csv} reports), read at the moment they are called, and how it is drawn
 * (position at its capital, size from capability, colour from its bloc).
 */
public final class CountryAgent {

    /** Diameter, in degrees of longitude, of the most capable country's disc. */
    static final double MAX_DIAMETER = 14;
    /** Smallest disc drawn, so that the least capable countries can still be seen and clicked. */
    static final double MIN_DIAMETER = 1.2;

    private final View view;
    private final int index;
    private final Country country;
    private final boolean labelled;
    private final double diameter;

    /** Where the model is read from: the run shown now (it changes on restart). */
    interface View {
        AllianceModel model();

        int usa();
    }

    CountryAgent(View view, int index, Country country, boolean labelled, double maxCapability) {
        this.view = view;
        this.index = index;
        this.country = country;
        this.labelled = labelled;
        double c = view.model().capability(index);
        // area ∝ capability: the diameter grows with the square root
        this.diameter = Math.max(MIN_DIAMETER, MAX_DIAMETER * Math.sqrt(Math.max(0, c) / maxCapability));
    }

    int index() {
        return index;
    }

    /** Disc diameter in field units (degrees). */
    double diameter() {
        return diameter;
    }

    /** Whether the world view writes its ISO3 code next to it (focus countries). */
    boolean labelled() {
        return labelled;
    }

    Color colour() {
        return FigureStyle.blocColour(getBloc());
    }

    private AllianceModel m() {
        return view.model();
    }

    public String getName() {
        return country.name();
    }

    public String getIso3() {
        return country.iso3();
    }

    public String getRegion() {
        return country.region();
    }

    /** T_i,USA; NaN for the United States itself. */
    public double getTrustInUS() {
        int usa = view.usa();
        return usa < 0 || usa == index ? Double.NaN : m().trust(index, usa);
    }

    public double getSupport() {
        return m().support(index);
    }

    public double getNeed() {
        return m().need(index);
    }

    public double getDeficit() {
        return m().deficit(index);
    }

    public boolean isSeeking() {
        return m().seeking(index);
    }

    /** A, B, ... or unaligned, as in countries.csv. */
    public String getBloc() {
        return RunMetrics.blocName(m().bloc(index));
    }

    public double getCapability() {
        return m().capability(index);
    }

    /** Number of ties. */
    public int getDegree() {
        AllianceModel m = m();
        int d = 0;
        for (int j = 0; j < m.size(); j++) {
            if (j != index && m.tie(index, j) > 0) {
                d++;
            }
        }
        return d;
    }

    @Override
    public String toString() {
        return country.name() + " (" + country.iso3() + ")";
    }
}
