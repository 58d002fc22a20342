package org.peaceops.cadre.training.rest;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.peaceops.cadre.platform.security.ClientAddress;
import org.peaceops.cadre.training.CertificateService;
import org.peaceops.cadre.training.VerificationThrottle;

/** Anyone, signed in or not, checks a certificate by its code; so many lookups a minute per address. */
@Path("verify/{code}")
@Tag(name = "Certificates")
@Produces(MediaType.APPLICATION_JSON)
public class VerificationResource {

    @Inject
    CertificateService certificates;

    @Inject
    VerificationThrottle throttle;

    @Inject
    ClientAddress clientAddress;

    @Context
    HttpServletRequest request;

    @GET
    @Operation(operationId = "verifyCertificate", summary = "Whether the certificate with this code is valid or "
            + "revoked, with its course, centre, date and holder's name, and nothing more; no sign-in; an unknown "
            + "code is 404; more than the allowed lookups a minute from one address are 429")
    public VerificationDto verify(@PathParam("code") String code) {
        throttle.count(clientAddress.of(request));
        CertificateService.Verification v = certificates.verify(code);
        return new VerificationDto(v.valid() ? "VALID" : "REVOKED", v.holderName(), v.courseTitle(), v.courseCode(),
                v.centreName(), v.completedOn(), v.revokedOn());
    }

    /** What the verification endpoint tells anyone. */
    public record VerificationDto(String status, String holderName, String courseTitle, String courseCode,
                                  String centreName, LocalDate completedOn, LocalDate revokedOn) {
    }

    /**
     * The public page that checks {@code code}: under the installation's
     * public address when one is set, else beside the API the request came to.
     */
    static URI address(Optional<String> publicUrl, UriInfo uriInfo, String code) {
        String base = publicUrl.map(url -> url.endsWith("/") ? url : url + "/")
                .orElseGet(() -> uriInfo.getBaseUri().resolve("..").toString());
        return URI.create(base + "verify.xhtml?code=" + URLEncoder.encode(code, StandardCharsets.UTF_8));
    }
}
