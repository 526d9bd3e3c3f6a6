package org.smallwins.language;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.doccat.DoccatCrossValidator;
import opennlp.tools.doccat.DoccatFactory;
import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.doccat.DocumentSample;
import opennlp.tools.util.CollectionObjectStream;

/**
 * Trains the stance categorizer from {@code corpus/stances.tsv} ({@link Categorizers}: deterministic, so a
 * test can check the shipped model against its corpus) and cross-validates it with OpenNLP's own
 * {@link DoccatCrossValidator}.
 */
public final class StanceTrainer {
    private final NlpPipeline nlp;

    public StanceTrainer(NlpPipeline nlp) {
        this.nlp = nlp;
    }

    public DoccatModel train(List<StanceLine> corpus) {
        return Categorizers.train(samples(corpus), "stance");
    }

    /** Document accuracy of the categorizer alone (no rules) in {@code folds}-fold cross-validation. */
    public double crossValidatedAccuracy(List<StanceLine> corpus, int folds) {
        DoccatCrossValidator validator =
                new DoccatCrossValidator("en", Categorizers.parameters(), new DoccatFactory(Categorizers.features()));
        try {
            validator.evaluate(new CollectionObjectStream<>(samples(corpus)), folds);
        } catch (IOException e) {
            throw new UncheckedIOException("Cross-validating the stance categorizer failed", e);
        }
        return validator.getDocumentAccuracy();
    }

    private List<DocumentSample> samples(List<StanceLine> corpus) {
        List<DocumentSample> samples = new ArrayList<>();
        for (StanceLine line : corpus) {
            samples.add(new DocumentSample(line.stance().name(), StanceClassifier.features(nlp.tag(line.text()))));
        }
        return samples;
    }
}
