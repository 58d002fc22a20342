/**
 * Reference data that comes from standards rather than from users: countries
 * (ISO 3166-1 alpha-2, the troop- and police-contributing countries and the
 * hosts of missions), languages (ISO 639-1, with the six UN official languages
 * marked) and time zones (IANA). Names are given in the reader's language.
 */
package org.peaceops.cadre.reference;
