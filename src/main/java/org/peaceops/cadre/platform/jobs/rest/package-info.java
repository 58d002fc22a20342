/**
 * The REST view of background jobs: their state and progress, for the person
 * who started them.
 */
package org.peaceops.cadre.platform.jobs.rest;
