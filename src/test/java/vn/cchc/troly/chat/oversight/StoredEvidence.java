package vn.cchc.troly.chat.oversight;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Random;

import org.springframework.jdbc.core.simple.JdbcClient;

import vn.cchc.troly.people.Official;
import vn.cchc.troly.progress.EvidenceStore;

/**
 * Evidence as the upload flow leaves it (downloaded, kept in the evidence folder, described), written
 * straight into the store and the tables: the dossier reads nothing else.
 */
public final class StoredEvidence {

	private final JdbcClient jdbc;
	private final EvidenceStore store;

	public StoredEvidence(JdbcClient jdbc, EvidenceStore store) {
		this.jdbc = jdbc;
		this.store = store;
	}

	/** A file of random bytes (a seed makes it repeatable), kept and recorded on the item; returns its id. */
	public long file(String itemCode, Official sender, String kind, String fileName, int size, long seed,
			Instant receivedAt) {
		var bytes = new byte[size];
		new Random(seed).nextBytes(bytes);
		return file(itemCode, sender, kind, fileName, bytes, receivedAt);
	}

	public long file(String itemCode, Official sender, String kind, String fileName, byte[] bytes, Instant receivedAt) {
		try {
			var temp = Files.createTempFile("evidence-", ".bin");
			try {
				Files.write(temp, bytes);
				var kept = store.keep(temp);
				return insert(itemCode, sender, kind, fileName, null, kept.sha256(), kept.size(), receivedAt);
			}
			finally {
				Files.deleteIfExists(temp);
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/**
	 * A file Telegram did not hand over: no bytes with us. Its tries are used up, so the retry job
	 * (EvidenceRetry) leaves it alone and no "send it again" notice lands among a test's replies.
	 */
	public long notDownloaded(String itemCode, Official sender, String fileName, Instant receivedAt) {
		return insert(itemCode, sender, "DOCUMENT", fileName, null, null, null, receivedAt);
	}

	/** A long message kept as text. */
	public long text(String itemCode, Official sender, String content, Instant receivedAt) {
		return insert(itemCode, sender, "TEXT", "ghi-chu.txt", content, null,
				(long) content.getBytes(StandardCharsets.UTF_8).length, receivedAt);
	}

	/** A description of the document, added as the caption or a correction would. */
	public void describe(long evidenceId, Official by, String number, LocalDate date, String issuer, String page,
			Instant at) {
		jdbc.sql("""
				insert into evidence_description (evidence_id, document_number, document_date, issuer, page,
				    described_by, described_at)
				values (:evidence, :number, :date, :issuer, :page, :by, :at)
				""").param("evidence", evidenceId).param("number", number).param("date", date)
			.param("issuer", issuer).param("page", page).param("by", by.id())
			.param("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC)).update();
	}

	/** More tries than any setting allows: the retry job passes the row over. */
	private static final int GIVEN_UP = 1_000;

	private long insert(String itemCode, Official sender, String kind, String fileName, String content, String sha256,
			Long size, Instant receivedAt) {
		var itemId = jdbc.sql("""
				select i.id from plan_item i join plan p on p.id = i.plan_id
				where i.code = :code and i.withdrawn_at is null order by p.plan_year desc, p.id desc
				""").param("code", itemCode).query(Long.class).list().get(0);
		var fileId = "test-" + System.nanoTime();
		jdbc.sql("""
				insert into evidence (plan_item_id, official_id, telegram_file_id, file_unique_id, file_name, mime_type,
				    kind, caption, received_at, content, sha256, size_bytes, stored_at, download_attempts)
				values (:item, :official, :fileId, :fileId, :name, null, :kind, null, :at, :content, :sha, :size,
				    :storedAt, :attempts)
				""").param("item", itemId).param("official", sender.id())
			.param("fileId", "TEXT".equals(kind) ? null : fileId).param("name", fileName).param("kind", kind)
			.param("at", OffsetDateTime.ofInstant(receivedAt, ZoneOffset.UTC)).param("content", content)
			.param("sha", sha256).param("size", size)
			.param("storedAt", sha256 == null ? null : OffsetDateTime.ofInstant(receivedAt, ZoneOffset.UTC))
			.param("attempts", sha256 == null ? GIVEN_UP : 0).update();
		return jdbc.sql("select max(id) from evidence where plan_item_id = :item").param("item", itemId)
			.query(Long.class).single();
	}
}
