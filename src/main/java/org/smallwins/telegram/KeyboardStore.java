package org.smallwins.telegram;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Where the newest keyboard of each Telegram chat is kept, so that its buttons run what they showed
 * after a restart and older keyboards stay expired.
 */
public interface KeyboardStore {
    /** The store in the database's {@code telegram_keyboards} table. */
    static KeyboardStore inDatabase(DataSource database, Clock clock) {
        return new SqlKeyboards(database, clock);
    }

    /**
     * A keyboard the bot showed.
     *
     * @param number unique across restarts; button data carries it
     * @param commands what each button runs, in the order shown
     */
    record Live(long number, List<String> commands) {
        public Live {
            commands = List.copyOf(Objects.requireNonNull(commands, "commands"));
        }
    }

    /** The chat's live keyboard, if it has one. */
    Optional<Live> find(String personKey);

    /** Makes {@code keyboard} the chat's live keyboard, in place of any before it. */
    void save(String personKey, Live keyboard);

    /** Retires keyboard {@code number} once a button of it is used; false when it was no longer live. */
    boolean retire(String personKey, long number);

    /** The highest keyboard number kept, so that new numbers never repeat an old one. */
    long highestNumber();
}
