package realign.world;

import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The countries (indexed 0..n-1 in file order, which is iso3 order for the shipped data), their groups,
 * treaties and roll calls, and the capability of §1 of docs/model.md. Immutable.
 */
public final class World {

    private final List<Country> countries;
    private final Map<String, Integer> index;
    private final Map<String, Group> groups;
    private final List<Treaty> treaties;
    private final Map<String, RollCall> rollCalls;
    private final double[] capability;
    private final double[] milexUsed;
    private final List<Imputation> imputations;
    private final List<DataSource> sources;

    World(List<Country> countries, Map<String, Group> groups, List<Treaty> treaties,
          Map<String, RollCall> rollCalls, List<DataSource> sources) {
        this.countries = List.copyOf(countries);
        Map<String, Integer> idx = new HashMap<>();
        for (int i = 0; i < countries.size(); i++) {
            idx.put(countries.get(i).iso3(), i);
        }
        this.index = Collections.unmodifiableMap(idx);
        this.groups = Collections.unmodifiableMap(new LinkedHashMap<>(groups));
        this.treaties = List.copyOf(treaties);
        this.rollCalls = Collections.unmodifiableMap(new LinkedHashMap<>(rollCalls));
        this.sources = List.copyOf(sources);
        Capability.Result cap = Capability.compute(this.countries);
        this.capability = cap.capability();
        this.milexUsed = cap.milex();
        this.imputations = cap.imputations();
    }

    public int size() {
        return countries.size();
    }

    public List<Country> countries() {
        return countries;
    }

    public Country country(int i) {
        return countries.get(i);
    }

    /** Index of a country by ISO3 code, or -1. */
    public int indexOf(String iso3) {
        Integer i = index.get(iso3);
        return i == null ? -1 : i;
    }

    public Map<String, Group> groups() {
        return groups;
    }

    public Optional<Group> group(String id) {
        return Optional.ofNullable(groups.get(id));
    }

    public List<Treaty> treaties() {
        return treaties;
    }

    public Map<String, RollCall> rollCalls() {
        return rollCalls;
    }

    public Optional<RollCall> rollCall(String id) {
        return Optional.ofNullable(rollCalls.get(id));
    }

    /** Capability c_i of docs/model.md §1 (a copy). */
    public double[] capability() {
        return capability.clone();
    }

    public double capability(int i) {
        return capability[i];
    }

    /** Military spending as used, imputed where missing (US$ bn). */
    public double milexUsed(int i) {
        return milexUsed[i];
    }

    public List<Imputation> imputations() {
        return imputations;
    }

    public List<DataSource> sources() {
        return sources;
    }
}
