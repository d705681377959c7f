package vn.cchc.troly.operator;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.sql.DataSource;

import org.springframework.context.MessageSource;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * {@code backup FILE}: the whole H2 database as a compressed SQL script (H2's SCRIPT, one consistent
 * read), also while the bot runs: the default database URL has AUTO_SERVER=TRUE, so this second
 * process reaches the bot's database through the server H2 starts on 127.0.0.1. An existing file
 * is not overwritten.
 */
@Component
class BackupCommand extends DatabaseBackup {

	BackupCommand(DataSource dataSource, MessageSource messages) {
		super(dataSource, messages);
	}

	@Override
	public String name() {
		return "backup";
	}

	@Override
	int run(Path file, JdbcTemplate jdbc, PrintStream out, PrintStream err) {
		if (Files.exists(file)) {
			err.println(text("backup.cli.exists", file));
			return 2;
		}
		try {
			jdbc.execute("SCRIPT DROP TO " + literal(file) + " COMPRESSION DEFLATE CHARSET 'UTF-8'");
		}
		catch (DataAccessException e) {
			err.println(text("backup.cli.failed", file, e.getMostSpecificCause().getMessage()));
			return 1;
		}
		out.println(text("backup.cli.written", file, size(file)));
		return 0;
	}
}
