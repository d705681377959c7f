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
 * {@code restore FILE}: replaces everything in the H2 database with a {@code backup} file (drops
 * all objects, then runs the script, schema history included). Run it with the bot stopped.
 */
@Component
class RestoreCommand extends DatabaseBackup {

	RestoreCommand(DataSource dataSource, MessageSource messages) {
		super(dataSource, messages);
	}

	@Override
	public String name() {
		return "restore";
	}

	@Override
	int run(Path file, JdbcTemplate jdbc, PrintStream out, PrintStream err) {
		if (!Files.isRegularFile(file)) {
			err.println(text("backup.cli.missing", file));
			return 2;
		}
		try {
			jdbc.execute("DROP ALL OBJECTS");
			jdbc.execute("RUNSCRIPT FROM " + literal(file) + " COMPRESSION DEFLATE CHARSET 'UTF-8'");
		}
		catch (DataAccessException e) {
			err.println(text("backup.cli.failed", file, e.getMostSpecificCause().getMessage()));
			return 1;
		}
		out.println(text("backup.cli.restored", file));
		return 0;
	}
}
