package org.smallwins.safety;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** A run of {@link Term}s that must appear in order within one sentence, gaps allowed where written. */
record Phrase(List<Term> terms) {
    Phrase {
        terms = List.copyOf(terms);
        if (terms.isEmpty() || terms.get(0).gap() || terms.get(terms.size() - 1).gap()) {
            throw new IllegalArgumentException("a phrase must start and end with a word");
        }
    }

    static Phrase parse(String spec) {
        List<Term> terms = new ArrayList<>();
        for (String part : spec.trim().split("\\s+")) {
            terms.add(Term.parse(part));
        }
        return new Phrase(terms);
    }

    private static final int[] NONE = new int[0];

    /** Positions of the first match in {@code words}, or an empty array when there is none. */
    int[] find(List<String> words) {
        Term first = terms.get(0); // never a gap
        int[] at = null;
        for (int start = 0; start < words.size(); start++) {
            if (!first.matches(words.get(start))) {
                continue; // most starts fail here: no need to set anything up for them
            }
            if (at == null) {
                at = new int[terms.size()];
            }
            Arrays.fill(at, -1);
            if (matchFrom(words, start, 0, at)) {
                return Arrays.stream(at).filter(i -> i >= 0).toArray();
            }
        }
        return NONE;
    }

    private boolean matchFrom(List<String> words, int position, int termIndex, int[] at) {
        if (termIndex == terms.size()) {
            return true;
        }
        Term term = terms.get(termIndex);
        if (term.gap()) {
            for (int skip = 0; skip <= Term.MAX_GAP; skip++) {
                if (matchFrom(words, position + skip, termIndex + 1, at)) {
                    return true;
                }
            }
            return false;
        }
        if (position >= words.size() || !term.matches(words.get(position))) {
            return false;
        }
        at[termIndex] = position;
        if (matchFrom(words, position + 1, termIndex + 1, at)) {
            return true;
        }
        at[termIndex] = -1;
        return false;
    }
}
