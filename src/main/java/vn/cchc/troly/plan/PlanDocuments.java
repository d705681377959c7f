package vn.cchc.troly.plan;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns a file's bytes into the text of a plan (a Word .docx or .doc through {@link WordPlanText}), or
 * rejects it with a reason the operator can act on: an empty file, an image, a PDF, an archive, an old Excel or PowerPoint file, other binary data, or text
 * that is not UTF-8 (a legacy Vietnamese code page would otherwise come out garbled).
 */
final class PlanDocuments {

	private PlanDocuments() {
	}

	/**
	 * The lines of a plan file: a Word .docx or .doc through {@link WordPlanText}, else UTF-8 (or
	 * UTF-16 with its mark) text; anything else is rejected with its reason.
	 */
	static PlanLine.Source read(String sourceName, byte[] content) {
		if (content.length == 0) {
			throw new PlanRejectedException("empty", sourceName);
		}
		if (startsWith(content, 'P', 'K', 3, 4) && WordPlanText.isWordDocument(content)) {
			return nonBlank(sourceName, WordPlanText.read(sourceName, content, false));
		}
		if (WordDocument.isBinaryWord(content) && holdsWordDocument(content)) {
			return nonBlank(sourceName, WordPlanText.read(sourceName, content, true));
		}
		var kind = binaryKind(content);
		if (kind != null) {
			throw new PlanRejectedException(kind, sourceName);
		}
		return PlanLine.Source.text(nonBlank(sourceName, decode(sourceName, content)));
	}

	/** Whether an OLE2 container (.doc, .xls, .ppt…) is a Word document. */
	private static boolean holdsWordDocument(byte[] content) {
		try (var container = new org.apache.poi.poifs.filesystem.POIFSFileSystem(
				new java.io.ByteArrayInputStream(content))) {
			return container.getRoot().hasEntryCaseInsensitive("WordDocument");
		}
		catch (java.io.IOException | RuntimeException e) {
			return false;
		}
	}

	private static PlanLine.Source nonBlank(String sourceName, PlanLine.Source source) {
		if (source.lines().stream().allMatch(line -> line.text().isBlank())) {
			throw new PlanRejectedException("empty", sourceName);
		}
		return source;
	}

	private static String nonBlank(String sourceName, String text) {
		if (text.isBlank()) {
			throw new PlanRejectedException("empty", sourceName);
		}
		return text;
	}

	/** The rejection reason for a binary file, by its first bytes; null for text. */
	private static String binaryKind(byte[] content) {
		if (startsWith(content, 0x89, 'P', 'N', 'G') || startsWith(content, 0xFF, 0xD8, 0xFF)
				|| startsWith(content, 'G', 'I', 'F', '8')) {
			return "image";
		}
		if (startsWith(content, '%', 'P', 'D', 'F')) {
			return "pdf";
		}
		if (startsWith(content, 'P', 'K', 3, 4) || startsWith(content, 'P', 'K', 5, 6)
				|| startsWith(content, 0x1F, 0x8B) || startsWith(content, 'R', 'a', 'r', '!')
				|| startsWith(content, '7', 'z', 0xBC, 0xAF)) {
			return "archive";
		}
		if (startsWith(content, 0xD0, 0xCF, 0x11, 0xE0)) {
			return "office"; // an Excel or PowerPoint file of the old kind
		}
		if (startsWith(content, 0xFF, 0xFE) || startsWith(content, 0xFE, 0xFF)) {
			return null; // UTF-16 text with its byte order mark
		}
		for (byte b : content) {
			if (b == 0) {
				return "binary";
			}
		}
		return null;
	}

	private static String decode(String sourceName, byte[] content) {
		if (startsWith(content, 0xFF, 0xFE)) {
			return new String(content, 2, content.length - 2, StandardCharsets.UTF_16LE);
		}
		if (startsWith(content, 0xFE, 0xFF)) {
			return new String(content, 2, content.length - 2, StandardCharsets.UTF_16BE);
		}
		int from = startsWith(content, 0xEF, 0xBB, 0xBF) ? 3 : 0;
		try {
			return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(content, from, content.length - from)).toString();
		}
		catch (CharacterCodingException e) {
			throw new PlanRejectedException("notUtf8", sourceName);
		}
	}

	private static boolean startsWith(byte[] content, int... prefix) {
		if (content.length < prefix.length) {
			return false;
		}
		for (int i = 0; i < prefix.length; i++) {
			if ((content[i] & 0xFF) != prefix[i]) {
				return false;
			}
		}
		return true;
	}
}
