package org.smallwins.telegram;

import java.io.Serializable;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.botapimethods.BotApiMethod;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * Every Bot API call goes through here: each has a timeout (a reply without {@code ok} would otherwise
 * leave the call waiting for ever), 429 waits {@code retry_after}, 5xx and network errors retry with
 * backoff up to {@link #MAX_RETRY_TIME}, and other refusals (400, 403) give up at once. Logs name the
 * method and code, never text.
 */
final class ApiCalls {
    private static final Logger log = LoggerFactory.getLogger(ApiCalls.class);
    static final Duration MAX_RETRY_TIME = Duration.ofMinutes(5);
    private static final Duration FIRST_BACKOFF = Duration.ofMillis(500);
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(16);

    private final TelegramClient client;
    private final Duration timeout;
    private final Sleeper sleeper;

    ApiCalls(TelegramClient client, Duration timeout, Sleeper sleeper) {
        this.client = client;
        this.timeout = timeout;
        this.sleeper = sleeper;
    }

    /** A refusal that retrying cannot fix, or retries used up. */
    static final class CallFailed extends Exception {
        private final int code;

        CallFailed(String message, int code, Throwable cause) {
            super(message, cause);
            this.code = code;
        }

        int code() {
            return code;
        }
    }

    /**
     * Makes the call, retrying 429, 5xx, network failures and timeouts until it succeeds or five minutes
     * of waiting have passed (a reply arrives late rather than never); other refusals fail at once.
     */
    <T extends Serializable> T call(BotApiMethod<T> method) throws CallFailed, InterruptedException {
        Duration waited = Duration.ZERO;
        Duration backoff = FIRST_BACKOFF;
        while (true) {
            Duration wait;
            int code = 0;
            Exception failure;
            try {
                return once(method);
            } catch (TelegramApiRequestException e) {
                code = e.getErrorCode() == null ? 0 : e.getErrorCode();
                failure = e;
                if (code == 429) {
                    Integer retryAfter =
                            e.getParameters() == null ? null : e.getParameters().getRetryAfter();
                    wait = Duration.ofSeconds(retryAfter == null ? 1 : retryAfter);
                } else if (code == 0 || code >= 500) {
                    wait = backoff;
                    backoff = doubled(backoff);
                } else {
                    throw new CallFailed(method.getMethod() + " refused: " + code, code, e);
                }
            } catch (TelegramApiException | TimeoutException e) {
                failure = e;
                wait = backoff;
                backoff = doubled(backoff);
            }
            if (waited.plus(wait).compareTo(MAX_RETRY_TIME) > 0) {
                throw new CallFailed(
                        method.getMethod() + " still failing after " + waited.toSeconds() + " s of retries",
                        code,
                        failure);
            }
            log.warn(
                    "{} failed ({}); retrying in {} ms",
                    method.getMethod(),
                    code == 0 ? failure.getClass().getSimpleName() : code,
                    wait.toMillis());
            sleeper.sleep(wait);
            waited = waited.plus(wait);
        }
    }

    private static Duration doubled(Duration backoff) {
        Duration twice = backoff.multipliedBy(2);
        return twice.compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : twice;
    }

    private <T extends Serializable> T once(BotApiMethod<T> method)
            throws TelegramApiException, TimeoutException, InterruptedException {
        try {
            return client.executeAsync(method).get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof TelegramApiException api) {
                throw api;
            }
            throw new TelegramApiException(method.getMethod() + " failed", e.getCause());
        }
    }
}
