package dev.camelpardot.app.deadletter;

import java.util.Collections;
import java.util.Enumeration;
import java.util.List;

import jakarta.inject.Singleton;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.JMSProducer;
import jakarta.jms.Message;
import jakarta.jms.QueueBrowser;
import jakarta.jms.TextMessage;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.camelpardot.app.activity.ActivityHeaders;
import dev.camelpardot.app.activity.Json;
import dev.camelpardot.app.broker.QueueRules;
import dev.camelpardot.app.broker.Queues;

/**
 * Reads the dead-letter queue and puts its messages back for delivery: on the intake queue, which checks them again
 * and sends each to a slot of its business unit, with its attempts counted afresh.
 */
@Singleton
public class DeadLetters {

    /** Properties that say where a record came from; they travel back with a replayed message. */
    private static final List<String> KEPT = List.of(ActivityHeaders.SOURCE, ActivityHeaders.ORIGIN,
            ActivityHeaders.LINE, ActivityHeaders.RECEIVED_AT, ActivityHeaders.BUSINESS_UNIT);

    private final ConnectionFactory connectionFactory;

    public DeadLetters(ConnectionFactory connectionFactory) {
        this.connectionFactory = connectionFactory;
    }

    /** Up to {@code limit} dead letters, oldest first, each with its body and every Pardot* property. */
    public ArrayNode list(int limit) throws JMSException {
        ArrayNode list = Json.MAPPER.createArrayNode();
        try (JMSContext context = connectionFactory.createContext(JMSContext.AUTO_ACKNOWLEDGE)) {
            QueueBrowser browser = context.createBrowser(context.createQueue(Queues.DEAD_LETTERS));
            Enumeration<?> messages = browser.getEnumeration();
            while (messages.hasMoreElements() && list.size() < limit) {
                list.add(describe((Message) messages.nextElement()));
            }
            browser.close();
        }
        return list;
    }

    /**
     * Moves dead letters back to the delivery queue (one, by JMS message id, or up to {@code limit}) in
     * transactions: a replayed message is either on one queue or the other, never lost. Returns the count.
     */
    public int replay(String messageId, int limit) throws JMSException {
        String selector = messageId == null ? null : "JMSMessageID = '" + messageId.replace("'", "''") + "'";
        int replayed = 0;
        try (JMSContext context = connectionFactory.createContext(JMSContext.SESSION_TRANSACTED);
                JMSConsumer consumer = context.createConsumer(context.createQueue(Queues.DEAD_LETTERS), selector)) {
            JMSProducer producer = context.createProducer();
            jakarta.jms.Queue activities = context.createQueue(Queues.ACTIVITIES);
            while (replayed < limit) {
                Message dead = consumer.receive(500);
                if (dead == null) {
                    break;
                }
                producer.send(activities, copyForReplay(context, dead));
                replayed++;
                if (replayed % 100 == 0) {
                    context.commit();
                }
            }
            context.commit();
        }
        return replayed;
    }

    private static TextMessage copyForReplay(JMSContext context, Message dead) throws JMSException {
        TextMessage copy = context.createTextMessage(dead instanceof TextMessage text ? text.getText() : dead.getBody(String.class));
        for (String name : KEPT) {
            Object value = dead.getObjectProperty(name);
            if (value != null) {
                copy.setObjectProperty(name, value);
            }
        }
        return copy;
    }

    private static ObjectNode describe(Message message) throws JMSException {
        ObjectNode entry = Json.MAPPER.createObjectNode();
        entry.put("id", message.getJMSMessageID());
        for (Object name : Collections.list(message.getPropertyNames())) {
            String property = name.toString();
            if (property.startsWith("Pardot")) {
                String key = Character.toLowerCase(property.charAt(6)) + property.substring(7);
                key = key.startsWith("dlq") ? Character.toLowerCase(key.charAt(3)) + key.substring(4) : key;
                Object value = message.getObjectProperty(property);
                if (value instanceof Number number) {
                    entry.put(key, number.longValue());
                } else {
                    entry.put(key, String.valueOf(value));
                }
            }
        }
        if (!entry.has("reason") && message.propertyExists(BROKER_ORIGINAL_QUEUE)) {
            // the broker's own backstop moved it (QueueRules.BROKER_DELIVERIES): the app never reached an outcome
            entry.put("stage", "broker");
            entry.put("reason", "moved here by the broker from " + message.getStringProperty(BROKER_ORIGINAL_QUEUE)
                    + " after " + QueueRules.BROKER_DELIVERIES + " deliveries without an outcome: the app stopped or"
                    + " crashed while delivering it each time; check its log before replaying it");
        }
        entry.put("body", message instanceof TextMessage text ? text.getText() : message.getBody(String.class));
        return entry;
    }

    /** Artemis's property on a message it moved to a dead-letter address: the queue it came from. */
    static final String BROKER_ORIGINAL_QUEUE = "_AMQ_ORIG_QUEUE";
}
