package org.smallwins.language;

/** Tokens {@code start} (inclusive) to {@code end} (exclusive) of sentence {@code sentence}. */
public record Span(int sentence, int start, int end) {
    public Span {
        if (sentence < 0 || start < 0 || end <= start) {
            throw new IllegalArgumentException("bad span " + sentence + ":" + start + "-" + end);
        }
    }

    public boolean covers(int sentenceIndex, int token) {
        return sentenceIndex == sentence && token >= start && token < end;
    }
}
