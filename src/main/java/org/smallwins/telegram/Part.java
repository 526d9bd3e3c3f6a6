package org.smallwins.telegram;

import java.util.Optional;
import org.smallwins.review.Attachment;

/** One Bot API call that puts something in a chat: a text message, or a photo or document. */
sealed interface Part {
    long chatId();

    /** The keyboard under it, live once Telegram has taken the message. */
    Optional<Keyboards.Prepared> keyboard();

    /** A text message of at most {@link MessageSplitter#MAX} characters. */
    record Text(long chatId, String text, Optional<Keyboards.Prepared> keyboard) implements Part {}

    /** sendPhoto or sendDocument, with a caption of at most {@link #MAX_CAPTION} characters. */
    record File(long chatId, Attachment attachment, Optional<String> caption, Optional<Keyboards.Prepared> keyboard)
            implements Part {}

    int MAX_CAPTION = 1_024;
}
