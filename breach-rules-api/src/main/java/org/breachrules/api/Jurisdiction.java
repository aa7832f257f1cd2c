package org.breachrules.api;

/**
 * A "State" as 45 CFR 160.103 defines it: the 50 states, the District of Columbia, Puerto Rico, the Virgin Islands,
 * Guam, American Samoa and the Northern Mariana Islands. Media notice (45 CFR 164.406) is counted per jurisdiction.
 */
public enum Jurisdiction {
    AL("Alabama"), AK("Alaska"), AZ("Arizona"), AR("Arkansas"), CA("California"), CO("Colorado"),
    CT("Connecticut"), DE("Delaware"), FL("Florida"), GA("Georgia"), HI("Hawaii"), ID("Idaho"), IL("Illinois"),
    IN("Indiana"), IA("Iowa"), KS("Kansas"), KY("Kentucky"), LA("Louisiana"), ME("Maine"), MD("Maryland"),
    MA("Massachusetts"), MI("Michigan"), MN("Minnesota"), MS("Mississippi"), MO("Missouri"), MT("Montana"),
    NE("Nebraska"), NV("Nevada"), NH("New Hampshire"), NJ("New Jersey"), NM("New Mexico"), NY("New York"),
    NC("North Carolina"), ND("North Dakota"), OH("Ohio"), OK("Oklahoma"), OR("Oregon"), PA("Pennsylvania"),
    RI("Rhode Island"), SC("South Carolina"), SD("South Dakota"), TN("Tennessee"), TX("Texas"), UT("Utah"),
    VT("Vermont"), VA("Virginia"), WA("Washington"), WV("West Virginia"), WI("Wisconsin"), WY("Wyoming"),
    DC("District of Columbia"), PR("Puerto Rico"), VI("U.S. Virgin Islands"), GU("Guam"), AS("American Samoa"),
    MP("Northern Mariana Islands");

    private final String displayName;

    Jurisdiction(String displayName) {
        this.displayName = displayName;
    }

    /** The jurisdiction's English name, e.g. {@code "Puerto Rico"}. */
    public String displayName() {
        return displayName;
    }
}
