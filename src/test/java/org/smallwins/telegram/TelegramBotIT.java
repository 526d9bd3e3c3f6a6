package org.smallwins.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
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
import org.smallwins.reframe.Messages;
import org.smallwins.testing.JarProcess;

/**
 * ./bot run against the Telegram emulator, a person at a time acting over the emulator's client routes.
 * A second bot is started beside the first, given one message and then left alone while the other
 * tests run, to measure how often an idle bot polls; at the end it is stopped with SIGTERM. A check-in
 * for the next minute is asked for at the start too, and looked for after the other tests, so that the
 * wait for that minute passes while they run.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@Execution(ExecutionMode.CONCURRENT) // beside other test classes, mostly while its quiet bot idles
@ResourceLock("TelegramBotIT") // its own tests one at a time, in order
class TelegramBotIT {
    private static final String TOKEN = "123:e2e-token";
    private static final String QUIET = "456:e2e-quiet";
    private static final Duration IDLE_SPAN = Duration.ofSeconds(30);
    private static final Messages TEXT = Messages.load();
    private static final AtomicLong CHATS = new AtomicLong(1000);
    // Unnumbered tests run in between: JUnit puts tests without @Order after those with a small one.
    private static final int AFTER_THE_OTHERS = Integer.MAX_VALUE - 10;
    /** Time for the bot to take the /schedule before the minute it names begins. */
    private static final Duration SCHEDULE_LEAD = Duration.ofSeconds(10);

    private static TelegramEmulator emulator;
    private static BotProcess bot;
    private static BotProcess quiet;
    private static Path folder;
    private static long idleSince;
    private static long callsWhenIdle;
    private static long checkInChat;
    private static java.time.ZonedDateTime checkInAt;

    @BeforeAll
    static void startTheEmulatorAndTheBots() throws Exception {
        folder = Files.createTempDirectory("smallwins-e2e");
        emulator = new TelegramEmulator();
        bot = new BotProcess(TOKEN, emulator.apiUrl(), folder.resolve("db"));
        quiet = new BotProcess(QUIET, emulator.apiUrl(), folder.resolve("db-quiet"));
        bot.awaitLog("Small Wins is up as @SmallWinsTestBot on 127.0.0.1", Duration.ofSeconds(90));
        quiet.awaitLog("Small Wins is up", Duration.ofSeconds(90));
        // Its first message is what used to set an idle bot polling in a busy loop.
        long chat = newChat();
        emulator.sendText(QUIET, chat, "/start");
        emulator.awaitText(QUIET, chat, "not a crisis service");
        idleSince = System.nanoTime();
        callsWhenIdle = emulator.getUpdatesCalls(QUIET);
        scheduleACheckInForTheNextMinute();
    }

    /** /schedule for the next whole minute (the one after, when it is too close to reach in time). */
    private static void scheduleACheckInForTheNextMinute() throws Exception {
        checkInChat = newChat();
        java.time.ZonedDateTime now = java.time.ZonedDateTime.now(java.time.ZoneOffset.UTC);
        checkInAt = now.plus(SCHEDULE_LEAD).plusMinutes(1).truncatedTo(java.time.temporal.ChronoUnit.MINUTES);
        String day = checkInAt.getDayOfWeek().getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.UK);
        emulator.sendText(
                TOKEN,
                checkInChat,
                "/schedule " + day + " " + String.format("%02d:%02d", checkInAt.getHour(), checkInAt.getMinute())
                        + " UTC");
    }

    @AfterAll
    static void stopThem() {
        if (bot != null) {
            bot.close();
        }
        if (quiet != null) {
            quiet.close();
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
    @Order(AFTER_THE_OTHERS)
    void aCheckInScheduledForTheNextMinuteArrivesWithItsButtonsAndStartNowBeginsTheReview() throws Exception {
        long chat = checkInChat; // scheduled in startTheEmulatorAndTheBots
        java.time.ZonedDateTime next = checkInAt;

        List<JsonNode> messages = emulator.awaitMessage(
                TOKEN,
                chat,
                m -> TelegramEmulator.text(m)
                        .startsWith(TEXT.require("checkin.invite").substring(0, 40)),
                Duration.ofSeconds(90));
        JsonNode invite = messages.stream()
                .filter(m -> TelegramEmulator.text(m)
                        .startsWith(TEXT.require("checkin.invite").substring(0, 40)))
                .findFirst()
                .orElseThrow();
        assertThat(java.time.Instant.now()).isAfterOrEqualTo(next.toInstant());
        JsonNode keyboard = invite.at("/reply_markup/inline_keyboard");
        assertThat(keyboard.size()).isEqualTo(3);
        assertThat(keyboard.at("/0/0/text").asText()).isEqualTo(TEXT.require("checkin.choice.start"));

        emulator.press(
                TOKEN,
                chat,
                invite.get("message_id").asLong(),
                keyboard.at("/0/0/callback_data").asText());
        emulator.awaitText(TOKEN, chat, TEXT.require("question.1"));
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
    void anIdleBotPollsOnlyAFewTimesAMinute() throws Exception {
        long left = IDLE_SPAN.toNanos() - (System.nanoTime() - idleSince);
        if (left > 0) {
            Thread.sleep(left / 1_000_000);
        }
        double minutes = (System.nanoTime() - idleSince) / 60e9;
        long calls = emulator.getUpdatesCalls(QUIET) - callsWhenIdle;

        System.out.printf(
                "idle bot: %d getUpdates calls in %.0f s (%.1f a minute)%n", calls, minutes * 60, calls / minutes);
        assertThat(calls / minutes).as("getUpdates calls a minute").isLessThanOrEqualTo(5);
        assertThat(quiet.log()).noneMatch(line -> line.contains("Conflict"));
    }

    @Test
    @Order(AFTER_THE_OTHERS + 2)
    void sigtermStopsTheBotCleanlyWithinTenSeconds() throws Exception {
        long chat = newChat();
        emulator.sendText(QUIET, chat, "/review");
        emulator.awaitText(QUIET, chat, TEXT.require("question.1"));

        double seconds = quiet.terminate(Duration.ofSeconds(10));

        assertThat(seconds).isLessThan(10);
        assertThat(quiet.log())
                .as("exit %d", quiet.process().exitValue())
                .anyMatch(line -> line.contains("Small Wins has stopped"));
        assertThat(quiet.log()).noneMatch(line -> line.contains("Exception"));
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
        builder.redirectErrorStream(true);
        Process process = builder.start();
        String out = new String(process.getInputStream().readAllBytes());
        process.waitFor();
        assertThat(process.exitValue()).isEqualTo(1);
        assertThat(out)
                .contains("Telegram rejected the bot token")
                .doesNotContain("at org.")
                .doesNotContain("rejected-token");
    }

    @Test
    void aMissingTokenEndsWithAClearMessage() throws Exception {
        ProcessBuilder builder = JarProcess.builder("run", "--api-url", emulator.apiUrl());
        builder.environment().remove("TELEGRAM_BOT_TOKEN");
        builder.redirectErrorStream(true);
        Process process = builder.start();
        String out = new String(process.getInputStream().readAllBytes());
        process.waitFor();
        assertThat(process.exitValue()).isEqualTo(2);
        assertThat(out).contains("TELEGRAM_BOT_TOKEN");
    }

    @Test
    void aPaceThatIsNotANumberEndsWithOneClearLine() throws Exception {
        ProcessBuilder builder = JarProcess.builder("run", "--api-url", emulator.apiUrl());
        builder.environment().put("TELEGRAM_BOT_TOKEN", TOKEN);
        builder.environment().put("SMALLWINS_TELEGRAM_RATE", "fast");
        builder.redirectErrorStream(true);
        Process process = builder.start();
        String out = new String(process.getInputStream().readAllBytes());
        process.waitFor();
        assertThat(process.exitValue()).isEqualTo(2);
        assertThat(out.strip())
                .isEqualTo(
                        "bot run: SMALLWINS_TELEGRAM_RATE (telegram.messagesPerSecond) should be a whole number, not 'fast'");
    }
}
