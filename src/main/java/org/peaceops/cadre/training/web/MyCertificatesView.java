package org.peaceops.cadre.training.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.List;
import org.peaceops.cadre.platform.security.CurrentUser;
import org.peaceops.cadre.platform.security.Role;
import org.peaceops.cadre.platform.web.LocalFormats;
import org.peaceops.cadre.training.Certificate;
import org.peaceops.cadre.training.CertificateService;

/** A trainee's certificates on their own page, each to download as a PDF; read once per request. */
@Named
@RequestScoped
public class MyCertificatesView {

    @Inject
    CertificateService certificates;

    @Inject
    CurrentUser currentUser;

    private List<Certificate> held;

    public List<Certificate> getCertificates() {
        if (held == null) {
            held = currentUser.caller().roles().contains(Role.TRAINEE) ? certificates.mine() : List.of();
        }
        return held;
    }

    /** Where the certificate's PDF is downloaded: the API, with the page's session. */
    public String pdfOf(Certificate certificate) {
        return jakarta.faces.context.FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath()
                + "/api/certificates/" + certificate.getId() + "/pdf";
    }

    public String date(LocalDate date) {
        return LocalFormats.date(date);
    }
}
