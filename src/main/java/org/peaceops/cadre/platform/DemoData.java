package org.peaceops.cadre.platform;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Fictional centres and one account per role, for trying Cadre out. Loaded at
 * start-up when {@code cadre.demo-data} is on (the run command turns it on,
 * tests leave it off), once: a database that already has the first demo
 * centre is left alone.
 */
@Singleton
@Startup
@DependsOn({"DatabaseMigration", "AdminBootstrap", "ReferenceFrameworkLoader"})
public class DemoData {

    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

    @Inject
    @ConfigProperty(name = "cadre.demo-data", defaultValue = "false")
    boolean enabled;

    @Inject
    SystemTasks systemTasks;

    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void load() {
        if (!enabled) {
            return;
        }
        if (systemTasks.loadDemoData()) {
            LOG.info("Demo data loaded: accounts admin, staff, instructor, trainee, assessor (password cadre-demo)");
        } else {
            LOG.info("Demo data already present");
        }
    }
}
