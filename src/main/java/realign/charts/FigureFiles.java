package realign.charts;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOInvalidTreeException;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.ui.Drawable;
import org.jfree.chart.text.TextUtils;
import org.jfree.pdf.PDFDocument;
import org.jfree.pdf.PDFGraphics2D;
import org.jfree.pdf.PDFHints;
import org.jfree.pdf.Page;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.SVGUnits;
import org.jfree.svg.ViewBox;

/**
 * Writes a chart as PNG (300 dpi), SVG and PDF at the figure size. The same chart gives the same bytes:
 * nothing time-dependent or random is written.
 */
final class FigureFiles {

    private static final Rectangle2D PAGE = new Rectangle2D.Double(0, 0, FigureStyle.WIDTH_PT, FigureStyle.HEIGHT_PT);

    /** Writes a drawing in one format on a page of the given size (points). */
    static Path write(Drawable drawing, Rectangle2D page, FigureFormat format, Path file, String idPrefix, String title)
            throws IOException {
        return switch (format) {
            case PNG -> png(drawing, page, file);
            case SVG -> svg(drawing, page, file, idPrefix);
            case PDF -> pdf(drawing, page, file, title);
        };
    }

    static {
        // JFreeChart draws rotated text (the y-axis titles) through a TextLayout by default, a workaround for
        // a JDK 1.3 bug; vector back ends turn a TextLayout into glyph outlines, and the SVG must keep its
        // text as text. The setting is JVM-wide; plain drawString is right on every JDK realign runs on.
        TextUtils.setUseDrawRotatedStringWorkaround(false);
    }

    private FigureFiles() {}

    /** PNG at {@link FigureStyle#PNG_DPI}, drawn in points and scaled so text has its size in print. */
    static Path png(JFreeChart chart, Path file) throws IOException {
        return png(chart, PAGE, file);
    }

    private static Path png(Drawable chart, Rectangle2D page, Path file) throws IOException {
        try (OutputStream out = realign.output.OutputFiles.open(file)) {
            png(chart, page, PNG_SCALE, out);
        }
        return file;
    }

    /** {@link FigureStyle#PNG_DPI} over the 72 points of an inch. */
    private static final double PNG_SCALE = FigureStyle.PNG_DPI / 72.0;

