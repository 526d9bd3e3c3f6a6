package org.smallwins.safety;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class SemanticLayerTest {
    private final AtomicInteger embedded = new AtomicInteger();
    private final SemanticLayer layer =
            new SemanticLayer(RiskHead.findShipped().orElseThrow(), ScoreBands.load(), text -> {
                embedded.incrementAndGet();
                return SentenceEmbedder.shared().embed(text);
            });

    @Test
    void aWordThatComesAgainIsScoredOnceWithTheSameResult() {
        double[] first = layer.probabilities("review");
        double[] again = layer.probabilities("review");
        assertThat(again).containsExactly(first);
        assertThat(embedded).hasValue(1);
        again[0] = 42; // what a caller does with its copy changes nothing kept
        assertThat(layer.probabilities("review")).containsExactly(first);
    }

    @Test
    void aSentenceIsAlwaysEmbeddedAfresh() {
        layer.probabilities("i want it all to stop");
        layer.probabilities("i want it all to stop");
        assertThat(embedded).hasValue(2);
        assertThat(layer.level("i want it all to stop")).isEqualTo(layer.level("i want it all to stop"));
    }
}
