package org.smallwins.safety;

import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.smallwins.config.ConfigFiles;

/**
 * Where to get help now, from {@code config/crisis-resources.properties}: checked facts, kept apart from
 * the rest of the wording so that they are reviewed on their own and tested number by number.
 */
public final class CrisisResources {
    private static final String FILE = "crisis-resources.properties";
    private final List<String> lines;

    CrisisResources(List<String> lines) {
        if (lines.isEmpty()) {
            throw new IllegalStateException(FILE + " lists no resource");
        }
        this.lines = List.copyOf(lines);
    }

    public static CrisisResources load() {
        Properties properties = ConfigFiles.properties(FILE);
        List<String> lines = new ArrayList<>();
        for (int i = 1; properties.getProperty("resource." + i) != null; i++) {
            lines.add(properties.getProperty("resource." + i).strip());
        }
        return new CrisisResources(lines);
    }

    /** The resources, one a line, most urgent first. */
    public List<String> lines() {
        return lines;
    }

    /** The resources as a bulleted block for a chat message. */
    public String asText() {
        return String.join("\n", lines.stream().map(line -> "• " + line).toList());
    }
}
