package org.smallwins.telegram;

import java.util.ArrayList;
import java.util.List;

/** Splits text into Telegram-sized messages, at a paragraph, line or word break where one is near. */
final class MessageSplitter {
    static final int MAX = 4_096;

    private MessageSplitter() {}

    static List<String> split(String text, int max) {
        List<String> parts = new ArrayList<>();
        String rest = text;
        while (rest.length() > max) {
            int cut = breakBefore(rest, max);
            parts.add(rest.substring(0, cut).strip());
            rest = rest.substring(cut).strip();
        }
        if (!rest.isBlank()) {
            parts.add(rest);
        }
        return parts;
    }

    private static int breakBefore(String text, int max) {
        for (String separator : List.of("\n\n", "\n", " ")) {
            int at = text.lastIndexOf(separator, max - 1);
            if (at > max / 2) {
                return at;
            }
        }
        // No break in the second half: cut hard, but never between the two halves of a surrogate pair.
        return Character.isLowSurrogate(text.charAt(max)) ? max - 1 : max;
    }
}
