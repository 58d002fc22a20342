/**
 * Cadre: joint-training management for peace operations. Training centres keep
 * their curricula aligned with the UN Integrated Training Service standards,
 * schedule courses, prepare troop-contributing countries' cohorts for
 * deployment and share what they teach. Each sub-package is one feature slice;
 * {@code platform} holds only what is truly cross-cutting.
 */
package org.peaceops.cadre;
