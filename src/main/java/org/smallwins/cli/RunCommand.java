package org.smallwins.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "run", description = "The Telegram bot (token in TELEGRAM_BOT_TOKEN).")
final class RunCommand implements Callable<Integer> {
    @Option(names = "--api-url", description = "Bot API address (default: TELEGRAM_API_URL, then api.telegram.org).")
    String apiUrl;

    @Option(names = "--db", description = "Database path (default: SMALLWINS_DB, then data/smallwins).")
    String db;

    @Override
    public Integer call() {
        System.err.println("bot run: the Telegram adapter is not built yet in this version; use ./bot chat.");
        return 2;
    }
}
