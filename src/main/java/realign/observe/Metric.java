package realign.observe;

import java.util.function.ToDoubleFunction;
import realign.model.AllianceModel;

/** A named model-level quantity sampled once per round into {@code rounds.csv} (docs/outputs.md). */
public record Metric(String name, String meaning, ToDoubleFunction<AllianceModel> value) {}
