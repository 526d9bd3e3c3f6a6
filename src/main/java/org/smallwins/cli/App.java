package org.smallwins.cli;

import java.time.Duration;
import org.smallwins.review.Conversation;
import org.smallwins.review.ConversationBuilder;
import org.smallwins.safety.CrisisResources;
import org.smallwins.storage.Database;
import org.smallwins.storage.H2Inbox;
import org.smallwins.storage.H2Outbox;
import org.smallwins.storage.H2ReviewStore;

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
    final Core models;

    private App(
            Core models,
            Database database,
            H2ReviewStore store,
            H2Outbox outbox,
            H2Inbox inbox,
            ConversationBuilder.Built core) {
        this.models = models;
        this.database = database;
        this.store = store;
        this.outbox = outbox;
        this.inbox = inbox;
        this.core = core;
    }

    /** Opens the database first, so a wrong key or a bad path is reported at once, then loads the models. */
    static App open(Settings settings, String dbFlag) {
        Database database = Database.open(settings.databasePath(dbFlag), settings.databaseKey());
        try {
            return wire(Core.load(), settings, database);
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
    }

    private static App wire(Core models, Settings settings, Database database) {
        H2ReviewStore store = new H2ReviewStore(database);
        H2Outbox outbox = new H2Outbox(database);
        ConversationBuilder.Built core = Conversation.builder()
                .language(models.riskCheck(), models.analyzer(), text -> false)
                .words(models.messages(), models.composer(), CrisisResources.load())
                .storage(store, outbox, database.transactions())
                .crisisLength(Duration.ofHours(settings.number("crisis.hours", 24)))
                .build();
        return new App(models, database, store, outbox, new H2Inbox(database), core);
    }

    Conversation conversation() {
        return core.conversation();
    }

    @Override
    public void close() {
        database.close();
    }
}
