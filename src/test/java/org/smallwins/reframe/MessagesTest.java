package org.smallwins.reframe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class MessagesTest {
    private static final Pattern KEY_IN_CODE =
            Pattern.compile("(?:require|format|variants|pick)\\(\\s*\"([a-zA-Z0-9.]+)\"");
    private final Messages messages = Messages.load();

    @Test
    void everyKeyTheCodeUsesIsInTheBundle() throws IOException {
        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = KEY_IN_CODE.matcher(Files.readString(file));
                while (m.find()) {
                    used.add(m.group(1));
                }
            }
        }
        assertThat(used).as("keys found in code").hasSizeGreaterThan(30);
        for (String key : used) {
            if (key.endsWith(".")) {
                continue; // a prefix completed at run time: its keys are checked where the names are known
            }
            boolean present =
                    messages.find(key).isPresent() || messages.find(key + ".1").isPresent();
            assertThat(present).as("messages.properties has %s", key).isTrue();
        }
    }

    @Test
    void theFiveQuestionsKeepTheMethodsWordingInTheSecondPerson() {
        assertThat(List.of(1, 2, 3, 4, 5))
                .extracting(q -> messages.require("question." + q))
                .containsExactly(
                        "What did you do this week that was difficult but useful?",
                        "What did you avoid slightly less?",
                        "What did you understand about yourself that you had not seen before?",
                        "What did you recover from a little more quickly?",
                        "What would you dismiss as \"too small\" if someone else had not pointed it out?");
    }

    @Test
    void everyReplyCaseHasAtLeastFivePhrasings() {
        for (String prefix : List.of(
                "reframe.minimising",
                "reframe.minimisingFragment",
                "reframe.minimisingGeneral",
                "reframe.idealFuture",
                "reframe.historical",
                "reframe.fairCurrent",
                "reframe.fairCurrentFragment",
                "reframe.plain",
                "reframe.plainFragment",
                "reframe.selfCriticism",
                "reframe.worry",
                "reframe.others",
                "reframe.comparison",
                "reframe.questionBack",
                "nothing",
                "summary.closing")) {
            assertThat(messages.variants(prefix))
                    .as(prefix)
                    .hasSizeGreaterThanOrEqualTo(5)
                    .doesNotHaveDuplicates();
        }
    }

    @Test
    void noMessageSaysYouShouldOrShouts() throws IOException {
        String bundle = Files.readString(Path.of("config/messages.properties"));
        assertThat(bundle.lines().filter(l -> !l.startsWith("#")))
                .noneMatch(l -> l.toLowerCase().contains("you should"))
                .noneMatch(l -> l.contains("!"));
    }

    @Test
    void aMissingKeyFailsFastNamingIt() {
        assertThatThrownBy(() -> messages.require("no.such.key")).hasMessageContaining("no.such.key");
    }
}
