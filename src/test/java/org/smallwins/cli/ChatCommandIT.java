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

/**
 * ./bot chat as a person uses it: piped stdin and a real H2 file. Two tests start the packaged jar (one
 * through the launcher, one killed half-way); the rest run the same command code in-process.
 */
class ChatCommandIT {
    private static final Messages TEXT = Messages.load();

    @TempDir
    Path folder;

    private Path db() {
        return folder.resolve("db");
    }

    @Test
    void fiveAnswersPipedInPrintTheQuestionsInOrderAndTheSummary() throws Exception {
        JarProcess.Result result = JarProcess.runLauncher(
                "/review\nI went to the dentist\nI opened my emails\nI need more rest than I admit\n"
                        + "A bad night, I was okay by lunch\nI only watered the plants\n",
                "chat",
                "--db",
                db().toString());

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
        InProcess.chat("/review\nI cooked dinner\nI answered the phone\n", db());
        InProcess.Result second = InProcess.chat("I get anxious when plans change\n", db());

        assertThat(second.exitCode()).isZero();
        assertThat(second.out()).startsWith(TEXT.require("greet.returning"));
        assertThat(second.out().indexOf(TEXT.require("question.3")))
                .isLessThan(second.out().indexOf(TEXT.require("question.4")));
        assertThat(second.out()).doesNotContain(TEXT.require("question.1"));
    }

    @Test
    void aKilledProcessLosesNoAnswer() throws Exception {
        Process process = JarProcess.builder("chat", "--db", db().toString()).start();
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

        InProcess.Result again = InProcess.chat("", db());
        assertThat(again.out()).contains(TEXT.require("question.3")).doesNotContain(TEXT.require("question.2"));
    }

    @Test
    void badInputGetsShortHelpfulRepliesAndNothingCrashes() throws Exception {
        String longLine = "I walked a little way. ".repeat(220); // about 5,000 characters
        InProcess.Result result = InProcess.chat(
                "/skip\n/whatever\n\n/review\n\n🙂🙂🙂\n" + longLine + "\n/skip\n\u0007\u001b[2J\n/cancel\n", db());

        assertThat(result.exitCode()).isZero();
        assertThat(result.log()).doesNotContain("Exception").doesNotContain("walked");
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
        InProcess.Result byNumber = InProcess.chat("/start\n1\n", db());
        assertThat(byNumber.out()).contains(TEXT.require("question.1"));

        InProcess.Result byLabel = InProcess.chat("skip this one\n", db());
        assertThat(byLabel.out()).contains(TEXT.require("skip.done")).contains(TEXT.require("question.2"));
    }

    @Test
    void quitEndsTheSessionWithExitZero() throws Exception {
        InProcess.Result result = InProcess.chat("/quit\n/review\n", db());
        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).doesNotContain(TEXT.require("question.1"));
    }
}
