package org.smallwins.privacy;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.smallwins.reframe.Messages;

/**
 * A person's export as a Markdown file they can read and keep: their answers in their own words under each
 * question, what was noticed in them, and every other thing stored. The sentences around the data come
 * from {@code export.*} in {@code config/messages.properties}; the person's words are escaped so that
 * nothing they wrote is read as formatting.
 */
public final class MarkdownExport {
    private final Messages messages;
    private final ZoneId zone;
    private final DateTimeFormatter dates;

    /** @param zone the person's time zone (their check-in zone when they have one) */
    public MarkdownExport(Messages messages, ZoneId zone) {
        this.messages = messages;
        this.zone = zone;
        this.dates =
                DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", Locale.UK).withZone(zone);
    }

    public String render(PersonExport export) {
        StringBuilder md = new StringBuilder();
        md.append("# ").append(messages.require("export.title")).append("\n\n");
        md.append(messages.format("export.intro", "date", date(export.exportedAt())))
                .append("\n\n");
        md.append(messages.format("export.firstContact", "date", date(export.firstContact())))
                .append(' ')
                .append(messages.format("export.timeZone", "zone", zone.getId()))
                .append("\n\n");
        reviews(md, export.reviews());
        escalations(md, export.escalations());
        other(md, export.otherData());
        md.append("---\n\n").append(messages.require("export.closing")).append('\n');
        return md.toString();
    }

    private void reviews(StringBuilder md, List<PersonExport.Review> reviews) {
        md.append("## ").append(messages.require("export.reviews.title")).append("\n\n");
        if (reviews.isEmpty()) {
            md.append(messages.require("export.reviews.none")).append("\n\n");
        }
        for (PersonExport.Review review : reviews) {
            md.append("### ")
                    .append(messages.format(
                            "export.review.heading",
                            "date",
                            date(review.startedAt()),
                            "status",
                            label("export.status.", review.status())))
                    .append("\n\n");
            for (PersonExport.Answer answer : review.answers()) {
                answer(md, answer);
            }
        }
    }

    private void answer(StringBuilder md, PersonExport.Answer answer) {
        String question = messages.find("question." + answer.question()).orElse("#" + answer.question());
        md.append("**").append(escape(question)).append("**\n\n");
        if (answer.kind().equals("SKIPPED")) {
            md.append(messages.require("export.answer.skipped")).append("\n\n");
            return;
        }
        for (String line : answer.text().split("\\R", -1)) {
            md.append("> ").append(escapeLine(line)).append('\n');
        }
        md.append('\n');
        if (answer.kind().equals("NOTHING")) {
            md.append(messages.require("export.answer.nothing")).append(' ');
        }
        md.append(messages.format("export.answer.when", "date", date(answer.answeredAt())));
        if (!answer.minimising().isEmpty()) {
            md.append(' ').append(messages.format("export.noticed.minimising", "words", words(answer.minimising())));
        }
        if (!answer.demands().isEmpty()) {
            md.append(' ').append(messages.format("export.noticed.demands", "words", words(answer.demands())));
        }
        messages.find("export.noticed.baseline." + answer.baseline())
                .ifPresent(b -> md.append(' ').append(b));
        md.append("\n\n");
        if (!answer.followUp().isEmpty()) {
            md.append(messages.require("export.answer.followUp")).append("\n\n");
            for (String line : answer.followUp().split("\\R", -1)) {
                md.append("> ").append(escapeLine(line)).append('\n');
            }
            md.append('\n');
        }
    }

    private void escalations(StringBuilder md, List<PersonExport.Escalation> escalations) {
        md.append("## ").append(messages.require("export.escalations.title")).append("\n\n");
        md.append(messages.require("export.escalations.intro")).append("\n\n");
        if (escalations.isEmpty()) {
            md.append(messages.require("export.escalations.none")).append("\n\n");
            return;
        }
        for (PersonExport.Escalation escalation : escalations) {
            md.append("- ")
                    .append(date(escalation.occurredAt()))
                    .append(": ")
                    .append(label("export.level.", escalation.level()))
                    .append('\n');
        }
        md.append('\n');
    }

    private void other(StringBuilder md, List<PersonExport.Table> tables) {
        if (tables.isEmpty()) {
            return;
        }
        md.append("## ").append(messages.require("export.other.title")).append("\n\n");
        for (PersonExport.Table table : tables) {
            md.append("### ").append(label("export.table.", table.name())).append("\n\n");
            for (Map<String, String> row : table.rows()) {
                String prefix = "- ";
                for (Map.Entry<String, String> cell : row.entrySet()) {
                    md.append(prefix)
                            .append(escape(cell.getKey()))
                            .append(": ")
                            .append(escape(cell.getValue().replaceAll("\\R", " ")))
                            .append('\n');
                    prefix = "  ";
                }
            }
            md.append('\n');
        }
    }

    /** The wording under {@code prefix + value}, or the value itself for one the bundle does not know yet. */
    private String label(String prefix, String value) {
        return messages.find(prefix + value)
                .orElse(escape(value.toLowerCase(Locale.ROOT).replace('_', ' ')));
    }

    private String date(Instant instant) {
        return dates.format(instant);
    }

    private static String words(List<String> cues) {
        return escape(String.join(", ", cues.stream().distinct().toList()));
    }

    /** Backslash before every character Markdown could read as inline formatting, links or HTML. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            if ("\\`*_[]<>#|~".indexOf(c) >= 0) {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }

    /** {@link #escape}, and a line that would start a list ("- ", "+ ", "2. ") kept as plain text. */
    static String escapeLine(String line) {
        String escaped = escape(line);
        if (escaped.matches("^[-+]\\s.*|^[-+]$")) {
            return "\\" + escaped;
        }
        return escaped.replaceFirst("^(\\d+)([.)])", "$1\\\\$2");
    }
}
