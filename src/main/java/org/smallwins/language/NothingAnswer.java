package org.smallwins.language;

import java.util.Set;

/** Recognises answers that say "nothing" or "I don't know", which the review meets gently. */
public final class NothingAnswer {
    private static final Set<String> PHRASES = Set.of(
            "nothing",
            "nothing really",
            "nothing at all",
            "nothing much",
            "not much",
            "nothing this week",
            "none",
            "no",
            "nope",
            "nah",
            "n/a",
            "na",
            "dunno",
            "idk",
            "no idea",
            "not sure",
            "i'm not sure",
            "i am not sure",
            "i don't know",
            "i dont know",
            "don't know",
            "dont know",
            "i do not know",
            "i can't think of anything",
            "i cant think of anything",
            "can't think of anything",
            "cant think of anything",
            "i didn't do anything",
            "i didnt do anything",
            "nothing comes to mind",
            "no clue",
            "not really",
            "i have no idea",
            "i've got nothing",
            "ive got nothing",
            "got nothing");

    private NothingAnswer() {}

    public static boolean matches(String text) {
        String folded = TextNormaliser.fold(text)
                .replaceAll("[^\\p{L}\\p{N}'/ ]", " ")
                .replaceAll("\\s+", " ")
                .strip();
        return PHRASES.contains(folded);
    }
}
