package org.smallwins.safety;

import java.util.ArrayList;
import java.util.List;
import org.smallwins.config.ConfigFiles;
import org.smallwins.language.NlpPipeline;

/**
 * The risk check every message passes before anything else. It reads the clinician-edited phrase lists
 * in {@code config/risk-lexicon.txt} and matches them against OpenNLP tokens, after contractions are
 * spelled out and idioms ("this deadline is killing me") are hidden. Recall wins over precision.
 */
public final class RiskCheck {
    private static final String LEXICON = "risk-lexicon.txt";

    private final NlpPipeline nlp;
    private final List<RiskRule> idioms;
    private final List<RiskRule> risks;

    RiskCheck(NlpPipeline nlp, List<RiskRule> rules) {
        this.nlp = nlp;
        this.idioms =
                rules.stream().filter(r -> r.kind() == RiskRule.Kind.IDIOM).toList();
        this.risks = rules.stream().filter(r -> r.kind() != RiskRule.Kind.IDIOM).toList();
    }

    /** The check with the shipped lexicon. */
    public static RiskCheck load(NlpPipeline nlp) {
        return new RiskCheck(nlp, readRules(LEXICON));
    }

    static List<RiskRule> readRules(String file) {
        List<RiskRule> rules = new ArrayList<>();
        for (String line : ConfigFiles.text(file).split("\\R")) {
            String trimmed = line.strip();
            if (!trimmed.isEmpty() && !trimmed.startsWith("#")) {
                rules.add(RiskRule.parse(trimmed));
            }
        }
        return List.copyOf(rules);
    }

    /** The highest risk level any sentence of {@code text} reaches; never throws on odd input. */
    public RiskLevel assess(String text) {
        RiskLevel level = RiskLevel.NONE;
        for (List<String> tokens : nlp.tokenize(text)) {
            level = level.max(assessSentence(Words.of(tokens)));
            if (level == RiskLevel.URGENT) {
                return level;
            }
        }
        return level;
    }

    private RiskLevel assessSentence(List<String> words) {
        List<String> visible = hideIdioms(words);
        RiskLevel level = RiskLevel.NONE;
        for (RiskRule rule : risks) {
            if (rule.level().compareTo(level) > 0 && rule.matches(visible)) {
                level = rule.level();
            }
        }
        return level;
    }

    private List<String> hideIdioms(List<String> words) {
        List<String> visible = new ArrayList<>(words);
        for (RiskRule idiom : idioms) {
            int[] at;
            while ((at = idiom.phrases().get(0).find(visible)).length > 0) {
                // Only the words the idiom names are hidden; words in its gaps stay visible.
                for (int i : at) {
                    visible.set(i, "_");
                }
            }
        }
        return visible;
    }
}
