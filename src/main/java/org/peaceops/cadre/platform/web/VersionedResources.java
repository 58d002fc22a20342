package org.peaceops.cadre.platform.web;

import jakarta.faces.application.Resource;
import jakarta.faces.application.ResourceHandler;
import jakarta.faces.application.ResourceHandlerWrapper;
import jakarta.faces.application.ResourceWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Lets browsers keep stylesheets, scripts and images for a year. Every
 * resource URL carries a version: PrimeFaces' own carry its release, and
 * Cadre's own (library {@value #LIBRARY}) get a digest of their content, so a
 * changed file gets a new URL and nobody keeps an old copy. A request for a
 * versioned URL is answered as immutable.
 */
public class VersionedResources extends ResourceHandlerWrapper {

    static final String LIBRARY = "cadre";
    /** Faces reads "v" as a library version, so Cadre's digests travel under another name. */
    static final String DIGEST = "rv";
    static final String CACHE_CONTROL = "Cache-Control";
    static final String CACHE_FOR_A_YEAR = "public, max-age=31536000, immutable";

    private final Map<String, String> digests = new ConcurrentHashMap<>();

    public VersionedResources(ResourceHandler wrapped) {
        super(wrapped);
    }

    @Override
    public Resource createResource(String resourceName, String libraryName) {
        Resource resource = super.createResource(resourceName, libraryName);
        if (resource == null || !LIBRARY.equals(libraryName)) {
            return resource;
        }
        String digest = digests.computeIfAbsent(resourceName, name -> digestOf(resource));
        return new ResourceWrapper(resource) {
            @Override
            public String getRequestPath() {
                return super.getRequestPath() + "&" + DIGEST + "=" + digest;
            }
        };
    }

    /**
     * Answers a versioned URL as cacheable for a year. Faces writes its own
     * shorter Cache-Control while serving the resource, so the response it
     * writes to keeps the year and ignores that one.
     */
    @Override
    public void handleResourceRequest(FacesContext context) throws IOException {
        ExternalContext external = context.getExternalContext();
        Map<String, String> parameters = external.getRequestParameterMap();
        if (!parameters.containsKey("v") && !parameters.containsKey(DIGEST)) {
            super.handleResourceRequest(context);
            return;
        }
        HttpServletResponse response = (HttpServletResponse) external.getResponse();
        response.setHeader(CACHE_CONTROL, CACHE_FOR_A_YEAR);
        external.setResponse(new HttpServletResponseWrapper(response) {
            @Override
            public void setHeader(String name, String value) {
                if (!CACHE_CONTROL.equalsIgnoreCase(name)) {
                    super.setHeader(name, value);
                }
            }

            @Override
            public void addHeader(String name, String value) {
                if (!CACHE_CONTROL.equalsIgnoreCase(name)) {
                    super.addHeader(name, value);
                }
            }
        });
        try {
            super.handleResourceRequest(context);
        } finally {
            external.setResponse(response);
        }
    }

    private static String digestOf(Resource resource) {
        try (InputStream content = resource.getInputStream()) {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            byte[] hash = sha.digest(content.readAllBytes());
            return HexFormat.of().formatHex(hash, 0, 8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", impossible);
        }
    }
}
