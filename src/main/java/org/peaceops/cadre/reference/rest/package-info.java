/**
 * Reference data over REST (countries, languages, time zones), named in the
 * caller's language.
 */
package org.peaceops.cadre.reference.rest;
