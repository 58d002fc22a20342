package org.peaceops.cadre.platform.web;

import jakarta.faces.application.ResourceHandler;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.io.PrintWriter;

/**
 * The headers that tell browsers how far to trust an answer, on every answer:
 * pages, API, files and error pages. Nothing may be sniffed into another type,
 * framed by another site, or told where the person came from; pages and API
 * answers are never stored by browsers or proxies (they hold one person's
 * data), files are left to be cached.
 * <p>
 * The Content-Security-Policy is PrimeFaces' own on pages: in its CSP mode it
 * adds the policy of {@code primefaces.CSP_POLICY} (web.xml) with a fresh nonce
 * that its scripts carry. Every other answer gets the same policy here, without
 * a nonce. This filter therefore adds its policy only once the answer's body
 * begins and no page has set one, and never to an answer that is handed to an
 * error page: two policies would both apply, and the nonce-less one would
 * block the page's scripts.
 */
@WebFilter(filterName = "SecurityHeadersFilter", urlPatterns = "/*",
        dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.ERROR})
public class SecurityHeadersFilter extends HttpFilter {

    static final String POLICY_PARAMETER = "primefaces.CSP_POLICY";
    private static final String POLICY = "Content-Security-Policy";

    private String policy;

    @Override
    public void init() throws ServletException {
        policy = getServletContext().getInitParameter(POLICY_PARAMETER);
        if (policy == null || policy.isBlank()) {
            throw new ServletException("web.xml must set " + POLICY_PARAMETER);
        }
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY"); // frame-ancestors for browsers that predate it
        response.setHeader("Referrer-Policy", "same-origin");
        if (!isFile(request)) {
            response.setHeader("Cache-Control", "no-store");
        }
        PolicyOnBody answer = new PolicyOnBody(response, policy);
        chain.doFilter(request, answer);
        if (!response.isCommitted()) {
            answer.settle(); // an answer without a body, or one still in the buffer
        }
    }

    /** Faces resources (style sheets, scripts, fonts, images): versioned, and cached by browsers. */
    private static boolean isFile(HttpServletRequest request) {
        return request.getServletPath().startsWith(ResourceHandler.RESOURCE_IDENTIFIER + "/");
    }

    /** Sets the policy as the body begins, unless someone set one already or an error page will answer. */
    private static final class PolicyOnBody extends HttpServletResponseWrapper {

        private final String policy;
        private boolean settled;

        PolicyOnBody(HttpServletResponse response, String policy) {
            super(response);
            this.policy = policy;
        }

        void settle() {
            if (!settled) {
                settled = true;
                if (!containsHeader(POLICY)) {
                    setHeader(POLICY, policy);
                }
            }
        }

        @Override
        public ServletOutputStream getOutputStream() throws IOException {
            settle();
            return super.getOutputStream();
        }

        @Override
        public PrintWriter getWriter() throws IOException {
            settle();
            return super.getWriter();
        }

        @Override
        public void flushBuffer() throws IOException {
            settle();
            super.flushBuffer();
        }

        @Override
        public void sendError(int status) throws IOException {
            settled = true; // the error page, a page of its own, sets the policy
            super.sendError(status);
        }

        @Override
        public void sendError(int status, String message) throws IOException {
            settled = true;
            super.sendError(status, message);
        }
    }
}
