package org.peaceops.cadre.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import org.peaceops.cadre.platform.rest.Problems;

/**
 * How people and programs sign in. People use the login page (a custom form:
 * {@code LoginView} hands the credentials to this mechanism) and stay signed in
 * through their session; protected pages send them to the login page first.
 * REST clients under {@code /api} send HTTP Basic credentials with every call
 * instead: those calls are stateless (no session is registered for them), and a
 * header verified moments ago is recognised without hashing the password again.
 * A signed-in session is continued before any of this ({@link ContinueSignedInSession}).
 */
@ApplicationScoped
@ContinueSignedInSession
@LoginToContinue(loginPage = "/login.xhtml", errorPage = "", useForwardToLogin = false)
public class CadreAuthenticationMechanism implements HttpAuthenticationMechanism {

    private static final String BASIC = "Basic ";

    @Inject
    AccountService accounts;

    @Inject
    VerifiedCredentials verified;

    @Inject
    ClientAddress clientAddress;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        if (context.getAuthParameters().getCredential() instanceof UsernamePasswordCredential form) {
            return signInToSession(form, request, context);
        }
        String authorization = request.getHeader("Authorization");
        if (isApi(request) && authorization != null && authorization.startsWith(BASIC)) {
            String source = clientAddress.of(request);
            Optional<SignedIn> caller = verified.recall(authorization, source)
                    .or(() -> verifyBasic(authorization, source));
            if (caller.isPresent()) {
                return context.notifyContainerAboutLogin(caller.get().username(), caller.get().roles());
            }
            Problems.writeUnauthorized(request, response);
            return AuthenticationStatus.SEND_FAILURE;
        }
        return context.doNothing();
    }

    /** The login page: on success the container keeps the caller in the session. */
    private AuthenticationStatus signInToSession(UsernamePasswordCredential form, HttpServletRequest request,
                                                 HttpMessageContext context) {
        Optional<SignedIn> caller = signIn(form.getCaller(), form.getPasswordAsString(), clientAddress.of(request));
        if (caller.isEmpty()) {
            return context.notifyContainerAboutLogin(CredentialValidationResult.INVALID_RESULT);
        }
        context.setRegisterSession(caller.get().username(), caller.get().roles());
        request.getSession().setAttribute(SignedIn.SESSION_ATTRIBUTE, caller.get());
        return context.notifyContainerAboutLogin(caller.get().username(), caller.get().roles());
    }

    private Optional<SignedIn> verifyBasic(String authorization, String source) {
        UsernamePasswordCredential credential = basic(authorization);
        Optional<SignedIn> caller = signIn(credential.getCaller(), credential.getPasswordAsString(), source);
        caller.ifPresent(known -> verified.remember(authorization, source, known));
        return caller;
    }

    private Optional<SignedIn> signIn(String username, String password, String source) {
        return accounts.verify(username, password, source).map(SignedIn::of);
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
