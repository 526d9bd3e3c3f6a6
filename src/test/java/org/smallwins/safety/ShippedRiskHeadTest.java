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

    @Test
    void retrainingGivesTheCommittedHead() throws IOException {
        RiskCorpus corpus = RiskCorpus.read(MODELS);
        RiskTrainer trainer = new RiskTrainer(Fixtures.nlp());
        RiskHead fresh = trainer.train(corpus.texts(), "");
        RiskHead committed = committed();
        List<RiskCorpus.Text> texts = corpus.texts();
        for (int i = 0; i < texts.size(); i += 7) {
            String whole = trainer.wholeText(texts.get(i).text());
            if (whole.isBlank()) {
                continue;
            }
            float[] embedding = trainer.embed(whole);
            assertThat(committed.probabilities(embedding))
                    .as(
                            "run ./bot train: the shipped head differs on: %s",
                            texts.get(i).text())
                    .containsExactly(fresh.probabilities(embedding), Offset.offset(1e-4));
        }
    }

    private static RiskHead committed() throws IOException {
        try (InputStream in = Files.newInputStream(MODELS.resolve("risk-head.txt"))) {
            return RiskHead.read(in);
        }
    }
}
