package org.smallwins.safety;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;
import org.smallwins.testing.Fixtures;

class RiskCheckTest {
    private final RiskCheck check = Fixtures.riskCheck();

    @ParameterizedTest(name = "{0}: {1}")
    @CsvFileSource(resources = "/safety/risk-cases.csv", delimiter = '|', numLinesToSkip = 1)
    void readsRiskRobustlyToCaseApostrophesOrderAndIdioms(RiskLevel expected, String text) {
        assertThat(check.assess(text)).isEqualTo(expected);
    }

    @Test
    void oddInputIsNeverAnError() {
        for (String odd : List.of(
                "",
                "   ",
                "🙂🙂🙂",
                "\u0000\u0007\u001b[31m",
                "x".repeat(20_000),
                "日本語の文章です",
                "а я хочу умереть",
                "!!!???",
                "\n\n\n")) {
            assertThat(check.assess(odd)).isNotNull();
        }
    }

    @Test
    void aRiskSentenceHiddenInALongMessageIsFound() {
        String filler = "I went to the shop and bought some bread and milk. ".repeat(40);
        assertThat(check.assess(filler + "I want to die. " + filler)).isEqualTo(RiskLevel.URGENT);
    }

    @Test
    void lexiconTermsWithApostrophesAreRejectedBecauseTheyCouldNeverMatch() {
        assertThatThrownBy(() -> RiskRule.parse("URGENT: don't want to live"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("don't");
    }

    @Test
    void aNegatedTermMatchesTheEndOfASentence() {
        RiskCheck custom = new RiskCheck(Fixtures.nlp(), List.of(RiskRule.parse("URGENT: cut myself !off")));
        assertThat(custom.assess("I cut myself")).isEqualTo(RiskLevel.URGENT);
        assertThat(custom.assess("I cut myself off from friends")).isEqualTo(RiskLevel.NONE);
        assertThat(custom.assess("I cut myself, off to bed now")).isEqualTo(RiskLevel.URGENT);
    }
}
