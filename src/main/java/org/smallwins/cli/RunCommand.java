package org.smallwins.cli;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.smallwins.telegram.KeyboardStore;
import org.smallwins.telegram.TelegramBot;
import org.smallwins.telegram.TelegramSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "run", description = "The Telegram bot (token in TELEGRAM_BOT_TOKEN).")
final class RunCommand extends Subcommand {
    private static final Logger log = LoggerFactory.getLogger(RunCommand.class);

    @Option(names = "--api-url", description = "Bot API address (default: TELEGRAM_API_URL, then api.telegram.org).")
    String apiUrl;

    @Option(names = "--db", description = "Database path (default: SMALLWINS_DB, then data/smallwins).")
    String db;

    @Override
    public Integer call() throws InterruptedException {
        Running running;
        try {
            running = start();
        } catch (Refused refused) {
            terminal.err().println("bot run: " + refused.getMessage());
            return refused.exitCode;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> {
                            // SIGTERM: stop polling, finish in-flight updates, close H2; the JVM then exits.
                            running.close();
                            stopped.countDown();
                        },
                        "shutdown"));
        stopped.await();
        return 0;
    }

    /** Why the bot did not start, said in one line, and the exit code: 2 for a setting, 1 for Telegram's refusal. */
    static final class Refused extends Exception {
        final int exitCode;

        Refused(String message, int exitCode) {
            super(message);
            this.exitCode = exitCode;
        }
    }

    /** A bot that is up: polling, handling, sending and running its jobs until it is closed. */
    record Running(App app, TelegramBot bot) implements AutoCloseable {
        /** What SIGTERM does: stop polling, let in-flight updates and replies finish, close the database. */
        @Override
        public void close() {
            bot.close();
            app.close();
        }
    }

    /**
     * Checks the token with Telegram before the models load (a rejected token or an unreachable API is
     * said within a second or two), opens the database, loads the models and starts the bot and its jobs.
     */
    Running start() throws Refused {
        Settings settings = terminal.settings();
        String token = settings.value(null, "TELEGRAM_BOT_TOKEN", null).orElse("");
        if (token.isBlank()) {
            throw new Refused("set TELEGRAM_BOT_TOKEN to the token BotFather gave you.", 2);
        }
        TelegramSettings telegram;
        try {
            telegram = telegramSettings(settings, token);
            TelegramBot.checkToken(telegram);
        } catch (IllegalArgumentException e) {
            throw new Refused(e.getMessage(), 2);
        } catch (TelegramBot.StartFailed e) {
            throw new Refused(e.getMessage(), 1);
        }
        if (settings.databaseKey().isEmpty()) {
            log.warn("SMALLWINS_DB_KEY is not set: the database file is not encrypted at rest. Set a key and run"
                    + " ./bot encrypt-db to encrypt it (see README, Where data lives).");
        }
        App app = App.open(settings, db, terminal.models());
        Clock clock = Clock.systemUTC();
        app.store.forgetDeliveriesBefore(clock.instant().minus(Duration.ofDays(7)));
        TelegramBot.Wiring wiring = new TelegramBot.Wiring(
                app.conversation(),
                app.core.commands(),
                app.models.messages(),
                app.inbox,
                app.outbox,
                app.database.transactions(),
                KeyboardStore.inDatabase(app.database.dataSource(), clock),
                // Someone blocked the bot (403): their check-ins stop until they send /resume.
                app.checkIns::blocked,
                clock);
        TelegramBot bot;
        try {
            bot = TelegramBot.start(telegram, wiring);
        } catch (TelegramBot.StartFailed e) {
            app.close();
            throw new Refused(e.getMessage(), 1);
        }
        // What the core says first (a check-in) is queued by a job: the sender hears of it at once.
        app.onQueued(bot::wake);
        app.startJobs(clock);
        return new Running(app, bot);
    }

    private TelegramSettings telegramSettings(Settings settings, String token) {
        return new TelegramSettings(
                token,
                URI.create(settings.value(apiUrl, "TELEGRAM_API_URL", "telegram.api.url")
                        .orElse("https://api.telegram.org")),
                Math.toIntExact(number(settings, "SMALLWINS_TELEGRAM_RATE", "telegram.messagesPerSecond", 25)),
                Duration.ofMillis(number(
                        settings, "SMALLWINS_TELEGRAM_CHAT_INTERVAL_MS", "telegram.perChatIntervalMillis", 1000)),
                TelegramSettings.DEFAULT_CALL_TIMEOUT);
    }

    private static long number(Settings settings, String environment, String propertyKey, long fallback) {
        String value = settings.value(null, environment, propertyKey).orElse(null);
        if (value == null) {
            return fallback;
        }
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(
                    environment + " (" + propertyKey + ") should be a whole number, not '" + value + "'");
        }
    }
}
