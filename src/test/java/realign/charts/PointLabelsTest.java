package realign.charts;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.svg.SVGGraphics2D;
import org.junit.jupiter.api.Test;

class PointLabelsTest {

    private static final Pattern TEXT = Pattern.compile("<text x='([^']+)' y='([^']+)'[^>]*>([^<]*)</text>");

    /** The labels' boxes as drawn into an SVG of a scatter of {@code points}. */
    private static List<Rectangle2D> drawnLabels(List<PointLabels.Point> points) {
        XYSeries s = new XYSeries("points", false, true);
        points.forEach(p -> s.add(p.x(), p.y()));
        XYPlot plot = new XYPlot(new XYSeriesCollection(s), new NumberAxis("x"), new NumberAxis("y"),
                new XYLineAndShapeRenderer(false, true));
        plot.addAnnotation(new PointLabels(points));
        SVGGraphics2D g = new SVGGraphics2D(252, 180);
        new JFreeChart(null, FigureStyle.LABEL_FONT, plot, false).draw(g, new Rectangle2D.Double(0, 0, 252, 180));

        Graphics2D measure = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB).createGraphics();
        measure.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        Font font = FigureStyle.MARKER_FONT;
        var fm = measure.getFontMetrics(font);
        List<String> names = points.stream().map(PointLabels.Point::text).toList();
        List<Rectangle2D> boxes = new ArrayList<>();
        Matcher m = TEXT.matcher(g.getSVGElement());
        while (m.find()) {
            if (names.contains(m.group(3))) {
                double x = Double.parseDouble(m.group(1));
                double y = Double.parseDouble(m.group(2));
                boxes.add(new Rectangle2D.Double(x, y - fm.getAscent(), fm.getStringBounds(m.group(3), measure)
                        .getWidth(), fm.getAscent() + fm.getDescent()));
            }
        }
        measure.dispose();
        return boxes;
    }

    @Test
    void labelsOfPointsOnTopOfEachOtherDoNotOverlap() {
        List<PointLabels.Point> points = List.of(new PointLabels.Point(0, 0, "renegotiation.dropThreshold"),
                new PointLabels.Point(0, 0, "renegotiation.formThreshold"),
                new PointLabels.Point(0.01, 0, "trust.reversion"),
                new PointLabels.Point(0.5, 0.5, "shock.salience"), new PointLabels.Point(0.52, 0.5, "shock.betrayal"));

        List<Rectangle2D> boxes = drawnLabels(points);

        assertThat(boxes).hasSize(points.size());
        for (int i = 0; i < boxes.size(); i++) {
            for (int j = i + 1; j < boxes.size(); j++) {
                assertThat(boxes.get(i).intersects(boxes.get(j))).as(i + " and " + j).isFalse();
            }
        }
    }
}
