package org.smallwins.safetyplan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.smallwins.reframe.Messages;
import org.smallwins.testing.Fixtures;

/** Every sentence of the plan and the grounding exercise is in the bundle and keeps the house rules. */
class PlanMessagesTest {
    private static final Pattern KEY = Pattern.compile("\"((?:plan|grounding)\\.[a-zA-Z.]+[a-zA-Z])\"");
    private final Messages messages = Fixtures.messages();

    @Test
    void everyStepHasATitleAndAQuestion() {
        for (PlanStep step : PlanStep.values()) {
            assertThat(messages.find("plan." + step.key() + ".title"))
                    .as(step.name())
                    .isPresent();
            assertThat(messages.find("plan." + step.key() + ".ask"))
                    .as(step.name())
                    .isPresent();
        }
    }

    @Test
    void everyKeyThePlanCodeNamesIsInTheBundle() throws IOException {
        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/org/smallwins"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = KEY.matcher(Files.readString(file));
                while (m.find()) {
                    used.add(m.group(1));
                }
            }
        }
        assertThat(used).as("plan and grounding keys in the code").hasSizeGreaterThan(30);
        for (String key : used) {
            boolean present =
                    messages.find(key).isPresent() || messages.find(key + ".1").isPresent();
            assertThat(present).as("messages.properties has %s", key).isTrue();
        }
        assertThat(messages.find("command.safetyplan.help")).isPresent();
    }

    @Test
    void theWordingKeepsTheHouseRules() throws IOException {
        for (String line : Files.readAllLines(Path.of("config/messages.properties"))) {
            if (!line.startsWith("plan.") && !line.startsWith("grounding.")) {
                continue;
            }
            String text = line.substring(line.indexOf('=') + 1).toLowerCase(java.util.Locale.ROOT);
            assertThat(text)
                    .as(line)
                    .doesNotContain("!")
                    .doesNotContain("you should")
                    .doesNotContain("you must");
            assertThat(text).as(line).doesNotContainPattern("\\b(color|realize|center|neighbor|favorite)\\b");
        }
    }

    @Test
    void theCrisisPartIsShortAndKeepsEveryStepsWordsOnOneLine() {
        String brief = PlanTexts.brief("Mum 07700 900123\nSam 07700 900456\n\n" + "and more ".repeat(60));

        assertThat(brief)
                .startsWith("Mum 07700 900123; Sam 07700 900456; and more")
                .endsWith("…");
        assertThat(brief.length()).isLessThanOrEqualTo(301);
        assertThat(PlanTexts.brief("  my cat  ")).isEqualTo("my cat");
    }
}
