package org.smallwins.safety;

import java.util.ArrayList;
import java.util.List;

/**
 * One line of {@code config/risk-lexicon.txt}. A rule with one phrase matches that phrase; a rule with
 * several phrases joined by {@code &} matches when all of them occur in one sentence, in any order.
 * An {@code IDIOM} rule matches nothing itself: it hides the words it covers from the other rules. An
 * {@code ANCHOR} rule names risk vocabulary: only a sentence with an anchor is shown to the categorizer.
 */
record RiskRule(Kind kind, List<Phrase> phrases) {
    enum Kind {
        URGENT,
        CONCERN,
        IDIOM,
        ANCHOR
    }

    RiskRule {
        phrases = List.copyOf(phrases);
    }

    /** Parses {@code LEVEL: phrase [& phrase …]}. */
    static RiskRule parse(String line) {
        int colon = line.indexOf(':');
        if (colon < 0) {
            throw new IllegalArgumentException("risk lexicon line lacks 'LEVEL:': " + line);
        }
        Kind kind = Kind.valueOf(line.substring(0, colon).trim());
        List<Phrase> phrases = new ArrayList<>();
        for (String part : line.substring(colon + 1).split("&")) {
            phrases.add(Phrase.parse(part));
        }
        if ((kind == Kind.IDIOM || kind == Kind.ANCHOR) && phrases.size() != 1) {
            throw new IllegalArgumentException("an " + kind + " rule is a single phrase: " + line);
        }
        return new RiskRule(kind, phrases);
    }

    boolean matches(List<String> words) {
        for (Phrase phrase : phrases) {
            if (phrase.find(words).length == 0) {
                return false;
            }
        }
        return true;
    }

    RiskLevel level() {
        return switch (kind) {
            case URGENT -> RiskLevel.URGENT;
            case CONCERN -> RiskLevel.CONCERN;
            case IDIOM, ANCHOR -> RiskLevel.NONE;
        };
    }
}
