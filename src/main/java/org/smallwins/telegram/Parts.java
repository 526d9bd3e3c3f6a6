package org.smallwins.telegram;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.smallwins.review.Attachment;
import org.smallwins.review.Reply;

/**
 * A reply as the Bot API calls that deliver it: text split to Telegram's size with the keyboard under
 * the last part; a file with the text as its caption, or, when the text is longer than a caption may
 * be, the text first and then the file.
 */
final class Parts {
    private Parts() {}

    static List<Part> of(long chatId, Reply reply, Keyboards keyboards) {
        Optional<Keyboards.Prepared> keyboard =
                reply.choices().isEmpty() ? Optional.empty() : Optional.of(keyboards.prepare(reply.choices()));
        List<Part> parts = new ArrayList<>();
        Optional<Attachment> file = reply.attachment();
        if (file.isPresent() && reply.text().length() <= Part.MAX_CAPTION) {
            parts.add(new Part.File(chatId, file.get(), Optional.of(reply.text()), keyboard));
            return parts;
        }
        List<String> texts = MessageSplitter.split(reply.text(), MessageSplitter.MAX);
        for (int i = 0; i < texts.size(); i++) {
            boolean last = i == texts.size() - 1 && file.isEmpty();
            parts.add(new Part.Text(chatId, texts.get(i), last ? keyboard : Optional.empty()));
        }
        file.ifPresent(f -> parts.add(new Part.File(chatId, f, Optional.empty(), keyboard)));
        return parts;
    }
}
