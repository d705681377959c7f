package vn.cchc.troly.sandbox;

import java.util.Random;

/**
 * A photo size or a document a user sent, as Telegram keeps it for {@code getFile} and for download
 * at {@code /file/bot<token>/<path>}.
 *
 * @param path the file_path getFile gives ("documents/file_3.pdf")
 * @param content what the user sent with its bytes, or null when a test sent none: the download is
 *        then made-up bytes of the given size, the same each time
 */
record UserFile(String fileId, String fileUniqueId, long size, String path, UploadedFile content) {

	/** Telegram lets bots download files up to 20 MB; getFile refuses larger ones. */
	static final long DOWNLOAD_LIMIT = 20L * 1024 * 1024;

	boolean tooBigToDownload() {
		return size > DOWNLOAD_LIMIT;
	}

	/** Whether the user sent real bytes (a page's upload, a test's file), which the page may show again. */
	boolean hasContent() {
		return content != null && content.bytes() != null;
	}

	byte[] bytes() {
		if (hasContent()) {
			return content.bytes();
		}
		var made = new byte[(int) Math.min(size, DOWNLOAD_LIMIT)];
		new Random(fileUniqueId.hashCode()).nextBytes(made);
		return made;
	}
}
