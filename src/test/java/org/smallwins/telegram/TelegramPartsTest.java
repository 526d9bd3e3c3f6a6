package org.smallwins.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.smallwins.review.Attachment;
import org.smallwins.review.Choice;
import org.smallwins.review.Reply;
import org.smallwins.testing.Fixtures;

class TelegramPartsTest {
    /** A clock a test moves by hand. */
    static final class ManualClock extends Clock {
        private Instant now = Instant.parse("2026-11-20T10:00:00Z");

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }

        void advance(Duration d) {
            now = now.plus(d);
        }
    }

    @Test
    void everyMenuCommandHasADescriptionWithinTelegramsLimit() {
        var commands = Fixtures.builder(
                        new org.smallwins.testing.InMemoryReviewStore(),
                        new org.smallwins.testing.InMemoryOutbox(),
                        org.smallwins.review.UnitOfWork.NONE)
                .build()
                .commands()
                .listed();
        assertThat(commands).extracting(c -> c.name()).contains("review", "help", "privacy");
        for (var command : commands) {
            // Telegram takes 3 to 256 characters for a command's description.
            assertThat(Fixtures.messages().require(command.helpKey().orElseThrow()))
                    .as(command.name())
                    .hasSizeBetween(3, 256);
        }
    }

    @Test
    void longRepliesAreSplitAtBreaksIntoTelegramSizedParts() {
        String paragraph = "A line of a long summary that goes on for a while. ".repeat(30);
        String text = String.join("\n\n", Collections.nCopies(6, paragraph.strip()));
        List<String> parts = MessageSplitter.split(text, MessageSplitter.MAX);

        assertThat(parts).hasSizeGreaterThan(1).allSatisfy(p -> assertThat(p.length())
                .isLessThanOrEqualTo(4096));
        assertThat(String.join("\n\n", parts)).isEqualTo(text);
        assertThat(MessageSplitter.split("short", MessageSplitter.MAX)).containsExactly("short");
        assertThat(MessageSplitter.split("x".repeat(9000), MessageSplitter.MAX))
                .extracting(String::length)
                .containsExactly(4096, 4096, 808);
    }

    @Test
    void aLongReplyWithChoicesIsSplitWithTheKeyboardUnderItsLastPart() {
        Keyboards keyboards = new Keyboards(new MemoryStores.MemoryKeyboards(), new ManualClock());
        String text = "Here is your summary. ".repeat(400);
        List<Part> parts = Parts.of(5, Reply.of(text, new Choice("Go on", "/review")), keyboards);

        assertThat(parts).hasSize(3).allSatisfy(p -> assertThat(((Part.Text) p).text())
                .hasSizeLessThanOrEqualTo(4096));
        assertThat(parts.subList(0, 2)).allSatisfy(p -> assertThat(p.keyboard()).isEmpty());
        assertThat(parts.get(2).keyboard()).isPresent();
        assertThat(parts).allSatisfy(p -> assertThat(p.chatId()).isEqualTo(5));
    }

    @Test
    void aFileCarriesItsTextAsCaptionUnlessTheTextIsTooLongForOne() {
        Keyboards keyboards = new Keyboards(new MemoryStores.MemoryKeyboards(), new ManualClock());
        Attachment chart = new Attachment(Attachment.Kind.IMAGE, "chart.png", new byte[] {1, 2, 3});

        List<Part> short_ = Parts.of(5, Reply.file("Your weeks so far", chart), keyboards);
        assertThat(short_).singleElement().isInstanceOfSatisfying(Part.File.class, f -> assertThat(f.caption())
                .hasValue("Your weeks so far"));

        String longText = "A week of small steps. ".repeat(60);
        List<Part> long_ = Parts.of(5, Reply.file(longText, chart), keyboards);
        assertThat(long_).hasSize(2);
        assertThat(((Part.Text) long_.get(0)).text()).isEqualTo(longText);
        assertThat(((Part.File) long_.get(1)).caption()).isEmpty();
    }
}
