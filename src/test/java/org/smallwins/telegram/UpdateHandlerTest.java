package org.smallwins.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.smallwins.review.Choice;
import org.smallwins.review.Handled;
import org.smallwins.review.InboxItem;
import org.smallwins.review.Incoming;
import org.smallwins.review.Outgoing;
import org.smallwins.review.Reply;
import org.smallwins.review.UnitOfWork;
import org.smallwins.testing.Fixtures;
import org.smallwins.testing.InMemoryReviewStore;

/** One stored update in, the core called as it should be, the replies handed on, the update forgotten. */
class UpdateHandlerTest {
    private final ObjectMapper json = new ObjectMapper();
    private final MemoryStores.MemoryInbox inbox = new MemoryStores.MemoryInbox();
    private final MemoryStores.MemoryOutbox outbox = new MemoryStores.MemoryOutbox();
    private final MemoryStores.MemoryKeyboards keyboardStore = new MemoryStores.MemoryKeyboards();
    private final Keyboards keyboards = new Keyboards(keyboardStore, Clock.systemUTC());
    private final FakeBotApi api = new FakeBotApi();
    private final RecordingSink sink = new RecordingSink();
    private final FakeCore core = new FakeCore();

    /** The sender as the handler sees it. */
    static final class RecordingSink implements ReplySink {
        final List<String> woken = new ArrayList<>();
        final List<String> sentNow = new ArrayList<>();

        @Override
        public void wake(String personKey) {
            woken.add(personKey);
        }

        @Override
        public void sendNow(String personKey, List<Reply> replies) {
            replies.forEach(r -> sentNow.add(personKey + " " + r.text()));
        }
    }

    /** A core that records what it was asked and answers as the test says. */
    static final class FakeCore implements ChatCore {
        final List<String> calls = new ArrayList<>();
        Function<Incoming, Handled> answer = incoming -> new Handled(List.of(Reply.of("queued reply")), true);

        @Override
        public Handled handle(Incoming incoming) {
            calls.add("handle " + incoming.personKey() + " " + incoming.text() + " "
                    + incoming.deliveryKey().orElse(""));
            return answer.apply(incoming);
        }

        @Override
        public Handled checkOnly(Incoming incoming) {
            calls.add("checkOnly " + incoming.text());
            return new Handled(List.of(), true);
        }

        @Override
        public List<Reply> riskReplyWithoutState(String text) {
            calls.add("risk " + text);
            return text.contains("kill myself")
                    ? List.of(Reply.of("Samaritans 116 123", new Choice("I'm safe right now", "/safe")))
                    : List.of();
        }
    }

    private UpdateHandler handler(ChatCore chatCore) {
        return new UpdateHandler(
                chatCore,
                sink,
                api,
                keyboards,
                Fixtures.messages(),
                new UpdateHandler.Storage(inbox, outbox, UnitOfWork.NONE));
    }

    private InboxItem stored(int id, String kind, long chat, String chatType, String fields) {
        String update =
                """
                {"update_id": %d, "%s": {"message_id": %d, "date": 1763600000,
                 "chat": {"id": %d, "type": "%s"}, "from": {"id": %d, "is_bot": false, "first_name": "T"}%s}}"""
                        .formatted(id, kind, id, chat, chatType, Math.abs(chat), fields);
        InboxItem item = new InboxItem("telegram:update:" + id, "telegram:" + chat, update, Instant.now());
        inbox.add(item);
        return item;
    }

    private InboxItem text(int id, long chat, String text) throws Exception {
        return stored(id, "message", chat, "private", ", \"text\": " + json.writeValueAsString(text));
    }

    private InboxItem press(int id, long chat, String data, boolean withMessage) {
        String message = withMessage
                ? ", \"message\": {\"message_id\": 1, \"date\": 1763600000, \"chat\": {\"id\": %d, \"type\": \"private\"}}"
                        .formatted(chat)
                : ", \"inline_message_id\": \"i\"";
        String update =
                """
                {"update_id": %d, "callback_query": {"id": "cb%d", "from": {"id": %d, "is_bot": false,
                 "first_name": "T"}, "chat_instance": "c", "data": "%s"%s}}"""
                        .formatted(id, id, chat, data, message);
        InboxItem item = new InboxItem("telegram:update:" + id, "telegram:" + chat, update, Instant.now());
        inbox.add(item);
        return item;
    }

    private List<String> outboxTexts() {
        return outbox.all().stream().map(Outgoing::reply).map(Reply::text).toList();
    }

    @Test
    void aMessageGoesToTheCoreWithItsDeliveryKeyThenTheSenderIsWokenAndTheUpdateForgotten() throws Exception {
        handler(core).handle(text(1, 42, "I opened the post"), true);

        assertThat(core.calls).containsExactly("handle telegram:42 I opened the post telegram:update:1");
        assertThat(sink.woken).containsExactly("telegram:42");
        assertThat(inbox.all()).isEmpty();
    }

    @Test
    void repliesTheCoreCouldNotQueueAreSentAtOnce() throws Exception {
        core.answer = incoming -> new Handled(List.of(Reply.of("Samaritans 116 123")), false);
        handler(core).handle(text(1, 42, "I want to die"), false);

        assertThat(sink.sentNow).containsExactly("telegram:42 Samaritans 116 123");
        assertThat(inbox.all()).extracting(InboxItem::deliveryKey).containsExactly("telegram:update:1");
    }

