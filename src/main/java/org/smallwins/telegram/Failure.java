package org.smallwins.telegram;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;

/**
 * Why a Bot API call failed, as far as what to do next goes.
 *
 * @param kind what it means for the message
 * @param code the HTTP-like error code Telegram gave, 0 for a network failure or a timeout
 * @param retryAfter how long Telegram asked us to wait (429), when it said
 */
record Failure(Kind kind, int code, Optional<Duration> retryAfter) {
    enum Kind {
        /** Too many requests, a server error, a lost connection or a timeout: the same call may work later. */
        LATER,
        /** Telegram will never take this message (400): retrying cannot help. */
        REFUSED,
        /** The person blocked the bot, or it cannot write to this chat (403): nothing more can reach them. */
        BLOCKED
    }

    static Failure of(Throwable error) {
        Throwable cause = error;
        while ((cause instanceof CompletionException || cause instanceof ExecutionException)
                && cause.getCause() != null) {
            cause = cause.getCause();
        }
        if (cause instanceof TelegramApiRequestException refusal && refusal.getErrorCode() != null) {
            int code = refusal.getErrorCode();
            Optional<Duration> retryAfter = Optional.ofNullable(refusal.getParameters())
                    .map(p -> p.getRetryAfter())
                    .map(Duration::ofSeconds);
            if (code == 400) {
                return new Failure(Kind.REFUSED, code, Optional.empty());
            }
            if (code == 403) {
                return new Failure(Kind.BLOCKED, code, Optional.empty());
            }
            return new Failure(Kind.LATER, code, code == 429 ? retryAfter : Optional.empty());
        }
        return new Failure(Kind.LATER, 0, Optional.empty());
    }

    /** For logs: the code, or the kind of failure; never what the request or the answer said. */
    static String describe(Throwable error) {
        Throwable cause = error;
        while ((cause instanceof CompletionException || cause instanceof ExecutionException)
                && cause.getCause() != null) {
            cause = cause.getCause();
        }
        Failure failure = of(cause);
        return failure.code() != 0
                ? String.valueOf(failure.code())
                : cause.getClass().getSimpleName();
    }
}
