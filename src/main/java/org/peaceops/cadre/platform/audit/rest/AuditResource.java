package org.peaceops.cadre.platform.audit.rest;

import org.peaceops.cadre.platform.audit.AuditEntry;
import org.peaceops.cadre.platform.audit.AuditLog;

import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.peaceops.cadre.platform.persistence.Page;
import org.peaceops.cadre.platform.rest.PageParameters;

@Path("audit")
@Tag(name = "Audit trail")
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

    @Inject
    AuditLog auditLog;

    @GET
    @Operation(operationId = "listAuditEntries",
            summary = "The audit trail, newest first (administrators); filter by actor, action, entityType, outcome")
    public Page<AuditEntryDto> list(@BeanParam PageParameters page) {
        return auditLog.page(page.toRequest()).map(AuditEntryDto::of);
    }

    public record AuditEntryDto(Instant occurredAt, String actor, Long centreId, String action, String entityType,
                                String entityId, AuditEntry.Outcome outcome, String detail) {
        static AuditEntryDto of(AuditEntry e) {
            return new AuditEntryDto(e.getOccurredAt(), e.getActor(), e.getCentreId(), e.getAction(),
                    e.getEntityType(), e.getEntityId(), e.getOutcome(), e.getDetail());
        }
    }
}
