package org.peaceops.cadre.dashboard;

import jakarta.annotation.PostConstruct;
import org.omnifaces.cdi.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.peaceops.cadre.platform.security.CurrentUser;

/** The dashboard page: a greeting, the user's centre and the role's figures. */
@Named
@ViewScoped(saveInViewState = true)
public class DashboardView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    DashboardService dashboards;

    @Inject
    CurrentUser currentUser;

    private List<Tile> tiles;
    private CurrentUser.Caller caller;

    @PostConstruct
    void load() {
        caller = currentUser.caller();
        tiles = dashboards.tiles();
    }

    public List<Tile> getTiles() {
        return tiles;
    }

    public CurrentUser.Caller getCaller() {
        return caller;
    }
}
