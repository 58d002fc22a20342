package org.peaceops.cadre.platform.rest;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CrossSiteRequestFilterTest {

    private static boolean allowed(String method, String... headers) {
        Map<String, String> byName = new HashMap<>();
        byName.put("Host", "cadre.example.org");
        for (int i = 0; i < headers.length; i += 2) {
            byName.put(headers[i], headers[i + 1]);
        }
        return CrossSiteRequestFilter.allowed(method, byName::get);
    }

    @Test
    void readingIsAlwaysAllowed() {
        assertTrue(allowed("GET", "Origin", "https://evil.example", "Sec-Fetch-Site", "cross-site"));
        assertTrue(allowed("HEAD"));
        assertTrue(allowed("OPTIONS", "Sec-Fetch-Site", "cross-site"));
    }

    @Test
    void theBrowsersWordOnWhereARequestComesFromDecides() {
        assertTrue(allowed("POST", "Sec-Fetch-Site", "same-origin"));
        assertTrue(allowed("DELETE", "Sec-Fetch-Site", "none"));
        assertFalse(allowed("POST", "Sec-Fetch-Site", "same-site"));
        assertFalse(allowed("PUT", "Sec-Fetch-Site", "cross-site", "Origin", "https://cadre.example.org"));
        assertFalse(allowed("POST", "Sec-Fetch-Site", "cross-site", "Content-Type", "application/json"));
    }

    @Test
    void basicCredentialsDoNotExcuseACrossSiteRequestSinceBrowsersReplayThem() {
        assertFalse(allowed("POST", "Authorization", "Basic YTpi", "Sec-Fetch-Site", "cross-site"));
        assertFalse(allowed("POST", "Authorization", "Basic YTpi", "Origin", "http://evil.example"));
    }

    @Test
    void aBearerTokenIsNeverSentByABrowserOnItsOwn() {
        assertTrue(allowed("POST", "Authorization", "Bearer abc", "Sec-Fetch-Site", "cross-site"));
        assertTrue(allowed("PATCH", "Authorization", "bearer abc", "Origin", "http://evil.example"));
    }

    @Test
    void withoutSecFetchSiteTheOriginMustNameThisHost() {
        assertTrue(allowed("POST", "Origin", "https://cadre.example.org"));
        assertTrue(allowed("POST", "Origin", "http://CADRE.example.org"));
        assertTrue(allowed("POST", "Origin", "https://cadre.example.org:443"));
        assertFalse(allowed("POST", "Origin", "https://cadre.example.org:8443"));
        assertFalse(allowed("POST", "Origin", "https://evil.example"));
        assertFalse(allowed("POST", "Origin", "https://cadre.example.org.evil.example"));
        assertFalse(allowed("POST", "Origin", "null"));
        assertFalse(allowed("POST", "Origin", "not a url"));
    }

    @Test
    void theOriginsPortMustMatchTheHostHeadersPort() {
        Map<String, String> local = Map.of("Host", "localhost:8080", "Origin", "http://localhost:8080");
        assertTrue(CrossSiteRequestFilter.allowed("POST", local::get));
        Map<String, String> otherPort = Map.of("Host", "localhost:8080", "Origin", "http://localhost:3000");
        assertFalse(CrossSiteRequestFilter.allowed("POST", otherPort::get));
    }

    @Test
    void withNeitherHeaderTheRequestMustBeMoreThanAPlainForm() {
        assertFalse(allowed("POST"));
        assertFalse(allowed("POST", "Content-Type", "text/plain"));
        assertFalse(allowed("POST", "Content-Type", "application/x-www-form-urlencoded"));
        assertFalse(allowed("POST", "Content-Type", "multipart/form-data; boundary=x"));
        assertTrue(allowed("POST", "Content-Type", "application/json; charset=UTF-8"));
        assertTrue(allowed("PUT", "Content-Type", "application/merge-patch+json"));
        assertTrue(allowed("POST", "X-Requested-With", "XMLHttpRequest"));
        assertTrue(allowed("POST", "Authorization", "Basic YTpi"));
    }
}
