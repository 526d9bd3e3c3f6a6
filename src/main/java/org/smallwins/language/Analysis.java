package org.smallwins.language;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What the language analysis found in one message: the minimising and demand cue words (lower case,
 * in order of appearance), the baseline in use, the tagged sentences and minimiser positions the
 * reframe works from, which sentences (by index) make a demand, and what kind of answer it is. Only a
 * {@link Stance#WIN} has minimisers: in any other kind "only" or "still" shrinks no achievement.
 */
public record Analysis(
        String text,
        List<String> minimising,
        List<String> demands,
        Baseline baseline,
        List<TaggedSentence> sentences,
        List<Span> minimiserSpans,
        Set<Integer> demandSentences,
        Stance stance) {
    public Analysis {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(baseline, "baseline");
        Objects.requireNonNull(stance, "stance");
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

    /** True for a win: something the person did, felt or noticed, which a reply may give back in their words. */
    public boolean isWin() {
        return stance == Stance.WIN;
    }

    /** True when nothing was detected: a win with no minimiser, no demand and no baseline. */
    public boolean isPlain() {
        return isWin() && minimising.isEmpty() && demands.isEmpty() && baseline == Baseline.NONE;
    }
}
