package vn.cchc.troly.progress;

import java.util.Locale;
import java.util.Set;

/**
 * Which files can be evidence: what the assessment takes as tài liệu kiểm chứng and a reader can
 * open. Photos and scans (JPG, PNG, HEIC, TIFF …); PDF; office documents (Word, Excel, PowerPoint,
 * their OpenDocument forms, RTF, TXT, CSV); archives (ZIP, RAR, 7Z), since offices bundle the scanned
 * pages of one dossier that way and the province's software takes them; short videos (MP4, MOV) of a
 * meeting or a one-stop desk, within the 20 MB a bot may download. Not programs, scripts, web pages
 * or audio: they prove nothing a reader can check, and some would run when opened. Judged by the
 * file's extension, else by its type when it has no name.
 */
public final class EvidenceTypes {

	private static final Set<String> EXTENSIONS = Set.of("jpg", "jpeg", "png", "gif", "webp", "heic", "heif", "bmp",
			"tif", "tiff", "pdf", "doc", "docx", "xls", "xlsx", "ppt", "pptx", "odt", "ods", "odp", "rtf", "txt", "csv",
			"zip", "rar", "7z", "mp4", "mov");
	private static final Set<String> TYPES = Set.of("application/pdf", "application/msword",
			"application/vnd.openxmlformats-officedocument.wordprocessingml.document", "application/vnd.ms-excel",
			"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "application/vnd.ms-powerpoint",
			"application/vnd.openxmlformats-officedocument.presentationml.presentation",
			"application/vnd.oasis.opendocument.text", "application/vnd.oasis.opendocument.spreadsheet",
			"application/vnd.oasis.opendocument.presentation", "application/rtf", "text/plain", "text/csv",
			"application/zip", "application/x-zip-compressed", "application/vnd.rar", "application/x-rar-compressed",
			"application/x-7z-compressed", "video/mp4", "video/quicktime");

	private EvidenceTypes() {
	}

	/** Whether a file of this kind, name and type can be evidence; a photo always can. */
	public static boolean accepts(EvidenceKind kind, String fileName, String mimeType) {
		if (kind == EvidenceKind.PHOTO || kind == EvidenceKind.TEXT) {
			return true;
		}
		var extension = extension(fileName);
		if (extension != null) {
			return EXTENSIONS.contains(extension);
		}
		var type = mimeType == null ? "" : mimeType.toLowerCase(Locale.ROOT).strip();
		return type.startsWith("image/") && !type.contains("svg") || TYPES.contains(type);
	}

	private static String extension(String fileName) {
		if (fileName == null) {
			return null;
		}
		var name = fileName.strip();
		var dot = name.lastIndexOf('.');
		return dot < 0 || dot == name.length() - 1 ? null : name.substring(dot + 1).toLowerCase(Locale.ROOT);
	}
}
