package realign.charts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.Marker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.Layer;
import org.junit.jupiter.api.Test;

class OverviewChartTest {

    private static RunSeries run(int rounds, List<Integer> shocks, List<RunSeries.Bloc> blocs) {
        int[] r = new int[rounds + 1];
        Arrays.setAll(r, i -> i);
        double[] trust = new double[rounds + 1];
        Arrays.fill(trust, 0.5);
        return new RunSeries(r, shocks, blocs, List.of(new RunSeries.Focus("EU", "trust_in_usa_eu", trust)));
    }

    private static List<XYPlot> panels(JFreeChart chart) {
        return ((CombinedDomainXYPlot) chart.getXYPlot()).getSubplots();
    }

    private static List<Marker> markers(XYPlot panel, Layer layer) {
        List<Marker> out = new ArrayList<>();
        for (Object m : panel.getDomainMarkers(layer)) {
            out.add((Marker) m);
        }
        return out;
    }

    @Test
    void everyShockRoundIsMarkedOnBothPanelsAndNamedOnceAboveThem() {
        RunSeries run = run(6, List.of(1, 4), List.of());
        RunSeries named = new RunSeries(run.rounds(), run.shockRounds(),
                List.of(new ShockBand.Shock(1, "ES-11-7, ES-11-8"), new ShockBand.Shock(4, "tariffs")), run.blocs(),
                run.focus());
        JFreeChart chart = OverviewChart.build(named);

        assertThat(markers(panels(chart).get(0), Layer.FOREGROUND)).hasSize(2)
                .allSatisfy(m -> assertThat(m.getLabel()).isNull());
        assertThat(markers(panels(chart).get(1), Layer.BACKGROUND)).hasSize(2);
        assertThat(panels(chart).get(0).getAnnotations()).singleElement().isInstanceOfSatisfying(ShockBand.class,
                b -> assertThat(b.labels()).containsExactly(java.util.Map.entry(1, "ES-11-7, ES-11-8"),
                        java.util.Map.entry(4, "tariffs")));
    }

    @Test
    void blocAxisReachesAboveTheStackedTotal() {
        List<RunSeries.Bloc> blocs = List.of(
                new RunSeries.Bloc("A", "Bloc A (USA)", new int[] {150, 140, 140}),
                new RunSeries.Bloc("B", "Bloc B (CHN)", new int[] {43, 50, 53}));
        JFreeChart chart = OverviewChart.build(run(2, List.of(), blocs));

        double upper = panels(chart).get(0).getRangeAxis().getUpperBound();
        assertThat(upper).isGreaterThan(193).isLessThan(193 * 1.15);
    }

    @Test
    void trustAxisRunsFromZeroToOne() {
        JFreeChart chart = OverviewChart.build(run(6, List.of(), List.of()));

        assertThat(panels(chart).get(1).getRangeAxis().getRange().getLowerBound()).isZero();
        assertThat(panels(chart).get(1).getRangeAxis().getRange().getUpperBound()).isEqualTo(1.0);
    }

    @Test
    void aBlocLabelHasOneColourWhateverBlocsTheRunHas() {
        List<RunSeries.Bloc> ab = List.of(new RunSeries.Bloc("A", "Bloc A", new int[] {1, 1, 1}),
                new RunSeries.Bloc("B", "Bloc B", new int[] {1, 1, 1}));
        List<RunSeries.Bloc> b = List.of(new RunSeries.Bloc("B", "Bloc B", new int[] {1, 1, 1}));

        var first = panels(OverviewChart.build(run(2, List.of(), ab))).get(0).getRenderer().getSeriesPaint(1);
        var second = panels(OverviewChart.build(run(2, List.of(), b))).get(0).getRenderer().getSeriesPaint(0);

        assertThat(first).isEqualTo(second).isEqualTo(FigureStyle.VERMILLION);
        assertThat(FigureStyle.blocColour("unaligned")).isEqualTo(FigureStyle.UNALIGNED);
    }

    @Test
    void countryTicksComeInStepsOfOneTwoOrFiveTimesAPowerOfTen() {
        assertThat(OverviewChart.niceStep(193)).isEqualTo(50);
        assertThat(OverviewChart.niceStep(40)).isEqualTo(10);
        assertThat(OverviewChart.niceStep(7)).isEqualTo(2);
        assertThat(OverviewChart.niceStep(0)).isEqualTo(1);
    }
}
