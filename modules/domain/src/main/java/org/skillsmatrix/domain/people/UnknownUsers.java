package org.skillsmatrix.domain.people;

/** What signing in does with an account that no person is linked to and whose e-mail no person has. */
public enum UnknownUsers {
    /** Add an active person for the account, with the roles the account holds. */
    CREATE,
    /** Refuse the sign-in: people are added by HR (or an import) before they can sign in. */
    REFUSE
}
