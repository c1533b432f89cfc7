package realign.charts;

import java.awt.geom.Path2D;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Country outlines shipped with realign ({@code /realign/data/map/countries.csv}: Natural Earth 1:50m, see
 * {@code data/map/SOURCES.md}), in degrees: x = longitude, y = latitude. Loaded once, read-only.
 */
public final class CountryOutlines {

    static final String RESOURCE = "/realign/data/map/countries.csv";

    /** One ring: alternating lon, lat; ring 0 of a polygon is its outer boundary, the rest are holes. */
    record Ring(String iso3, int polygon, int ring, double[] lonLat) {}

    private static volatile CountryOutlines shipped;

    private final Map<String, List<Ring>> rings;

    private CountryOutlines(Map<String, List<Ring>> rings) {
        this.rings = rings;
    }

    public static CountryOutlines shipped() {
        CountryOutlines s = shipped;
        if (s == null) {
            synchronized (CountryOutlines.class) {
                if (shipped == null) {
                    shipped = load();
                }
                s = shipped;
            }
        }
        return s;
    }

    private static CountryOutlines load() {
        Map<String, List<Ring>> rings = new TreeMap<>();
        try (InputStream in = CountryOutlines.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is not on the classpath (is the jar built with data/map?)");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line = r.readLine(); // header: iso3,polygon,ring,points
            while ((line = r.readLine()) != null) {
                String[] f = line.split(",", 4);
                String[] p = f[3].split(" ");
                double[] lonLat = new double[p.length];
                for (int i = 0; i < p.length; i++) {
                    lonLat[i] = Double.parseDouble(p[i]);
                }
                rings.computeIfAbsent(f[0], k -> new ArrayList<>())
                        .add(new Ring(f[0], Integer.parseInt(f[1]), Integer.parseInt(f[2]), lonLat));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        rings.replaceAll((k, v) -> List.copyOf(v));
        return new CountryOutlines(Collections.unmodifiableMap(rings));
    }

    /** Every ISO3 code with an outline, sorted. */
    public List<String> iso3() {
        return List.copyOf(rings.keySet());
    }

    boolean has(String iso3) {
        return rings.containsKey(iso3);
    }

    /**
     * A country's outline projected by {@code x = x0 + lon * k}, {@code y = y0 - lat * k} (equirectangular,
     * points, rounded to 1/16), with points closer than {@code minStep} points to the last kept one skipped: detail below
     * print resolution only makes the SVG and PDF larger. Holes are even-odd. Null if there is no outline.
     */
    public Path2D.Double projected(String iso3, double x0, double y0, double k, double minStep) {
        List<Ring> rs = rings.get(iso3);
        if (rs == null) {
            return null;
        }
        Path2D.Double path = new Path2D.Double(Path2D.WIND_EVEN_ODD);
        double min2 = minStep * minStep;
        for (Ring ring : rs) {
            double[] p = ring.lonLat();
            double lx = round(x0 + p[0] * k);
            double ly = round(y0 - p[1] * k);
            path.moveTo(lx, ly);
            for (int i = 2; i < p.length; i += 2) {
                double x = round(x0 + p[i] * k);
                double y = round(y0 - p[i + 1] * k);
                boolean last = i == p.length - 2;
                if (last || (x - lx) * (x - lx) + (y - ly) * (y - ly) >= min2) {
                    path.lineTo(x, y);
                    lx = x;
                    ly = y;
                }
            }
            path.closePath();
        }
        return path;
    }

    /**
     * To 1/16 point (a quarter of a pixel at 300 dpi). JFreeSVG writes path coordinates as floats widened to
     * doubles, with every digit ("110.37999725341797"); sixteenths are exact in a float and print short
     * ("110.375"), which more than halves an outline's size in the SVG.
     */
    static double round(double v) {
        return Math.round(v * 16) / 16.0;
    }
}
