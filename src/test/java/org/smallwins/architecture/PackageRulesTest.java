package org.smallwins.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The ports-and-adapters rules of DESIGN.md and each package-info, checked on the sources. */
class PackageRulesTest {
    private static final Path MAIN = Path.of("src/main/java/org/smallwins");

    /** Imports each package may not have. */
    private static final Map<String, List<String>> FORBIDDEN = Map.of(
            "review", List.of("org.telegram", "org.smallwins.storage", "org.smallwins.console", "org.smallwins.cli"),
            "safety",
                    List.of(
                            "org.telegram",
                            "org.smallwins.storage",
                            "org.smallwins.review",
                            "org.smallwins.console",
                            "org.smallwins.cli"),
            "language",
                    List.of(
                            "org.telegram",
                            "org.smallwins.storage",
                            "org.smallwins.review",
                            "org.smallwins.safety",
                            "org.smallwins.cli"),
            "reframe", List.of("org.telegram", "org.smallwins.storage", "org.smallwins.review", "org.smallwins.cli"),
            "storage", List.of("org.telegram", "org.smallwins.console", "org.smallwins.cli"),
            "console", List.of("org.telegram", "org.smallwins.storage", "org.smallwins.cli"),
            "config", List.of("org.telegram", "org.smallwins."),
            "checkin", List.of("org.telegram", "org.smallwins.storage", "org.smallwins.console", "org.smallwins.cli"),
            "privacy", List.of("org.telegram", "org.smallwins.storage", "org.smallwins.console", "org.smallwins.cli"));

    static Stream<Arguments> sources() throws IOException {
        List<Arguments> sources = new ArrayList<>();
        for (Map.Entry<String, List<String>> rule : FORBIDDEN.entrySet()) {
            try (Stream<Path> files = Files.walk(MAIN.resolve(rule.getKey()))) {
                files.filter(f -> f.toString().endsWith(".java"))
                        .forEach(f -> sources.add(Arguments.of(rule.getKey(), f)));
            }
        }
        return sources.stream();
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("sources")
    void noPackageImportsWhatItsRulesForbid(String pkg, Path file) throws IOException {
        for (String line : Files.readAllLines(file)) {
            if (line.startsWith("import ")) {
                String imported = line.substring("import ".length()).replace("static ", "");
                for (String forbidden : FORBIDDEN.get(pkg)) {
                    boolean own = imported.startsWith("org.smallwins." + pkg + ".");
                    assertThat(!own && imported.startsWith(forbidden))
                            .as("%s imports %s", file, imported)
                            .isFalse();
                }
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("packages")
    void everyPackageSaysWhatItIsFor(Path folder) {
        assertThat(folder.resolve("package-info.java")).exists();
    }

    static Stream<Path> packages() throws IOException {
        try (Stream<Path> folders = Files.list(MAIN)) {
            return folders.filter(Files::isDirectory).toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("packages")
    void onlyTheTelegramAdapterImportsTelegram(Path folder) throws IOException {
        if (folder.endsWith("telegram")) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                assertThat(Files.readString(file)).as(file.toString()).doesNotContain("import org.telegram");
            }
        }
    }
}
