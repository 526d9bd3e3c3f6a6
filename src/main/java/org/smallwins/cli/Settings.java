package org.smallwins.cli;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.smallwins.config.ConfigFiles;

/**
 * Where each setting comes from: a command-line flag beats an environment variable, which beats
 * {@code config/smallwins.properties}. Relative paths are resolved against the project folder.
 */
final class Settings {
    private final Properties file;
    private final Map<String, String> environment;
    private final Path home;

    Settings(Properties file, Map<String, String> environment, Path home) {
        this.file = file;
        this.environment = environment;
        this.home = home;
    }

    static Settings load() {
        return load(System.getenv());
    }

    static Settings load(Map<String, String> environment) {
        return new Settings(
                ConfigFiles.findProperties("smallwins.properties").orElseGet(Properties::new), environment, home());
    }

    /** The project folder: set by the {@code bot} launcher, else the working directory. */
    static Path home() {
        return Path.of(System.getProperty("smallwins.home", "."))
                .toAbsolutePath()
                .normalize();
    }

    Optional<String> value(String flag, String environmentName, String propertyKey) {
        if (flag != null && !flag.isBlank()) {
            return Optional.of(flag);
        }
        String fromEnvironment = environmentName == null ? null : environment.get(environmentName);
        if (fromEnvironment != null && !fromEnvironment.isBlank()) {
            return Optional.of(fromEnvironment);
        }
        return Optional.ofNullable(propertyKey)
                .map(file::getProperty)
                .map(String::strip)
                .filter(v -> !v.isEmpty());
    }

    /** A whole number from {@code config/smallwins.properties}; a value that is not one is a clear error. */
    long number(String propertyKey, long fallback) {
        String value = value(null, null, propertyKey).orElse(null);
        if (value == null) {
            return fallback;
        }
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(
                    "config/smallwins.properties: " + propertyKey + " should be a whole number, not '" + value + "'");
        }
    }

    /** The database path: {@code --db}, {@code SMALLWINS_DB}, {@code db.path}, or {@code data/smallwins}. */
    Path databasePath(String flag) {
        Path path = Path.of(value(flag, "SMALLWINS_DB", "db.path").orElse("data/smallwins"));
        if (path.isAbsolute()) {
            return path;
        }
        // A flag is typed from where the person stands; the defaults live in the project folder.
        return flag != null && !flag.isBlank() ? path.toAbsolutePath() : home.resolve(path);
    }

    Optional<String> databaseKey() {
        return value(null, "SMALLWINS_DB_KEY", null); // a secret: never read from a file in the repo
    }
}
