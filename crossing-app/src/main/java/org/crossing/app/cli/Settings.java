package org.crossing.app.cli;

import java.net.URI;
import java.net.URISyntaxException;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Settings that come from an option or, when it is not given, from an environment variable: read
 * here rather than by picocli so that a wrong value names where it came from ("CROSSING_PORT must
 * be ...", not "--port" the operator never typed).
 */
final class Settings {

    private Settings() {}

    /** How the operator set {@code option}: the option itself when given, else the variable. */
    static String source(CommandSpec spec, String option, String variable) {
        return spec.commandLine().getParseResult().hasMatchedOption(option) ? option : variable;
    }

    /** A port number from the option's {@code value}, else the variable's, else {@code fallback}. */
    static int port(CommandSpec spec, String value, String option, String variable, int fallback) {
        String where = option;
        if (value == null) {
            value = Surroundings.of(spec).environment().get(variable);
            where = variable;
            if (value == null || value.isBlank()) return fallback;
        }
        try {
            int port = Integer.parseInt(value.strip());
            if (port >= 0 && port <= 65535) return port;
        } catch (NumberFormatException notANumber) {
            // said below
        }
        throw new CommandLine.ParameterException(spec.commandLine(),
                where + " must be a port number from 0 to 65535, not '" + value + "'");
    }

    /** {@code value} when it is an absolute http or https address with a host; a usage error naming its source otherwise. */
    static String webAddress(CommandSpec spec, String value, String option, String variable) {
        String address = value.strip();
        try {
            URI uri = new URI(address);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(java.util.Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null && uri.getQuery() == null
                    && uri.getFragment() == null) {
                return address.endsWith("/") ? address.substring(0, address.length() - 1) : address;
            }
        } catch (URISyntaxException notAnAddress) {
            // said below
        }
        throw new CommandLine.ParameterException(spec.commandLine(), source(spec, option, variable)
                + " must be a web address such as https://crossing.example.org or http://localhost:8080, not '" + value + "'");
    }
}
