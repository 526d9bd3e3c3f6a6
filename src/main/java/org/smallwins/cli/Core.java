package org.smallwins.cli;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.smallwins.language.NlpPipeline;
import org.smallwins.language.OpenNlpAnalyzer;
import org.smallwins.language.TextAnalyzer;
import org.smallwins.reframe.Messages;
import org.smallwins.reframe.ReplyComposer;
import org.smallwins.safety.EnglishCheck;
import org.smallwins.safety.RiskCheck;

/** The language models, the risk check, the messages and the reply composer: loaded once a process. */
record Core(
        NlpPipeline nlp,
        RiskCheck riskCheck,
        EnglishCheck english,
        TextAnalyzer analyzer,
        Messages messages,
        ReplyComposer composer) {
    /**
     * Loads everything, the independent parts side by side (the language models, the embedding model, the
     * language detector): on two cores that brings start-up under two seconds. A missing or broken model
     * fails here with its own message.
     */
    static Core load() {
        ExecutorService loaders = Executors.newFixedThreadPool(3, runnable -> {
            Thread thread = new Thread(runnable, "loading-models");
            thread.setDaemon(true);
            return thread;
        });
        try {
            CompletableFuture<NlpPipeline> nlp = CompletableFuture.supplyAsync(NlpPipeline::english, loaders);
            CompletableFuture<RiskCheck> risk = RiskCheck.loading(nlp, loaders);
            CompletableFuture<EnglishCheck> english = CompletableFuture.supplyAsync(EnglishCheck::load, loaders);
            Messages messages = Messages.load();
            TextAnalyzer analyzer = OpenNlpAnalyzer.shipped(result(nlp));
            return new Core(
                    result(nlp),
                    result(risk),
                    result(english),
                    analyzer,
                    messages,
                    new ReplyComposer(messages, analyzer));
        } finally {
            loaders.shutdown();
        }
    }

    /** What a loader made, or what it threw, as it threw it. */
    static <T> T result(CompletableFuture<T> loading) {
        try {
            return loading.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            if (e.getCause() instanceof Error failure) {
                throw failure;
            }
            throw e;
        }
    }
}
