package org.smallwins.reframe;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.smallwins.language.Analysis;
import org.smallwins.language.Span;
import org.smallwins.language.TaggedSentence;
import org.smallwins.language.TextNormaliser;

/**
 * Rebuilds a person's sentence without its minimisers, in their own words and spacing, and turns it to
 * the second person for the reply ("I only managed one email" → "you managed one email").
 */
public final class OwnWords {
    private static final Map<String, String> PRONOUNS = Map.ofEntries(
            Map.entry("i", "you"),
            Map.entry("me", "you"),
            Map.entry("my", "your"),
            Map.entry("mine", "yours"),
            Map.entry("myself", "yourself"),
            Map.entry("i'm", "you're"),
            Map.entry("im", "you're"),
            Map.entry("i've", "you've"),
            Map.entry("ive", "you've"),
            Map.entry("i'd", "you'd"),
            Map.entry("i'll", "you'll"),
            Map.entry("your", "my"),
            Map.entry("yours", "mine"),
            Map.entry("yourself", "myself"));
    /** The verb agrees with its new subject: "I was" → "you were". */
    private static final Map<String, String> VERB_AFTER_I =
            Map.of("am", "are", "was", "were", "wasn't", "weren't", "wasnt", "weren't");
    /** Adverbs that shrink an action; every other cue is a dismissive phrase ("nothing special"). */
    private static final Set<String> ADVERBS =
            Set.of("only", "just", "still", "merely", "barely", "hardly", "scarcely", "simply");
    /** Phrases that stand for the action itself: with them gone there is nothing left to give back. */
    private static final Set<String> WHOLE_ACTION =
            Set.of("hardly anything", "barely anything", "nothing much", "not much really", "not much of anything");
    /** Adverbs that turn "anything" into "nearly nothing": without them the sentence would turn round. */
    private static final Set<String> NEGATING = Set.of("hardly", "barely", "scarcely");
    /** Words that lean on a dismissive phrase and go with it: "I know it's pathetic, but" / ", which doesn't count". */
    private static final Set<String> LEANING_BEFORE = Set.of(
            ",",
            "-",
            "–",
            "it",
            "it's",
            "its",
            "is",
            "was",
            "that",
            "that's",
            "thats",
            "which",
            "so",
            "really",
            "honestly",
            "probably",
            "a",
            "bit",
            "know",
            "i",
            "this",
            "feels",
            "feel",
            "like",
            "kind",
            "of",
            "sort",
            "pretty",
            "quite",
            "but",
            "and",
            "though");

    private static final Set<String> LEANING_AFTER = Set.of(",", "-", "–", "but", "and", "though", "really", "anyway");
    private static final Set<String> JOINING = Set.of(",", "-", "–", "but", "and", "though");
    /** Words that start a demand; the echo stops before the clause that holds one. */
    private static final Set<String> DEMAND_WORDS =
            Set.of("should", "shouldn't", "shouldnt", "should've", "must", "ought", "supposed", "need", "needs");

    private static final Set<String> CLAUSE_STARTS =
            Set.of("when", "but", "and", ",", "though", "although", "while", "because", "whereas", "yet", "-", ";");

    private OwnWords() {}

    /**
     * The sentences that carry a win, minimisers removed, first person kept: for the summary, in the
     * person's words. A sentence that is only a demand on oneself ("I should be over this") is no win.
     */
    public static String winSentences(Analysis analysis) {
        List<String> sentences = new ArrayList<>();
        for (int i = 0; i < analysis.sentences().size(); i++) {
            if (analysis.demandSentences().contains(i)) {
                continue;
            }
            TaggedSentence sentence = analysis.sentences().get(i);
            List<Integer> kept = keptIndexes(analysis, i);
            String text = join(
                    sentence,
                    kept,
                    kept.stream().map(t -> sentence.tokens().get(t)).toList());
            if (TextNormaliser.hasWords(text)) {
                sentences.add(text);
            }
        }
        return String.join(" ", sentences);
    }

