package org.smallwins.language;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.doccat.BagOfWordsFeatureGenerator;
import opennlp.tools.doccat.DoccatFactory;
import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.doccat.DocumentCategorizerME;
import opennlp.tools.doccat.DocumentSample;
import opennlp.tools.doccat.FeatureGenerator;
import opennlp.tools.doccat.NGramFeatureGenerator;
import opennlp.tools.util.CollectionObjectStream;
import opennlp.tools.util.TrainingParameters;

/**
 * Trains the baseline categorizer from the corpus: maximum entropy over words and word pairs. Training is
 * deterministic (same corpus, same model), which lets a test check the shipped model against its corpus.
 */
public final class BaselineTrainer {
    private final NlpPipeline nlp;

    public BaselineTrainer(NlpPipeline nlp) {
        this.nlp = nlp;
    }

    public DoccatModel train(List<CorpusLine> corpus) {
        List<DocumentSample> samples = new ArrayList<>();
        for (CorpusLine line : corpus) {
            samples.add(new DocumentSample(line.baseline().name(), BaselineClassifier.features(nlp.tag(line.text()))));
        }
        TrainingParameters parameters = TrainingParameters.defaultParams();
        parameters.put(TrainingParameters.CUTOFF_PARAM, 1); // a small corpus: keep words seen once
        parameters.put(TrainingParameters.ITERATIONS_PARAM, 200);
        parameters.put(TrainingParameters.THREADS_PARAM, 1);
        try {
            DoccatFactory factory = new DoccatFactory(
                    new FeatureGenerator[] {new BagOfWordsFeatureGenerator(), new NGramFeatureGenerator(2, 2)});
            return DocumentCategorizerME.train("en", new CollectionObjectStream<>(samples), parameters, factory);
        } catch (IOException e) {
            throw new UncheckedIOException("Training the baseline categorizer failed", e);
        }
    }

    /** An analyzer that uses {@code model} instead of the shipped one (for evaluation). */
    public TextAnalyzer analyzerWith(DoccatModel model) {
        return new OpenNlpAnalyzer(nlp, new BaselineClassifier(java.util.Optional.of(model)));
    }
}
