/**
 * What every slice leans on and no slice owns: persistence conventions, the
 * database migration at start-up, security (the signed-in user and the tenancy
 * guard), the audit log, REST error mapping, paging and internationalisation.
 */
package org.peaceops.cadre.platform;
