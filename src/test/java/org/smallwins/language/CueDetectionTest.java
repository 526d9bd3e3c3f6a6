package org.smallwins.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;
import org.smallwins.testing.Fixtures;

class CueDetectionTest {
    private static List<String> cues(String field) {
        return field == null || field.equals("-") ? List.of() : Arrays.asList(field.split(","));
    }

    @ParameterizedTest(name = "{2}")
    @CsvFileSource(resources = "/language/cues.csv", delimiter = '|', numLinesToSkip = 1)
    void findsMinimisersAndDemandsAndLeavesOrdinaryUsesAlone(String minimising, String demands, String text) {
        Analysis analysis = Fixtures.analyzer().analyze(text);
        assertThat(analysis.minimising()).as("minimisers").isEqualTo(cues(minimising));
        assertThat(analysis.demands()).as("demands").isEqualTo(cues(demands));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvFileSource(resources = "/language/baselines.csv", delimiter = '|', numLinesToSkip = 1)
    void tellsTheMeasuringStick(Baseline expected, String text) {
        assertThat(Fixtures.analyzer().analyze(text).baseline()).isEqualTo(expected);
    }
}
