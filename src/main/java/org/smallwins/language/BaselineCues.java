package org.smallwins.language;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Phrases that name a measuring stick outright. They decide the baseline when only one stick is named;
 * when none or several are, the trained categorizer decides (see {@link BaselineClassifier}).
 */
final class BaselineCues {
    static final List<String> IDEAL_FUTURE = List.of(
            "by now",
            "like everyone else",
            "like everybody else",
            "like other people",
            "like normal people",
            "like a normal person",
            "other people can",
            "other people manage",
            "everyone else can",
            "everyone else manages",
            "everyone else seems",
            "normal people",
            "at my age",
            "should be over",
            "should be better",
            "should be able",
            "should be fine",
            "should be past",
            "should be further",
            "should already",
            "should have been",
            "ought to be",
            "be back to normal",
            "further ahead",
            "further along",
            "the person i want to be",
            "where i should be",
            "fixed by now",
            "perfect",
            "must be able");
    static final List<String> HISTORICAL = List.of(
            "used to",
            "the old me",
            "my old self",
            "the person i was",
            "before the accident",
            "before the baby",
            "before i got ill",
            "before i got sick",
            "before all this",
            "before the illness",
            "before covid",
            "before my breakdown",
            "before the divorce",
            "before the burnout",
            "back when",
            "years ago",
            "when i was younger",
            "in my twenties",
            "in my 20s",
            "at uni",
            "at school",
            "in the past",
            "anymore",
            "any more",
            "i once",
            "how i was before",
            "how i was then",
            "who i was",
            "the way i was",
            "back in the day",
            "once upon a time",
            "old days",
            "years back");
    static final List<String> FAIR_CURRENT = List.of(
            "compared with last week",
            "compared to last week",
            "compared with a few weeks",
            "compared to a few weeks",
            "compared with last month",
            "compared to last month",
            "than last week",
            "than last month",
            "than a few weeks ago",
            "than a month ago",
            "a few weeks ago",
            "a couple of weeks ago",
            "a month ago",
            "last week i",
            "last month i",
            "since last week",
            "since last month",
            "for the first time in",
            "this week i managed",
            "more than last",
            "less than last",
            "quicker than last",
            "faster than last",
            "recently",
            "a week ago",
            "two weeks ago",
            "three weeks ago",
            "lately",
            "than before christmas",
            "a bit more than",
            "a little more than",
            "a bit less than",
            "a little less than",
            "than i did last",
            "than usual",
            "now i can",
            "where i was recently",
            "up from",
            "a step up",
            "than last time",
            "than the last",
            "after the last",
            "than the previous",
            "the week before",
            "this time",
            "in a while",
            "instead of every",
            "instead of the whole",
            "which i couldnt",
            "which i havent",
            "ive avoided for");

    /** Historical cues that speak of whoever is the subject, so they count only when that is the speaker. */
    private static final List<String> PERSONAL_PAST = List.of("used to", "anymore", "any more");

    private BaselineCues() {}

    /** How many cues of each stick the sentences name. "Get used to" does not count as historical. */
    static Map<Baseline, Integer> count(List<TaggedSentence> sentences) {
        Map<Baseline, Integer> counts = new EnumMap<>(Baseline.class);
        for (TaggedSentence s : sentences) {
            add(counts, Baseline.IDEAL_FUTURE, s, IDEAL_FUTURE);
            add(counts, Baseline.HISTORICAL, s, HISTORICAL);
            add(counts, Baseline.FAIR_CURRENT, s, FAIR_CURRENT);
        }
        return counts;
    }

    private static void add(Map<Baseline, Integer> counts, Baseline baseline, TaggedSentence s, List<String> phrases) {
        for (int i = 0; i < s.size(); i++) {
            for (String phrase : phrases) {
                if (Cue.phraseAt(s, i, phrase) && !gettingUsedTo(s, i, phrase) && !aboutSomeoneElse(s, i, phrase)) {
                    counts.merge(baseline, 1, Integer::sum);
                    break;
                }
            }
        }
    }

    /** "Maybe he doesn't like me anymore", "my sister used to call": another person's past, not the speaker's. */
    private static boolean aboutSomeoneElse(TaggedSentence s, int i, String phrase) {
        return PERSONAL_PAST.contains(phrase) && Clause.at(s, i).subject() == Clause.Subject.PERSON;
    }

    private static boolean gettingUsedTo(TaggedSentence s, int i, String phrase) {
        if (!phrase.equals("used to")) {
            return false;
        }
        String before = Cue.bare(s.word(i - 1));
        return List.of("get", "got", "getting", "gets", "am", "im", "is", "are", "was", "were", "be", "been", "being")
                .contains(before);
    }
}
