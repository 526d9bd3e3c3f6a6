package org.smallwins.safety;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a long message into stretches the sentence detector reads whole (it stops at 8,192 characters),
 * at a line break or a sentence's end where there is one, so that nothing a person wrote goes unread.
 * Where a stretch has to be cut between two words, the next one starts {@value #OVERLAP} characters
 * earlier, so that a phrase across the cut is still read whole.
 */
final class TextChunks {
    /** Well under the pipeline's limit; also about one Telegram message (4,096 characters). */
    static final int MAX = 4_000;

    static final int OVERLAP = 200;

    private TextChunks() {}

    static List<String> split(String text) {
        List<String> chunks = new ArrayList<>();
        String rest = text == null ? "" : text;
        while (rest.length() > MAX) {
            int end = sentenceEnd(rest);
            int next = end;
            if (end < 0) {
                end = wordEnd(rest);
                int space = rest.lastIndexOf(' ', end - OVERLAP);
                next = space > end - 2 * OVERLAP ? space + 1 : end;
            }
            chunks.add(rest.substring(0, end));
            rest = rest.substring(next);
        }
        chunks.add(rest);
        return chunks;
    }

    /** Just after the last line break or sentence end in the second half of the window, or -1. */
    private static int sentenceEnd(String text) {
        String window = text.substring(0, MAX);
        int at = window.lastIndexOf('\n');
        if (at < MAX / 2) {
            at = Math.max(Math.max(window.lastIndexOf(". "), window.lastIndexOf("! ")), window.lastIndexOf("? "));
        }
        return at < MAX / 2 ? -1 : at + 1;
    }

    /** Just after the last space in the window, else at the window's end (never inside a surrogate pair). */
    private static int wordEnd(String text) {
        int at = text.lastIndexOf(' ', MAX - 1);
        if (at >= MAX / 2) {
            return at + 1;
        }
        return Character.isHighSurrogate(text.charAt(MAX - 1)) ? MAX - 1 : MAX;
    }
}
