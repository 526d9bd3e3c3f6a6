package org.smallwins.progress;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.smallwins.review.Choice;
import org.smallwins.review.Conversation;
import org.smallwins.review.Incoming;
import org.smallwins.review.Reply;
import org.smallwins.storage.Database;
import org.smallwins.storage.H2Outbox;
import org.smallwins.storage.H2ProgressStore;
import org.smallwins.storage.H2ReviewStore;
import org.smallwins.storage.H2TherapyStore;
import org.smallwins.testing.Fixtures;

/** The whole core on a real H2 file with progress registered, as the application wires it; time is given per message. */
final class ProgressWorld implements AutoCloseable {
    static final ZoneId LONDON = ZoneId.of("Europe/London");

    final Database database;
    final H2ReviewStore reviews;
    final H2Outbox outbox;
    final H2ProgressStore store;
    final H2TherapyStore therapy;
    final Progress progress;
    final Conversation conversation;

    ProgressWorld(Path folder) {
        database = Database.open(folder.resolve("db"), Optional.empty());
        reviews = new H2ReviewStore(database);
        outbox = new H2Outbox(database);
        store = new H2ProgressStore(database);
        therapy = new H2TherapyStore(database);
        progress = new Progress(store, therapy, Fixtures.messages(), Fixtures.analyzer(), personId -> LONDON);
        conversation = Fixtures.builder(reviews, outbox, database.transactions())
                .commands(progress.commands())
                .build()
                .conversation();
    }

    List<Reply> say(String personKey, String text, Instant at) {
        return conversation.handle(new Incoming(personKey, text, at)).replies();
    }

    /**
     * One weekly review through the core: each answer in turn, a minute apart. When a reply waits for a
     * follow-up, the next entry of {@code followUps} answers it ({@code null}: the Move on button).
     */
    void review(String personKey, Instant start, List<String> answers, List<String> followUps) {
        List<String> pending = new ArrayList<>(followUps);
        Instant at = start;
        say(personKey, "/review", at);
        for (String answer : answers) {
            at = at.plusSeconds(60);
            List<Reply> replies = say(personKey, answer, at);
            if (waitsForFollowUp(replies)) {
                at = at.plusSeconds(60);
                String followUp = pending.isEmpty() ? null : pending.remove(0);
                say(personKey, followUp == null ? "/skip" : followUp, at);
            }
        }
    }

    static boolean waitsForFollowUp(List<Reply> replies) {
        return !replies.isEmpty()
                && replies.get(replies.size() - 1).choices().stream()
                        .map(Choice::label)
                        .anyMatch(Fixtures.messages().require("choice.moveOn")::equals);
    }

    static String text(List<Reply> replies) {
        return String.join("\n---\n", replies.stream().map(Reply::text).toList());
    }

    @Override
    public void close() {
        database.close();
    }
}
