package org.peaceops.cadre.platform.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.util.Collections;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Tells, when switched on, how many bytes the caller's session takes once
 * serialized — what a cluster replicates on every change. The answer carries it
 * in the header {@value #HEADER}, measured as the session stood when the request
 * arrived. Off by default: measuring serializes the session once more. The
 * session-size regression test and the benchmark switch it on.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class SessionSizeProbe extends HttpFilter {

    private static final long serialVersionUID = 1L;
    static final String HEADER = "X-Cadre-Session-Bytes";

    @Inject
    @ConfigProperty(name = "cadre.diagnostics.session-size", defaultValue = "false")
    boolean enabled;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (enabled) {
            HttpSession session = request.getSession(false);
            if (session != null) {
                response.setHeader(HEADER, Long.toString(serializedSize(session)));
                response.setHeader(HEADER + "-Detail", detail(session));
            }
        }
        chain.doFilter(request, response);
    }

    static long serializedSize(HttpSession session) throws IOException {
        Counter counter = new Counter();
        try (ObjectOutputStream out = new ObjectOutputStream(counter)) {
            for (String name : Collections.list(session.getAttributeNames())) {
                out.writeObject(name);
                out.writeObject(session.getAttribute(name));
            }
        }
        return counter.bytes;
    }

    /** Each attribute with its own serialized size, largest first. */
    static String detail(HttpSession session) throws IOException {
        java.util.List<String> parts = new java.util.ArrayList<>();
        for (String name : Collections.list(session.getAttributeNames())) {
            Counter counter = new Counter();
            try (ObjectOutputStream out = new ObjectOutputStream(counter)) {
                out.writeObject(session.getAttribute(name));
            }
            parts.add(counter.bytes + "=" + name);
        }
        parts.sort(java.util.Comparator.comparingLong((String part) -> Long.parseLong(part.split("=")[0])).reversed());
        return String.join("; ", parts);
    }

    /** Counts what is written and keeps nothing. */
    private static final class Counter extends OutputStream {
        long bytes;

        @Override
        public void write(int b) {
            bytes++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            bytes += len;
        }
    }
}
