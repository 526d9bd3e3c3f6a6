package org.smallwins.review;

import java.util.List;
import java.util.Objects;

/** One message back to the person: text and, optionally, choices to tap or type. */
public record Reply(String text, List<Choice> choices) {
    public Reply {
        Objects.requireNonNull(text, "text");
        if (text.isBlank()) {
            throw new IllegalArgumentException("a reply has text");
        }
        choices = List.copyOf(choices);
    }

    public static Reply of(String text) {
        return new Reply(text, List.of());
    }

    public static Reply of(String text, Choice... choices) {
        return new Reply(text, List.of(choices));
    }
}
