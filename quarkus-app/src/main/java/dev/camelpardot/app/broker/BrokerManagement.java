package dev.camelpardot.app.broker;

import jakarta.jms.Connection;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.MessageProducer;
import jakarta.jms.Queue;
import jakarta.jms.Session;
import jakarta.jms.TemporaryQueue;

import org.apache.activemq.artemis.api.jms.management.JMSManagementHelper;

/**
 * Requests to the broker's management API, as JMS messages to its management address: the same for the in-process
 * broker and an external one, so the app's queue rules and queue depths need no broker.xml of their own. Needs the
 * {@code manage} permission. Requests are serialised over one connection opened at the first request.
 */
public final class BrokerManagement implements AutoCloseable {

    private static final String MANAGEMENT_ADDRESS = "activemq.management";
    private static final long TIMEOUT_MILLIS = 10_000;

    private final ConnectionFactory connectionFactory;
    private Connection connection;
    private Session session;
    private MessageProducer requests;
    private TemporaryQueue replyQueue;
    private MessageConsumer replies;

    public BrokerManagement(ConnectionFactory connectionFactory) {
        this.connectionFactory = connectionFactory;
    }

    /** Invokes an operation, e.g. {@code invoke("broker", "addAddressSettings", match, json)}; returns its result. */
    public synchronized Object invoke(String resource, String operation, Object... arguments) {
        try {
            Message request = open().createMessage();
            JMSManagementHelper.putOperationInvocation(request, resource, operation, arguments);
            return send(request, operation + " on " + resource);
        } catch (JMSException | RuntimeException e) {
            throw failure(operation + " on " + resource, e);
        }
    }

    /** Reads an attribute, e.g. {@code attribute("queue.pardot.activities", "messageCount")}. */
    public synchronized Object attribute(String resource, String attribute) {
        try {
            Message request = open().createMessage();
            JMSManagementHelper.putAttribute(request, resource, attribute);
            return send(request, attribute + " of " + resource);
        } catch (JMSException | RuntimeException e) {
            throw failure(attribute + " of " + resource, e);
        }
    }

    /** Messages in the queue (delivering and scheduled ones included), or -1 when it cannot be told. */
    public long messageCount(String queue) {
        try {
            Object count = attribute("queue." + queue, "messageCount");
            return count instanceof Number number ? number.longValue() : -1;
        } catch (BrokerManagementException e) {
            return -1;
        }
    }

    private Object send(Message request, String what) throws JMSException {
        request.setJMSReplyTo(replyQueue);
        requests.send(request);
        Message reply = replies.receive(TIMEOUT_MILLIS);
        if (reply == null) {
            throw new BrokerManagementException("the broker did not answer " + what + " within " + TIMEOUT_MILLIS + " ms");
        }
        Object result;
        try {
            result = JMSManagementHelper.getResult(reply);
        } catch (Exception unreadable) {
            throw new BrokerManagementException("the broker's answer to " + what + " cannot be read", unreadable);
        }
        if (!JMSManagementHelper.hasOperationSucceeded(reply)) {
            throw new BrokerManagementException("the broker refused " + what + ": " + result);
        }
        return result;
    }

    private Session open() throws JMSException {
        if (session == null) {
            connection = connectionFactory.createConnection();
            connection.start();
            session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
            Queue management = session.createQueue(MANAGEMENT_ADDRESS);
            requests = session.createProducer(management);
            replyQueue = session.createTemporaryQueue();
            replies = session.createConsumer(replyQueue);
        }
        return session;
    }

    private BrokerManagementException failure(String what, Exception cause) {
        if (cause instanceof BrokerManagementException known) {
            return known;
        }
        // a broken connection is opened again at the next request
        closeQuietly();
        return new BrokerManagementException("the broker management request (" + what + ") failed: " + cause.getMessage(),
                cause);
    }

    @Override
    public synchronized void close() {
        closeQuietly();
    }

    private void closeQuietly() {
        if (connection != null) {
            try {
                connection.close();
            } catch (JMSException ignored) {
                // closing: nothing more to do
            }
        }
        connection = null;
        session = null;
    }

    /** A management request failed or was refused; the message says which and why. */
    public static final class BrokerManagementException extends RuntimeException {

        private static final long serialVersionUID = 1L;

        BrokerManagementException(String message) {
            super(message);
        }

        BrokerManagementException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
