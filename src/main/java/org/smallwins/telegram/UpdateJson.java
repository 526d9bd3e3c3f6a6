package org.smallwins.telegram;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Iterator;
import java.util.Optional;
import java.util.StringJoiner;
import org.telegram.telegrambots.meta.api.objects.CallbackQuery;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.message.Message;

/**
 * Reads a stored update and says whose it is. Nothing here throws: an update that cannot be read, or
 * that the bot does not handle, comes back as a reason fit for a log (field names, never values).
 */
final class UpdateJson {
    private static final ObjectMapper JSON = new ObjectMapper();

    private UpdateJson() {}

    /** An update read from JSON, or why it could not be. */
    record Read(Optional<Update> update, String problem) {
        static Read of(Update update) {
            return new Read(Optional.of(update), "");
        }

        static Read failed(String problem) {
            return new Read(Optional.empty(), problem);
        }
    }

    static Read read(String json) {
        try {
            Update update = JSON.readValue(json, Update.class);
            return update == null ? Read.failed("empty") : Read.of(update);
        } catch (JsonMappingException e) {
            return Read.failed("unreadable at " + path(e));
        } catch (JsonProcessingException | RuntimeException e) {
            return Read.failed("not JSON (" + e.getClass().getSimpleName() + ")");
        }
    }

    /** Where Jackson gave up, as field names: {@code message.date}. */
    private static String path(JsonMappingException e) {
        StringJoiner path = new StringJoiner(".");
        for (JsonMappingException.Reference reference : e.getPath()) {
            path.add(reference.getFieldName() != null ? reference.getFieldName() : "[" + reference.getIndex() + "]");
        }
        return path.length() == 0 ? "the top" : path.toString();
    }

    /**
     * The person an update is from ({@code telegram:<chat id>}), or why the bot will not handle it. A
     * button press with no message is the person's (private chats share the person's id), so that it can
     * still be answered.
     */
    static Optional<String> personKey(Update update) {
        Message message = update.hasMessage() ? update.getMessage() : update.getEditedMessage();
        if (message != null) {
            return message.getChat() == null || message.getChat().getId() == null
                    ? Optional.empty()
                    : Optional.of(PacedSender.TRANSPORT + message.getChat().getId());
        }
        CallbackQuery query = update.getCallbackQuery();
        if (query == null || query.getId() == null) {
            return Optional.empty();
        }
        if (query.getMessage() != null && query.getMessage().getChat() != null) {
            return Optional.ofNullable(query.getMessage().getChat().getId()).map(id -> PacedSender.TRANSPORT + id);
        }
        return query.getFrom() == null || query.getFrom().getId() == null
                ? Optional.empty()
                : Optional.of(PacedSender.TRANSPORT + query.getFrom().getId());
    }

    /** What an update holds, by its field names (for a log line about an update the bot skips). */
    static String kinds(String json) {
        try {
            StringJoiner kinds = new StringJoiner(", ");
            for (Iterator<String> names = JSON.readTree(json).fieldNames(); names.hasNext(); ) {
                String name = names.next();
                if (!name.equals("update_id")) {
                    kinds.add(name);
                }
            }
            return kinds.length() == 0 ? "nothing" : kinds.toString();
        } catch (JsonProcessingException | RuntimeException e) {
            return "unreadable";
        }
    }
}
