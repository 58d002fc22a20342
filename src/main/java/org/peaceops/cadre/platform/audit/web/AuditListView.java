package org.peaceops.cadre.platform.audit.web;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.omnifaces.cdi.ViewScoped;
import org.peaceops.cadre.platform.audit.AuditEntry;
import org.peaceops.cadre.platform.audit.AuditLog;
import org.peaceops.cadre.platform.web.ServiceLazyDataModel;

/** The audit trail page for administrators: read-only, newest first. */
@Named
@ViewScoped(saveInViewState = true)
public class AuditListView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneOffset.UTC);

    @Inject
    AuditLog auditLog;

    private ServiceLazyDataModel<AuditEntry> model;

    @PostConstruct
    void init() {
        model = ServiceLazyDataModel.ofEntities(auditLog::page);
    }

    /** When the entry was written, in UTC to the second: Mojarra's converter cannot apply a pattern to an Instant. */
    public String occurredAt(AuditEntry entry) {
        return UTC.format(entry.getOccurredAt());
    }

    public AuditEntry.Outcome[] getOutcomes() {
        return AuditEntry.Outcome.values();
    }

    public ServiceLazyDataModel<AuditEntry> getModel() {
        return model;
    }
}
