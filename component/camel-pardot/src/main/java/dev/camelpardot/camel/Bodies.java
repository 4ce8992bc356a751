package dev.camelpardot.camel;

import java.io.InputStream;
import java.util.Arrays;
import java.util.Iterator;

import dev.camelpardot.api.PardotValidationException;
import org.apache.camel.Exchange;
import org.apache.camel.NoTypeConversionAvailableException;
import org.apache.camel.StreamCache;
import org.apache.camel.TypeConversionException;

/**
 * Reads message bodies through Camel's type converters (the component's own are in
 * {@link dev.camelpardot.convert.ModelConverters}): text of any kind becomes a String with Camel's converters,
 * maps and JSON objects become model objects with ours. Collections, arrays and iterators are batches.
 */
final class Bodies {

    private Bodies() {
    }

    /** True for bodies whose elements are submitted one by one. */
    static boolean isBatch(Object body) {
        return body instanceof Iterable<?> || body instanceof Iterator<?> || body instanceof Object[];
    }

    /** An iterator over a batch body's elements; read lazily, so a large or streamed batch is never copied. */
    static Iterator<?> elements(Object body) {
        if (body instanceof Iterable<?> iterable) {
            return iterable.iterator();
        }
        if (body instanceof Iterator<?> iterator) {
            return iterator;
        }
        return Arrays.asList((Object[]) body).iterator();
    }

    /** True for bodies that hold JSON text. */
    static boolean isText(Object body) {
        return body instanceof CharSequence || body instanceof byte[] || body instanceof InputStream
               || body instanceof StreamCache;
    }

    /** Text bodies as a String (streams are read with the exchange's charset; stream caches are reset). */
    static String text(Exchange exchange, Object body) {
        return body instanceof String text ? text
                : exchange.getContext().getTypeConverter().convertTo(String.class, exchange, body);
    }

    /**
     * {@code value} as a {@code type}, through the context's type converters.
     *
     * @throws PardotValidationException naming what could not be read, and why
     */
    static <T> T convert(Exchange exchange, Object value, Class<T> type, String what, String accepted) {
        if (type.isInstance(value)) {
            return type.cast(value);
        }
        try {
            return exchange.getContext().getTypeConverter().mandatoryConvertTo(type, exchange, value);
        } catch (TypeConversionException e) {
            if (e.getCause() instanceof PardotValidationException invalid) {
                throw invalid;
            }
            throw new PardotValidationException("body", "a body of type " + value.getClass().getName() + " cannot be read"
                    + " as " + what + ": " + e.getMessage(), e);
        } catch (NoTypeConversionAvailableException e) {
            throw new PardotValidationException("body", "a body of type " + value.getClass().getName() + " cannot be read"
                    + " as " + what + ": send " + accepted, e);
        }
    }
}
