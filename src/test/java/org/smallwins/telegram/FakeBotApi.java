package org.smallwins.telegram;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

/** A {@link BotApi} that records what it was asked to send and answers as a test tells it to. */
final class FakeBotApi implements BotApi {
    /** One call: what went where, and when. */
    record Call(Part part, Instant at) {
        long chatId() {
            return part.chatId();
        }

        String text() {
            return part instanceof Part.Text t
                    ? t.text()
                    : ((Part.File) part).caption().orElse("");
        }
    }

    final List<Call> calls = new CopyOnWriteArrayList<>();
    final List<String> callbackAnswers = new CopyOnWriteArrayList<>();
    private volatile Function<Part, CompletableFuture<?>> answer = part -> CompletableFuture.completedFuture(null);

    /** How calls are answered from now on (the default: every call succeeds at once). */
    void answering(Function<Part, CompletableFuture<?>> answer) {
        this.answer = answer;
    }

    @Override
    public CompletableFuture<?> send(Part part) {
        calls.add(new Call(part, Instant.now()));
        return answer.apply(part);
    }

    @Override
    public CompletableFuture<?> answerCallback(String callbackId, String toast) {
        callbackAnswers.add(callbackId + ":" + toast);
        return CompletableFuture.completedFuture(true);
    }

    List<Call> to(long chatId) {
        return calls.stream().filter(c -> c.chatId() == chatId).toList();
    }
}
