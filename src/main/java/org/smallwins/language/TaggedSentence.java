package org.smallwins.language;

import java.util.List;
import java.util.Locale;

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
        if (i < 0 || i >= tokens.size()) {
            return "";
        }
        String token = tokens.get(i);
        // The detectors ask for words thousands of times an answer: printable ASCII needs no clean-up.
        return printableAscii(token) ? token.toLowerCase(Locale.ROOT) : TextNormaliser.fold(token);
    }

    private static boolean printableAscii(String token) {
        for (int k = 0; k < token.length(); k++) {
            char c = token.charAt(k);
            if (c < 0x20 || c > 0x7e || c == '`') {
                return false;
            }
        }
        return true;
    }

    /** The UD tag at {@code i}, or the empty string when {@code i} is out of range. */
    public String tag(int i) {
        return i >= 0 && i < tags.size() ? tags.get(i) : "";
    }
}
