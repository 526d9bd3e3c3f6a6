package org.smallwins.checkin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.smallwins.review.ChatCommand;
import org.smallwins.review.Choice;
import org.smallwins.review.Reply;
import org.smallwins.testing.Fixtures;

class CheckInCommandsTest {
    private static final String BEN = "telegram:7";
    /** Wednesday 17 March 2027, London on GMT. */
    private final CheckInWorld world = new CheckInWorld(Instant.parse("2027-03-17T12:00:00Z"));

    private Optional<CheckInPlan> plan() {
        return world.store.find(world.person(BEN).id());
    }

    @Test
    void scheduleSetsDayTimeAndZoneAndSaysWhenTheFirstComes() {
        List<Reply> replies = world.send(BEN, "/schedule sun 18:00 Europe/London");
        assertThat(replies).hasSize(1);
        assertThat(replies.get(0).text()).contains("every Sunday at 18:00 (Europe/London)", "Sunday 21 March at 18:00");
        CheckInPlan plan = plan().orElseThrow();
        assertThat(plan.state()).isEqualTo(CheckInState.ON);
        assertThat(plan.nextDue()).hasValue(Instant.parse("2027-03-21T18:00:00Z"));
    }

    @Test
    void scheduleReadsCitiesAmPmAndEitherOrder() {
        world.send(BEN, "/schedule 6 pm FRIDAY New York");
        CheckInPlan plan = plan().orElseThrow();
        assertThat(plan.schedule().orElseThrow())
                .isEqualTo(new Schedule(DayOfWeek.FRIDAY, LocalTime.of(18, 0), ZoneId.of("America/New_York")));
    }

    @Test
    void scheduleWithoutAZoneUsesUkTimeForSomeoneNewAndSaysSo() {
        List<Reply> replies = world.send(BEN, "/schedule sun 18:00");
        assertThat(plan().orElseThrow().zone()).isEqualTo(ZoneId.of("Europe/London"));
        assertThat(replies).hasSize(2);
        assertThat(replies.get(1).text()).contains("UK time (Europe/London)", "/schedule sun 18:00 Tokyo");
    }

    @Test
    void scheduleWithoutAZoneKeepsThePersonsOwnAndSaysSo() {
        world.send(BEN, "/schedule mon 08:00 Tokyo");
        List<Reply> replies = world.send(BEN, "/schedule tue 09:00");
        assertThat(plan().orElseThrow().zone()).isEqualTo(ZoneId.of("Asia/Tokyo"));
        assertThat(replies.get(0).text()).contains("every Tuesday at 09:00 (Asia/Tokyo)");
        assertThat(replies.get(1).text()).contains("as before, Asia/Tokyo");
    }

    @Test
    void scheduleReadsAPlainSentence() {
        world.send(BEN, "/schedule every Sunday at 6:30pm");
        assertThat(plan().orElseThrow().schedule().orElseThrow())
                .isEqualTo(new Schedule(DayOfWeek.SUNDAY, LocalTime.of(18, 30), ZoneId.of("Europe/London")));
    }

