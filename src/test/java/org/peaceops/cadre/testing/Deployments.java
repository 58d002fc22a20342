package org.peaceops.cadre.testing;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.peaceops.cadre.testing.support.StatisticsResource;

/**
 * The one archive every integration test deploys: the WAR that the build just
 * packaged, exactly as it ships, plus the test-only support endpoints.
 */
public final class Deployments {

    private Deployments() {
    }

    public static WebArchive cadre() {
        File war = new File(System.getProperty("cadre.war", "target/ROOT.war"));
        return ShrinkWrap.createFromZipFile(WebArchive.class, war)
                .addPackage(StatisticsResource.class.getPackage());
    }
}
