package realign.world;

/**
 * One UN member state as read from {@code countries.csv}.
 *
 * @param milexUsdBn military spending in US$ bn, {@code NaN} where the data set has no value
 */
public record Country(
        String iso3,
        String name,
        String region,
        String subregion,
        double lat,
        double lon,
        double populationM,
        double gdpUsdBn,
        double milexUsdBn,
        double democracy,
        String regime) {

    public boolean hasMilex() {
        return !Double.isNaN(milexUsdBn);
    }

    public boolean isDemocracy() {
        return regime.equals("electoral_democracy") || regime.equals("liberal_democracy");
    }
}
