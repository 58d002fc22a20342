package org.peaceops.cadre.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.AutoApplySession;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.peaceops.cadre.platform.rest.Problems;

/**
 * How people and programs sign in. People use the login page (a custom form:
 * {@code LoginView} hands the credentials to this mechanism) and stay signed in
 * through their session; protected pages send them to the login page first.
 * REST clients under {@code /api} send HTTP Basic credentials instead.
 */
@ApplicationScoped
@AutoApplySession
@LoginToContinue(loginPage = "/login.xhtml", errorPage = "", useForwardToLogin = false)
public class CadreAuthenticationMechanism implements HttpAuthenticationMechanism {

    private static final String BASIC = "Basic ";

    @Inject
    IdentityStoreHandler identityStoreHandler;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        Credential credential = context.getAuthParameters().getCredential();
        if (credential != null) {
            return context.notifyContainerAboutLogin(identityStoreHandler.validate(credential));
        }
        String authorization = request.getHeader("Authorization");
        if (isApi(request) && authorization != null && authorization.startsWith(BASIC)) {
            CredentialValidationResult result = identityStoreHandler.validate(basic(authorization));
            if (result.getStatus() == CredentialValidationResult.Status.VALID) {
                return context.notifyContainerAboutLogin(result);
            }
            Problems.writeUnauthorized(request, response);
            return AuthenticationStatus.SEND_FAILURE;
        }
        return context.doNothing();
    }

    private static boolean isApi(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }

    /** Malformed Basic credentials become credentials that cannot match any account. */
    private static UsernamePasswordCredential basic(String header) {
        try {
            String decoded = new String(Base64.getDecoder().decode(header.substring(BASIC.length()).strip()),
                    StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            if (colon > 0) {
                return new UsernamePasswordCredential(decoded.substring(0, colon), decoded.substring(colon + 1));
            }
        } catch (IllegalArgumentException malformed) {
            // falls through to an impossible credential
        }
        return new UsernamePasswordCredential("", "");
    }
}
