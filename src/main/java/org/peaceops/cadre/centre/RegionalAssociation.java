package org.peaceops.cadre.centre;

/** IAPTC's regional associations; a centre takes part in at most one. */
public enum RegionalAssociation {
    /** Association of Asia-Pacific Peace Operations Training Centres (2010). */
    AAPTC,
    /** Asociación Latinoamericana de Centros de Entrenamiento para Operaciones de Paz (2007). */
    ALCOPAZ,
    /** African Peace Support Trainers' Association. */
    APSTA,
    /** European Association of Peace Operations Training Centres. */
    EAPTC,
    NONE
}
