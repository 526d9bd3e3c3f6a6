package org.smallwins.safetyplan;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;
import org.smallwins.safety.Assessment;
import org.smallwins.safety.RiskLevel;
import org.smallwins.testing.Fixtures;

/** A risk sentence written as a warning sign goes into the plan; one about now gets the crisis reply. */
class DangerNowTest {
    private static final Assessment URGENT = new Assessment(RiskLevel.URGENT, false);

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvFileSource(resources = "/safetyplan/danger-now.csv", delimiter = ',')
    void tellsAWarningSignFromDangerNow(String text, String expected) {
        assertThat(DangerNow.in(text, URGENT)).isEqualTo(expected.equals("NOW"));
    }

    @ParameterizedTest(name = "the risk check finds risk in \"{0}\"")
    @CsvFileSource(resources = "/safetyplan/danger-now.csv", delimiter = ',')
    void everySampleHoldsRiskWordsSoTheRuleIsReallyConsulted(String text, String expected) {
        // The rule is only asked about messages the risk check found risk in.
        assertThat(Fixtures.riskCheck().check(text).level()).isNotEqualTo(RiskLevel.NONE);
    }

    @Test
    void anActInProgressIsAlwaysNowWhateverTheWords() {
        assertThat(DangerNow.in("when I start thinking about it", new Assessment(RiskLevel.URGENT, true)))
                .isTrue();
    }
}
