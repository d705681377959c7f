package vn.cchc.troly.operator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The evidence folder in a zip beside a backup, and back: the same files, nothing else, nothing damaged. */
class EvidenceArchiveTests {

	@TempDir
	Path temp;

	@Test
	void theFolderComesBackFileForFileAndADownloadInProgressIsLeftOut() throws Exception {
		var folder = temp.resolve("evidence");
		var first = keep(folder, "quyết định 123".getBytes(StandardCharsets.UTF_8));
		var second = keep(folder, new byte[70_000]);
		Files.writeString(folder.resolve("incoming-1.part"), "half a download");
		var zip = EvidenceArchive.beside(temp.resolve("troly.sql.gz"));

		var written = EvidenceArchive.write(folder, zip);
		var restoredFolder = temp.resolve("restored");
		var restored = EvidenceArchive.restore(zip, restoredFolder);

		assertThat(zip.getFileName().toString()).isEqualTo("troly.sql.gz.evidence.zip");
		assertThat(written.files()).isEqualTo(2);
		assertThat(restored).isEqualTo(new EvidenceArchive.Counted(2, written.bytes(), 0));
		assertThat(Files.readAllBytes(restoredFolder.resolve(folder.relativize(first)))).isEqualTo(Files.readAllBytes(first));
		assertThat(Files.readAllBytes(restoredFolder.resolve(folder.relativize(second)))).isEqualTo(Files.readAllBytes(second));
		try (var files = Files.walk(restoredFolder)) {
			assertThat(files.filter(Files::isRegularFile)).hasSize(2);
		}
		assertThatThrownBy(() -> EvidenceArchive.write(folder, zip)).as("never overwrites")
			.isInstanceOf(java.nio.file.FileAlreadyExistsException.class);
	}

	@Test
	void aDamagedEntryOrOneNamedOutsideTheFolderIsNeverWritten() throws Exception {
		var good = "biên bản".getBytes(StandardCharsets.UTF_8);
		var goodSha = sha256(good);
		var wrongSha = sha256("something else".getBytes(StandardCharsets.UTF_8));
		var zip = temp.resolve("forged.evidence.zip");
		try (var out = new ZipOutputStream(Files.newOutputStream(zip))) {
			entry(out, goodSha.substring(0, 2) + "/" + goodSha, good);
			entry(out, wrongSha.substring(0, 2) + "/" + wrongSha, "not what its name says".getBytes(StandardCharsets.UTF_8));
			entry(out, "../../outside/" + goodSha, good);
		}
		var folder = temp.resolve("evidence");

		var restored = EvidenceArchive.restore(zip, folder);

		assertThat(restored.files()).isEqualTo(1);
		assertThat(restored.damaged()).isEqualTo(1);
		assertThat(folder.resolve(goodSha.substring(0, 2)).resolve(goodSha)).hasBinaryContent(good);
		assertThat(folder.resolve(wrongSha.substring(0, 2)).resolve(wrongSha)).doesNotExist();
		assertThat(temp.resolve("outside")).doesNotExist();
		try (var files = Files.walk(folder)) {
			assertThat(files.filter(Files::isRegularFile)).hasSize(1);
		}
	}

	private static Path keep(Path folder, byte[] bytes) throws Exception {
		if (bytes.length > 1000) {
			new java.util.Random(bytes.length).nextBytes(bytes);
		}
		var sha = sha256(bytes);
		var file = folder.resolve(sha.substring(0, 2)).resolve(sha);
		Files.createDirectories(file.getParent());
		Files.write(file, bytes);
		return file;
	}

	private static void entry(ZipOutputStream out, String name, byte[] bytes) throws Exception {
		out.putNextEntry(new ZipEntry(name));
		out.write(bytes);
		out.closeEntry();
	}

	private static String sha256(byte[] bytes) throws Exception {
		return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
	}
}
