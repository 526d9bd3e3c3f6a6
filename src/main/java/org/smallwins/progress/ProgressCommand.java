package org.smallwins.progress;

import java.awt.AWTError;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.smallwins.language.TextAnalyzer;
import org.smallwins.reframe.Messages;
import org.smallwins.reframe.WinKind;
import org.smallwins.review.Attachment;
import org.smallwins.review.ChatCommand;
import org.smallwins.review.Reply;
import org.smallwins.review.Review;
import org.smallwins.review.Turn;

/**
 * {@code /progress}: the chart of the weeks with a review among the last twelve. Weeks without one are
 * left out rather than drawn as empty: the chart shows what was noticed, not what was missed.
 */
final class ProgressCommand implements ChatCommand {
    private static final Logger log = LoggerFactory.getLogger(ProgressCommand.class);
    static final int WEEKS = 12;

    private final ProgressStore store;
    private final Messages messages;
    private final Wins wins;
    private final ProgressChart chart;
    private final LongFunction<ZoneId> zones;

    ProgressCommand(ProgressStore store, Messages messages, TextAnalyzer analyzer, LongFunction<ZoneId> zones) {
        this.store = store;
        this.messages = messages;
        this.wins = new Wins(analyzer);
        this.chart = new ProgressChart(messages);
        this.zones = zones;
    }

    @Override
    public String name() {
        return "progress";
    }

    @Override
    public Optional<String> helpKey() {
        return Optional.of("command.progress.help");
    }

    @Override
    public List<Reply> run(Turn turn) {
        long personId = turn.person().id();
        List<ChartWeek> weeks = weeks(personId, Week.upTo(turn.at(), zones.apply(personId), WEEKS), turn);
        if (weeks.size() < 2) {
            return List.of(Reply.of(messages.format(
                    "progress.notYet", "weeks", messages.require("progress.notYet.weeks." + weeks.size()))));
        }
        byte[] png;
        try {
            png = chart.png(weeks);
        } catch (RuntimeException | LinkageError | AWTError | InternalError e) {
            // Java2D without fonts or native libraries on this machine: say so, never fail the turn.
            log.error("The progress chart could not be drawn: {}", e.getClass().getName());
            return List.of(Reply.of(messages.require("progress.unavailable")));
        }
        return List.of(Reply.file(
                messages.require("progress.caption"), new Attachment(Attachment.Kind.IMAGE, "progress.png", png)));
    }

    /** The weeks with a review, oldest first, with their wins by kind and their cue words counted. */
    List<ChartWeek> weeks(long personId, List<Week> weeks, Turn turn) {
        List<Review> reviews = store.reviews(personId, weeks.get(0).from(), turn.at());
        List<WinLine> lines = wins.of(reviews);
        List<CueCount> cues = store.cueCounts(personId, weeks);
        return weeks.stream()
                .filter(week -> reviews.stream().anyMatch(r -> week.contains(r.startedAt())))
                .map(week -> {
                    Map<WinKind, Integer> byKind = new EnumMap<>(WinKind.class);
                    lines.stream()
                            .filter(line -> week.contains(line.reviewStarted()))
                            .forEach(line -> byKind.merge(line.kind(), 1, Integer::sum));
                    return new ChartWeek(
                            week.monday(),
                            byKind,
                            sum(cues, week, CueKind.MINIMISING),
                            sum(cues, week, CueKind.DEMAND));
                })
                .toList();
    }

    private static int sum(List<CueCount> cues, Week week, CueKind kind) {
        return cues.stream()
                .filter(c -> c.weeksAgo() == week.weeksAgo() && c.kind() == kind)
                .mapToInt(CueCount::count)
                .sum();
    }
}
