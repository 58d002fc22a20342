package org.peaceops.cadre.training.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import org.peaceops.cadre.platform.RecordNotFoundException;
import org.peaceops.cadre.platform.TooManyRequestsException;
import org.peaceops.cadre.platform.security.ClientAddress;
import org.peaceops.cadre.platform.web.LocalFormats;
import org.peaceops.cadre.training.CertificateService;
import org.peaceops.cadre.training.VerificationThrottle;

/**
 * The public page that checks a certificate's code, opened from its QR code
 * or typed by an employer or a mission: valid or revoked, with the course,
 * centre, date and holder's name. A stateless page behind a plain GET form,
 * counted against the same per-address allowance as the API.
 */
@Named
@RequestScoped
public class CertificateCheckView {

    /** What the page shows for the code asked about. */
    public enum Outcome { NONE, VALID, REVOKED, UNKNOWN, TOO_MANY }

    @Inject
    CertificateService certificates;

    @Inject
    VerificationThrottle throttle;

    @Inject
    ClientAddress clientAddress;

    private String code;
    private Outcome outcome = Outcome.NONE;
    private CertificateService.Verification found;

    /** Checks the code of the request, if there is one. */
    public void check() {
        code = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("code");
        if (code == null || code.isBlank()) {
            return;
        }
        try {
            throttle.count(clientAddress.of((HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext()
                    .getRequest()));
            found = certificates.verify(code);
            outcome = found.valid() ? Outcome.VALID : Outcome.REVOKED;
        } catch (RecordNotFoundException unknown) {
            outcome = Outcome.UNKNOWN;
        } catch (TooManyRequestsException tooMany) {
            outcome = Outcome.TOO_MANY;
        }
    }

    public String date(LocalDate date) {
        return date == null ? "" : LocalFormats.date(date);
    }

    public String getCode() {
        return code;
    }

    public Outcome getOutcome() {
        return outcome;
    }

    public CertificateService.Verification getFound() {
        return found;
    }
}
