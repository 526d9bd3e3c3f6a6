package org.smallwins.testing;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.filter.Filter;
import ch.qos.logback.core.read.ListAppender;
import ch.qos.logback.core.spi.FilterReply;
import java.util.stream.Collectors;
import org.slf4j.LoggerFactory;

/**
 * What the bot logs while a test runs something in-process, from the test's own thread only (other test
 * classes may run at the same time): the lines a log file would hold, with the exceptions' names.
 */
public final class LogCapture implements AutoCloseable {
    private final ListAppender<ILoggingEvent> appender = new ListAppender<>();
    private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);

    private LogCapture(String threadName) {
        appender.addFilter(new Filter<>() {
            @Override
            public FilterReply decide(ILoggingEvent event) {
                return event.getThreadName().equals(threadName) ? FilterReply.NEUTRAL : FilterReply.DENY;
            }
        });
        appender.start();
        root.addAppender(appender);
    }

    /** Starts capturing what this thread logs. */
    public static LogCapture ofThisThread() {
        return new LogCapture(Thread.currentThread().getName());
    }

    /** Every line logged so far, each with its level, and the class and message of any exception. */
    public String text() {
        return appender.list.stream().map(LogCapture::line).collect(Collectors.joining("\n"));
    }

    private static String line(ILoggingEvent event) {
        StringBuilder line = new StringBuilder(event.getLevel() + " " + event.getFormattedMessage());
        for (IThrowableProxy cause = event.getThrowableProxy(); cause != null; cause = cause.getCause()) {
            line.append(" | ").append(cause.getClassName()).append(": ").append(cause.getMessage());
        }
        return line.toString();
    }

    @Override
    public void close() {
        root.detachAppender(appender);
        appender.stop();
    }
}
