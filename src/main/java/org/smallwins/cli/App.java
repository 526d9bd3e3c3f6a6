package org.smallwins.cli;

import java.time.Duration;
import java.time.ZoneId;
import org.smallwins.progress.Progress;
import org.smallwins.review.Conversation;
import org.smallwins.review.ConversationBuilder;
import org.smallwins.safety.CrisisResources;
import org.smallwins.storage.Database;
import org.smallwins.storage.H2Inbox;
import org.smallwins.storage.H2Outbox;
import org.smallwins.storage.H2ProgressStore;
import org.smallwins.storage.H2ReviewStore;
import org.smallwins.storage.H2TherapyStore;

/**
 * One running Small Wins: the database, its stores and the core with every feature's commands. The
 * terminal and the Telegram bot both start from here, so they behave alike.
 */
final class App implements AutoCloseable {
    final Database database;
    final H2ReviewStore store;
    final H2Outbox outbox;
    final H2Inbox inbox;
    final ConversationBuilder.Built core;

    private App(
            Database database, H2ReviewStore store, H2Outbox outbox, H2Inbox inbox, ConversationBuilder.Built core) {
        this.database = database;
        this.store = store;
        this.outbox = outbox;
        this.inbox = inbox;
        this.core = core;
    }

    static App open(Core models, Settings settings, String dbFlag) {
        Database database = Database.open(settings.databasePath(dbFlag), settings.databaseKey());
        H2ReviewStore store = new H2ReviewStore(database);
        H2Outbox outbox = new H2Outbox(database);
        ConversationBuilder.Built core = Conversation.builder()
                .language(models.riskCheck(), models.analyzer(), text -> false)
                .words(models.messages(), models.composer(), CrisisResources.load())
                .storage(store, outbox, database.transactions())
                .crisisLength(Duration.ofHours(settings.number("crisis.hours", 24)))
                .commands(new Progress(
                                new H2ProgressStore(database),
                                new H2TherapyStore(database),
                                models.messages(),
                                models.analyzer(),
                                personId -> ZoneId.of("Europe/London"))
                        .commands())
                .build();
        return new App(database, store, outbox, new H2Inbox(database), core);
    }

    Conversation conversation() {
        return core.conversation();
    }

    @Override
    public void close() {
        database.close();
    }
}
