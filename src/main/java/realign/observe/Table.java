package realign.observe;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** A tidy table: named columns, rows of formatted cells, in the order they were recorded. */
public final class Table {

    private final List<String> columns;
    private final List<String[]> rows = new ArrayList<>();

    public Table(List<String> columns) {
        this.columns = List.copyOf(columns);
    }

    public List<String> columns() {
        return columns;
    }

    public void add(String... row) {
        if (row.length != columns.size()) {
            throw new IllegalArgumentException("row has " + row.length + " cells, table has " + columns.size() + " columns");
        }
        rows.add(row);
    }

    public List<String[]> rows() {
        return Collections.unmodifiableList(rows);
    }

    public int column(String name) {
        return columns.indexOf(name);
    }
}
