package org.smallwins.language;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import opennlp.tools.doccat.BagOfWordsFeatureGenerator;
import opennlp.tools.doccat.DoccatFactory;
import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.doccat.DocumentCategorizerME;
import opennlp.tools.doccat.DocumentSample;
import opennlp.tools.doccat.FeatureGenerator;
import opennlp.tools.doccat.NGramFeatureGenerator;
import opennlp.tools.util.CollectionObjectStream;
import opennlp.tools.util.InvalidFormatException;
import opennlp.tools.util.TrainingParameters;

/**
 * The one way our OpenNLP document categorizers (baseline and risk) are trained and loaded: maximum
 * entropy over words and word pairs, cutoff 1 (a small corpus keeps words seen once), 200 iterations,
 * one thread, so the same corpus always gives the same model.
 */
public final class Categorizers {
    private Categorizers() {}

    public static DoccatModel train(List<DocumentSample> samples, String what) {
        try {
            return DocumentCategorizerME.train(
                    "en", new CollectionObjectStream<>(samples), parameters(), new DoccatFactory(features()));
        } catch (IOException e) {
            throw new UncheckedIOException("Training the " + what + " categorizer failed", e);
        }
    }

    /** Cutoff 1, 200 iterations, one thread (so the same samples always give the same model). */
    static TrainingParameters parameters() {
        TrainingParameters parameters = TrainingParameters.defaultParams();
        parameters.put(TrainingParameters.CUTOFF_PARAM, 1);
        parameters.put(TrainingParameters.ITERATIONS_PARAM, 200);
        parameters.put(TrainingParameters.THREADS_PARAM, 1);
        return parameters;
    }

    /** Words and word pairs. */
    static FeatureGenerator[] features() {
        try {
            return new FeatureGenerator[] {new BagOfWordsFeatureGenerator(), new NGramFeatureGenerator(2, 2)};
        } catch (InvalidFormatException e) {
            throw new IllegalStateException("word pairs are a valid n-gram range", e);
        }
    }

    /** The model packed in the jar under {@code resource}, when it is there. */
    public static Optional<DoccatModel> findShipped(String resource) {
        try (InputStream in = Categorizers.class.getClassLoader().getResourceAsStream(resource)) {
            return in == null ? Optional.empty() : Optional.of(new DoccatModel(in));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + resource, e);
        }
    }
}
