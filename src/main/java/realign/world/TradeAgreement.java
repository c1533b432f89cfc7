package realign.world;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A trade agreement in force on {@link #REFERENCE_DATE}, from {@code data/world/trade-agreements.csv}, with its
 * group references ({@code @EU}) already expanded to member ISO3 codes.
 *
 * <p>A plurilateral agreement has one side and covers every pair of its parties; a two-sided one ({@code @EU|JPN},
 * written with {@code |} in the file) covers the pairs across its sides only, so the EU-Japan EPA says nothing
 * about Germany-France (the EU itself does).
 *
 * @param sideA     the parties, or the first side of a two-sided agreement, in file order
 * @param sideB     the second side, empty for a plurilateral agreement
 * @param inForce   date of first entry into force or provisional application, ISO 8601 at the precision the
 *                  source gives ({@code yyyy}, {@code yyyy-mm} or {@code yyyy-mm-dd})
 * @param provisional whether on the reference date the agreement is only provisionally applied
 */
public record TradeAgreement(String id, String name, Kind kind, List<String> sideA, List<String> sideB,
                             String inForce, boolean provisional, List<String> sources, String note) {

    /** The file lists the agreements in force on this day. */
    public static final LocalDate REFERENCE_DATE = LocalDate.of(2025, 2, 1);

    /** What the agreement liberalises; {@link #depth()} orders the kinds (SOURCES.md, trade-agreements.csv). */
    public enum Kind {
        /** tariff preferences on a limited list of goods */
        PARTIAL_SCOPE("partial_scope", 1),
        /** free trade area (goods, usually services): FTAs, EPAs, CEPAs, association agreements with a DCFTA */
        FTA("fta", 2),
        /** free trade area with a common external tariff */
        CUSTOMS_UNION("customs_union", 3),
        /** customs union or free trade area with free movement of services, capital and people (EU, EEA) */
        SINGLE_MARKET("single_market", 3);

        private final String label;
        private final int depth;

        Kind(String label, int depth) {
            this.label = label;
            this.depth = depth;
        }

        /** The name used in the CSV file. */
        public String label() {
            return label;
        }

        /** 1 partial scope, 2 free trade area, 3 customs union or single market. */
        public int depth() {
            return depth;
        }

        /** The kind with this CSV name, or null. */
        public static Kind parse(String label) {
            for (Kind k : values()) {
                if (k.label.equals(label)) {
                    return k;
                }
            }
            return null;
        }
    }

    public TradeAgreement {
        sideA = List.copyOf(sideA);
        sideB = List.copyOf(sideB);
        sources = List.copyOf(sources);
    }

    public int depth() {
        return kind.depth();
    }

    public boolean twoSided() {
        return !sideB.isEmpty();
    }

    /** Every party, the first side then the second. */
    public List<String> parties() {
        List<String> all = new ArrayList<>(sideA);
        all.addAll(sideB);
        return List.copyOf(all);
    }

    /** Whether the agreement covers trade between {@code a} and {@code b} (ISO3 codes, either order). */
    public boolean covers(String a, String b) {
        if (a.equals(b)) {
            return false;
        }
        if (!twoSided()) {
            return sideA.contains(a) && sideA.contains(b);
        }
        return sideA.contains(a) && sideB.contains(b) || sideA.contains(b) && sideB.contains(a);
    }

    /** Number of unordered country pairs the agreement covers. */
    public int pairCount() {
        int a = sideA.size();
        return twoSided() ? a * sideB.size() : a * (a - 1) / 2;
    }
}
