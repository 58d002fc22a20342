package org.peaceops.cadre.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The address a request comes from, as sign-in throttling counts it. Behind a
 * reverse proxy every request comes from the proxy, so when
 * {@code cadre.trust-forwarded-for} is on, the last address of
 * {@code X-Forwarded-For} — the one the proxy itself appended — counts instead.
 * Off by default: without a proxy that header is whatever the client wrote.
 */
@ApplicationScoped
public class ClientAddress {

    static final int MAX_LENGTH = 64;

    @Inject
    @ConfigProperty(name = "cadre.trust-forwarded-for", defaultValue = "false")
    boolean trustForwardedFor;

    public String of(HttpServletRequest request) {
        String address = request.getRemoteAddr();
        String forwarded = request.getHeader("X-Forwarded-For");
        if (trustForwardedFor && forwarded != null && !forwarded.isBlank()) {
            address = forwarded.substring(forwarded.lastIndexOf(',') + 1).strip();
        }
        return address.length() > MAX_LENGTH ? address.substring(0, MAX_LENGTH) : address;
    }
}
