package dev.camelpardot.app.deadletter;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

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
 * and sends each to a slot of its business unit, with its attempts counted afresh. A letter the intake would refuse
 * again stays (it would only come back, counted as dead-lettered twice). A replayed message carries
 * {@link ActivityHeaders#REPLAYS}: GET /dlq shows it, and it tells a replay that failed again from a first failure.
 */
@Singleton
public class DeadLetters {

    /** Properties that say where a record came from; they travel back with a replayed message. */
    private static final List<String> KEPT = List.of(ActivityHeaders.SOURCE, ActivityHeaders.ORIGIN,
            ActivityHeaders.LINE, ActivityHeaders.RECEIVED_AT, ActivityHeaders.BUSINESS_UNIT);

    /** Letters moved per transaction. */
    private static final int MOVE_BATCH = 100;
    private static final long RECEIVE_MILLIS = 2_000;

    private final ConnectionFactory connectionFactory;
    private final ReplayCheck check;

    public DeadLetters(ConnectionFactory connectionFactory, ReplayCheck check) {
        this.connectionFactory = connectionFactory;
        this.check = check;
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
     * Moves dead letters back to the intake queue (one, by JMS message id; those of one file or client, by origin; or
     * the oldest {@code limit}), each after {@link ReplayCheck} found the intake would take it; the others stay, and
     * the answer says why. Moves happen in transactions: a replayed message is on one queue or the other, never lost.
     */
    public ReplayResult replay(String messageId, String origin, int limit) throws JMSException {
        ReplayResult result = new ReplayResult();
        try (JMSContext context = connectionFactory.createContext(JMSContext.SESSION_TRANSACTED)) {
            jakarta.jms.Queue deadLetters = context.createQueue(Queues.DEAD_LETTERS);
            QueueBrowser browser = context.createBrowser(deadLetters, selector(messageId, origin));
            Map<String, String> batch = new LinkedHashMap<>();
            Enumeration<?> messages = browser.getEnumeration();
            int examined = 0;
            while (messages.hasMoreElements() && examined < limit) {
                Message dead = (Message) messages.nextElement();
                examined++;
                ReplayCheck.Verdict verdict = check.check(dead);
                if (verdict.isRefused() || dead.getJMSMessageID() == null) {
                    result.refused(describe(dead), verdict.isRefused() ? verdict.refusal()
                            : "the message has no JMS message id, so it cannot be taken out on its own");
                } else {
                    batch.put(dead.getJMSMessageID(), verdict.body());
                    if (batch.size() == MOVE_BATCH) {
                        result.moved(move(context, deadLetters, batch));
                    }
                }
            }
            browser.close();
            result.moved(move(context, deadLetters, batch));
        }
        return result;
    }

    /** Takes the given letters off the dead-letter queue and puts their replay bodies on the intake, in one commit. */
    private static int move(JMSContext context, jakarta.jms.Queue deadLetters, Map<String, String> batch)
            throws JMSException {
        if (batch.isEmpty()) {
            return 0;
        }
        String selector = batch.keySet().stream().map(DeadLetters::literal)
                .collect(Collectors.joining(",", "JMSMessageID IN (", ")"));
        int moved = 0;
        try (JMSConsumer consumer = context.createConsumer(deadLetters, selector)) {
            JMSProducer producer = context.createProducer();
            jakarta.jms.Queue intake = context.createQueue(Queues.ACTIVITIES);
            // a letter another replay took meanwhile is simply not there: the receive times out
            for (int i = 0; i < batch.size(); i++) {
                Message dead = consumer.receive(RECEIVE_MILLIS);
                if (dead == null) {
                    break;
                }
                producer.send(intake, copyForReplay(context, dead, batch.get(dead.getJMSMessageID())));
                moved++;
            }
        }
        context.commit();
        batch.clear();
        return moved;
    }

    private static TextMessage copyForReplay(JMSContext context, Message dead, String body) throws JMSException {
        TextMessage copy = context.createTextMessage(body);
        for (String name : KEPT) {
            Object value = dead.getObjectProperty(name);
            if (value != null) {
                copy.setObjectProperty(name, value);
            }
        }
        int replays = dead.propertyExists(ActivityHeaders.REPLAYS) ? dead.getIntProperty(ActivityHeaders.REPLAYS) : 0;
        copy.setIntProperty(ActivityHeaders.REPLAYS, replays + 1);
        return copy;
    }

    private static String selector(String messageId, String origin) {
        List<String> conditions = new ArrayList<>();
        if (messageId != null) {
            conditions.add("JMSMessageID = " + literal(messageId));
        }
        if (origin != null) {
            conditions.add(ActivityHeaders.ORIGIN + " = " + literal(origin));
        }
        return conditions.isEmpty() ? null : String.join(" AND ", conditions);
    }

    private static String literal(String text) {
        return "'" + text.replace("'", "''") + "'";
    }

    static ObjectNode describe(Message message) throws JMSException {
        ObjectNode entry = Json.MAPPER.createObjectNode();
        entry.put("id", message.getJMSMessageID());
        for (Object name : Collections.list(message.getPropertyNames())) {
            String property = name.toString();
            // PardotAttempts is the retry counter of a put-back copy: PardotDlqDeliveries says it finally, and both
            // would be listed as "attempts", which is PardotDlqAttempts (HTTP requests of the last delivery)
            if (property.startsWith("Pardot") && !property.equals(ActivityHeaders.ATTEMPTS)) {
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
