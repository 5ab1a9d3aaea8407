package org.crossing.app.server;

import java.io.IOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.UnknownHostException;
import java.util.Locale;

/**
 * Tries an address and port before a node spends seconds starting its database and compiling its
 * stories, and says which of the two is wrong: a port in use, an address that is not one of this
 * machine's, a host name that does not resolve, a port that needs privileges.
 */
final class ListenCheck {

    private ListenCheck() {}

    /**
     * @param hostOption and {@code portOption}: how the operator sets them, for the message
     *                   (e.g. "--host", "--db-port")
     */
    static void check(String host, int port, String hostOption, String portOption) throws StartupException {
        InetAddress address;
        try {
            address = InetAddress.getByName(host);
        } catch (UnknownHostException e) {
            throw new StartupException("cannot listen on '" + host + "': no such host name (" + hostOption
                    + " takes an address of this machine, such as 127.0.0.1 or 0.0.0.0 for all)");
        }
        try (ServerSocket socket = new ServerSocket()) {
            // As Jetty binds: a port left in TIME_WAIT by a server that just stopped is free.
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(address, port));
        } catch (BindException e) {
            throw new StartupException(describe(e, host, port, hostOption, portOption));
        } catch (IOException e) {
            throw new StartupException("cannot listen on " + host + ":" + port + ": " + e.getMessage());
        }
    }

    /** A bind failure in the operator's words; shared with the server's own start, which can still race. */
    static String describe(BindException e, String host, int port, String hostOption, String portOption) {
        String reason = e.getMessage() == null ? "" : e.getMessage().toLowerCase(Locale.ROOT);
        if (reason.contains("already in use")) {
            return "port " + port + " is in use by another program; choose another with " + portOption
                    + (port == 0 ? "" : ", e.g. " + portOption + " " + (port == 65535 ? port - 1 : port + 1));
        }
        if (reason.contains("assign requested address") || reason.contains("not available")) {
            return "cannot listen on " + host + ": it is not an address of this machine (" + hostOption
                    + " takes one of its addresses, such as 127.0.0.1, or 0.0.0.0 for all)";
        }
        if (reason.contains("permission denied") || reason.contains("access denied")) {
            return "port " + port + " needs administrator rights; choose one above 1023 with " + portOption;
        }
        return "cannot listen on " + host + ":" + port + ": " + e.getMessage();
    }
}
