package org.smallwins.language;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.ThreadSafePOSTaggerME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.sentdetect.ThreadSafeSentenceDetectorME;
import opennlp.tools.tokenize.ThreadSafeTokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.util.Span;

/**
 * The OpenNLP English pipeline (sentences, tokens, UD part-of-speech tags), loaded once from the model
 * jars on the class path and safe to share between threads. The lemmatizer is left out on purpose: at
 * about 800 µs a sentence it would dominate the per-message cost.
 */
public final class NlpPipeline {
    private static final String SENTENCE_MODEL = "opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
    private static final String TOKEN_MODEL = "opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";
    private static final String POS_MODEL = "opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";
    /** Longer input is cut here: nobody's weekly answer needs more, and it bounds the work per message. */
    static final int MAX_CHARS = 8_192;

    private final ThreadSafeSentenceDetectorME sentences;
    private final ThreadSafeTokenizerME tokenizer;
    private final ThreadSafePOSTaggerME tagger;

    private NlpPipeline(SentenceModel sentenceModel, TokenizerModel tokenModel, POSModel posModel) {
        this.sentences = new ThreadSafeSentenceDetectorME(sentenceModel);
        this.tokenizer = new ThreadSafeTokenizerME(tokenModel);
        this.tagger = new ThreadSafePOSTaggerME(posModel, POSTagFormat.UD);
    }

    /** Loads the English UD models; fails fast when a model jar is missing from the class path. */
    public static NlpPipeline english() {
        try {
            return new NlpPipeline(
                    new SentenceModel(open(SENTENCE_MODEL)),
                    new TokenizerModel(open(TOKEN_MODEL)),
                    new POSModel(open(POS_MODEL)));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read an OpenNLP model", e);
        }
    }

    private static InputStream open(String name) {
        InputStream in = NlpPipeline.class.getClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("OpenNLP model " + name + " is not on the class path");
        }
        return in;
    }

    /** Splits into sentences, tokenizes and tags. Never throws on odd text; empty text gives no sentences. */
    public List<TaggedSentence> tag(String text) {
        List<TaggedSentence> result = new ArrayList<>();
        for (String line : lines(text)) {
            Span[] spans = tokenizer.tokenizePos(line);
            String[] tokens = Span.spansToStrings(spans, line);
            List<Boolean> spaceBefore = new ArrayList<>();
            for (int i = 0; i < spans.length; i++) {
                spaceBefore.add(i > 0 && spans[i].getStart() > spans[i - 1].getEnd());
            }
            result.add(new TaggedSentence(Arrays.asList(tokens), Arrays.asList(tagger.tag(tokens)), spaceBefore));
        }
        return result;
    }

    /** Tokens of every sentence, without tags (the cheap path, used by the risk check). */
    public List<List<String>> tokenize(String text) {
        List<List<String>> result = new ArrayList<>();
        for (String line : lines(text)) {
            result.add(Arrays.asList(tokenizer.tokenize(line)));
        }
        return result;
    }

    /** The sentences of {@code text}, a line break ending one as surely as a full stop in chat. */
    private List<String> lines(String text) {
        String cleaned = TextNormaliser.clean(text);
        if (cleaned.length() > MAX_CHARS) {
            cleaned = cleaned.substring(0, MAX_CHARS);
        }
        List<String> result = new ArrayList<>();
        if (cleaned.isBlank()) {
            return result;
        }
        for (String sentence : sentences.sentDetect(cleaned)) {
            for (String line : sentence.split("\\n+")) {
                if (!line.isBlank()) {
                    result.add(line.strip());
                }
            }
        }
        return result;
    }
}
