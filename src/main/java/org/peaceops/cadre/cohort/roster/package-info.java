/**
 * Reading a contingent roster: the spreadsheet (CSV or Excel .xlsx) in which a
 * troop- or police-contributing country lists the people it sends to a
 * centre, one person a row. This package only reads and checks a roster, and
 * writes the blank template and the problem report; it needs no server and
 * no database. It owns the roster's column layout in English and French, the
 * words accepted for categories, rank bands, genders and cohort roles in both
 * languages, and the rules a row must keep before the cohort takes the person
 * on: required columns filled, a known country and known languages, a
 * plausible date of birth, and no person listed twice (same nationality and
 * service number). Every problem is reported with the spreadsheet row the
 * user sees, so that a country can correct its file in one pass.
 */
package org.peaceops.cadre.cohort.roster;
