package org.smallwins.telegram;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.smallwins.reframe.Messages;
import org.smallwins.review.Conversation;
import org.smallwins.review.Incoming;
import org.smallwins.review.Reply;
import org.telegram.telegrambots.meta.api.objects.CallbackQuery;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.message.Message;

/**
 * Turns one Telegram update into a call on the core and sends the replies. Runs on a chat's queue,
 * never on the polling thread. Private chats only; in a group the bot explains once and otherwise
 * answers nothing but risk language. A failure is logged (without text) and answered with an apology.
 */
final class UpdateHandler {
    private static final Logger log = LoggerFactory.getLogger(UpdateHandler.class);
    private final Conversation conversation;
    private final TelegramSender sender;
    private final Keyboards keyboards;
    private final Messages messages;
    private final Clock clock;
    private final Set<Long> groupsTold = ConcurrentHashMap.newKeySet();

    UpdateHandler(
            Conversation conversation, TelegramSender sender, Keyboards keyboards, Messages messages, Clock clock) {
        this.conversation = conversation;
        this.sender = sender;
        this.keyboards = keyboards;
        this.messages = messages;
        this.clock = clock;
    }

    /** The chat an update belongs to, for ordering; empty for kinds of update the bot ignores. */
    static Optional<Long> chatOf(Update update) {
        if (update.hasMessage()) {
            return Optional.of(update.getMessage().getChatId());
        }
        if (update.hasEditedMessage()) {
            return Optional.of(update.getEditedMessage().getChatId());
        }
        if (update.hasCallbackQuery() && update.getCallbackQuery().getMessage() != null) {
            return Optional.of(update.getCallbackQuery().getMessage().getChatId());
        }
        return Optional.empty();
    }

    void handle(Update update) {
        long chatId = chatOf(update).orElseThrow();
        try {
            if (update.hasCallbackQuery()) {
                button(update.getUpdateId(), update.getCallbackQuery(), chatId);
            } else {
                boolean edited = !update.hasMessage();
                message(update.getUpdateId(), edited ? update.getEditedMessage() : update.getMessage(), chatId, edited);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            log.error("Handling update {} failed", update.getUpdateId(), e);
            apologise(chatId);
        }
    }

    private void message(int updateId, Message message, long chatId, boolean edited) throws InterruptedException {
        String text = message.hasText() ? message.getText() : message.hasCaption() ? message.getCaption() : null;
        if (!"private".equals(message.getChat().getType())) {
            group(chatId, text);
            return;
        }
        if (text == null) {
            sender.send(chatId, List.of(Reply.of(messages.require("telegram.textOnly"))));
            return;
        }
        Incoming incoming = incoming(chatId, text, "telegram:update:" + updateId);
        // An edit is not a new answer, but what it now says is checked for risk like any message.
        sender.send(chatId, (edited ? conversation.checkOnly(incoming) : conversation.handle(incoming)).replies());
    }

    private void button(int updateId, CallbackQuery query, long chatId) throws InterruptedException {
        Optional<String> command = keyboards.command(chatId, query.getData());
        if (command.isEmpty()) {
            sender.answerCallback(query.getId(), messages.require("telegram.buttonExpired"));
            return;
        }
        sender.answerCallback(query.getId(), null);
        sender.send(
                chatId,
                conversation
                        .handle(incoming(chatId, command.get(), "telegram:update:" + updateId))
                        .replies());
    }

    private void group(long chatId, String text) throws InterruptedException {
        List<Reply> crisis = text == null ? List.of() : conversation.riskReplyWithoutState(text);
        if (!crisis.isEmpty()) {
            sender.send(chatId, crisis);
        } else if (groupsTold.add(chatId)) {
            sender.send(chatId, List.of(Reply.of(messages.require("telegram.privateOnly"))));
        }
    }

    private Incoming incoming(long chatId, String text, String deliveryKey) {
        return new Incoming("telegram:" + chatId, text, clock.instant(), Optional.of(deliveryKey));
    }

    private void apologise(long chatId) {
        try {
            sender.send(chatId, List.of(Reply.of(messages.require("error.apology"))));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            log.error("Could not send the apology either", e);
        }
    }
}
