package org.smallwins.safety;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The one-pass embedding gives the vectors the risk head was trained on, langchain4j's. */
class SentenceEmbedderTest {
    private final SentenceEmbedder embedder = SentenceEmbedder.shared();

    @Test
    void aShortTextGetsTheSameVectorAsLangchain4jGivesIt() throws IOException {
        List<String> texts = new ArrayList<>();
        for (String file : List.of("corpus/everyday.tsv", "corpus/risk.tsv", "corpus/stances.tsv")) {
            List<String> lines = Files.readAllLines(Path.of("nlp-models", file));
            for (int i = 0; i < lines.size(); i += 9) { // a spread sample; every line would take a minute
                String line = lines.get(i);
                if (!line.isBlank() && !line.startsWith("#")) {
                    texts.add(line.substring(line.lastIndexOf('\t') + 1));
                }
            }
        }
        texts.add("Ok");
        texts.add("I can't... I just can't anymore!!! 😞 why won't it stop");
        assertThat(texts).hasSizeGreaterThan(100);
        for (String text : texts) {
            assertThat(maxDifference(embedder.embed(text), embedder.embedTheLongWay(text)))
                    .as(text)
                    .isLessThan(1e-5);
        }
    }

    @Test
    void aTextLongerThanOneRunIsEmbeddedWhole() {
        String sentence = "I walked the dog along the canal and then sat for a while by the lock gates. ";
        String text = sentence.repeat(40); // about 700 word pieces: two runs, averaged
        float[] vector = embedder.embed(text);
        assertThat(vector).hasSize(SentenceEmbedder.DIMENSIONS);
        assertThat(maxDifference(vector, embedder.embedTheLongWay(text))).isZero();
        double length = 0;
        for (float v : vector) {
            length += v * v;
        }
        assertThat(length).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-4));
    }

    private static double maxDifference(float[] a, float[] b) {
        assertThat(a).hasSameSizeAs(b);
        double max = 0;
        for (int i = 0; i < a.length; i++) {
            max = Math.max(max, Math.abs(a[i] - b[i]));
        }
        return max;
    }
}
