package org.smallwins.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * ./bot analyze: one JSON object a line, in input order, whatever the input. Through the jar's entry point
 * in this JVM ({@link InProcess#command}); that the packaged jar starts, loads its models and answers is
 * {@code ChatCommandIT}'s, through the launcher.
 */
class AnalyzeCommandIT {
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void answersEachLineWithTheContractFields() throws Exception {
        InProcess.CommandResult result = InProcess.command(
                java.util.Map.of(),
                "I only managed one email\nI should be over this by now\nI want to die\nI went for a walk\n"
                        + "I just shouted at the kids again like I always do.\n",
                "analyze");

        assertThat(result.exitCode()).isZero();
        List<String> lines = result.out().lines().toList();
        assertThat(lines).hasSize(5);

        JsonNode first = json.readTree(lines.get(0));
        assertThat(first.get("text").asText()).isEqualTo("I only managed one email");
        assertThat(first.get("risk").asText()).isEqualTo("NONE");
        assertThat(first.get("minimising").toString()).isEqualTo("[\"only\"]");
        assertThat(first.get("demands").toString()).isEqualTo("[]");
        assertThat(first.get("reframe").asText())
                .startsWith("You managed one email")
                .doesNotContain("only");
        assertThat(first.get("kind").asText()).isEqualTo("WIN");

        JsonNode second = json.readTree(lines.get(1));
        assertThat(second.get("demands").toString()).isEqualTo("[\"should\"]");
        assertThat(second.get("baseline").asText()).isEqualTo("IDEAL_FUTURE");

        JsonNode third = json.readTree(lines.get(2));
        assertThat(third.get("risk").asText()).isEqualTo("URGENT");
        assertThat(third.get("reframe").isNull()).isTrue();

        JsonNode fourth = json.readTree(lines.get(3));
        assertThat(fourth.get("baseline").asText()).isEqualTo("NONE");
        assertThat(fourth.get("reframe").isNull()).isTrue();

        JsonNode fifth = json.readTree(lines.get(4));
        assertThat(fifth.get("kind").asText()).isEqualTo("SELF_CRITICISM");
        assertThat(fifth.get("minimising").toString()).isEqualTo("[]");
        assertThat(fifth.get("reframe").asText()).doesNotContainIgnoringCase("you shouted");
    }

    @Test
    void badInputStillGivesOneValidJsonLineEach() throws Exception {
        List<String> inputs = List.of(
                "",
                "x".repeat(4096),
                "🙂🎉💪",
                "私は今週散歩しました",
                "Я только гулял",
                "tab\there \u0001\u0002 bell\u0007",
                "\"quoted\" and \\backslash\\",
                "only");
        List<String> lines = InProcess.analyze(String.join("\n", inputs) + "\n");

        assertThat(lines).hasSize(inputs.size());
        for (int i = 0; i < lines.size(); i++) {
            JsonNode node = json.readTree(lines.get(i));
            assertThat(node.get("text").asText()).isEqualTo(inputs.get(i));
            assertThat(node.fieldNames())
                    .toIterable()
                    .containsExactly("text", "risk", "minimising", "demands", "baseline", "reframe", "kind");
            assertThat(node.get("kind").asText())
                    .isIn("WIN", "SELF_CRITICISM", "WORRY", "OTHERS", "COMPARISON", "NOTHING");
        }
    }
}
