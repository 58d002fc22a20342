/**
 * The audit trail: who changed what, for which centre, and when (UTC), and
 * every access that was refused. Entries are only ever added.
 */
package org.peaceops.cadre.platform.audit;
