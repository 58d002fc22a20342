/**
 * Accounts over REST: administrators open and change them, everyone reads
 * their own.
 */
package org.peaceops.cadre.platform.security.rest;
