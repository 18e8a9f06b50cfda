package dev.baton.wildfly;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

import java.io.File;

/** The WAR the build made, {@code target/baton.war}, as the tests deploy it: unchanged. */
final class Wars {

    private Wars() {
    }

    static WebArchive baton() {
        File war = new File(System.getProperty("baton.war", "target/baton.war"));
        if (!war.isFile()) {
            throw new IllegalStateException(war + " is missing: run mvn package first");
        }
        return ShrinkWrap.createFromZipFile(WebArchive.class, war);
    }
}
