package org.smallwins.safety;

/** How worried the bot must be about a message; ordered, so the larger level wins. */
public enum RiskLevel {
    /** No risk language found. */
    NONE,
    /** Hopelessness, feeling trapped or a burden, heavy drinking or drug use, long withdrawal, low mood. */
    CONCERN,
    /** Suicidal thoughts or plans, self-harm, harm to others, immediate danger: crisis resources now. */
    URGENT;

    public RiskLevel max(RiskLevel other) {
        return compareTo(other) >= 0 ? this : other;
    }
}
