package org.skillsmatrix.demo;

/** The fixed people of the demo organisation that the local demo accounts sign in as. */
public final class DemoPeople {

    /** A member of Payments. */
    public static final String EMPLOYEE = "noah.fischer@example.com";
    /** The manager of Payments and Mobile Backend. */
    public static final String MANAGER = "maya.schmidt@example.com";

    public static final String HR = "hannah.ruiz@example.com";
    /** A member of Platform who also administers the catalog. */
    public static final String ADMIN = "adam.novak@example.com";

    private DemoPeople() {}
}
