package org.smallwins.language;

import static org.smallwins.language.StancePatterns.BLAME;
import static org.smallwins.language.StancePatterns.CANNOT;
import static org.smallwins.language.StancePatterns.COMPARE;
import static org.smallwins.language.StancePatterns.EMPTY_WEEK;
import static org.smallwins.language.StancePatterns.FAILURE;
import static org.smallwins.language.StancePatterns.GROUP;
import static org.smallwins.language.StancePatterns.GROUP_DOES;
import static org.smallwins.language.StancePatterns.HARSH;
import static org.smallwins.language.StancePatterns.HARSH_PHRASES;
import static org.smallwins.language.StancePatterns.INSIGHT;
import static org.smallwins.language.StancePatterns.NOTHING;
import static org.smallwins.language.StancePatterns.OTHER_SHOULD;
import static org.smallwins.language.StancePatterns.OWN_EARLIER;
import static org.smallwins.language.StancePatterns.OWN_FAULT;
import static org.smallwins.language.StancePatterns.PAST;
import static org.smallwins.language.StancePatterns.RECENT;
import static org.smallwins.language.StancePatterns.REGRET;
import static org.smallwins.language.StancePatterns.RUDE;
import static org.smallwins.language.StancePatterns.SHORT_OF;
import static org.smallwins.language.StancePatterns.THEIR_FAULT;
import static org.smallwins.language.StancePatterns.WORRY;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.smallwins.language.Clause.Subject;

/**
 * Signs of what kind of answer a sentence is, read from its clauses: who the subject is and what is said
 * of them. They are fed to the stance categorizer as extra words ({@code §harsh}, {@code §worry}…), so
 * the model learns how much each sign counts, and {@link StanceSigns} checks the model's guess against them.
 */
final class StanceCues {
    private static final MinimisingDetector MINIMISERS = new MinimisingDetector();
    private static final DemandDetector DEMANDS = new DemandDetector();

    private StanceCues() {}

    /** The signs found in {@code sentences}, each once, in a fixed order. */
    static StanceSigns of(List<TaggedSentence> sentences) {
        Set<String> signs = new LinkedHashSet<>();
        boolean fairThan = false;
        for (TaggedSentence s : sentences) {
            String whole = Cue.padded(s);
            fairThan |= whole.contains(" than ") && found(OWN_EARLIER, whole);
            add(signs, "§shrunk", !MINIMISERS.find(s).isEmpty());
            add(signs, "§demand", !DEMANDS.find(s).isEmpty());
            List<Clause> clauses = Clause.of(s);
            if (!clauses.isEmpty()) {
                boolean insight = found(INSIGHT, whole);
                sentenceSigns(signs, s, whole, insight, clauses.get(0).subject());
                clauseSigns(signs, clauses, insight);
            }
        }
        Map<Baseline, Integer> sticks = BaselineCues.count(sentences);
        add(signs, "§fair", sticks.containsKey(Baseline.FAIR_CURRENT) || fairThan);
        add(signs, "§stick", sticks.containsKey(Baseline.IDEAL_FUTURE) || sticks.containsKey(Baseline.HISTORICAL));
        return new StanceSigns(List.copyOf(signs));
    }

    /** Signs read from the sentence as a whole; an insight ("I noticed I worry") is no worry or verdict. */
    private static void sentenceSigns(
            Set<String> signs, TaggedSentence s, String whole, boolean insight, Subject first) {
        add(signs, "§insight", insight);
        add(signs, "§question", Cue.isQuestion(s));
        add(signs, "§did", s.tag(0).equals("VERB") && pastTense(Cue.bare(s.word(0))));
        add(signs, "§nothing", found(NOTHING, whole.replaceAll(" [,.!?;:]", "")) || found(EMPTY_WEEK, whole));
        add(signs, "§compare", found(COMPARE, whole) || comparesWithSomeone(whole));
        add(signs, "§worry", !insight && found(WORRY, whole));
        add(signs, "§recent", found(RECENT, whole));
        add(signs, "§worse", whole.matches(".* (worse|more often|more than ever) .*"));
        add(signs, "§harsh", !insight && found(OWN_FAULT, whole));
        add(signs, "§other_blame", found(THEIR_FAULT, whole) && !whole.contains(" my fault "));
        add(signs, "§other_blame", found(RUDE, whole) && first != Subject.SELF);
        add(signs, "§their_and_mine", whole.matches(".* their .*") && whole.matches(".* (my|mine|ours) .*"));
    }

