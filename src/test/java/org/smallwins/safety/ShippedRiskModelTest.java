package org.smallwins.safety;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.doccat.DoccatModel;
import org.junit.jupiter.api.Test;
import org.smallwins.language.CorpusLine;
import org.smallwins.testing.Fixtures;

/** The committed risk categorizer is the one ./bot train makes from the committed corpora and lexicon. */
class ShippedRiskModelTest {
    @Test
    void theCommittedRiskModelMatchesItsCorpus() throws IOException {
        List<RiskTrainer.Labelled> corpus =
                new ArrayList<>(RiskTrainer.Labelled.read(Path.of("nlp-models/corpus/risk.tsv")));
        CorpusLine.read(Path.of("nlp-models/corpus/analysis.tsv"))
                .forEach(a -> corpus.add(new RiskTrainer.Labelled(RiskLevel.NONE, a.text())));
        RiskTrainer trainer = new RiskTrainer(Fixtures.nlp());
        RiskModel fresh = new RiskModel(trainer.train(corpus));
        RiskModel committed;
        try (InputStream in = Files.newInputStream(Path.of("nlp-models/risk-doccat.bin"))) {
            committed = new RiskModel(new DoccatModel(in));
        }
        RiskCheck lexicon = RiskCheck.lexiconOnly(Fixtures.nlp());
        for (RiskTrainer.Labelled line : corpus) {
            for (List<String> words : lexicon.visibleSentences(line.text())) {
                assertThat(committed.urgentAndConcern(words))
                        .as("run ./bot train: the shipped risk model differs on: %s", line.text())
                        .containsExactly(fresh.urgentAndConcern(words), org.assertj.core.data.Offset.offset(1e-9));
            }
        }
    }
}
