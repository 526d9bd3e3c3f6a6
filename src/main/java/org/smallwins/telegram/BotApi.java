package org.smallwins.telegram;

import java.util.concurrent.CompletableFuture;

/**
 * The Bot API calls made while the bot runs, asynchronous so that no thread waits on Telegram; each
 * call's future completes, or fails with a timeout, within the call limit.
 */
interface BotApi {
    /** Puts {@code part} in its chat. */
    CompletableFuture<?> send(Part part);

    /** Stops the spinner on a pressed button, showing {@code toast} when it is not null. */
    CompletableFuture<?> answerCallback(String callbackId, String toast);
}
