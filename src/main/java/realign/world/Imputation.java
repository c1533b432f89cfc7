package realign.world;

/** A value the data set lacks and realign filled in, with the rule that filled it (listed in the manifest). */
public record Imputation(String iso3, String field, double value, String rule) {}
