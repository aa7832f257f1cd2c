package org.breachrules.api;

import org.jspecify.annotations.Nullable;

/** (1.2) The reporter's contact person, for the HHS portal and letters; never echoed in an error. */
public record Contact(@Nullable String name, @Nullable String title, @Nullable String phone, @Nullable String email) {
}
