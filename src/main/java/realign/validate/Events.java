package realign.validate;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The observed window: dated partner pairs, the members of the groups that appear as parties, and survey
 * changes of the view of the U.S. (docs/validation.md).
 *
 * @param file the partnerships file as named in messages and manifests
 * @param sha256 the partnerships file's SHA-256
 * @param events every partnership row, in file order
 * @param parties group id to members (ISO3): parties.csv first, then data/world/groups.csv
 * @param surveys survey changes, one per country, in file order
 */
public record Events(String file, String sha256, List<Observed> events, Map<String, Set<String>> parties,
                     List<SurveyChange> surveys) {

    public Events {
        events = List.copyOf(events);
        parties = Map.copyOf(parties);
        surveys = List.copyOf(surveys);
    }

    /** One row of a partnerships file. */
    public record Observed(int line, LocalDate date, String partyA, String partyB, String kind, String name) {}

    /** A survey's change of the favourable view of the U.S. (percentage points, 2025 against 2024). */
    public record SurveyChange(String iso3, double change) {}

    /** The members a party stands for: a group's members, or the country itself. */
    public Set<String> members(String party) {
        Set<String> m = parties.get(party);
        return m != null ? m : Set.of(party);
    }

    /** The latest event date, or null without events. */
    public LocalDate last() {
        return events.stream().map(Observed::date).max(LocalDate::compareTo).orElse(null);
    }
}
