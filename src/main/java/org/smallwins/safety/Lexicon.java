package org.smallwins.safety;

import java.util.ArrayList;
import java.util.List;
import org.smallwins.config.ConfigFiles;

/**
 * The clinician-edited phrase rules of {@code config/risk-lexicon.txt}. It hides everyday idioms ("this
 * deadline is killing me") from the rules and from the semantic layer alike, gives each sentence the
 * level its rules find, and tells an act in progress. It is kept beside the semantic layer for precision
 * and for what a model misses ("I bought a rope").
 */
final class Lexicon {
    static final String FILE = "risk-lexicon.txt";

    private final List<RiskRule> idioms;
    private final List<RiskRule> risks;
    private final List<RiskRule> acts;

    Lexicon(List<RiskRule> rules) {
        this.idioms = ofKind(rules, RiskRule.Kind.IDIOM);
        this.risks = rules.stream()
                .filter(r -> r.kind() == RiskRule.Kind.URGENT || r.kind() == RiskRule.Kind.CONCERN)
                .toList();
        this.acts = ofKind(rules, RiskRule.Kind.ACT);
    }

    static Lexicon shipped() {
        return new Lexicon(read(ConfigFiles.text(FILE)));
    }

    static List<RiskRule> read(String text) {
        List<RiskRule> rules = new ArrayList<>();
        for (String line : text.split("\\R")) {
            String trimmed = line.strip();
            if (!trimmed.isEmpty() && !trimmed.startsWith("#")) {
                rules.add(RiskRule.parse(trimmed));
            }
        }
        return List.copyOf(rules);
    }

    private static List<RiskRule> ofKind(List<RiskRule> rules, RiskRule.Kind kind) {
        return rules.stream().filter(r -> r.kind() == kind).toList();
    }

    /** One sentence's tokens as the rules and the model see them: contractions spelled out, idioms hidden. */
    Sentence read(List<String> tokens) {
        List<String> words = Words.of(tokens);
        boolean[] hidden = new boolean[words.size()];
        List<String> visible = new ArrayList<>(words);
        for (RiskRule idiom : idioms) {
            int[] at;
            while ((at = idiom.phrases().get(0).find(visible)).length > 0) {
                // Only the words the idiom names are hidden; words in its gaps stay visible.
                for (int i : at) {
                    visible.set(i, Words.BREAK);
                    hidden[i] = true;
                }
            }
        }
        String modelText = modelText(words, hidden);
        boolean hadIdiom = !visible.equals(words);
        // What an idiom leaves ("i could" of "I could murder a curry") is no sentence: a model trained on
        // sentences reads such scraps wildly, so a short remainder is not shown to it at all.
        if (hadIdiom && modelText.split("[ ,]+").length < MIN_WORDS_AFTER_IDIOM) {
            modelText = "";
        }
        return new Sentence(visible, modelText);
    }

    /** Fewer words than this left once an idiom is hidden, and the semantic layer skips the sentence. */
    static final int MIN_WORDS_AFTER_IDIOM = 8;

    /** The words left once idioms are gone, punctuation as commas: what the embedding model reads. */
    private static String modelText(List<String> words, boolean[] hidden) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            if (hidden[i] || (word.equals(Words.BREAK) && (text.length() == 0 || i == words.size() - 1))) {
                continue;
            }
            if (word.equals(Words.BREAK)) {
                text.append(',');
            } else {
                text.append(text.length() == 0 ? "" : " ").append(word);
            }
        }
        return text.toString();
    }

    /** The highest level any rule gives the sentence. */
    RiskLevel level(Sentence sentence) {
        RiskLevel level = RiskLevel.NONE;
        for (RiskRule rule : risks) {
            if (rule.level().compareTo(level) > 0 && rule.matches(sentence.words())) {
                level = rule.level();
            }
        }
        return level;
    }

    /** True when the sentence says an act is happening now (an overdose taken, standing on a bridge). */
    boolean actInProgress(Sentence sentence) {
        return acts.stream().anyMatch(rule -> rule.matches(sentence.words()));
    }
}
