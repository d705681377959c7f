package vn.cchc.troly.telegram.outbound;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.telegram.telegrambots.meta.api.methods.GetFile;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;

import okhttp3.OkHttpClient;
import okhttp3.Request;

import vn.cchc.troly.chat.Attachments;
import vn.cchc.troly.telegram.TelegramHttp;
import vn.cchc.troly.telegram.TelegramSettings;

/**
 * Files users sent, fetched from Telegram: {@code getFile} (through {@link TelegramSender}, bounded
 * like every Bot API call) says where, then {@code /file/bot<token>/<file_path>} on the same server
 * as every other call (the client's own downloadFile ignores a custom server: TelegramBots #636),
 * read within the request timeout and never beyond the caller's limit. Telegram lets bots download
 * files up to 20 MB; it refuses larger ones with "file is too big".
 */
@Component
class TelegramFiles implements Attachments {

	private static final Logger log = LoggerFactory.getLogger(TelegramFiles.class);
	private static final int CHUNK = 64 * 1024;

	private final TelegramSender sender;
	private final TelegramSettings settings;
	private final String fileBase;
	private final OkHttpClient http;

	TelegramFiles(TelegramSender sender, TelegramSettings settings, TelegramUrl url, TelegramHttp client) {
		this.sender = sender;
		this.settings = settings;
		this.fileBase = url.getSchema() + "://" + url.getHost() + ":" + url.getPort() + "/file/bot";
		this.http = client.newBuilder().callTimeout(settings.requestTimeout()).followRedirects(false).build();
	}

	/** A small file (a plan) read whole: downloaded like any other, through a temporary file. */
	@Override
	public Fetch fetch(String fileId, long maxBytes) {
		Path temporary;
		try {
			temporary = Files.createTempFile("troly-file-", ".part");
		}
		catch (IOException e) {
			return failed("no temporary file: " + e);
		}
		try {
			var outcome = fetchTo(fileId, maxBytes, temporary);
			if (outcome instanceof Saved) {
				return new Fetched(Files.readAllBytes(temporary));
			}
			return (Fetch) outcome;
		}
		catch (IOException e) {
			return failed("could not read the download back: " + e);
		}
		finally {
			try {
				Files.deleteIfExists(temporary);
			}
			catch (IOException e) {
				log.warn("Could not delete a temporary download {}: {}", temporary, e.toString());
			}
		}
	}

	@Override
	public Download fetchTo(String fileId, long maxBytes, Path target) {
		var located = locate(fileId, maxBytes);
		if (located.refused() != null) {
			return located.refused();
		}
		var outcome = downloadTo(located.path(), maxBytes, target);
		if (!(outcome instanceof Saved)) {
			try {
				Files.deleteIfExists(target);
			}
			catch (IOException e) {
				log.warn("Could not delete a partial download {}: {}", target, e.toString());
			}
		}
		return outcome;
	}

	/** Where getFile says the file is, or why it cannot be had. */
	private Located locate(String fileId, long maxBytes) {
		org.telegram.telegrambots.meta.api.objects.File file;
		try {
			file = sender.execute("getFile", GetFile.builder().fileId(fileId).build());
		}
		catch (ChatDeliveryException e) {
			if (e.getCause() instanceof TelegramApiRequestException refused && refused.getApiResponse() != null
					&& refused.getApiResponse().contains("file is too big")) {
				return Located.not(new TooLarge(-1, maxBytes));
			}
			return Located.not(failed(e.getMessage()));
		}
		if (file == null || file.getFilePath() == null) {
			return Located.not(failed("getFile gave no file_path"));
		}
		if (file.getFileSize() != null && file.getFileSize() > maxBytes) {
			return Located.not(new TooLarge(file.getFileSize(), maxBytes));
		}
		return new Located(file.getFilePath(), null);
	}

	/** The file's path on the server, or (path null) why it cannot be downloaded. */
	private record Located(String path, Download refused) {

		static Located not(Download refused) {
			return new Located(null, refused);
		}
	}

	/** Streams the download into the file, a chunk at a time, stopping at the limit. */
	private Download downloadTo(String path, long maxBytes, Path target) {
		var request = new Request.Builder().url(fileBase + settings.token() + "/" + path).get().build();
		try (var response = http.newCall(request).execute()) {
			if (!response.isSuccessful()) {
				return failed("download answered " + response.code() + " " + response.message());
			}
			var body = response.body();
			if (body == null) {
				return failed("download answered no body");
			}
			if (body.contentLength() > maxBytes) {
				return new TooLarge(body.contentLength(), maxBytes);
			}
			long written = 0;
			var buffer = new byte[CHUNK];
			try (var in = body.byteStream(); var out = Files.newOutputStream(target)) {
				for (int read; (read = in.read(buffer)) != -1;) {
					if (written + read > maxBytes) {
						return new TooLarge(-1, maxBytes);
					}
					out.write(buffer, 0, read);
					written += read;
				}
			}
			return new Saved(target, written);
		}
		catch (IOException | RuntimeException e) {
			return failed("download failed: " + e);
		}
	}

	private Failed failed(String detail) {
		var safe = settings.redact(detail);
		log.warn("A file could not be fetched from Telegram: {}", safe);
		return new Failed(safe);
	}
}
