/**
 * Work too long for a request (framework imports, later bulk enrolment and
 * exports) runs in the background on the server's managed executor; its
 * progress is kept in the database so that any instance can report it and the
 * person who started it can follow it.
 */
package org.peaceops.cadre.platform.jobs;
