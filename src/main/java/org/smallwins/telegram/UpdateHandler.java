package org.smallwins.telegram;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.smallwins.reframe.Messages;
import org.smallwins.review.Handled;
import org.smallwins.review.Inbox;
import org.smallwins.review.InboxItem;
import org.smallwins.review.Incoming;
import org.smallwins.review.Outbox;
import org.smallwins.review.Reply;
import org.smallwins.review.UnitOfWork;
import org.telegram.telegrambots.meta.api.objects.CallbackQuery;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.message.Message;

/**
 * Handles one update, read from what the inbox stored: turns it into a call on the core, hands the
 * replies to the sender, and then forgets the update. Runs on its chat's queue, never on the polling
 * thread. Private chats only; in a group the bot explains once and otherwise answers nothing but risk
 * language. An update that cannot be read is skipped; a failure is logged (without text) and answered
 * with an apology; either way the chat's next update is handled.
 */
final class UpdateHandler {
    private static final Logger log = LoggerFactory.getLogger(UpdateHandler.class);
    private final ChatCore core;
    private final ReplySink sender;
    private final BotApi api;
    private final Keyboards keyboards;
    private final Messages messages;
    private final Inbox inbox;
    private final Outbox outbox;
    private final UnitOfWork transactions;
    private final Set<String> groupsTold = ConcurrentHashMap.newKeySet();

    /** Where the replies the adapter writes itself go (those the core writes are its own business). */
    record Storage(Inbox inbox, Outbox outbox, UnitOfWork transactions) {}

    UpdateHandler(
            ChatCore core, ReplySink sender, BotApi api, Keyboards keyboards, Messages messages, Storage storage) {
        this.core = core;
        this.sender = sender;
        this.api = api;
        this.keyboards = keyboards;
        this.messages = messages;
        this.inbox = storage.inbox();
        this.outbox = storage.outbox();
        this.transactions = storage.transactions();
    }

    /**
     * Handles {@code item}; {@code stored} is false for an update handed over while storage was failing
     * (it is handled again once stored: the core's repeat guard makes that safe).
     */
    void handle(InboxItem item, boolean stored) {
        try {
            UpdateJson.Read read = UpdateJson.read(item.payload());
            if (read.update().isPresent()) {
                route(item, stored, read.update().get());
            } else {
                log.warn("{} could not be read ({}); skipped", item.deliveryKey(), read.problem());
            }
        } catch (RuntimeException e) {
            log.error("Handling {} failed: {}", item.deliveryKey(), e.getClass().getName());
            sender.sendNow(item.personKey(), List.of(Reply.of(messages.require("error.apology"))));
        }
        if (stored) {
            forget(item);
        }
    }

    private void route(InboxItem item, boolean stored, Update update) {
        if (update.hasMessage()) {
            message(item, stored, update.getMessage(), false);
        } else if (update.hasEditedMessage()) {
            message(item, stored, update.getEditedMessage(), true);
        } else if (update.hasCallbackQuery()) {
            button(item, update.getCallbackQuery());
        } else {
            log.warn("{} has nothing the bot can answer; skipped", item.deliveryKey());
        }
    }

    private void message(InboxItem item, boolean stored, Message message, boolean edited) {
        String text = message.hasText() ? message.getText() : message.hasCaption() ? message.getCaption() : null;
        if (!"private".equals(message.getChat().getType())) {
            group(item, stored, text);
        } else if (text == null) {
            if (!edited) {
                own(item, stored, List.of(Reply.of(messages.require("telegram.textOnly"))), false);
            }
        } else {
            // An edit is not a new answer, but what it now says is checked for risk like any message.
            Incoming incoming = incoming(item, text);
            deliver(item, edited ? core.checkOnly(incoming) : core.handle(incoming));
        }
    }

    /**
     * A button press is always answered (Telegram shows a spinner until it is), and runs the command the
     * button showed only when it belongs to the chat's live keyboard.
     */
    private void button(InboxItem item, CallbackQuery query) {
        Optional<String> command = keyboards.press(item.personKey(), query.getData());
        answer(query, command.isPresent() ? null : messages.require("telegram.buttonExpired"));
        command.ifPresent(c -> deliver(item, core.handle(incoming(item, c))));
    }

    private void answer(CallbackQuery query, String toast) {
        api.answerCallback(query.getId(), toast).whenComplete((ok, error) -> {
            if (error != null) {
                log.warn("Could not answer a button press ({})", Failure.describe(error));
            }
        });
    }

    /** In a group: crisis resources for risk language (no buttons: the bot holds no conversation there). */
    private void group(InboxItem item, boolean stored, String text) {
        List<Reply> crisis = text == null ? List.of() : core.riskReplyWithoutState(text);
        if (!crisis.isEmpty()) {
            own(item, stored, crisis.stream().map(r -> Reply.of(r.text())).toList(), true);
        } else if (groupsTold.add(item.personKey())) {
            own(item, stored, List.of(Reply.of(messages.require("telegram.privateOnly"))), false);
        }
    }

    private Incoming incoming(InboxItem item, String text) {
        return new Incoming(item.personKey(), text, item.receivedAt(), Optional.of(item.deliveryKey()));
    }

    private void deliver(InboxItem item, Handled handled) {
        if (handled.replies().isEmpty()) {
            return;
        }
        if (handled.queued()) {
            sender.wake(item.personKey());
        } else {
            sender.sendNow(item.personKey(), handled.replies());
        }
    }

    /** Replies the adapter makes itself: queued with the update's removal, so that a crash sends them once. */
    private void own(InboxItem item, boolean stored, List<Reply> replies, boolean urgent) {
        try {
            transactions.inTransaction(() -> {
                outbox.add(item.personKey(), replies, urgent, item.receivedAt());
                if (stored) {
                    inbox.remove(item.deliveryKey());
                }
                return null;
            });
            sender.wake(item.personKey());
        } catch (RuntimeException e) {
            sender.sendNow(item.personKey(), replies);
        }
    }

    private void forget(InboxItem item) {
        try {
            inbox.remove(item.deliveryKey());
        } catch (RuntimeException e) {
            log.warn(
                    "Could not forget {} ({}); the next start finds it handled",
                    item.deliveryKey(),
                    e.getClass().getName());
        }
    }
}
