package org.peaceops.cadre.platform.web;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import org.peaceops.cadre.platform.security.Role;

/**
 * Keeps a person from a page made for another role: the "not allowed" page at
 * once, rather than a page whose every table the services would refuse to fill.
 * The services check again; this only spares people a broken page.
 */
public final class PageAccess {

    private PageAccess() {
    }

    public static void require(Role... anyOf) throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        if (Arrays.stream(anyOf).noneMatch(role -> external.isUserInRole(role.name()))) {
            external.responseSendError(HttpServletResponse.SC_FORBIDDEN, null);
            faces.responseComplete();
        }
    }
}
