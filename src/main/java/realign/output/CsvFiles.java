package realign.output;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Path;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import realign.observe.Table;

/** Writes tables as CSV: UTF-8, one header row, {@code \n} line ends, quoting only where needed. */
public final class CsvFiles {

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setRecordSeparator("\n").get();

    private CsvFiles() {}

    public static void write(Path file, Table table) throws IOException {
        try (BufferedWriter w = OutputFiles.newWriter(file);
             CSVPrinter p = new CSVPrinter(w, FORMAT)) {
            p.printRecord(table.columns());
            for (String[] row : table.rows()) {
                p.printRecord((Object[]) row);
            }
        }
    }
}
