package org.smallwins.safety;

import java.util.List;
import java.util.Set;

/**
 * One position of a lexicon pattern: a set of exact words and word stems ({@code harm*}); a negated set
 * ({@code !off|away}: any word but these, including the end of the sentence); {@code _}, the end of a
 * sentence or a punctuation mark; or a gap that lets up to {@link #MAX_GAP} other words stand between
 * its neighbours.
 */
record Term(Set<String> words, List<String> stems, boolean gap, boolean negated) {
    static final int MAX_GAP = 3;
    static final Term GAP = new Term(Set.of(), List.of(), true, false);

    Term {
        words = Set.copyOf(words);
        stems = List.copyOf(stems);
    }

    /** Parses {@code a|b*|c}; {@code !a|b} negates; {@code ~} is the gap. */
    static Term parse(String spec) {
        if (spec.equals("~")) {
            return GAP;
        }
        if (spec.startsWith("!")) {
            Term positive = parse(spec.substring(1));
            return new Term(positive.words(), positive.stems(), false, true);
        }
        Set<String> exact = new java.util.HashSet<>();
        List<String> stems = new java.util.ArrayList<>();
        for (String alternative : spec.split("\\|")) {
            if (alternative.isEmpty() || alternative.equals("*")) {
                throw new IllegalArgumentException("empty alternative in lexicon term '" + spec + "'");
            }
            if (!alternative.matches("[a-z0-9]+\\*?|_")) {
                // Messages are matched with contractions spelled out ("don't" → "do not"): such a term never matches.
                throw new IllegalArgumentException(
                        "lexicon term '" + alternative + "' must be lower-case letters or digits");
            }
            if (alternative.endsWith("*")) {
                stems.add(alternative.substring(0, alternative.length() - 1));
            } else {
                exact.add(alternative);
            }
        }
        return new Term(exact, stems, false, false);
    }

    boolean matches(String word) {
        return negated != listed(word);
    }

    private boolean listed(String word) {
        if (words.contains(word)) {
            return true;
        }
        for (String stem : stems) {
            if (word.startsWith(stem)) {
                return true;
            }
        }
        return false;
    }
}
