package realign.world;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import realign.InputException;

/**
 * data/world/trade-agreements.csv as the loader reads it: well-formed, only UN members, and the known facts of
 * February 2025 (the member counts asserted here are the ones documented in data/world/SOURCES.md).
 */
class TradeAgreementsTest {

    private static final World WORLD = WorldLoader.loadShipped();

    private static final String HEADER = "id,name,kind,parties,in_force,provisional,depth,source,note";
    private static final String[] DATA_FILES = {
        "world/countries.csv", "world/groups.csv", "world/treaties.csv", "unga/rollcalls.csv", "unga/votes.csv",
        "unga/undl-2025/rollcalls.csv", "unga/undl-2025/votes.csv"
    };

    @TempDir
    Path dir;

    private static TradeAgreement agreement(String id) {
        return WORLD.tradeAgreement(id).orElseThrow();
    }

    private static int depth(String a, String b) {
        return WORLD.tradeDepth(WORLD.indexOf(a), WORLD.indexOf(b));
    }

    @Test
    void everyAgreementHasAtLeastTwoDistinctUnMembersAndAnIdOfItsOwn() {
        assertThat(WORLD.tradeAgreements()).hasSizeGreaterThan(100);
        assertThat(WORLD.tradeAgreements()).extracting(TradeAgreement::id).doesNotHaveDuplicates();
        assertThat(WORLD.tradeAgreements()).allSatisfy(a -> {
            assertThat(a.parties()).as(a.id()).hasSizeGreaterThanOrEqualTo(2).doesNotHaveDuplicates()
                    .allSatisfy(iso -> assertThat(WORLD.indexOf(iso)).as(a.id() + " " + iso).isNotNegative());
            assertThat(a.sources()).as(a.id()).isNotEmpty();
        });
    }

    @Test
    void noAgreementEnteredIntoForceAfterTheFirstOfFebruary2025() {
        assertThat(TradeAgreement.REFERENCE_DATE).isEqualTo(LocalDate.of(2025, 2, 1));
        assertThat(WORLD.tradeAgreements()).allSatisfy(a -> {
            String d = a.inForce();
            String padded = d.length() == 4 ? d + "-12-31" : d.length() == 7 ? d + "-28" : d;
            assertThat(LocalDate.parse(padded)).as(a.id()).isBeforeOrEqualTo(TradeAgreement.REFERENCE_DATE);
        });
    }

    @Test
    void usmcaCoversTheUnitedStatesMexicoAndCanadaMexico() {
        assertThat(agreement("USMCA").covers("USA", "MEX")).isTrue();
        assertThat(agreement("USMCA").covers("MEX", "CAN")).isTrue();
        assertThat(depth("USA", "MEX")).isEqualTo(2);
    }

    @Test
    void germanyAndFranceTradeInTheEuSingleMarketWhichHasTheEuGroupsMembers() {
        assertThat(agreement("EU").covers("DEU", "FRA")).isTrue();
        assertThat(agreement("EU").parties()).containsExactlyInAnyOrderElementsOf(WORLD.group("EU").orElseThrow()
                .members());
        assertThat(depth("DEU", "FRA")).isEqualTo(3);
    }

    @Test
    void theEuJapanEpaCoversJapanGermanyButNotPairsInsideTheEu() {
        TradeAgreement epa = agreement("EU-JPN");

        assertThat(epa.covers("JPN", "DEU")).isTrue();
        assertThat(epa.covers("DEU", "FRA")).isFalse();
        assertThat(epa.pairCount()).isEqualTo(27);
        assertThat(depth("JPN", "DEU")).isEqualTo(2);
    }

    @Test
    void chinaAndKoreaAreCoveredByTheirBilateralFtaAndByRcep() {
        assertThat(agreement("CHN-KOR").covers("CHN", "KOR")).isTrue();
        assertThat(agreement("RCEP").covers("KOR", "CHN")).isTrue();
        assertThat(depth("CHN", "KOR")).isEqualTo(2);
    }

    /** UK-India (signed July 2025), EFTA-India TEPA (in force Oct 2025), Australia-UAE CEPA (in force Oct 2025). */
    @ParameterizedTest(name = "{0}-{1}")
    @CsvSource({"GBR,IND", "USA,CHN", "CHE,IND", "NOR,IND", "AUS,ARE", "USA,BRA", "USA,IND", "RUS,USA"})
    void pairsWithoutAnAgreementInForceAreNotCovered(String a, String b) {
        assertThat(depth(a, b)).isZero();
        assertThat(WORLD.tradeAgreements()).noneMatch(t -> t.covers(a, b));
    }

