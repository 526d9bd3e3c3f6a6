package org.smallwins.storage;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.smallwins.review.Attachment;
import org.smallwins.review.Choice;
import org.smallwins.review.Reply;

/** A {@link Reply} as the outbox stores it: JSON, with an attachment's bytes in base64. */
final class ReplyJson {
    private static final ObjectMapper JSON = new ObjectMapper();

    private ReplyJson() {}

    static String write(Reply reply) {
        ObjectNode node = JSON.createObjectNode();
        node.put("text", reply.text());
        ArrayNode choices = node.putArray("choices");
        for (Choice choice : reply.choices()) {
            choices.addObject().put("label", choice.label()).put("command", choice.command());
        }
        reply.attachment().ifPresent(file -> node.putObject("attachment")
                .put("kind", file.kind().name())
                .put("fileName", file.fileName())
                .put("bytes", Base64.getEncoder().encodeToString(file.bytes())));
        return node.toString();
    }

    static Reply read(String json) {
        try {
            JsonNode node = JSON.readTree(json);
            List<Choice> choices = new ArrayList<>();
            for (JsonNode choice : node.path("choices")) {
                choices.add(new Choice(
                        choice.path("label").asText(), choice.path("command").asText()));
            }
            JsonNode file = node.path("attachment");
            Optional<Attachment> attachment = file.isMissingNode()
                    ? Optional.empty()
                    : Optional.of(new Attachment(
                            Attachment.Kind.valueOf(file.path("kind").asText()),
                            file.path("fileName").asText(),
                            Base64.getDecoder().decode(file.path("bytes").asText())));
            return new Reply(node.path("text").asText(), choices, attachment);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an outbox row is not a reply", e);
        }
    }
}
