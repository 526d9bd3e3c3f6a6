package org.smallwins.checkin;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.smallwins.review.ChatCommand;
import org.smallwins.review.CommandRegistry;
import org.smallwins.review.Person;
import org.smallwins.review.Reply;
import org.smallwins.review.Turn;
import org.smallwins.testing.Fixtures;
import org.smallwins.testing.InMemoryReviewStore;

/**
 * Check-ins over in-memory stores and a clock the test moves: commands run as the core would run
 * them, and the sweeper's initiatives run as {@code Conversation.initiate} would (with the crisis flag
 * from the review store), their replies collected per person.
 */
final class CheckInWorld {
    final MutableClock clock;
    final InMemoryReviewStore reviews = new InMemoryReviewStore();
    final InMemoryCheckInStore store = new InMemoryCheckInStore(reviews);
    final CheckIns checkIns = new CheckIns(store, reviews, Fixtures.messages());
    final CommandRegistry registry = new CommandRegistry();
    final List<Sent> sent = new ArrayList<>();

    /** A reply the sweeper's initiative produced. */
    record Sent(String personKey, Reply reply, Instant at) {}

    CheckInWorld(Instant start) {
        clock = new MutableClock(start);
        checkIns.commands().forEach(registry::add);
    }

    Person person(String key) {
        Person person = reviews.person(key, clock.instant());
        store.know(person);
        return person;
    }

    /** Runs "/name args" as the core would: the person wrote (events), then the command. */
    List<Reply> send(String key, String line) {
        Person person = person(key);
        checkIns.events().wrote(person, clock.instant());
        String[] parts = line.substring(1).split("\\s+", 2);
        ChatCommand command = registry.find(parts[0]).orElseThrow();
        return command.run(new Turn(person, parts.length > 1 ? parts[1] : "", clock.instant()));
    }

    /** A typed message that answers the command the person was asked by. */
    List<Reply> type(String key, String text) {
        Person person = person(key);
        checkIns.events().wrote(person, clock.instant());
        String awaited = reviews.awaiting(person.id()).orElseThrow();
        return registry.find(awaited).orElseThrow().answer(new Turn(person, text, clock.instant()));
    }

    CheckInSweeper sweeper() {
        return checkIns.sweeper(
                this::initiate, clock, java.util.concurrent.Executors.newSingleThreadScheduledExecutor());
    }

    synchronized void initiate(String personKey, org.smallwins.review.Initiative initiative, Instant at) {
        Person person = reviews.person(personKey, at);
        boolean inCrisis =
                reviews.crisisUntil(person.id()).map(until -> until.isAfter(at)).orElse(false);
        for (Reply reply : initiative.run(person, inCrisis, at)) {
            sent.add(new Sent(personKey, reply, at));
        }
    }

    /** Sweeps at {@code at}; returns the replies that sweep produced. */
    List<Sent> sweepAt(Instant at) {
        clock.set(at);
        int before = sent.size();
        try (CheckInSweeper sweeper = sweeper()) {
            sweeper.sweep();
        }
        return List.copyOf(sent.subList(before, sent.size()));
    }

    CheckInPlan plan(String key) {
        return store.find(person(key).id()).orElseThrow();
    }
}