    @Test
    void membershipOfTheMultilateralAgreementsIsThatOfFebruary2025() {
        assertThat(agreement("EEA").parties()).hasSize(30).contains("NOR", "ISL", "LIE").doesNotContain("CHE");
        assertThat(agreement("EFTA").parties()).containsExactlyInAnyOrder("CHE", "ISL", "LIE", "NOR");
        assertThat(agreement("USMCA").parties()).containsExactlyInAnyOrder("USA", "MEX", "CAN");
        assertThat(agreement("CPTPP").parties()).hasSize(11).doesNotContain("GBR");
        // the UK's accession was in force with nine parties; Canada and Mexico had not ratified it
        assertThat(agreement("CPTPP-GBR").sideA()).containsExactly("GBR");
        assertThat(agreement("CPTPP-GBR").sideB()).hasSize(9).doesNotContain("CAN", "MEX");
        assertThat(agreement("RCEP").parties()).hasSize(14).doesNotContain("MMR");
        assertThat(agreement("MERCOSUR").parties()).containsExactlyInAnyOrder("ARG", "BRA", "PRY", "URY");
        assertThat(agreement("AFTA").parties()).containsExactlyInAnyOrderElementsOf(
                WORLD.group("ASEAN").orElseThrow().members());
        assertThat(agreement("GCC").parties()).hasSize(6);
        assertThat(agreement("SACU").parties()).containsExactlyInAnyOrder("ZAF", "BWA", "LSO", "NAM", "SWZ");
        assertThat(agreement("EAEU").parties()).containsExactlyInAnyOrder("RUS", "BLR", "KAZ", "ARM", "KGZ");
        assertThat(agreement("CAFTA-DR").parties()).hasSize(7).contains("USA", "DOM");
        assertThat(agreement("ECOWAS").parties()).hasSize(12).doesNotContain("BFA", "MLI", "NER");
        assertThat(agreement("UEMOA").parties()).contains("BFA", "MLI", "NER");
        assertThat(agreement("EAC").parties()).containsExactlyInAnyOrder("KEN", "TZA", "UGA", "RWA", "BDI");
        assertThat(agreement("EU-CAN").provisional()).isTrue();
        assertThat(agreement("EU-JPN").provisional()).isFalse();
    }

    @Test
    void aCustomsUnionIsDeeperThanAFreeTradeAreaWhichIsDeeperThanAPartialScopeAgreement() {
        assertThat(depth("TUR", "DEU")).isEqualTo(3);     // EU-Turkey customs union
        assertThat(depth("ARG", "BRA")).isEqualTo(3);     // MERCOSUR
        assertThat(depth("CHN", "IND")).isEqualTo(1);     // APTA only
        assertThat(agreement("APTA").kind()).isEqualTo(TradeAgreement.Kind.PARTIAL_SCOPE);
        assertThat(WORLD.tradeAgreements()).allSatisfy(a -> assertThat(a.depth()).isBetween(1, 3));
    }

    /** The depth matrix, built from member indices, against the agreements' own {@code covers}, pair by pair. */
    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void theDepthOfAPairIsTheGreatestDepthOfTheAgreementsCoveringIt(long seed) {
        Random random = new Random(seed);
        int n = WORLD.size();
        for (int k = 0; k < 400; k++) {
            int i = random.nextInt(n);
            int j = random.nextInt(n);
            String a = WORLD.country(i).iso3();
            String b = WORLD.country(j).iso3();
            int expected = WORLD.tradeAgreements().stream().filter(t -> t.covers(a, b))
                    .mapToInt(TradeAgreement::depth).max().orElse(0);
            assertThat(WORLD.tradeDepth(i, j)).as(a + "-" + b).isEqualTo(expected).isEqualTo(WORLD.tradeDepth(j, i));
        }
    }

