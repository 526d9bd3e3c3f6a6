package org.smallwins.safety;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.smallwins.language.CorpusLine;
import org.smallwins.language.StanceLine;
import org.smallwins.testing.Fixtures;

/**
 * Scores the risk check on {@code nlp-models/eval/risk-eval.tsv}, the numbers nlp-models/README.md reports:
 * every URGENT line must be caught, and few ordinary reflections may raise an alarm.
 */
class RiskEvaluationTest {
    /**
     * The shipped check's level for each text, assessed once: several tests read the same lines (every
     * ordinary line three times), and each assessment embeds every sentence.
     */
    private static final Map<String, RiskLevel> LEVELS = new ConcurrentHashMap<>();

    record Labelled(RiskLevel expected, String text) {}

    private static RiskLevel assess(String text) {
        return LEVELS.computeIfAbsent(text, Fixtures.riskCheck()::assess);
    }

    static List<Labelled> evaluationSet() throws IOException {
        List<Labelled> lines = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of("nlp-models/eval/risk-eval.tsv"), StandardCharsets.UTF_8)) {
            if (!line.isBlank() && !line.startsWith("#")) {
                String[] fields = line.split("\t", 2);
                lines.add(new Labelled(RiskLevel.valueOf(fields[0]), fields[1]));
            }
        }
        return lines;
    }

    @Test
    void theSetIsAsLargeAsTheIssueAsks() throws IOException {
        List<Labelled> set = evaluationSet();
        assertThat(set.stream().filter(l -> l.expected() != RiskLevel.NONE)).hasSizeGreaterThanOrEqualTo(150);
        assertThat(set.stream().filter(l -> l.expected() == RiskLevel.NONE)).hasSizeGreaterThanOrEqualTo(150);
    }

    @Test
    void catchesEveryUrgentLine() throws IOException {
        List<String> missed = evaluationSet().stream()
                .filter(l -> l.expected() == RiskLevel.URGENT)
                .filter(l -> assess(l.text()) != RiskLevel.URGENT)
                .map(Labelled::text)
                .toList();
        assertThat(missed).as("URGENT lines not caught as URGENT").isEmpty();
    }

    @Test
    void catchesEveryConcernLineAtLeastAsConcern() throws IOException {
        List<String> missed = evaluationSet().stream()
                .filter(l -> l.expected() == RiskLevel.CONCERN)
                .filter(l -> assess(l.text()) == RiskLevel.NONE)
                .map(Labelled::text)
                .toList();
        assertThat(missed).as("CONCERN lines missed").isEmpty();
    }

    /**
     * Was "never": the lexicon alone raised no URGENT alarm on these lines. The semantic layer that lifted
     * URGENT recall on public posts from 77% to 98% (issue 9) raises it on 2 of the 288 (0.7%).
     */
    @Test
    void rarelySoundsTheUrgentAlarmOnAnOrdinaryReflection() throws IOException {
        List<Labelled> ordinary = evaluationSet().stream()
                .filter(l -> l.expected() == RiskLevel.NONE)
                .toList();
        long urgent = ordinary.stream()
                .filter(l -> assess(l.text()) == RiskLevel.URGENT)
                .count();
        assertThat((double) urgent / ordinary.size()).as("URGENT rate").isLessThanOrEqualTo(0.015);
    }

    @Test
    void reviewAnswersRaiseAnAlarmAtMostTwoPercentOfTheTime() throws IOException {
        List<CorpusLine> answers = CorpusLine.read(Path.of("nlp-models/corpus/analysis.tsv"));
        long alarms =
                answers.stream().filter(a -> assess(a.text()) != RiskLevel.NONE).count();
        assertThat((double) alarms / answers.size()).as("false alarm rate").isLessThanOrEqualTo(0.02);
    }

    /**
     * Regression gates, not goals: URGENT lines written for issue 9 in words no rule had foreseen. The second
     * set was 30 of 42 before its misses were read and rules written for them; the third, written before those
     * rules and looked at by counts only, was 24 of 40 and is 26 now. Every URGENT line should be caught.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource({"nlp-models/eval/risk-eval-2.tsv, 38", "nlp-models/eval/risk-eval-3.tsv, 26"})
    void catchesAtLeastAsManyFreshUrgentLinesAsMeasured(String set, int measured) {
        long caught = RiskTrainer.Labelled.read(Path.of(set)).stream()
                .filter(l -> l.level() == RiskLevel.URGENT)
                .filter(l -> Fixtures.riskCheck().assess(l.text()) == RiskLevel.URGENT)
                .count();
        assertThat(caught).isGreaterThanOrEqualTo(measured);
    }

    @Test
    void answersOfEveryKindRarelySoundTheUrgentAlarm() throws IOException {
        List<StanceLine> answers = StanceLine.read(Path.of("nlp-models/corpus/stances.tsv"));
        long urgent = answers.stream()
                .filter(a -> Fixtures.riskCheck().assess(a.text()) == RiskLevel.URGENT)
                .count();
        assertThat((double) urgent / answers.size()).as("URGENT rate").isLessThanOrEqualTo(0.01);
    }

    @Test
    void theSemanticLayerOnlyEverRaisesTheLexiconsLevel() throws IOException {
        RiskCheck lexiconOnly = RiskCheck.lexiconOnly(Fixtures.nlp());
        for (Labelled line : evaluationSet()) {
            assertThat(assess(line.text())).as(line.text()).isGreaterThanOrEqualTo(lexiconOnly.assess(line.text()));
        }
    }

    @Test
    void raisesFewFalseAlarmsOnOrdinaryReflections() throws IOException {
        List<Labelled> ordinary = evaluationSet().stream()
                .filter(l -> l.expected() == RiskLevel.NONE)
                .toList();
        long alarms = ordinary.stream()
                .filter(l -> assess(l.text()) != RiskLevel.NONE)
                .count();
        assertThat((double) alarms / ordinary.size()).as("false alarm rate").isLessThanOrEqualTo(0.05);
    }
}
