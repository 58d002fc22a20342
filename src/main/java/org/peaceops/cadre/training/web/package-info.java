/** The training screens: the roll call of a session. */
package org.peaceops.cadre.training.web;
