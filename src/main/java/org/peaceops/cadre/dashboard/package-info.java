/**
 * The first page each role sees: real counts of what matters to that role,
 * taken from the database in a fixed, small number of queries.
 */
package org.peaceops.cadre.dashboard;
