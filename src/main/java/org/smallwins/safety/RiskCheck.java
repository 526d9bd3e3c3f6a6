package org.smallwins.safety;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.regex.Pattern;
import org.smallwins.language.NlpPipeline;

/**
 * The risk check every message passes before anything else, in two layers. The {@link Lexicon}
 * (clinician-edited phrase rules, after contractions are spelled out and idioms hidden) gives each
 * sentence a level and tells an act in progress; the {@link SemanticLayer} (a classifier over sentence
 * embeddings) scores every sentence and the text whole, and may raise the level, never lower it. All of a
 * message is read, however long. Recall wins over precision.
 */
public final class RiskCheck {
    private final NlpPipeline nlp;
    private final Lexicon lexicon;
    private final Optional<SemanticLayer> semantic;

    RiskCheck(NlpPipeline nlp, Lexicon lexicon, Optional<SemanticLayer> semantic) {
        this.nlp = nlp;
        this.lexicon = lexicon;
        this.semantic = semantic;
    }

    /** A lexicon of the given rules and no semantic layer: for tests of the rules. */
    RiskCheck(NlpPipeline nlp, List<RiskRule> rules) {
        this(nlp, new Lexicon(rules), Optional.empty());
    }

    /** The check with the shipped lexicon and semantic layer; fails fast when the model is missing. */
    public static RiskCheck load(NlpPipeline nlp) {
        return new RiskCheck(nlp, Lexicon.shipped(), Optional.of(SemanticLayer.shipped()));
    }

    /**
     * {@link #load} with the embedding model loaded on {@code executor} while the language models load: at
     * start-up the two take about the same time, and a second core can do one of them.
     */
    public static CompletableFuture<RiskCheck> loading(CompletableFuture<NlpPipeline> nlp, Executor executor) {
        CompletableFuture<SemanticLayer> semantic = CompletableFuture.supplyAsync(SemanticLayer::shipped, executor);
        CompletableFuture<Lexicon> lexicon = CompletableFuture.supplyAsync(Lexicon::shipped, executor);
        return nlp.thenCombine(semantic, Parts::new)
                .thenCombine(lexicon, (parts, rules) -> new RiskCheck(parts.nlp(), rules, Optional.of(parts.layer())));
    }

    private record Parts(NlpPipeline nlp, SemanticLayer layer) {}

    /** The check with the shipped lexicon alone: what the semantic layer is measured beside. */
    public static RiskCheck lexiconOnly(NlpPipeline nlp) {
        return new RiskCheck(nlp, Lexicon.shipped(), Optional.empty());
    }

    /** The same lexicon with another semantic layer: for training and evaluation. */
    RiskCheck with(SemanticLayer other) {
        return new RiskCheck(nlp, lexicon, Optional.of(other));
    }

    /** The highest risk level any sentence of {@code text} reaches; never throws on odd input. */
    public RiskLevel assess(String text) {
        return check(text).level();
    }

    /** The level of {@code text} and whether it tells of an act in progress; never throws on odd input. */
    public Assessment check(String text) {
        RiskLevel level = RiskLevel.NONE;
        boolean act = false;
        List<List<Sentence>> chunks = read(text);
        for (List<Sentence> chunk : chunks) {
            for (Sentence sentence : chunk) {
                level = level.max(lexicon.level(sentence));
                act |= lexicon.actInProgress(sentence);
            }
        }
        if (semantic.isPresent() && saysSomething(text)) {
            for (int i = 0; i < chunks.size() && level != RiskLevel.URGENT; i++) {
                level = level.max(semantic.get().level(chunks.get(i)));
            }
        }
        return level == RiskLevel.NONE ? Assessment.NONE : new Assessment(level, act && level == RiskLevel.URGENT);
    }

    /**
     * Words carry the meaning the model reads: a message with no letters at all (a phone number the safety
     * plan asked for, a time) or a bot command alone ("/delete", "/delete yes": a word of the menu, read by
     * the model as a threat to oneself) is left to the lexicon, which still sees everything.
     */
    private static boolean saysSomething(String text) {
        return text.codePoints().anyMatch(Character::isLetter)
                && !BARE_COMMAND.matcher(text).matches();
    }

    private static final Pattern BARE_COMMAND =
            Pattern.compile("\\s*/[A-Za-z_]+(@\\w+)?(\\s+(yes|no))?\\s*", Pattern.CASE_INSENSITIVE);

    /** The sentences of each stretch of {@code text} (see {@link TextChunks}), as the two layers read them. */
    List<List<Sentence>> read(String text) {
        List<List<Sentence>> chunks = new ArrayList<>();
        for (String chunk : TextChunks.split(text)) {
            List<Sentence> sentences = new ArrayList<>();
            for (List<String> tokens : nlp.tokenize(chunk)) {
                sentences.add(lexicon.read(tokens));
            }
            chunks.add(sentences);
        }
        return chunks;
    }

    /** The lexicon's verdict alone, for evaluation. */
    RiskLevel lexiconLevel(String text) {
        return lexiconOnlyView().assess(text);
    }

    private RiskCheck lexiconOnlyView() {
        return new RiskCheck(nlp, lexicon, Optional.empty());
    }
}
