package org.smallwins.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.atLeastOnce;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.smallwins.review.Reply;
import org.smallwins.testing.Fixtures;
import org.smallwins.testing.InMemoryReviewStore;
import org.telegram.telegrambots.meta.api.objects.Update;

class UpdateHandlerTest {
    private final ObjectMapper json = new ObjectMapper();
    private final InMemoryReviewStore store = new InMemoryReviewStore();
    private final TelegramSender sender = mock(TelegramSender.class);
    private final UpdateHandler handler = new UpdateHandler(
            Fixtures.conversation(store), sender, new Keyboards(), Fixtures.messages(), Clock.systemUTC());

    private Update update(int id, String kind, long chatId, String chatType, String text) throws Exception {
        String message =
                """
                {"message_id": %d, "date": 1763600000, "chat": {"id": %d, "type": "%s"},
                 "from": {"id": 5, "is_bot": false, "first_name": "T"}, "text": %s}"""
                        .formatted(id, chatId, chatType, json.writeValueAsString(text));
        return json.readValue("{\"update_id\": %d, \"%s\": %s}".formatted(id, kind, message), Update.class);
    }

    @SuppressWarnings("unchecked")
    private List<String> sentTexts() throws Exception {
        ArgumentCaptor<List<Reply>> replies = ArgumentCaptor.forClass(List.class);
        verify(sender, atLeastOnce()).send(anyLong(), replies.capture());
        List<String> texts = new ArrayList<>();
        replies.getAllValues().forEach(list -> list.forEach(r -> texts.add(r.text())));
        return texts;
    }

    @Test
    void aRepeatedUpdateIsHandledOnceSoNoAnswerIsSavedTwice() throws Exception {
        handler.handle(update(1, "message", 42, "private", "/review"));
        Update answer = update(2, "message", 42, "private", "I went to the library");
        handler.handle(answer);
        handler.handle(answer);

        assertThat(store.reviews().get(0).answers()).hasSize(1);
        assertThat(sentTexts().stream()
                        .filter(t -> t.contains(Fixtures.messages().require("question.2"))))
                .hasSize(1);
    }

    @Test
    void anEditedMessageIsCheckedForRiskButNotTakenAsAnAnswer() throws Exception {
        handler.handle(update(1, "message", 43, "private", "/review"));
        handler.handle(update(2, "edited_message", 43, "private", "I walked to the shop"));
        assertThat(store.reviews().get(0).answers()).isEmpty();

        handler.handle(update(3, "edited_message", 43, "private", "actually I want to end my life"));
        assertThat(sentTexts()).anyMatch(t -> t.contains("116 123"));
        assertThat(store.escalations()).hasSize(1);
    }

    @Test
    void inAGroupTheBotExplainsOnceAndStoresNothing() throws Exception {
        handler.handle(update(1, "message", -7, "group", "/review"));
        handler.handle(update(2, "message", -7, "group", "/review"));

        assertThat(sentTexts()).containsExactly(Fixtures.messages().require("telegram.privateOnly"));
        assertThat(store.reviews()).isEmpty();
    }

    @Test
    void riskLanguageInAGroupStillGetsTheCrisisResources() throws Exception {
        handler.handle(update(1, "message", -8, "supergroup", "I want to kill myself"));
        assertThat(sentTexts()).singleElement().asString().contains("116 123");
        assertThat(store.escalations()).isEmpty();
    }
}
