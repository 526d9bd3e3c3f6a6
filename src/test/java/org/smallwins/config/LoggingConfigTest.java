package org.smallwins.config;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.LoggingEvent;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.OutputStreamAppender;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import org.junit.jupiter.api.Test;

/** config/logback.xml, as the jar reads it, laid out for events like those the bot meets. */
class LoggingConfigTest {
    private static Logger configured(String name) throws Exception {
        LoggerContext context = new LoggerContext();
        JoranConfigurator configurator = new JoranConfigurator();
        configurator.setContext(context);
        configurator.doConfigure(java.nio.file.Path.of("config/logback.xml").toFile());
        return context.getLogger(name);
    }

    /** The lines {@code logger}'s appenders would write for {@code event} (the root's too, when additive). */
    private static String written(Logger logger, ILoggingEvent event) {
        StringBuilder text = new StringBuilder();
        for (Logger at = logger; at != null; at = at.isAdditive() ? parent(at) : null) {
            for (Iterator<Appender<ILoggingEvent>> it = at.iteratorForAppenders(); it.hasNext(); ) {
                OutputStreamAppender<ILoggingEvent> appender = (OutputStreamAppender<ILoggingEvent>) it.next();
                text.append(new String(appender.getEncoder().encode(event), StandardCharsets.UTF_8));
            }
        }
        return text.toString();
    }

    private static Logger parent(Logger logger) {
        String name = logger.getName();
        if (name.equals(org.slf4j.Logger.ROOT_LOGGER_NAME)) {
            return null;
        }
        int dot = name.lastIndexOf('.');
        return logger.getLoggerContext()
                .getLogger(dot < 0 ? org.slf4j.Logger.ROOT_LOGGER_NAME : name.substring(0, dot));
    }

    private static LoggingEvent event(Logger logger, Level level, String message, Throwable thrown) {
        return new LoggingEvent(Logger.class.getName(), logger, level, message, thrown, null);
    }

    @Test
    void aFailedLongPollIsOneLineWithoutItsStackTrace() throws Exception {
        Logger session = configured("org.telegram.telegrambots.longpolling.BotSession");
        Exception failure = new RuntimeException("null", new SocketException("Connection reset"));

        String text = written(
                session,
                event(
                        session,
                        Level.ERROR,
                        "Error received from Telegram GetUpdates Request, retrying in 500 millis...",
                        failure));

        assertThat(text.lines().toList())
                .singleElement()
                .asString()
                .contains("ERROR")
                .contains("retrying in 500 millis")
                .doesNotContain("Exception");
    }

    @Test
    void theBotsOwnLinesAreWrittenOnceAndAtInfo() throws Exception {
        Logger sender = configured("org.smallwins.telegram.PacedSender");

        String text =
                written(sender, event(sender, Level.INFO, "Sent 3 messages in the last 10 s; 0 replies waiting", null));

        assertThat(sender.isInfoEnabled()).isTrue();
        assertThat(text.lines().toList()).singleElement().asString().contains("Sent 3 messages");
    }
}
