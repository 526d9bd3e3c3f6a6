package org.smallwins.language;

import java.util.List;

/** One sentence as OpenNLP sees it: its tokens and their Universal Dependencies POS tags, index for index. */
public record TaggedSentence(List<String> tokens, List<String> tags) {
    public TaggedSentence {
        tokens = List.copyOf(tokens);
        tags = List.copyOf(tags);
        if (tokens.size() != tags.size()) {
            throw new IllegalArgumentException(
                    "tokens and tags differ in length: " + tokens.size() + " vs " + tags.size());
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
