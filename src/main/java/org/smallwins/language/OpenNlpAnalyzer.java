package org.smallwins.language;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The {@link TextAnalyzer} built on the OpenNLP pipeline, the cue detectors and the baseline categorizer. */
public final class OpenNlpAnalyzer implements TextAnalyzer {
    private final NlpPipeline nlp;
    private final MinimisingDetector minimising = new MinimisingDetector();
    private final DemandDetector demands = new DemandDetector();
    private final BaselineClassifier baseline;

    OpenNlpAnalyzer(NlpPipeline nlp, BaselineClassifier baseline) {
        this.nlp = nlp;
        this.baseline = baseline;
    }

    /** The analyzer with the baseline model shipped in the jar. */
    public static OpenNlpAnalyzer shipped(NlpPipeline nlp) {
        BaselineClassifier classifier = BaselineClassifier.shipped();
        if (!classifier.hasModel()) {
            throw new IllegalStateException(BaselineClassifier.MODEL_RESOURCE + " is missing: run ./bot train");
        }
        return new OpenNlpAnalyzer(nlp, classifier);
    }

    @Override
    public Analysis analyze(String text) {
        List<TaggedSentence> sentences = nlp.tag(text);
        List<String> minimisers = new ArrayList<>();
        List<Span> spans = new ArrayList<>();
        List<String> demandCues = new ArrayList<>();
        Set<Integer> demandSentences = new HashSet<>();
        for (int i = 0; i < sentences.size(); i++) {
            for (MinimisingDetector.Found found : minimising.find(sentences.get(i))) {
                minimisers.add(found.cue());
                spans.add(new Span(i, found.start(), found.end()));
            }
            List<String> found = demands.find(sentences.get(i));
            if (!found.isEmpty()) {
                demandCues.addAll(found);
                demandSentences.add(i);
            }
        }
        Baseline stick = baseline.classify(sentences, !demandCues.isEmpty());
        return new Analysis(
                TextNormaliser.clean(text), minimisers, demandCues, stick, sentences, spans, demandSentences);
    }
}
