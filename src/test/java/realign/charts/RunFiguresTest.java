package realign.charts;

import static realign.charts.FigureChecks.pngMetadata;
import static realign.charts.FigureChecks.svgTexts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import javax.imageio.metadata.IIOMetadataNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import realign.InputException;

class RunFiguresTest {

    @TempDir
    static Path shared;

    /** The fixture run, drawn once for the tests that only read the figures. */
    static Path run;
    static List<Path> written;

    @TempDir
    Path tmp;

    @BeforeAll
    static void drawFixtureRun() throws Exception {
        run = FixtureRun.copy(shared, "run");
        written = RunFigures.render(run);
    }

    @Test
    void writesPngSvgAndPdfIntoTheRunsFiguresFolder() {
        Path figures = run.resolve("figures");

        assertThat(written).containsExactly(figures.resolve("run-overview.png"), figures.resolve("run-overview.svg"),
                figures.resolve("run-overview.pdf"));
        assertThat(written).allSatisfy(f -> assertThat(f).isRegularFile().isNotEmptyFile());
    }

    @Test
    void pngIsSevenByFiveInchesAt300Dpi() throws Exception {
        byte[] png = Files.readAllBytes(run.resolve("figures/run-overview.png"));
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));

        assertThat(image.getWidth()).isEqualTo(2100);
        assertThat(image.getHeight()).isEqualTo(1500);
        IIOMetadataNode phys = (IIOMetadataNode) pngMetadata(png).getElementsByTagName("pHYs").item(0);
        assertThat(phys).as("pHYs chunk").isNotNull();
        assertThat(phys.getAttribute("unitSpecifier")).isEqualTo("meter");
        assertThat(phys.getAttribute("pixelsPerUnitXAxis")).isEqualTo("11811");
        assertThat(phys.getAttribute("pixelsPerUnitYAxis")).isEqualTo("11811");
        assertThat(Math.round(Integer.parseInt(phys.getAttribute("pixelsPerUnitXAxis")) * 0.0254)).isEqualTo(300);
    }

    @Test
    void pngHasAWhiteBackground() throws Exception {
        BufferedImage image = ImageIO.read(run.resolve("figures/run-overview.png").toFile());

        assertThat(image.getRGB(0, 0) & 0xFFFFFF).isEqualTo(0xFFFFFF);
        assertThat(image.getRGB(2099, 1499) & 0xFFFFFF).isEqualTo(0xFFFFFF);
    }

    @Test
    void svgIsXmlWithAxisTitlesLegendEntriesAndShockLabelAsText() throws Exception {
        List<String> texts = svgTexts(run.resolve("figures/run-overview.svg"));

        assertThat(texts).contains("Round (months)", "Countries", "Mean trust in the U.S.",
                "Bloc A (USA)", "Bloc B (CHN)", "Bloc C (IND)", "Unaligned", "NATO-Europe", "AUS", "ES-11-7, ES-11-8");
        assertThat(texts).noneMatch(t -> t.startsWith("Bloc D"));
    }

    @Test
    void svgIsSevenByFiveInchesInPoints() throws Exception {
        String svg = Files.readString(run.resolve("figures/run-overview.svg"), StandardCharsets.UTF_8);

        assertThat(svg).contains("width='504.0pt' height='360.0pt' viewBox='0.0 0.0 504.0 360.0'");
    }

    @Test
    void pdfIsOnePage() throws Exception {
        byte[] pdf = Files.readAllBytes(run.resolve("figures/run-overview.pdf"));
        String text = new String(pdf, StandardCharsets.ISO_8859_1);

        assertThat(text).startsWith("%PDF-");
        assertThat(Pattern.compile("/Type\\s*/Page(?![a-zA-Z])").matcher(text).results().count()).isEqualTo(1);
        assertThat(text).contains("/MediaBox [0.0 0.0 504.0 360.0]");
    }

    @Test
    void pdfCarriesNoClockTime() throws Exception {
        String text = Files.readString(run.resolve("figures/run-overview.pdf"), StandardCharsets.ISO_8859_1);

        assertThat(text).doesNotContain("CreationDate").doesNotContain("ModDate");
    }

    @Test
    void sameRunGivesIdenticalPngSvgAndPdfBytes() throws Exception {
        List<Path> first = RunFigures.render(FixtureRun.copy(tmp, "first"));
        List<Path> second = RunFigures.render(FixtureRun.copy(tmp, "second"));

        for (int i = 0; i < first.size(); i++) {
            assertThat(Files.readAllBytes(second.get(i))).as(second.get(i).getFileName().toString())
                    .isEqualTo(Files.readAllBytes(first.get(i)));
        }
    }

    @Test
    void withoutManifestTheFocusGroupsAreNamedAfterTheirColumns() throws Exception {
        Path copy = FixtureRun.copy(tmp, "run");
        Files.delete(copy.resolve("manifest.json"));

        RunFigures.render(copy);

        assertThat(svgTexts(copy.resolve("figures/run-overview.svg"))).contains("NATO-EUROPE", "EU");
    }

    @Test
    void runWithoutRoundsCsvIsRejectedNamingTheFileAndWritesNothing() throws Exception {
        Path copy = FixtureRun.copy(tmp, "run");
        Files.delete(copy.resolve("rounds.csv"));

        assertThatThrownBy(() -> RunFigures.render(copy)).isInstanceOf(InputException.class)
                .hasMessage(copy.resolve("rounds.csv") + ": file is missing");
        assertThat(copy.resolve("figures")).doesNotExist();
    }

    @Test
    void roundsCsvWithoutRoundColumnIsRejectedNamingFileAndColumn() throws Exception {
        Path copy = FixtureRun.copy(tmp, "run");
        FixtureRun.replace(copy.resolve("rounds.csv"), "round,shocks,", "step,shocks,");

        assertThatThrownBy(() -> RunFigures.render(copy)).isInstanceOf(InputException.class)
                .hasMessage(copy.resolve("rounds.csv") + ": column 'round' is missing");
        assertThat(copy.resolve("figures")).doesNotExist();
    }



}
