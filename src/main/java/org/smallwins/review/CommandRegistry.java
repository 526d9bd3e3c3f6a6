package org.smallwins.review;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Every chat command the bot knows, in the order /help lists them; the Telegram menu is built from it too. */
public final class CommandRegistry {
    private final Map<String, ChatCommand> commands = new LinkedHashMap<>();

    /** Adds a command; a second command with the same name is a programming error. */
    public CommandRegistry add(ChatCommand command) {
        String name = command.name();
        if (!name.matches("[a-z][a-z0-9_]{0,31}")) {
            throw new IllegalArgumentException("a command name is lower-case letters, digits and _: " + name);
        }
        if (commands.putIfAbsent(name, command) != null) {
            throw new IllegalStateException("two commands are called /" + name);
        }
        return this;
    }

    public Optional<ChatCommand> find(String name) {
        return Optional.ofNullable(commands.get(name.toLowerCase(Locale.ROOT)));
    }

    /** The commands a person is shown (/help, the Telegram menu), in registration order. */
    public List<ChatCommand> listed() {
        List<ChatCommand> listed = new ArrayList<>();
        for (ChatCommand command : commands.values()) {
            if (command.helpKey().isPresent()) {
                listed.add(command);
            }
        }
        return listed;
    }
}
