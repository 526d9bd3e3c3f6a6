package org.smallwins.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Properties;

/**
 * Reads the files of {@code config/}, which the build packs into the jar under {@code config/}. Every
 * file is UTF-8 (properties included, so wording can use curly quotes and accents).
 */
public final class ConfigFiles {
    private ConfigFiles() {}

    /** {@code config/<name>} as properties; fails fast, naming the file, when it is missing. */
    public static Properties properties(String name) {
        return findProperties(name).orElseThrow(() -> missing(name));
    }

    /** {@code config/<name>} as properties, when the file exists. */
    public static Optional<Properties> findProperties(String name) {
        return read(name).map(bytes -> {
            Properties properties = new Properties();
            try {
                properties.load(new InputStreamReader(new java.io.ByteArrayInputStream(bytes), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException("Could not read config/" + name, e);
            }
            return properties;
        });
    }

    /** {@code config/<name>} as text; fails fast, naming the file, when it is missing. */
    public static String text(String name) {
        return read(name)
                .map(bytes -> new String(bytes, StandardCharsets.UTF_8))
                .orElseThrow(() -> missing(name));
    }

    private static Optional<byte[]> read(String name) {
        try (InputStream in = ConfigFiles.class.getClassLoader().getResourceAsStream("config/" + name)) {
            return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read config/" + name, e);
        }
    }

    private static IllegalStateException missing(String name) {
        return new IllegalStateException("config/" + name + " is not in the jar: rebuild with ./bot");
    }
}
