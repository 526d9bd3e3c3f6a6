package org.smallwins.telegram;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.smallwins.review.Choice;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;

/**
 * Inline keyboards for a reply's choices. Each keyboard gets a number; only the newest keyboard of a
 * chat is live, so an old button, or one whose data names another chat, is refused as expired.
 * Button data is {@code chatId:number:/command}, well under Telegram's 64 bytes.
 */
final class Keyboards {
    private final AtomicLong numbers = new AtomicLong();
    private final Map<Long, Long> live = new ConcurrentHashMap<>();

    InlineKeyboardMarkup markup(long chatId, List<Choice> choices) {
        long number = numbers.incrementAndGet();
        live.put(chatId, number);
        List<InlineKeyboardRow> rows = new ArrayList<>();
        for (Choice choice : choices) {
            rows.add(new InlineKeyboardRow(InlineKeyboardButton.builder()
                    .text(choice.label())
                    .callbackData(chatId + ":" + number + ":" + choice.command())
                    .build()));
        }
        return InlineKeyboardMarkup.builder().keyboard(rows).build();
    }

    /** The command behind a pressed button, when it is the newest keyboard of the chat it was pressed in. */
    Optional<String> command(long chatId, String data) {
        if (data == null) {
            return Optional.empty();
        }
        String[] parts = data.split(":", 3);
        if (parts.length != 3 || !parts[2].startsWith("/")) {
            return Optional.empty();
        }
        try {
            boolean sameChat = Long.parseLong(parts[0]) == chatId;
            boolean newest = Long.valueOf(Long.parseLong(parts[1])).equals(live.get(chatId));
            return sameChat && newest ? Optional.of(parts[2]) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
