package org.smallwins.language;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.doccat.DocumentCategorizerME;

/**
 * Tells which measuring stick a message uses. Explicit cues win when they name a single stick; otherwise
 * the OpenNLP document categorizer trained on {@code nlp-models/corpus} decides, and a demand with no
 * other sign of a stick counts as the ideal-future one.
 */
final class BaselineClassifier {
    static final String MODEL_RESOURCE = "nlp-models/baseline-doccat.bin";
    /** Below this the categorizer's best guess is not trusted and NONE is reported. */
    private static final double MIN_CONFIDENCE = 0.7;

    private final Optional<DoccatModel> model;

    BaselineClassifier(Optional<DoccatModel> model) {
        this.model = model;
    }

    /** With the model shipped in the jar, or cues alone when it is missing (reported once by the caller). */
    static BaselineClassifier shipped() {
        return new BaselineClassifier(Categorizers.findShipped(MODEL_RESOURCE));
    }

    boolean hasModel() {
        return model.isPresent();
    }

    Baseline classify(List<TaggedSentence> sentences, boolean hasDemand) {
        Map<Baseline, Integer> cues = BaselineCues.count(sentences);
        if (cues.size() == 1) {
            return cues.keySet().iterator().next();
        }
        Baseline guess = categorize(sentences).orElse(Baseline.NONE);
        if (cues.size() > 1 && !cues.containsKey(guess)) {
            // Several sticks named and the model picked none of them: recent change is what we ask about.
            guess = cues.containsKey(Baseline.FAIR_CURRENT) ? Baseline.FAIR_CURRENT : Baseline.HISTORICAL;
        }
        if (guess == Baseline.NONE && hasDemand) {
            return Baseline.IDEAL_FUTURE;
        }
        return guess;
    }

    private Optional<Baseline> categorize(List<TaggedSentence> sentences) {
        if (model.isEmpty() || sentences.isEmpty()) {
            return Optional.empty();
        }
        String[] words = features(sentences);
        // A categorizer instance per call: DocumentCategorizerME is not thread-safe, and it is cheap to make.
        DocumentCategorizerME categorizer = new DocumentCategorizerME(model.get());
        double[] outcome = categorizer.categorize(words);
        String best = categorizer.getBestCategory(outcome);
        double confidence = outcome[categorizer.getIndex(best)];
        return confidence < MIN_CONFIDENCE ? Optional.of(Baseline.NONE) : Optional.of(Baseline.valueOf(best));
    }

    /** The words the categorizer sees: folded tokens, without apostrophes, of every sentence. */
    static String[] features(List<TaggedSentence> sentences) {
        List<String> words = new ArrayList<>();
        for (TaggedSentence s : sentences) {
            for (int i = 0; i < s.size(); i++) {
                words.add(Cue.bare(s.word(i)));
            }
        }
        return words.toArray(String[]::new);
    }
}
