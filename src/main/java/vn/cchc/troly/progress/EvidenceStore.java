package vn.cchc.troly.progress;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.springframework.stereotype.Component;

/**
 * The evidence folder: each file's bytes under {@code <folder>/<first two hex digits>/<sha256>},
 * written once (a second copy of the same bytes is not written again) and never changed, so a
 * backup can copy the folder while the bot runs.
 */
@Component
public class EvidenceStore {

	private final Path folder;

	EvidenceStore(EvidenceSettings settings) {
		this.folder = settings.folder().toAbsolutePath().normalize();
	}

	/** The folder that holds every kept file. */
	public Path folder() {
		return folder;
	}

	/** Where the bytes with this SHA-256 are (or would be) kept. */
	public Path path(String sha256) {
		if (sha256 == null || !sha256.matches("[0-9a-f]{64}")) {
			throw new IllegalArgumentException("not a SHA-256 in hex: " + sha256);
		}
		return folder.resolve(sha256.substring(0, 2)).resolve(sha256);
	}

	/** Whether the bytes with this SHA-256 are kept. */
	public boolean has(String sha256) {
		return Files.isRegularFile(path(sha256));
	}

	/** The kept bytes, to stream (the caller closes it). */
	public InputStream open(String sha256) throws IOException {
		return Files.newInputStream(path(sha256));
	}

	/**
	 * Keeps a downloaded file: hashes it while copying it into the folder, then moves it to its name.
	 * The source is left for the caller to delete.
	 */
	public Kept keep(Path source) {
		try {
			Files.createDirectories(folder);
			var partial = Files.createTempFile(folder, "incoming-", ".part");
			try {
				var digest = sha256();
				long size;
				try (var in = new DigestInputStream(Files.newInputStream(source), digest)) {
					size = Files.copy(in, partial, StandardCopyOption.REPLACE_EXISTING);
				}
				var sha = HexFormat.of().formatHex(digest.digest());
				var target = path(sha);
				var existed = Files.isRegularFile(target);
				if (!existed) {
					Files.createDirectories(target.getParent());
					Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
				}
				return new Kept(sha, size, existed);
			}
			finally {
				Files.deleteIfExists(partial);
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException("Could not keep an evidence file in " + folder, e);
		}
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("Every Java has SHA-256", e);
		}
	}

	/**
	 * A file kept in the folder.
	 *
	 * @param alreadyKept whether the same bytes were there before (sent before, for this or another item)
	 */
	public record Kept(String sha256, long size, boolean alreadyKept) {
	}
}
