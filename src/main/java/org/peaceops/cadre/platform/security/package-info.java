/**
 * Accounts, roles and the tenancy guard (CurrentUser), sign-in by form and by
 * HTTP Basic with throttling, sessions kept small, and the platform's own
 * read-only view of a training centre (CentreReference).
 */
package org.peaceops.cadre.platform.security;
