package org.smallwins.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smallwins.storage.Database;
import org.smallwins.storage.H2ReviewStore;
import org.smallwins.testing.Fixtures;

class ResumeAfterRestartIT {
    @TempDir
    Path folder;

    private static String say(Conversation conversation, String text) {
        return conversation.handle(new Incoming("console:local", text, Instant.now())).replies().stream()
                .map(Reply::text)
                .collect(Collectors.joining("\n"));
    }

    @Test
    void aReviewLeftHalfWayResumesAtTheNextUnansweredQuestionAfterARestart() {
        Path file = folder.resolve("db");
        try (Database database = Database.open(file, Optional.empty())) {
            Conversation first = Fixtures.conversation(new H2ReviewStore(database));
            say(first, "/review");
            say(first, "I booked the appointment");
            say(first, "I opened the bank letter");
        }
        try (Database database = Database.open(file, Optional.empty())) {
            Conversation second = Fixtures.conversation(new H2ReviewStore(database));
            String greeting = second.greet("console:local", Instant.now()).stream()
                    .map(Reply::text)
                    .collect(Collectors.joining("\n"));
            assertThat(greeting).contains(Fixtures.messages().require("question.3"));
            assertThat(say(second, "I need quiet mornings"))
                    .contains(Fixtures.messages().require("question.4"));
        }
    }

    @Test
    void aFollowUpLeftWaitingIsAskedAgainAfterARestartAndItsAnswerIsKept() {
        Path file = folder.resolve("followup");
        try (Database database = Database.open(file, Optional.empty())) {
            Conversation first = Fixtures.conversation(new H2ReviewStore(database));
            say(first, "/review");
            assertThat(say(first, "I should be calmer by now").strip()).endsWith("?");
        }
        try (Database database = Database.open(file, Optional.empty())) {
            H2ReviewStore store = new H2ReviewStore(database);
            Conversation second = Fixtures.conversation(store);
            String greeting = second.greet("console:local", Instant.now()).stream()
                    .map(Reply::text)
                    .collect(Collectors.joining("\n"));
            assertThat(greeting)
                    .contains(Fixtures.messages()
                            .format("followup.again", "question", "")
                            .strip())
                    .doesNotContain(Fixtures.messages().require("question.2"));
            assertThat(say(second, "I can sit through a meeting now"))
                    .contains(Fixtures.messages().require("question.2"));
            Answer first = store.findOpenReview(
                            store.person("console:local", Instant.now()).id())
                    .orElseThrow()
                    .answers()
                    .get(0);
            assertThat(first.followUp()).isEqualTo(FollowUp.answered("I can sit through a meeting now"));
        }
    }
}
