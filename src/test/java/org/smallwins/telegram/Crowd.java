package org.smallwins.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.smallwins.reframe.Messages;

/** People in consecutive chats going through reviews against the emulator, and what reached them. */
final class Crowd {
    private static final Messages TEXT = Messages.load();

    private final TelegramEmulator emulator;
    private final String token;
    private final long first;
    private final int size;

    Crowd(TelegramEmulator emulator, String token, long first, int size) {
        this.emulator = emulator;
        this.token = token;
        this.first = first;
        this.size = size;
    }

    /** The answer {@code chat} gives to question {@code question}: the same words each time, for checking. */
    static String answer(long chat, int question) {
        return "On day " + question + " I walked to the shop, chat " + chat;
    }

    static String question(int n) {
        return TEXT.require("question." + n);
    }

    List<Long> chats() {
        List<Long> chats = new ArrayList<>();
        for (long chat = first; chat < first + size; chat++) {
            chats.add(chat);
        }
        return chats;
    }

    /** Everyone in {@code chats} has had question {@code n}. */
    void awaitQuestion(List<Long> chats, int n, Duration limit) throws Exception {
        for (long chat : chats) {
            emulator.awaitMessage(token, chat, m -> TelegramEmulator.text(m).contains(question(n)), limit);
        }
    }

    long count(long chat, String fragment) throws Exception {
        return emulator.messages(token, chat).stream()
                .filter(m -> TelegramEmulator.text(m).contains(fragment))
                .count();
    }

    /** The first copy of each of questions {@code from..to} that reached a person more than once. */
    List<TelegramEmulator.Sent> repeated(List<Long> chats, int from, int to) throws Exception {
        List<TelegramEmulator.Sent> sent = emulator.sentAfter(token, 0, java.time.Duration.ZERO);
        List<TelegramEmulator.Sent> firsts = new java.util.ArrayList<>();
        for (long chat : chats) {
            for (int q = from; q <= to; q++) {
                String question = question(q);
                List<TelegramEmulator.Sent> copies = sent.stream()
                        .filter(s -> s.chatId() == chat && s.text().contains(question))
                        .toList();
                if (copies.size() > 1) {
                    firsts.add(copies.get(0));
                }
            }
        }
        return firsts;
    }

    /** How many times each of questions {@code from..to} reached each person beyond the first: replies sent twice. */
    long repeats(List<Long> chats, int from, int to) throws Exception {
        long repeats = 0;
        for (long chat : chats) {
            for (int q = from; q <= to; q++) {
                long times = count(chat, question(q));
                assertThat(times).as("question %d to chat %d", q, chat).isGreaterThanOrEqualTo(1);
                repeats += times - 1;
            }
        }
        return repeats;
    }
}
