package dev.camelpardot.api;

import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;

/** Sorts the exceptions of a request that got no response, because they differ in whether a retry is safe. */
public enum FailureKind {

    /** The request never reached the server (refused, unreachable, connect timeout): always safe to retry. */
    NOT_SENT,
    /** The request was sent and no answer came in time: it may have been processed. */
    TIMED_OUT,
    /** The connection broke after the request may have been sent: it may have been processed. */
    CONNECTION_LOST,
    /** Anything else (a bug, a closed transport): never retried. */
    OTHER;

    public static FailureKind classify(Throwable failure) {
        Throwable t = Futures.unwrap(failure);
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof HttpConnectTimeoutException || c instanceof ConnectException
                || c instanceof UnresolvedAddressException || c instanceof UnknownHostException
                || c instanceof NoRouteToHostException) {
                return NOT_SENT;
            }
        }
        if (t instanceof HttpTimeoutException) {
            return TIMED_OUT;
        }
        if (t instanceof IOException) {
            return CONNECTION_LOST;
        }
        return OTHER;
    }
}
