package realign.gui;

import java.util.List;
import realign.InputException;
import realign.scenario.Param;
import realign.scenario.Params;
import realign.scenario.Scenario;
import sim.util.Interval;
import sim.util.Propertied;
import sim.util.Properties;

/**
 * What the Console's model inspector shows: the seed, the number of rounds and every model parameter of
 * {@link Params#ALL} under its YAML name, each with its allowed range as the MASON domain (a slider where the
 * range is finite), editable while no run is under way; then the round and its month, read-only.
 *
 * <p>One {@link Properties} for the whole parameter registry rather than a getter and setter per parameter: the
 * list, the ranges and the names stay those of {@code realign.scenario.Params}, so the inspector can never
 * drift from {@code --set} and docs/model.md. A change is validated as {@code --set} validates it; a rejected
 * one is reported through {@link Dialogs} and the value shown stays the one in force.
 */
final class ScenarioParameters implements Propertied {

    /** The GUI side the parameters belong to. */
    interface Host {
        Session session();

        long seed();

        /** Whether a run is under way (started and not stopped): parameters are fixed then. */
        boolean running();

        /** The current round, or -1 before the first start. */
        int round();

        void change(Session next, long seed);

        Dialogs dialogs();
    }

    static final String SOURCE = "model inspector";
    private static final int SEED = 0;
    private static final int ROUNDS = 1;
    private static final int FIRST_PARAM = 2;

    private final Host host;
    private final Props props = new Props();

    ScenarioParameters(Host host) {
        this.host = host;
    }

    @Override
    public Properties properties() {
        return props;
    }

    private final class Props extends Properties {
        private static final long serialVersionUID = 1L;

        private final List<Param> params = Params.ALL;

        Props() {
            object = ScenarioParameters.this;
        }

        private int roundIndex() {
            return FIRST_PARAM + params.size();
        }

        @Override
        public boolean isVolatile() {
            return false;
        }

        @Override
        public int numProperties() {
            return roundIndex() + 2;
        }

        @Override
        public String getName(int index) {
            if (index == SEED) {
                return "seed";
            }
            if (index == ROUNDS) {
                return "rounds";
            }
            if (index == roundIndex()) {
                return "round";
            }
            if (index == roundIndex() + 1) {
                return "date";
            }
            return params.get(index - FIRST_PARAM).name();
        }

        @Override
        public String getDescription(int index) {
            if (index == SEED) {
                return "random seed of the next run (Scenario > Restart with seed... starts one)";
            }
            if (index == ROUNDS) {
                return "number of rounds the run lasts";
            }
            if (index == roundIndex()) {
                return "the round shown (0 = before the first shock is applied)";
            }
            if (index == roundIndex() + 1) {
                return "month of the round: round 1 is the scenario's start month, round 0 the month before (docs/model.md)";
            }
            Param p = params.get(index - FIRST_PARAM);
            return p.symbol() + ": " + p.meaning() + "; " + p.expected();
        }

        @Override
        public Class<?> getType(int index) {
            if (index == SEED) {
                return Long.TYPE;
            }
            if (index == ROUNDS || index == roundIndex()) {
                return Integer.TYPE;
            }
            if (index == roundIndex() + 1) {
                return String.class;
            }
            return params.get(index - FIRST_PARAM).integer() ? Integer.TYPE : Double.TYPE;
        }

        @Override
        public boolean isReadWrite(int index) {
            return index < roundIndex() && !host.running();
        }

        @Override
        public Object getValue(int index) {
            Scenario s = host.session().scenario();
            if (index == SEED) {
                return host.seed();
            }
            if (index == ROUNDS) {
                return s.rounds();
            }
            if (index == roundIndex()) {
                return host.round();
            }
            if (index == roundIndex() + 1) {
                // the run tables' date column: round 1 is the scenario's start month, round 0 the month before
                return s.calendar().date(Math.max(0, host.round()));
            }
            Param p = params.get(index - FIRST_PARAM);
            double v = s.parameters().get(p.name());
            return p.integer() ? (Object) (int) v : (Object) v;
        }

        @Override
        public Object getDomain(int index) {
            if (index == ROUNDS) {
                return new Interval(1L, 10_000L);
            }
            if (index < FIRST_PARAM || index >= roundIndex()) {
                return null;
            }
            Param p = params.get(index - FIRST_PARAM);
            if (p.max() == Double.MAX_VALUE) {
                return null; // no slider over an infinite range: a text field
            }
            return p.integer() ? new Interval((long) p.min(), (long) p.max()) : new Interval(p.min(), p.max());
        }

        @Override
        protected Object _setValue(int index, Object value) {
            if (index >= roundIndex()) {
                return null;
            }
            if (host.running()) {
                host.dialogs().error("Parameters are fixed during a run",
                        "The parameters of a run are fixed once it has started: press Stop, change "
                                + getName(index) + ", then Play.");
                return null;
            }
            String text = value instanceof Double d && d == Math.rint(d) && Math.abs(d) < 1e15
                    && getType(index) != Double.TYPE ? Long.toString(d.longValue()) : String.valueOf(value);
            try {
                if (index == SEED) {
                    long seed;
                    try {
                        seed = Long.parseLong(text);
                    } catch (NumberFormatException e) {
                        throw new InputException(SOURCE + ": seed: expected a whole number, got '" + text + "'");
                    }
                    host.change(host.session(), seed);
                } else {
                    host.change(host.session().with(getName(index), text, SOURCE), host.seed());
                }
            } catch (InputException e) {
                host.dialogs().error("Parameter not changed", e.getMessage());
            }
            return null;
        }
    }
}
