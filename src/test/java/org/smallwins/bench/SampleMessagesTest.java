package org.smallwins.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The benchmark's messages: made of the corpora's lines, one to six a message, the same for the same seed. */
class SampleMessagesTest {
    private static final Set<String> ORDINARY = Set.of("I went out.", "I rang my sister.", "I slept in", "Fine.");
    private static final Set<String> RISKY = Set.of("I want it all to stop.");

    @TempDir
    Path models;

    private SampleMessages samples() throws IOException {
        Files.createDirectories(models.resolve("corpus"));
        Files.createDirectories(models.resolve("eval"));
        Files.writeString(
                models.resolve("corpus/analysis.tsv"),
                "# a comment\nNONE\t-\t-\tI went out.\nHISTORICAL\t-\t-\tI rang my sister.\n" + "NONE\t-\t-\t"
                        + "A whole post, not a sentence. ".repeat(20) + "\n");
        Files.writeString(
                models.resolve("eval/risk-eval.tsv"),
                "URGENT\tI want it all to stop.\nNONE\tI slept in\nNONE\tFine.\nCSSRS_3\tI want it all to stop.\n"
                        + "SOMETHING_ELSE\tA line of no known kind.\n");
        return SampleMessages.from(models);
    }

    @Test
    void theSameSeedGivesTheSameMessagesAndAnotherSeedOthers() throws IOException {
        SampleMessages samples = samples();
        assertThat(samples.generate(200, 7)).isEqualTo(samples.generate(200, 7));
        assertThat(samples.generate(200, 7)).isNotEqualTo(samples.generate(200, 8));
    }

    @Test
    void everyMessageIsOneToSixLinesOfTheCorporaAndSomeCarryRisk() throws IOException {
        List<String> messages = samples().generate(2_000, 1);

        long risky = 0;
        int longest = 0;
        for (String message : messages) {
            // Sentences are joined by a space or a new line; a line without a full stop is given one.
            List<String> sentences = Arrays.asList(message.split("(?<=\\.) |\\n"));
            assertThat(sentences).hasSizeBetween(1, 6);
            for (String sentence : sentences) {
                assertThat(ORDINARY.contains(sentence) || RISKY.contains(sentence) || sentence.equals("I slept in."))
                        .as("'%s' comes from the corpora", sentence)
                        .isTrue();
            }
            risky += message.contains("stop.") ? 1 : 0;
            longest = Math.max(longest, sentences.size());
        }
        assertThat(longest).isEqualTo(6);
        assertThat(risky).as("messages with a risky line").isBetween(120L, 300L);
        assertThat(String.join(" ", messages)).doesNotContain("A whole post");
    }
}
