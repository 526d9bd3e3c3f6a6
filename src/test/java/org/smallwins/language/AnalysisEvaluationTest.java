package org.smallwins.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The held-out scores that nlp-models/README.md reports for wins, demands and baselines, as thresholds
 * from issue 11: telling the kind of answer first must not cost the wins their scores.
 */
class AnalysisEvaluationTest {
    private static Evaluation heldOut;

    @BeforeAll
    static void scoreTheHeldOutAnswersWithModelsThatNeverSawThem() {
        heldOut = Evaluation.of(HeldOutModels.analyzer(), HeldOutModels.heldOutAnswers());
    }

    @Test
    void theCorpusHasAtLeast600LabelledLinesOfEveryBaseline() {
        List<CorpusLine> corpus = HeldOutModels.answers();
        assertThat(corpus).hasSizeGreaterThanOrEqualTo(600);
        assertThat(corpus).extracting(CorpusLine::baseline).contains(Baseline.values());
    }

    @Test
    void minimisingF1IsAtLeast95Percent() {
        assertThat(heldOut.minimisingF1()).isGreaterThanOrEqualTo(0.95);
    }

    @Test
    void demandF1IsAtLeast95Percent() {
        assertThat(heldOut.demandF1()).isGreaterThanOrEqualTo(0.95);
    }

    @Test
    void baselineAccuracyIsAtLeast95Percent() {
        assertThat(heldOut.baselineAccuracy()).isGreaterThanOrEqualTo(0.95);
    }
}
