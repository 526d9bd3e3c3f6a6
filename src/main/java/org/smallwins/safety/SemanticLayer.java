package org.smallwins.safety;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The risk check's second layer: every sentence, and the text whole, embedded and scored by the
 * {@link RiskHead}, with no keyword gate in front, so that risk put in words no rule foresaw is still
 * seen. Idioms are already gone from what it reads ({@link Sentence#modelText()}). It can only raise the
 * lexicon's level. A stretch read whole has a lower URGENT band than one sentence.
 */
final class SemanticLayer {
    private final RiskHead head;
    private final ScoreBands bands;
    private final Function<String, float[]> embedder;

    SemanticLayer(RiskHead head, ScoreBands bands, Function<String, float[]> embedder) {
        this.head = head;
        this.bands = bands;
        this.embedder = embedder;
    }

    /** The shipped head and bands over the shared embedder; fails fast when the head is missing. */
    static SemanticLayer shipped() {
        RiskHead head = RiskHead.findShipped()
                .orElseThrow(() -> new IllegalStateException(RiskHead.RESOURCE + " is missing: run ./bot train"));
        SentenceEmbedder embedder = SentenceEmbedder.shared();
        return new SemanticLayer(head, ScoreBands.load(), embedder::embed);
    }

    SemanticLayer withHead(RiskHead other) {
        return new SemanticLayer(other, bands, embedder);
    }

    /**
     * The highest level of any sentence of one stretch of text, or of the stretch whole. The readings are
     * independent, so a long stretch's are worked on side by side when a core is free ({@link SideBySide}).
     */
    RiskLevel level(List<Sentence> sentences) {
        Set<String> texts = distinctTexts(sentences);
        List<Supplier<RiskLevel>> readings = new ArrayList<>();
        texts.forEach(text -> readings.add(() -> level(text)));
        if (texts.size() > 1) {
            String whole = String.join(". ", texts);
            readings.add(() -> wholeLevel(whole));
        }
        return SideBySide.shared().highest(readings);
    }

    /** A stretch of several sentences read whole: its own URGENT band (see {@link ScoreBands}). */
    private RiskLevel wholeLevel(String text) {
        return bands.wholeLevel(probabilities(text));
    }

    /** What the model reads of a stretch of text whole: its sentences, idioms left out, each once. */
    static String wholeText(List<Sentence> sentences) {
        return String.join(". ", distinctTexts(sentences));
    }

    private static Set<String> distinctTexts(List<Sentence> sentences) {
        Set<String> texts = new LinkedHashSet<>();
        for (Sentence sentence : sentences) {
            if (!sentence.modelText().isBlank()) {
                texts.add(sentence.modelText());
            }
        }
        return texts;
    }

    RiskLevel level(String text) {
        return bands.level(probabilities(text));
    }

    double[] probabilities(String text) {
        if (!oneWord(text)) {
            return head.probabilities(embedder.apply(text));
        }
        double[] known = oneWords.get(text);
        if (known == null) {
            known = head.probabilities(embedder.apply(text));
            if (oneWords.size() < MAX_ONE_WORDS) {
                oneWords.put(text, known);
            }
        }
        return known.clone();
    }

    /**
     * A command or a button ("review", "skip", "imsafe") and a one-word answer ("nothing", "ok") come again
     * and again, and an embedding costs a millisecond or more: a single word's scores are kept (the word
     * alone, no person with it; at most {@link #MAX_ONE_WORDS} of them). The scores are the same either way.
     */
    private static boolean oneWord(String text) {
        return text.length() <= 24 && text.indexOf(' ') < 0 && text.indexOf(',') < 0;
    }

    private static final int MAX_ONE_WORDS = 4096;
    private final Map<String, double[]> oneWords = new ConcurrentHashMap<>();
}
