package org.breachrules.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import org.breachrules.drools.DroolsBreachDeterminer;
import picocli.CommandLine.IVersionProvider;

/** {@code --version}: the library's version and the built-in rules' version (a digest of the DRL sources). */
final class VersionProvider implements IVersionProvider {
    /** The library's version, as the build wrote it ({@code unknown} when run from classes without it). */
    static String libraryVersion() {
        Properties p = new Properties();
        try (InputStream in = VersionProvider.class.getResourceAsStream("version.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            return "unknown";
        }
        return p.getProperty("version", "unknown");
    }

    @Override
    public String[] getVersion() {
        return new String[] {
            "breach-rules " + libraryVersion(),
            "built-in rules " + DroolsBreachDeterminer.builtIn().rulesVersion(),
            "Java " + System.getProperty("java.version")};
    }
}
