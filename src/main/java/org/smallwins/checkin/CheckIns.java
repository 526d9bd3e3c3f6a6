package org.smallwins.checkin;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.smallwins.reframe.Messages;
import org.smallwins.review.ChatCommand;
import org.smallwins.review.Initiator;
import org.smallwins.review.PersonEvents;
import org.smallwins.review.ReviewStore;

/**
 * Weekly check-ins, as the application wires them: the commands to register, the listener for the
 * core's person events, the sweeper, and the hook for a chat that has blocked the bot.
 */
public final class CheckIns {
    private final CheckInStore store;
    private final ReviewStore reviews;
    private final CheckInTexts texts;
    private final PlanReplies replies;

    public CheckIns(CheckInStore store, ReviewStore reviews, Messages messages) {
        this.store = Objects.requireNonNull(store, "store");
        this.reviews = Objects.requireNonNull(reviews, "reviews");
        this.texts = new CheckInTexts(Objects.requireNonNull(messages, "messages"));
        this.replies = new PlanReplies(texts);
    }

    /** {@code /schedule /settings /pause /resume}, and {@code /checkin} which only buttons send. */
    public List<ChatCommand> commands() {
        return List.of(
                new ScheduleCommand(store, texts, replies),
                new SettingsCommand(store, reviews, texts, replies),
                new PauseCommand(store, texts),
                new ResumeCommand(store, texts, replies),
                new CheckInCommand(store, texts, replies));
    }

    /** For the core's {@code PersonEvents}: a message answers the check-ins; the first review brings the offer. */
    public PersonEvents events() {
        return new CheckInEvents(store, texts);
    }

    /** A sweeper on a thread of its own (a daemon, so it never holds the JVM open); call start(), then close(). */
    public CheckInSweeper sweeper(Initiator initiator, Clock clock) {
        ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "checkin-sweeper");
            thread.setDaemon(true);
            return thread;
        });
        return sweeper(initiator, clock, executor);
    }

    /** A sweeper on {@code executor}, which it shuts down on close. */
    public CheckInSweeper sweeper(Initiator initiator, Clock clock, ScheduledExecutorService executor) {
        return new CheckInSweeper(
                store, due -> new CheckInInitiative(due, store, reviews, texts), initiator, clock, executor);
    }

    /** Telegram answered 403 for this person: stop their check-ins until they send /resume. */
    public void blocked(String personKey) {
        store.blocked(personKey);
    }

    /** The person's time zone: the one their check-ins use, Europe/London until they choose one. */
    public java.time.ZoneId zoneOf(long personId) {
        return store.find(personId).map(CheckInPlan::zone).orElse(CheckInPlan.DEFAULT_ZONE);
    }

    /** Up to {@code limit} check-ins due at {@code now}, earliest first (the query the benchmark times). */
    public List<DueCheckIn> due(Instant now, int limit) {
        return store.due(now, limit);
    }
}
