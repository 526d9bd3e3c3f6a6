package org.smallwins.language;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds should-demands a person makes of themselves ("I should be over it", "I must try harder",
 * "I'm supposed to cope") and leaves other uses alone: questions ("Should I call?"), advice to others
 * ("you should rest"), expectations of things ("the parcel should arrive"), plain obligations
 * ("I have to pick the kids up"), and a "must" that concludes rather than demands ("I must have upset
 * her", "I must be a bad parent").
 */
final class DemandDetector {
    private static final Set<String> REPORTING = Set.of(
            "says",
            "said",
            "thinks",
            "thought",
            "reckons",
            "reckoned",
            "suggested",
            "suggests",
            "told",
            "tells",
            "believes",
            "advised",
            "recommends",
            "recommended",
            "insists",
            "insisted");
    /** "must be" + these asks for a change: "I must be more patient", "I must be able to". */
    private static final Set<String> ASKING = Set.of(
            "able",
            "more",
            "less",
            "better",
            "ready",
            "strong",
            "stronger",
            "tough",
            "brave",
            "calm",
            "patient",
            "positive",
            "perfect",
            "there",
            "careful",
            "kinder",
            "nicer");

    private static final Set<String> PASSIVE = Set.of("was", "were", "been", "am", "im", "is", "get", "got", "being");

    List<String> find(TaggedSentence s) {
        List<String> found = new ArrayList<>();
        if (Cue.isQuestion(s)) {
            return found;
        }
        for (int i = 0; i < s.size(); i++) {
            String cue = cueAt(s, i);
            if (cue != null && selfDirected(s, i) && !reported(s, i) && !concludes(s, i)) {
                found.add(cue);
            }
        }
        return found;
    }

    private static String cueAt(TaggedSentence s, int i) {
        String w = Cue.bare(s.word(i));
        if (w.equals("should") || w.equals("shouldve") || w.equals("shoulda")) {
            return s.word(i + 1).equals("not") || s.word(i + 1).equals("n't") ? "shouldn't" : "should";
        }
        if (w.equals("shouldnt")) {
            return "shouldn't";
        }
        if (w.equals("must") || w.equals("mustve")) {
            return "must";
        }
        if (w.equals("mustnt")) {
            return "mustn't";
        }
        if (w.equals("ought") && s.word(i + 1).equals("to")) {
            return "ought to";
        }
        if (w.equals("supposed") && s.word(i + 1).equals("to")) {
            return "supposed to";
        }
        if (w.equals("meant") && s.word(i + 1).equals("to") && s.word(i + 2).equals("be")) {
            return "meant to be"; // "I'm meant to be the strong one", not "I meant to call"
        }
        if ((w.equals("need") || w.equals("needs") || w.equals("have") || w.equals("got"))
                && s.word(i + 1).equals("to")
                && s.word(i + 2).equals("be")
                && !s.word(i + 3).equals("at")
                && !s.tag(i + 3).equals("NUM")) {
            // "I need to be stronger" is a demand; "I have to be at the hospital at nine" is a plan.
            return w.equals("needs") ? "need to be" : w + " to be";
        }
        return null;
    }

    /**
     * An epistemic "must": "must have" + what happened ("I must have done something wrong"), or "must be" +
     * a verdict or an ongoing action ("I must be stupid", "I must be doing it wrong"). "Must be able",
     * "must be stronger", "must be more patient" stay demands: they ask for something not yet there.
     */
    private static boolean concludes(TaggedSentence s, int cue) {
        String w = Cue.bare(s.word(cue));
        if (!w.equals("must") && !w.equals("mustve")) {
            return false;
        }
        int next = cue + 1;
        if (s.word(next).equals("not")) {
            next++;
        }
        if (w.equals("mustve")
                || s.word(next).equals("have") && !s.tag(next + 1).equals("DET")) {
            return true;
        }
        if (!s.word(next).equals("be")) {
            return false;
        }
        for (int k = next + 1; k <= next + 2; k++) {
            String word = s.word(k);
            if (ASKING.contains(word) || word.endsWith("er") && s.tag(k).equals("ADJ")) {
                return false;
            }
        }
        return true;
    }

    /** "My friend thinks I should …", "the doctor said I must …": someone else's words, reported. */
    private static boolean reported(TaggedSentence s, int cue) {
        for (int k = 0; k < cue; k++) {
            if (REPORTING.contains(s.word(k))) {
                if (PASSIVE.contains(Cue.bare(s.word(k - 1)))) {
                    return true; // "I was told I should rest": someone else's advice
                }
                for (int j = k - 1; j >= 0; j--) {
                    String tag = s.tag(j);
                    if (tag.startsWith("PRON") || tag.equals("NOUN") || tag.equals("PROPN")) {
                        return !Cue.firstPerson(s.word(j));
                    }
                }
            }
        }
        return false;
    }

    /** The speaker is the subject: the nearest pronoun or noun before the cue is first person. */
    private static boolean selfDirected(TaggedSentence s, int cue) {
        for (int k = cue - 1; k >= 0; k--) {
            String word = s.word(k);
            if (Cue.firstPerson(word) && !word.equals("my")) {
                return true;
            }
            String tag = s.tag(k);
            if (tag.startsWith("PRON") || tag.equals("NOUN") || tag.equals("PROPN")) {
                return false;
            }
            if (word.equals(",") || word.equals("but") || word.equals("and") || word.equals("because")) {
                break;
            }
        }
        // "Should be further on by now." with no subject at all is the speaker talking of themselves.
        return cue == 0 || cue > 0 && !s.tag(cue - 1).startsWith("PRON") && noSubjectBefore(s, cue);
    }

    private static boolean noSubjectBefore(TaggedSentence s, int cue) {
        for (int k = 0; k < cue; k++) {
            String tag = s.tag(k);
            if (tag.startsWith("PRON") || tag.equals("NOUN") || tag.equals("PROPN")) {
                return false;
            }
        }
        return true;
    }
}
