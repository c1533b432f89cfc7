package realign.world;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The countries (indexed 0..n-1 in file order, which is iso3 order for the shipped data), their groups,
 * treaties, trade agreements and roll calls, and the capability of §1 of docs/model.md. Immutable.
 */
public final class World {

    private final List<Country> countries;
    private final Map<String, Integer> index;
    private final Map<String, Group> groups;
    private final List<Treaty> treaties;
    private final List<TradeAgreement> tradeAgreements;
    private final Map<String, TradeAgreement> tradeAgreementsById;
    private final int[] tradeDepth;
    private final List<TradePair> tradePairs;
    private final Map<String, RollCall> rollCalls;
    private final double[] capability;
    private final double[] milexUsed;
    private final List<Imputation> imputations;
    private final List<DataSource> sources;
    private volatile double[] distanceKm;

    World(List<Country> countries, Map<String, Group> groups, List<Treaty> treaties,
          List<TradeAgreement> tradeAgreements, Map<String, RollCall> rollCalls, List<DataSource> sources) {
        this.countries = List.copyOf(countries);
        Map<String, Integer> idx = new HashMap<>();
        for (int i = 0; i < countries.size(); i++) {
            idx.put(countries.get(i).iso3(), i);
        }
        this.index = Collections.unmodifiableMap(idx);
        this.groups = Collections.unmodifiableMap(new LinkedHashMap<>(groups));
        this.treaties = List.copyOf(treaties);
        this.tradeAgreements = List.copyOf(tradeAgreements);
        Map<String, TradeAgreement> byId = new LinkedHashMap<>();
        for (TradeAgreement a : this.tradeAgreements) {
            byId.put(a.id(), a);
        }
        this.tradeAgreementsById = Collections.unmodifiableMap(byId);
        this.tradeDepth = tradeDepth(this.tradeAgreements, idx, countries.size());
        this.tradePairs = tradePairs(tradeDepth, countries.size());
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

    /** The trade agreements in force on {@link TradeAgreement#REFERENCE_DATE}, in file order. */
    public List<TradeAgreement> tradeAgreements() {
        return tradeAgreements;
    }

    public Optional<TradeAgreement> tradeAgreement(String id) {
        return Optional.ofNullable(tradeAgreementsById.get(id));
    }

    /** The greatest depth of the trade agreements that cover countries i and j, 0 where none does. */
    public int tradeDepth(int i, int j) {
        return tradeDepth[i * countries.size() + j];
    }

    /** {@link #tradeDepth(int, int)} as a symmetric n*n row-major matrix with a zero diagonal (a copy). */
    public int[] tradeDepthMatrix() {
        return tradeDepth.clone();
    }

    /** Every pair covered by a trade agreement, {@code i < j}, in index order, with its greatest depth. */
    public List<TradePair> tradePairs() {
        return tradePairs;
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

    /**
     * Great-circle distance between the capitals of i and j (haversine on a sphere of radius 6371 km),
     * computed once per world.
     */
    public double distanceKm(int i, int j) {
        double[] d = distanceKm;
        if (d == null) {
            d = distances();
        }
        return d[i * countries.size() + j];
    }

    private synchronized double[] distances() {
        if (distanceKm == null) {
            int n = countries.size();
            double[] d = new double[n * n];
            for (int i = 0; i < n; i++) {
                for (int j = i + 1; j < n; j++) {
                    double g = greatCircleKm(countries.get(i), countries.get(j));
                    d[i * n + j] = g;
                    d[j * n + i] = g;
                }
            }
            distanceKm = d;
        }
        return distanceKm;
    }

    private static int[] tradeDepth(List<TradeAgreement> agreements, Map<String, Integer> index, int n) {
        int[] depth = new int[n * n];
        for (TradeAgreement a : agreements) {
            int[] first = indices(a.sideA(), index);
            int[] second = a.twoSided() ? indices(a.sideB(), index) : first;
            for (int i : first) {
                for (int j : second) {
                    if (i != j) {
                        depth[i * n + j] = Math.max(depth[i * n + j], a.depth());
                        depth[j * n + i] = Math.max(depth[j * n + i], a.depth());
                    }
                }
            }
        }
        return depth;
    }

    private static int[] indices(List<String> iso3, Map<String, Integer> index) {
        int[] out = new int[iso3.size()];
        for (int k = 0; k < out.length; k++) {
            Integer i = index.get(iso3.get(k));
            if (i == null) {
                throw new IllegalArgumentException("trade agreement party not among the countries: " + iso3.get(k));
            }
            out[k] = i;
        }
        return out;
    }

    private static List<TradePair> tradePairs(int[] depth, int n) {
        List<TradePair> pairs = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                if (depth[i * n + j] > 0) {
                    pairs.add(new TradePair(i, j, depth[i * n + j]));
                }
            }
        }
        return List.copyOf(pairs);
    }

    static double greatCircleKm(Country a, Country b) {
        double la1 = Math.toRadians(a.lat());
        double la2 = Math.toRadians(b.lat());
        double dLat = la2 - la1;
        double dLon = Math.toRadians(b.lon() - a.lon());
        double h = Math.sin(dLat / 2) * Math.sin(dLat / 2)
                + Math.cos(la1) * Math.cos(la2) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
        return 2 * 6371.0 * Math.asin(Math.min(1, Math.sqrt(h)));
    }

    public List<Imputation> imputations() {
        return imputations;
    }

    public List<DataSource> sources() {
        return sources;
    }
}
