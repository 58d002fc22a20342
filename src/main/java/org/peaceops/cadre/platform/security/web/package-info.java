/**
 * The sign-in page and the accounts screen.
 */
package org.peaceops.cadre.platform.security.web;
