package org.smallwins.telegram;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.updates.GetUpdates;
import org.telegram.telegrambots.meta.api.objects.ApiResponse;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;

/**
 * getUpdates whose answer is split update by update and not read any further here. TelegramBots reads a
 * batch as one list, so a single malformed update would fail the whole batch and come back on every
 * poll for ever; here each update stays raw JSON ({@link Received}) until it has been stored, and is
 * read (and, if unreadable, skipped) on another thread.
 */
final class TolerantGetUpdates extends GetUpdates {
    private static final Logger log = LoggerFactory.getLogger(TolerantGetUpdates.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    /** An update as it came: its id, which the long poll needs, and its JSON, which the inbox stores. */
    static final class Received extends Update {
        private final transient String json;

        Received(int updateId, String json) {
            setUpdateId(updateId);
            this.json = json;
        }

        String json() {
            return json;
        }
    }

    TolerantGetUpdates(int offset, int limit, int timeoutSeconds, List<String> allowedUpdates) {
        setOffset(offset);
        setLimit(limit);
        setTimeout(timeoutSeconds);
        setAllowedUpdates(allowedUpdates);
    }

    @Override
    public ArrayList<Update> deserializeResponse(String answer) throws TelegramApiRequestException {
        JsonNode root;
        try {
            root = JSON.readTree(answer);
        } catch (IOException e) {
            throw new TelegramApiRequestException("getUpdates answered something that is not JSON");
        }
        if (root == null || !root.path("ok").asBoolean(false)) {
            ApiResponse<?> refusal = ApiResponse.builder()
                    .ok(false)
                    .errorCode(root == null ? null : root.path("error_code").asInt(0))
                    .errorDescription("getUpdates was refused")
                    .build();
            throw new TelegramApiRequestException("getUpdates was refused", refusal);
        }
        JsonNode result = root.path("result");
        if (!result.isArray()) {
            throw new TelegramApiRequestException("getUpdates answered without a list of updates");
        }
        ArrayList<Update> updates = new ArrayList<>();
        for (JsonNode update : result) {
            JsonNode id = update.path("update_id");
            if (!id.canConvertToInt() || !id.isIntegralNumber()) {
                // Without an id it can be neither confirmed nor asked for again; a later offset confirms it.
                log.warn("An update without a usable update_id was skipped");
                continue;
            }
            updates.add(new Received(id.intValue(), update.toString()));
        }
        return updates;
    }
}
