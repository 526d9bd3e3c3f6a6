package org.smallwins.reframe;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import org.smallwins.config.ConfigFiles;

/**
 * Every sentence the bot says, read from {@code config/messages.properties} so that a clinician can
 * change the wording without touching code. Placeholders are named, as in {@code {action}}.
 */
public final class Messages {
    private final Properties texts;

    private Messages(Properties texts) {
        this.texts = texts;
    }

    /** The bundle shipped in the jar (built from {@code config/}). */
    public static Messages load() {
        return new Messages(ConfigFiles.properties("messages.properties"));
    }

    public Optional<String> find(String key) {
        return Optional.ofNullable(texts.getProperty(key)).map(String::strip);
    }

    /** The text under {@code key}; fails fast, naming the key, when the bundle lacks it. */
    public String require(String key) {
        return find(key).orElseThrow(() -> new IllegalStateException("messages.properties has no key " + key));
    }

    /** The text under {@code key} with each {@code {name}} replaced; {@code pairs} alternate name, value. */
    public String format(String key, String... pairs) {
        if (pairs.length % 2 != 0) {
            throw new IllegalArgumentException("placeholders come in name/value pairs for " + key);
        }
        String text = require(key);
        for (int i = 0; i < pairs.length; i += 2) {
            text = text.replace("{" + pairs[i] + "}", pairs[i + 1]);
        }
        return text;
    }

    /** The texts under {@code prefix.1}, {@code prefix.2}, … in order; fails fast when there is none. */
    public List<String> variants(String prefix) {
        List<String> result = new ArrayList<>();
        for (int i = 1; find(prefix + "." + i).isPresent(); i++) {
            result.add(require(prefix + "." + i));
        }
        if (result.isEmpty()) {
            throw new IllegalStateException("messages.properties has no variants " + prefix + ".1, .2, …");
        }
        return List.copyOf(result);
    }
}
