package org.smallwins.telegram;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * How the bot talks to the Bot API: the token, where the API is, and the outbound limits (Telegram
 * allows about 30 messages a second overall and one a second per chat; we stay under both).
 */
public record TelegramSettings(
        String token, URI apiUrl, int messagesPerSecond, Duration perChatInterval, Duration callTimeout) {
    public static final int DEFAULT_MESSAGES_PER_SECOND = 25;
    public static final Duration DEFAULT_PER_CHAT_INTERVAL = Duration.ofSeconds(1);
    public static final Duration DEFAULT_CALL_TIMEOUT = Duration.ofSeconds(20);

    public TelegramSettings {
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(apiUrl, "apiUrl");
        Objects.requireNonNull(perChatInterval, "perChatInterval");
        Objects.requireNonNull(callTimeout, "callTimeout");
        if (token.isBlank()) {
            throw new IllegalArgumentException("the bot token is blank");
        }
        if (apiUrl.getHost() == null || apiUrl.getScheme() == null) {
            throw new IllegalArgumentException(
                    "the Bot API address needs a scheme and host, e.g. http://127.0.0.1:9000");
        }
        if (messagesPerSecond < 1 || perChatInterval.isNegative()) {
            throw new IllegalArgumentException("send limits must be positive");
        }
    }

    public TelegramSettings(String token, URI apiUrl) {
        this(token, apiUrl, DEFAULT_MESSAGES_PER_SECOND, DEFAULT_PER_CHAT_INTERVAL, DEFAULT_CALL_TIMEOUT);
    }

    int port() {
        if (apiUrl.getPort() != -1) {
            return apiUrl.getPort();
        }
        return "https".equals(apiUrl.getScheme()) ? 443 : 80;
    }
}
