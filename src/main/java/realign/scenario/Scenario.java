package realign.scenario;

import java.util.List;
import java.util.Map;
import realign.model.ModelParams;
import realign.model.ModelSpec;
import realign.model.ModelSpec.HistoryEntry;
import realign.model.ModelSpec.Shock;
import realign.world.Vote;

/**
 * A scenario as run: every field resolved and every default filled in (docs/scenarios.md).
 *
 * @param parameters every model parameter by its YAML name, in {@link Params#ALL} order
 * @param data the user's roll-call files replacing or adding to the shipped ones, or null
 * @param historySelection the selection {@code history} was resolved from ({session: 79}, {from, to}), or null
 *     when the scenario lists its history roll calls
 * @param track pairs whose mean trust is recorded every round, in scenario order
 * @param trustMatrices rounds at which the whole trust matrix is written, besides round 0, the shock rounds
 *                      and the last round (ascending, distinct)
 * @param calendar the months of the rounds: {@code start:}, the month of round 1 (docs/scenarios.md)
 */
public record Scenario(String name, String description, long seed, int rounds,
                       List<HistoryEntry> history, List<Shock> shocks, Map<String, Double> parameters,
                       List<FocusGroup> focus, DataFiles data, realign.unga.RollCallSelection historySelection,
                       List<TrackedPair> track, List<Integer> trustMatrices, realign.Calendar calendar) {

    public Scenario {
        java.util.Objects.requireNonNull(calendar, "calendar");
        history = List.copyOf(history);
        shocks = List.copyOf(shocks);
        parameters = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(parameters));
        focus = List.copyOf(focus);
        track = List.copyOf(track);
        trustMatrices = List.copyOf(trustMatrices);
    }

    /**
     * A scenario that tracks no pair, writes trust matrices only at the default rounds and starts in the default
     * month.
     */
    public Scenario(String name, String description, long seed, int rounds, List<HistoryEntry> history,
                    List<Shock> shocks, Map<String, Double> parameters, List<FocusGroup> focus, DataFiles data) {
        this(name, description, seed, rounds, history, shocks, parameters, focus, data, null, List.of(), List.of(),
                realign.Calendar.DEFAULT);
    }

    public ModelParams modelParams() {
        return ModelParams.of(parameters);
    }

    /** What the model runs: seed, rounds, history, shocks and parameters, without the reporting fields. */
    public ModelSpec modelSpec() {
        return new ModelSpec(seed, rounds, history, shocks, modelParams());
    }

    /** A focus group for reporting: its display name, the column slug and its members (ISO3). */
    public record FocusGroup(String name, String column, List<String> members) {}

    /**
     * A pair whose trust is recorded every round ({@code track: [EU->CHN]}): the mean of T_ij over i in
     * {@code fromMembers}, j in {@code toMembers}, i ≠ j, in the {@code rounds.csv} column {@code column}.
     */
    public record TrackedPair(String from, String to, String column, List<String> fromMembers, List<String> toMembers) {
        public TrackedPair {
            fromMembers = List.copyOf(fromMembers);
            toMembers = List.copyOf(toMembers);
        }
    }

    /** Paths of the user's roll-call files, as given and as resolved against the scenario's folder. */
    public record DataFiles(String rollcalls, String votes) {}
}
