/** The training API: roll calls and attendance. */
package org.peaceops.cadre.training.rest;
