package org.smallwins.progress;

import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.LongFunction;
import org.smallwins.language.TextAnalyzer;
import org.smallwins.reframe.Messages;
import org.smallwins.review.ChatCommand;
import org.smallwins.review.Initiator;

/**
 * Progress as the application wires it: the commands to register ({@code /history /summary /progress
 * /therapy}) and the sweeper that sends the message on the evening before a therapy session.
 */
public final class Progress {
    private final ProgressStore store;
    private final TherapyStore therapy;
    private final Messages messages;
    private final TextAnalyzer analyzer;
    private final LongFunction<ZoneId> zones;
    private final Summaries summaries;

    /**
     * @param zones each person's time zone, by person id: weeks and the evening before are counted in it
     */
    public Progress(
            ProgressStore store,
            TherapyStore therapy,
            Messages messages,
            TextAnalyzer analyzer,
            LongFunction<ZoneId> zones) {
        this.store = Objects.requireNonNull(store, "store");
        this.therapy = Objects.requireNonNull(therapy, "therapy");
        this.messages = Objects.requireNonNull(messages, "messages");
        this.analyzer = Objects.requireNonNull(analyzer, "analyzer");
        this.zones = Objects.requireNonNull(zones, "zones");
        this.summaries = new Summaries(store, messages, analyzer);
    }

    /** The commands, in the order /help lists them. */
    public List<ChatCommand> commands() {
        return List.of(
                new HistoryCommand(store, messages, zones),
                new SummaryCommand(summaries, messages, zones),
                new ProgressCommand(store, messages, analyzer, zones),
                new TherapyCommand(therapy, messages, zones));
    }

    /** The evening-before sweeper on a daemon thread of its own; call start(), then close(). */
    public EveSweeper sweeper(Initiator initiator, Clock clock) {
        return sweeper(initiator, clock, Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "therapy-eve-sweeper");
            thread.setDaemon(true);
            return thread;
        }));
    }

    /** The evening-before sweeper on {@code executor}, which it shuts down on close. */
    public EveSweeper sweeper(Initiator initiator, Clock clock, ScheduledExecutorService executor) {
        return new EveSweeper(
                therapy,
                due -> new TherapyEve(due, therapy, summaries, messages, zones),
                initiator,
                zones,
                clock,
                executor);
    }
}
