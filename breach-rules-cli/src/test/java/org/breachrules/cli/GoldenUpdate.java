package org.breachrules.cli;

/**
 * Whether this test run rewrites golden files ({@code -Dgolden.update=true}) instead of comparing them. Refused under
 * {@code CI=true}: a CI run that rewrote its goldens would pass whatever the code does.
 */
public final class GoldenUpdate {
    private GoldenUpdate() {
    }

    /**
     * @throws IllegalStateException when an update is asked for in CI
     */
    public static boolean requested() {
        boolean asked = Boolean.getBoolean("golden.update");
        if (asked && "true".equalsIgnoreCase(System.getenv("CI"))) {
            throw new IllegalStateException("-Dgolden.update=true is refused when CI=true: CI compares goldens and"
                    + " never rewrites them");
        }
        return asked;
    }
}
