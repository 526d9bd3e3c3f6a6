package org.smallwins.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smallwins.reframe.Messages;
import org.smallwins.testing.JarProcess;

/** ./bot chat as a person uses it: piped stdin, a real H2 file, the packaged jar. */
class ChatCommandIT {
    private static final Messages TEXT = Messages.load();

    @TempDir
    Path folder;

    private String db() {
        return folder.resolve("db").toString();
    }

    @Test
    void fiveAnswersPipedInPrintTheQuestionsInOrderAndTheSummary() throws Exception {
        JarProcess.Result result = JarProcess.run(
                "/review\nI went to the dentist\nI opened my emails\nI need more rest than I admit\n"
                        + "A bad night, I was okay by lunch\nI only watered the plants\n",
                "chat",
                "--db",
                db());

        assertThat(result.exitCode()).isZero();
        String out = result.out();
        int last = -1;
        for (int q = 1; q <= 5; q++) {
            int at = out.indexOf(TEXT.require("question." + q));
            assertThat(at).as("question %d follows question %d", q, q - 1).isGreaterThan(last);
            last = at;
        }
        assertThat(out.indexOf(TEXT.require("summary.title"))).isGreaterThan(last);
        assertThat(out).contains("• I watered the plants");
    }

    @Test
    void stoppingAfterTwoAnswersAndStartingAgainContinuesAtQuestionThree() throws Exception {
        JarProcess.run("/review\nI cooked dinner\nI answered the phone\n", "chat", "--db", db());
        JarProcess.Result second = JarProcess.run("I get anxious when plans change\n", "chat", "--db", db());

        assertThat(second.exitCode()).isZero();
        assertThat(second.out()).startsWith(TEXT.require("greet.returning"));
        assertThat(second.out().indexOf(TEXT.require("question.3")))
                .isLessThan(second.out().indexOf(TEXT.require("question.4")));
        assertThat(second.out()).doesNotContain(TEXT.require("question.1"));
    }

    @Test
    void aKilledProcessLosesNoAnswer() throws Exception {
        Process process = JarProcess.builder("chat", "--db", db()).start();
        OutputStream in = process.getOutputStream();
        BufferedReader out =
                new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        in.write("/review\nI went for a swim\nI rang the council\n".getBytes(StandardCharsets.UTF_8));
        in.flush();
        String line;
        while ((line = out.readLine()) != null && !line.equals(TEXT.require("question.3"))) {
            // wait until both answers are saved and the third question is out
        }
        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);

        JarProcess.Result again = JarProcess.run("", "chat", "--db", db());
        assertThat(again.out()).contains(TEXT.require("question.3")).doesNotContain(TEXT.require("question.2"));
    }

    @Test
    void badInputGetsShortHelpfulRepliesAndNothingCrashes() throws Exception {
        String longLine = "I walked a little way. ".repeat(220); // about 5,000 characters
        JarProcess.Result result = JarProcess.run(
                "/skip\n/whatever\n\n/review\n\n🙂🙂🙂\n" + longLine + "\n/skip\n\u0007\u001b[2J\n/cancel\n",
                "chat",
                "--db",
                db());

        assertThat(result.exitCode()).isZero();
        assertThat(result.err()).doesNotContain("Exception").doesNotContain("walked");
        assertThat(result.out())
                .contains(TEXT.require("skip.none"))
                .contains("/whatever")
                .contains(TEXT.require("answer.empty"))
                .contains(TEXT.require("answer.noWords"))
                .contains("4,000 characters")
                .contains(TEXT.require("cancel.done"));
    }

    @Test
    void aChoiceCanBeTypedByNumberOrLabel() throws Exception {
        JarProcess.Result byNumber = JarProcess.run("/start\n1\n", "chat", "--db", db());
        assertThat(byNumber.out()).contains(TEXT.require("question.1"));

        JarProcess.Result byLabel = JarProcess.run("skip this one\n", "chat", "--db", db());
        assertThat(byLabel.out()).contains(TEXT.require("skip.done")).contains(TEXT.require("question.2"));
    }

    @Test
    void quitEndsTheSessionWithExitZero() throws Exception {
        JarProcess.Result result = JarProcess.run("/quit\n/review\n", "chat", "--db", db());
        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).doesNotContain(TEXT.require("question.1"));
    }
}
