package vn.cchc.troly.report;

import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.zip.CRC32;
import java.util.zip.CheckedInputStream;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import vn.cchc.troly.progress.EvidenceKind;
import vn.cchc.troly.progress.EvidenceStore;
import vn.cchc.troly.progress.KeptEvidence;
import vn.cchc.troly.report.DossierParts.Bundle;
import vn.cchc.troly.report.DossierParts.Entry;

/**
 * Writes one part of a dossier as a .zip (names in UTF-8), streaming each file from the evidence
 * folder; never a whole file in memory.
 */
final class DossierZip {

	/** Extensions of files that are compressed already (stored in the .zip as they are). */
	private static final Set<String> COMPRESSED = Set.of("jpg", "jpeg", "png", "gif", "webp", "heic", "pdf", "zip",
			"rar", "7z", "docx", "xlsx", "pptx", "odt", "ods", "mp4", "mov", "mp3", "m4a");

	private final EvidenceStore store;

	DossierZip(EvidenceStore store) {
		this.store = store;
	}

	/** One part: the index first, then each item's folder with its files. */
	void write(Path zip, String indexName, Path index, Bundle bundle) throws IOException {
		try (var out = new ZipOutputStream(new BufferedOutputStream(Files.newOutputStream(zip), 64 * 1024),
				StandardCharsets.UTF_8)) {
			// What is deflated (texts, old Office files, the index) is small: speed over size.
			out.setLevel(Deflater.BEST_SPEED);
			copy(out, indexName, Files.newInputStream(index));
			for (var folder : bundle.folders()) {
				out.putNextEntry(new ZipEntry(folder.folder() + "/"));
				out.closeEntry();
				for (var entry : folder.entries()) {
					if (entry.inZip() && compressed(entry.name())) {
						store(out, entry);
					}
					else if (entry.inZip()) {
						copy(out, entry.name(), open(entry.evidence()));
					}
				}
			}
		}
	}

	/**
	 * A photo, a PDF or an Office file is compressed already: stored as it is (its CRC read first),
	 * which is several times faster than deflating it for a few bytes.
	 */
	private void store(ZipOutputStream out, Entry entry) throws IOException {
		var crc = new CRC32();
		long size;
		try (var in = new CheckedInputStream(open(entry.evidence()), crc)) {
			size = in.transferTo(OutputStream.nullOutputStream());
		}
		var zipEntry = new ZipEntry(entry.name());
		zipEntry.setMethod(ZipEntry.STORED);
		zipEntry.setSize(size);
		zipEntry.setCompressedSize(size);
		zipEntry.setCrc(crc.getValue());
		try (var in = open(entry.evidence())) {
			out.putNextEntry(zipEntry);
			in.transferTo(out);
			out.closeEntry();
		}
	}

	private static boolean compressed(String name) {
		var dot = name.lastIndexOf('.');
		return dot >= 0 && COMPRESSED.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT));
	}

	private InputStream open(KeptEvidence evidence) throws IOException {
		return evidence.kind() == EvidenceKind.TEXT
				? new ByteArrayInputStream(evidence.content().getBytes(StandardCharsets.UTF_8))
				: store.open(evidence.sha256());
	}

	private static void copy(ZipOutputStream out, String name, InputStream source) throws IOException {
		try (var in = source) {
			out.putNextEntry(new ZipEntry(name));
			in.transferTo(out);
			out.closeEntry();
		}
	}
}
