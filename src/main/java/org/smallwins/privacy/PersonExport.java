package org.smallwins.privacy;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Everything stored about one person, as {@code /export} hands it to them. Values are plain (names of
 * statuses and kinds, not our enums) because this is a format people and their tools keep.
 *
 * @param personKey the transport's key, e.g. {@code telegram:12345}
 * @param otherData rows of every other table that holds this person's data (settings, check-in schedule,
 *     safety plan, as they are added), so that nothing stored is left out of an export before it has a
 *     section of its own
 */
public record PersonExport(
        String personKey,
        Instant firstContact,
        Instant exportedAt,
        List<Review> reviews,
        List<Escalation> escalations,
        List<Table> otherData) {
    public PersonExport {
        Objects.requireNonNull(personKey, "personKey");
        Objects.requireNonNull(firstContact, "firstContact");
        Objects.requireNonNull(exportedAt, "exportedAt");
        reviews = List.copyOf(reviews);
        escalations = List.copyOf(escalations);
        otherData = List.copyOf(otherData);
    }

    /** One weekly review; {@code status} is IN_PROGRESS, PAUSED, COMPLETED or CANCELLED. */
    public record Review(String status, Instant startedAt, Instant lastUpdated, List<Answer> answers) {
        public Review {
            Objects.requireNonNull(status, "status");
            answers = List.copyOf(answers);
        }
    }

    /**
     * One answer and what was noticed in it.
     *
     * @param question 1 to 5
     * @param kind ANSWERED, NOTHING or SKIPPED
     * @param minimising the minimising cue words found, in order
     * @param demands the should/must cue words found, in order
     * @param baseline the measuring stick: IDEAL_FUTURE, HISTORICAL, FAIR_CURRENT or NONE
     * @param followUp the person's answer to the question the reply ended with ("what has shifted?");
     *     empty when there was none
     */
    public record Answer(
            int question,
            String kind,
            String text,
            List<String> minimising,
            List<String> demands,
            String baseline,
            Instant answeredAt,
            String followUp) {
        public Answer {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(followUp, "followUp");
            minimising = List.copyOf(minimising);
            demands = List.copyOf(demands);
        }

        /** An answer with no follow-up. */
        public Answer(
                int question,
                String kind,
                String text,
                List<String> minimising,
                List<String> demands,
                String baseline,
                Instant answeredAt) {
            this(question, kind, text, minimising, demands, baseline, answeredAt, "");
        }
    }

    /** A time risk language was met and support numbers were shown: the level only, never the words. */
    public record Escalation(String level, Instant occurredAt) {}

    /** The rows of one table about this person, column name to value, ids left out. */
    public record Table(String name, List<Map<String, String>> rows) {
        public Table {
            Objects.requireNonNull(name, "name");
            // Column order is kept, as the table has it; a missing value is an empty string.
            rows = rows.stream()
                    .map(row -> Collections.unmodifiableMap(new LinkedHashMap<>(row)))
                    .toList();
        }
    }
}
