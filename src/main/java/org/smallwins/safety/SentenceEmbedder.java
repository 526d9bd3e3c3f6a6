package org.smallwins.safety;

import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;

/**
 * Sentence embeddings computed in-process and offline: all-MiniLM-L6-v2, quantized, on ONNX Runtime
 * (384 numbers a text, unit length). Loading takes about a second and some 100 MB, so there is one,
 * shared by every thread (the ONNX session and the tokenizer are safe to call concurrently).
 */
final class SentenceEmbedder {
    static final int DIMENSIONS = 384;

    private final AllMiniLmL6V2QuantizedEmbeddingModel model;

    private SentenceEmbedder() {
        // Runnable::run: embed on the caller's thread; the library's own pool would only add threads.
        this.model = new AllMiniLmL6V2QuantizedEmbeddingModel(Runnable::run);
    }

    private static final class Shared {
        static final SentenceEmbedder INSTANCE = new SentenceEmbedder();
    }

    /** The one embedder of this process, loaded on first use. */
    static SentenceEmbedder shared() {
        return Shared.INSTANCE;
    }

    float[] embed(String text) {
        return model.embed(text).content().vector();
    }
}
