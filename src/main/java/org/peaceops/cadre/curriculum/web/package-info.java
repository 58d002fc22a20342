/**
 * The curriculum screens: the list, the editor with its mapping onto ITS
 * items, history and comparison, the alignment report, and the ITS frameworks.
 */
package org.peaceops.cadre.curriculum.web;
