package org.smallwins.safety;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.smallwins.testing.Fixtures;

/**
 * A bot command alone is a word of the menu, not something a person said: the semantic layer does not read
 * it (the head read "/delete" as a threat), while the lexicon still reads every message.
 */
class BareCommandsTest {
    /** A semantic layer that finds every text it reads URGENT. */
    private final RiskCheck alwaysAlarmed = new RiskCheck(
            Fixtures.nlp(),
            Lexicon.shipped(),
            Optional.of(new SemanticLayer(urgentHead(), new ScoreBands(0.75, 0.9, 0.4), text -> new float[4])));

    @ParameterizedTest
    @ValueSource(strings = {"/delete", "/delete yes", " /export ", "/Delete No", "/review@SmallWinsBot"})
    void aCommandAloneIsNotShownToTheModel(String command) {
        assertThat(alwaysAlarmed.assess(command)).isEqualTo(RiskLevel.NONE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/review I can't see the point", "/delete everything, I won't be here", "delete"})
    void wordsBesideACommandAreStillRead(String text) {
        assertThat(alwaysAlarmed.assess(text)).isEqualTo(RiskLevel.URGENT);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/kms", "/skip I want to die"})
    void theLexiconStillReadsACommand(String text) {
        assertThat(Fixtures.riskCheck().assess(text)).isEqualTo(RiskLevel.URGENT);
    }

    private static RiskHead urgentHead() {
        double[][] weights = new double[RiskHead.CLASSES][5];
        weights[RiskLevel.URGENT.ordinal()][4] = 10;
        return new RiskHead(new double[4], new double[] {1, 1, 1, 1}, weights, "");
    }
}
