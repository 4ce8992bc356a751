package dev.camelpardot.app.logging;

import java.util.logging.Filter;
import java.util.logging.LogRecord;

import io.quarkus.logging.LoggingFilter;
import io.quarkus.runtime.configuration.ConfigurationException;

/**
 * Keeps stack traces out of the log when the app refuses to start for a setting to change (a port in use, a missing
 * production setting): the app throws a {@link ConfigurationException} whose message names the setting and the fix,
 * and Quarkus prints that message, one line or a short list, on its own. Without this filter Camel would first log
 * the same failure with a hundred-line stack trace. Every other failure is logged as before.
 */
@LoggingFilter(name = ConfigurationRefusalFilter.NAME)
public final class ConfigurationRefusalFilter implements Filter {

    public static final String NAME = "configuration-refusals";

    @Override
    public boolean isLoggable(LogRecord record) {
        Throwable cause = record.getThrown();
        if (cause == null) {
            return true;
        }
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return !(cause instanceof ConfigurationException);
    }
}
