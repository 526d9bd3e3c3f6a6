package org.smallwins.telegram;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.smallwins.review.Choice;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;

/**
 * Inline keyboards for a reply's choices. Each keyboard gets a number that no keyboard before it had,
 * even across restarts; once Telegram has shown it, it is the chat's live keyboard (kept in the
 * {@link KeyboardStore}) and older ones are expired. Button data is {@code number:position} (well under
 * Telegram's 64 bytes), and a press runs the command kept for that position, so a button can only ever
 * run what it showed, and only once.
 */
final class Keyboards {
    private final KeyboardStore store;
    private final Clock clock;
    private long lastNumber;

    /** A keyboard made for a message, live once the message is shown. */
    record Prepared(KeyboardStore.Live keyboard, InlineKeyboardMarkup markup) {}

    Keyboards(KeyboardStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
        this.lastNumber = store.highestNumber();
    }

    /** Numbers follow the clock's milliseconds, so they keep rising across restarts; never below one used before. */
    private synchronized long nextNumber() {
        lastNumber = Math.max(lastNumber + 1, clock.millis());
        return lastNumber;
    }

    Prepared prepare(List<Choice> choices) {
        long number = nextNumber();
        List<InlineKeyboardRow> rows = new ArrayList<>();
        List<String> commands = new ArrayList<>();
        for (Choice choice : choices) {
            rows.add(new InlineKeyboardRow(InlineKeyboardButton.builder()
                    .text(choice.label())
                    .callbackData(number + ":" + commands.size())
                    .build()));
            commands.add(choice.command());
        }
        return new Prepared(
                new KeyboardStore.Live(number, commands),
                InlineKeyboardMarkup.builder().keyboard(rows).build());
    }

    /** Telegram has shown the keyboard in the person's chat: it is now the live one. */
    void shown(String personKey, Prepared prepared) {
        store.save(personKey, prepared.keyboard());
    }

    /**
     * The command of a pressed button, when it belongs to the chat's live keyboard; the keyboard is then
     * retired, so a second press (or a press of an older keyboard) finds nothing.
     */
    Optional<String> press(String personKey, String data) {
        if (data == null) {
            return Optional.empty();
        }
        String[] parts = data.split(":", -1);
        if (parts.length != 2) {
            return Optional.empty();
        }
        long number;
        int position;
        try {
            number = Long.parseLong(parts[0]);
            position = Integer.parseInt(parts[1]);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        Optional<KeyboardStore.Live> live = store.find(personKey);
        if (live.isEmpty()
                || live.get().number() != number
                || position < 0
                || position >= live.get().commands().size()) {
            return Optional.empty();
        }
        return store.retire(personKey, number)
                ? Optional.of(live.get().commands().get(position))
                : Optional.empty();
    }
}