    @Test
    void anEditedMessageIsOnlyCheckedForRisk() throws Exception {
        handler(core).handle(stored(2, "edited_message", 42, "private", ", \"text\": \"changed\""), true);
        assertThat(core.calls).containsExactly("checkOnly changed");
    }

    @Test
    void aStickerGetsTheTextOnlyReplyThroughTheOutbox() {
        handler(core).handle(stored(3, "message", 42, "private", ", \"sticker\": {\"file_id\": \"s\"}"), true);

        assertThat(outboxTexts()).containsExactly(Fixtures.messages().require("telegram.textOnly"));
        assertThat(sink.woken).containsExactly("telegram:42");
        assertThat(core.calls).isEmpty();
        assertThat(inbox.all()).isEmpty();
    }

    @Test
    void whenTheOutboxFailsTheAdaptersOwnRepliesAreSentFromMemory() {
        outbox.failing.set(true);
        handler(core).handle(stored(3, "message", 42, "private", ", \"sticker\": {\"file_id\": \"s\"}"), true);
        assertThat(sink.sentNow)
                .containsExactly("telegram:42 " + Fixtures.messages().require("telegram.textOnly"));
    }

    @Test
    void inAGroupTheBotExplainsOnceAndAnswersRiskWithResourcesWithoutButtons() {
        UpdateHandler handler = handler(core);
        handler.handle(stored(1, "message", -7, "group", ", \"text\": \"/review\""), true);
        handler.handle(stored(2, "message", -7, "group", ", \"text\": \"/review\""), true);
        handler.handle(stored(3, "message", -7, "supergroup", ", \"text\": \"I want to kill myself\""), true);

        assertThat(outbox.all())
                .extracting(o -> o.reply().text(), Outgoing::urgent, o -> o.reply()
                        .choices()
                        .size())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                Fixtures.messages().require("telegram.privateOnly"), false, 0),
                        org.assertj.core.groups.Tuple.tuple("Samaritans 116 123", true, 0));
        assertThat(core.calls).noneMatch(c -> c.startsWith("handle"));
    }

    @Test
    void aLiveButtonIsAnsweredAndRunsItsCommandAnExpiredOneIsAnsweredWithATip() {
        Keyboards.Prepared keyboard = keyboards.prepare(List.of(new Choice("Start now", "/review")));
        keyboards.shown("telegram:42", keyboard);
        String data = keyboard.markup().getKeyboard().get(0).get(0).getCallbackData();
        UpdateHandler handler = handler(core);

        handler.handle(press(5, 42, data, true), true);
        handler.handle(press(6, 42, data, true), true);

        assertThat(core.calls).containsExactly("handle telegram:42 /review telegram:update:5");
        assertThat(api.callbackAnswers)
                .containsExactly("cb5:null", "cb6:" + Fixtures.messages().require("telegram.buttonExpired"));
        assertThat(inbox.all()).isEmpty();
    }

    @Test
    void aButtonPressWithNoMessageIsStillAnswered() {
        handler(core).handle(press(7, 42, "123:0", false), true);
        assertThat(api.callbackAnswers).singleElement().asString().startsWith("cb7:");
    }

    @Test
    void aFailureIsAnsweredWithAnApologyTheUpdateForgottenAndTheNextOneHandled() throws Exception {
        core.answer = incoming -> {
            if (incoming.text().equals("boom")) {
                throw new IllegalStateException("a bug with the person's words: boom");
            }
            return new Handled(List.of(Reply.of("fine")), true);
        };
        UpdateHandler handler = handler(core);
        handler.handle(text(1, 42, "boom"), true);
        handler.handle(text(2, 42, "next"), true);

        assertThat(sink.sentNow)
                .containsExactly("telegram:42 " + Fixtures.messages().require("error.apology"));
        assertThat(sink.woken).containsExactly("telegram:42");
        assertThat(inbox.all()).isEmpty();
    }

    @Test
    void anUpdateThatCannotBeReadIsSkippedAndForgotten() {
        InboxItem item =
                new InboxItem("telegram:update:9", "telegram:42", "{\"update_id\": 9, \"message\": 5}", Instant.now());
        inbox.add(item);
        handler(core).handle(item, true);
        assertThat(core.calls).isEmpty();
        assertThat(inbox.all()).isEmpty();
    }

    @Test
    void withTheRealCoreARepeatedUpdateIsAnsweredOnceSoNoAnswerIsSavedTwice() throws Exception {
        InMemoryReviewStore store = new InMemoryReviewStore();
        UpdateHandler handler = handler(TelegramBot.core(
                Fixtures.builder(store, outbox, UnitOfWork.NONE).build().conversation()));
        handler.handle(text(1, 43, "/review"), true);
        InboxItem answer = text(2, 43, "I went to the library");
        handler.handle(answer, true);
        inbox.add(answer); // sent again by Telegram after a crash, before its offset was confirmed
        handler.handle(answer, true);

        assertThat(store.reviews().get(0).answers()).hasSize(1);
        assertThat(outboxTexts().stream()
                        .filter(t -> t.contains(Fixtures.messages().require("question.2"))))
                .hasSize(1);
        assertThat(sink.sentNow).isEmpty();
    }
}
