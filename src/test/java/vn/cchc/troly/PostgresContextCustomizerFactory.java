package vn.cchc.troly;

import java.util.List;
import java.util.Map;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.annotation.MergedAnnotations;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;

import vn.cchc.troly.chat.ChatTest;
import vn.cchc.troly.chat.OwnDatabase;

/**
 * With {@code -Dtroly.test.database=postgres}, points the repository tests and the chat tests at
 * PostgreSQL ({@link TestDatabase}) instead of their in-memory H2; other tests are left alone.
 * Registered in META-INF/spring.factories of the tests.
 */
public class PostgresContextCustomizerFactory implements ContextCustomizerFactory {

	@Override
	public ContextCustomizer createContextCustomizer(Class<?> testClass,
			List<ContextConfigurationAttributes> configAttributes) {
		if (!TestDatabase.postgres()) {
			return null;
		}
		if (ChatTest.class.isAssignableFrom(testClass)) {
			// A class with a database of its own gets a schema of its own.
			var own = MergedAnnotations.from(testClass, MergedAnnotations.SearchStrategy.TYPE_HIERARCHY)
				.get(OwnDatabase.class);
			return new Postgres(own.isPresent() ? "chat_" + own.getString("value") : "chat");
		}
		if (MergedAnnotations.from(testClass, MergedAnnotations.SearchStrategy.TYPE_HIERARCHY).isPresent(RepositoryTest.class)) {
			return new Postgres("repository");
		}
		return null;
	}

	/** Equal for every test of one kind, so they still share their cached context. */
	record Postgres(String kind) implements ContextCustomizer {

		@Override
		public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration configuration) {
			context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("postgres-test-database",
					Map.of("spring.datasource.url", TestDatabase.urlFor(kind), "spring.datasource.username",
							TestDatabase.user(), "spring.datasource.password", TestDatabase.password(),
							"spring.datasource.driver-class-name", "org.postgresql.Driver",
							// Every cached context keeps its pool open: at the application's 20 connections
							// a context, always open, five of them took the server's 100 and the next could
							// not start. A test's context opens what it uses, at most 10.
							"spring.datasource.hikari.maximum-pool-size", "10", "spring.datasource.hikari.minimum-idle",
							"1")));
		}
	}
}
