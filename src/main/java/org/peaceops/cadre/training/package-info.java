/**
 * What happens to trainees once a course runs: attendance per session taken
 * by its instructors (and corrected by staff, with a reason), results,
 * completion computed from them, and the certificates that prove it.
 */
package org.peaceops.cadre.training;
