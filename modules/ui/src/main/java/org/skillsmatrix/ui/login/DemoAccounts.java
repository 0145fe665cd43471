package org.skillsmatrix.ui.login;

import java.util.List;

/**
 * The local demo accounts to list on the sign-in page; the application provides it. An empty list (or no
 * such bean at all) means no demo accounts are active, and the page shows no hint.
 */
public interface DemoAccounts {

    List<DemoAccount> accounts();
}
