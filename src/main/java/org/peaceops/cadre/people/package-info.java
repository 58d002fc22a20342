/**
 * People in training or teaching and their personnel profiles (category, rank
 * band, languages). Today a person is an account with a profile; the cohort
 * work separates personnel records from sign-in accounts here.
 */
package org.peaceops.cadre.people;
