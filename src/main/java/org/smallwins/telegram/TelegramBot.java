package org.smallwins.telegram;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.OkHttpClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.smallwins.reframe.Messages;
import org.smallwins.review.ChatCommand;
import org.smallwins.review.CommandRegistry;
import org.smallwins.review.Conversation;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.longpolling.TelegramBotsLongPollingApplication;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.telegram.telegrambots.meta.api.methods.GetMe;
import org.telegram.telegrambots.meta.api.methods.commands.SetMyCommands;
import org.telegram.telegrambots.meta.api.methods.updates.GetUpdates;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.api.objects.commands.BotCommand;

/**
 * The Telegram adapter: long polling hands updates to per-chat queues (the polling thread does no NLP
 * or database work), replies go out through {@link TelegramSender}. {@link #close} stops polling,
 * lets in-flight updates finish and shuts every executor down, so the JVM can exit.
 */
public final class TelegramBot implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(TelegramBot.class);
    private static final int POLL_TIMEOUT_SECONDS = 25;

    private final TelegramSettings settings;
    private final OkHttpClient http;
    private final ScheduledExecutorService polling;
    private final ChatQueues queues;
    private final TelegramBotsLongPollingApplication app;

    private TelegramBot(
            TelegramSettings settings,
            OkHttpClient http,
            ScheduledExecutorService polling,
            ChatQueues queues,
            TelegramBotsLongPollingApplication app) {
        this.settings = settings;
        this.http = http;
        this.polling = polling;
        this.queues = queues;
        this.app = app;
    }

    /** Checks the token (getMe), sets the command menu and starts polling; fails with a clear message. */
    public static TelegramBot start(
            TelegramSettings settings,
            Conversation conversation,
            CommandRegistry commands,
            Messages messages,
            Clock clock)
            throws StartFailed {
        TelegramUrl url =
                new TelegramUrl(settings.apiUrl().getScheme(), settings.apiUrl().getHost(), settings.port(), false);
        OkHttpClient http =
                new OkHttpClient.Builder().callTimeout(settings.callTimeout()).build();
        // The long poll waits up to POLL_TIMEOUT_SECONDS for an update, so it needs a longer limit than sends.
        OkHttpClient pollingHttp = http.newBuilder()
                .callTimeout(Duration.ofSeconds(POLL_TIMEOUT_SECONDS + 20))
                .readTimeout(Duration.ofSeconds(POLL_TIMEOUT_SECONDS + 15))
                .build();
        ApiCalls api = new ApiCalls(
                new OkHttpTelegramClient(http, settings.token(), url), settings.callTimeout(), Sleeper.REAL);
        User me = checkToken(api, settings);
        setCommands(api, commands, messages);

        Keyboards keyboards = new Keyboards();
        RateLimiter limiter = new RateLimiter(settings.messagesPerSecond(), settings.perChatInterval(), clock);
        TelegramSender sender = new TelegramSender(api, limiter, keyboards, Sleeper.REAL);
        UpdateHandler handler = new UpdateHandler(conversation, sender, keyboards, messages, clock);
        ChatQueues queues = new ChatQueues(Executors.newFixedThreadPool(8, named("chat")));
        ScheduledExecutorService polling = Executors.newSingleThreadScheduledExecutor(named("polling"));
        TelegramBotsLongPollingApplication app =
                new TelegramBotsLongPollingApplication(ObjectMapper::new, () -> pollingHttp, () -> polling);
        try {
            app.registerBot(settings.token(), () -> url, TelegramBot::getUpdates, updates -> {
                for (Update update : updates) {
                    UpdateHandler.chatOf(update).ifPresent(chat -> queues.submit(chat, () -> handler.handle(update)));
                }
            });
        } catch (Exception e) {
            queues.close();
            polling.shutdownNow();
            throw new StartFailed("Could not start polling " + settings.apiUrl().getHost() + ": " + e.getMessage(), e);
        }
        log.info(
                "Small Wins is up as @{} on {}",
                me.getUserName(),
                settings.apiUrl().getHost());
        return new TelegramBot(settings, http, polling, queues, app);
    }

    private static GetUpdates getUpdates(Integer offset) {
        return GetUpdates.builder()
                .offset(offset == null ? 0 : offset)
                .limit(100)
                .timeout(POLL_TIMEOUT_SECONDS)
                .allowedUpdates(List.of("message", "edited_message", "callback_query"))
                .build();
    }

    private static User checkToken(ApiCalls api, TelegramSettings settings) throws StartFailed {
        try {
            return api.call(new GetMe());
        } catch (ApiCalls.CallFailed e) {
            String why = e.code() == 401 || e.code() == 404
                    ? "Telegram rejected the bot token (getMe answered " + e.code() + "). Check TELEGRAM_BOT_TOKEN."
                    : "Could not reach the Bot API at " + settings.apiUrl().getHost() + " (" + e.getMessage() + ").";
            throw new StartFailed(why, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StartFailed("Interrupted while checking the token", e);
        }
    }

    private static void setCommands(ApiCalls api, CommandRegistry registry, Messages messages) throws StartFailed {
        List<BotCommand> commands = new ArrayList<>();
        for (ChatCommand command : registry.listed()) {
            commands.add(new BotCommand(
                    command.name(), messages.require(command.helpKey().orElseThrow())));
        }
        try {
            api.call(SetMyCommands.builder().commands(commands).build());
        } catch (ApiCalls.CallFailed e) {
            log.warn("Could not set the command menu ({}); carrying on without it", e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StartFailed("Interrupted while setting the command menu", e);
        }
    }

    private static ThreadFactory named(String prefix) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, prefix + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    /** Stops polling, waits up to 7 s for in-flight updates, then shuts the executors and HTTP client down. */
    @Override
    public void close() {
        try {
            app.unregisterBot(settings.token());
        } catch (Exception e) {
            log.warn("Stopping the poller: {}", e.getMessage());
        }
        try {
            if (!queues.awaitIdle(Duration.ofSeconds(7))) {
                log.warn("Some updates were still being handled at shutdown");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        queues.close();
        polling.shutdownNow();
        try {
            app.close();
        } catch (Exception e) {
            log.warn("Closing the long-polling application: {}", e.getMessage());
        }
        http.dispatcher().executorService().shutdownNow();
        http.connectionPool().evictAll();
        try {
            polling.awaitTermination(1, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        log.info("Small Wins has stopped");
    }

    /** The bot could not start: a message a person can act on. */
    public static final class StartFailed extends Exception {
        StartFailed(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
