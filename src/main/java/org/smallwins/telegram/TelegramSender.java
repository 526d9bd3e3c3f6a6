package org.smallwins.telegram;

import java.time.Duration;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.smallwins.review.Reply;
import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;

/** Sends a chat its replies in order, paced by the {@link RateLimiter}, split to Telegram's size, with buttons. */
final class TelegramSender {
    private static final Logger log = LoggerFactory.getLogger(TelegramSender.class);
    private final ApiCalls api;
    private final RateLimiter limiter;
    private final Keyboards keyboards;
    private final Sleeper sleeper;

    TelegramSender(ApiCalls api, RateLimiter limiter, Keyboards keyboards, Sleeper sleeper) {
        this.api = api;
        this.limiter = limiter;
        this.keyboards = keyboards;
        this.sleeper = sleeper;
    }

    void send(long chatId, List<Reply> replies) throws InterruptedException {
        for (Reply reply : replies) {
            List<String> parts = MessageSplitter.split(reply.text(), MessageSplitter.MAX);
            for (int i = 0; i < parts.size(); i++) {
                SendMessage.SendMessageBuilder<?, ?> message =
                        SendMessage.builder().chatId(chatId).text(parts.get(i));
                if (i == parts.size() - 1 && !reply.choices().isEmpty()) {
                    message.replyMarkup(keyboards.markup(chatId, reply.choices()));
                }
                deliver(chatId, message.build());
            }
        }
    }

    void answerCallback(String callbackId, String toast) throws InterruptedException {
        try {
            api.call(AnswerCallbackQuery.builder()
                    .callbackQueryId(callbackId)
                    .text(toast)
                    .build());
        } catch (ApiCalls.CallFailed e) {
            log.warn("Could not answer a button press: {}", e.getMessage());
        }
    }

    private void deliver(long chatId, SendMessage message) throws InterruptedException {
        Duration wait = limiter.reserve(chatId);
        if (!wait.isZero()) {
            sleeper.sleep(wait);
        }
        try {
            api.call(message);
        } catch (ApiCalls.CallFailed e) {
            // 403 means the person blocked the bot; 400 a message Telegram will never take. Logged, not retried.
            log.error("A reply could not be delivered: {}", e.getMessage());
        }
    }
}
