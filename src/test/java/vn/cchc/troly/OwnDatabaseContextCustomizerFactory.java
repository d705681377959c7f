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

import vn.cchc.troly.chat.OwnDatabase;

/**
 * Gives a chat test class marked {@link OwnDatabase} an in-memory H2 database of its own instead of
 * the one every chat test shares (on PostgreSQL, {@link PostgresContextCustomizerFactory} gives it a
 * schema of its own). Registered in META-INF/spring.factories of the tests.
 */
public class OwnDatabaseContextCustomizerFactory implements ContextCustomizerFactory {

	@Override
	public ContextCustomizer createContextCustomizer(Class<?> testClass,
			List<ContextConfigurationAttributes> configAttributes) {
		if (TestDatabase.postgres()) {
			return null;
		}
		var own = MergedAnnotations.from(testClass, MergedAnnotations.SearchStrategy.TYPE_HIERARCHY).get(OwnDatabase.class);
		return own.isPresent() ? new H2(own.getString("value")) : null;
	}

	/** Equal for the classes naming the same database, so they share their cached context. */
	record H2(String name) implements ContextCustomizer {

		@Override
		public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration configuration) {
			context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("own-test-database",
					Map.of("spring.datasource.url", "jdbc:h2:mem:chat-" + name + ";DB_CLOSE_DELAY=-1")));
		}
	}
}
