package org.peaceops.cadre.platform.security;

import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On an authentication mechanism: a request whose session was registered at
 * sign-in goes through as that caller, before anything else the mechanism or
 * its other interceptors would do. Unlike the standard {@code @AutoApplySession},
 * it registers no session by itself: the mechanism decides which sign-ins get
 * one (the login page's) and which stay stateless (API calls).
 */
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface ContinueSignedInSession {
}
