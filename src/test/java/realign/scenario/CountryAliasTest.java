package realign.scenario;

import realign.model.ModelSpec;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import realign.InputException;
import realign.world.Country;
import realign.world.CountryAliases;
import realign.world.World;
import realign.world.WorldLoader;

/**
 * A country written another way (UK, South Korea, ISO2 GB) is refused with the ISO3 code it stands for,
 * never with a look-alike code of another country (UK is not UKR), wherever a scenario names a country.
 */
class CountryAliasTest {

    @TempDir
    Path tmp;

    /** Every place a scenario names a country, with {@code %s} where the country goes. */
    static Stream<Arguments> places() {
        return Stream.of(
                Arguments.of("shocks[0].votes", "name: t\nshocks:\n  - rollcall: ES-11-7\n    votes: {\"%s\": N}\n"),
                Arguments.of("inline votes", "name: t\nshocks:\n  - votes: {default: Y, \"%s\": N}\n"),
                Arguments.of("event targets", "name: t\nshocks:\n  - event: {actor: USA, targets: [\"%s\"]}\n"),
                Arguments.of("event actor", "name: t\nshocks:\n  - event: {actor: \"%s\", targets: [CAN]}\n"),
                Arguments.of("focus", "name: t\nfocus: [EU, \"%s\"]\n"),
                Arguments.of("focus members", "name: t\nfocus:\n  - {name: mine, members: [CAN, \"%s\"]}\n"),
                Arguments.of("history votes", "name: t\nhistory:\n  - {rollcall: ES-11-1, votes: {\"%s\": A}}\n"),
                Arguments.of("track", "name: t\ntrack: [\"%s->CHN\"]\n"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("places")
    void ukIsRefusedWithGbrAndNeverUkr(String place, String template) throws Exception {
        Path file = write(template.formatted("UK"));

        assertThatThrownBy(() -> ScenarioReader.read(file, List.of()))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("got 'UK' (did you mean 'GBR'? 'UK' is United Kingdom")
                .hasMessageNotContaining("UKR");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "UK, GBR", "U.K., GBR", "Britain, GBR", "GB, GBR", "US, USA", "U.S., USA", "United States of America, USA",
        "South Korea, KOR", "KR, KOR", "North Korea, PRK", "DPRK, PRK", "Russia, RUS", "Iran, IRN", "Syria, SYR",
        "Vietnam, VNM", "Viet Nam, VNM", "Laos, LAO", "Bolivia, BOL", "Venezuela, VEN", "Tanzania, TZA",
        "Moldova, MDA", "Turkey, TUR", "Türkiye, TUR", "Turkiye, TUR", "Czechia, CZE", "Czech Republic, CZE",
        "Ivory Coast, CIV", "Côte d'Ivoire, CIV", "DR Congo, COD", "Congo-Kinshasa, COD", "DRC, COD",
        "Congo-Brazzaville, COG", "Burma, MMR", "Swaziland, SWZ", "Cape Verde, CPV", "Macedonia, MKD",
        "East Timor, TLS", "UAE, ARE", "Germany, DEU", "DE, DEU", "Ukraine, UKR", "UA, UKR", "germany, DEU"
    })
    void anAliasSuggestsTheIso3CodeItStandsFor(String alias, String iso3) throws Exception {
        Path file = write("name: t\nshocks:\n  - votes: {default: Y, \"%s\": N}\n".formatted(alias));

        assertThatThrownBy(() -> ScenarioReader.read(file, List.of()))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("got '" + alias + "' (did you mean '" + iso3 + "'?");
    }

    @Test
    void aLowerCaseIso3CodeIsAskedInUpperCase() throws Exception {
        Path file = write("name: t\nshocks:\n  - event: {actor: USA, targets: [gbr]}\n");

        assertThatThrownBy(() -> ScenarioReader.read(file, List.of()))
                .hasMessageContaining("got 'gbr' (did you mean 'GBR'? ISO3 codes are upper case)");
    }

    @Test
    void aCodeOfANonMemberSaysSoInsteadOfSuggestingAMember() throws Exception {
        Path file = write("name: t\nshocks:\n  - event: {actor: USA, targets: [Taiwan]}\n");

        assertThatThrownBy(() -> ScenarioReader.read(file, List.of()))
                .hasMessageContaining("got 'Taiwan' ('Taiwan' is TWN, which is not one of the UN member states");
    }

    @Test
    void aMisspeltCodeThatIsNoAliasStillGetsASpellingSuggestion() throws Exception {
        Path file = write("name: t\nshocks:\n  - event: {actor: USA, targets: [GBX]}\n");

        assertThatThrownBy(() -> ScenarioReader.read(file, List.of()))
                .hasMessageContaining("got 'GBX' (did you mean 'GBR'?)");
    }

    @Test
    void aUsersVotesFileGetsTheSameHint() throws Exception {
        Files.writeString(tmp.resolve("votes.csv"), "rollcall,iso3,vote\nES-11-7,UK,N\n");
        Path file = write("name: t\ndata: {votes: votes.csv}\n");

        assertThatThrownBy(() -> ScenarioReader.read(file, List.of()))
                .hasMessageContaining("votes.csv:2: iso3: expected the ISO3 code of a UN member state, got 'UK'")
                .hasMessageContaining("did you mean 'GBR'?")
                .hasMessageNotContaining("UKR");
    }

    @Test
    void everyMemberHasItsIso2CodeAndItsNameAsAliases() {
        World world = WorldLoader.loadShipped();
        Set<String> withoutIso2 = new TreeSet<>();
        for (Country c : world.countries()) {
            assertThat(CountryAliases.find(c.name())).as(c.name()).get()
                    .extracting(CountryAliases.Alias::iso3).isEqualTo(c.iso3());
            boolean hasIso2 = false;
            for (char a = 'A'; a <= 'Z' && !hasIso2; a++) {
                for (char b = 'A'; b <= 'Z' && !hasIso2; b++) {
                    var alias = CountryAliases.find("" + a + b);
                    hasIso2 = alias.isPresent() && alias.get().kind().equals("iso2") && alias.get().iso3().equals(c.iso3());
                }
            }
            if (!hasIso2) {
                withoutIso2.add(c.iso3());
            }
        }
        assertThat(withoutIso2).isEmpty();
    }

    @Test
    void aGroupNameWinsOverAnIso2CodeWhereGroupsAreAllowed() throws Exception {
        // AU is the African Union in groups.csv and Australia's ISO2 code: a target list takes the group.
        Scenario s = ScenarioReader.read(write("name: t\nshocks:\n  - event: {actor: USA, targets: [AU]}\n"), List.of())
                .scenario();

        assertThat(((ModelSpec.EventShock) s.shocks().get(0)).targets()).hasSizeGreaterThan(50).doesNotContain("AUS");
    }

    @Test
    void noAliasIsTheIso3CodeOfAnotherMember() {
        World world = WorldLoader.loadShipped();
        for (Country c : world.countries()) {
            CountryAliases.find(c.iso3()).ifPresent(a -> assertThat(a.iso3()).as(c.iso3()).isEqualTo(c.iso3()));
        }
    }

    private Path write(String text) throws Exception {
        Path file = tmp.resolve("t.yaml");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }
}
