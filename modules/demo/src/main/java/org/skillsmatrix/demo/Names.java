package org.skillsmatrix.demo;

import java.util.HashSet;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

/** Made-up, unique person names and e-mail addresses. */
final class Names {

    static final String DOMAIN = "example.com";

    private static final String[] FIRST = {
        "Amelia", "Ben", "Chloe", "Daniel", "Elif", "Felix", "Grace", "Hugo", "Ines", "Jonas", "Kira", "Liam", "Mila",
        "Nils", "Olivia", "Paul", "Quinn", "Rosa", "Sami", "Tara", "Umar", "Vera", "Wei", "Yara", "Zoe", "Aditi",
        "Bruno", "Carmen", "Dmitri", "Eva", "Farah", "Goran", "Hana", "Ivan", "Julia", "Kenji", "Lena", "Marco",
        "Nadia", "Oskar", "Priya", "Rafael", "Sofia", "Tomas", "Ulla", "Viktor", "Wanda", "Xavier", "Yusuf", "Zara"
    };
    private static final String[] LAST = {
        "Andersen",
        "Becker",
        "Costa",
        "Dubois",
        "Eriksen",
        "Fischer",
        "Garcia",
        "Hoffmann",
        "Ivanova",
        "Jensen",
        "Kowalski",
        "Lindqvist",
        "Moreau",
        "Nowak",
        "Okafor",
        "Petrov",
        "Quist",
        "Rossi",
        "Silva",
        "Tanaka",
        "Ueda",
        "Varga",
        "Weber",
        "Yilmaz",
        "Zimmermann",
        "Alvarez",
        "Brown",
        "Chen",
        "Dias",
        "Evans",
        "Fontaine",
        "Gupta",
        "Horvat",
        "Ito",
        "Jovanovic",
        "Kim",
        "Lopez",
        "Meyer",
        "Nielsen",
        "Oliveira"
    };

    private final Random random;
    private final Set<String> emails = new HashSet<>();

    Names(Random random) {
        this.random = random;
    }

    /** Reserves a fixed name, so that generated names never take its e-mail. */
    Identity reserve(String name) {
        var email = emailOf(name, 0);
        emails.add(email);
        return new Identity(name, email);
    }

    Identity next() {
        var name = FIRST[random.nextInt(FIRST.length)] + " " + LAST[random.nextInt(LAST.length)];
        for (int n = 0; ; n++) {
            var email = emailOf(name, n);
            if (emails.add(email)) {
                return new Identity(name, email);
            }
        }
    }

    record Identity(String name, String email) {}

    private static String emailOf(String name, int n) {
        var local = name.toLowerCase(Locale.ROOT).replace(' ', '.');
        return (n == 0 ? local : local + n) + "@" + DOMAIN;
    }
}
