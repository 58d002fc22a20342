package org.peaceops.cadre.training.rest;

import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.peaceops.cadre.course.Course;
import org.peaceops.cadre.platform.i18n.Messages;
import org.peaceops.cadre.platform.rest.CallerLanguage;
import org.peaceops.cadre.training.Certificate;
import org.peaceops.cadre.training.CertificateService;
import org.peaceops.cadre.training.certificate.CertificatePdf;

/** Course certificates: the holder's and their centre's staff's; staff revoke them. */
@Path("certificates")
@Tag(name = "Certificates")
@Produces(MediaType.APPLICATION_JSON)
public class CertificateResource {

    @Inject
    CertificateService certificates;

    @Inject
    @ConfigProperty(name = "cadre.public-url")
    java.util.Optional<String> publicUrl;

    @Context
    UriInfo uriInfo;

    @Context
    HttpHeaders headers;

    @GET
    @Operation(operationId = "listCertificates", summary = "A person's certificates (personId=, staff of their "
            + "centre), or without personId the signed-in trainee's own; newest first")
    public List<CertificateDto> list(@QueryParam("personId") Long personId) {
        return (personId == null ? certificates.mine() : certificates.of(personId)).stream()
                .map(CertificateDto::of).toList();
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getCertificate", summary = "One certificate, for its holder or their centre's staff")
    public CertificateDto get(@PathParam("id") long id) {
        return CertificateDto.of(certificates.get(id));
    }

    @GET
    @Path("{id}/pdf")
    @Produces("application/pdf")
    @Operation(operationId = "downloadCertificate", summary = "The certificate as a PDF to print, in English or "
            + "French (lang=, else the caller's language), with its verification code and QR code")
    public Response pdf(@PathParam("id") long id, @QueryParam("lang") String lang) {
        Certificate certificate = certificates.get(id);
        Locale locale = lang == null ? CallerLanguage.of(headers) : Messages.supported(Locale.forLanguageTag(lang));
        byte[] pdf = CertificatePdf.render(certificates.content(id,
                VerificationResource.address(publicUrl, uriInfo, certificate.getCode()), locale));
        return Response.ok(pdf, "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"certificate-" + certificate.getCode() + ".pdf\"")
                .build();
    }

    @POST
    @Path("{id}/revocation")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "revokeCertificate", summary = "Revoke a certificate with the reason (staff); the "
            + "verification page says it is revoked from then on")
    public CertificateDto revoke(@PathParam("id") long id, @NotNull RevocationDto body) {
        return CertificateDto.of(certificates.revoke(id, body.reason()));
    }

    /** A certificate as its holder and staff see it. */
    public record CertificateDto(Long id, String code, Long personId, String holderName, Long courseId,
                                 String courseCode, String courseTitle, Long offeringId, LocalDate issuedOn,
                                 boolean revoked, String revokedReason) {

        static CertificateDto of(Certificate c) {
            Course course = c.getEnrolment().getOffering().getCourse();
            return new CertificateDto(c.getId(), c.getCode(), c.getPerson().getId(), c.getPerson().getDisplayName(),
                    course.getId(), course.getCode(), course.getTitle(), c.getEnrolment().getOffering().getId(),
                    c.getIssuedOn(), c.isRevoked(), c.getRevokedReason());
        }
    }

    /** Why the certificate is revoked. */
    public record RevocationDto(String reason) {
    }
}