    /** Draws {@code chart} on a page of {@code page} points at {@code scale} pixels a point and encodes it as PNG. */
    static void png(Drawable chart, Rectangle2D page, double scale, OutputStream out) throws IOException {
        BufferedImage image = new BufferedImage((int) Math.round(page.getWidth() * scale),
                (int) Math.round(page.getHeight() * scale), BufferedImage.TYPE_INT_RGB);
        long t = realign.Timing.start();
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            // fractional metrics: text is laid out as in the SVG and PDF, not snapped to whole pixels
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.setColor(java.awt.Color.WHITE);
            g.fillRect(0, 0, image.getWidth(), image.getHeight());
            g.scale(scale, scale);
            chart.draw(g, page);
        } finally {
            g.dispose();
        }
        realign.Timing.done("  PNG drawn", t);
        t = realign.Timing.start();
        ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
        // in memory: ImageIO's default stream caches in a temporary file (same bytes, slower); closing it
        // flushes into out and leaves out open, which is the caller's
        ImageOutputStream images = new MemoryCacheImageOutputStream(out);
        try {
            ImageWriteParam param = writer.getDefaultWriteParam();
            IIOMetadata metadata = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(image),
                    param);
            setDpi(metadata, FigureStyle.PNG_DPI);
            writer.setOutput(images);
            writer.write(null, new IIOImage(image, null, metadata), param);
            images.flush();
        } finally {
            images.close();
            writer.dispose();
        }
        realign.Timing.done("  PNG encoded", t);
    }

    /** The PNG pHYs chunk: pixels per metre, as PNG has no per-inch unit. */
    private static void setDpi(IIOMetadata metadata, int dpi) throws IIOInvalidTreeException {
        String ppm = Long.toString(Math.round(dpi / 0.0254));
        IIOMetadataNode phys = new IIOMetadataNode("pHYs");
        phys.setAttribute("pixelsPerUnitXAxis", ppm);
        phys.setAttribute("pixelsPerUnitYAxis", ppm);
        phys.setAttribute("unitSpecifier", "meter");
        IIOMetadataNode root = new IIOMetadataNode("javax_imageio_png_1.0");
        root.appendChild(phys);
        metadata.mergeTree("javax_imageio_png_1.0", root);
    }

    /**
     * SVG 7 in × 5 in with user units in points, text as {@code <text>}. JFreeSVG prefixes clip-path ids with
     * {@code System.nanoTime()} by default; a fixed prefix keeps the bytes the same from run to run.
     */
    static Path svg(JFreeChart chart, Path file, String idPrefix) throws IOException {
        return svg(chart, PAGE, file, idPrefix);
    }

    private static Path svg(Drawable chart, Rectangle2D page, Path file, String idPrefix) throws IOException {
        realign.output.OutputFiles.writeString(file, svg(chart, page, idPrefix));
        return file;
    }

    /** The SVG document of {@code chart} on a page of {@code page} points. */
    static String svg(Drawable chart, Rectangle2D page, String idPrefix) {
        SVGGraphics2D g = new SVGGraphics2D(page.getWidth(), page.getHeight(), SVGUnits.PT);
        g.setDefsKeyPrefix(idPrefix);
        // the font the text was measured in, else the viewer's sans-serif rather than its default serif
        g.setFontFunction(family -> "\"" + family + "\", sans-serif");
        chart.draw(g, page);
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + g.getSVGElement(null, true, new ViewBox(0, 0, page.getWidth(), page.getHeight()), null, null)
                + "\n";
    }

    /**
     * One-page PDF; text drawn as outlines of the figure's font (OrsonPDF only has the 14 standard fonts,
     * and would set DejaVu Sans in Courier). OrsonPDF stamps {@code /CreationDate} and {@code /ModDate} with
     * the clock and offers no way to set them; both entries are blanked, see {@link #withoutDates(byte[])}.
     */
    static Path pdf(JFreeChart chart, Path file, String title) throws IOException {
        return pdf(chart, PAGE, file, title);
    }

    private static Path pdf(Drawable chart, Rectangle2D area, Path file, String title) throws IOException {
        realign.output.OutputFiles.write(file, pdf(chart, area, title));
        return file;
    }

    /** The bytes of a one-page PDF of {@code chart} on a page of {@code area} points, without dates. */
    static byte[] pdf(Drawable chart, Rectangle2D area, String title) {
        PDFDocument doc = new PDFDocument();
        doc.setTitle(title);
        Page page = doc.createPage(area);
        PDFGraphics2D g = page.getGraphics2D();
        g.setRenderingHint(PDFHints.KEY_DRAW_STRING_TYPE, PDFHints.VALUE_DRAW_STRING_TYPE_VECTOR);
        chart.draw(g, area);
        return withoutDates(doc.getPDFBytes());
    }

    private static final Pattern PDF_DATE = Pattern.compile("/(?:CreationDate|ModDate) \\(D:[^)]*\\)");

    /**
     * The PDF with its (optional) date entries overwritten by spaces, which PDF reads as white space: the
     * length stays the same, so the cross-reference offsets stay valid.
     */
    static byte[] withoutDates(byte[] pdf) {
        // ISO-8859-1 maps each byte to one char and back, so binary content survives the round trip
        String text = new String(pdf, StandardCharsets.ISO_8859_1);
        Matcher m = PDF_DATE.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (m.find()) {
            m.appendReplacement(out, " ".repeat(m.group().length()));
        }
        m.appendTail(out);
        return out.toString().getBytes(StandardCharsets.ISO_8859_1);
    }
}
