package org.smallwins.cli;

import java.time.Clock;
import java.time.Duration;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.smallwins.checkin.CheckInSweeper;
import org.smallwins.checkin.CheckIns;
import org.smallwins.privacy.DeleteCommand;
import org.smallwins.privacy.ExportCommand;
import org.smallwins.privacy.PersonData;
import org.smallwins.privacy.PrivacyNotice;
import org.smallwins.privacy.RetentionJob;
import org.smallwins.progress.EveSweeper;
import org.smallwins.progress.Progress;
import org.smallwins.review.Conversation;
import org.smallwins.review.ConversationBuilder;
import org.smallwins.review.Handled;
import org.smallwins.review.Initiative;
import org.smallwins.safety.CrisisResources;
import org.smallwins.safetyplan.SafetyPlans;
import org.smallwins.storage.Database;
import org.smallwins.storage.H2CheckInStore;
import org.smallwins.storage.H2Inbox;
import org.smallwins.storage.H2Outbox;
import org.smallwins.storage.H2PersonData;
import org.smallwins.storage.H2ProgressStore;
import org.smallwins.storage.H2ReviewStore;
import org.smallwins.storage.H2SafetyPlanStore;
import org.smallwins.storage.H2TherapyStore;

/**
 * One running Small Wins: the database, its stores, the core with every feature's commands, and the
 * jobs that run beside it (check-ins). The terminal and the Telegram bot both start from here, so they
 * behave alike.
 */
final class App implements AutoCloseable {
    final Core models;
    final Database database;
    final H2ReviewStore store;
    final H2Outbox outbox;
    final H2Inbox inbox;
    final CheckIns checkIns;
    final PersonData personData;
    final Progress progress;
    private final Optional<Period> retention;
    final ConversationBuilder.Built core;
    private final List<Consumer<String>> queuedListeners = new CopyOnWriteArrayList<>();
    private final List<AutoCloseable> jobs = new ArrayList<>();

    private final Duration sweepEvery;

    private App(Core models, Database database, Settings settings) {
        // How often due check-ins are looked for: 30 s; the end-to-end tests make it shorter.
        this.sweepEvery =
                Duration.ofSeconds(settings.value(null, "SMALLWINS_CHECKIN_SWEEP_SECONDS", "checkin.sweepSeconds")
                        .map(Long::parseLong)
                        .orElse(CheckInSweeper.EVERY.toSeconds()));
        this.models = models;
        this.database = database;
        this.store = new H2ReviewStore(database);
        this.outbox = new H2Outbox(database);
        this.inbox = new H2Inbox(database);
        this.checkIns = new CheckIns(new H2CheckInStore(database), store, models.messages());
        this.personData = new H2PersonData(database);
        this.progress = new Progress(
                new H2ProgressStore(database),
                new H2TherapyStore(database),
                models.messages(),
                models.analyzer(),
                checkIns::zoneOf);
        this.retention = RetentionJob.period(settings.value(null, "SMALLWINS_RETENTION_MONTHS", "retention.months"));
        CrisisResources resources = CrisisResources.load();
        SafetyPlans plans = new SafetyPlans(new H2SafetyPlanStore(database), store, models.messages(), resources);
        this.core = Conversation.builder()
                .language(models.riskCheck(), models.analyzer(), models.english()::isClearlyNotEnglish)
                .words(models.messages(), models.composer(), resources)
                .storage(store, outbox, database.transactions())
                .crisisLength(Duration.ofHours(settings.number("crisis.hours", 24)))
                .commands(checkIns.commands())
                .listener(checkIns.events())
                .commands(List.of(
                        new ExportCommand(personData, models.messages(), checkIns::zoneOf),
                        new DeleteCommand(personData, store, outbox, database.transactions(), models.messages())))
                .commands(plans.commands())
                .safetyPlan(plans) // the person's own words lead the crisis replies
                .privacyNotice(PrivacyNotice.text(models.messages(), retention))
                .commands(progress.commands())
                .build();
    }

    /** Opens the database first, so a wrong key or a bad path is reported at once, then loads the models. */
    static App open(Settings settings, String dbFlag) {
        return open(settings, dbFlag, Core::load);
    }

    /** The same with models loaded once for many apps (the in-process tests, the benchmark). */
    static App open(Settings settings, String dbFlag, Supplier<Core> models) {
        // The models load while the database opens and migrates; a database that cannot open still fails first.
        CompletableFuture<Core> core = CompletableFuture.supplyAsync(models, runnable -> {
            Thread thread = new Thread(runnable, "loading-core");
            thread.setDaemon(true);
            thread.start();
        });
        Database database = Database.open(settings.databasePath(dbFlag), settings.databaseKey());
        try {
            return new App(Core.result(core), database, settings);
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
    }

    Conversation conversation() {
        return core.conversation();
    }

    /** Hears the person key whenever the core speaks first (a check-in queued), so a transport can deliver it. */
    void onQueued(Consumer<String> listener) {
        queuedListeners.add(listener);
    }

    /**
     * Starts the jobs that run beside the conversation: due check-ins (now, then every 30 s) and
     * evening-before-therapy messages (now, then every minute).
     */
    void startJobs(Clock clock) {
        CheckInSweeper sweeper = checkIns.sweeper(this::initiate, clock).every(sweepEvery);
        jobs.add(sweeper);
        sweeper.start();
        EveSweeper eves = progress.sweeper(this::initiate, clock);
        jobs.add(eves);
        eves.start();
        retention.ifPresent(keep -> {
            ScheduledExecutorService daily = Executors.newSingleThreadScheduledExecutor(runnable -> {
                Thread thread = new Thread(runnable, "retention");
                thread.setDaemon(true);
                return thread;
            });
            jobs.add(new RetentionJob(personData, keep, clock, daily).start());
        });
    }

    /** The core speaking first (a check-in, the evening before therapy); the transport hears that replies are queued. */
    private void initiate(String personKey, Initiative initiative, java.time.Instant at) {
        Handled handled = conversation().initiate(personKey, initiative, at);
        if (!handled.replies().isEmpty()) {
            queuedListeners.forEach(listener -> listener.accept(personKey));
        }
    }

    @Override
    public void close() {
        for (AutoCloseable job : jobs) {
            try {
                job.close();
            } catch (Exception e) {
                org.slf4j.LoggerFactory.getLogger(App.class)
                        .warn("Stopping a job: {}", e.getClass().getSimpleName());
            }
        }
        database.close();
    }
}
