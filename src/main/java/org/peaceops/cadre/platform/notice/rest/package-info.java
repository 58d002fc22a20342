/**
 * A person's own notices over REST: list, count unread, mark read.
 */
package org.peaceops.cadre.platform.notice.rest;
