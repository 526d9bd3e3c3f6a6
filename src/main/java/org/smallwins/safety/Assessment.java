package org.smallwins.safety;

import java.util.Objects;

/**
 * What the risk check found in a message.
 *
 * @param level the highest level any sentence (or the whole message) reached
 * @param actInProgress the message says harm is happening or has happened (an overdose taken, "just
 *     waiting now"): the reply leads with 999 and A&E
 */
public record Assessment(RiskLevel level, boolean actInProgress) {
    public Assessment {
        Objects.requireNonNull(level, "level");
        if (actInProgress && level != RiskLevel.URGENT) {
            throw new IllegalArgumentException("an act in progress is URGENT, got " + level);
        }
    }
}
