package org.smallwins.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.smallwins.review.Choice;

/** A button runs what it showed, once, and only while its keyboard is the chat's newest: across restarts too. */
class KeyboardsTest {
    private final MemoryStores.MemoryKeyboards store = new MemoryStores.MemoryKeyboards();
    private final TelegramPartsTest.ManualClock clock = new TelegramPartsTest.ManualClock();

    private static String data(Keyboards.Prepared keyboard, int button) {
        return keyboard.markup().getKeyboard().get(button).get(0).getCallbackData();
    }

    private static List<Choice> skipOrCancel() {
        return List.of(new Choice("Skip this one", "/skip"), new Choice("End the review", "/cancel"));
    }

    @Test
    void onlyTheNewestKeyboardShownInAChatIsLiveAndEachButtonRunsItsOwnCommandOnce() {
        Keyboards keyboards = new Keyboards(store, clock);
        Keyboards.Prepared first = keyboards.prepare(skipOrCancel());
        keyboards.shown("telegram:7", first);

        assertThat(keyboards.press("telegram:8", data(first, 0))).isEmpty(); // pressed in another chat
        Keyboards.Prepared second = keyboards.prepare(List.of(new Choice("Go on", "/review")));
        keyboards.shown("telegram:7", second);

        assertThat(keyboards.press("telegram:7", data(first, 0))).isEmpty(); // an older keyboard
        assertThat(keyboards.press("telegram:7", data(second, 0))).hasValue("/review");
        assertThat(keyboards.press("telegram:7", data(second, 0))).isEmpty(); // used
        assertThat(keyboards.press("telegram:7", "garbage")).isEmpty();
        assertThat(keyboards.press("telegram:7", "1:x")).isEmpty();
        assertThat(keyboards.press("telegram:7", null)).isEmpty();
    }

    @Test
    void afterARestartTheLiveKeyboardStillWorksAndAnOldButtonNeverRunsANewKeyboardsCommand() {
        Keyboards before = new Keyboards(store, clock);
        Keyboards.Prepared old = before.prepare(skipOrCancel());
        before.shown("telegram:7", old);
        Keyboards.Prepared live = before.prepare(List.of(new Choice("Start now", "/review")));
        before.shown("telegram:7", live);

        // The process restarts, and its clock is even set back an hour: numbers still never repeat.
        clock.advance(Duration.ofHours(-1));
        Keyboards after = new Keyboards(store, clock);
        Keyboards.Prepared next = after.prepare(List.of(new Choice("Later", "/later")));

        assertThat(List.of(next.keyboard().number()))
                .doesNotContain(old.keyboard().number(), live.keyboard().number());
        assertThat(after.press("telegram:7", data(old, 0))).isEmpty();
        assertThat(after.press("telegram:7", data(live, 0))).hasValue("/review");
    }

    @Test
    void buttonDataStaysWithinTelegrams64Bytes() {
        Keyboards keyboards = new Keyboards(store, clock);
        clock.advance(Duration.ofDays(365 * 50));
        Keyboards.Prepared keyboard =
                keyboards.prepare(List.of(new Choice("A", "/schedule monday 09:00 Europe/London")));
        assertThat(data(keyboard, 0)).hasSizeLessThanOrEqualTo(64);
    }
}
