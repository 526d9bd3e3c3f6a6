package org.smallwins.progress;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.function.LongFunction;
import org.smallwins.reframe.Messages;
import org.smallwins.review.ChatCommand;
import org.smallwins.review.Reply;
import org.smallwins.review.Turn;

/** {@code /therapy <weekday> [HH:MM]}, {@code /therapy off}, and {@code /therapy} alone to see the setting. */
final class TherapyCommand implements ChatCommand {
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final TherapyStore store;
    private final Messages messages;
    private final LongFunction<ZoneId> zones;

    TherapyCommand(TherapyStore store, Messages messages, LongFunction<ZoneId> zones) {
        this.store = store;
        this.messages = messages;
        this.zones = zones;
    }

    @Override
    public String name() {
        return "therapy";
    }

    @Override
    public Optional<String> helpKey() {
        return Optional.of("command.therapy.help");
    }

    @Override
    public List<Reply> run(Turn turn) {
        long personId = turn.person().id();
        String typed = turn.arguments();
        if (typed.isBlank()) {
            return List.of(Reply.of(store.find(personId)
                    .map(day -> messages.format("therapy.current", "when", when(day)))
                    .orElseGet(() -> messages.format("therapy.none", "usage", messages.require("therapy.usage")))));
        }
        if (TherapyWords.isOff(typed)) {
            return List.of(Reply.of(messages.require(store.clear(personId) ? "therapy.off" : "therapy.off.none")));
        }
        Optional<TherapyDay> therapy = TherapyWords.read(typed);
        if (therapy.isEmpty()) {
            return List.of(Reply.of(messages.require("therapy.usage")));
        }
        TherapyDay day = therapy.get();
        store.save(personId, day, day.nextEve(turn.at(), zones.apply(personId)));
        return List.of(Reply.of(messages.format(
                "therapy.set",
                "when",
                when(day),
                "eveDay",
                TherapyWords.name(day.day().minus(1)))));
    }

    /** "Thursdays" or "Thursdays at 10:00". */
    private String when(TherapyDay day) {
        String name = TherapyWords.name(day.day());
        return day.time()
                .map(t -> messages.format("therapy.when.withTime", "day", name, "time", TIME.format(t)))
                .orElseGet(() -> messages.format("therapy.when", "day", name));
    }
}