    @Test
    void aLongMistypedZoneIsNotEchoedInFull() {
        String rambling = "somewhere between my flat and the office on a good day";
        String reply = world.send(BEN, "/schedule sun 18:00 " + rambling).get(0).text();
        assertThat(reply).doesNotContain(rambling).contains("somewhere between");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "sun", "funday 18:00", "sun 25:00", "sun 18:00 Narnia", "!!! ???", "sun 6 pm Atlantis"})
    void badScheduleInputGetsAKindReplyWithAnExampleAndChangesNothing(String arguments) {
        List<Reply> replies = world.send(BEN, ("/schedule " + arguments).strip());
        assertThat(replies).isNotEmpty();
        assertThat(replies.get(0).text()).contains("/schedule sun 18:00").doesNotContain("Exception");
        assertThat(plan()).isEmpty();
    }

    @Test
    void settingsWalksSomeoneNewThroughDayThenTime() {
        Reply askDay = world.send(BEN, "/settings").get(0);
        assertThat(askDay.choices())
                .hasSize(7)
                .first()
                .extracting(Choice::command)
                .isEqualTo("/settings day mon");
        Reply askTime = world.send(BEN, "/settings day sun").get(0);
        assertThat(askTime.text()).contains("Sunday");
        assertThat(askTime.choices()).extracting(Choice::command).contains("/settings time 18:00", "/settings type");
        assertThat(plan().orElseThrow().state()).isEqualTo(CheckInState.OFF); // nothing agreed yet

        Reply saved = world.send(BEN, "/settings time 18:00").get(0);
        assertThat(saved.text()).contains("every Sunday at 18:00 (Europe/London)", "Sunday 21 March at 18:00");
        assertThat(saved.choices()).extracting(Choice::command).containsExactly("/settings zone");
        assertThat(plan().orElseThrow().state()).isEqualTo(CheckInState.ON);
    }

    @Test
    void settingsChangesTheZoneFromTheShortListAndMovesTheNextCheckIn() {
        world.send(BEN, "/schedule sun 18:00 London");
        Reply zones = world.send(BEN, "/settings zone").get(0);
        assertThat(zones.choices()).extracting(Choice::command).contains("/settings zone Asia/Tokyo", "/settings type");
        world.send(BEN, "/settings zone Asia/Tokyo");
        assertThat(plan().orElseThrow().nextDue()).hasValue(Instant.parse("2027-03-21T09:00:00Z"));
    }

    @Test
    void settingsTakesATypedZoneOrTimeAsTheAnswerToItsQuestion() {
        world.send(BEN, "/schedule sun 18:00 London");
        world.send(BEN, "/settings type");
        world.type(BEN, "Paris");
        assertThat(plan().orElseThrow().zone()).isEqualTo(ZoneId.of("Europe/Paris"));
        assertThat(world.reviews.awaiting(world.person(BEN).id())).isEmpty();
        world.send(BEN, "/settings type");
        world.type(BEN, "7:45pm");
        assertThat(plan().orElseThrow().time()).hasValue(LocalTime.of(19, 45));
    }

    @Test
    void anUnreadableTypedAnswerChangesNothingAndIsNotEchoed() {
        world.send(BEN, "/schedule sun 18:00 London");
        CheckInPlan before = plan().orElseThrow();
        world.send(BEN, "/settings type");
        Reply reply = world.type(BEN, "my week was awful honestly").get(0);
        assertThat(reply.text()).doesNotContain("awful").contains("/settings");
        assertThat(plan()).hasValue(before);
        assertThat(world.reviews.awaiting(world.person(BEN).id())).isEmpty();
    }

    @Test
    void settingsShowsThePlanWithButtonsToChangeIt() {
        world.send(BEN, "/schedule wed 20:00 London");
        Reply overview = world.send(BEN, "/settings").get(0);
        assertThat(overview.text()).contains("every Wednesday at 20:00", "Wednesday 17 March at 20:00");
        assertThat(overview.choices())
                .extracting(Choice::command)
                .containsExactly("/settings day", "/settings time", "/settings zone", "/pause");
    }

    @Test
    void pauseKeepsTheScheduleAndResumeTurnsItBackOn() {
        world.send(BEN, "/schedule sun 18:00 London");
        assertThat(world.send(BEN, "/pause").get(0).choices())
                .extracting(Choice::command)
                .containsExactly("/resume");
        assertThat(plan().orElseThrow().state()).isEqualTo(CheckInState.PAUSED);
        assertThat(plan().orElseThrow().nextDue()).isEmpty();
        assertThat(world.send(BEN, "/settings time 19:00").get(0).text()).contains("paused");
        assertThat(plan().orElseThrow().state()).isEqualTo(CheckInState.PAUSED);
        assertThat(world.send(BEN, "/resume").get(0).text()).contains("every Sunday at 19:00");
        assertThat(plan().orElseThrow().nextDue()).hasValue(Instant.parse("2027-03-21T19:00:00Z"));
    }

    @Test
    void pauseAndResumeWithNothingSetExplainKindly() {
        assertThat(world.send(BEN, "/pause").get(0).text()).contains("nothing to pause");
        Reply resume = world.send(BEN, "/resume").get(0);
        assertThat(resume.text()).contains("/schedule sun 18:00");
        assertThat(resume.choices()).extracting(Choice::command).containsExactly("/settings");
    }

    @Test
    void laterAndSkipWithNoCheckInPlannedOfferAReviewInstead() {
        assertThat(world.send(BEN, "/checkin later").get(0).choices())
                .extracting(Choice::command)
                .containsExactly("/review");
        assertThat(world.send(BEN, "/checkin skip").get(0).text()).contains("/review");
        assertThat(plan()).isEmpty();
    }

    @Test
    void onlyTheCommandsAPersonTypesAreListedInHelp() {
        assertThat(world.registry.listed())
                .extracting(ChatCommand::name)
                .containsExactly("schedule", "settings", "pause", "resume");
        for (ChatCommand command : world.registry.listed()) {
            assertThat(Fixtures.messages().find(command.helpKey().orElseThrow()))
                    .isPresent();
        }
    }

    @Test
    void everyButtonFitsTelegramsSixtyFourBytesOfCallbackData() {
        world.send(BEN, "/schedule sun 18:00 London");
        List<String> lines = List.of("/settings", "/settings day", "/settings time", "/settings zone", "/pause");
        for (String line : lines) {
            for (Reply reply : world.send(BEN, line)) {
                for (Choice choice : reply.choices()) {
                    assertThat(choice.command().getBytes(StandardCharsets.UTF_8).length)
                            .as(choice.command())
                            .isLessThanOrEqualTo(64);
                }
            }
        }
    }

    @Test
    void everyMessageKeyTheCheckInsUseIsInTheBundle() throws IOException {
        Pattern key = Pattern.compile("\"((?:checkin|schedule|settings|command)\\.[a-zA-Z.]+)\"");
        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Files.list(Path.of("src/main/java/org/smallwins/checkin"))) {
            for (Path file : files.toList()) {
                Matcher m = key.matcher(Files.readString(file));
                while (m.find()) {
                    used.add(m.group(1));
                }
            }
        }
        assertThat(used).hasSizeGreaterThan(40);
        for (String k : used) {
            assertThat(Fixtures.messages().find(k)).as(k).isPresent();
        }
    }
}
