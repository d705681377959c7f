package vn.cchc.troly.sandbox;

import java.sql.SQLException;

import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * "Start over": wipes the sandbox database (every object, then the migrations again), forgets
 * every chat message, and seeds afresh. Refuses unless the database is the sandbox's own H2.
 */
@Component
@SandboxOnly
class SandboxReset {

	private final JdbcTemplate jdbc;
	private final Flyway flyway;
	private final SandboxSeed seed;
	private final BotApiServer server;
	private final SandboxSettings settings;

	SandboxReset(JdbcTemplate jdbc, Flyway flyway, SandboxSeed seed, BotApiServer server, SandboxSettings settings) {
		this.jdbc = jdbc;
		this.flyway = flyway;
		this.seed = seed;
		this.server = server;
		this.settings = settings;
	}

	synchronized void reset() {
		var url = jdbc.execute((java.sql.Connection connection) -> {
			try {
				return connection.getMetaData().getURL();
			}
			catch (SQLException e) {
				throw new IllegalStateException(e);
			}
		});
		if (url == null || !url.startsWith("jdbc:h2:") || !sameDatabase(url, settings.databaseUrl())) {
			throw new IllegalStateException("refusing to wipe " + url + ": not the sandbox database");
		}
		jdbc.execute("drop all objects");
		flyway.migrate();
		server.forgetMessages();
		seed.forget();
		seed.seed();
	}

	/** H2 reports the URL without settings after ';'. */
	private static boolean sameDatabase(String actual, String configured) {
		var plain = configured.split(";", 2)[0];
		return actual.split(";", 2)[0].equals(plain);
	}
}
