package org.smallwins.bench;

import java.util.List;
import java.util.Optional;
import org.smallwins.language.NlpPipeline;
import org.smallwins.language.TaggedSentence;

/**
 * The bare library calls that any analysis of a message needs, whatever we build on them: OpenNLP's
 * sentences, tokens and part-of-speech tags, once; and, when a sentence-embedding model is on the class
 * path, one embedding of each sentence and one of the whole message (as the risk check's semantic layer
 * reads them). The full analysis over this is our own overhead.
 */
public final class BareParts implements MessageWork {
    private final NlpPipeline nlp;
    private final Optional<SentenceEmbeddings> embeddings;

    public BareParts(NlpPipeline nlp, Optional<SentenceEmbeddings> embeddings) {
        this.nlp = nlp;
        this.embeddings = embeddings;
    }

    /** What the bare calls are, for the report. */
    public String description() {
        return "OpenNLP sentences + tokens + POS"
                + embeddings
                        .map(e -> " + " + e.name() + " per sentence and whole")
                        .orElse("");
    }

    /** A short label for the {@code bench:} line. */
    public String label() {
        return embeddings.isPresent() ? "opennlp+embedding" : "opennlp";
    }

    @Override
    public Object run(String message, int number) {
        List<TaggedSentence> sentences = nlp.tag(message);
        if (embeddings.isEmpty()) {
            return sentences;
        }
        SentenceEmbeddings model = embeddings.get();
        float sum = 0;
        for (TaggedSentence sentence : sentences) {
            sum += model.embed(text(sentence))[0];
        }
        if (sentences.size() > 1) {
            sum += model.embed(message)[0];
        }
        return sum;
    }

    /** The sentence as written, from its tokens and the spaces that stood between them. */
    static String text(TaggedSentence sentence) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < sentence.size(); i++) {
            if (sentence.spaceBefore().get(i)) {
                text.append(' ');
            }
            text.append(sentence.tokens().get(i));
        }
        return text.toString();
    }
}
