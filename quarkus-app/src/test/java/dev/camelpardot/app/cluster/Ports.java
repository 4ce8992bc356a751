package dev.camelpardot.app.cluster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;

/** Free local ports for the processes a test starts. */
public final class Ports {

    private Ports() {
    }

    /** The first of {@code count} consecutive ports that are free now. */
    public static int freeRange(int count) {
        for (int attempt = 0; attempt < 50; attempt++) {
            int first = free();
            boolean allFree = true;
            for (int port = first + 1; port < first + count && allFree; port++) {
                try (ServerSocket socket = new ServerSocket(port)) {
                    socket.getLocalPort();
                } catch (IOException taken) {
                    allFree = false;
                }
            }
            if (allFree && first + count <= 65535) {
                return first;
            }
        }
        throw new IllegalStateException("no " + count + " consecutive free ports");
    }

    public static int free() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
