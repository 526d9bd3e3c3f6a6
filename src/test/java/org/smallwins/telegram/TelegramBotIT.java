package org.smallwins.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.smallwins.checkin.CheckIns;
import org.smallwins.cli.InProcessBot;
import org.smallwins.reframe.Messages;
import org.smallwins.review.Person;
import org.smallwins.review.Turn;
import org.smallwins.storage.Database;
import org.smallwins.storage.H2CheckInStore;
import org.smallwins.storage.H2ReviewStore;
import org.smallwins.testing.Fixtures;
import org.smallwins.testing.JarProcess;

/**
 * ./bot run against the Telegram emulator, a person at a time acting over the emulator's client routes.
 * Before the bot starts, its database is given a check-in that fell due a minute ago (scheduled through the
 * check-ins' own /schedule command an hour before it, while the bot was down): the bot sends it once it is
 * up, as it would after a restart, with no wait for a whole minute. At the end the bot is left alone for a
 * while, to count how often an idle bot polls, and then stopped with SIGTERM.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@Execution(ExecutionMode.CONCURRENT) // beside other test classes
@ResourceLock("TelegramBotIT") // its own tests one at a time, in order
class TelegramBotIT {
    private static final String TOKEN = "123:e2e-token";
    /** Long enough to tell a bot that polls once per long poll (25 s) from one that polls in a loop. */
    private static final Duration IDLE_SPAN = Duration.ofSeconds(8);

    private static final Messages TEXT = Messages.load();
    private static final AtomicLong CHATS = new AtomicLong(1000);
    // Unnumbered tests run in between: JUnit puts tests without @Order after those with a small one.
    private static final int AFTER_THE_OTHERS = Integer.MAX_VALUE - 10;

    private static TelegramEmulator emulator;
    private static BotProcess bot;
    private static Path folder;
    private static final long CHECK_IN_CHAT = 999;
    private static Instant checkInDue;

    @BeforeAll
    static void startTheEmulatorAndTheBot() throws Exception {
        folder = Files.createTempDirectory("smallwins-e2e");
        checkInDue = scheduleACheckInThatFellDueAMinuteAgo(folder.resolve("db"), CHECK_IN_CHAT);
        emulator = new TelegramEmulator();
        bot = new BotProcess(TOKEN, emulator.apiUrl(), folder.resolve("db"));
        bot.awaitLog("Small Wins is up as @SmallWinsTestBot on 127.0.0.1", Duration.ofSeconds(90));
    }

    /**
     * /schedule run by the check-ins' own command on the bot's database, an hour before a time that is now
     * a minute past: the check-in the bot finds due when it starts. Its due time.
     */
    private static Instant scheduleACheckInThatFellDueAMinuteAgo(Path db, long chat) {
        ZonedDateTime due = ZonedDateTime.now(ZoneOffset.UTC).minusMinutes(1).truncatedTo(ChronoUnit.MINUTES);
        Instant scheduledAt = due.minusHours(1).toInstant();
        try (Database database = Database.open(db, Optional.empty())) {
            H2ReviewStore reviews = new H2ReviewStore(database);
            CheckIns checkIns = new CheckIns(new H2CheckInStore(database), reviews, Fixtures.messages());
            Person person = reviews.person("telegram:" + chat, scheduledAt);
            String day = due.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.UK);
            checkIns.commands()
                    .get(0)
                    .run(new Turn(
                            person,
                            day + " " + String.format("%02d:%02d", due.getHour(), due.getMinute()) + " UTC",
                            scheduledAt));
            assertThat(checkIns.due(scheduledAt.plus(Duration.ofHours(1)), 10))
                    .as("the check-in is stored as due at %s", due)
                    .hasSize(1);
        }
        return due.toInstant();
    }

    @AfterAll
    static void stopThem() {
        if (bot != null) {
            bot.close();
        }
        if (emulator != null) {
            emulator.close();
        }
    }

    private static long newChat() {
        return CHATS.incrementAndGet();
    }

    private static JsonNode last(List<JsonNode> messages) {
        return messages.get(messages.size() - 1);
    }

    @Test
    void setsTheCommandMenuAtStart() throws Exception {
        List<String> names = new ArrayList<>();
        emulator.commands(TOKEN).forEach(c -> names.add(c.get("command").asText()));
        // The core's commands and the features' in the order App registers them; progress last (issue 15).
        assertThat(names)
                .containsExactly(
                        "start",
                        "review",
                        "skip",
                        "cancel",
                        "help",
                        "privacy",
                        "schedule",
                        "settings",
                        "pause",
                        "resume",
                        "export",
                        "delete",
                        "safetyplan",
                        "history",
                        "summary",
                        "progress",
                        "therapy");
    }

    @Test
    void malformedUpdatesAreSkippedWithoutTheirTextAndPollingGoesOn() throws Exception {
        long chat = newChat();
        ObjectNode noChat = emulator.object();
        noChat.putObject("message").put("message_id", 1).put("date", 1).put("text", "poison-zebra-1");
        ObjectNode wordyDate = emulator.message(TOKEN, chat, "private");
        wordyDate.remove("botToken");
        wordyDate.put("message_id", 2).put("date", "last tuesday").put("text", "poison-zebra-2");
        ObjectNode badDate = emulator.object();
        badDate.set("message", wordyDate);
        ObjectNode unknown = emulator.object();
        unknown.putObject("something_new").put("id", 1).put("text", "poison-zebra-3");
        ObjectNode pressWithoutMessage = emulator.object();
        pressWithoutMessage
                .putObject("callback_query")
                .put("id", "no-message-" + chat)
                .put("chat_instance", "c")
                .put("data", "1:0")
                .set("from", emulator.person(chat));
        for (ObjectNode update : List.of(noChat, badDate, unknown, pressWithoutMessage)) {
            emulator.rawUpdate(TOKEN, update);
        }
        emulator.sendText(TOKEN, chat, "/start");

        emulator.awaitText(TOKEN, chat, "not a crisis service");
        assertThat(emulator.callbackAnswers().findValuesAsText("id")).contains("no-message-" + chat);
        bot.awaitLog("could not be read (unreadable at message.date)", Duration.ofSeconds(5));
        bot.awaitLog("has nothing the bot can answer (something_new)", Duration.ofSeconds(5));
        bot.awaitLog("has nothing the bot can answer (message)", Duration.ofSeconds(5));
        assertThat(bot.log()).noneMatch(line -> line.contains("poison-zebra"));
        assertThat(emulator.stats(TOKEN).get("unconfirmedUpdates").asInt()).isZero();
    }

    @Test
    void aCheckInThatFellDueWhileTheBotWasDownArrivesWithItsButtonsAndStartNowBeginsTheReview() throws Exception {
        String invitation = TEXT.require("checkin.invite").substring(0, 40);
        List<JsonNode> messages = emulator.awaitMessage(
                TOKEN, CHECK_IN_CHAT, m -> TelegramEmulator.text(m).startsWith(invitation), Duration.ofSeconds(60));
        JsonNode invite = messages.stream()
                .filter(m -> TelegramEmulator.text(m).startsWith(invitation))
                .findFirst()
                .orElseThrow();
        assertThat(Instant.ofEpochSecond(invite.get("date").asLong())).isAfterOrEqualTo(checkInDue);
        JsonNode keyboard = invite.at("/reply_markup/inline_keyboard");
        assertThat(keyboard.size()).isEqualTo(3);
        assertThat(keyboard.at("/0/0/text").asText()).isEqualTo(TEXT.require("checkin.choice.start"));

        emulator.press(
                TOKEN,
                CHECK_IN_CHAT,
                invite.get("message_id").asLong(),
                keyboard.at("/0/0/callback_data").asText());
        emulator.awaitText(TOKEN, CHECK_IN_CHAT, TEXT.require("question.1"));
        assertThat(emulator.messages(TOKEN, CHECK_IN_CHAT))
                .as("the check-in is sent once")
                .filteredOn(m -> TelegramEmulator.text(m).startsWith(invitation))
                .hasSize(1);
    }

    @Test
    void scheduleInTheChatSaysWhenTheNextCheckInIs() throws Exception {
        long chat = newChat();
        ZonedDateTime inTwoDays = ZonedDateTime.now(ZoneOffset.UTC).plusDays(2);
        String day = inTwoDays.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.UK);

        emulator.sendText(TOKEN, chat, "/schedule " + day + " 07:45 UTC");

        String reply = TelegramEmulator.text(last(emulator.awaitText(TOKEN, chat, "Done: I'll check in")));
        assertThat(reply)
                .contains("every " + day + " at 07:45")
                .contains("The next one is on "
                        + DateTimeFormatter.ofPattern("EEEE d MMMM", Locale.UK).format(inTwoDays) + " at 07:45");
    }

    @Test
    void startWelcomesWithAButtonToBegin() throws Exception {
        long chat = newChat();
        emulator.sendText(TOKEN, chat, "/start");
        JsonNode welcome = last(emulator.awaitText(TOKEN, chat, "not a crisis service"));
        assertThat(welcome.at("/reply_markup/inline_keyboard/0/0/text").asText())
                .isEqualTo(TEXT.require("choice.startReview"));
    }

    @Test
    void servesAWholeReviewWithReframesAndTheSummary() throws Exception {
        long chat = newChat();
        emulator.sendText(TOKEN, chat, "/review");
        emulator.awaitText(TOKEN, chat, TEXT.require("question.1"));
        String[] answers = {
            "I only managed one email to my landlord",
            "I opened the post",
            "I need more sleep than I thought",
            "A bad morning, I was fine by lunch",
            "I made my bed"
        };
        for (int q = 0; q < answers.length; q++) {
            emulator.sendText(TOKEN, chat, answers[q]);
            String next = q < 4 ? TEXT.require("question." + (q + 2)) : TEXT.require("summary.title");
            emulator.awaitText(TOKEN, chat, next);
        }
        List<String> texts = emulator.messages(TOKEN, chat).stream()
                .map(TelegramEmulator::text)
                .toList();
        assertThat(texts).anyMatch(t -> t.startsWith("You managed one email to your landlord"));
        // The summary, then (after a first review) the offer of a weekly check-in.
        assertThat(texts)
                .filteredOn(t -> t.contains(TEXT.require("summary.title")))
                .singleElement()
                .asString()
                .contains("• I managed one email to my landlord")
                .contains("• I made my bed");
    }

    @Test
    void aCrisisMessageGetsTheCrisisReplyAndPausesTheReview() throws Exception {
        long chat = newChat();
        emulator.sendText(TOKEN, chat, "/review");
        emulator.awaitText(TOKEN, chat, TEXT.require("question.1"));
        emulator.sendText(TOKEN, chat, "honestly I dont want to be alive anymore");
        List<JsonNode> messages =
                emulator.awaitText(TOKEN, chat, TEXT.require("safety.urgent").substring(0, 30));
        String all =
                String.join("\n", messages.stream().map(TelegramEmulator::text).toList());
        assertThat(all)
                .contains("999")
                .contains("116 123")
                .contains("85258")
                .doesNotContain(TEXT.require("question.2"));
    }

    @Test
    void aButtonRunsItsCommandOnceAndThenHasExpired() throws Exception {
        long chat = newChat();
        emulator.sendText(TOKEN, chat, "/start");
        JsonNode welcome = last(emulator.awaitText(TOKEN, chat, "not a crisis service"));
        String data =
                welcome.at("/reply_markup/inline_keyboard/0/0/callback_data").asText();

        emulator.press(TOKEN, chat, welcome.get("message_id").asLong(), data);
        emulator.awaitText(TOKEN, chat, TEXT.require("question.1"));

        emulator.press(TOKEN, chat, welcome.get("message_id").asLong(), data);
        long expired = 0;
        for (int i = 0; i < 100 && expired == 0; i++) {
            Thread.sleep(100);
            expired = count(emulator.callbackAnswers(), TEXT.require("telegram.buttonExpired"));
        }
        assertThat(expired).isGreaterThanOrEqualTo(1);
        // A button whose data names another chat is refused as well.
        emulator.press(TOKEN, chat, 1, (chat + 1) + data.substring(data.indexOf(':')));
        Thread.sleep(500);
        assertThat(emulator.messages(TOKEN, chat).stream()
                        .map(TelegramEmulator::text)
                        .filter(t -> t.contains(TEXT.require("question.1"))))
                .hasSize(1);
    }

    @Test
    void aPlanWrittenInTheChatComesFirstInTheCrisisReplyBeforeTheHelplines() throws Exception {
        long chat = newChat();
        emulator.sendText(TOKEN, chat, "/safetyplan");
        emulator.awaitText(TOKEN, chat, "Step 1 of 7");
        emulator.sendText(TOKEN, chat, "I stop answering texts");
        emulator.awaitText(TOKEN, chat, "Step 2 of 7");
        emulator.sendText(TOKEN, chat, "a cold shower, then the dog round the park");
        JsonNode third = last(emulator.awaitText(TOKEN, chat, "Step 3 of 7"));
        assertThat(third.at("/reply_markup/inline_keyboard/0/0/text").asText())
                .isEqualTo(TEXT.require("plan.choice.skip"));
        emulator.press(
                TOKEN,
                chat,
                third.get("message_id").asLong(),
                third.at("/reply_markup/inline_keyboard/0/0/callback_data").asText());
        emulator.awaitText(TOKEN, chat, "Step 4 of 7");
        String[] rest = {"Mum 07700 900123", "skip", "skip"};
        for (int i = 0; i < rest.length; i++) {
            emulator.sendText(TOKEN, chat, rest[i]);
            emulator.awaitText(TOKEN, chat, "Step " + (i + 5) + " of 7");
        }
        emulator.sendText(TOKEN, chat, "my daughter, and seeing the sea again");
        emulator.awaitText(TOKEN, chat, TEXT.require("plan.finished").substring(0, 30));

        emulator.sendText(TOKEN, chat, "I want to end my life");

        JsonNode crisis = last(emulator.awaitText(TOKEN, chat, TEXT.require("plan.crisis.intro")));
        String text = TelegramEmulator.text(crisis);
        int helplines = text.indexOf("116 123");
        assertThat(text)
                .startsWith(TEXT.require("plan.crisis.intro"))
                .contains("999")
                .contains("85258");
        assertThat(text.indexOf("my daughter, and seeing the sea again"))
                .isNotNegative()
                .isLessThan(helplines);
        assertThat(text.indexOf("Mum 07700 900123")).isNotNegative().isLessThan(helplines);
        assertThat(text.indexOf("a cold shower")).isNotNegative().isLessThan(helplines);
        // Briefly: reasons, people and what helps; the warning signs stay in the plan.
        assertThat(text).doesNotContain("I stop answering texts");
    }

    private static long count(JsonNode answers, String text) {
        long n = 0;
        for (JsonNode answer : answers) {
            n += text.equals(answer.path("text").asText()) ? 1 : 0;
        }
        return n;
    }

    @Test
    void theLogHoldsNeitherWhatPeopleWriteNorTheToken() throws Exception {
        long chat = newChat();
        emulator.sendText(TOKEN, chat, "/review");
        emulator.awaitText(TOKEN, chat, TEXT.require("question.1"));
        emulator.sendText(TOKEN, chat, "I told my aunt about the zebra-42 plan");
        emulator.awaitText(TOKEN, chat, TEXT.require("question.2"));
        emulator.sendText(TOKEN, chat, "I keep thinking about suicide, zebra-43");
        emulator.awaitText(TOKEN, chat, "116 123");

        assertThat(bot.log()).isNotEmpty().noneMatch(line -> line.contains("zebra-4") || line.contains("e2e-token"));
    }

    @Test
    void aStickerGetsAGentleTextOnlyReply() throws Exception {
        long chat = newChat();
        emulator.sendSticker(TOKEN, chat);
        emulator.awaitText(TOKEN, chat, TEXT.require("telegram.textOnly"));
    }

    @Test
    void inAGroupTheBotExplainsOnceAndOtherwiseOnlyAnswersRisk() throws Exception {
        long group = -newChat();
        emulator.sendGroupText(TOKEN, group, "/review");
        emulator.awaitText(TOKEN, group, "private chats only");
        emulator.sendGroupText(TOKEN, group, "/review");
        emulator.sendGroupText(TOKEN, group, "I want to kill myself");
        List<JsonNode> messages = emulator.awaitText(TOKEN, group, "116 123");
        assertThat(messages).hasSize(2);
    }

    @Test
    void aBurstOfThirtyIsAnsweredInOrderWhileAnotherReviewGoesOn() throws Exception {
        long busy = newChat();
        long other = newChat();
        emulator.sendText(TOKEN, other, "/review");
        for (int i = 1; i <= 30; i++) {
            emulator.sendText(TOKEN, busy, "/unknown" + i);
        }
        for (int q = 1; q <= 5; q++) {
            emulator.awaitText(TOKEN, other, q == 1 ? TEXT.require("question.1") : TEXT.require("question." + q));
            emulator.sendText(TOKEN, other, "I went for a walk on day " + q);
        }
        emulator.awaitText(TOKEN, other, TEXT.require("summary.title"));

        List<JsonNode> burst = emulator.awaitMessage(
                TOKEN, busy, m -> TelegramEmulator.text(m).contains("/unknown30."), Duration.ofSeconds(60));
        List<String> order = burst.stream()
                .map(TelegramEmulator::text)
                .map(t -> t.replaceAll("(?s)^I don't know the command (/unknown\\d+)\\..*$", "$1"))
                .toList();
        List<String> expected = new ArrayList<>();
        for (int i = 1; i <= 30; i++) {
            expected.add("/unknown" + i);
        }
        assertThat(order).containsExactlyElementsOf(expected);
    }

    @Test
    @Order(AFTER_THE_OTHERS + 1)
    void anIdleBotPollsOncePerLongPoll() throws Exception {
        long before = emulator.getUpdatesCalls(TOKEN);
        Thread.sleep(IDLE_SPAN.toMillis());
        long calls = emulator.getUpdatesCalls(TOKEN) - before;

        System.out.printf("idle bot: %d getUpdates calls in %d s%n", calls, IDLE_SPAN.toSeconds());
        // A long poll is held 25 s, so at most one ends in the span and the next begins; a bot polling in
        // a loop (as it once did after its first message) makes hundreds of calls a second.
        assertThat(calls).as("getUpdates calls while idle").isLessThanOrEqualTo(2);
        assertThat(bot.log()).noneMatch(line -> line.contains("Conflict"));
    }

    @Test
    @Order(AFTER_THE_OTHERS + 2)
    void sigtermStopsTheBotCleanlyWithinTenSeconds() throws Exception {
        long chat = newChat();
        emulator.sendText(TOKEN, chat, "/review");
        emulator.awaitText(TOKEN, chat, TEXT.require("question.1"));

        double seconds = bot.terminate(Duration.ofSeconds(10));

        assertThat(seconds).isLessThan(10);
        assertThat(bot.log())
                .as("exit %d", bot.process().exitValue())
                .anyMatch(line -> line.contains("Small Wins has stopped"));
        assertThat(bot.log()).noneMatch(line -> line.contains("Exception"));
    }

    @Test
    void aRejectedTokenEndsWithAClearMessageAndNoStackTrace() throws Exception {
        ProcessBuilder builder = JarProcess.builder(
                "run",
                "--api-url",
                emulator.apiUrl(),
                "--db",
                folder.resolve("db-rejected").toString());
        builder.environment().put("TELEGRAM_BOT_TOKEN", "rejected-token");
        JarProcess.Result result = JarProcess.run(builder, "");
        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.out() + result.err())
                .contains("Telegram rejected the bot token")
                .doesNotContain("at org.")
                .doesNotContain("rejected-token");
    }

    // The two refusals below run ./bot run's own code in this JVM (no model is loaded before them); the
    // rejected token above goes through the packaged jar.
    @Test
    void aMissingTokenEndsWithAClearMessage() {
        InProcessBot.Refusal refusal = InProcessBot.refusal(Map.of(), "run", "--api-url", emulator.apiUrl());

        assertThat(refusal.exitCode()).isEqualTo(2);
        assertThat(refusal.err()).contains("TELEGRAM_BOT_TOKEN");
    }

    @Test
    void aPaceThatIsNotANumberEndsWithOneClearLine() {
        InProcessBot.Refusal refusal = InProcessBot.refusal(
                Map.of("TELEGRAM_BOT_TOKEN", TOKEN, "SMALLWINS_TELEGRAM_RATE", "fast"),
                "run",
                "--api-url",
                emulator.apiUrl());

        assertThat(refusal.exitCode()).isEqualTo(2);
        assertThat(refusal.err().strip())
                .isEqualTo(
                        "bot run: SMALLWINS_TELEGRAM_RATE (telegram.messagesPerSecond) should be a whole number, not 'fast'");
    }
}
