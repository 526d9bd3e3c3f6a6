package org.smallwins.safety;

import java.util.Properties;
import org.smallwins.config.ConfigFiles;

/**
 * Where the semantic layer's scores turn into levels, from {@code config/risk-model.properties}: URGENT
 * at P(URGENT) ≥ {@code urgentAt}; at least CONCERN at P(URGENT) + P(CONCERN) ≥ {@code concernAt}.
 */
record ScoreBands(double urgentAt, double concernAt) {
    static final String FILE = "risk-model.properties";

    ScoreBands {
        if (!(urgentAt > 0 && urgentAt <= 1 && concernAt > 0 && concernAt <= 1)) {
            throw new IllegalArgumentException("config/" + FILE + ": thresholds must be above 0 and at most 1, not "
                    + urgentAt + " and " + concernAt);
        }
    }

    static ScoreBands load() {
        Properties properties = ConfigFiles.properties(FILE);
        return new ScoreBands(number(properties, "urgent.at"), number(properties, "concern.at"));
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

    /** The level that P(NONE), P(CONCERN), P(URGENT) fall in. */
    RiskLevel level(double[] p) {
        if (p[2] >= urgentAt) {
            return RiskLevel.URGENT;
        }
        return p[1] + p[2] >= concernAt ? RiskLevel.CONCERN : RiskLevel.NONE;
    }
}
