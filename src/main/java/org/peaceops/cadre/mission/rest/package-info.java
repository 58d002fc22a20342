/**
 * Peace operations over REST: read by everyone signed in, kept by
 * administrators.
 */
package org.peaceops.cadre.mission.rest;
