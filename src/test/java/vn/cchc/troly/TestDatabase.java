package vn.cchc.troly;

import java.lang.management.ManagementFactory;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which database the repository and chat tests use: the in-memory H2 of each test base, or, with
 * {@code -Dtroly.test.database=postgres} (the "postgres" surefire execution), a real PostgreSQL
 * server: {@code troly.test.postgres.url} (default jdbc:postgresql://127.0.0.1:5432/troly_test),
 * {@code .user} and {@code .password} (default troly/troly), or the same as TROLY_TEST_POSTGRES_URL,
 * …_USER, …_PASSWORD. Each kind of test context gets a fresh schema of its own for the run, dropped
 * when the JVM ends, so runs never see each other's rows.
 */
public final class TestDatabase {

	private static final Map<String, String> schemas = new ConcurrentHashMap<>();
	private static final Set<String> created = ConcurrentHashMap.newKeySet();

	private TestDatabase() {
	}

	public static boolean postgres() {
		return "postgres".equalsIgnoreCase(System.getProperty("troly.test.database", ""));
	}

	public static String url() {
		return setting("url", "jdbc:postgresql://127.0.0.1:5432/troly_test");
	}

	public static String user() {
		return setting("user", "troly");
	}

	public static String password() {
		return setting("password", "troly");
	}

	/** Why the server cannot be used, or null when it answers. */
	public static String unreachable() {
		try (var connection = DriverManager.getConnection(url(), user(), password())) {
			return connection.isValid(5) ? null : "the connection is not valid";
		}
		catch (SQLException e) {
			return e.getMessage();
		}
	}

	/** The JDBC URL of this run's schema for one kind of test context ("repository", "chat"), created on first use. */
	public static String urlFor(String kind) {
		var schema = schemas.computeIfAbsent(kind, k -> "test_" + k.toLowerCase(Locale.ROOT) + "_"
				+ ManagementFactory.getRuntimeMXBean().getPid() + "_" + Long.toString(System.currentTimeMillis(), 36));
		if (created.add(schema)) {
			execute("drop schema if exists " + schema + " cascade", "create schema " + schema);
			Runtime.getRuntime().addShutdownHook(new Thread(() -> execute("drop schema if exists " + schema + " cascade")));
		}
		return url() + (url().contains("?") ? "&" : "?") + "currentSchema=" + schema;
	}

	private static void execute(String... statements) {
		try (var connection = DriverManager.getConnection(url(), user(), password());
				var statement = connection.createStatement()) {
			for (var sql : statements) {
				statement.execute(sql);
			}
		}
		catch (SQLException e) {
			throw new IllegalStateException("PostgreSQL at " + url() + ": " + e.getMessage(), e);
		}
	}

	private static String setting(String name, String fallback) {
		var property = System.getProperty("troly.test.postgres." + name);
		if (property != null) {
			return property;
		}
		var environment = System.getenv("TROLY_TEST_POSTGRES_" + name.toUpperCase(Locale.ROOT));
		return environment != null ? environment : fallback;
	}
}
