package org.smallwins.telegram;

import java.time.Duration;

/**
 * How fast replies may go: {@code perSecond} messages a second over all chats, evenly spaced, and one
 * message each {@code perChat} in any one chat (Telegram allows about 30 and 1).
 */
record Pace(int perSecond, Duration perChat) {
    Pace {
        if (perSecond < 1 || perChat.isNegative()) {
            throw new IllegalArgumentException("send limits must be positive");
        }
    }

    Duration interval() {
        return Duration.ofNanos(1_000_000_000L / perSecond);
    }
}
