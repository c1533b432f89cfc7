package realign.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import realign.InputException;

class SlurmOptionsTest {

    private static SlurmOptions tasks(int runs, Integer tasks) throws InputException {
        return SlurmOptions.of(runs, tasks, null, null, null, null, null, null, List.of(), null);
    }

    @Test
    void defaultsAreOneCpuJavaFromThePathAndNoLimits() throws InputException {
        SlurmOptions o = tasks(100, 4);
        assertThat(o.cpusPerTask()).isEqualTo(1);
        assertThat(o.java()).isEqualTo("java");
        assertThat(o.time()).isNull();
        assertThat(o.mem()).isNull();
        assertThat(o.maxRunning()).isZero();
    }

    @ParameterizedTest
    @CsvSource({
        "24, 0, 'expected a whole number in [1, 24] (the sweep has 24 runs; a task gets at least one), got 0'",
        "24, 25, 'expected a whole number in [1, 24] (the sweep has 24 runs; a task gets at least one), got 25'",
        "5000, 1001, 'expected a whole number in [1, 1000] (SLURM''s default MaxArraySize allows task ids up to 1000),"
                + " got 1001'",
        "1, 2, 'expected a whole number in [1, 1] (the sweep has 1 run; a task gets at least one), got 2'"})
    void tasksOutOfRangeAreRefusedWithTheRange(int runs, int tasks, String message) {
        assertThatThrownBy(() -> tasks(runs, tasks)).isInstanceOf(InputException.class)
                .hasMessage("--tasks: " + message);
    }

    @Test
    void tasksAreRequired() {
        assertThatThrownBy(() -> tasks(24, null)).isInstanceOf(InputException.class)
                .hasMessageStartingWith("--tasks: expected the number of array tasks");
    }

    @ParameterizedTest
    @ValueSource(strings = {"90", "30:00", "02:00:00", "1-12", "1-12:00", "1-12:00:00", "100:00:00"})
    void slurmTimeFormatsAreAccepted(String time) throws InputException {
        assertThat(SlurmOptions.of(10, 2, null, time, null, null, null, null, List.of(), null).time()).isEqualTo(time);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "--time|2h|--time: expected a SLURM time limit such as 02:00:00 (HH:MM:SS), 90 (minutes), 30:00 (MM:SS) or"
                + " 1-12:00:00 (D-HH:MM:SS), got '2h'",
        "--mem|4 GB|--mem: expected a memory size such as 4G, 2048M or 2048 (megabytes), got '4 GB'",
        "--mem|0|--mem: expected a memory size such as 4G, 2048M or 2048 (megabytes), got '0'",
        "--partition|short; rm -rf /|--partition: expected a SLURM name (letters, digits, _ . , : + @ -), got"
                + " 'short; rm -rf /'",
        "--account|my account|--account: expected a SLURM name (letters, digits, _ . , : + @ -), got 'my account'",
        "--cpus-per-task|0|--cpus-per-task: expected a whole number in [1, 1024], got 0",
        "--max-running|5|--max-running: expected a whole number in [1, 4] (at most --tasks), got 5",
        "--setup|' '|--setup: expected one shell command per --setup (e.g. 'module load java/17'), got ' '"})
    void badValuesAreRefusedNamingTheOption(String option, String value, String message) {
        String time = option.equals("--time") ? value : null;
        String mem = option.equals("--mem") ? value : null;
        String partition = option.equals("--partition") ? value : null;
        String account = option.equals("--account") ? value : null;
        Integer cpus = option.equals("--cpus-per-task") ? Integer.valueOf(value) : null;
        Integer max = option.equals("--max-running") ? Integer.valueOf(value) : null;
        List<String> setup = option.equals("--setup") ? List.of(value.replace("'", "")) : List.of();
        assertThatThrownBy(() -> SlurmOptions.of(100, 4, cpus, time, mem, partition, account, null, setup, max))
                .isInstanceOf(InputException.class).hasMessage(message);
    }

    @Test
    void memoryUnitsAreWrittenInCapitals() throws InputException {
        assertThat(SlurmOptions.of(10, 2, null, null, "4g", null, null, null, List.of(), null).mem()).isEqualTo("4G");
    }
}
