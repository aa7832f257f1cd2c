package org.breachrules.api;

import org.jspecify.annotations.Nullable;

/** (1.2) The reporter's postal address, for the HHS portal and letters; never echoed in an error. */
public record Address(@Nullable String street, @Nullable String city, @Nullable String state, @Nullable String zip) {
}
