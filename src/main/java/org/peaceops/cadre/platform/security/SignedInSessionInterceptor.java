package org.peaceops.cadre.platform.security;

import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.security.auth.message.callback.CallerPrincipalCallback;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpSession;
import java.security.Principal;
import javax.security.auth.callback.Callback;

/**
 * Carries out {@link ContinueSignedInSession}. Its priority puts it before the
 * login-to-continue interceptor (platform priority + 220), which would otherwise
 * send a signed-in user on a protected page back to the login page.
 */
@Interceptor
@ContinueSignedInSession
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 200)
public class SignedInSessionInterceptor {

    @AroundInvoke
    public Object continueSession(InvocationContext invocation) throws Exception {
        if (!"validateRequest".equals(invocation.getMethod().getName())
                || !(invocation.getParameters()[2] instanceof HttpMessageContext context)) {
            return invocation.proceed();
        }
        if (context.getAuthParameters().getCredential() != null) {
            return invocation.proceed();
        }
        Principal signedIn = context.getRequest().getUserPrincipal();
        if (signedIn == null) {
            // A session read back from the session store (another instance's, or this one's after a request
            // that came without the session's version cookie) has lost the container's record of the caller.
            HttpSession session = context.getRequest().getSession(false);
            if (session != null && session.getAttribute(SignedIn.SESSION_ATTRIBUTE) instanceof SignedIn known) {
                return context.notifyContainerAboutLogin(known.username(), known.roles());
            }
            return invocation.proceed();
        }
        context.getHandler().handle(new Callback[] {
            new CallerPrincipalCallback(context.getClientSubject(), signedIn)});
        return AuthenticationStatus.SUCCESS;
    }
}
