package org.smallwins.safety;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.smallwins.testing.Fixtures;

/** The committed semantic-layer head is the one ./bot train makes from the committed corpora and idioms. */
class ShippedRiskHeadTest {
    private static final Path MODELS = Path.of("nlp-models");

    @Test
    void theCommittedHeadWasMadeFromTheCommittedCorpus() throws IOException {
        RiskCorpus corpus = RiskCorpus.read(MODELS);
        assertThat(committed().corpusDigest())
                .as("run ./bot train: nlp-models/risk-head.txt was made from another corpus, lexicon idioms or options")
                .isEqualTo(new RiskTrainer(Fixtures.nlp()).digest(corpus));
    }

    /**
     * Retraining all of the corpus takes minutes of embedding, so ./bot train also writes a check head, the
     * same training on every 8th text. Retraining that sample and getting the committed check head proves
     * the training still gives what ./bot train wrote; the digest above proves the corpus is unchanged.
     */
    @Test
    void retrainingTheCheckSampleGivesTheCommittedCheckHead() throws IOException {
        RiskCorpus corpus = RiskCorpus.read(MODELS);
        RiskTrainer trainer = new RiskTrainer(Fixtures.nlp());
        List<RiskCorpus.Text> sample = RiskTrainer.checkSample(corpus.texts());
        RiskHead committed = read("risk-head-check.txt");
        assertThat(committed.corpusDigest())
                .as("run ./bot train: nlp-models/risk-head-check.txt was made from another corpus or code")
                .isEqualTo(trainer.digest(sample));

        RiskHead fresh = trainer.train(sample, "");
        for (RiskCorpus.Text text : sample) {
            String whole = trainer.wholeText(text.text());
            if (whole.isBlank()) {
                continue;
            }
            float[] embedding = trainer.embed(whole);
            assertThat(committed.probabilities(embedding))
                    .as("run ./bot train: the training no longer gives the shipped head, on: %s", text.text())
                    .containsExactly(fresh.probabilities(embedding), Offset.offset(1e-4));
        }
    }

    private static RiskHead committed() throws IOException {
        return read("risk-head.txt");
    }

    private static RiskHead read(String file) throws IOException {
        try (InputStream in = Files.newInputStream(MODELS.resolve(file))) {
            return RiskHead.read(in);
        }
    }
}
