package realign.cli;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** Reads the tables of a run folder back, as a user's script would. */
final class RunFolder {

    private static final CSVFormat WITH_HEADER = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
            .get();

    private RunFolder() {}

    /** The column names of a CSV file, in order. */
    static List<String> header(Path csv) {
        try (Reader r = Files.newBufferedReader(csv, StandardCharsets.UTF_8);
             CSVParser p = WITH_HEADER.parse(r)) {
            return p.getHeaderNames();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every data row of a CSV file as column → value. */
    static List<Map<String, String>> rows(Path csv) {
        try (Reader r = Files.newBufferedReader(csv, StandardCharsets.UTF_8);
             CSVParser p = WITH_HEADER.parse(r)) {
            List<Map<String, String>> out = new ArrayList<>();
            for (CSVRecord rec : p) {
                out.add(rec.toMap());
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The value of {@code column} in the row of rounds.csv for {@code round}. */
    static double roundValue(Path roundsCsv, int round, String column) {
        for (Map<String, String> row : rows(roundsCsv)) {
            if (Integer.parseInt(row.get("round")) == round) {
                return Double.parseDouble(row.get(column));
            }
        }
        throw new AssertionError(roundsCsv + " has no round " + round);
    }
}
