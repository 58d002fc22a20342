package org.peaceops.cadre.platform.web;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Marks the session cookie Secure when the setting {@code cadre.cookies.secure}
 * says so. Behind a reverse proxy that ends TLS, Cadre receives plain HTTP and
 * cannot tell that browsers reach it over HTTPS: the installation says so.
 * Otherwise the server marks the cookie Secure only on requests that reached it
 * over TLS itself, so that plain http://localhost keeps working in development.
 */
@WebListener
public class SessionCookieSettings implements ServletContextListener {

    static final String SECURE = "cadre.cookies.secure";

    @Override
    public void contextInitialized(ServletContextEvent event) {
        if (ConfigProvider.getConfig().getOptionalValue(SECURE, Boolean.class).orElse(false)) {
            event.getServletContext().getSessionCookieConfig().setSecure(true);
        }
    }
}
