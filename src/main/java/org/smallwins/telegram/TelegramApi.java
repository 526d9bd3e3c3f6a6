package org.smallwins.telegram;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.smallwins.review.Attachment;
import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
import org.telegram.telegrambots.meta.api.methods.send.SendDocument;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.methods.send.SendPhoto;
import org.telegram.telegrambots.meta.api.objects.InputFile;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * {@link BotApi} over TelegramBots' client. Every future is bounded by {@code timeout}: the client's own
 * future never completes when an answer lacks {@code ok}, so the limit is set here as well as on HTTP.
 */
final class TelegramApi implements BotApi {
    private final TelegramClient client;
    private final Duration timeout;

    TelegramApi(TelegramClient client, Duration timeout) {
        this.client = client;
        this.timeout = timeout;
    }

    @Override
    public CompletableFuture<?> send(Part part) {
        try {
            return bounded(
                    part instanceof Part.Text text ? client.executeAsync(message(text)) : file((Part.File) part));
        } catch (TelegramApiException | RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    private static SendMessage message(Part.Text text) {
        SendMessage.SendMessageBuilder<?, ?> message =
                SendMessage.builder().chatId(text.chatId()).text(text.text());
        text.keyboard().ifPresent(k -> message.replyMarkup(k.markup()));
        return message.build();
    }

    private CompletableFuture<?> file(Part.File file) {
        Attachment attachment = file.attachment();
        InputFile input = new InputFile(new ByteArrayInputStream(attachment.bytes()), attachment.fileName());
        if (attachment.kind() == Attachment.Kind.IMAGE) {
            SendPhoto.SendPhotoBuilder<?, ?> photo =
                    SendPhoto.builder().chatId(file.chatId()).photo(input);
            file.caption().ifPresent(photo::caption);
            file.keyboard().ifPresent(k -> photo.replyMarkup(k.markup()));
            return client.executeAsync(photo.build());
        }
        SendDocument.SendDocumentBuilder<?, ?> document =
                SendDocument.builder().chatId(file.chatId()).document(input);
        file.caption().ifPresent(document::caption);
        file.keyboard().ifPresent(k -> document.replyMarkup(k.markup()));
        return client.executeAsync(document.build());
    }

    @Override
    public CompletableFuture<?> answerCallback(String callbackId, String toast) {
        try {
            return bounded(client.executeAsync(AnswerCallbackQuery.builder()
                    .callbackQueryId(callbackId)
                    .text(toast)
                    .build()));
        } catch (TelegramApiException | RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    private CompletableFuture<?> bounded(CompletableFuture<?> call) {
        return call.orTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }
}
