/**
 * The peace operations screen, for administrators.
 */
package org.peaceops.cadre.mission.web;
