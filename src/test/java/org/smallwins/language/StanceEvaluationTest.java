package org.smallwins.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.smallwins.testing.Fixtures;

/**
 * Answer kinds on lines the models never learnt from: the held-out split of corpus/stances.tsv (scored with
 * models trained without it) and eval/stances-eval.tsv (scored with the shipped models). The thresholds
 * hold the figures nlp-models/README.md reports.
 */
class StanceEvaluationTest {
    private static StanceEvaluation heldOut;
    private static StanceEvaluation secondRound;

    @BeforeAll
    static void scoreBothSets() {
        heldOut = StanceEvaluation.of(HeldOutModels.analyzer(), HeldOutModels.heldOutKinds());
        secondRound = StanceEvaluation.of(Fixtures.analyzer(), HeldOutModels.secondRound());
    }

    @Test
    void theCorpusHasAtLeast80AnswersOfEveryKind() {
        Map<Stance, Long> counts = HeldOutModels.kinds().stream()
                .collect(Collectors.groupingBy(StanceLine::stance, Collectors.counting()));
        assertThat(counts).containsOnlyKeys(Stance.values());
        assertThat(counts.values()).allMatch(n -> n >= 80);
    }

    @Test
    void anAnswerThatIsNotAWinIsNotTakenForOne() {
        assertThat(heldOut.precision(Stance.WIN)).isGreaterThanOrEqualTo(0.95);
        assertThat(secondRound.precision(Stance.WIN)).isGreaterThanOrEqualTo(0.95);
    }

    @Test
    void everyKindIsFound() {
        for (StanceEvaluation evaluation : List.of(heldOut, secondRound)) {
            assertThat(evaluation.accuracy()).isGreaterThanOrEqualTo(0.95);
            for (Stance stance : Stance.values()) {
                assertThat(evaluation.recall(stance)).as("recall of %s", stance).isGreaterThanOrEqualTo(0.85);
                assertThat(evaluation.precision(stance))
                        .as("precision of %s", stance)
                        .isGreaterThanOrEqualTo(0.85);
            }
        }
    }

    @Test
    void aMustThatConcludesIsNeverADemand() {
        List<String> conclusions =
                texts(line -> line.labels().demands().isEmpty() && line.text().matches("(?i).*\\bmust.*"));
        assertThat(conclusions).hasSizeGreaterThanOrEqualTo(3);
        for (String text : conclusions) {
            assertThat(HeldOutModels.analyzer().analyze(text).demands())
                    .as(text)
                    .doesNotContain("must");
        }
    }

    @Test
    void worryAndSomeoneElsesShouldCarryNoBaseline() {
        List<String> noStick = texts(line -> line.stance() == Stance.WORRY || line.stance() == Stance.OTHERS);
        assertThat(noStick).hasSizeGreaterThanOrEqualTo(40);
        for (String text : noStick) {
            assertThat(HeldOutModels.analyzer().analyze(text).baseline())
                    .as(text)
                    .isEqualTo(Baseline.NONE);
        }
    }

    @Test
    void minimisersAndDemandsKeepTheirScoresOnTheseLinesToo() {
        for (StanceEvaluation evaluation : List.of(heldOut, secondRound)) {
            assertThat(evaluation.cues().minimisingF1()).isGreaterThanOrEqualTo(0.95);
            assertThat(evaluation.cues().demandF1()).isGreaterThanOrEqualTo(0.95);
        }
    }

    /** Texts of both sets that match. */
    private static List<String> texts(Predicate<StanceLine> which) {
        return Stream.concat(HeldOutModels.heldOutKinds().stream(), HeldOutModels.secondRound().stream())
                .filter(which)
                .map(StanceLine::text)
                .toList();
    }
}
