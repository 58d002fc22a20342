/**
 * Training centres and rooms over REST.
 */
package org.peaceops.cadre.centre.rest;
