package org.smallwins.review;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The chat commands of DESIGN.md, plus {@code /later} which only choices send. */
enum Command {
    START,
    REVIEW,
    SKIP,
    CANCEL,
    LATER,
    HISTORY,
    SUMMARY,
    PROGRESS,
    SETTINGS,
    SCHEDULE,
    PAUSE,
    RESUME,
    HELP,
    PRIVACY,
    EXPORT,
    DELETE;

    String slash() {
        return "/" + name().toLowerCase(Locale.ROOT);
    }

    /** A parsed command line: the command (empty when unknown), the word as typed, and its arguments. */
    record Line(Optional<Command> command, String typed, String arguments) {}

    /** Parses {@code /name[@bot] [arguments]}; empty when the text is not a command at all. */
    static Optional<Line> parse(String text) {
        String trimmed = text.strip();
        if (!trimmed.startsWith("/") || trimmed.length() < 2 || !Character.isLetter(trimmed.charAt(1))) {
            return Optional.empty();
        }
        String[] parts = trimmed.split("\\s+", 2);
        String typed = parts[0];
        String name = typed.substring(1).replaceFirst("@.*$", "").toUpperCase(Locale.ROOT);
        Optional<Command> command =
                Arrays.stream(values()).filter(c -> c.name().equals(name)).findFirst();
        return Optional.of(new Line(command, typed, parts.length > 1 ? parts[1] : ""));
    }
}
