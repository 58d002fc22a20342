/**
 * The screens of training centres, their rooms and their working day.
 */
package org.peaceops.cadre.centre.web;
