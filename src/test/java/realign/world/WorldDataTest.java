package realign.world;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import realign.InputException;

/** The shipped data set (data/world, data/unga) as the loader reads it. */
class WorldDataTest {

    private static final World WORLD = WorldLoader.loadShipped();

    @Test
    void theWorldHas193CountriesEachOnce() {
        assertThat(WORLD.size()).isEqualTo(193);
        Set<String> codes = WORLD.countries().stream().map(Country::iso3).collect(Collectors.toSet());
        assertThat(codes).hasSize(193);
        for (int i = 0; i < WORLD.size(); i++) {
            assertThat(WORLD.indexOf(WORLD.country(i).iso3())).isEqualTo(i);
        }
    }

    @Test
    void natoHas32MembersAndTheEu27() {
        assertThat(WORLD.group("NATO").orElseThrow().members()).hasSize(32).doesNotHaveDuplicates();
        assertThat(WORLD.group("EU").orElseThrow().members()).hasSize(27).doesNotHaveDuplicates();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"ES-11-1", "ES-11-7", "ES-11-8"})
    void everyResolvedRollCallMatchesItsOfficialTally(String id) {
        RollCall rc = WORLD.rollCall(id).orElseThrow();

        assertThat(rc.splitResolved()).isTrue();
        assertThat(rc.votes()).hasSize(193);
        assertThat(rc.count(Vote.Y)).isEqualTo(rc.yes());
        assertThat(rc.count(Vote.N)).isEqualTo(rc.no());
        assertThat(rc.count(Vote.A)).isEqualTo(rc.abstain());
        assertThat(rc.count(Vote.X)).isEqualTo(rc.absent());
    }

    /** The data do not separate abstentions from absences for ES-11-5; only their sum can match. */
    @Test
    void es11Dash5MatchesItsTallyWithAbstentionsAndAbsencesTogetherAndSaysItsSplitIsUnresolved() {
        RollCall rc = WORLD.rollCall("ES-11-5").orElseThrow();

        assertThat(rc.splitResolved()).isFalse();
        assertThat(rc.votes()).hasSize(193);
        assertThat(rc.count(Vote.Y)).isEqualTo(rc.yes()).isEqualTo(94);
        assertThat(rc.count(Vote.N)).isEqualTo(rc.no()).isEqualTo(14);
        assertThat(rc.count(Vote.A) + rc.count(Vote.X)).isEqualTo(rc.abstain() + rc.absent());
    }

    @Test
    void theDataSetHasTheUkraineVotesOf2022AndTheRecordedGeneralAssemblyVotesOf2025() {
        assertThat(WORLD.rollCalls().keySet()).startsWith("ES-11-1", "ES-11-5", "ES-11-7", "ES-11-8")
                .contains("79-269", "ES-11-9", "ES-10-27").hasSize(2 + 192);
        assertThat(WORLD.rollCalls().values()).allSatisfy(rc -> {
            assertThat(rc.count(Vote.Y)).as(rc.id()).isEqualTo(rc.yes());
            assertThat(rc.count(Vote.N)).as(rc.id()).isEqualTo(rc.no());
        });
        assertThat(WORLD.rollCalls().values().stream().skip(2).map(RollCall::date))
                .allSatisfy(d -> assertThat(d).startsWith("2025-")).isSorted();
    }

    @Test
    void thereAre114TreatiesBetweenDistinctMembers() {
        assertThat(WORLD.treaties()).hasSize(114);
        assertThat(WORLD.treaties()).allSatisfy(t -> {
            assertThat(WORLD.indexOf(t.a())).isNotNegative();
            assertThat(WORLD.indexOf(t.b())).isNotNegative();
            assertThat(t.a()).isNotEqualTo(t.b());
        });
    }

    @Test
    void capabilityIsPositiveAndAtMostOneAndReachesOne() {
        double max = 0;
        for (int i = 0; i < WORLD.size(); i++) {
            assertThat(WORLD.capability(i)).as(WORLD.country(i).iso3()).isPositive().isLessThanOrEqualTo(1);
            max = Math.max(max, WORLD.capability(i));
        }
        assertThat(max).isEqualTo(1.0);
    }

    @Test
    void imputedMilitarySpendingIsListedForExactlyTheCountriesWithoutIt() {
        Set<String> missing = new HashSet<>();
        for (int i = 0; i < WORLD.size(); i++) {
            Country c = WORLD.country(i);
            if (c.hasMilex()) {
                assertThat(WORLD.milexUsed(i)).as(c.iso3()).isEqualTo(c.milexUsdBn());
            } else {
                missing.add(c.iso3());
            }
        }
        assertThat(missing).isNotEmpty();
        assertThat(WORLD.imputations()).extracting(Imputation::iso3).doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(missing);
        for (Imputation m : WORLD.imputations()) {
            assertThat(m.field()).isEqualTo("milex_usd_bn");
            assertThat(m.value()).isEqualTo(WORLD.milexUsed(WORLD.indexOf(m.iso3()))).isNotNegative();
        }
    }

    @Test
    void theShippedFilesReadFromTheirDirectoryGiveTheShippedWorld() throws InputException {
        World fromDir = WorldLoader.loadFrom(Path.of("data"));

        assertThat(fromDir.countries()).isEqualTo(WORLD.countries());
        assertThat(fromDir.groups()).isEqualTo(WORLD.groups());
        assertThat(fromDir.treaties()).isEqualTo(WORLD.treaties());
        assertThat(fromDir.tradeAgreements()).isEqualTo(WORLD.tradeAgreements());
        assertThat(fromDir.tradePairs()).isEqualTo(WORLD.tradePairs());
        assertThat(fromDir.rollCalls()).isEqualTo(WORLD.rollCalls());
        assertThat(fromDir.capability()).isEqualTo(WORLD.capability());
        assertThat(fromDir.sources()).extracting(DataSource::sha256)
                .containsExactlyElementsOf(WORLD.sources().stream().map(DataSource::sha256).toList());
    }
}
