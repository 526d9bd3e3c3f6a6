package org.smallwins.language;

/** Small helpers over tagged sentences shared by the cue detectors. */
final class Cue {
    private Cue() {}

    /** True when the words from {@code start} spell {@code phrase} (lower case, space-separated). */
    static boolean phraseAt(TaggedSentence s, int start, String phrase) {
        // Word by word along the phrase, without splitting it: this runs for every word and every cue.
        int from = 0;
        for (int k = start; ; k++) {
            int space = phrase.indexOf(' ', from);
            int end = space < 0 ? phrase.length() : space;
            String word = Cue.bare(s.word(k));
            if (word.length() != end - from || !phrase.startsWith(word, from)) {
                return false;
            }
            if (space < 0) {
                return true;
            }
            from = space + 1;
        }
    }

    /** A word without apostrophes, so "don't" and "dont" read alike. */
    static String bare(String word) {
        return word.replace("'", "");
    }

    /** True for I, me, I'm, I've, I'd, I'll, myself, my (the person speaking of themselves). */
    static boolean firstPerson(String word) {
        String w = bare(word);
        return w.equals("i")
                || w.equals("im")
                || w.equals("ive")
                || w.equals("id")
                || w.equals("ill") && word.contains("'")
                || w.equals("me")
                || w.equals("myself")
                || w.equals("my");
    }

    /** The sentence's words without apostrophes, each with a space either side, for phrase matching. */
    static String padded(TaggedSentence s) {
        StringBuilder text = new StringBuilder(" ");
        for (int i = 0; i < s.size(); i++) {
            String word = bare(s.word(i));
            // "must've" is one token; spelt out, it reads like "must have" to the phrase lists.
            text.append(word.endsWith("ve") && MODALS_WITH_HAVE.contains(word) ? word.replace("ve", " have") : word)
                    .append(' ');
        }
        return text.toString();
    }

    private static final java.util.Set<String> MODALS_WITH_HAVE =
            java.util.Set.of("mustve", "shouldve", "couldve", "wouldve");

    static boolean isQuestion(TaggedSentence s) {
        return s.size() > 0 && s.tokens().get(s.size() - 1).endsWith("?");
    }
}
