package org.smallwins.safety;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.smallwins.config.ConfigFiles;
import org.smallwins.language.NlpPipeline;

/**
 * The risk check every message passes before anything else. It reads the clinician-edited phrase lists
 * in {@code config/risk-lexicon.txt} and matches them against OpenNLP tokens, after contractions are
 * spelled out and idioms ("this deadline is killing me") are hidden; a trained categorizer
 * ({@link RiskModel}) may raise the level of a sentence that holds risk vocabulary (the lexicon's
 * anchors) in phrasing no rule covers. Recall wins over precision.
 */
public final class RiskCheck {
    private static final String LEXICON = "risk-lexicon.txt";

    private final NlpPipeline nlp;
    private final List<RiskRule> idioms;
    private final List<RiskRule> risks;
    private final List<RiskRule> anchors;
    private final List<RiskRule> rules;
    private final Optional<RiskModel> model;

    RiskCheck(NlpPipeline nlp, List<RiskRule> rules, Optional<RiskModel> model) {
        this.nlp = nlp;
        this.rules = List.copyOf(rules);
        this.idioms =
                rules.stream().filter(r -> r.kind() == RiskRule.Kind.IDIOM).toList();
        this.risks = rules.stream()
                .filter(r -> r.kind() == RiskRule.Kind.URGENT || r.kind() == RiskRule.Kind.CONCERN)
                .toList();
        this.anchors =
                rules.stream().filter(r -> r.kind() == RiskRule.Kind.ANCHOR).toList();
        this.model = model;
    }

    RiskCheck(NlpPipeline nlp, List<RiskRule> rules) {
        this(nlp, rules, Optional.empty());
    }

    /** The check with the shipped lexicon and risk model; fails fast when the model is missing. */
    public static RiskCheck load(NlpPipeline nlp) {
        RiskModel model = RiskModel.shipped()
                .orElseThrow(() -> new IllegalStateException(RiskModel.RESOURCE + " is missing: run ./bot train"));
        return new RiskCheck(nlp, readRules(LEXICON), Optional.of(model));
    }

    /** The check with the shipped lexicon and no model: what the model is trained beside. */
    public static RiskCheck lexiconOnly(NlpPipeline nlp) {
        return new RiskCheck(nlp, readRules(LEXICON));
    }

    /** The same lexicon with another model (or none): for training and evaluation. */
    RiskCheck withModel(Optional<RiskModel> other) {
        return new RiskCheck(nlp, rules, other);
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

    /** The risk in {@code text}, read whole; never throws on odd input. */
    public Assessment check(String text) {
        return new Assessment(assess(text), false);
    }

    /** The highest risk level any sentence of {@code text} reaches; never throws on odd input. */
    public RiskLevel assess(String text) {
        RiskLevel level = RiskLevel.NONE;
        for (List<String> visible : visibleSentences(text)) {
            level = level.max(assessSentence(visible));
            if (level == RiskLevel.URGENT) {
                return level;
            }
        }
        return level;
    }

    /** Each sentence as the rules see it: words with contractions spelled out and idioms hidden. */
    List<List<String>> visibleSentences(String text) {
        List<List<String>> sentences = new ArrayList<>();
        for (List<String> tokens : nlp.tokenize(text)) {
            sentences.add(hideIdioms(Words.of(tokens)));
        }
        return sentences;
    }

    /** The lexicon's verdict alone, for evaluation. */
    RiskLevel lexiconLevel(String text) {
        RiskLevel level = RiskLevel.NONE;
        for (List<String> visible : visibleSentences(text)) {
            level = level.max(lexicon(visible));
        }
        return level;
    }

    private RiskLevel assessSentence(List<String> visible) {
        RiskLevel level = lexicon(visible);
        if (level != RiskLevel.URGENT && model.isPresent() && anchors.stream().anyMatch(a -> a.matches(visible))) {
            level = level.max(model.get().level(visible));
        }
        return level;
    }

    private RiskLevel lexicon(List<String> visible) {
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
