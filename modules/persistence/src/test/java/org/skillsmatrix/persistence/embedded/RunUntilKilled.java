package org.skillsmatrix.persistence.embedded;

import java.nio.file.Path;
import org.springframework.jdbc.core.JdbcTemplate;

/** Starts an embedded database on the directory given and waits to be killed: a JVM that never closes it. */
public final class RunUntilKilled {

    private RunUntilKilled() {}

    public static void main(String[] arguments) throws InterruptedException {
        var database = EmbeddedDatabase.start(Path.of(arguments[0]), 0);
        new JdbcTemplate(database.dataSource())
                .execute("create table if not exists kept as select 'from the killed JVM' as word");
        System.out.println("ready");
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }
}
