package org.smallwins.bench;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Optional;
import java.util.concurrent.Executor;

/**
 * The bare sentence-embedding call (quantized all-MiniLM-L6-v2 through langchain4j on ONNX Runtime), found
 * on the class path by name: the benchmark measures it when the safety layer that needs it has brought the
 * library in, and says it is absent otherwise, without depending on it at compile time.
 */
public final class SentenceEmbeddings {
    static final String MODEL_CLASS =
            "dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel";

    private final Object model;
    private final Method embed;
    private final Method content;
    private final Method vector;

    private SentenceEmbeddings(Object model, Method embed, Method content, Method vector) {
        this.model = model;
        this.embed = embed;
        this.content = content;
        this.vector = vector;
    }

    /** True when the library is on the class path (without loading the model). */
    public static boolean onClassPath() {
        try {
            Class.forName(MODEL_CLASS, false, SentenceEmbeddings.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }

    /** The model, loaded, when its library is on the class path. */
    public static Optional<SentenceEmbeddings> find() {
        Class<?> modelClass;
        try {
            modelClass = Class.forName(MODEL_CLASS);
        } catch (ClassNotFoundException e) {
            return Optional.empty();
        }
        try {
            // Embed on the caller's thread, as the risk check does: the library's own pool would add threads.
            Object model = modelClass.getConstructor(Executor.class).newInstance((Executor) Runnable::run);
            Method embed = modelClass.getMethod("embed", String.class);
            Method content = embed.getReturnType().getMethod("content");
            Method vector = Class.forName("dev.langchain4j.data.embedding.Embedding", true, modelClass.getClassLoader())
                    .getMethod("vector");
            return Optional.of(new SentenceEmbeddings(model, embed, content, vector));
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("The embedding library on the class path is not the expected one", e);
        }
    }

    public String name() {
        return "all-MiniLM-L6-v2 (quantized) embeddings";
    }

    public float[] embed(String text) {
        try {
            return (float[]) vector.invoke(content.invoke(embed.invoke(model, text)));
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("The embedding model failed", e.getCause());
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("The embedding model cannot be called", e);
        }
    }
}
