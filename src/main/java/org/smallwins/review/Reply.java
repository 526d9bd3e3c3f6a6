package org.smallwins.review;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One message back to the person: text with optional choices to tap or type, or a file (an image or a
 * document) with the text as its caption.
 */
public record Reply(String text, List<Choice> choices, Optional<Attachment> attachment) {
    public Reply {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(attachment, "attachment");
        if (text.isBlank()) {
            throw new IllegalArgumentException("a reply has text");
        }
        choices = List.copyOf(choices);
    }

    public Reply(String text, List<Choice> choices) {
        this(text, choices, Optional.empty());
    }

    public static Reply of(String text) {
        return new Reply(text, List.of());
    }

    public static Reply of(String text, Choice... choices) {
        return new Reply(text, List.of(choices));
    }

    /** A file with a caption. */
    public static Reply file(String caption, Attachment attachment) {
        return new Reply(caption, List.of(), Optional.of(attachment));
    }
}
