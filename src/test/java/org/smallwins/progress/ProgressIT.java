package org.smallwins.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.smallwins.privacy.JsonExport;
import org.smallwins.privacy.MarkdownExport;
import org.smallwins.privacy.PersonExport;
import org.smallwins.reframe.Messages;
import org.smallwins.review.Attachment;
import org.smallwins.review.Choice;
import org.smallwins.review.Person;
import org.smallwins.review.Reply;
import org.smallwins.review.Review;
import org.smallwins.storage.H2PersonData;
import org.smallwins.testing.Fixtures;

/** Fourteen weeks written through the core on H2, then read back as the person would ask for them. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProgressIT {
    private static final String ME = FourteenWeeks.PERSON;
    /** Sunday 29 November 2026, 20:00 in London: after the last review. */
    private static final Instant NOW = FourteenWeeks.sunday(13).plusSeconds(2 * 3600);

    private ProgressWorld world;
    private final Messages messages = Fixtures.messages();

    @BeforeAll
    void writeFourteenWeeks(@TempDir Path folder) {
        world = new ProgressWorld(folder);
        FourteenWeeks.write(world);
    }

    @AfterAll
    void close() {
        if (world != null) {
            world.close();
        }
    }

    private List<Reply> ask(String command) {
        return world.say(ME, command, NOW);
    }

    @Test
    void theSummaryOfFourWeeksCountsShouldInTheFirstAndTheLatestWeek() {
        String summary = ProgressWorld.text(ask("/summary 4"));

        assertThat(summary)
                .startsWith("Small Wins: the last 4 weeks (2 Nov 2026 to 29 Nov 2026)")
                .contains("“should” came up 5 times three weeks ago and twice this week (11 times in all).")
                .contains("“just” came up once three weeks ago and not at all this week (twice in all).")
                .contains("“only” came up not at all three weeks ago and once this week (twice in all).")
                .contains(
                        "The measuring stick you reached for most often: the future self you hope to become (6 answers).")
                .contains(
                        "Three weeks ago it was mostly the future self you hope to become; this week, mostly your own recent self.");
    }

    @Test
    void theDatabaseCountsPerWeekAgreeWithTheAnswersCountedOneByOne() {
        Person person = world.reviews.person(ME, NOW);
        List<Week> weeks = Week.upTo(NOW, ProgressWorld.LONDON, 12);
        Map<Integer, Integer> byHand = new TreeMap<>();
        for (Review review : world.store.reviews(person.id(), weeks.get(0).from(), NOW)) {
            int ago = weeks.stream()
                    .filter(w -> w.contains(review.startedAt()))
                    .findFirst()
                    .orElseThrow()
                    .weeksAgo();
            review.answers()
                    .forEach(a -> byHand.merge(
                            ago,
                            (int) a.demands().stream().filter("should"::equals).count(),
                            Integer::sum));
        }
        Map<Integer, Integer> byQuery = new TreeMap<>();
        world.store.cueCounts(person.id(), weeks).stream()
                .filter(c -> c.cue().equals("should"))
                .forEach(c -> byQuery.put(c.weeksAgo(), c.count()));

        byHand.values().removeIf(n -> n == 0);
        assertThat(byQuery).isEqualTo(byHand);
        // Weeks 2 to 13 of the script, eleven weeks ago to this week; week 6 (seven weeks ago) had no review.
        assertThat(byQuery)
                .isEqualTo(Map.ofEntries(
                        Map.entry(11, 4),
                        Map.entry(10, 3),
                        Map.entry(9, 3),
                        Map.entry(8, 3),
                        Map.entry(6, 2),
                        Map.entry(5, 2),
                        Map.entry(4, 1),
                        Map.entry(3, 5),
                        Map.entry(2, 3),
                        Map.entry(1, 1),
                        Map.entry(0, 2)));
    }

    @Test
    void theSummaryHoldsTheWinsByKindWhatShiftedAndWhatWasGivenBack() {
        String summary = ProgressWorld.text(ask("/summary 4"));

        assertThat(summary)
                .contains(messages.require("summary.kind.behavioural"))
                .contains("• I sat through the whole team meeting this week (8 Nov)")
                .contains("• " + FourteenWeeks.FAIR_TOO + " (29 Nov)")
                .contains(messages.require("summary.shifted"))
                .contains("• Week 10: I opened the post on the day it came (8 Nov)")
                .contains("• Week 13: I opened the post on the day it came (29 Nov)")
                .doesNotContain("Week 12:")
                .doesNotContain("Week 9:")
                .contains(messages.require("summary.givenBack"))
                .contains("• I answered one email (29 Nov), first written with “only”")
                .contains("• I tidied the kitchen (22 Nov), first written with “just”")
                .contains(messages.require("summary.footer"));
        // A demand on oneself is not a win, and nothing is graded.
        assertThat(summary).doesNotContain("I should be more confident").doesNotContain("!");
        assertThat(summary.toLowerCase()).doesNotContain("you should").doesNotContain("well done");
    }

    @Test
    void theSummaryAloneIsTheLatestReviewWithAButtonForFourWeeks() {
        List<Reply> replies = ask("/summary");
        String summary = ProgressWorld.text(replies);

        assertThat(summary)
                .startsWith("Small Wins: your review of 29 Nov 2026")
                .contains("• I answered one email")
                .contains("• Week 13: I opened the post on the day it came")
                .doesNotContain("Week 11:")
                .doesNotContain(messages.require("summary.patterns"));
        assertThat(replies.get(0).choices()).extracting(Choice::command).containsExactly("/summary 4");
    }

    @Test
    void aNumberOfWeeksOutOfRangeIsExplainedNotGuessed() {
        assertThat(ProgressWorld.text(ask("/summary 40"))).isEqualTo(messages.format("summary.usage", "max", "12"));
        assertThat(ProgressWorld.text(ask("/summary four"))).isEqualTo(messages.format("summary.usage", "max", "12"));
    }

    @Test
    void historyPagesThroughThirteenReviewsNewestFirstThreeAPage() {
        Reply first = ask("/history").get(0);
        assertThat(first.text())
                .startsWith("Your answers, newest first (page 1 of 5)")
                .contains("Sunday 29 November 2026")
                .contains("Sunday 22 November 2026")
                .contains("Sunday 15 November 2026")
                .doesNotContain("Sunday 8 November 2026")
                .contains("• I only answered one email") // exactly as written
                .contains("What had shifted: Week 13: I opened the post on the day it came");
        assertThat(first.text().indexOf("29 November")).isLessThan(first.text().indexOf("22 November"));
        assertThat(first.choices()).extracting(Choice::command).containsExactly("/history 2");

        Reply second = ask("/history 2").get(0);
        assertThat(second.text()).contains("Sunday 8 November 2026").doesNotContain("Sunday 15 November 2026");
        assertThat(second.choices()).extracting(Choice::command).containsExactly("/history 3", "/history 1");

        Reply last = ask("/history 5").get(0);
        assertThat(last.text()).contains("Sunday 30 August 2026").doesNotContain("Sunday 6 September 2026");
        assertThat(last.choices()).extracting(Choice::command).containsExactly("/history 4");

        assertThat(ask("/history 6").get(0).text()).isEqualTo(messages.format("history.noSuchPage", "pages", "5"));
    }

    @Test
    void progressSendsAChartOfTheWeeksWithAReviewAsAPng() throws IOException {
        Reply reply = ask("/progress").get(0);

        assertThat(reply.text()).isEqualTo(messages.require("progress.caption"));
        Attachment chart = reply.attachment().orElseThrow();
        assertThat(chart.kind()).isEqualTo(Attachment.Kind.IMAGE);
        assertThat(chart.fileName()).isEqualTo("progress.png");
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(chart.bytes()));
        assertThat(image.getWidth()).isEqualTo(ProgressChart.WIDTH);
        assertThat(image.getHeight()).isEqualTo(ProgressChart.HEIGHT);
        Files.write(Path.of("target", "progress-fourteen-weeks.png"), chart.bytes());
    }

    @Test
    void theEveningBeforeTherapyBringsTheWeekSinceTheLastSessionAndQuestionsToTakeIn() {
        assertThat(ProgressWorld.text(ask("/therapy tue 10:00")))
                .isEqualTo(messages.format("therapy.set", "when", "Tuesdays at 10:00", "eveDay", "Monday"));
        Instant eve = ZonedDateTime.of(2026, 11, 30, 19, 0, 0, 0, ProgressWorld.LONDON)
                .toInstant();
        EveSweeper sweeper = world.progress.sweeper(
                (key, initiative, at) -> world.conversation.initiate(key, initiative, at),
                java.time.Clock.fixed(eve.minusSeconds(60), ProgressWorld.LONDON),
                new java.util.concurrent.ScheduledThreadPoolExecutor(1));
        world.outbox.pendingFor(ME).forEach(o -> world.outbox.sent(o.id()));
        assertThat(sweeper.sweep()).as("not due a minute early").isZero();
        sweeper.close();

        EveSweeper due = world.progress.sweeper(
                (key, initiative, at) -> world.conversation.initiate(key, initiative, at),
                java.time.Clock.fixed(eve.plusSeconds(30), ProgressWorld.LONDON),
                new java.util.concurrent.ScheduledThreadPoolExecutor(1));
        assertThat(due.sweep()).isEqualTo(1);
        assertThat(due.sweep()).as("sent once").isZero();
        due.close();

        List<String> sent =
                world.outbox.pendingFor(ME).stream().map(o -> o.reply().text()).toList();
        assertThat(sent).hasSize(1);
        assertThat(sent.get(0))
                .startsWith(messages.format("therapy.eve.intro", "when", "tomorrow at 10:00"))
                .contains("• Week 13: I opened the post on the day it came (29 Nov)")
                .doesNotContain("Week 11:")
                .contains(messages.require("therapy.eve.patterns"))
                // Counted from Monday 30 November: the week of the 29th is now "last week".
                .contains("“should” came up 3 times three weeks ago and twice last week (6 times in all).")
                .contains(messages.require("therapy.eve.prompts"))
                .contains(messages.require("therapy.eve.prompt.1"));
        assertThat(world.therapy.find(world.reviews.person(ME, NOW).id()))
                .contains(new org.smallwins.progress.TherapyDay(
                        java.time.DayOfWeek.TUESDAY, java.util.Optional.of(LocalTime.of(10, 0))));
    }

    @Test
    void theExportHoldsWhatThePersonSaidHadShiftedInTheirWords() {
        PersonExport export = new H2PersonData(world.database).export(ME, NOW).orElseThrow();

        String markdown = new MarkdownExport(messages, ProgressWorld.LONDON).render(export);
        assertThat(markdown)
                .contains(messages.require("export.answer.followUp")
                        + "\n\n> Week 13: I opened the post on the day it came");
        assertThat(new JsonExport(messages).render(export))
                .contains("\"followUp\" : \"Week 13: I opened the post on the day it came\"")
                .doesNotContain("\"followUp\" : \"I don't know\"");
    }
}
