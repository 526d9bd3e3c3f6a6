package org.smallwins.console;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.smallwins.review.Attachment;
import org.smallwins.review.Choice;
import org.smallwins.review.Conversation;
import org.smallwins.review.Handled;
import org.smallwins.review.Incoming;
import org.smallwins.review.Outbox;
import org.smallwins.review.Outgoing;
import org.smallwins.review.Reply;

/**
 * The terminal adapter: one local person, one line a message, replies printed with their choices as
 * {@code   [1] Label}. A person may answer a choice by its number or its label. Ends at end of input or
 * {@code /quit}. Replies come from the outbox like Telegram's do, so what the core says first (a due
 * check-in) and what was left unsent when the terminal last closed are shown too.
 */
public final class ConsoleChat {
    static final String PERSON_KEY = "console:local";

    private final Conversation conversation;
    private final Outbox outbox;
    private final SavedFiles files;
    private final BufferedReader in;
    private final PrintStream out;
    private final Clock clock;
    private final boolean interactive;
    private List<Choice> shownChoices = List.of();

    public ConsoleChat(
            Conversation conversation,
            Outbox outbox,
            Path filesFolder,
            BufferedReader in,
            PrintStream out,
            Clock clock,
            boolean interactive) {
        this.conversation = conversation;
        this.outbox = outbox;
        this.files = new SavedFiles(filesFolder);
        this.in = in;
        this.out = out;
        this.clock = clock;
        this.interactive = interactive;
    }

    /** Runs until end of input or {@code /quit}; returns the exit code. */
    public int run() {
        List<Reply> waiting = delivered();
        print(waiting.isEmpty() ? conversation.greet(PERSON_KEY, clock.instant()) : waiting);
        String line;
        while ((line = readLine()) != null) {
            if (line.strip().equalsIgnoreCase("/quit")) {
                break;
            }
            String text = chosenCommand(line.strip()).orElse(line);
            Handled handled = conversation.handle(new Incoming(PERSON_KEY, text, clock.instant()));
            print(handled.queued() ? delivered() : handled.replies());
        }
        out.flush();
        return 0;
    }

    /**
     * Shows what the core queued for the person on its own (a check-in falling due while the terminal is
     * open), at the prompt. Called from the job that queued it.
     */
    public synchronized void showWaiting() {
        List<Reply> waiting = delivered();
        if (!waiting.isEmpty()) {
            out.println();
            print(waiting);
        }
    }

    /** Takes the person's replies out of the outbox: printed next, so they count as delivered. */
    private synchronized List<Reply> delivered() {
        List<Outgoing> pending = outbox.pendingFor(PERSON_KEY);
        pending.forEach(outgoing -> outbox.sent(outgoing.id()));
        return pending.stream().map(Outgoing::reply).toList();
    }

    /** "2" or a choice's label, when choices are showing, means that choice's command. */
    private Optional<String> chosenCommand(String typed) {
        for (int i = 0; i < shownChoices.size(); i++) {
            Choice choice = shownChoices.get(i);
            if (typed.equals(String.valueOf(i + 1))
                    || typed.toLowerCase(Locale.ROOT).equals(choice.label().toLowerCase(Locale.ROOT))) {
                return Optional.of(choice.command());
            }
        }
        return Optional.empty();
    }

    private synchronized void print(List<Reply> replies) {
        shownChoices = List.of();
        for (Reply reply : replies) {
            out.println(reply.text());
            reply.attachment().ifPresent(this::save);
            for (int i = 0; i < reply.choices().size(); i++) {
                out.println("  [" + (i + 1) + "] " + reply.choices().get(i).label());
            }
            if (!reply.choices().isEmpty()) {
                shownChoices = reply.choices();
            }
            out.println();
        }
        if (interactive) {
            out.print("> ");
        }
        out.flush();
    }

    private void save(Attachment attachment) {
        try {
            out.println("  (saved to " + files.save(attachment) + ")");
        } catch (IOException e) {
            out.println("  (could not save " + attachment.fileName() + ": " + e.getMessage() + ")");
        }
    }

    private String readLine() {
        try {
            return in.readLine();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the terminal", e);
        }
    }
}
