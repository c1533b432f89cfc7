package realign.charts;

import java.util.Locale;

/** The file formats of a figure: PNG (300 dpi), SVG and PDF (vector, one page). */
public enum FigureFormat {
    PNG,
    SVG,
    PDF;

    public String extension() {
        return name().toLowerCase(Locale.ROOT);
    }
}
