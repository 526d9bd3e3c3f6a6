package org.smallwins.review;

import java.util.Objects;

/** A button-like option under a reply: the label a person sees and the command it sends. */
public record Choice(String label, String command) {
    public Choice {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(command, "command");
        if (!command.startsWith("/")) {
            throw new IllegalArgumentException("a choice sends a command, got: " + command);
        }
    }
}
