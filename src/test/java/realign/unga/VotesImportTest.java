package realign.unga;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import realign.InputException;
import realign.world.RollCall;
import realign.world.Vote;
import realign.world.World;
import realign.world.WorldLoader;

/** {@link VotesImport}: both layouts on small hand-written files, the tally check, and bad input. */
class VotesImportTest {

    /** Five members; GBR has no column in the wide files below. */
    private static final List<String> MEMBERS = List.of("CHN", "FRA", "GBR", "RUS", "USA");

    private static final String WIDE_HEADER = "Link,token,Title,Council,Resolution,Date,YES COUNT,NO COUNT,"
            + "ABSTAIN COUNT,NO-VOTE COUNT,TOTAL VOTES,tags,CHN,FRA,RUS,USA";

    private static final String LONG_HEADER = "undl_id,ms_code,ms_name,ms_vote,date,session,resolution,draft,"
            + "committee_report,meeting,title,agenda_title,subjects,vote_note,total_yes,total_no,total_abstentions,"
            + "total_non_voting,total_ms,undl_link";

    @TempDir
    Path dir;

    private Path file(String name, String... lines) {
        try {
            return Files.writeString(dir.resolve(name), String.join("\n", lines) + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static VotesImport.Result read(Path f) throws InputException {
        return VotesImport.read(List.of(f), MEMBERS, VotesImport.Options.generalAssembly());
    }

    private static Vote[] votes(String codes) {
        Vote[] v = new Vote[codes.length()];
        for (int i = 0; i < v.length; i++) {
            v[i] = Vote.parse(codes.substring(i, i + 1));
        }
        return v;
    }

    private Path wide() {
        return file("wide.csv", WIDE_HEADER,
                "https://digitallibrary.un.org/record/1,1,\"Peace, just and lasting : resolution / adopted by the"
                        + " General Assembly\",General Assembly,A/RES/ES-11/7,2025-02-24,001,002,001,001,005,x,"
                        + "ABSTAIN,YES,NO,NO",
                "https://digitallibrary.un.org/record/2,2,Security Council resolution 2768 (2025),Security Council,"
                        + "S/RES/2768(2025),2025-01-15,012,000,003,000,015,x,ABSTAIN,YES,ABSTAIN,YES",
                "https://digitallibrary.un.org/record/3,3,Day of Peaceful Coexistence,General Assembly,"
                        + "A/RES/79/269,2025-03-04,3,1,0,1,5,x,YES,YES,,NO");
    }

    @Test
    void theWideLayoutGivesOneRollCallPerGeneralAssemblyRowWithAbsentMembersAsX() throws InputException {
        VotesImport.Result r = read(wide());

        assertThat(r.rollCalls()).extracting(VotesImport.RollCall::id).containsExactly("ES-11-7", "79-269");
        VotesImport.RollCall es = r.rollCalls().get(0);
        assertThat(es.votes()).containsExactly(votes("AYXNN"));
        assertThat(es.symbol()).isEqualTo("A/RES/ES-11/7");
        assertThat(es.date()).isEqualTo("2025-02-24");
        assertThat(es.title()).isEqualTo("Peace, just and lasting");
        assertThat(es.link()).isEqualTo("https://digitallibrary.un.org/record/1");
        assertThat(List.of(es.yes(), es.no(), es.abstain(), es.absent())).containsExactly(1, 2, 1, 1);
        assertThat(r.rollCalls().get(1).votes()).containsExactly(votes("YYXXN"));
        assertThat(r.notes()).singleElement().asString().contains("no column for GBR");
        assertThat(r.inputs()).singleElement().satisfies(in -> {
            assertThat(in.layout()).isEqualTo(VotesImport.Layout.WIDE);
            assertThat(in.rows()).isEqualTo(3);
            assertThat(in.rollCalls()).isEqualTo(2);
        });
    }

    @Test
    void aTallyThatTheVotesDoNotReproduceIsAWarningAndTheRecordedTallyIsKept() throws InputException {
        VotesImport.Result r = read(wide());

        // 79-269 records 3 yes but two members voted yes and RUS has an empty cell: 2-1-0 with 2 absent
        assertThat(r.warnings()).singleElement().asString()
                .contains("wide.csv:4", "79-269", "recorded tally 3-1-0, 1 absent", "give 2-1-0, 2 absent");
        VotesImport.RollCall rc = r.rollCalls().get(1);
        assertThat(List.of(rc.yes(), rc.no(), rc.abstain(), rc.absent())).containsExactly(3, 1, 0, 1);
        assertThat(rc.count(Vote.Y)).isEqualTo(2);
    }

    @Test
    void aRowOfMemberNamesUnderTheHeaderIsSkippedWithANote() throws InputException {
        Path f = file("names.csv", "Resolution,Date,Title,UN Digital Library Link,Yes,No,Abstain,No Vote,CHN,FRA,RUS,USA",
                ",,,,,,,,China,France,Russian Federation,United States of America",
                "A/RES/79/1,2025-03-01,t,https://digitallibrary.un.org/record/5,1,1,1,0,YES,NO,ABSTAIN,");

        VotesImport.Result r = read(f);

        assertThat(r.rollCalls()).singleElement().satisfies(rc -> {
            assertThat(rc.votes()).containsExactly(votes("YNXAX"));
            assertThat(rc.link()).isEqualTo("https://digitallibrary.un.org/record/5");
        });
        assertThat(r.notes()).anySatisfy(n -> assertThat(n).contains("names.csv:2: a row of member names"));
        // "No Vote" says 0 but USA's cell is empty and GBR has no column: the absent count alone differs
        assertThat(r.warnings()).singleElement().asString().contains("recorded tally 1-1-1, 0 absent", "give 1-1-1, 2 absent");
        assertThat(r.notes()).anySatisfy(n -> assertThat(n).startsWith("1 of the 1 tally warnings differ in the absent count only"));
    }

    @Test
    void securityCouncilRowsAreLeftOutUnlessAsked() throws InputException {
        VotesImport.Result all = VotesImport.read(List.of(wide()), MEMBERS, new VotesImport.Options(Set.of(), null, null));
        VotesImport.Result sc = VotesImport.read(List.of(wide()), MEMBERS, new VotesImport.Options(Set.of("SC"), null, null));

        assertThat(read(wide()).rollCalls()).extracting(VotesImport.RollCall::body).containsOnly("GA");
        assertThat(all.rollCalls()).extracting(VotesImport.RollCall::id).containsExactly("S-RES-2768", "ES-11-7", "79-269");
        assertThat(sc.rollCalls()).singleElement().satisfies(rc -> {
            assertThat(rc.id()).isEqualTo("S-RES-2768");
            // the source's total is 15 of 5 members here: the 10 outside count as absent, and GBR has no column
            assertThat(rc.votes()).containsExactly(votes("AYXAY"));
        });
    }

    @Test
    void datesOutsideFromAndToAreLeftOut() throws InputException {
        VotesImport.Result r = VotesImport.read(List.of(wide()), MEMBERS,
                new VotesImport.Options(Set.of("GA"), "2025-03-01", "2025-12-31"));

        assertThat(r.rollCalls()).extracting(VotesImport.RollCall::id).containsExactly("79-269");
    }

    private Path longFile() {
        return file("long.csv", LONG_HEADER,
                "10,USA,UNITED STATES,Y,2025-12-03,ES-11,A/RES/ES-11/9,A/ES-11/L.9,,A/ES-11/PV.30,"
                        + "\"Return of Ukrainian children : resolution / adopted by the General Assembly\",,,,3,1,0,1,5,"
                        + "https://digitallibrary.un.org/record/10",
                "10,FRA,FRANCE,Y,2025-12-03,ES-11,A/RES/ES-11/9,,,,Return of Ukrainian children,,,,3,1,0,1,5,",
                "10,RUS,RUSSIAN FEDERATION,N,2025-12-03,ES-11,A/RES/ES-11/9,,,,Return of Ukrainian children,,,,3,1,0,1,5,",
                "10,GBR,UNITED KINGDOM,Y,2025-12-03,ES-11,A/RES/ES-11/9,,,,Return of Ukrainian children,,,,3,1,0,1,5,",
                "11,CHN,CHINA,A,2025-06-12,ES-10,A/RES/ES-10/27,,,,Protection of civilians,,,,0,0,1,0,5,",
                "11,USA,UNITED STATES,N,2025-06-12,ES-10,A/RES/ES-10/27,,,,Protection of civilians,,,,0,0,1,0,5,",
                "10,CHN,CHINA,NV,2025-12-03,ES-11,A/RES/ES-11/9,,,,Return of Ukrainian children,,,,3,1,0,1,5,");
    }

    @Test
    void theLongLayoutGathersTheRowsOfEachVoteAndMembersWithoutARowAreX() throws InputException {
        VotesImport.Result r = read(longFile());

        assertThat(r.inputs()).singleElement().extracting(VotesImport.Input::layout).isEqualTo(VotesImport.Layout.LONG);
        assertThat(r.rollCalls()).extracting(VotesImport.RollCall::id).containsExactly("ES-10-27", "ES-11-9");
        VotesImport.RollCall es9 = r.rollCalls().get(1);
        assertThat(es9.votes()).containsExactly(votes("XYYNY"));
        assertThat(es9.title()).isEqualTo("Return of Ukrainian children");
        assertThat(es9.link()).isEqualTo("https://digitallibrary.un.org/record/10");
        assertThat(es9.where()).isEqualTo(dir.resolve("long.csv") + ":2");
        VotesImport.RollCall es10 = r.rollCalls().get(0);
        assertThat(es10.votes()).containsExactly(votes("AXXXN"));
        // ES-10/27 records 0 no and 3 absent... here 0-0-1 with 0 non-voting: USA's N and the 3 absent disagree
        assertThat(r.warnings()).singleElement().asString().contains("ES-10-27", "recorded tally 0-0-1, 0 absent",
                "give 0-1-1, 3 absent");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "A/RES/ES-11/7, ES-11-7",
        "A/RES/79/269, 79-269",
        "A/DEC/80/506, DEC-80-506",
        "A/RES/S-30/1, S-30-1",
        "A/RES/80/60 B, 80-60-B",
        "'  A/RES/79/1 ', 79-1",
        "S/RES/2768(2025), S-RES-2768",
    })
    void idsComeFromTheSymbol(String symbol, String id) {
        assertThat(Symbols.id(symbol)).contains(id);
    }

    @ParameterizedTest(name = "{0} is session {1}")
    @CsvSource({"79-269, 79", "DEC-80-506, 80", "ES-11-7, ES-11", "S-30-1, S-30", "80-60-B, 80"})
    void theSessionOfAnIdIsThatOfItsSymbol(String id, String session) {
        assertThat(Symbols.session(id)).contains(session);
    }

    @ParameterizedTest
    @CsvSource({"A/79/L.2", "A/RES/2758(XXVI)", "E/RES/2025/1", "ES-11/7", "''"})
    void otherSymbolsHaveNoId(String symbol) {
        assertThat(Symbols.id(symbol)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "unknown member column | " + WIDE_HEADER + ",XXZ | ,,t,General Assembly,A/RES/79/1,2025-01-01,1,0,0,0,5,,,,,YES,"
                + " | wide.csv:1: header: expected ISO3 codes of UN member states",
        "bad vote | " + WIDE_HEADER + " | ,,t,General Assembly,A/RES/79/1,2025-01-01,1,0,0,0,5,,,MAYBE,, "
                + "| wide.csv:2: FRA: expected YES, NO, ABSTAIN or empty",
        "bad date | " + WIDE_HEADER + " | ,,t,General Assembly,A/RES/79/1,24/02/2025,1,0,0,0,5,,,,, "
                + "| wide.csv:2: date: expected an ISO date (2025-02-24), got '24/02/2025'",
        "bad symbol | " + WIDE_HEADER + " | ,,t,General Assembly,A/79/L.1,2025-01-01,1,0,0,0,5,,,,, "
                + "| wide.csv:2: resolution: expected a symbol such as A/RES/79/269",
        "bad tally | " + WIDE_HEADER + " | ,,t,General Assembly,A/RES/79/1,2025-01-01,many,0,0,0,5,,,,, "
                + "| wide.csv:2: column 7: expected a vote count",
        "short row | " + WIDE_HEADER + " | ,,t,General Assembly,A/RES/79/1,2025-01-01 | wide.csv:2: expected 16 fields",
        "other layout | id,date,symbol | 1,2025-01-01,A/RES/79/1 | wide.csv:1: header: expected the UN Digital Library",
    })
    void badWideFilesAreErrorsNamingFileAndLine(String what, String header, String row, String message) {
        Path f = file("wide.csv", header, row);

        assertThatThrownBy(() -> read(f)).isInstanceOf(InputException.class).hasMessageContaining(message);
    }

    @Test
    void aDuplicatedRowIsAnErrorWithBothLines() {
        String row = ",,t,General Assembly,A/RES/79/1,2025-01-01,1,0,0,4,5,,,YES,,";
        Path f = file("wide.csv", WIDE_HEADER, row, row);

        assertThatThrownBy(() -> read(f)).isInstanceOf(InputException.class)
                .hasMessageContaining("wide.csv:3: A/RES/79/1: duplicated row")
                .hasMessageContaining("first at " + f + ":2");
    }

    @Test
    void twoRowsOfOneVoteWithDifferentVotesAreConflictingVotes() {
        Path f = file("wide.csv", WIDE_HEADER, ",,t,General Assembly,A/RES/79/1,2025-01-01,1,0,0,4,5,,,YES,,",
                ",,t,General Assembly,A/RES/79/1,2025-01-01,1,0,0,4,5,,,NO,,");

        assertThatThrownBy(() -> read(f)).isInstanceOf(InputException.class)
                .hasMessageContaining("wide.csv:3: A/RES/79/1: conflicting votes")
                .hasMessageContaining("FRA Y then N");
    }

    @Test
    void inTheLongLayoutAMemberVotingTwiceIsDuplicatedOrConflictingWithTheFirstLine() {
        String first = "1,USA,UNITED STATES,Y,2025-01-01,79,A/RES/79/1,,,,t,,,,1,0,0,4,5,";
        Path dup = file("dup.csv", LONG_HEADER, first, first);
        Path conflict = file("conflict.csv", LONG_HEADER, first, first.replace(",Y,", ",N,"));

        assertThatThrownBy(() -> read(dup)).isInstanceOf(InputException.class)
                .hasMessageContaining("dup.csv:3: USA: duplicated row for USA on A/RES/79/1 (vote Y twice), first at line 2");
        assertThatThrownBy(() -> read(conflict)).isInstanceOf(InputException.class)
                .hasMessageContaining("conflict.csv:3: USA: conflicting votes for USA on A/RES/79/1 (Y then N), first at line 2");
    }

    @Test
    void anUnknownMemberCodeInTheLongLayoutNamesItsLine() {
        Path f = file("long.csv", LONG_HEADER, "1,USA,UNITED STATES,Y,2025-01-01,79,A/RES/79/1,,,,t,,,,1,0,0,4,5,",
                "1,YUG,YUGOSLAVIA,N,2025-01-01,79,A/RES/79/1,,,,t,,,,1,0,0,4,5,");

        assertThatThrownBy(() -> read(f)).isInstanceOf(InputException.class)
                .hasMessageContaining("long.csv:3: ms_code: expected the ISO3 code of a UN member state")
                .hasMessageContaining("unknown member code 'YUG'");
    }

    @Test
    void theSameVoteInTwoFilesIsAnError() {
        Path a = file("a.csv", WIDE_HEADER, ",,t,General Assembly,A/RES/79/1,2025-01-01,1,0,0,4,5,,,YES,,");
        Path b = file("b.csv", WIDE_HEADER, ",,t,General Assembly,A/RES/79/1,2025-01-01,1,0,0,4,5,,,YES,,");

        assertThatThrownBy(() -> VotesImport.read(List.of(a, b), MEMBERS, VotesImport.Options.generalAssembly()))
                .isInstanceOf(InputException.class).hasMessageContaining("b.csv:2").hasMessageContaining("a.csv:2");
    }

    /** The row of ES-11/7 from the public wide file the shipped 2025 data came from (data/unga/SOURCES.md). */
    @Test
    void importingTheRowOfEs117GivesTheShippedRollCallMemberForMember() throws Exception {
        Path f = Path.of(VotesImportTest.class.getResource("/realign/unga/es-11-7-wide.csv").toURI());
        World world = WorldLoader.loadShipped();
        VotesImport.Result r = VotesImport.read(List.of(f), WorldLoader.memberCodes(), VotesImport.Options.generalAssembly());

        RollCall shipped = world.rollCall("ES-11-7").orElseThrow();
        VotesImport.RollCall imported = r.rollCalls().get(0);
        assertThat(r.rollCalls()).hasSize(1);
        assertThat(r.warnings()).isEmpty();
        assertThat(imported.id()).isEqualTo("ES-11-7");
        assertThat(List.of(imported.votes())).isEqualTo(shipped.votes());
        assertThat(List.of(imported.yes(), imported.no(), imported.abstain(), imported.absent()))
                .containsExactly(shipped.yes(), shipped.no(), shipped.abstain(), shipped.absent())
                .containsExactly(93, 18, 65, 17);
        assertThat(imported.votes()[world.indexOf("USA")]).isEqualTo(Vote.N);
    }
}
