package vn.cchc.troly.chat;

import java.nio.file.Path;

/**
 * The port through which the chat layer reads the bytes of a file a user sent (a plan to import,
 * a piece of evidence), by the id the transport gave it ({@link ChatRequest.Attachment#fileId()}).
 * A transport implements it: each fetch is bounded by the transport's timeout, and no more than
 * {@code maxBytes} are ever read into memory. Failures are answers, not exceptions, so a handler
 * can tell the user what happened and store nothing.
 */
public interface Attachments {

	/**
	 * The file's bytes, or why they could not be had.
	 *
	 * @param fileId the transport's id of the file, as the user's message carried it
	 * @param maxBytes the most the caller will read; a larger file is {@link TooLarge}, not read
	 */
	Fetch fetch(String fileId, long maxBytes);

	/**
	 * The file written to {@code target}, streamed (never whole in memory), or why it could not be
	 * had: what evidence files of up to 20 MB need. Nothing is left at {@code target} unless it is
	 * {@link Saved}.
	 *
	 * @param fileId the transport's id of the file, as the user's message carried it
	 * @param maxBytes the most the caller will take; a larger file is {@link TooLarge}, and not kept
	 * @param target where to write it (the caller's temporary file, replaced)
	 */
	Download fetchTo(String fileId, long maxBytes, Path target);

	/** What a fetch gave: the bytes, or a typed failure. */
	sealed interface Fetch permits Fetched, TooLarge, Failed {
	}

	/** What a download to a file gave: the file, or a typed failure. */
	sealed interface Download permits Saved, TooLarge, Failed {
	}

	/** The whole file, written to the path asked for, {@code size} bytes, no more than the limit. */
	record Saved(Path path, long size) implements Download {
	}

	/** The whole file, no larger than the limit asked for. */
	record Fetched(byte[] bytes) implements Fetch {
	}

	/**
	 * Larger than the limit asked for, or than the messenger lets a bot download (Telegram: 20 MB).
	 *
	 * @param size the file's size in bytes, or -1 when the messenger did not say
	 */
	record TooLarge(long size, long limit) implements Fetch, Download {
	}

	/**
	 * Not fetched: the file is unknown to the messenger, it refused, did not answer in time, or could
	 * not be reached. Trying again later may work.
	 *
	 * @param detail what went wrong, for the log (no secrets: the transport leaves its token out)
	 */
	record Failed(String detail) implements Fetch, Download {
	}
}
