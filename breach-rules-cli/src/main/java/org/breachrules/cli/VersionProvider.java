package org.breachrules.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import org.breachrules.drools.DroolsBreachDeterminer;
import picocli.CommandLine.IVersionProvider;

/** {@code --version}: the library's version and the built-in rules' version (a digest of the DRL sources). */
final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() throws IOException {
        Properties p = new Properties();
        try (InputStream in = VersionProvider.class.getResourceAsStream("version.properties")) {
            if (in != null) {
                p.load(in);
            }
        }
        return new String[] {
            "breach-rules " + p.getProperty("version", "unknown"),
            "built-in rules " + DroolsBreachDeterminer.builtIn().rulesVersion(),
            "Java " + System.getProperty("java.version")};
    }
}
