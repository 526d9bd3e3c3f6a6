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
 * backoff, and other refusals (400, 403) give up at once. Logs name the method and code, never text.
 */
final class ApiCalls {
    private static final Logger log = LoggerFactory.getLogger(ApiCalls.class);
    private static final int ATTEMPTS = 7;
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

    <T extends Serializable> T call(BotApiMethod<T> method) throws CallFailed, InterruptedException {
        Duration backoff = FIRST_BACKOFF;
        for (int attempt = 1; ; attempt++) {
            try {
                return once(method);
            } catch (TelegramApiRequestException e) {
                int code = e.getErrorCode() == null ? 0 : e.getErrorCode();
                Integer retryAfter =
                        e.getParameters() == null ? null : e.getParameters().getRetryAfter();
                if (code == 429 && attempt < ATTEMPTS) {
                    Duration wait = Duration.ofSeconds(retryAfter == null ? 1 : retryAfter);
                    log.warn("{} rate-limited by Telegram; waiting {} s", method.getMethod(), wait.toSeconds());
                    sleeper.sleep(wait);
                    continue;
                }
                if (code != 0 && code < 500 || attempt >= ATTEMPTS) {
                    throw new CallFailed(method.getMethod() + " refused: " + code, code, e);
                }
                log.warn("{} failed with {} (attempt {}); retrying", method.getMethod(), code, attempt);
            } catch (TelegramApiException | TimeoutException e) {
                if (attempt >= ATTEMPTS) {
                    throw new CallFailed(method.getMethod() + " failed after " + attempt + " attempts", 0, e);
                }
                log.warn(
                        "{} failed ({}), attempt {}; retrying",
                        method.getMethod(),
                        e.getClass().getSimpleName(),
                        attempt);
            }
            sleeper.sleep(backoff);
            backoff = backoff.multipliedBy(2).compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : backoff.multipliedBy(2);
        }
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
