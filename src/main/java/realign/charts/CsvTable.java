package realign.charts;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import realign.InputException;

/**
 * One CSV file of a finished run, read whole: a header row, then records whose fields are looked up by
 * column name. Every mistake in the file is an {@link InputException} naming the file, line and column.
 */
final class CsvTable {

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .get();

    private final Path file;
    private final List<String> columns;
    private final List<CSVRecord> records;

    private CsvTable(Path file, List<String> columns, List<CSVRecord> records) {
        this.file = file;
        this.columns = columns;
        this.records = records;
    }

    /** Reads {@code file}, which must have every column in {@code required}. */
    static CsvTable read(Path file, String... required) throws InputException {
        CsvTable table;
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser parser = CSVParser.parse(in, FORMAT)) {
            table = new CsvTable(file, List.copyOf(parser.getHeaderNames()), parser.getRecords());
        } catch (NoSuchFileException e) {
            throw new InputException(file + ": file is missing");
        } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            // Commons CSV reports malformed input (bad quoting, duplicate header names) with these
            throw new InputException(file + ": not a readable CSV file: " + e.getMessage(), e);
        }
        for (String column : required) {
            if (!table.columns.contains(column)) {
                throw new InputException(file + ": column '" + column + "' is missing");
            }
        }
        for (CSVRecord r : table.records) {
            if (r.size() != table.columns.size()) {
                throw new InputException(table.where(r) + ": expected " + table.columns.size() + " fields, got "
                        + r.size());
            }
        }
        return table;
    }

    /** The file as named in messages. */
    Path file() {
        return file;
    }

    List<String> columns() {
        return columns;
    }

    int size() {
        return records.size();
    }

    String text(int row, String column) {
        return records.get(row).get(column);
    }

    int integer(int row, String column) throws InputException {
        String s = text(row, column);
        try {
            return Integer.parseInt(s.strip());
        } catch (NumberFormatException e) {
            throw new InputException(where(records.get(row)) + ": column '" + column + "': expected a whole number, got '"
                    + s + "'");
        }
    }

    /** A number; {@code NA} or an empty field (a value the run could not compute) is NaN. */
    double number(int row, String column) throws InputException {
        String s = text(row, column).strip();
        if (s.isEmpty() || s.equals("NA")) {
            return Double.NaN;
        }
        try {
            return Double.parseDouble(s);
        } catch (NumberFormatException e) {
            throw new InputException(where(records.get(row)) + ": column '" + column + "': expected a number, got '"
                    + s + "'");
        }
    }

    /** {@code file:line} of a record; the header is line 1. */
    String where(int row) {
        return where(records.get(row));
    }

    private String where(CSVRecord r) {
        return file + ":" + (r.getRecordNumber() + 1);
    }
}
