package org.smallwins.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smallwins.review.Attachment;
import org.smallwins.review.Incoming;
import org.smallwins.review.Outgoing;
import org.smallwins.review.Reply;

/** /export and /delete through the whole app, on a real database file. */
class ExportAndDeleteIT {
    private static final String ME = "telegram:501";
    private static final String OTHER = "telegram:502";
    private static final String SECRET = "I finally rang Xanthippe about the allotment";
    private static final Instant AT = Instant.parse("2026-11-20T10:00:00Z");

    @TempDir
    Path folder;

    private App open() {
        return App.open(
                new Settings(new Properties(), Map.of(), folder),
                folder.resolve("db").toString());
    }

    private static List<Reply> say(App app, String who, String text) {
        app.conversation().handle(new Incoming(who, text, AT));
        List<Outgoing> pending = app.outbox.pendingFor(who);
        pending.forEach(o -> app.outbox.sent(o.id()));
        return pending.stream().map(Outgoing::reply).toList();
    }

    @Test
    void exportSendsAReadableFileAndAJsonFileWithThePersonsWordsAndNobodyElses() {
        try (App app = open()) {
            say(app, ME, "/review");
            say(app, ME, SECRET);
            say(app, OTHER, "/review");
            say(app, OTHER, "I walked round the reservoir with Ptolemy");

            List<Reply> export = say(app, ME, "/export");

            assertThat(export).hasSize(2);
            List<Attachment> files =
                    export.stream().map(r -> r.attachment().orElseThrow()).toList();
            assertThat(files)
                    .extracting(Attachment::fileName)
                    .containsExactly("small-wins-export.md", "small-wins-export.json");
            for (Attachment file : files) {
                String content = new String(file.bytes(), StandardCharsets.UTF_8);
                assertThat(content).contains("Xanthippe").doesNotContain("Ptolemy");
            }
        }
    }

    @Test
    void deleteAsksFirstThenErasesEveryRowAndTheWordsFromTheFile() throws Exception {
        Path file = folder.resolve("db.mv.db");
        try (App app = open()) {
            say(app, ME, "/review");
            say(app, ME, SECRET);
            say(app, OTHER, "/review");
            say(app, OTHER, "I walked round the reservoir with Ptolemy");

            List<Reply> asked = say(app, ME, "/delete");
            assertThat(asked.get(0).choices()).extracting(c -> c.command()).contains("/delete yes", "/delete no");
            assertThat(rowsAbout(app, ME)).isPositive();

            List<Reply> done = say(app, ME, "/delete yes");

            assertThat(done)
                    .extracting(Reply::text)
                    .containsExactly(app.models.messages().require("delete.done"));
            assertThat(rowsAbout(app, ME)).isZero();
            assertThat(rowsAbout(app, OTHER)).isPositive();
        }
        String bytes = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
        assertThat(bytes).doesNotContain("Xanthippe").contains("Ptolemy");
    }

    @Test
    void typingYesInTheTerminalConfirmsAndAnythingElseKeepsEverything() {
        try (App app = open()) {
            say(app, ME, "/review");
            say(app, ME, SECRET);
            say(app, ME, "/delete");
            assertThat(say(app, ME, "hmm, not sure"))
                    .extracting(Reply::text)
                    .containsExactly(app.models.messages().require("delete.kept"));
            assertThat(rowsAbout(app, ME)).isPositive();

            say(app, ME, "/delete");
            say(app, ME, "yes");

            assertThat(rowsAbout(app, ME)).isZero();
        }
    }

    /** Reviews and answers of the person, and the person row itself. */
    private static int rowsAbout(App app, String personKey) {
        try (var connection = app.database.dataSource().getConnection();
                var count = connection.prepareStatement("SELECT (SELECT COUNT(*) FROM people WHERE external_key = ?)"
                        + " + (SELECT COUNT(*) FROM reviews r JOIN people p ON p.id = r.person_id WHERE p.external_key = ?)"
                        + " + (SELECT COUNT(*) FROM answers a JOIN reviews r ON r.id = a.review_id"
                        + " JOIN people p ON p.id = r.person_id WHERE p.external_key = ?)")) {
            for (int i = 1; i <= 3; i++) {
                count.setString(i, personKey);
            }
            try (ResultSet rs = count.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
