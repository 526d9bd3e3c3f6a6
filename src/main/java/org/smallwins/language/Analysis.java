package org.smallwins.language;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What the language analysis found in one message: the minimising and demand cue words (lower case,
 * in order of appearance), the baseline in use, and the tagged sentences and minimiser positions the
 * reframe works from, and which sentences (by index) make a demand.
 */
public record Analysis(
        String text,
        List<String> minimising,
        List<String> demands,
        Baseline baseline,
        List<TaggedSentence> sentences,
        List<Span> minimiserSpans,
        Set<Integer> demandSentences) {
    public Analysis {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(baseline, "baseline");
        minimising = List.copyOf(minimising);
        demands = List.copyOf(demands);
        sentences = List.copyOf(sentences);
        minimiserSpans = List.copyOf(minimiserSpans);
        demandSentences = Set.copyOf(demandSentences);
    }

    public boolean isMinimising() {
        return !minimising.isEmpty();
    }

    public boolean hasDemand() {
        return !demands.isEmpty();
    }

    /** True when nothing was detected: no minimiser, no demand, no baseline. */
    public boolean isPlain() {
        return minimising.isEmpty() && demands.isEmpty() && baseline == Baseline.NONE;
    }
}
