package realign.observe;

import realign.model.AllianceModel;

/** A named per-country quantity sampled once per round into {@code countries.csv} (docs/outputs.md). */
public record CountryMetric(String name, String meaning, Value value) {

    /** The value of country i in the model's current state. */
    @FunctionalInterface
    public interface Value {
        String of(AllianceModel m, int i);
    }
}
