package org.smallwins.safety;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextChunksTest {
    @Test
    void aShortTextIsOneChunk() {
        assertThat(TextChunks.split("I went for a walk.")).containsExactly("I went for a walk.");
        assertThat(TextChunks.split(null)).containsExactly("");
    }

    @Test
    void aLongTextIsCutAtSentenceEndsWithNothingLost() {
        String text = "I had a quiet day at home and read a book. ".repeat(500);
        List<String> chunks = TextChunks.split(text);
        assertThat(chunks).hasSizeGreaterThan(4).allMatch(c -> c.length() <= TextChunks.MAX);
        assertThat(String.join("", chunks)).isEqualTo(text);
        assertThat(chunks.subList(0, chunks.size() - 1)).allMatch(c -> c.endsWith("."));
    }

    @Test
    void aTextWithoutSentenceEndsOverlapsSoNoPhraseIsCutInTwo() {
        String text = "word ".repeat(3_000);
        List<String> chunks = TextChunks.split(text);
        assertThat(chunks).allMatch(c -> c.length() <= TextChunks.MAX);
        assertThat(chunks.stream().mapToInt(String::length).sum()).isGreaterThan(text.length());
        assertThat(chunks.get(chunks.size() - 1)).endsWith("word ");
    }

    @Test
    void aTextWithoutSpacesIsCutHard() {
        List<String> chunks = TextChunks.split("x".repeat(9_000));
        assertThat(chunks).extracting(String::length).containsExactly(4_000, 4_000, 1_000);
    }
}
