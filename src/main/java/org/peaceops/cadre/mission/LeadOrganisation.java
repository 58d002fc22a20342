package org.peaceops.cadre.mission;

/** Who leads a peace operation; hybrid operations have a lead of their own. */
public enum LeadOrganisation {
    UN, UN_AU, AU, EU, ECOWAS, NATO, COALITION, OTHER
}
