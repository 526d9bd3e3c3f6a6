package org.smallwins.safety;

import java.util.ArrayList;
import java.util.List;

/**
 * One line of {@code config/risk-lexicon.txt}. A rule with one phrase matches that phrase; a rule with
 * several phrases joined by {@code &} matches when all of them occur in one sentence, in any order, and
 * none of the phrases joined by {@code &!} does ("took an overdose &! ago|last" is not an act in progress).
 * An {@code IDIOM} rule matches nothing itself: it hides the words it covers from the other rules and from
 * the semantic layer. An {@code ACT} rule marks an act in progress (an overdose taken, "just waiting
 * now"); it raises no level itself and counts only in a message that is URGENT.
 */
record RiskRule(Kind kind, List<Phrase> phrases, List<Phrase> unless) {
    enum Kind {
        URGENT,
        CONCERN,
        IDIOM,
        ACT
    }

    RiskRule {
        phrases = List.copyOf(phrases);
        unless = List.copyOf(unless);
        if (phrases.isEmpty()) {
            throw new IllegalArgumentException("a risk rule needs a phrase");
        }
    }

    /** Parses {@code LEVEL: phrase [& phrase …] [&! phrase …]}. */
    static RiskRule parse(String line) {
        int colon = line.indexOf(':');
        if (colon < 0) {
            throw new IllegalArgumentException("risk lexicon line lacks 'LEVEL:': " + line);
        }
        Kind kind;
        try {
            kind = Kind.valueOf(line.substring(0, colon).trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown risk lexicon level in: " + line, e);
        }
        List<Phrase> phrases = new ArrayList<>();
        List<Phrase> unless = new ArrayList<>();
        for (String part : line.substring(colon + 1).split("&")) {
            if (part.startsWith("!")) {
                unless.add(Phrase.parse(part.substring(1)));
            } else {
                phrases.add(Phrase.parse(part));
            }
        }
        if (kind == Kind.IDIOM && (phrases.size() != 1 || !unless.isEmpty())) {
            throw new IllegalArgumentException("an IDIOM rule is a single phrase: " + line);
        }
        return new RiskRule(kind, phrases, unless);
    }

    boolean matches(List<String> words) {
        for (Phrase phrase : phrases) {
            if (phrase.find(words).length == 0) {
                return false;
            }
        }
        for (Phrase phrase : unless) {
            if (phrase.find(words).length > 0) {
                return false;
            }
        }
        return true;
    }

    RiskLevel level() {
        return switch (kind) {
            case URGENT -> RiskLevel.URGENT;
            case CONCERN -> RiskLevel.CONCERN;
            case IDIOM, ACT -> RiskLevel.NONE;
        };
    }
}
