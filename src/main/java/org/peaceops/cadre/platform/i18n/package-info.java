/**
 * Message bundles (English and French) and the texts of validation failures
 * in the reader's language.
 */
package org.peaceops.cadre.platform.i18n;
