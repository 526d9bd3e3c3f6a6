package org.smallwins.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import opennlp.tools.doccat.DoccatModel;
import org.junit.jupiter.api.Test;
import org.smallwins.testing.Fixtures;

/** The committed model is the one ./bot train makes from the committed corpus. */
class ShippedModelTest {
    @Test
    void theCommittedModelMatchesItsCorpus() throws IOException {
        List<CorpusLine> corpus = CorpusLine.read(Path.of("nlp-models/corpus/analysis.tsv"));
        DoccatModel retrained = new BaselineTrainer(Fixtures.nlp()).train(corpus);
        DoccatModel committed;
        try (InputStream in = Files.newInputStream(Path.of("nlp-models/baseline-doccat.bin"))) {
            committed = new DoccatModel(in);
        }

        // The whole model as OpenNLP writes it (outcomes, features, weights), not the zip around it, whose
        // bytes change with every ./bot train.
        assertThat(parameters(committed))
                .as("run ./bot train: nlp-models/baseline-doccat.bin differs from what corpus/analysis.tsv trains")
                .isEqualTo(parameters(retrained));
    }

    @Test
    void theCommittedStanceModelMatchesItsCorpora() throws IOException {
        List<StanceLine> corpus = new java.util.ArrayList<>(HeldOutModels.kinds());
        corpus.addAll(HeldOutModels.stanceOfAnswers());
        DoccatModel retrained = new StanceTrainer(Fixtures.nlp()).train(corpus);
        DoccatModel committed;
        try (InputStream in = Files.newInputStream(Path.of("nlp-models/stance-doccat.bin"))) {
            committed = new DoccatModel(in);
        }

        assertThat(parameters(committed))
                .as("run ./bot train: nlp-models/stance-doccat.bin differs from what its corpora train")
                .isEqualTo(parameters(retrained));
    }

    @Test
    void trainingIsDeterministic() {
        List<CorpusLine> sample;
        try {
            sample = CorpusLine.read(Path.of("nlp-models/corpus/analysis.tsv")).subList(0, 120);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        BaselineTrainer trainer = new BaselineTrainer(Fixtures.nlp());
        assertThat(parameters(trainer.train(sample))).isEqualTo(parameters(trainer.train(sample)));
    }

    private static byte[] parameters(DoccatModel model) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            model.getMaxentModel().getNumOutcomes();
            new opennlp.tools.ml.maxent.io.BinaryGISModelWriter(
                            (opennlp.tools.ml.model.AbstractModel) model.getMaxentModel(),
                            new java.io.DataOutputStream(out))
                    .persist();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        return out.toByteArray();
    }
}
