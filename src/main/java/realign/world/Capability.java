package realign.world;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.math3.stat.descriptive.rank.Median;

/**
 * Capability {@code c_i = ½·gdp_i/max(gdp) + ½·milex_i/max(milex)} (docs/model.md §1). Missing military
 * spending is imputed as {@code gdp_i × median(milex/gdp over the country's UN region)}; every imputed
 * value is returned so the manifest can list it.
 */
final class Capability {

    /** {@code military}: the second half of capability, ½·milex_i/max(milex), the part internal balancing raises. */
    record Result(double[] capability, double[] military, double[] milex, List<Imputation> imputations) {}

    private Capability() {}

    static Result compute(List<Country> countries) {
        int n = countries.size();
        Map<String, List<Double>> ratios = new TreeMap<>();
        for (Country c : countries) {
            if (c.hasMilex() && c.gdpUsdBn() > 0) {
                ratios.computeIfAbsent(c.region(), r -> new ArrayList<>()).add(c.milexUsdBn() / c.gdpUsdBn());
            }
        }
        Median median = new Median();
        double[] milex = new double[n];
        List<Imputation> imputed = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Country c = countries.get(i);
            if (c.hasMilex()) {
                milex[i] = c.milexUsdBn();
            } else {
                List<Double> r = ratios.get(c.region());
                double share = r == null ? 0 : median.evaluate(r.stream().mapToDouble(Double::doubleValue).toArray());
                milex[i] = c.gdpUsdBn() * share;
                imputed.add(new Imputation(c.iso3(), "milex_usd_bn", milex[i],
                        String.format(java.util.Locale.ROOT,
                                "gdp_usd_bn x median(milex/gdp) of region %s (%.5f)", c.region(), share)));
            }
        }
        double maxGdp = 0;
        double maxMilex = 0;
        for (int i = 0; i < n; i++) {
            maxGdp = Math.max(maxGdp, countries.get(i).gdpUsdBn());
            maxMilex = Math.max(maxMilex, milex[i]);
        }
        double[] cap = new double[n];
        double[] military = new double[n];
        for (int i = 0; i < n; i++) {
            military[i] = 0.5 * milex[i] / maxMilex;
            cap[i] = 0.5 * countries.get(i).gdpUsdBn() / maxGdp + military[i];
        }
        return new Result(cap, military, milex, List.copyOf(imputed));
    }
}
