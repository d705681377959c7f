package vn.cchc.troly.chat;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A {@link ChatTest} class whose data would change what every other chat test sees (importing
 * another year's plan makes it the current plan for all of them) gets a database of its own, named
 * by the value: its own in-memory H2, or its own schema on PostgreSQL, and so a Spring context of
 * its own (a few seconds more). Applied by {@link vn.cchc.troly.OwnDatabaseContextCustomizerFactory}
 * and {@link vn.cchc.troly.PostgresContextCustomizerFactory}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@Documented
public @interface OwnDatabase {

	/** Letters, digits and _ only: it names an H2 database and a PostgreSQL schema. */
	String value();
}
