package vn.cchc.troly.operator;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;

import javax.sql.DataSource;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What {@code backup} and {@code restore} share: the embedded H2 database only (PostgreSQL has
 * pg_dump and pg_restore), the file from the command line, texts from the message bundle.
 */
abstract class DatabaseBackup implements OperatorCommand {

	private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

	private final DataSource dataSource;
	private final MessageSource messages;

	DatabaseBackup(DataSource dataSource, MessageSource messages) {
		this.dataSource = dataSource;
		this.messages = messages;
	}

	@Override
	public final int run(List<String> arguments, PrintStream out, PrintStream err) {
		if (arguments.size() != 1 || arguments.get(0).isBlank() || arguments.get(0).startsWith("-")) {
			err.println(text("backup.cli.usage." + name()));
			return 2;
		}
		var url = url();
		if (!url.startsWith("jdbc:h2:")) {
			err.println(text("backup.cli.notH2", url.replaceFirst("//[^/@]*@", "//")));
			return 2;
		}
		return run(Path.of(arguments.get(0)).toAbsolutePath().normalize(), new JdbcTemplate(dataSource), out, err);
	}

	abstract int run(Path file, JdbcTemplate jdbc, PrintStream out, PrintStream err);

	@Override
	public String usage() {
		return text("backup.cli.usage." + name());
	}

	String text(String key, Object... arguments) {
		return messages.getMessage(key, arguments, VIETNAMESE);
	}

	/** The file name as an SQL string literal. */
	static String literal(Path file) {
		return "'" + file.toString().replace("'", "''") + "'";
	}

	static long size(Path file) {
		try {
			return Files.size(file);
		}
		catch (java.io.IOException e) {
			return -1;
		}
	}

	private String url() {
		try (var connection = dataSource.getConnection()) {
			return connection.getMetaData().getURL();
		}
		catch (SQLException e) {
			throw new IllegalStateException("cannot reach the database: " + e.getMessage(), e);
		}
	}
}
