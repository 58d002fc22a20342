/**
 * The database underneath every slice: the base entity (id, optimistic
 * version), data source and Flyway migration at start-up, the database health
 * check, and paged queries whose sort and filter fields each list names.
 */
package org.peaceops.cadre.platform.persistence;
