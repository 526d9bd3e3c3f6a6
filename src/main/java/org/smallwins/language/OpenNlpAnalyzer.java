package org.smallwins.language;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import opennlp.tools.doccat.DoccatModel;

/**
 * The {@link TextAnalyzer} built on the OpenNLP pipeline, the cue detectors and the baseline and stance
 * categorizers. The stance comes first: it decides whether a minimiser shrinks a win and whether a
 * measuring stick is the person's own.
 */
public final class OpenNlpAnalyzer implements TextAnalyzer {
    private final NlpPipeline nlp;
    private final MinimisingDetector minimising = new MinimisingDetector();
    private final DemandDetector demands = new DemandDetector();
    private final BaselineClassifier baseline;
    private final StanceClassifier stance;

    OpenNlpAnalyzer(NlpPipeline nlp, BaselineClassifier baseline, StanceClassifier stance) {
        this.nlp = nlp;
        this.baseline = baseline;
        this.stance = stance;
    }

    /** The analyzer with the baseline and stance models shipped in the jar. */
    public static OpenNlpAnalyzer shipped(NlpPipeline nlp) {
        BaselineClassifier classifier = BaselineClassifier.shipped();
        if (!classifier.hasModel()) {
            throw new IllegalStateException(BaselineClassifier.MODEL_RESOURCE + " is missing: run ./bot train");
        }
        StanceClassifier stances = StanceClassifier.shipped()
                .orElseThrow(() ->
                        new IllegalStateException(StanceClassifier.MODEL_RESOURCE + " is missing: run ./bot train"));
        return new OpenNlpAnalyzer(nlp, classifier, stances);
    }

    /** An analyzer with the given models instead of the shipped ones (for evaluation and training). */
    public static OpenNlpAnalyzer with(NlpPipeline nlp, DoccatModel baselineModel, DoccatModel stanceModel) {
        return new OpenNlpAnalyzer(
                nlp, new BaselineClassifier(Optional.of(baselineModel)), new StanceClassifier(stanceModel));
    }

    @Override
    public Analysis analyze(String text) {
        List<TaggedSentence> sentences = nlp.tag(text);
        StanceClassifier.Reading reading = stance.classify(text, sentences);
        Stance kind = reading.stance();
        List<String> minimisers = new ArrayList<>();
        List<Span> spans = new ArrayList<>();
        List<String> demandCues = new ArrayList<>();
        Set<Integer> demandSentences = new HashSet<>();
        for (int i = 0; i < sentences.size(); i++) {
            if (kind == Stance.WIN) {
                for (MinimisingDetector.Found found : minimising.find(sentences.get(i))) {
                    minimisers.add(found.cue());
                    spans.add(new Span(i, found.start(), found.end()));
                }
            }
            List<String> found = demands.find(sentences.get(i));
            if (!found.isEmpty()) {
                demandCues.addAll(found);
                demandSentences.add(i);
            }
        }
        Baseline stick = measuringStick(reading, sentences, !demandCues.isEmpty());
        return new Analysis(
                TextNormaliser.clean(text), minimisers, demandCues, stick, sentences, spans, demandSentences, kind);
    }

    /**
     * Worry, blame and "nothing" measure the person against no stick. A comparison with other people is the
     * ideal-future stick only when it names the norm ("like everyone else") or makes a demand; it is never
     * the historical or the fair-current one. A harsh verdict ("I'm useless") names a stick only when its
     * words do: the categorizer's guess is not enough there.
     */
    private Baseline measuringStick(
            StanceClassifier.Reading reading, List<TaggedSentence> sentences, boolean hasDemand) {
        Map<Baseline, Integer> named = BaselineCues.count(sentences);
        return switch (reading.stance()) {
            case WORRY, OTHERS, NOTHING -> Baseline.NONE;
            case COMPARISON ->
                hasDemand || named.containsKey(Baseline.IDEAL_FUTURE) ? Baseline.IDEAL_FUTURE : Baseline.NONE;
            case SELF_CRITICISM ->
                !hasDemand && named.isEmpty() && reading.signs().judgesHarshly()
                        ? Baseline.NONE
                        : baseline.classify(sentences, hasDemand);
            case WIN -> baseline.classify(sentences, hasDemand);
        };
    }
}
