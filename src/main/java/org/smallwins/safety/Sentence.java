package org.smallwins.safety;

import java.util.List;

/**
 * One sentence as the risk check reads it: {@code words} for the lexicon (lower case, contractions spelled
 * out, idiom words and punctuation as {@link Words#BREAK}) and {@code modelText} for the semantic layer
 * (the same words with the idioms left out).
 */
record Sentence(List<String> words, String modelText) {
    Sentence {
        words = List.copyOf(words);
    }
}
