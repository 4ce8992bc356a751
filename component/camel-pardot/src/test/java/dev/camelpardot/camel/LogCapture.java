package dev.camelpardot.camel;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Formatter;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/**
 * Records every log line of Camel and of this component while open: SLF4J reaches java.util.logging through
 * slf4j-jdk14 (test scope), so a handler on the root logger sees all of it, formatted with parameters and stack
 * traces as a real log would print them. Raises the levels to DEBUG/TRACE meanwhile, so that debug logging is
 * checked too.
 */
final class LogCapture implements AutoCloseable {

    private static final String[] LOGGERS = { "dev.camelpardot", "org.apache.camel" };

    private final Logger root = Logger.getLogger("");
    private final List<String> lines = new CopyOnWriteArrayList<>();
    private final Level[] previous = new Level[LOGGERS.length];
    private final Handler handler;

    LogCapture(Level camelLevel) {
        Formatter formatter = new SimpleFormatter();
        handler = new Handler() {
            @Override
            public void publish(LogRecord record) {
                lines.add(record.getLoggerName() + " " + record.getLevel() + " " + formatter.format(record));
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        handler.setLevel(Level.ALL);
        for (int i = 0; i < LOGGERS.length; i++) {
            Logger logger = Logger.getLogger(LOGGERS[i]);
            previous[i] = logger.getLevel();
            logger.setLevel(i == 0 ? Level.ALL : camelLevel);
        }
        root.addHandler(handler);
    }

    List<String> lines() {
        return List.copyOf(lines);
    }

    /** Lines of this component's own loggers. */
    List<String> componentLines() {
        return lines.stream().filter(line -> line.startsWith("dev.camelpardot")).toList();
    }

    @Override
    public void close() {
        root.removeHandler(handler);
        for (int i = 0; i < LOGGERS.length; i++) {
            Logger.getLogger(LOGGERS[i]).setLevel(previous[i]);
        }
    }
}
