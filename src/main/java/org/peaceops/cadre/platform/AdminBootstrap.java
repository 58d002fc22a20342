package org.peaceops.cadre.platform;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The first administrator of a new installation. Someone has to open the first
 * account: when no administrator exists and {@code cadre.admin.initial-password}
 * is set, an account {@code admin} with that password is opened at start-up.
 * The setting is ignored as soon as any administrator exists.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
public class AdminBootstrap {

    private static final Logger LOG = Logger.getLogger(AdminBootstrap.class.getName());

    @Inject
    @ConfigProperty(name = "cadre.admin.initial-password")
    Optional<String> initialPassword;

    @Inject
    SystemTasks systemTasks;

    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void openFirstAdministrator() {
        initialPassword.filter(password -> !password.isBlank()).ifPresent(password -> {
            if (systemTasks.openFirstAdministrator(password)) {
                LOG.info("Opened the first administrator account 'admin'");
            }
        });
    }
}
