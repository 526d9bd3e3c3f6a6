package org.smallwins.safety;

import java.util.Properties;
import org.smallwins.config.ConfigFiles;

/**
 * Where the semantic layer's scores turn into levels, from {@code config/risk-model.properties}: URGENT
 * at P(URGENT) ≥ {@code urgentAt} for a sentence, and ≥ {@code wholeUrgentAt} for a stretch of two or more
 * sentences read whole; at least CONCERN at P(URGENT) + P(CONCERN) ≥ {@code concernAt}.
 */
record ScoreBands(double urgentAt, double concernAt, double wholeUrgentAt) {
    static final String FILE = "risk-model.properties";

    ScoreBands {
        for (double threshold : new double[] {urgentAt, concernAt, wholeUrgentAt}) {
            if (!(threshold > 0 && threshold <= 1)) {
                throw new IllegalArgumentException("config/" + FILE + ": thresholds must be above 0 and at most 1, not "
                        + urgentAt + ", " + concernAt + " and " + wholeUrgentAt);
            }
        }
    }

    static ScoreBands load() {
        Properties properties = ConfigFiles.properties(FILE);
        return new ScoreBands(
                number(properties, "urgent.at"),
                number(properties, "concern.at"),
                number(properties, "whole.urgent.at"));
    }

    private static double number(Properties properties, String key) {
        String value = properties.getProperty(key);
        if (value == null) {
            throw new IllegalStateException("config/" + FILE + " lacks " + key);
        }
        try {
            return Double.parseDouble(value.strip());
        } catch (NumberFormatException e) {
            throw new IllegalStateException("config/" + FILE + ": " + key + " is not a number: " + value.strip(), e);
        }
    }

    /** The level that a sentence's P(NONE), P(CONCERN), P(URGENT) fall in. */
    RiskLevel level(double[] p) {
        return level(p, urgentAt);
    }

    /** The level of a stretch of several sentences read whole. */
    RiskLevel wholeLevel(double[] p) {
        return level(p, wholeUrgentAt);
    }

    private RiskLevel level(double[] p, double urgent) {
        if (p[2] >= urgent) {
            return RiskLevel.URGENT;
        }
        return p[1] + p[2] >= concernAt ? RiskLevel.CONCERN : RiskLevel.NONE;
    }
}
