package org.smallwins.telegram;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import okhttp3.Dispatcher;
import okhttp3.OkHttpClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.smallwins.reframe.Messages;
import org.smallwins.review.ChatCommand;
import org.smallwins.review.CommandRegistry;
import org.smallwins.review.Conversation;
import org.smallwins.review.Handled;
import org.smallwins.review.Inbox;
import org.smallwins.review.InboxItem;
import org.smallwins.review.Incoming;
import org.smallwins.review.Outbox;
import org.smallwins.review.Reply;
import org.smallwins.review.UnitOfWork;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.longpolling.TelegramBotsLongPollingApplication;
import org.telegram.telegrambots.longpolling.interfaces.BackOff;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.telegram.telegrambots.meta.api.methods.GetMe;
import org.telegram.telegrambots.meta.api.methods.commands.SetMyCommands;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.api.objects.commands.BotCommand;

/**
 * The Telegram adapter, put together: the long poll feeds the {@link UpdateIntake}, which stores each
 * update in the inbox before it is confirmed; per-chat queues handle what is stored; the
 * {@link PacedSender} delivers the outbox. {@link #close} stops polling, lets the updates being handled
 * finish and shuts every thread down, so the JVM can exit; what was not handled or sent is there at
 * the next start.
 */
public final class TelegramBot implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(TelegramBot.class);
    private static final int WORKERS = 8;
    private static final Duration FINISH_HANDLING = Duration.ofSeconds(4);

    private final TelegramSettings settings;
    private final OkHttpClient http;
    private final OkHttpClient pollingHttp;
    private final ScheduledExecutorService polling;
    private final TelegramBotsLongPollingApplication app;
    private final UpdateIntake intake;
    private final ChatQueues queues;
    private final PacedSender sender;

    /**
     * What the adapter works with besides the Bot API.
     *
     * @param blocked told the person key of anyone who blocked the bot (their check-ins can stop)
     */
    public record Wiring(
            Conversation conversation,
            CommandRegistry commands,
            Messages messages,
            Inbox inbox,
            Outbox outbox,
            UnitOfWork transactions,
            KeyboardStore keyboards,
            Consumer<String> blocked,
            Clock clock) {}

    private TelegramBot(
            TelegramSettings settings,
            OkHttpClient http,
            OkHttpClient pollingHttp,
            ScheduledExecutorService polling,
            TelegramBotsLongPollingApplication app,
            UpdateIntake intake,
            ChatQueues queues,
            PacedSender sender) {
        this.settings = settings;
        this.http = http;
        this.pollingHttp = pollingHttp;
        this.polling = polling;
        this.app = app;
        this.intake = intake;
        this.queues = queues;
        this.sender = sender;
    }

    /**
     * Checks the token (getMe), sets the command menu, sends what the outbox still holds, handles what
     * the inbox still holds, then starts polling; fails with a clear message.
     */
    public static TelegramBot start(TelegramSettings settings, Wiring wiring) throws StartFailed {
        TelegramUrl url = url(settings);
        Dispatcher dispatcher = new Dispatcher();
        // Sends are asynchronous and a slow API must not queue them behind OkHttp's default of 5 a host.
        dispatcher.setMaxRequestsPerHost(dispatcher.getMaxRequests());
        OkHttpClient http = new OkHttpClient.Builder()
                .dispatcher(dispatcher)
                .callTimeout(settings.callTimeout())
                .build();
        // The long poll waits up to POLL_TIMEOUT_SECONDS for an update, so it needs a longer limit than sends.
        OkHttpClient pollingHttp = new OkHttpClient.Builder()
                .callTimeout(Duration.ofSeconds(UpdateIntake.POLL_TIMEOUT_SECONDS + 20))
                .readTimeout(Duration.ofSeconds(UpdateIntake.POLL_TIMEOUT_SECONDS + 15))
                .build();
        OkHttpTelegramClient client = new OkHttpTelegramClient(http, settings.token(), url);
        ApiCalls calls = new ApiCalls(client, settings.callTimeout(), Sleeper.REAL);
        User me = checkToken(calls, settings);
        setCommands(calls, wiring.commands(), wiring.messages());

        BotApi api = new TelegramApi(client, settings.callTimeout().plusSeconds(5));
        Keyboards keyboards = new Keyboards(wiring.keyboards(), wiring.clock());
        PacedSender sender = new PacedSender(
                wiring.outbox(),
                wiring.transactions(),
                api,
                keyboards,
                new Pace(settings.messagesPerSecond(), settings.perChatInterval()),
                wiring.clock(),
                wiring.blocked());
        UpdateHandler handler = new UpdateHandler(
                core(wiring.conversation()),
                sender,
                api,
                keyboards,
                wiring.messages(),
                new UpdateHandler.Storage(wiring.inbox(), wiring.outbox(), wiring.transactions()));
        ChatQueues queues = new ChatQueues(Executors.newFixedThreadPool(WORKERS, named("chat")));
        UpdateIntake intake = new UpdateIntake(wiring.inbox(), dispatch(queues, handler), wiring.clock());
        sender.start();
        int recovered = intake.start();
        if (recovered > 0) {
            log.info("{} updates received before the last stop are handled first", recovered);
        }
        ScheduledExecutorService polling = Executors.newSingleThreadScheduledExecutor(named("polling"));
        TelegramBotsLongPollingApplication app = new TelegramBotsLongPollingApplication(
                ObjectMapper::new, () -> pollingHttp, () -> polling, PollBackOff::new);
        TelegramBot bot = new TelegramBot(settings, http, pollingHttp, polling, app, intake, queues, sender);
        try {
            app.registerBot(settings.token(), () -> url, intake::nextRequest, intake::received);
        } catch (Exception e) {
            bot.close();
            throw new StartFailed("Could not start polling " + settings.apiUrl().getHost() + ": " + e.getMessage(), e);
        }
        log.info(
                "Small Wins is up as @{} on {}",
                me.getUserName(),
                settings.apiUrl().getHost());
        return bot;
    }

    /** The core as the adapter uses it. */
    static ChatCore core(Conversation conversation) {
        return new ChatCore() {
            @Override
            public Handled handle(Incoming incoming) {
                return conversation.handle(incoming);
            }

            @Override
            public Handled checkOnly(Incoming incoming) {
                return conversation.checkOnly(incoming);
            }

            @Override
            public List<Reply> riskReplyWithoutState(String text) {
                return conversation.riskReplyWithoutState(text);
            }
        };
    }

    private static UpdateIntake.Dispatch dispatch(ChatQueues queues, UpdateHandler handler) {
        return new UpdateIntake.Dispatch() {
            @Override
            public void stored(InboxItem item) {
                queues.submit(item.personKey(), () -> handler.handle(item, true));
            }

            @Override
            public void unstored(InboxItem item) {
                queues.submit(item.personKey(), () -> handler.handle(item, false));
            }
        };
    }

    /** Waits between failed polls: from half a second, doubling, to at most 30 s (never stops trying). */
    static final class PollBackOff implements BackOff {
        private long next = 500;

        @Override
        public void reset() {
            next = 500;
        }

        @Override
        public long nextBackOffMillis() {
            long wait = next;
            next = Math.min(next * 2, 30_000);
            return wait;
        }
    }

    /** Asks Telegram who the bot is, so that a rejected token or an unreachable API is said at once. */
    public static void checkToken(TelegramSettings settings) throws StartFailed {
        OkHttpClient http =
                new OkHttpClient.Builder().callTimeout(settings.callTimeout()).build();
        try {
            checkToken(
                    new ApiCalls(
                            new OkHttpTelegramClient(http, settings.token(), url(settings)),
                            settings.callTimeout(),
                            Sleeper.REAL),
                    settings);
        } finally {
            http.dispatcher().executorService().shutdownNow();
            http.connectionPool().evictAll();
        }
    }

    private static TelegramUrl url(TelegramSettings settings) {
        return new TelegramUrl(settings.apiUrl().getScheme(), settings.apiUrl().getHost(), settings.port(), false);
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

    /** The command menu beside the message box, from the registry: what /help lists, in the same order. */
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

    /**
     * Something was queued in the outbox for this person outside a Telegram update (a check-in falling
     * due): send it now rather than at the sender's next read of the outbox, within two seconds.
     */
    public void wake(String personKey) {
        sender.wake(personKey);
    }

    /**
     * Stops polling (nothing a poll in flight brings is confirmed), lets the updates
     * being handled finish for up to 4 s, lets replies on their way land, and shuts everything down.
     */
    @Override
    public void close() {
        try {
            app.unregisterBot(settings.token());
        } catch (Exception e) {
            log.warn("Stopping the poller: {}", e.getMessage());
        }
        // The poll in flight is left to end by itself (the thread is a daemon): whatever it brings is not
        // stored, so never confirmed, and Telegram sends it again after the restart.
        polling.shutdown();
        intake.close();
        try {
            if (!queues.stop(FINISH_HANDLING)) {
                log.warn("Some updates were still being handled at shutdown; the next start handles them");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        sender.close();
        try {
            app.close();
        } catch (Exception e) {
            log.warn("Closing the long-polling application: {}", e.getMessage());
        }
        queues.close();
        http.dispatcher().executorService().shutdownNow();
        http.connectionPool().evictAll();
        log.info("Small Wins has stopped");
    }

    /** The bot could not start: a message a person can act on. */
    public static final class StartFailed extends Exception {
        StartFailed(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
