package org.smallwins.progress;

import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.LongFunction;
import org.smallwins.reframe.Messages;
import org.smallwins.review.ChatCommand;
import org.smallwins.review.Choice;
import org.smallwins.review.Reply;
import org.smallwins.review.Turn;

/** {@code /summary}: the latest review; {@code /summary 4}: the last four weeks with their patterns. */
final class SummaryCommand implements ChatCommand {
    static final int MAX_WEEKS = 12;

    private final Summaries summaries;
    private final Messages messages;
    private final LongFunction<ZoneId> zones;

    SummaryCommand(Summaries summaries, Messages messages, LongFunction<ZoneId> zones) {
        this.summaries = summaries;
        this.messages = messages;
        this.zones = zones;
    }

    @Override
    public String name() {
        return "summary";
    }

    @Override
    public Optional<String> helpKey() {
        return Optional.of("command.summary.help");
    }

    @Override
    public List<Reply> run(Turn turn) {
        long personId = turn.person().id();
        ZoneId zone = zones.apply(personId);
        if (turn.arguments().isBlank()) {
            return List.of(summaries
                    .latest(personId, zone)
                    .map(text -> Reply.of(text, new Choice(messages.require("summary.choice.fourWeeks"), "/summary 4")))
                    .orElseGet(() -> Reply.of(
                            messages.require("summary.none"),
                            new Choice(messages.require("choice.startReview"), "/review"))));
        }
        OptionalInt weeks = Numbers.between(turn.arguments(), 1, MAX_WEEKS);
        if (weeks.isEmpty()) {
            return List.of(Reply.of(messages.format("summary.usage", "max", String.valueOf(MAX_WEEKS))));
        }
        return List.of(summaries
                .weeks(personId, weeks.getAsInt(), turn.at(), zone)
                .map(Reply::of)
                .orElseGet(() -> Reply.of(
                        messages.format("summary.noneInWeeks", "weeks", String.valueOf(weeks.getAsInt())),
                        new Choice(messages.require("choice.startReview"), "/review"))));
    }
}
