package realign.experiment;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import realign.output.OutputFiles;

/**
 * An append-only CSV file of a sweep (runs.csv, series.csv): one header, rows appended and flushed one run at a
 * time, so a crash loses at most the runs in flight; a torn last line is cut off when the file is reopened.
 */
final class RunsFile implements AutoCloseable {

    static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setRecordSeparator("\n").get();

    private final BufferedWriter writer;
    private final CSVPrinter printer;

    private RunsFile(BufferedWriter writer) throws IOException {
        this.writer = writer;
        this.printer = new CSVPrinter(writer, FORMAT);
    }

    /** Creates the file with its header. */
    static RunsFile create(Path file, List<String> header) throws IOException {
        RunsFile f = new RunsFile(OutputFiles.newWriter(file, StandardOpenOption.CREATE_NEW,
                StandardOpenOption.WRITE));
        f.append(header);
        return f;
    }

    /** Opens an existing file for appending, after cutting off a torn last line. */
    static RunsFile reopen(Path file) throws IOException {
        cutTornLine(file);
        return new RunsFile(OutputFiles.newWriter(file, StandardOpenOption.APPEND));
    }

    void append(List<String> row) throws IOException {
        printer.printRecord(row);
        printer.flush();
        writer.flush();
    }

    @Override
    public void close() throws IOException {
        printer.close();
    }

    /** Rows of a CSV file (after its header), ignoring a torn last line. */
    static List<CSVRecord> read(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        int end = text.lastIndexOf('\n');
        text = end < 0 ? "" : text.substring(0, end + 1);
        try (Reader r = new StringReader(text);
             CSVParser p = CSVParser.parse(r, FORMAT.builder().setHeader().setSkipHeaderRecord(true).get())) {
            return new ArrayList<>(p.getRecords());
        }
    }

    /** A streaming reader over a complete CSV file's rows (after its header); close it when done. */
    static CSVParser open(Path file) throws IOException {
        return CSVParser.parse(file, StandardCharsets.UTF_8, FORMAT.builder().setHeader().setSkipHeaderRecord(true).get());
    }

    static List<String> header(Path file) throws IOException {
        try (CSVParser p = CSVParser.parse(file, StandardCharsets.UTF_8,
                FORMAT.builder().setHeader().setSkipHeaderRecord(true).get())) {
            return p.getHeaderNames();
        }
    }

    private static void cutTornLine(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        int keep = bytes.length;
        while (keep > 0 && bytes[keep - 1] != '\n') {
            keep--;
        }
        if (keep < bytes.length) {
            try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
                ch.truncate(keep);
            }
        }
    }
}
