package org.smallwins.safety;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;
import org.junit.jupiter.params.provider.ValueSource;
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
    void readsAllOfATwentyThousandCharacterMessage() {
        String filler = "I went to the shop and bought some bread and milk. ";
        String text = filler.repeat(20_000 / filler.length()) + "I want to die.";
        assertThat(text.length()).isGreaterThan(20_000);
        assertThat(check.assess(text)).isEqualTo(RiskLevel.URGENT);
    }

    @Test
    void readsRiskInALongMessageWithNoSentenceEnds() {
        String text = "and then we walked on ".repeat(1_000) + "and I want to kill myself";
        assertThat(check.assess(text)).isEqualTo(RiskLevel.URGENT);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "this deadline is killing me",
                "I could murder a pizza",
                "I'm dying to see the film",
                "My phone died on the way home",
                "My feet are killing me after that shift"
            })
    void idiomsRaiseNoAlarmEvenWithTheSemanticLayer(String idiom) {
        assertThat(check.assess(idiom)).isEqualTo(RiskLevel.NONE);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "I did it. Took a handful of olanzapine. Just waiting now.",
                "I've taken all my sertraline and I'm lying down",
                "I've already cut and it won't stop bleeding",
                "I'm on the bridge now and I can't do this anymore",
                "The rope is tied and I'm ready"
            })
    void anActInProgressIsUrgentAndSaysSo(String text) {
        assertThat(check.check(text)).isEqualTo(new Assessment(RiskLevel.URGENT, true));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "I want to die",
                "I took an overdose two years ago and I'm glad I'm still here but I think about suicide again"
            })
    void urgentWithoutAnActIsNotAnActInProgress(String text) {
        assertThat(check.check(text)).isEqualTo(new Assessment(RiskLevel.URGENT, false));
    }

    @Test
    void waitingAloneIsNoAlarm() {
        assertThat(check.check("I sent off my application, just waiting now.")).isEqualTo(Assessment.NONE);
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

    @Test
    void anExceptionPhraseStopsARule() {
        RiskCheck custom =
                new RiskCheck(Fixtures.nlp(), List.of(RiskRule.parse("URGENT: took an overdose &! ago|last")));
        assertThat(custom.assess("I took an overdose")).isEqualTo(RiskLevel.URGENT);
        assertThat(custom.assess("I took an overdose years ago")).isEqualTo(RiskLevel.NONE);
    }
}
