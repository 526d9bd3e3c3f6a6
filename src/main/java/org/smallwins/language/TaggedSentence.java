package org.smallwins.language;

import java.util.List;

/**
 * One sentence as OpenNLP sees it: its tokens, their Universal Dependencies POS tags, and whether a space
 * stood before each token in the original text (so the words can be put back together as written).
 */
public record TaggedSentence(List<String> tokens, List<String> tags, List<Boolean> spaceBefore) {
    public TaggedSentence {
        tokens = List.copyOf(tokens);
        tags = List.copyOf(tags);
        spaceBefore = List.copyOf(spaceBefore);
        if (tokens.size() != tags.size() || tokens.size() != spaceBefore.size()) {
            throw new IllegalArgumentException("tokens, tags and spaces differ in length: " + tokens.size() + ", "
                    + tags.size() + ", " + spaceBefore.size());
        }
    }

    public int size() {
        return tokens.size();
    }

    /** The token at {@code i}, lower-cased, or the empty string when {@code i} is out of range. */
    public String word(int i) {
        return i >= 0 && i < tokens.size() ? TextNormaliser.fold(tokens.get(i)) : "";
    }

    /** The UD tag at {@code i}, or the empty string when {@code i} is out of range. */
    public String tag(int i) {
        return i >= 0 && i < tags.size() ? tags.get(i) : "";
    }
}
