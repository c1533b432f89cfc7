package realign.world;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class WorldDataTest {

    private static final World WORLD = WorldLoader.loadShipped();

    @Test
    void theWorldHasThe193UnMemberStatesOnceEach() {
        assertThat(WORLD.size()).isEqualTo(193);
        assertThat(WORLD.countries().stream().map(Country::iso3).distinct().count()).isEqualTo(193);
        assertThat(WORLD.indexOf("USA")).isNotNegative();
        assertThat(WORLD.indexOf("TWN")).isEqualTo(-1);
    }

    @Test
    void groupsHaveTheirOfficialMembership() {
        assertThat(WORLD.group("NATO").orElseThrow().members()).hasSize(32).contains("FIN", "SWE", "USA", "TUR");
        assertThat(WORLD.group("EU").orElseThrow().members()).hasSize(27).doesNotContain("GBR");
        assertThat(WORLD.group("QUAD").orElseThrow().members()).containsExactlyInAnyOrder("AUS", "IND", "JPN", "USA");
        assertThat(WORLD.treaties()).hasSize(114);
    }

    static Stream<RollCall> rollCalls() {
        return WORLD.rollCalls().values().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rollCalls")
    void everyRollCallsVotesMatchItsOfficialTally(RollCall rc) {
        assertThat(rc.votes()).hasSize(193);
        assertThat(rc.count(Vote.Y)).as("yes").isEqualTo(rc.yes());
        assertThat(rc.count(Vote.N)).as("no").isEqualTo(rc.no());
        if (rc.splitResolved()) {
            assertThat(rc.count(Vote.A)).as("abstain").isEqualTo(rc.abstain());
            assertThat(rc.count(Vote.X)).as("absent").isEqualTo(rc.absent());
        } else {
            // ES-11-5: the data do not separate abstentions from absences; together they match
            assertThat(rc.count(Vote.A) + rc.count(Vote.X)).isEqualTo(rc.abstain() + rc.absent());
        }
    }

    @Test
    void onlyEs11Dash5HasAnUnresolvedAbstainAbsentSplit() {
        assertThat(WORLD.rollCalls().values().stream().filter(rc -> !rc.splitResolved()).map(RollCall::id))
                .containsExactly("ES-11-5");
    }

    @Test
    void theShockIsTheUnitedStatesVotingAgainstItsAllies() {
        RollCall es117 = WORLD.rollCall("ES-11-7").orElseThrow();
        assertThat(es117.vote(WORLD.indexOf("USA"))).isEqualTo(Vote.N);
        assertThat(es117.vote(WORLD.indexOf("RUS"))).isEqualTo(Vote.N);
        for (String ally : new String[] {"GBR", "FRA", "DEU", "CAN"}) {
            assertThat(es117.vote(WORLD.indexOf(ally))).as(ally).isEqualTo(Vote.Y);
        }
    }

    @Test
    void capabilitiesAreInTheUnitIntervalWithTheUnitedStatesAtOne() {
        for (int i = 0; i < WORLD.size(); i++) {
            assertThat(WORLD.capability(i)).as(WORLD.country(i).iso3()).isGreaterThan(0).isLessThanOrEqualTo(1);
        }
        assertThat(WORLD.capability(WORLD.indexOf("USA"))).isEqualTo(1.0);
        assertThat(WORLD.capability(WORLD.indexOf("CHN"))).isCloseTo(0.4825, within(5e-5));
        assertThat(WORLD.capability(WORLD.indexOf("DEU"))).isCloseTo(0.1258, within(5e-5));
    }

    @Test
    void exactlyTheCountriesWithoutMilitarySpendingAreImputedAndListed() {
        long missing = WORLD.countries().stream().filter(c -> !c.hasMilex()).count();
        assertThat(missing).isEqualTo(42);
        assertThat(WORLD.imputations()).hasSize(42).allSatisfy(im -> {
            Country c = WORLD.country(WORLD.indexOf(im.iso3()));
            assertThat(c.hasMilex()).isFalse();
            assertThat(im.value()).isGreaterThanOrEqualTo(0);
            assertThat(WORLD.milexUsed(WORLD.indexOf(im.iso3()))).isEqualTo(im.value());
            assertThat(im.rule()).contains(c.region());
        });
    }

    @Test
    void everyDataFileIsListedWithItsHash() {
        assertThat(WORLD.sources()).extracting(DataSource::name).containsExactly("data/world/countries.csv",
                "data/world/groups.csv", "data/world/treaties.csv", "data/unga/rollcalls.csv", "data/unga/votes.csv");
        assertThat(WORLD.sources()).allSatisfy(s -> assertThat(s.sha256()).matches("[0-9a-f]{64}"));
    }

    @Test
    void distancesAreSymmetricAndPlausible() {
        int usa = WORLD.indexOf("USA");
        int gbr = WORLD.indexOf("GBR");
        assertThat(WORLD.distanceKm(usa, gbr)).isEqualTo(WORLD.distanceKm(gbr, usa)).isBetween(5800.0, 6000.0);
        assertThat(WORLD.distanceKm(usa, usa)).isZero();
    }
}
