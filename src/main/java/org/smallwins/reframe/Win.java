package org.smallwins.reframe;

import java.util.Objects;

/** A win as the person wrote it, with the question it answered (1 to 5). */
public record Win(int question, String text) {
    public Win {
        Objects.requireNonNull(text, "text");
        if (question < 1 || question > 5) {
            throw new IllegalArgumentException("question must be 1..5, got " + question);
        }
    }
}
