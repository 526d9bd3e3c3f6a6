package org.smallwins.language;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds the words that shrink an action ("I only managed one email", "I still cried", "it doesn't
 * count") and leaves ordinary uses alone ("the only person", "not only … but also", "I just realised").
 * The UD tags do most of the work: {@code only} as ADJ is a description, as ADV it can be a minimiser.
 */
final class MinimisingDetector {
    /** Phrases that dismiss a whole action; matched without apostrophes. */
    private static final List<String> PHRASES = List.of(
            "nothing special",
            "which is nothing",
            "which was nothing",
            "which is nothing at all",
            "which was nothing at all",
            "not a big deal",
            "no big deal",
            "not a big thing",
            "no big thing",
            "doesnt count",
            "does not count",
            "didnt count",
            "did not count",
            "dont count",
            "hardly counts",
            "doesnt really count",
            "not worth mentioning",
            "nothing to write home about",
            "not much really",
            "hardly anything",
            "barely anything",
            "not impressive",
            "not exactly impressive",
            "pathetic",
            "a bit pathetic",
            "nothing much",
            "no achievement",
            "not an achievement",
            "anyone could",
            "anyone can",
            "a tiny thing",
            "so small",
            "so minor",
            "really minor",
            "embarrassingly small",
            "laughable",
            "trivial",
            "not much of anything",
            "nothing major",
            "nothing more",
            "nothing else",
            "thats all",
            "no more than that");

    private static final Set<String> ALWAYS = Set.of("merely", "barely", "hardly", "scarcely", "simply");
    /** After these, "just" means "a moment ago", not "no more than". */
    private static final Set<String> RECENT_JUST = Set.of(
            "realised",
            "realized",
            "noticed",
            "found",
            "remembered",
            "learned",
            "learnt",
            "heard",
            "saw",
            "woke",
            "arrived",
            "now",
            "then",
            "in",
            "like",
            "as",
            "because",
            "wanted",
            "want",
            "love",
            "loved",
            "thought",
            "think",
            "felt",
            "feel",
            "knew",
            "know",
            "started",
            "begun",
            "began",
            "finished",
            "come",
            "came",
            "wondered",
            "so",
            "how",
            "what",
            "right",
            "before",
            "after",
            "when",
            "moved",
            "been",
            "had");
    /** "I just got back", "just got home": recency; "I just got dressed" is a minimiser. */
    private static final Set<String> ARRIVED = Set.of("back", "home", "in", "here", "there", "off");
    /** "I still got upset": the feeling, not the achievement, follows "got". */
    private static final Set<String> FEELINGS = Set.of(
            "upset",
            "anxious",
            "angry",
            "nervous",
            "scared",
            "panicky",
            "overwhelmed",
            "stressed",
            "emotional",
            "teary",
            "tearful",
            "cross",
            "worked",
            "sick",
            "flustered",
            "tense");

    private static final Set<String> ACTION_PRONOUNS = Set.of("it", "its", "that", "thats", "this");
    /** Before "just"/"still", these make it part of a demand or a condition, not a shrunk action. */
    private static final Set<String> NOT_AN_ACTION = Set.of(
            "not",
            "to",
            "if",
            "should",
            "shouldnt",
            "must",
            "would",
            "could",
            "can",
            "im",
            "am",
            "is",
            "are",
            "be",
            "'m");
    /** After these, "still" means "all the same" about something achieved: "I still went". */
    private static final Set<String> ACHIEVED_STILL = Set.of(
            "went",
            "go",
            "managed",
            "made",
            "make",
            "did",
            "do",
            "showed",
            "turned",
            "finished",
            "completed",
            "kept",
            "tried",
            "called",
            "rang",
            "sent",
            "spoke",
            "said",
            "walked",
            "left",
            "stayed",
            "attended",
            "cooked",
            "texted",
            "replied",
            "answered",
            "smiled",
            "laughed",
            "enjoyed",
            "love",
            "loved",
            "like",
            "liked",
            "live",
            "lives",
            "here",
            "there",
            "alive",
            "standing",
            "going");
    /** After "just" or "still", these say what was not done: "I still can't drive" shrinks no achievement. */
    private static final Set<String> NOT_DONE = Set.of(
            "cant",
            "cannot",
            "couldnt",
            "never",
            "havent",
            "hasnt",
            "hadnt",
            "dont",
            "didnt",
            "doesnt",
            "wont",
            "isnt",
            "wasnt",
            "arent",
            "not",
            "keep",
            "keeps",
            "struggle",
            "ruin",
            "ruined",
            "fail",
            "failed");
    /** Before a minimiser in its clause, these make it a wish or a regret: "if I had only left earlier". */
    private static final Set<String> WISHING = Set.of("if", "wish", "wished");

    /** "Sit still", "keep still": the adjective, not the minimiser. */
    private static final Set<String> STILL_AS_CALM = Set.of(
            "sit", "sat", "stand", "stood", "keep", "kept", "stay", "stayed", "hold", "held", "lie", "lay", "be",
            "being", "is", "was", "water", "life", "night", "air");

    /** A cue and where it stands in its sentence. */
    record Found(String cue, int start, int end) {}

    List<Found> find(TaggedSentence s) {
        List<Found> found = new ArrayList<>();
        for (int i = 0; i < s.size(); i++) {
            Found phrase = phraseAt(s, i);
            if (phrase != null) {
                found.add(phrase);
                i = phrase.end() - 1;
            } else if (isMinimiser(s, i, s.word(i))) {
                found.add(new Found(s.word(i), i, i + 1));
            }
        }
        return found;
    }

    /**
     * What may follow "which is nothing" for it to dismiss what came before: the clause ends there ("which
     * is nothing really"), unlike "which was nothing like the dread I expected".
     */
    private static final Set<String> CLAUSE_ENDS =
            Set.of("", ".", ",", "!", "?", ";", "-", "really", "anyway", "honestly", "though", "but", "and");

    /** The longest listed phrase starting at {@code i}, so "hardly anything" wins over "hardly". */
    private static Found phraseAt(TaggedSentence s, int i) {
        Found best = null;
        for (String phrase : PHRASES) {
            int length = phrase.split(" ").length;
            if (Cue.phraseAt(s, i, phrase)
                    && (!phrase.endsWith(" nothing") || CLAUSE_ENDS.contains(s.word(i + length)))
                    && (best == null || length > best.end() - best.start())) {
                best = new Found(phrase, i, i + length);
            }
        }
        return best;
    }

    private boolean isMinimiser(TaggedSentence s, int i, String word) {
        return switch (word) {
            case "only" -> onlyMinimises(s, i);
            case "just" -> justMinimises(s, i);
            case "still" -> stillMinimises(s, i);
            default ->
                ALWAYS.contains(word)
                        && !s.tag(i).equals("ADJ")
                        && !(word.equals("simply") && !s.tag(i + 1).equals("VERB"));
        };
    }

    private boolean onlyMinimises(TaggedSentence s, int i) {
        if (s.tag(i).equals("ADJ")
                || s.word(i - 1).equals("not")
                || s.word(i + 1).equals("ever")
                || wishedFor(s, i)) {
            return false; // "the only person", "not only … but also", "I only ever …", "if I had only …"
        }
        if (Set.of("be", "if", "when", "once").contains(s.word(i + 1))) {
            return false; // "I'll only be happy when …" is a condition, not a shrunk action
        }
        String next = s.word(i + 1);
        if (s.tag(i + 1).equals("ADJ") && !speakerIsSubject(s, i)) {
            return false; // "the shop is only open on weekdays"
        }
        return !(next.equals("child")
                || next.equals("way")
                || next.equals("one") && s.word(i - 1).equals("the"));
    }

    private boolean justMinimises(TaggedSentence s, int i) {
        if (!s.tag(i).equals("ADV")
                || NOT_AN_ACTION.contains(Cue.bare(s.word(i - 1)))
                || NOT_DONE.contains(Cue.bare(s.word(i + 1)))) {
            return false; // "a just cause", "not just coping", "I should just be able to", "I just never …"
        }
        if (s.word(i + 1).equals("got") && ARRIVED.contains(s.word(i + 2))) {
            return false;
        }
        return !RECENT_JUST.contains(s.word(i + 1)) && !Cue.phraseAt(s, i + 1, "in case") && speakerIsSubject(s, i);
    }

    private boolean stillMinimises(TaggedSentence s, int i) {
        if (!s.tag(i).equals("ADV")
                || STILL_AS_CALM.contains(s.word(i - 1))
                || STILL_AS_CALM.contains(s.word(i + 1))
                || NOT_AN_ACTION.contains(Cue.bare(s.word(i - 1)))
                || NOT_DONE.contains(Cue.bare(s.word(i + 1)))
                || s.word(i - 2).equals("if")) {
            return false; // "sit still", "I'm still figuring it out", "if I still have bad days", "I still can't"
        }
        String next = s.word(i + 1);
        if (next.equals("got") && FEELINGS.contains(s.word(i + 2))) {
            return speakerIsSubject(s, i);
        }
        if (ACHIEVED_STILL.contains(next) || next.equals("got")) {
            return false; // "I still went", despite everything: that is a win, not a minimiser
        }
        return speakerIsSubject(s, i);
    }

    private static boolean wishedFor(TaggedSentence s, int i) {
        for (int k = i - 1; k >= 0 && !s.word(k).equals(","); k--) {
            if (WISHING.contains(s.word(k))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The nearest pronoun or noun before {@code i} is the speaker, or the speaker's action ("it was just a
     * call"), or there is none ("Still felt sick").
     */
    private static boolean speakerIsSubject(TaggedSentence s, int i) {
        for (int k = i - 1; k >= 0; k--) {
            String tag = s.tag(k);
            if (Cue.firstPerson(s.word(k)) && !s.word(k).equals("my")
                    || ACTION_PRONOUNS.contains(Cue.bare(s.word(k)))) {
                return true;
            }
            if (tag.startsWith("PRON") || tag.equals("NOUN") || tag.equals("PROPN")) {
                return false;
            }
        }
        return true;
    }
}
