package org.smallwins.language;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds should-demands a person makes of themselves ("I should be over it", "I must try harder",
 * "I'm supposed to cope") and leaves other uses alone: questions ("Should I call?"), advice to others
 * ("you should rest"), expectations of things ("the parcel should arrive"), plain obligations
 * ("I have to pick the kids up").
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
    private static final Set<String> PASSIVE = Set.of("was", "were", "been", "am", "im", "is", "get", "got", "being");

    List<String> find(TaggedSentence s) {
        List<String> found = new ArrayList<>();
        if (Cue.isQuestion(s)) {
            return found;
        }
        for (int i = 0; i < s.size(); i++) {
            String cue = cueAt(s, i);
            if (cue != null && selfDirected(s, i) && !reported(s, i)) {
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
