/**
 * What every screen shares: the language switch, lazy tables paged by the
 * services, and errors shown beside the field they concern.
 */
package org.peaceops.cadre.platform.web;
