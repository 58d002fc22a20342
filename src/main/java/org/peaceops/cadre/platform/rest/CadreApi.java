package org.peaceops.cadre.platform.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/** Cadre's REST API under {@code /api}; its OpenAPI document is served at {@code /openapi}. */
@ApplicationPath("/api")
@OpenAPIDefinition(
        info = @Info(title = "Cadre API", version = "1",
                description = "Joint-training management for peace operations. Errors are RFC 9457 problem "
                        + "details; lists take offset, limit, sort and filter parameters."),
        security = @SecurityRequirement(name = "basic"))
@SecurityScheme(securitySchemeName = "basic", type = SecuritySchemeType.HTTP, scheme = "basic")
public class CadreApi extends Application {

    /**
     * Jersey would also describe the API as WADL at {@code /api/application.wadl},
     * to anyone and without sign-in; the OpenAPI document is the description.
     */
    @Override
    public Map<String, Object> getProperties() {
        return Map.of("jersey.config.server.wadl.disableWadl", true);
    }
}
