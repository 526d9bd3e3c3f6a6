package org.smallwins.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smallwins.testing.JarProcess;

/**
 * The database commands, and chat meeting a database it cannot use: one line on stderr and exit 1, never a
 * stack trace. The commands run through the jar's own entry point inside this JVM ({@link InProcess}), with
 * the models it has already loaded; one refusal goes through the packaged jar as well, to show that the jar
 * says it the same way.
 */
class DatabaseCommandsIT {
    private static final String KEY = "plum-harbour-31";

    @TempDir
    Path folder;

    private record Outcome(int exit, String out, List<String> errLines) {}

    /** {@code ./bot ARGS} in-process, with {@code key} as SMALLWINS_DB_KEY (or none) and nothing else set. */
    private Outcome run(String key, String stdin, String... args) {
        InProcess.CommandResult result =
                InProcess.command(key == null ? Map.of() : Map.of("SMALLWINS_DB_KEY", key), stdin, args);
        return new Outcome(result.exitCode(), result.out(), lines(result.err()));
    }

    /** The same through the packaged jar. */
    private Outcome runJar(String key, String stdin, String... args) throws Exception {
        ProcessBuilder builder = JarProcess.builder(args);
        if (key != null) {
            builder.environment().put("SMALLWINS_DB_KEY", key);
        }
        JarProcess.Result result = JarProcess.run(builder, stdin);
        return new Outcome(result.exitCode(), result.out(), lines(result.err()));
    }

    private static List<String> lines(String text) {
        return Arrays.stream(text.split("\n")).filter(l -> !l.isBlank()).toList();
    }

    private String db() {
        return folder.resolve("db").toString();
    }

    /** ./bot chat over the database, in-process, with {@code key} as SMALLWINS_DB_KEY (or none): its exit code. */
    private int chatInProcess(String key, String stdin) {
        return InProcess.chat(stdin, Path.of(db()), key == null ? Map.of() : Map.of("SMALLWINS_DB_KEY", key))
                .exitCode();
    }

    private static void assertOneClearLine(Outcome outcome, String expected) {
        assertThat(outcome.exit()).isEqualTo(1);
        assertThat(outcome.errLines())
                .singleElement()
                .satisfies(line ->
                        assertThat(line).startsWith("bot: ").contains(expected).doesNotContain("Exception"));
    }

    @Test
    void anEncryptedDatabaseWithoutAKeySaysTheKeyIsMissing() throws Exception {
        assertThat(chatInProcess(KEY, "/quit\n")).isZero();

        assertOneClearLine(run(null, "/quit\n", "chat", "--db", db()), "is encrypted and no key was given");
    }

    @Test
    void aWrongKeyIsOneLineAndExitOne() throws Exception {
        assertThat(chatInProcess(KEY, "/quit\n")).isZero();

        assertOneClearLine(run("not-" + KEY, "/quit\n", "chat", "--db", db()), "does not match the file");
        assertOneClearLine(runJar("not-" + KEY, "/quit\n", "chat", "--db", db()), "does not match the file");
    }

    @Test
    void anEmptyDatabaseFileIsRefusedAndLeftAsItWas() throws Exception {
        Files.createFile(folder.resolve("db.mv.db"));

        assertOneClearLine(run(null, "/quit\n", "chat", "--db", db()), "is empty (0 bytes)");
        assertThat(folder.resolve("db.mv.db")).isEmptyFile();
    }

    @Test
    void aFileWhereTheFolderShouldBeIsOneLine() throws Exception {
        Files.writeString(folder.resolve("notes"), "a file");

        assertOneClearLine(
                run(null, "/quit\n", "chat", "--db", folder.resolve("notes/db").toString()), "is a file, not a folder");
    }

    @Test
    void encryptDbTurnsAPlainDatabaseIntoOneThatNeedsTheKey() throws Exception {
        assertThat(chatInProcess(null, "/review\nI phoned the bank\n/quit\n")).isZero();

        Outcome encrypted = run(KEY, "", "encrypt-db", "--db", db());

        assertThat(encrypted.exit()).as(String.join("\n", encrypted.errLines())).isZero();
        assertThat(encrypted.out()).contains("Encrypted");
        assertThat(new String(Files.readAllBytes(folder.resolve("db.mv.db")), StandardCharsets.ISO_8859_1))
                .doesNotContain("phoned the bank");
        assertThat(chatInProcess(KEY, "/quit\n")).isZero();
        assertOneClearLine(run(null, "/quit\n", "chat", "--db", db()), "no key was given");
        assertThat(run(null, "", "encrypt-db", "--db", db()).exit()).isEqualTo(2);
    }

    @Test
    void aBackupRestoresToANewPathThatOpens() throws Exception {
        assertThat(chatInProcess(null, "/review\nI phoned the bank\n/quit\n")).isZero();
        String zip = folder.resolve("backup.zip").toString();

        assertThat(run(null, "", "backup", zip, "--db", db()).exit()).isZero();
        Outcome restored =
                run(null, "", "restore", zip, "--db", folder.resolve("again/db").toString());

        assertThat(restored.exit()).as(String.join("\n", restored.errLines())).isZero();
        assertThat(new String(Files.readAllBytes(folder.resolve("again/db.mv.db")), StandardCharsets.ISO_8859_1))
                .contains("phoned the bank");
        assertOneClearLine(run(null, "", "backup", zip, "--db", db()), "Not overwriting");
    }
}
