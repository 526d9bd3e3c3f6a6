package org.smallwins.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.smallwins.language.Baseline;
import org.smallwins.testing.Fixtures;

class PatternsTest {
    private final Patterns patterns = new Patterns(Fixtures.messages());

    @Test
    void oneWeekHasNoPattern() {
        assertThat(patterns.lines(
                        new TreeSet<>(List.of(0)), List.of(new CueCount(0, CueKind.DEMAND, "should", 3)), List.of()))
                .isEmpty();
    }

    @Test
    void comparesTheFirstAndTheLatestWeekWithAReviewAndAddsUpEveryWeek() {
        List<String> lines = patterns.lines(
                new TreeSet<>(List.of(5, 2, 0)), // week 1 had no review, so it is never mentioned
                List.of(
                        new CueCount(5, CueKind.DEMAND, "should", 4),
                        new CueCount(2, CueKind.DEMAND, "should", 3),
                        new CueCount(0, CueKind.DEMAND, "should", 1),
                        new CueCount(2, CueKind.MINIMISING, "only", 2),
                        new CueCount(5, CueKind.DEMAND, "must", 1)), // once in all: too rare to describe
                List.of());

        assertThat(lines)
                .containsExactly(
                        "“should” came up 4 times five weeks ago and once this week (8 times in all).",
                        "“only” came up not at all five weeks ago and not at all this week (twice in all).");
    }

    @Test
    void namesTheStickUsedMostAndLevelSticksTogether() {
        List<String> lines = patterns.lines(
                new TreeSet<>(List.of(3, 0)),
                List.of(),
                List.of(
                        new StickCount(3, Baseline.IDEAL_FUTURE, 2),
                        new StickCount(3, Baseline.HISTORICAL, 2),
                        new StickCount(0, Baseline.FAIR_CURRENT, 4)));

        assertThat(lines)
                .containsExactly(
                        Fixtures.messages().require("summary.pattern.noCues"),
                        "The measuring stick you reached for most often: your own recent self (4 answers).",
                        "Three weeks ago it was mostly the future self you hope to become and how you used to be;"
                                + " this week, mostly your own recent self.");
    }

    @Test
    void everyWeekOfTheLongestSummaryHasItsWordsAndEveryCountItsPhrase() {
        for (int ago = 0; ago < SummaryCommand.MAX_WEEKS; ago++) {
            assertThat(patterns.when(ago)).isNotBlank();
        }
        assertThat(List.of(patterns.times(0), patterns.times(1), patterns.times(2), patterns.times(7)))
                .containsExactly("not at all", "once", "twice", "7 times");
    }
}
