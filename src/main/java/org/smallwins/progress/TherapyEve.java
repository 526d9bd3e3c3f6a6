package org.smallwins.progress;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.function.LongFunction;
import org.smallwins.reframe.Messages;
import org.smallwins.review.Initiative;
import org.smallwins.review.Person;
import org.smallwins.review.Reply;

/**
 * One evening-before message, run by the core as an event of its person: claims it (so it is sent once
 * however many sweepers found it, and moves it on a week), then sends what the person noted since the
 * last session with a few questions to take in. Nothing at all while the person is in the crisis state.
 */
final class TherapyEve implements Initiative {
    private final DueEve due;
    private final TherapyStore store;
    private final Summaries summaries;
    private final Messages messages;
    private final LongFunction<ZoneId> zones;

    TherapyEve(DueEve due, TherapyStore store, Summaries summaries, Messages messages, LongFunction<ZoneId> zones) {
        this.due = due;
        this.store = store;
        this.summaries = summaries;
        this.messages = messages;
        this.zones = zones;
    }

    @Override
    public List<Reply> run(Person person, boolean inCrisis, Instant at) {
        if (person.id() != due.personId()) {
            throw new IllegalStateException("evening-before of person " + due.personId() + " run for " + person.id());
        }
        ZoneId zone = zones.apply(person.id());
        if (!store.claim(person.id(), due.due(), due.therapy().nextEve(at, zone))) {
            return List.of(); // another sweeper sent it, or the person changed their day meanwhile
        }
        if (inCrisis) {
            return List.of(); // help stays in view, nothing else: this week's message is not sent later either
        }
        String when = due.therapy()
                .time()
                .map(t -> messages.format("therapy.eve.when.withTime", "time", TherapyCommand.TIME.format(t)))
                .orElseGet(() -> messages.require("therapy.eve.when"));
        Optional<String> summary = summaries.since(person.id(), due.therapy().previousEve(due.due(), zone), at, zone);
        String text = summary.map(body -> String.join(
                        "\n\n",
                        messages.format("therapy.eve.intro", "when", when),
                        body,
                        prompts(),
                        messages.require("summary.footer")))
                .orElseGet(() -> String.join("\n\n", messages.format("therapy.eve.nothing", "when", when), prompts()));
        return List.of(Reply.of(text));
    }

    private String prompts() {
        StringBuilder text = new StringBuilder(messages.require("therapy.eve.prompts"));
        messages.variants("therapy.eve.prompt").forEach(p -> text.append("\n• ").append(p));
        return text.toString();
    }
}