    /**
     * Signs read clause by clause. Other people as a group beside the speaker ("everyone else copes, I
     * don't") is a comparison, and so is another person's clause followed by the speaker falling short.
     */
    private static void clauseSigns(Set<String> signs, List<Clause> clauses, boolean insight) {
        boolean group = false;
        boolean self = false;
        boolean other = false;
        for (Clause clause : clauses) {
            signs.add("§subject_" + clause.subject().name().toLowerCase(Locale.ROOT));
            String words = clause.words(clause.start());
            if (clause.subject() == Subject.SELF) {
                self = true;
                selfSigns(signs, clause, insight);
                add(signs, "§contrast", other && found(SHORT_OF, words));
            } else if (clause.subject() == Subject.PERSON) {
                other = true;
                boolean many = found(GROUP, words);
                group |= many;
                add(signs, "§compare", many && found(GROUP_DOES, words));
                add(signs, "§other_should", found(OTHER_SHOULD, words));
                add(signs, "§other_blame", found(BLAME, words));
                add(signs, "§other_to_me", clause.words(clause.subjectAt() + 1).matches(".* (me|my|mine) .*"));
            }
        }
        add(signs, "§compare", group && self);
    }

    /**
     * What the speaker says of themselves: "I'm" reads as "I am" for the verdicts. In an insight ("I
     * realised I haven't been eating") a harsh word or an "I can't" is what was seen, not a verdict.
     */
    private static void selfSigns(Set<String> signs, Clause clause, boolean insight) {
        String words = clause.words(clause.subjectAt());
        String subject = Cue.bare(clause.sentence().word(clause.subjectAt()));
        String copula = subject.equals("im") ? " am" + words.substring(words.indexOf(' ', 1)) : words;
        add(signs, "§harsh", !insight && (found(HARSH, copula) || found(HARSH_PHRASES, words)));
        add(signs, "§failure", found(FAILURE, words));
        add(signs, "§cannot", !insight && found(CANNOT, words));
        add(signs, "§regret", found(REGRET, Cue.padded(clause.sentence())));
        add(signs, "§did", didSomething(clause));
    }

    private static boolean found(Pattern pattern, String words) {
        return pattern.matcher(words).find();
    }

    private static void add(Set<String> signs, String sign, boolean present) {
        if (present) {
            signs.add(sign);
        }
    }

    /** The speaker did something: after "I" and any adverbs, a past-tense verb ("I only went", not "I used to"). */
    private static boolean didSomething(Clause clause) {
        TaggedSentence s = clause.sentence();
        int i = clause.subjectAt() + 1;
        while (i < clause.end() && s.tag(i).equals("ADV") && !s.word(i).equals("never")) {
            i++;
        }
        return s.tag(i).equals("VERB")
                && pastTense(Cue.bare(s.word(i)))
                && !Set.of("to", "nothing", "anything").contains(s.word(i + 1));
    }

    private static boolean pastTense(String word) {
        return word.endsWith("ed") || PAST.contains(word);
    }

    /**
     * "Fitter than me", "more organised than I am": a comparative whose "than" is about someone else, not
     * about recent time or the speaker's own earlier self ("better than I was", "longer than last week").
     */
    private static boolean comparesWithSomeone(String whole) {
        int than = whole.indexOf(" than ");
        if (than < 0) {
            return false;
        }
        String before = whole.substring(0, than + 1);
        String after = whole.substring(than + 5);
        boolean comparative = before.matches(".*(er|more|less|better|worse) $") && !before.endsWith(" rather ");
        return comparative && !found(RECENT, after) && !found(OWN_EARLIER, after);
    }
}
