/**
 * The notices screen and the unread count in the menu.
 */
package org.peaceops.cadre.platform.notice.web;
