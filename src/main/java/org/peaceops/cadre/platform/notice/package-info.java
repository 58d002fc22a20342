/**
 * Notices: short messages Cadre leaves for a person (an offering cancelled, a
 * place offered). Any slice sends one through NoticeService.send in its own
 * transaction; the recipient reads them in the language chosen when reading.
 */
package org.peaceops.cadre.platform.notice;
