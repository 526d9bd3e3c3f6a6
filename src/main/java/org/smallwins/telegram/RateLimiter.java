package org.smallwins.telegram;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * Paces outgoing messages: evenly spaced overall ({@code perSecond}) and at most one per
 * {@code perChat} interval in each chat. A caller reserves a slot and waits for it, so nothing is dropped.
 */
final class RateLimiter {
    private final Duration globalInterval;
    private final Duration perChat;
    private final Clock clock;
    private final Map<Long, Instant> nextInChat = new HashMap<>();
    private Instant nextGlobal = Instant.MIN;

    RateLimiter(int perSecond, Duration perChat, Clock clock) {
        this.globalInterval = Duration.ofNanos(1_000_000_000L / perSecond);
        this.perChat = perChat;
        this.clock = clock;
    }

    /** Reserves the next free slot for {@code chatId} and returns how long to wait until it. */
    synchronized Duration reserve(long chatId) {
        Instant now = clock.instant();
        Instant start = latest(now, nextGlobal, nextInChat.getOrDefault(chatId, Instant.MIN));
        nextGlobal = start.plus(globalInterval);
        nextInChat.put(chatId, start.plus(perChat));
        if (nextInChat.size() > 10_000) {
            nextInChat.values().removeIf(next -> next.isBefore(now));
        }
        return Duration.between(now, start);
    }

    private static Instant latest(Instant a, Instant b, Instant c) {
        Instant max = a.isAfter(b) ? a : b;
        return max.isAfter(c) ? max : c;
    }
}
