/**
 * Personnel profiles over REST.
 */
package org.peaceops.cadre.people.rest;
