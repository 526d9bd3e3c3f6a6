package org.smallwins.safety;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;
import org.smallwins.testing.Fixtures;

/**
 * Worry about death and catastrophising are not risk: everyday negative thoughts of the kind a CBT thought
 * record holds must not sound the crisis alarm.
 */
class EverydayThoughtsTest {
    private final RiskCheck check = Fixtures.riskCheck();

    @ParameterizedTest(name = "{0}")
    @CsvFileSource(resources = "/safety/everyday-thoughts.txt", delimiter = '\t')
    void anEverydayWorryIsNotUrgent(String thought) {
        assertThat(check.assess(thought)).isNotEqualTo(RiskLevel.URGENT);
    }

    /**
     * A regression gate, not the goal: the issue asks for 3% or less; 5 of these 99 held-out thoughts
     * (5.1%) are URGENT today, all by lexicon rules that choose recall ("cut myself", "if I die").
     */
    @Test
    void heldOutEverydayThoughtsRaiseTheCrisisAlarmNoMoreOftenThanMeasured() {
        List<RiskTrainer.Labelled> thoughts = RiskTrainer.Labelled.read(Path.of("nlp-models/eval/everyday-eval.tsv"));
        long urgent = thoughts.stream()
                .filter(t -> check.assess(t.text()) == RiskLevel.URGENT)
                .count();
        assertThat((double) urgent / thoughts.size()).as("share of URGENT").isLessThanOrEqualTo(0.06);
    }
}
