package realign.charts;

import java.util.Locale;

/** Journal column widths: single (3.5 in) or double (7 in). */
public enum FigureWidth {
    SINGLE(3.5),
    DOUBLE(7.0);

    private final double inches;

    FigureWidth(double inches) {
        this.inches = inches;
    }

    /** Width in points (1/72 in), the unit figures are drawn in. */
    public double points() {
        return inches * 72;
    }

    public String option() {
        return name().toLowerCase(Locale.ROOT);
    }
}
