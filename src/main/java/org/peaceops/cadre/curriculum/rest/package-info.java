/**
 * The REST API of curricula, their drafts and published versions, alignment
 * reports and the ITS reference frameworks.
 */
package org.peaceops.cadre.curriculum.rest;
