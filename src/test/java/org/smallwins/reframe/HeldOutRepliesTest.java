package org.smallwins.reframe;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.smallwins.language.Analysis;
import org.smallwins.language.HeldOutModels;
import org.smallwins.language.Stance;
import org.smallwins.language.StanceLine;
import org.smallwins.language.TextAnalyzer;
import org.smallwins.testing.Fixtures;

/**
 * Issue 11's promise, checked on answers the models never learnt from (the held-out split of
 * {@code corpus/stances.tsv} and {@code eval/stances-eval.tsv}): an answer that is not a win is never
 * handed back to the person as if it were one.
 */
class HeldOutRepliesTest {
    private final TextAnalyzer analyzer = HeldOutModels.analyzer();

    @Test
    void noReplyGivesAnAnswerThatIsNotAWinBackInTheSecondPerson() {
        assertThat(echoes(HeldOutModels.heldOutKinds(), analyzer)).isEmpty();
    }

    @Test
    void norDoesTheShippedAnalyzerOnTheSecondRoundOfAnswers() {
        assertThat(echoes(HeldOutModels.secondRound(), Fixtures.analyzer())).isEmpty();
    }

    /** Each answer that is not a win whose reply, in any of six phrasings, repeats its words as "you …". */
    private static List<String> echoes(List<StanceLine> lines, TextAnalyzer analyzer) {
        ReplyComposer composer = new ReplyComposer(Fixtures.messages(), analyzer);
        List<StanceLine> notWins =
                lines.stream().filter(line -> line.stance() != Stance.WIN).toList();
        assertThat(notWins).hasSizeGreaterThanOrEqualTo(80);
        List<String> echoed = new ArrayList<>();
        for (StanceLine line : notWins) {
            Analysis analysis = analyzer.analyze(line.text());
            for (int variant = 0; variant < 6; variant++) {
                String reply = composer.reframe(analysis, variant);
                SecondPersonEcho.in(line.text(), reply).ifPresent(words -> echoed.add(line.text() + " -> " + reply));
            }
        }
        return echoed;
    }

    @Test
    void minimisedWinsOnTheHeldOutLinesAreStillGivenBackWithoutTheMinimiser() {
        List<StanceLine> minimisedWins = HeldOutModels.heldOutKinds().stream()
                .filter(line -> line.stance() == Stance.WIN
                        && !line.labels().minimising().isEmpty())
                .toList();
        assertThat(minimisedWins).isNotEmpty();
        for (StanceLine line : minimisedWins) {
            Analysis analysis = analyzer.analyze(line.text());
            assertThat(analysis.isWin()).as(line.text()).isTrue();
            assertThat(analysis.minimising()).as(line.text()).isNotEmpty();
        }
    }
}
