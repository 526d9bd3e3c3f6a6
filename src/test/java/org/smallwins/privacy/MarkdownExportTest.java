package org.smallwins.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.smallwins.language.Baseline;
import org.smallwins.reframe.Messages;
import org.smallwins.review.AnswerKind;
import org.smallwins.review.ReviewStatus;
import org.smallwins.safety.RiskLevel;

/** The two export files, as the person reads them. */
class MarkdownExportTest {
    private static final Messages MESSAGES = Messages.load();
    private static final Instant STARTED = Instant.parse("2026-07-03T17:45:00Z");
    private static final PersonExport EXPORT = new PersonExport(
            "telegram:42",
            Instant.parse("2026-06-01T08:00:00Z"),
            Instant.parse("2026-07-10T12:00:00Z"),
            List.of(new PersonExport.Review(
                    "COMPLETED",
                    STARTED,
                    STARTED.plusSeconds(600),
                    List.of(
                            new PersonExport.Answer(
                                    1,
                                    "ANSWERED",
                                    "I *only* sent one <email>\n- and replied to [Sam](http://x)",
                                    List.of("only"),
                                    List.of(),
                                    "FAIR_CURRENT",
                                    STARTED),
                            new PersonExport.Answer(2, "SKIPPED", "", List.of(), List.of(), "NONE", STARTED)))),
            List.of(new PersonExport.Escalation("URGENT", STARTED)),
            List.of(new PersonExport.Table("checkin_schedules", List.of(Map.of("weekday", "SUNDAY")))));

    @Test
    void showsEachQuestionTheAnswerInTheirWordsAndWhatWasNoticedInBritishDates() {
        String md = new MarkdownExport(MESSAGES, ZoneId.of("Europe/London")).render(EXPORT);

        assertThat(md)
                .startsWith("# " + MESSAGES.require("export.title"))
                .contains("Review started 3 July 2026, 18:45 (finished)")
                .contains("**What did you do this week that was difficult but useful?**")
                .contains("> I \\*only\\* sent one \\<email\\>\n> \\- and replied to \\[Sam\\](http://x)")
                .contains("only.")
                .contains(MESSAGES.require("export.noticed.baseline.FAIR_CURRENT"))
                .contains(MESSAGES.require("export.answer.skipped"))
                .contains("- 3 July 2026, 18:45: " + MESSAGES.require("export.level.URGENT"))
                .contains("### " + MESSAGES.require("export.table.checkin_schedules") + "\n\n- weekday: SUNDAY")
                .contains("Europe/London");
    }

    @Test
    void theJsonHoldsTheSameDataForPrograms() throws Exception {
        JsonNode json = new ObjectMapper().readTree(new JsonExport(MESSAGES).render(EXPORT));

        assertThat(json.path("format").asText()).isEqualTo(JsonExport.FORMAT);
        assertThat(json.at("/person/key").asText()).isEqualTo("telegram:42");
        JsonNode answer = json.at("/reviews/0/answers/0");
        assertThat(answer.path("text").asText()).startsWith("I *only* sent one <email>\n");
        assertThat(answer.path("questionText").asText()).isEqualTo(MESSAGES.require("question.1"));
        assertThat(answer.path("minimising").get(0).asText()).isEqualTo("only");
        assertThat(json.at("/escalations/0/level").asText()).isEqualTo("URGENT");
        assertThat(json.at("/escalations/0/occurredAt").asText()).isEqualTo("2026-07-03T17:45:00Z");
        assertThat(json.at("/otherData/checkin_schedules/0/weekday").asText()).isEqualTo("SUNDAY");
    }

    @Test
    void everyStatusKindLevelAndMeasuringStickHasItsWordingInTheBundle() {
        for (ReviewStatus status : ReviewStatus.values()) {
            assertThat(MESSAGES.find("export.status." + status))
                    .as(status.name())
                    .isPresent();
        }
        for (RiskLevel level : RiskLevel.values()) {
            if (level != RiskLevel.NONE) {
                assertThat(MESSAGES.find("export.level." + level))
                        .as(level.name())
                        .isPresent();
            }
        }
        for (Baseline baseline : Baseline.values()) {
            if (baseline != Baseline.NONE) {
                assertThat(MESSAGES.find("export.noticed.baseline." + baseline))
                        .as(baseline.name())
                        .isPresent();
            }
        }
        assertThat(AnswerKind.values())
                .extracting(Enum::name)
                .containsExactlyInAnyOrder("ANSWERED", "NOTHING", "SKIPPED"); // the kinds the renderer knows
    }
}
