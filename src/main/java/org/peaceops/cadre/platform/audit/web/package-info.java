/**
 * The audit trail screen.
 */
package org.peaceops.cadre.platform.audit.web;
