/**
 * The people screen: who is in the centre and their profiles.
 */
package org.peaceops.cadre.people.web;