    @Test
    void theCoveredPairsAreTheNonZeroCellsOfTheDepthMatrixOnceEachInIndexOrder() {
        int n = WORLD.size();
        int[] m = WORLD.tradeDepthMatrix();
        Set<Long> listed = new HashSet<>();
        int previous = -1;
        for (TradePair p : WORLD.tradePairs()) {
            assertThat(p.i()).isLessThan(p.j());
            assertThat(p.depth()).isEqualTo(m[p.i() * n + p.j()]).isPositive();
            assertThat(p.i() * n + p.j()).isGreaterThan(previous);
            previous = p.i() * n + p.j();
            listed.add((long) p.i() * n + p.j());
        }
        long nonZero = 0;
        for (int i = 0; i < n; i++) {
            assertThat(m[i * n + i]).isZero();
            for (int j = i + 1; j < n; j++) {
                nonZero += m[i * n + j] > 0 ? 1 : 0;
            }
        }
        assertThat(listed).hasSize((int) nonZero);
        // every agreement's pairs are covered: the union is at least as large as the largest agreement
        assertThat(nonZero).isGreaterThanOrEqualTo(
                WORLD.tradeAgreements().stream().mapToInt(TradeAgreement::pairCount).max().orElseThrow());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '!', value = {
        "unknown country ! X1,A,fta,USA;XXX,2000,no,2,WTO-RTA, ! parties: expected ISO3 codes of UN member states"
                + " or @GROUP separated by ';', got 'XXX'",
        "unknown group ! X1,A,fta,@NOPE|USA,2000,no,2,WTO-RTA, ! parties: expected a group of groups.csv after '@'",
        "after the reference date ! X1,A,fta,USA;MEX,2025-03-01,no,2,WTO-RTA, ! in_force: expected a date"
                + " yyyy-mm-dd (or yyyy-mm, yyyy where the day is not known) on or before 2025-02-01, got '2025-03-01'",
        "year that ends after it ! X1,A,fta,USA;MEX,2025,no,2,WTO-RTA, ! in_force: expected a date",
        "not a date ! X1,A,fta,USA;MEX,2000-02-30,no,2,WTO-RTA, ! in_force: expected a date",
        "depth of another kind ! X1,A,fta,USA;MEX,2000,no,3,WTO-RTA, ! depth: expected 2 for kind fta, got '3'",
        "unknown kind ! X1,A,pact,USA;MEX,2000,no,2,WTO-RTA, ! kind: expected one of partial_scope, fta,"
                + " customs_union, single_market, got 'pact'",
        "one party ! X1,A,fta,USA,2000,no,2,WTO-RTA, ! parties: expected at least two countries, got 'USA'",
        "a country twice ! X1,A,fta,@EU|DEU,2000,no,2,WTO-RTA, ! parties: expected each country once in all sides,"
                + " got 'DEU twice in @EU|DEU'",
        "three sides ! X1,A,fta,USA|MEX|CAN,2000,no,2,WTO-RTA, ! parties: expected one side, or two sides",
        "provisional not yes or no ! X1,A,fta,USA;MEX,2000,maybe,2,WTO-RTA, ! provisional: expected yes or no,"
                + " got 'maybe'",
        "lower-case id ! x1,A,fta,USA;MEX,2000,no,2,WTO-RTA, ! id: expected an id of capital letters",
        "no source ! X1,A,fta,USA;MEX,2000,no,2,, ! source: expected source keys",
    })
    void aMalformedRowIsRefusedWithFileLineFieldAndWhatWasExpected(String what, String row, String message)
            throws IOException {
        Path data = dataWith(HEADER + "\nOK,Fine,fta,USA;CAN,2000-01-01,no,2,WTO-RTA,\n" + row + "\n");

        assertThatThrownBy(() -> WorldLoader.loadFrom(data)).as(what).isInstanceOf(InputException.class)
                .hasMessageStartingWith(data.resolve("world/trade-agreements.csv") + ":3: ")
                .hasMessageContaining(message.strip());
    }

    @Test
    void aSecondRowWithTheSameIdIsRefused() throws IOException {
        Path data = dataWith(HEADER + "\nX1,A,fta,USA;CAN,2000,no,2,WTO-RTA,\nX1,B,fta,USA;MEX,2000,no,2,WTO-RTA,\n");

        assertThatThrownBy(() -> WorldLoader.loadFrom(data)).isInstanceOf(InputException.class)
                .hasMessageEndingWith(":3: id: expected each agreement once, got 'X1 a second time'");
    }

    @Test
    void aFileWithoutTheAgreementsIsRefusedByName() throws IOException {
        Path data = dataWith(null);

        assertThatThrownBy(() -> WorldLoader.loadFrom(data)).isInstanceOf(InputException.class)
                .hasMessageContaining("trade-agreements.csv: file not found");
    }

    @Test
    void twoSidedAgreementsCoverOnlyPairsAcrossTheirSides() throws IOException, InputException {
        World w = WorldLoader.loadFrom(dataWith(HEADER + "\nA1,A,fta,USA;CAN|MEX;JPN,2000,no,2,WTO-RTA,\n"
                + "A2,B,partial_scope,FRA;DEU;ITA,2000-05,yes,1,WTO-RTA,\n"));

        assertThat(w.tradePairs()).hasSize(4 + 3);
        assertThat(w.tradeDepth(w.indexOf("USA"), w.indexOf("CAN"))).isZero();
        assertThat(w.tradeDepth(w.indexOf("MEX"), w.indexOf("JPN"))).isZero();
        assertThat(w.tradeDepth(w.indexOf("CAN"), w.indexOf("JPN"))).isEqualTo(2);
        assertThat(w.tradeDepth(w.indexOf("ITA"), w.indexOf("FRA"))).isEqualTo(1);
        assertThat(w.tradeAgreement("A2").orElseThrow().provisional()).isTrue();
        assertThat(w.tradeAgreements()).extracting(TradeAgreement::pairCount).containsExactly(4, 3);
    }

    /** A copy of the shipped data folder with this trade-agreements.csv (none if null). */
    private Path dataWith(String tradeCsv) throws IOException {
        Path data = dir.resolve("data");
        for (String f : DATA_FILES) {
            Files.createDirectories(data.resolve(f).getParent());
            Files.copy(Path.of("data").resolve(f), data.resolve(f));
        }
        if (tradeCsv != null) {
            Files.writeString(data.resolve("world/trade-agreements.csv"), tradeCsv);
        }
        return data;
    }
}
