package org.smallwins.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.smallwins.storage.Database;
import org.smallwins.storage.H2Outbox;
import org.smallwins.storage.H2ReviewStore;
import org.smallwins.testing.Fixtures;

/**
 * Whatever people send — any Unicode, messages of Telegram's full 4,096 characters, text that looks
 * like markup, placeholders or SQL, commands in between — goes through the core on a real H2 file:
 * nothing throws, every message is answered, and the database stays consistent. Property-based
 * (QuickTheories) with a fixed seed, so a failure repeats, shrunk to the smallest conversation that fails.
 */
class HostileMessagesIT {
    private static final long SEED = 20261120L;
    private static final Instant AT = Instant.parse("2026-11-20T10:00:00Z");
    private final AtomicLong people = new AtomicLong();

    @TempDir
    Path folder;

    private Database database;
    private H2Outbox outbox;
    private Conversation conversation;

    @BeforeEach
    void open() {
        database = Database.open(folder.resolve("db"), Optional.empty());
        outbox = new H2Outbox(database);
        conversation = Fixtures.builder(new H2ReviewStore(database), outbox, database.transactions())
                .build()
                .conversation();
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void everyMessageIsAnsweredAndTheDatabaseStaysConsistent() {
        qt().withFixedSeed(SEED).withExamples(30).forAll(conversations()).checkAssert(this::converse);
    }

    private void converse(List<String> messages) {
        String person = "telegram:" + (100_000 + people.incrementAndGet());
        List<String> replies = new ArrayList<>();
        for (int i = 0; i < messages.size(); i++) {
            Handled handled = conversation.handle(
                    new Incoming(person, messages.get(i), AT.plusSeconds(i), Optional.of(person + ":" + i)));

            String shown = readable(messages.get(i));
            assertThat(handled.queued())
                    .as("message %d queued with its state: %s", i, shown)
                    .isTrue();
            assertThat(handled.replies())
                    .as("a reply to message %d: %s", i, shown)
                    .isNotEmpty();
            handled.replies().forEach(reply -> replies.add(reply.text()));
        }

        assertThat(outbox.pendingFor(person))
                .extracting(o -> o.reply().text())
                .as("the outbox holds exactly the replies given, in order")
                .containsExactlyElementsOf(replies);
        try (Connection connection = database.dataSource().getConnection()) {
            assertThat(count(
                            connection,
                            person,
                            "SELECT COUNT(*) FROM reviews r JOIN people p ON p.id = r.person_id"
                                    + " WHERE p.external_key = ? AND r.status IN ('IN_PROGRESS', 'PAUSED')"))
                    .as("open reviews")
                    .isLessThanOrEqualTo(1);
            assertThat(count(
                            connection,
                            person,
                            "SELECT COUNT(*) FROM answers a JOIN reviews r ON r.id = a.review_id"
                                    + " JOIN people p ON p.id = r.person_id WHERE p.external_key = ?"
                                    + " AND (a.question_no < 1 OR a.question_no > 5)"))
                    .as("answers to questions that do not exist")
                    .isZero();
            assertThat(count(connection, person, "SELECT COUNT(*) FROM people WHERE external_key = ?"))
                    .isEqualTo(1);
        } catch (SQLException e) {
            throw new AssertionError("could not read the database", e);
        }
    }

    private static long count(Connection connection, String person, String sql) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            select.setString(1, person);
            try (ResultSet rs = select.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** A message as a failure report can show it: controls and surrogates escaped, long ones cut. */
    private static String readable(String text) {
        StringBuilder shown = new StringBuilder();
        for (char c : text.substring(0, Math.min(120, text.length())).toCharArray()) {
            shown.append(c < 0x20 || c > 0x7e ? String.format("\\u%04x", (int) c) : String.valueOf(c));
        }
        return "\"" + shown + (text.length() > 120 ? "...\" (" + text.length() + " chars)" : "\"");
    }

    private static Gen<List<String>> conversations() {
        Gen<String> message = Generate.frequency(
                Pair.of(3, commands()),
                Pair.of(3, markup()),
                Pair.of(2, strings().allPossible().ofLengthBetween(0, 300)),
                Pair.of(1, fullLength()));
        return lists().of(message)
                .ofSizeBetween(1, 10)
                .describedAs(list ->
                        list.stream().map(HostileMessagesIT::readable).toList().toString());
    }

    private static Gen<String> commands() {
        return Generate.pick(
                List.of("/review", "/skip", "/cancel", "/start", "/help", "/later", "/review extra words", "/"));
    }

    /** Text that looks like something a program might act on: markup, placeholders, format strings, SQL. */
    private static Gen<String> markup() {
        Gen<String> piece = Generate.pick(List.of(
                "<b>bold</b>",
                "*only* managed _one_ thing",
                "[a link](http://127.0.0.1/x)",
                "</script><script>alert(1)</script>",
                "&amp; &lt; &#0;",
                "```code```",
                "{resources}",
                "{command}",
                "${jndi:ldap://127.0.0.1/a}",
                "%s %n %d %%",
                "'; DROP TABLE answers; --",
                "\\u0000 \u0000 nul",
                "\u202Eright to left\u202C",
                "e\u0301\u0301\u0301 combining",
                "👩‍👩‍👧 🏳️‍🌈 family",
                "\uD83D lone surrogate",
                "I should have done more",
                "I only managed one email",
                "nothing",
                "@somebody #tag",
                "\n\n\t  ",
                ""));
        return lists().of(piece).ofSizeBetween(1, 6).map(parts -> String.join(" ", parts));
    }

    /** Telegram's longest message, 4,096 UTF-16 units, in a mix of scripts (emoji take two units each). */
    private static Gen<String> fullLength() {
        return lists().of(Generate.pick(List.of("a", "ü", "я", "文", "😀 ", "I only ", "\u200D", " ")))
                .ofSize(4_096)
                .map(parts -> {
                    String cut = String.join("", parts).substring(0, 4_096);
                    return Character.isHighSurrogate(cut.charAt(4_095)) ? cut.substring(0, 4_095) + "x" : cut;
                });
    }
}
