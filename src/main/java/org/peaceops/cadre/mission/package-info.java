/**
 * Peace operations that contingents train for: UN peacekeeping operations and
 * the partner operations of the AU, the EU, ECOWAS and coalitions that serve
 * beside or after them. Reference data kept by administrators, because
 * mandates open, change and close; cohorts name the mission they deploy to.
 */
package org.peaceops.cadre.mission;
