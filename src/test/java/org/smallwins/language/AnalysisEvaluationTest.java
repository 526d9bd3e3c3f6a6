package org.smallwins.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.smallwins.testing.Fixtures;

/** The held-out scores that nlp-models/README.md reports, as thresholds from the issue. */
class AnalysisEvaluationTest {
    private static Evaluation heldOut;
    private static List<CorpusLine> corpus;

    @BeforeAll
    static void trainOnTheTrainingSplitAndScoreTheRest() throws IOException {
        corpus = CorpusLine.read(Path.of("nlp-models/corpus/analysis.tsv"));
        List<CorpusLine> train = new ArrayList<>();
        List<CorpusLine> test = new ArrayList<>();
        for (int i = 0; i < corpus.size(); i++) {
            (CorpusLine.heldOut(i) ? test : train).add(corpus.get(i));
        }
        BaselineTrainer trainer = new BaselineTrainer(Fixtures.nlp());
        heldOut = Evaluation.of(trainer.analyzerWith(trainer.train(train)), test);
    }

    @Test
    void theCorpusHasAtLeast600LabelledLinesOfEveryBaseline() {
        assertThat(corpus).hasSizeGreaterThanOrEqualTo(600);
        assertThat(corpus).extracting(CorpusLine::baseline).contains(Baseline.values());
    }

    @Test
    void minimisingF1IsAtLeast90Percent() {
        assertThat(heldOut.minimisingF1()).isGreaterThanOrEqualTo(0.90);
    }

    @Test
    void demandF1IsAtLeast90Percent() {
        assertThat(heldOut.demandF1()).isGreaterThanOrEqualTo(0.90);
    }

    @Test
    void baselineAccuracyIsAtLeast85Percent() {
        assertThat(heldOut.baselineAccuracy()).isGreaterThanOrEqualTo(0.85);
    }
}
