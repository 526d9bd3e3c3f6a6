package org.smallwins.safety;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ScoreBandsTest {
    private final ScoreBands bands = new ScoreBands(0.75, 0.9, 0.4);

    @Test
    void aStretchReadWholeIsUrgentAtALowerScoreThanOneSentence() {
        double[] p = {0.45, 0.05, 0.5};
        assertThat(bands.level(p)).isEqualTo(RiskLevel.NONE);
        assertThat(bands.wholeLevel(p)).isEqualTo(RiskLevel.URGENT);
    }

    @Test
    void bothBandsShareTheConcernThreshold() {
        double[] p = {0.05, 0.6, 0.35};
        assertThat(bands.level(p)).isEqualTo(RiskLevel.CONCERN);
        assertThat(bands.wholeLevel(p)).isEqualTo(RiskLevel.CONCERN);
    }

    @Test
    void theShippedBandsAreRead() {
        ScoreBands shipped = ScoreBands.load();
        assertThat(shipped.wholeUrgentAt()).isLessThanOrEqualTo(shipped.urgentAt());
    }

    @Test
    void aThresholdOutsideZeroToOneIsRefusedNamingTheFile() {
        assertThatThrownBy(() -> new ScoreBands(0.75, 0.9, 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("risk-model.properties");
    }
}
