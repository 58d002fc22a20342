/**
 * Training centres: the peacekeeping training institutions (national centres,
 * regional centres of excellence) that run courses and own their data. A centre
 * sits in a country and a time zone, in which its timetables are shown, and
 * usually belongs to one of IAPTC's regional associations. Rooms belong to a
 * centre; their capacity bounds the seats of the sessions held in them. A
 * centre's working day (hours and breaks, kept by its staff) bounds the
 * timetables laid out from a curriculum.
 * Tenancy rule owned here: staff see and change only their own centre's rooms.
 */
package org.peaceops.cadre.centre;
