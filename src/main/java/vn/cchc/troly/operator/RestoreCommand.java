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
 * all objects, then runs the script, schema history included), and puts the evidence files of
 * "FILE.evidence.zip" back into the evidence folder. Run it with the bot stopped.
 */
@Component
class RestoreCommand extends DatabaseBackup {

	private final EvidenceFolder evidence;

	RestoreCommand(DataSource dataSource, MessageSource messages, EvidenceFolder evidence) {
		super(dataSource, messages);
		this.evidence = evidence;
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
		var archive = EvidenceArchive.beside(file);
		if (!Files.isRegularFile(archive)) {
			out.println(text("backup.cli.noEvidence", archive, evidence.folder()));
			return 0;
		}
		try {
			var restored = EvidenceArchive.restore(archive, evidence.folder());
			out.println(text("backup.cli.evidenceRestored", archive, restored.files(), evidence.folder()));
			if (restored.damaged() > 0) {
				err.println(text("backup.cli.evidenceDamaged", archive, restored.damaged()));
				return 1;
			}
		}
		catch (java.io.IOException | RuntimeException e) {
			err.println(text("backup.cli.evidenceFailed", archive, e.getMessage()));
			return 1;
		}
		return 0;
	}
}
