package org.smallwins.language;

import java.util.ArrayList;
import java.util.List;
import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.doccat.DocumentSample;

/**
 * Trains the baseline categorizer from the corpus ({@link Categorizers}). Training is deterministic
 * (same corpus, same model), which lets a test check the shipped model against its corpus.
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
        return Categorizers.train(samples, "baseline");
    }
}
