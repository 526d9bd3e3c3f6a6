package org.smallwins.safety;

/**
 * What the risk check found in one message: its level, and whether the person says an act is happening
 * now (an overdose taken, "just waiting now", standing on a bridge), so the reply can lead with 999 and
 * A&amp;E. An act in progress is always URGENT.
 */
public record Assessment(RiskLevel level, boolean actInProgress) {
    public static final Assessment NONE = new Assessment(RiskLevel.NONE, false);

    public Assessment {
        if (level == null) {
            throw new IllegalArgumentException("an assessment needs a level");
        }
        if (actInProgress && level != RiskLevel.URGENT) {
            throw new IllegalArgumentException("an act in progress is URGENT, not " + level);
        }
    }
}
