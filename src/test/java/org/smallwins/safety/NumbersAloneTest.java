package org.smallwins.safety;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.smallwins.testing.Fixtures;

/** The safety plan asks for phone numbers: a number on its own is not risk language. */
class NumbersAloneTest {
    @ParameterizedTest
    @ValueSource(strings = {"07700 900456", "020 7946 0000", "+44 7700 900123", "0121 496 0000", "18:30", "3/12"})
    void aNumberOnItsOwnIsNotRisk(String number) {
        assertThat(Fixtures.riskCheck().check(number).level()).isEqualTo(RiskLevel.NONE);
    }
}
