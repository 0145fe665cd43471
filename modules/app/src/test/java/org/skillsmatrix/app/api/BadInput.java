package org.skillsmatrix.app.api;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.jspecify.annotations.Nullable;
import org.skillsmatrix.demo.DemoPeople;

/**
 * Bad input drawn from a seeded random source, so that a run can be repeated: the seed is
 * {@value #DEFAULT_SEED} unless the system property {@code skills-matrix.bad-input.seed} names another, and each
 * kind of input draws from a source of its own, so that adding one leaves the others as they were.
 */
final class BadInput {

    static final long DEFAULT_SEED = 20_261_121L;
    static final long SEED = Long.getLong("skills-matrix.bad-input.seed", DEFAULT_SEED);

    /** Field names the API knows, so that generated objects sometimes look almost right. */
    private static final List<String> FIELDS = List.of(
            "skill",
            "level",
            "interest",
            "evidence",
            "name",
            "email",
            "active",
            "roleProfile",
            "members",
            "managers",
            "headcount",
            "category",
            "description",
            "expectations",
            "version",
            "descriptor");

    static final List<String> INJECTIONS = List.of(
            "'; drop table person; --",
            "\" or 1=1 --",
            "1; delete from assessment",
            "' union select email from person --",
            "<script>alert(1)</script>",
            "\"><img src=x onerror=alert(1)>",
            "javascript:alert(1)",
            "${jndi:ldap://example.com/a}",
            "{{7*7}}",
            "../../../../etc/passwd",
            "%00",
            "\u0000",
            "=cmd|' /C calc'!A0",
            "@SUM(1+1)*cmd|' /C calc'!A0");

    private static final List<Object> WRONG_TYPES = List.of(
            List.of(1, 2),
            Map.of("nested", "object"),
            List.of(),
            Map.of(),
            "not-a-number",
            "",
            "3.5e999",
            "NaN",
            -1,
            5,
            Integer.MAX_VALUE,
            Long.MAX_VALUE,
            -999_999_999,
            1.5,
            -0.1,
            1e308,
            true,
            false);

    private static final List<byte[]> INVALID_UTF8 = List.of(
            new byte[] {(byte) 0xFF},
            new byte[] {(byte) 0xC3},
            new byte[] {(byte) 0xE4, 0x41},
            new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
            new byte[] {(byte) 0xF8, (byte) 0x88, (byte) 0x80, (byte) 0x80, (byte) 0x80},
            new byte[] {(byte) 0x80});

    private final Random random;

    private BadInput(Random random) {
        this.random = random;
    }

    /** The source of one kind of input, named for it. */
    static BadInput of(String kind) {
        return new BadInput(new Random(SEED * 31 + kind.hashCode()));
    }

    <T> T oneOf(List<T> choices) {
        return choices.get(random.nextInt(choices.size()));
    }

    <T> T oneOf(T[] choices) {
        return choices[random.nextInt(choices.length)];
    }

    int between(int least, int most) {
        return least + random.nextInt(most - least + 1);
    }

    double fraction(double below) {
        return random.nextDouble() * below;
    }

    /** JSON of any shape, text that only looks like it, or scraps of its punctuation. */
    String json() {
        return switch (random.nextInt(3)) {
            case 0 -> Answer.JSON.writeValueAsString(value(3));
            case 1 -> text(60);
            default -> text(30, "{}[]\":,");
        };
    }

    private @Nullable Object value(int depth) {
        if (depth == 0 || random.nextInt(3) == 0) {
            return switch (random.nextInt(10)) {
                case 0 -> null;
                case 1, 2, 3 -> text(20);
                case 4, 5 -> random.nextInt();
                case 6, 7 -> random.nextDouble() * Math.pow(10, between(-5, 300));
                default -> random.nextBoolean();
            };
        }
        if (random.nextBoolean()) {
            var list = new ArrayList<Object>();
            for (int i = between(0, 4); i > 0; i--) {
                list.add(value(depth - 1));
            }
            return list;
        }
        var object = new LinkedHashMap<String, Object>();
        for (int i = between(0, 5); i > 0; i--) {
            object.put(random.nextBoolean() ? oneOf(FIELDS) : text(8), value(depth - 1));
        }
        return object;
    }

    /**
     * Text of up to the length: mostly printable ASCII, with control characters, letters from everywhere and
     * characters beyond the Basic Multilingual Plane.
     */
    String text(int longest) {
        var text = new StringBuilder();
        for (int i = between(0, longest); i > 0; i--) {
            int kind = random.nextInt(10);
            int codePoint;
            if (kind < 6) {
                codePoint = between(0x20, 0x7E);
            } else if (kind < 7) {
                codePoint = between(0x00, 0x1F);
            } else if (kind < 9) {
                codePoint = between(0xA0, 0xD7FF);
            } else {
                codePoint = between(0x1_0000, 0x1_FFFF);
            }
            text.appendCodePoint(codePoint);
        }
        return text.toString();
    }

    private String text(int longest, String characters) {
        var text = new StringBuilder();
        for (int i = between(0, longest); i > 0; i--) {
            text.append(characters.charAt(random.nextInt(characters.length())));
        }
        return text.toString();
    }

    /** One character repeated thousands to two million times. */
    String huge() {
        return String.valueOf(oneOf(List.of('x', 'é', '\u2603', ' '))).repeat(between(3_000, 2_000_000));
    }

    Object wrongType() {
        return oneOf(WRONG_TYPES);
    }

    /** An injection string, as it is or wrapped in a little noise. */
    String injection() {
        var injection = oneOf(INJECTIONS);
        if (random.nextBoolean()) {
            return injection;
        }
        var noise = text(5, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ");
        return noise + injection + noise;
    }

    /** Two to twelve valid rows of ratings, each at its own minute. */
    List<String> ratingRows() {
        var rows = new ArrayList<String>();
        for (int i = 0, count = between(2, 12); i < count; i++) {
            int level = between(0, 4);
            rows.add(String.format(
                    Locale.ROOT,
                    "%s,PostgreSQL,%d,self,2025-01-0%dT0%d:%02d:00Z,neutral,,",
                    DemoPeople.EMPLOYEE,
                    level,
                    1 + level,
                    level,
                    i));
        }
        return rows;
    }

    /** One to six line endings, used in turn. */
    List<String> lineEndings() {
        var endings = new ArrayList<String>();
        for (int i = between(1, 6); i > 0; i--) {
            endings.add(oneOf(List.of("\r\n", "\n", "\r")));
        }
        return endings;
    }

    byte[] invalidUtf8() {
        return oneOf(INVALID_UTF8);
    }

    /** Text as a test's name shows it: control characters as their visible symbols. */
    static String visible(String text) {
        var shown = new StringBuilder(text.length());
        text.codePoints().forEach(c -> shown.appendCodePoint(c < 0x20 ? 0x2400 + c : c == 0x7F ? 0x2421 : c));
        return shown.toString();
    }
}
