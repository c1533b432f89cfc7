package realign.experiment;

import java.io.BufferedWriter;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
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

    private final OutputStream stream;
    private final BufferedWriter writer;
    private final CSVPrinter printer;
    /** A write failed (a full disk, say): what is still buffered must not be written later, after the torn line. */
    private boolean broken;

    private RunsFile(OutputStream stream) throws IOException {
        this.stream = stream;
        this.writer = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8.newEncoder()));
        this.printer = new CSVPrinter(writer, FORMAT);
    }

    /** Creates the file with its header. */
    static RunsFile create(Path file, List<String> header) throws IOException {
        RunsFile f = new RunsFile(OutputFiles.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE));
        try {
            f.append(header);
        } catch (IOException e) {
            f.close();
            throw e;
        }
        return f;
    }

    /** Opens an existing file for appending, after cutting off a torn last line. */
    static RunsFile reopen(Path file) throws IOException {
        cutTornLine(file);
        return new RunsFile(OutputFiles.open(file, StandardOpenOption.APPEND));
    }

    void append(List<String> row) throws IOException {
        if (broken) {
            throw new IOException("an earlier write to this file failed");
        }
        try {
            printer.printRecord(row);
            printer.flush();
            writer.flush();
        } catch (IOException e) {
            broken = true;
            throw e;
        }
    }

    @Override
    public void close() throws IOException {
        if (broken) {
            // after a failed write the file ends in a torn line (cut when the sweep resumes); flushing the rest of
            // the row now, once there is room again, would glue it to that half of itself as a whole-looking line
            stream.close();
        } else {
            printer.close();
        }
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
