package org.smallwins.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.smallwins.testing.Fixtures;

/**
 * The kind of answer comes before the reply (issue 11). The sentences quoted in the issue, written by other
 * people, are here as they were written; the rest are ours.
 */
class StanceTest {
    private static Analysis analyze(String text) {
        return Fixtures.analyzer().analyze(text);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvFileSource(resources = "/language/stances.csv", delimiter = '|', numLinesToSkip = 1)
    void tellsWhatKindOfAnswerItIs(Stance expected, String text) {
        assertThat(analyze(text).stance()).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "I must have done something wrong",
                "I must be a bad parent",
                "I must have upset her",
                "I must be stupid to keep doing this",
                "I must be doing something wrong with the kids",
                "I must've said the wrong thing"
            })
    void treatsMustHaveAsConclusion(String text) {
        Analysis analysis = analyze(text);
        assertThat(analysis.demands()).isEmpty();
        assertThat(analysis.isWin()).isFalse();
    }

    @Test
    void aMustThatAsksForChangeIsStillADemand() {
        assertThat(analyze("I must try harder at work").demands()).containsExactly("must");
        assertThat(analyze("I must be more patient with the kids").demands()).containsExactly("must");
        assertThat(analyze("I must be able to cope on my own").demands()).containsExactly("must");
    }

    @Test
    void aShouldAboutSomeoneElseIsNotAMeasuringStickForTheSelf() {
        Analysis analysis = analyze("He shouldn't have taken it without asking me first");
        assertThat(analysis.stance()).isEqualTo(Stance.OTHERS);
        assertThat(analysis.demands()).isEmpty();
        assertThat(analysis.baseline()).isEqualTo(Baseline.NONE);
        assertThat(analyze("My sister should have called me by now").baseline()).isEqualTo(Baseline.NONE);
    }

    @Test
    void anymoreAboutSomeoneElseIsNotTheHistoricalBaseline() {
        assertThat(analyze("Maybe he doesn't like me anymore").baseline()).isEqualTo(Baseline.NONE);
        assertThat(analyze("My brother used to ring every Sunday").baseline()).isNotEqualTo(Baseline.HISTORICAL);
        assertThat(analyze("I don't enjoy cooking anymore").baseline()).isEqualTo(Baseline.HISTORICAL);
    }

    @Test
    void comparisonWithOtherPeopleIsNotTheHistoricalBaseline() {
        Analysis analysis = analyze("The color in their work is so much more vibrant, mine doesn't look this good");
        assertThat(analysis.stance()).isEqualTo(Stance.COMPARISON);
        assertThat(analysis.baseline()).isIn(Baseline.NONE, Baseline.IDEAL_FUTURE);
    }

    @Test
    void worryCarriesNoBaseline() {
        assertThat(analyze("What if my boss finds out I made a mistake again?").baseline())
                .isEqualTo(Baseline.NONE);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "I still can't face the post",
                "I just never get it right",
                "If only I had said something",
                "If I had only listened to her",
                "I only ever let people down",
                "I just shouted at the kids again like I always do"
            })
    void aMinimiserShrinksOnlySomethingThePersonDid(String text) {
        assertThat(analyze(text).minimising()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "I only managed one email",
                "I still felt anxious",
                "I still cried, but I stayed until the end",
                "I still had the thought and didn't act on it",
                "I only went because I had to"
            })
    void theStillAndOnlyOfAWinAreMinimisers(String text) {
        Analysis analysis = analyze(text);
        assertThat(analysis.stance()).isEqualTo(Stance.WIN);
        assertThat(analysis.minimising()).isNotEmpty();
    }

    @Test
    void anAnswerThatIsNotAWinIsNotPlain() {
        for (String text : List.of("I'm useless", "What if it all goes wrong?", "Nobody ever helps me")) {
            assertThat(analyze(text).isPlain()).as(text).isFalse();
        }
        assertThat(analyze("I went for a walk").isPlain()).isTrue();
    }

    @Test
    void aQuestionToTheBotIsNotTakenForWorry() {
        assertThat(analyze("What counts as difficult?").stance()).isEqualTo(Stance.WIN);
        assertThat(analyze("Why do you want to know?").isPlain()).isTrue();
    }
}