    /**
     * The sentence the reply echoes (the first with a minimiser, else the first) without minimisers, in the
     * second person, without leading bullets or closing punctuation; empty when nothing is left to echo.
     * A "you" the person wrote becomes "I" before a verb and "me" elsewhere.
     */
    static String secondPerson(Analysis analysis) {
        if (analysis.sentences().isEmpty() || analysis.minimising().stream().anyMatch(WHOLE_ACTION::contains)) {
            return "";
        }
        int index = analysis.minimiserSpans().isEmpty()
                ? 0
                : analysis.minimiserSpans().get(0).sentence();
        TaggedSentence sentence = analysis.sentences().get(index);
        if (sentence.tokens().stream().anyMatch(t -> t.equalsIgnoreCase("anything") || t.equalsIgnoreCase("any"))
                && analysis.minimising().stream().anyMatch(NEGATING::contains)) {
            return ""; // "I hardly did anything", "I barely did any work": without "hardly" it says the opposite
        }
        List<Integer> kept = trimPunctuation(
                sentence,
                withoutDemandClause(
                        sentence,
                        keptIndexes(analysis, index),
                        analysis.demandSentences().contains(index)));
        List<String> words = new ArrayList<>();
        String previous = "";
        for (int t : kept) {
            String token = sentence.tokens().get(t);
            String folded = TextNormaliser.fold(token);
            String swapped = PRONOUNS.get(folded);
            if (folded.equals("you")) {
                swapped = sentence.tag(t + 1).startsWith("VERB")
                                || sentence.tag(t + 1).startsWith("AUX")
                        ? "I"
                        : "me";
            }
            if (swapped == null && previous.equals("i")) {
                swapped = VERB_AFTER_I.get(folded);
            }
            words.add(swapped != null ? swapped : token);
            previous = folded;
        }
        return join(sentence, kept, words);
    }

    /** Token positions of sentence {@code index} that stay: minimisers go, and so do words leaning on a phrase. */
    private static List<Integer> keptIndexes(Analysis analysis, int index) {
        TaggedSentence sentence = analysis.sentences().get(index);
        boolean[] drop = new boolean[sentence.size()];
        for (int c = 0; c < analysis.minimiserSpans().size(); c++) {
            Span span = analysis.minimiserSpans().get(c);
            if (span.sentence() != index) {
                continue;
            }
            for (int t = span.start(); t < span.end(); t++) {
                drop[t] = true;
            }
            if (!ADVERBS.contains(analysis.minimising().get(c))) {
                for (int t = span.start() - 1; t >= 0 && LEANING_BEFORE.contains(sentence.word(t)); t--) {
                    drop[t] = true;
                }
                int t = span.end();
                for (; t < sentence.size() && LEANING_AFTER.contains(sentence.word(t)); t++) {
                    drop[t] = true;
                }
                // More follows ("which doesn't count, but it was hard"): the word that joins it stays, or
                // the two clauses would run together.
                if (t < sentence.size() && t > span.end() && JOINING.contains(sentence.word(t - 1))) {
                    drop[t - 1] = false;
                }
            }
        }
        List<Integer> kept = new ArrayList<>();
        for (int t = 0; t < sentence.size(); t++) {
            if (!drop[t]) {
                kept.add(t);
            }
        }
        return kept;
    }

    /**
     * "I did ten minutes when I should have done an hour" is echoed as "you did ten minutes": a demand is
     * never handed back as "you should". A sentence that is all demand is not echoed at all.
     */
    private static List<Integer> withoutDemandClause(TaggedSentence sentence, List<Integer> kept, boolean hasDemand) {
        if (!hasDemand) {
            return kept;
        }
        int demand = 0;
        while (demand < kept.size() && !DEMAND_WORDS.contains(sentence.word(kept.get(demand)))) {
            demand++;
        }
        for (int k = demand - 1; k > 0; k--) {
            if (CLAUSE_STARTS.contains(sentence.word(kept.get(k)))) {
                return kept.subList(0, k);
            }
        }
        return List.of();
    }

    private static List<Integer> trimPunctuation(TaggedSentence sentence, List<Integer> kept) {
        int from = 0;
        int to = kept.size();
        while (from < to && !TextNormaliser.hasWords(sentence.tokens().get(kept.get(from)))) {
            from++;
        }
        while (to > from && !TextNormaliser.hasWords(sentence.tokens().get(kept.get(to - 1)))) {
            to--;
        }
        return kept.subList(from, to);
    }

    /** Puts {@code words} (standing at {@code positions}) back together with the spacing the person used. */
    private static String join(TaggedSentence sentence, List<Integer> positions, List<String> words) {
        StringBuilder out = new StringBuilder();
        for (int k = 0; k < words.size(); k++) {
            int position = positions.get(k);
            boolean adjacent = k > 0 && positions.get(k - 1) == position - 1;
            // Where words were removed between two kept ones, one space stands for the gap.
            boolean space = k > 0 && (adjacent ? sentence.spaceBefore().get(position) : !isClosing(words.get(k)));
            out.append(space ? " " : "").append(words.get(k));
        }
        return out.toString().strip();
    }

    private static boolean isClosing(String token) {
        return token.matches("[.,!?;:)]+|n't|'\\w+");
    }
}
