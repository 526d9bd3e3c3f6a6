package org.smallwins.language;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A stretch of a sentence between clause boundaries (commas, "and", "but", "because", …) with the kind
 * of subject it has: the speaker, another person, or a thing. Without a parser this is an approximation:
 * the first pronoun or noun of the clause is taken as its subject ("my sister" is another person).
 */
record Clause(TaggedSentence sentence, int start, int end, Subject subject, int subjectAt) {
    enum Subject {
        SELF,
        PERSON,
        THING,
        NONE
    }

    private static final Set<String> BOUNDARIES = Set.of(
            ",",
            ";",
            ":",
            "-",
            "–",
            "and",
            "but",
            "because",
            "while",
            "whereas",
            "when",
            "then",
            "if",
            "though",
            "although",
            "cos",
            "as");
    private static final Set<String> SELF = Set.of("i", "im", "ive", "id", "ill", "me", "myself", "we", "were");
    private static final Set<String> PEOPLE_PRONOUNS = Set.of(
            "he",
            "she",
            "they",
            "him",
            "her",
            "them",
            "hes",
            "shes",
            "theyre",
            "theyve",
            "everyone",
            "everybody",
            "nobody",
            "someone",
            "somebody",
            "people",
            "others",
            "anyone",
            "anybody",
            "you",
            "youre");
    private static final Set<String> PEOPLE_NOUNS = Set.of(
            "mum",
            "mom",
            "dad",
            "mother",
            "father",
            "parents",
            "partner",
            "husband",
            "wife",
            "boyfriend",
            "girlfriend",
            "ex",
            "sister",
            "brother",
            "son",
            "daughter",
            "kids",
            "children",
            "child",
            "baby",
            "boss",
            "manager",
            "colleague",
            "colleagues",
            "coworkers",
            "friend",
            "friends",
            "flatmate",
            "housemate",
            "neighbour",
            "neighbours",
            "neighbor",
            "teacher",
            "doctor",
            "gp",
            "landlord",
            "family",
            "cousin",
            "aunt",
            "uncle",
            "nan",
            "grandmother",
            "grandad",
            "in-laws",
            "laws",
            "mother-in-law",
            "team",
            "leader",
            "receptionist",
            "driver",
            "builder",
            "council",
            "school",
            "company",
            "hospital",
            "people",
            "mums",
            "dads",
            "students",
            "classmates",
            "classmate",
            "peers",
            "players",
            "runners",
            "volunteers",
            "others",
            "rest",
            "staff",
            "therapist",
            "group",
            "class",
            "starter",
            "girl",
            "guy",
            "man",
            "woman",
            "everyone",
            "nobody");

    /** The clauses of {@code s}, in order. */
    static List<Clause> of(TaggedSentence s) {
        List<Clause> clauses = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= s.size(); i++) {
            if (i == s.size() || i > start && BOUNDARIES.contains(s.word(i))) {
                if (i > start) {
                    clauses.add(make(s, start, i));
                }
                start = i;
            }
        }
        return clauses;
    }

    /** The clause that holds token {@code i} of {@code s}. */
    static Clause at(TaggedSentence s, int i) {
        for (Clause clause : of(s)) {
            if (i >= clause.start() && i < clause.end()) {
                return clause;
            }
        }
        return new Clause(s, 0, Math.max(1, s.size()), Subject.NONE, -1);
    }

    private static Clause make(TaggedSentence s, int start, int end) {
        for (int i = start; i < end; i++) {
            String word = Cue.bare(s.word(i));
            String tag = s.tag(i);
            if (tag.equals("VERB") || tag.startsWith("AUX")) {
                return new Clause(s, start, end, Subject.NONE, -1); // "Went to the GP": no subject written
            }
            if (SELF.contains(word) && tag.startsWith("PRON")) {
                return new Clause(s, start, end, Subject.SELF, i);
            }
            if (word.equals("my") || word.equals("our") || word.equals("the") || word.equals("their")) {
                continue; // the possessor or article: the noun after it is the subject
            }
            if (PEOPLE_PRONOUNS.contains(word) || PEOPLE_NOUNS.contains(word) || tag.equals("PROPN")) {
                return new Clause(s, start, end, Subject.PERSON, i);
            }
            if (tag.startsWith("PRON") || tag.equals("NOUN")) {
                return new Clause(s, start, end, Subject.THING, i);
            }
        }
        return new Clause(s, start, end, Subject.NONE, -1);
    }

    /** The bare words of the clause from {@code from} (an index in the sentence) to its end. */
    String words(int from) {
        StringBuilder text = new StringBuilder(" ");
        for (int i = Math.max(from, start); i < end; i++) {
            text.append(Cue.bare(sentence.word(i))).append(' ');
        }
        return text.toString();
    }
}
