package org.smallwins.privacy;

import java.time.Period;
import java.util.Optional;
import org.smallwins.reframe.Messages;

/** The {@code /privacy} reply: the general text, and how long reviews are kept on this bot. */
public final class PrivacyNotice {
    private PrivacyNotice() {}

    /** @param retention the period from {@code retention.months}, empty when automatic deletion is off */
    public static String text(Messages messages, Optional<Period> retention) {
        String howLong = retention
                .map(p -> messages.format("privacy.retention.months", "months", String.valueOf(p.toTotalMonths())))
                .orElseGet(() -> messages.require("privacy.retention.off"));
        return messages.require("privacy.text") + "\n\n" + howLong;
    }
}
