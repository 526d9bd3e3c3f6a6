package org.smallwins.reframe;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds where a reply gives a person's own words back to them in the second person: four or more of their
 * words in a row, "I" turned to "you". Runs of four that our own bundle already says ("a few weeks ago")
 * are the bot's words, not an echo.
 */
final class SecondPersonEcho {
    private static final Pattern WORD = Pattern.compile("[a-z0-9']+");
    private static final Map<String, String> TO_YOU = Map.ofEntries(
            Map.entry("i", "you"),
            Map.entry("me", "you"),
            Map.entry("my", "your"),
            Map.entry("mine", "yours"),
            Map.entry("myself", "yourself"),
            Map.entry("i'm", "you're"),
            Map.entry("im", "you're"),
            Map.entry("i've", "you've"),
            Map.entry("i'd", "you'd"),
            Map.entry("i'll", "you'll"),
            Map.entry("am", "are"),
            Map.entry("was", "were"));
    private static final String BUNDLE = " " + String.join(" ", words(bundle())) + " ";

    private SecondPersonEcho() {}

    /** The first run of four or more of the answer's words, in the second person, that the reply repeats. */
    static Optional<String> in(String answer, String reply) {
        List<String> said =
                words(answer).stream().map(w -> TO_YOU.getOrDefault(w, w)).toList();
        String replied = " " + String.join(" ", words(reply)) + " ";
        for (int i = 0; i + 4 <= said.size(); i++) {
            String run = " " + String.join(" ", said.subList(i, i + 4)) + " ";
            if (replied.contains(run) && !BUNDLE.contains(run)) {
                return Optional.of(run.strip());
            }
        }
        return Optional.empty();
    }

    private static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT).replace('\u2019', '\''));
        while (m.find()) {
            words.add(m.group());
        }
        return words;
    }

    private static String bundle() {
        try {
            return Files.readString(Path.of("config/messages.properties"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
