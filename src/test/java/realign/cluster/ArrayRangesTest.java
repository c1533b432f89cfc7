package realign.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ArrayRangesTest {

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "1; 1",
        "1,2; 1-2",
        "1,2,3,4; 1-4",
        "2,5; 2,5",
        "7,1,2,3,5,9,8; 1-3,5,7-9",
        "3,3,3; 3",
        "10,11,12,100; 10-12,100"})
    void consecutiveTaskIdsBecomeRanges(String ids, String expected) {
        List<Integer> list = new ArrayList<>();
        for (String s : ids.split(",")) {
            list.add(Integer.parseInt(s.trim()));
        }
        assertThat(ArrayRanges.format(list)).isEqualTo(expected);
    }

    /** Property over seeded random sets: parse(format(ids)) gives the ids back, ascending and without repeats. */
    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 42, 1000, 20250224})
    void formatThenParseGivesTheIdsBack(long seed) {
        Random random = new Random(seed);
        TreeSet<Integer> ids = new TreeSet<>();
        int n = 1 + random.nextInt(60);
        for (int i = 0; i < n; i++) {
            ids.add(1 + random.nextInt(100));
        }
        String text = ArrayRanges.format(ids);
        assertThat(ArrayRanges.parse(text)).containsExactlyElementsOf(ids);
        assertThat(text).matches("\\d+(-\\d+)?(,\\d+(-\\d+)?)*");
        // no two ranges could have been one
        assertThat(text.split(",").length).isLessThanOrEqualTo(ids.size());
    }

    @Test
    void badRangesAreRefused() {
        assertThatThrownBy(() -> ArrayRanges.parse("5-3")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ArrayRanges.parse("-3")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ArrayRanges.format(List.of())).isInstanceOf(IllegalArgumentException.class);
    }
}
