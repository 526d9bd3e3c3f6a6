package org.smallwins.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.meta.api.methods.updates.GetUpdates;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;

/** One malformed update in a batch spoils nothing but itself. */
class TolerantGetUpdatesTest {
    private static final String GOOD =
            """
            {"update_id": 1, "message": {"message_id": 1, "date": 1763600000,
             "chat": {"id": 42, "type": "private"}, "text": "I made my bed"}}""";
    private static final String BAD_DATE =
            """
            {"update_id": 2, "message": {"message_id": 2, "date": "yesterday",
             "chat": {"id": 42, "type": "private"}, "text": "secret words"}}""";
    private static final String NO_CHAT =
            """
            {"update_id": 3, "message": {"message_id": 3, "date": 1763600000, "text": "secret words"}}""";
    private static final String NO_ID =
            """
            {"message": {"message_id": 4, "date": 1763600000, "chat": {"id": 42, "type": "private"}}}""";
    private static final String UNKNOWN_KIND = """
            {"update_id": 5, "something_new": {"id": 9}}""";
    private static final String PRESS_WITHOUT_MESSAGE =
            """
            {"update_id": 6, "callback_query": {"id": "77", "from": {"id": 42, "is_bot": false,
             "first_name": "T"}, "inline_message_id": "x", "chat_instance": "c", "data": "1:0"}}""";
    private static final String BATCH = "{\"ok\": true, \"result\": ["
            + String.join(",", GOOD, BAD_DATE, NO_CHAT, NO_ID, UNKNOWN_KIND, PRESS_WITHOUT_MESSAGE) + "]}";

    private final TolerantGetUpdates getUpdates = new TolerantGetUpdates(1, 100, 25, UpdateIntake.KINDS);

    @Test
    void telegramBotsOwnGetUpdatesFailsTheWholeBatchOverOneBadUpdate() {
        // Why TolerantGetUpdates exists: with TelegramBots' reading, every poll fails until the bad
        // update is confirmed, and it is never confirmed.
        assertThatThrownBy(() -> new GetUpdates().deserializeResponse(BATCH))
                .isInstanceOf(TelegramApiRequestException.class);
    }

    @Test
    void eachUpdateIsKeptAsItCameAndOnlyTheUnreadableOnesAreSkippedLater() throws Exception {
        List<Update> updates = getUpdates.deserializeResponse(BATCH);

        assertThat(updates).extracting(Update::getUpdateId).containsExactly(1, 2, 3, 5, 6);
        ObjectMapper json = new ObjectMapper();
        String first = ((TolerantGetUpdates.Received) updates.get(0)).json();
        assertThat(json.readTree(first)).isEqualTo(json.readTree(GOOD));

        UpdateJson.Read good = UpdateJson.read(first);
        assertThat(good.update()).isPresent();
        assertThat(UpdateJson.personKey(good.update().get())).hasValue("telegram:42");

        UpdateJson.Read badDate = UpdateJson.read(((TolerantGetUpdates.Received) updates.get(1)).json());
        assertThat(badDate.update()).isEmpty();
        assertThat(badDate.problem()).isEqualTo("unreadable at message.date").doesNotContain("yesterday");

        UpdateJson.Read noChat = UpdateJson.read(((TolerantGetUpdates.Received) updates.get(2)).json());
        assertThat(UpdateJson.personKey(noChat.update().orElseThrow())).isEmpty();

        String unknown = ((TolerantGetUpdates.Received) updates.get(3)).json();
        assertThat(UpdateJson.personKey(UpdateJson.read(unknown).update().orElseThrow()))
                .isEmpty();
        assertThat(UpdateJson.kinds(unknown)).isEqualTo("something_new");

        // A press with no message is the person's own, so it can still be answered.
        UpdateJson.Read press = UpdateJson.read(((TolerantGetUpdates.Received) updates.get(4)).json());
        assertThat(UpdateJson.personKey(press.update().orElseThrow())).hasValue("telegram:42");
    }

    @Test
    void aRefusalOrAnAnswerThatIsNotJsonFailsThePollSoItIsRetriedWithBackoff() {
        assertThatThrownBy(() -> getUpdates.deserializeResponse(
                        "{\"ok\": false, \"error_code\": 409, \"description\": \"Conflict\"}"))
                .isInstanceOfSatisfying(TelegramApiRequestException.class, e -> assertThat(e.getErrorCode())
                        .isEqualTo(409));
        assertThatThrownBy(() -> getUpdates.deserializeResponse("<html>502 Bad Gateway</html>"))
                .isInstanceOf(TelegramApiRequestException.class);
        assertThatThrownBy(() -> getUpdates.deserializeResponse("{}")).isInstanceOf(TelegramApiRequestException.class);
        assertThatThrownBy(() -> getUpdates.deserializeResponse("{\"ok\": true}"))
                .isInstanceOf(TelegramApiRequestException.class);
    }

    @Test
    void itIsSentAsAPlainGetUpdates() throws Exception {
        JsonNode sent = new ObjectMapper().readTree(new ObjectMapper().writeValueAsString(getUpdates));
        assertThat(sent.get("offset").asInt()).isEqualTo(1);
        assertThat(sent.get("timeout").asInt()).isEqualTo(25);
        assertThat(sent.get("limit").asInt()).isEqualTo(100);
        assertThat(sent.get("allowed_updates")).hasSize(3);
    }
}
