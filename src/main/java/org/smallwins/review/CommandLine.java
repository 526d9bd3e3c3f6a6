package org.smallwins.review;

import java.util.Locale;
import java.util.Optional;

/**
 * A message that is a command: {@code /name[@bot] [arguments]}.
 *
 * @param name the command's name in lower case, without the slash or a bot's name
 * @param typed the first word as the person typed it
 * @param arguments the rest of the line, stripped
 */
record CommandLine(String name, String typed, String arguments) {
    /** The command in {@code text}; empty when the text is not a command at all. */
    static Optional<CommandLine> parse(String text) {
        String trimmed = text.strip();
        if (!trimmed.startsWith("/") || trimmed.length() < 2 || !Character.isLetter(trimmed.charAt(1))) {
            return Optional.empty();
        }
        String[] parts = trimmed.split("\\s+", 2);
        String typed = parts[0];
        String name = typed.substring(1).replaceFirst("@.*$", "").toLowerCase(Locale.ROOT);
        return Optional.of(new CommandLine(name, typed, parts.length > 1 ? parts[1].strip() : ""));
    }
}
