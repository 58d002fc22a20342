/**
 * What every screen shares: the language switch, lazy tables paged by the
 * services, and errors shown beside the field they concern; and what every
 * answer shares: the headers that tell browsers how far to trust it, and the
 * flags of the session cookie.
 */
package org.peaceops.cadre.platform.web;
