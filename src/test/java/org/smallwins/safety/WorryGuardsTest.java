package org.smallwins.safety;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.smallwins.testing.Fixtures;

/**
 * The lexicon's worry guards (issue 9): fear of an accident, of dying or of someone else coming to harm is
 * not risk, yet a guard hides only the words it names, so a statement of intent beside it is still read.
 */
class WorryGuardsTest {
    private final RiskCheck check = Fixtures.riskCheck();

    @ParameterizedTest
    @ValueSource(
            strings = {
                "What if I die before my daughter finishes school?",
                "What if I died and the dog was left on his own?",
                "I'm worried my son will get hurt at rugby on Saturday.",
                "What if the bonfire burns the children?",
                "I burnt myself on the oven door again, it stings.",
                "I keep cutting myself shaving, my hands shake.",
                "I accidentally cut my thumb and now I'm worried about infection.",
                "I beat my personal best at parkrun.",
                "I can't wait for the day to end.",
                "My mum will kill me when she sees I lost my coat.",
                "His smoking is going to kill him and he won't listen."
            })
    void aWorryOrAnAccidentIsNotUrgent(String text) {
        assertThat(check.assess(text)).isNotEqualTo(RiskLevel.URGENT);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "I want to die",
                "What if I just ended it all",
                "What if I die before Christmas? I want to die anyway.",
                "What if I died and nobody noticed?",
                "I cut myself on purpose last night",
                "I burnt myself with the iron on purpose",
                "My dad will kill me if I tell anyone what he does.",
                "I'm going to end it once everyone is asleep.",
                "I've given my things away, I won't need them.",
                "I've chosen the day I'm going to end it.",
                "I want to get hurt in a crash."
            })
    void aStatementOfIntentBesideAGuardStaysUrgent(String text) {
        assertThat(check.assess(text)).isEqualTo(RiskLevel.URGENT);
    }
}
