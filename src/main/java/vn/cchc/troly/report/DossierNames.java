package vn.cchc.troly.report;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import vn.cchc.troly.plan.PlanItem;
import vn.cchc.troly.progress.EvidenceKind;
import vn.cchc.troly.progress.KeptEvidence;

/**
 * Names inside the dossier: a folder per item ("2.2 Tỷ lệ hồ sơ TTHC giải quyết đúng hạn"), a file
 * by its document's date and number ("2025-03-12 123-QĐ-UBND.pdf"), else the day it was received and
 * the name it came with. Vietnamese letters stay; only what Windows or a zip tool refuses goes.
 */
final class DossierNames {

	static final int FOLDER_LENGTH = 60;
	static final int FILE_LENGTH = 80;

	private DossierNames() {
	}

	/** "2.2 Tỷ lệ hồ sơ …", cut at a word boundary. */
	static String folder(PlanItem item) {
		var name = safe(item.code() + " " + (item.title() == null ? "" : item.title()));
		return cut(name, FOLDER_LENGTH);
	}

	/** The file's name in its folder, made unique among {@code taken} (which it joins). */
	static String file(KeptEvidence evidence, ZoneId zone, Set<String> taken) {
		var extension = extension(evidence);
		String stem;
		if (evidence.documentNumber() != null && evidence.documentDate() != null) {
			stem = evidence.documentDate() + " " + evidence.documentNumber();
		}
		else if (evidence.documentNumber() != null) {
			stem = LocalDate.ofInstant(evidence.receivedAt(), zone) + " " + evidence.documentNumber();
		}
		else {
			var day = evidence.documentDate() != null ? evidence.documentDate()
					: LocalDate.ofInstant(evidence.receivedAt(), zone);
			stem = day + " " + originalStem(evidence);
		}
		stem = cut(safe(stem.replace('/', '-')), FILE_LENGTH);
		var name = stem + extension;
		for (int n = 2; !taken.add(name.toLowerCase(Locale.ROOT)); n++) {
			name = stem + " (" + n + ")" + extension;
		}
		return name;
	}

	static Set<String> names() {
		return new HashSet<>();
	}

	private static String originalStem(KeptEvidence evidence) {
		var name = evidence.fileName();
		if (name == null || name.isBlank()) {
			return switch (evidence.kind()) {
				case PHOTO -> "anh";
				case TEXT -> "van-ban";
				case DOCUMENT -> "tai-lieu";
			};
		}
		var dot = name.lastIndexOf('.');
		return dot > 0 ? name.substring(0, dot) : name;
	}

	private static String extension(KeptEvidence evidence) {
		if (evidence.kind() == EvidenceKind.TEXT) {
			return ".txt";
		}
		var name = evidence.fileName();
		if (name != null) {
			var dot = name.lastIndexOf('.');
			if (dot > 0 && dot < name.length() - 1) {
				var extension = safe(name.substring(dot)).replace(" ", "");
				if (extension.length() <= 6) {
					return extension.toLowerCase(Locale.ROOT);
				}
			}
		}
		var type = evidence.mimeType() == null ? "" : evidence.mimeType();
		return switch (type) {
			case "image/jpeg" -> ".jpg";
			case "image/png" -> ".png";
			case "application/pdf" -> ".pdf";
			default -> evidence.kind() == EvidenceKind.PHOTO ? ".jpg" : "";
		};
	}

	/**
	 * Letters (Vietnamese too), digits and common punctuation; a slash or bar becomes "-", what else a
	 * file system or zip tool refuses (: * ? " &lt; &gt;, control characters) is dropped.
	 */
	static String safe(String text) {
		var cleaned = text.replaceAll("[\\\\/|]", "-").replaceAll("[:*?\"<>]", "").replaceAll("\\p{Cntrl}", " ")
			.replaceAll("\\s+", " ").strip();
		// Windows refuses a name that ends with a dot or a space.
		cleaned = cleaned.replaceAll("[. ]+$", "");
		return cleaned.isEmpty() ? "-" : cleaned;
	}

	/** At most {@code max} characters, cut at a word boundary when there is one, with "…". */
	static String cut(String text, int max) {
		if (text.length() <= max) {
			return text;
		}
		var room = text.substring(0, max - 1);
		var space = room.lastIndexOf(' ');
		var cut = space > max / 2 ? room.substring(0, space) : room;
		return cut.replaceAll("[. ,;-]+$", "") + "…";
	}
}
