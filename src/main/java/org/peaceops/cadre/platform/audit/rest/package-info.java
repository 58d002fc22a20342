/**
 * The audit trail over REST, for administrators and a centre's staff (their
 * own centre only).
 */
package org.peaceops.cadre.platform.audit.rest;
