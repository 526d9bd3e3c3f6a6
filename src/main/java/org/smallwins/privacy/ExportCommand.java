package org.smallwins.privacy;

import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.function.LongFunction;
import org.smallwins.reframe.Messages;
import org.smallwins.review.Attachment;
import org.smallwins.review.ChatCommand;
import org.smallwins.review.Reply;
import org.smallwins.review.Turn;

/** /export: everything stored about the person, as a Markdown file to read and a JSON file for programs. */
public final class ExportCommand implements ChatCommand {
    private final PersonData data;
    private final Messages messages;
    private final LongFunction<ZoneId> zones;

    public ExportCommand(PersonData data, Messages messages, LongFunction<ZoneId> zones) {
        this.data = data;
        this.messages = messages;
        this.zones = zones;
    }

    @Override
    public String name() {
        return "export";
    }

    @Override
    public Optional<String> helpKey() {
        return Optional.of("command.export.help");
    }

    @Override
    public List<Reply> run(Turn turn) {
        Optional<PersonExport> export = data.export(turn.person().externalKey(), turn.at());
        if (export.isEmpty()) {
            return List.of(Reply.of(messages.require("export.nothing")));
        }
        String markdown = new MarkdownExport(messages, zones.apply(turn.person().id())).render(export.get());
        String json = new JsonExport(messages).render(export.get());
        return List.of(
                Reply.file(
                        messages.require("export.sent.markdown"),
                        new Attachment(
                                Attachment.Kind.DOCUMENT,
                                "small-wins-export.md",
                                markdown.getBytes(StandardCharsets.UTF_8))),
                Reply.file(
                        messages.require("export.sent.json"),
                        new Attachment(
                                Attachment.Kind.DOCUMENT,
                                "small-wins-export.json",
                                json.getBytes(StandardCharsets.UTF_8))));
    }
}
