package realign.gui;

import java.awt.BorderLayout;
import java.awt.Dimension;
import java.util.ArrayList;
import java.util.List;
import javax.swing.BorderFactory;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.table.AbstractTableModel;
import realign.model.AllianceModel;
import realign.model.TieEvent;
import sim.portrayal.Inspector;
import sim.portrayal.SimpleInspector;

/**
 * The inspector of a clicked country: its state as MASON properties (trust in the U.S., support, need, deficit,
 * seeking, bloc, capability, degree) and a table of its partners with the tie weight W and the trust both ways,
 * strongest tie first, refreshed after every step.
 */
final class CountryInspector extends Inspector {

    private static final long serialVersionUID = 1L;

    private final SimpleInspector properties;
    private final Partners partners;

    CountryInspector(CountryAgent agent, RealignWithUI gui) {
        properties = new SimpleInspector(agent, gui, null);
        partners = new Partners(agent, gui);
        setLayout(new BorderLayout());
        add(properties, BorderLayout.NORTH);
        JTable table = new JTable(partners);
        table.setAutoCreateRowSorter(true);
        table.setPreferredScrollableViewportSize(new Dimension(420, 180));
        JScrollPane scroll = new JScrollPane(table);
        scroll.setBorder(BorderFactory.createTitledBorder("Partners"));
        add(scroll, BorderLayout.CENTER);
        setTitle(agent.toString());
        setVolatile(true);
        partners.refresh();
    }

    @Override
    public void updateInspector() {
        properties.updateInspector();
        partners.refresh();
    }

    /** One row per partner j of country i: name, ISO3, W_ij, T_ij, T_ji and whether the tie is new this round. */
    static final class Partners extends AbstractTableModel {
        private static final long serialVersionUID = 1L;
        static final String[] COLUMNS = {"partner", "iso3", "tie W", "trust in partner", "partner's trust", "event"};

        private final CountryAgent agent;
        private final RealignWithUI gui;
        private List<Object[]> rows = List.of();

        Partners(CountryAgent agent, RealignWithUI gui) {
            this.agent = agent;
            this.gui = gui;
        }

        /** Reads the partners from the model now; the table shows them. */
        void refresh() {
            AllianceModel m = gui.model();
            int i = agent.index();
            List<Object[]> next = new ArrayList<>();
            var log = m.tieEvents();
            for (int j = 0; j < m.size(); j++) {
                if (j == i || m.tie(i, j) <= 0 && !dissolved(log, i, j)) {
                    continue;
                }
                String event = "";
                for (int e = 0; e < log.size(); e++) {
                    if ((log.a(e) == i && log.b(e) == j) || (log.a(e) == j && log.b(e) == i)) {
                        event = log.kind(e).csv() + " this round";
                    }
                }
                next.add(new Object[] {gui.world().country(j).name(), m.iso3(j), m.tie(i, j), m.trust(i, j),
                    m.trust(j, i), event});
            }
            next.sort((a, b) -> Double.compare((Double) b[2], (Double) a[2]));
            rows = next;
            fireTableDataChanged();
        }

        private static boolean dissolved(realign.model.TieLog log, int i, int j) {
            for (int e = 0; e < log.size(); e++) {
                if (log.kind(e) == TieEvent.DISSOLVED
                        && ((log.a(e) == i && log.b(e) == j) || (log.a(e) == j && log.b(e) == i))) {
                    return true;
                }
            }
            return false;
        }

        List<Object[]> rows() {
            return rows;
        }

        @Override
        public int getRowCount() {
            return rows.size();
        }

        @Override
        public int getColumnCount() {
            return COLUMNS.length;
        }

        @Override
        public String getColumnName(int c) {
            return COLUMNS[c];
        }

        @Override
        public Class<?> getColumnClass(int c) {
            return c >= 2 && c <= 4 ? Double.class : String.class;
        }

        @Override
        public Object getValueAt(int r, int c) {
            return rows.get(r)[c];
        }
    }
}
