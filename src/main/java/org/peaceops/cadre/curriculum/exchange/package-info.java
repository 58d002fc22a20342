/**
 * Exchange of competency frameworks as 1EdTech CASE 1.0 packages (CFPackage
 * JSON), the form in which training standards travel between Cadre, the UN
 * Integrated Training Service and other standards tools such as OpenSALT. This
 * package only reads, checks and writes packages; it needs no server and no
 * database, so the import and export services decide what a package means for
 * Cadre's own editions. It owns the rules a package must keep before Cadre
 * trusts it: every node has a unique UUID, every association starts at an item
 * of the package, the isChildOf hierarchy stays inside the package and has no
 * cycle, and siblings are ordered by sequence number, list enumeration and code.
 */
package org.peaceops.cadre.curriculum.exchange;
