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
 * is not overwritten. The evidence folder goes beside it, "FILE.evidence.zip" ({@link EvidenceArchive}).
 */
@Component
class BackupCommand extends DatabaseBackup {

	private final EvidenceFolder evidence;

	BackupCommand(DataSource dataSource, MessageSource messages, EvidenceFolder evidence) {
		super(dataSource, messages);
		this.evidence = evidence;
	}

	@Override
	public String name() {
		return "backup";
	}

	@Override
	int run(Path file, JdbcTemplate jdbc, PrintStream out, PrintStream err) {
		var archive = EvidenceArchive.beside(file);
		for (var existing : new Path[] { file, archive }) {
			if (Files.exists(existing)) {
				err.println(text("backup.cli.exists", existing));
				return 2;
			}
		}
		try {
			jdbc.execute("SCRIPT DROP TO " + literal(file) + " COMPRESSION DEFLATE CHARSET 'UTF-8'");
		}
		catch (DataAccessException e) {
			err.println(text("backup.cli.failed", file, e.getMostSpecificCause().getMessage()));
			return 1;
		}
		out.println(text("backup.cli.written", file, size(file)));
		// After the database: every row in it names a file that was in the folder before the rows were.
		try {
			var written = EvidenceArchive.write(evidence.folder(), archive);
			out.println(text("backup.cli.evidenceWritten", archive, written.files(), written.bytes(), evidence.folder()));
		}
		catch (java.io.IOException | RuntimeException e) {
			err.println(text("backup.cli.evidenceFailed", archive, e.getMessage()));
			return 1;
		}
		return 0;
	}
}
