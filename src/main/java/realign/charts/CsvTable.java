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

    /**
     * Reads {@code file}, which must have every column in {@code required}. Inside a {@link Reads} scope the file
     * is parsed once and the table shared by every figure that asks for it; the columns are checked on every call.
     */
    static CsvTable read(Path file, String... required) throws InputException {
        Reads reads = Reads.CURRENT.get();
        CsvTable table = reads == null ? parse(file) : reads.table(file);
        for (String column : required) {
            if (!table.columns.contains(column)) {
                throw new InputException(file + ": column '" + column + "' is missing");
            }
        }
        return table;
    }

    private static CsvTable parse(Path file) throws InputException {
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
        for (CSVRecord r : table.records) {
            if (r.size() != table.columns.size()) {
                throw new InputException(table.where(r) + ": expected " + table.columns.size() + " fields, got "
                        + r.size());
            }
        }
        return table;
    }

    /**
     * The tables of one plot call ({@link Figures#render}): several figures of a run read rounds.csv, countries.csv
     * and ties.csv, and each file is parsed once instead of once per figure. The files of a finished folder do not
     * change during the call; the scope ends with it, so a later call reads them again. Open on the thread that
     * prepares the figures; a thread that prepares one for the same call {@link #enter}s it.
     */
    static final class Reads implements AutoCloseable {

        private static final ThreadLocal<Reads> CURRENT = new ThreadLocal<>();

        private final java.util.Map<Path, CsvTable> tables = new java.util.HashMap<>();
        private final java.util.Map<Path, Integer> parses = new java.util.HashMap<>();
        private final Reads outer;

        private Reads(Reads outer) {
            this.outer = outer;
        }

        /** Opens a scope on this thread (closing it restores the one it was opened in, if any). */
        static Reads open() {
            Reads r = new Reads(CURRENT.get());
            CURRENT.set(r);
            return r;
        }

        /** Makes this scope the current one on another thread until the returned handle is closed. */
        Entered enter() {
            Reads before = CURRENT.get();
            CURRENT.set(this);
            return () -> CURRENT.set(before);
        }

        /** The handle of {@link #enter}: closing it leaves the scope. */
        interface Entered extends AutoCloseable {
            @Override
            void close();
        }

        private synchronized CsvTable table(Path file) throws InputException {
            Path key = file.toAbsolutePath().normalize();
            CsvTable t = tables.get(key);
            if (t == null) {
                t = parse(file);
                tables.put(key, t);
                parses.merge(key, 1, Integer::sum);
            }
            return t;
        }

        /** How many times {@code file} was parsed in this scope (0 or 1). */
        synchronized int parses(Path file) {
            return parses.getOrDefault(file.toAbsolutePath().normalize(), 0);
        }

        @Override
        public void close() {
            if (outer == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(outer);
            }
        }
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
