package org.peaceops.cadre.platform.web;

import jakarta.faces.application.Resource;
import jakarta.faces.application.ResourceHandler;
import jakarta.faces.application.ResourceHandlerWrapper;
import jakarta.faces.application.ResourceWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletResponse;
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

    @Override
    public void handleResourceRequest(FacesContext context) throws IOException {
        Map<String, String> parameters = context.getExternalContext().getRequestParameterMap();
        if (parameters.containsKey("v") || parameters.containsKey(DIGEST)) {
            ((HttpServletResponse) context.getExternalContext().getResponse())
                    .setHeader("Cache-Control", CACHE_FOR_A_YEAR);
        }
        super.handleResourceRequest(context);
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
