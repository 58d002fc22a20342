package org.peaceops.cadre.testing;

import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What every integration test class shares: the packaged WAR deployed on a
 * Payara Micro of its own (one boot per class, so classes are few and fat),
 * tested from outside over HTTP, with test data made through the API.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
public abstract class CadreIT {

    @Deployment(testable = false)
    public static WebArchive deployment() {
        return Deployments.cadre();
    }

    @ArquillianResource
    protected URL base;

    protected Fixtures fixtures;
    protected Api admin;

    @BeforeEach
    void connect() {
        fixtures = new Fixtures(base);
        admin = fixtures.admin();
    }
}
