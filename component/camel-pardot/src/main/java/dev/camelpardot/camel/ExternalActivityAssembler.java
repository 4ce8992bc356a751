package dev.camelpardot.camel;

import dev.camelpardot.model.ActivityDates;
import dev.camelpardot.model.ExternalActivity;
import dev.camelpardot.model.ExternalActivityValidator;
import org.apache.camel.Exchange;
import org.apache.camel.Message;

/**
 * Builds the activity to send from a body (or batch element) and fills what it lacks.
 * <p>
 * Precedence, per field: the body's value, then the header ({@code CamelPardotExtension}, {@code CamelPardotType},
 * {@code CamelPardotEmail}, {@code CamelPardotValue}, {@code CamelPardotActivityDate}), then the endpoint option
 * ({@code extension}, {@code type}). The most specific source wins: a body names one event, a header one message,
 * an option every message of the endpoint.
 */
final class ExternalActivityAssembler {

    private final PardotConfiguration configuration;

    ExternalActivityAssembler(PardotConfiguration configuration) {
        this.configuration = configuration;
    }

    /**
     * @param element the body, or one element of a batch body
     * @return a validated activity
     * @throws PardotValidationException when the element cannot be read or the result is incomplete or invalid
     */
    ExternalActivity assemble(Exchange exchange, Object element) {
        return ExternalActivityValidator.validate(fill(exchange, element));
    }

    /**
     * The activity read from the element with the missing fields filled in, not yet validated.
     *
     * @throws PardotValidationException when the element cannot be read as an activity
     */
    ExternalActivity fill(Exchange exchange, Object element) {
        ExternalActivity fromBody = read(exchange, element);
        Message message = exchange.getMessage();
        return ExternalActivity.builder()
                .extension(first(fromBody.extension(), header(message, PardotConstants.EXTENSION), configuration.getExtension()))
                .type(first(fromBody.type(), header(message, PardotConstants.TYPE), configuration.getType()))
                .email(first(fromBody.email(), header(message, PardotConstants.EMAIL)))
                .value(first(fromBody.value(), header(message, PardotConstants.VALUE)))
                .activityDate(fromBody.activityDate() != null
                        ? fromBody.activityDate()
                        : ActivityDates.toOffsetDateTime(message.getHeader(PardotConstants.ACTIVITY_DATE)))
                .build();
    }

    private static ExternalActivity read(Exchange exchange, Object element) {
        if (element instanceof ExternalActivity activity) {
            return activity;
        }
        Object value = Bodies.isText(element) ? Bodies.text(exchange, element) : element;
        if (value == null || value instanceof String text && text.isBlank()) {
            return ExternalActivity.builder().build();
        }
        return Bodies.convert(exchange, value, ExternalActivity.class, "an external activity",
                "an ExternalActivity, a Map, JSON text, or a Collection of those");
    }

    private static String header(Message message, String name) {
        return message.getHeader(name, String.class);
    }

    private static String first(String... candidates) {
        for (String candidate : candidates) {
            if (candidate != null && !candidate.isBlank()) {
                return candidate;
            }
        }
        return null;
    }
}
