/**
 * Curricula and the standards they answer to. The UN Integrated Training
 * Service publishes training standards in editions (the Core Pre-Deployment
 * Training Materials, Specialized Training Materials, Reinforcement Training
 * Packages), each a tree of modules, lessons and learning outcomes with
 * recommended durations. Cadre keeps those editions as reference data, carries
 * items forward from one edition to its successor, and exchanges frameworks as
 * 1EdTech CASE 1.0 packages. Centres' curricula are mapped onto them, and the
 * alignment report measures how far a curriculum covers an edition.
 */
package org.peaceops.cadre.curriculum;
