package realign.charts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FigureWarmUpTest {

    @TempDir
    Path tmp;

    @Test
    void figuresDrawnAfterAWarmUpHaveTheSameBytesAsBeforeIt() throws Exception {
        List<Path> before = RunFigures.render(FixtureRun.copy(tmp, "before"));
        FigureWarmUp.run();
        FigureWarmUp.run();
        List<Path> after = RunFigures.render(FixtureRun.copy(tmp, "after"));

        assertThat(after).hasSameSizeAs(before).hasSize(3);
        for (int i = 0; i < before.size(); i++) {
            assertThat(Files.readAllBytes(after.get(i))).as(after.get(i).getFileName().toString())
                    .isEqualTo(Files.readAllBytes(before.get(i)));
        }
    }

    @Test
    void inMemoryPngOfTheMadeUpOverviewIsAPng() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        FigureFiles.png(OverviewChart.build(FigureWarmUp.madeUp(), FigureWidth.DOUBLE),
                new java.awt.geom.Rectangle2D.Double(0, 0, FigureStyle.WIDTH_PT, FigureStyle.HEIGHT_PT), 1, out);

        java.awt.image.BufferedImage image = javax.imageio.ImageIO.read(
                new java.io.ByteArrayInputStream(out.toByteArray()));
        assertThat(image.getWidth()).isEqualTo(7 * 72);
        assertThat(image.getHeight()).isEqualTo(5 * 72);
    }
}
