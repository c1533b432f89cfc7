package realign.model;

/**
 * Called by the model once after initialisation (round 0) and at the end of every round (the record phase,
 * docs/model.md §3.5). Implementations read the state through {@link AllianceModel}'s accessors and must not
 * change it.
 */
@FunctionalInterface
public interface RoundObserver {

    void record(AllianceModel model);

    /** An observer that records nothing (benchmarks, GUI). */
    RoundObserver NONE = m -> { };
}
