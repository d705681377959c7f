package vn.cchc.troly.operator;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * The evidence folder as a .zip beside a database backup ("sao-luu.sql.gz.evidence.zip"), one
 * entry per kept file under its place in the folder ("ab/ab12…"), streamed file by file. Restoring
 * puts back what is missing and checks each file against its name, its SHA-256: a damaged entry is
 * counted and left out, never written. Files are only ever added to the folder, so taking the
 * database first and the folder second holds every file the backed-up rows name.
 */
final class EvidenceArchive {

	private static final Pattern ENTRY = Pattern.compile("([0-9a-f]{2})/(\\1[0-9a-f]{62})");

	private EvidenceArchive() {
	}

	/** Where the evidence of a database backup goes: beside it, its name plus ".evidence.zip". */
	static Path beside(Path backup) {
		return backup.resolveSibling(backup.getFileName() + ".evidence.zip");
	}

	/** Writes every kept file of the folder (none when it does not exist yet) into a new zip. */
	static Counted write(Path folder, Path zip) throws IOException {
		var files = 0;
		var bytes = 0L;
		try (var out = new ZipOutputStream(Files.newOutputStream(zip, java.nio.file.StandardOpenOption.CREATE_NEW))) {
			if (Files.isDirectory(folder)) {
				try (Stream<Path> walk = Files.walk(folder)) {
					for (var file : (Iterable<Path>) walk.filter(Files::isRegularFile).sorted()::iterator) {
						var name = folder.relativize(file).toString().replace('\\', '/');
						if (!ENTRY.matcher(name).matches()) {
							continue; // a download in progress (incoming-….part), or nothing of ours
						}
						out.putNextEntry(new ZipEntry(name));
						bytes += Files.copy(file, out);
						out.closeEntry();
						files++;
					}
				}
			}
		}
		return new Counted(files, bytes, 0);
	}

	/** Puts the zip's files back into the folder; files already there are the same bytes and stay. */
	static Counted restore(Path zip, Path folder) throws IOException {
		var files = 0;
		var bytes = 0L;
		var damaged = 0;
		Files.createDirectories(folder);
		try (var in = new ZipInputStream(Files.newInputStream(zip))) {
			for (ZipEntry entry; (entry = in.getNextEntry()) != null;) {
				var matcher = ENTRY.matcher(entry.getName());
				if (entry.isDirectory() || !matcher.matches()) {
					continue;
				}
				var target = folder.resolve(matcher.group(1)).resolve(matcher.group(2));
				var partial = Files.createTempFile(folder, "restoring-", ".part");
				try {
					var digest = sha256();
					long size;
					try (var hashing = new DigestInputStream(new NonClosing(in), digest)) {
						size = Files.copy(hashing, partial, StandardCopyOption.REPLACE_EXISTING);
					}
					if (!HexFormat.of().formatHex(digest.digest()).equals(matcher.group(2))) {
						damaged++;
						continue;
					}
					if (!Files.isRegularFile(target)) {
						Files.createDirectories(target.getParent());
						Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
					}
					files++;
					bytes += size;
				}
				finally {
					Files.deleteIfExists(partial);
				}
			}
		}
		return new Counted(files, bytes, damaged);
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("Every Java has SHA-256", e);
		}
	}

	/** How many files and bytes went in or came back, and how many entries were damaged. */
	record Counted(int files, long bytes, int damaged) {
	}

	/** The zip's entry, read without closing the zip. */
	private static final class NonClosing extends java.io.FilterInputStream {

		NonClosing(java.io.InputStream in) {
			super(in);
		}

		@Override
		public void close() {
		}
	}
}
