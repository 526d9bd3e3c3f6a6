package org.smallwins.reframe;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.smallwins.language.Analysis;
import org.smallwins.language.TaggedSentence;
import org.smallwins.language.TextNormaliser;

/**
 * Rebuilds a person's sentence without its minimisers, in their own words, and turns it to the second
 * person for the reply ("I only managed one email" → "you managed one email").
 */
final class OwnWords {
    private static final Map<String, String> PRONOUNS = Map.ofEntries(
            Map.entry("i", "you"), Map.entry("me", "you"), Map.entry("my", "your"), Map.entry("mine", "yours"),
            Map.entry("myself", "yourself"), Map.entry("i'm", "you're"), Map.entry("im", "you're"),
            Map.entry("i've", "you've"), Map.entry("ive", "you've"), Map.entry("i'd", "you'd"),
            Map.entry("i'll", "you'll"));
    /** The verb agrees with its new subject: "I was" → "you were". */
    private static final Map<String, String> VERB_AFTER_I =
            Map.of("am", "are", "was", "were", "wasn't", "weren't", "wasnt", "weren't");
    /** Linking words left dangling once a dismissive phrase is gone ("it was nothing special, but …"). */
    private static final Set<String> DANGLING = Set.of("it", "was", "is", "it's", "its", "that", "that's", "thats",
            "but", "and", ",", "-", "–", "though", "really", "honestly", "so", "well", "probably", "a", "bit", "i", "know");
    private static final Set<String> NO_SPACE_BEFORE = Set.of(".", ",", "!", "?", ";", ":", ")", "n't", "'s", "'m", "'re", "'ve", "'ll", "'d");

    private OwnWords() {}

    /** The first sentence that carries a minimiser (or the first sentence), minimisers removed, first person kept. */
    static String withoutMinimisers(Analysis analysis) {
        if (analysis.sentences().isEmpty()) {
            return "";
        }
        int index = analysis.minimiserSpans().isEmpty() ? 0 : analysis.minimiserSpans().get(0).sentence();
        return join(keptTokens(analysis, index));
    }

    /**
     * The sentences that carry a win, minimisers removed, first person kept: for the summary, in the
     * person's words. A sentence that is only a demand on oneself ("I should be over this") is no win.
     */
    static String winSentences(Analysis analysis) {
        List<String> sentences = new ArrayList<>();
        for (int i = 0; i < analysis.sentences().size(); i++) {
            if (analysis.demandSentences().contains(i)) {
                continue;
            }
            String sentence = join(keptTokens(analysis, i));
            if (!sentence.isEmpty()) {
                sentences.add(sentence);
            }
        }
        return String.join(" ", sentences);
    }

    /** {@link #withoutMinimisers} turned to the second person, without closing punctuation. */
    static String secondPerson(Analysis analysis) {
        if (analysis.sentences().isEmpty()) {
            return "";
        }
        int index = analysis.minimiserSpans().isEmpty() ? 0 : analysis.minimiserSpans().get(0).sentence();
        List<String> tokens = new ArrayList<>();
        boolean previousWasI = false;
        for (String token : keptTokens(analysis, index)) {
            String folded = TextNormaliser.fold(token);
            String swapped = PRONOUNS.get(folded);
            if (swapped == null && previousWasI) {
                swapped = VERB_AFTER_I.get(folded);
            }
            tokens.add(swapped != null ? swapped : token);
            previousWasI = folded.equals("i");
        }
        while (!tokens.isEmpty() && tokens.get(tokens.size() - 1).matches("\\p{Punct}+")) {
            tokens.remove(tokens.size() - 1);
        }
        return join(tokens);
    }

    private static List<String> keptTokens(Analysis analysis, int index) {
        TaggedSentence sentence = analysis.sentences().get(index);
        List<String> kept = new ArrayList<>();
        boolean droppedPhrase = false;
        for (int t = 0; t < sentence.size(); t++) {
            final int token = t;
            boolean minimiser = analysis.minimiserSpans().stream().anyMatch(span -> span.covers(index, token));
            if (minimiser) {
                droppedPhrase |= analysis.minimiserSpans().stream()
                        .anyMatch(span -> span.covers(index, token) && span.end() - span.start() > 1);
                continue;
            }
            kept.add(sentence.tokens().get(t));
        }
        if (droppedPhrase) {
            trimDangling(kept);
        }
        return kept;
    }

    /** After "it was nothing special, but I went" loses its phrase, "it was , but" goes too. */
    private static void trimDangling(List<String> tokens) {
        while (!tokens.isEmpty() && DANGLING.contains(tokens.get(0).toLowerCase(Locale.ROOT))
                && tokens.size() > 2) {
            tokens.remove(0);
        }
    }

    static String join(List<String> tokens) {
        StringBuilder out = new StringBuilder();
        for (String token : tokens) {
            if (out.length() > 0 && !NO_SPACE_BEFORE.contains(token.toLowerCase(Locale.ROOT))) {
                out.append(' ');
            }
            out.append(token);
        }
        return out.toString().strip();
    }
}
