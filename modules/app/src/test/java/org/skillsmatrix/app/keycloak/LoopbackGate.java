package org.skillsmatrix.app.keycloak;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;

/**
 * A loopback port that passes every connection on to a server's port, and that can be shut and opened again: to
 * those who connect through it, the server goes away (connections refused, open ones closed) and comes back, while
 * the server itself keeps running.
 */
final class LoopbackGate {

    private final int target;
    private final int port;
    private final Set<Socket> sockets = ConcurrentHashMap.newKeySet();
    private volatile @Nullable ServerSocket listening;

    /** An open gate on a free port to the target port. */
    LoopbackGate(int target) {
        this.target = target;
        try {
            var socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
            port = socket.getLocalPort();
            listen(socket);
        } catch (IOException e) {
            throw new UncheckedIOException("No free port", e);
        }
    }

    int port() {
        return port;
    }

    /** Refuses new connections and closes the open ones. */
    synchronized void shut() {
        var socket = listening;
        listening = null;
        if (socket != null) {
            close(socket);
        }
        sockets.forEach(LoopbackGate::close);
        sockets.clear();
    }

    /** Passes connections on again, on the same port. */
    synchronized void open() {
        if (listening != null) {
            return;
        }
        try {
            var socket = new ServerSocket();
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 50);
            listen(socket);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot listen on port " + port + " again", e);
        }
    }

    private void listen(ServerSocket socket) {
        listening = socket;
        Thread.ofVirtual().name("gate-" + port).start(() -> {
            while (!socket.isClosed()) {
                try {
                    pass(socket.accept());
                } catch (IOException closed) {
                    return;
                }
            }
        });
    }

    private void pass(Socket client) {
        Socket server;
        try {
            server = new Socket(InetAddress.getLoopbackAddress(), target);
        } catch (IOException refused) {
            close(client);
            return;
        }
        sockets.add(client);
        sockets.add(server);
        if (listening == null) {
            // shut while this connection was being passed on
            sockets.forEach(LoopbackGate::close);
            return;
        }
        var directions = new AtomicInteger(2);
        Runnable ended = () -> {
            if (directions.decrementAndGet() == 0) {
                close(client);
                close(server);
                sockets.remove(client);
                sockets.remove(server);
            }
        };
        Thread.ofVirtual().start(() -> copy(client, server, ended));
        Thread.ofVirtual().start(() -> copy(server, client, ended));
    }

    /** Copies one direction until its end finishes sending, which the other end is then told; on a failure, closes both. */
    private static void copy(Socket from, Socket to, Runnable ended) {
        try {
            from.getInputStream().transferTo(to.getOutputStream());
            to.shutdownOutput();
        } catch (IOException gone) {
            close(from);
            close(to);
        } finally {
            ended.run();
        }
    }

    private static void close(java.io.Closeable closeable) {
        try {
            closeable.close();
        } catch (IOException ignored) {
            // closing is all that is left to do
        }
    }
}
