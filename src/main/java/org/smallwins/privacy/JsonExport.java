package org.smallwins.privacy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import org.smallwins.reframe.Messages;

/**
 * A person's export as JSON for their own tools or another service: the same data as the Markdown file,
 * with times in ISO-8601 UTC and each question's wording beside its number. The layout is versioned by
 * {@code format}; fields are only ever added.
 */
public final class JsonExport {
    public static final String FORMAT = "small-wins-export/1";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private final Messages messages;

    public JsonExport(Messages messages) {
        this.messages = messages;
    }

    public String render(PersonExport export) {
        ObjectNode root = JSON.createObjectNode();
        root.put("format", FORMAT);
        root.put("exportedAt", export.exportedAt().toString());
        root.putObject("person")
                .put("key", export.personKey())
                .put("firstContact", export.firstContact().toString());
        ArrayNode reviews = root.putArray("reviews");
        for (PersonExport.Review review : export.reviews()) {
            ObjectNode r = reviews.addObject()
                    .put("status", review.status())
                    .put("startedAt", review.startedAt().toString())
                    .put("lastUpdated", review.lastUpdated().toString());
            ArrayNode answers = r.putArray("answers");
            for (PersonExport.Answer answer : review.answers()) {
                ObjectNode a = answers.addObject()
                        .put("question", answer.question())
                        .put(
                                "questionText",
                                messages.find("question." + answer.question()).orElse(""))
                        .put("kind", answer.kind())
                        .put("text", answer.text())
                        .put("answeredAt", answer.answeredAt().toString())
                        .put("baseline", answer.baseline());
                if (!answer.followUp().isEmpty()) {
                    a.put("followUp", answer.followUp());
                }
                strings(a.putArray("minimising"), answer.minimising());
                strings(a.putArray("demands"), answer.demands());
            }
        }
        ArrayNode escalations = root.putArray("escalations");
        for (PersonExport.Escalation escalation : export.escalations()) {
            escalations
                    .addObject()
                    .put("level", escalation.level())
                    .put("occurredAt", escalation.occurredAt().toString());
        }
        ObjectNode other = root.putObject("otherData");
        for (PersonExport.Table table : export.otherData()) {
            ArrayNode rows = other.putArray(table.name());
            for (Map<String, String> row : table.rows()) {
                ObjectNode r = rows.addObject();
                row.forEach(r::put);
            }
        }
        try {
            return JSON.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree of strings always serialises", e);
        }
    }

    private static void strings(ArrayNode array, List<String> values) {
        values.forEach(array::add);
    }
}
