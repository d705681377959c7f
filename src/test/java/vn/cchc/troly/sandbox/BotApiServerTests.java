package vn.cchc.troly.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The Bot API server at the HTTP level, as a Telegram client sees it. */
class BotApiServerTests {

	private static final String TOKEN = "123:abc";
	private static final Duration WAIT = Duration.ofSeconds(5);

	private final BotApiServer server = BotApiServer.start(TOKEN, "test_bot",
			Clock.fixed(Instant.parse("2024-06-14T09:00:00Z"), ZoneOffset.UTC));
	private final BotApiServerProbe probe = new BotApiServerProbe(server);
	private final HttpClient http = HttpClient.newHttpClient();
	private final JsonMapper json = JsonMapper.builder().build();
	private final ChatUser an = new ChatUser(42, "An", "vi");

	@AfterEach
	void stop() {
		server.close();
	}

	@Test
	void unknownMethodsAndWrongTokensGetTelegramShapedErrors() throws Exception {
		var unknown = post("/bot" + TOKEN + "/sendTelepathy", "{}");
		var wrongToken = post("/bot999:zzz/getMe", "{}");

		assertThat(unknown.get("ok").asBoolean()).isFalse();
		assertThat(unknown.get("error_code").asInt()).isEqualTo(404);
		assertThat(wrongToken.get("error_code").asInt()).isEqualTo(401);
	}

	@Test
	void methodNamesAreFoundInAnyCase() throws Exception {
		var me = post("/bot" + TOKEN + "/GETME", "{}");

		assertThat(me.get("result").get("username").asString()).isEqualTo("test_bot");
		assertThat(me.get("result").get("id").asLong()).isEqualTo(123);
	}

	@Test
	void getUpdatesWaitsForNewsAndAnOffsetConfirmsWhatCameBefore() throws Exception {
		var waiting = CompletableFuture.supplyAsync(() -> getUpdates(0, 10));
		probe.awaitRequest("getUpdates", r -> true, WAIT);
		var first = server.users().sends(an, "/trogiup");

		var batch = waiting.get();
		assertThat(batch).hasSize(1);
		var message = batch.get(0).get("message");
		assertThat(batch.get(0).get("update_id").asInt()).isEqualTo(first.updateId());
		assertThat(message.get("text").asString()).isEqualTo("/trogiup");
		assertThat(message.get("date").asLong()).as("seconds").isEqualTo(1718355600L);
		assertThat(message.get("entities").get(0).get("type").asString()).isEqualTo("bot_command");

		var second = server.users().sends(an, "xin chào");
		var next = getUpdates(first.updateId() + 1, 0);
		assertThat(next).hasSize(1);
		assertThat(next.get(0).get("update_id").asInt()).isEqualTo(second.updateId());
		assertThat(getUpdates(second.updateId() + 1, 0)).isEmpty();
	}

	@Test
	void aFileIsTakenFromTheMultipartPartNamedInTheField() throws Exception {
		server.users().sends(an, "/xuat");

		var answer = sendDocument("bao-cao.xlsx", new byte[] { 1, 2, 3, 13, 10, 4 });

		assertThat(answer.get("result").get("document").get("file_name").asString()).isEqualTo("bao-cao.xlsx");
		var kept = server.messagesIn(42).get(0);
		assertThat(kept.kind()).isEqualTo("document");
		assertThat(kept.file().bytes()).containsExactly(1, 2, 3, 13, 10, 4);
	}

	@Test
	void anUploadOverTheLimitIsRefusedAsTelegramRefusesOneOver50Megabytes() throws Exception {
		server.users().sends(an, "/hoso");
		server.limitUploads(5);

		var tooLarge = sendDocument("ho-so.zip", new byte[6]);
		var fits = sendDocument("ho-so-phan-1.zip", new byte[5]);

		assertThat(tooLarge.get("error_code").asInt()).isEqualTo(413);
		assertThat(tooLarge.get("description").asString()).isEqualTo("Request Entity Too Large");
		assertThat(fits.get("ok").asBoolean()).isTrue();
		assertThat(server.messagesIn(42)).extracting(m -> m.file().fileName()).containsExactly("ho-so-phan-1.zip");
	}

	@Test
	void refusesWhatTelegramRefuses() throws Exception {
		server.users().sends(an, "hi");

		var brokenHtml = post("/bot" + TOKEN + "/sendMessage", "{\"chat_id\":42,\"text\":\"<b>x\",\"parse_mode\":\"HTML\"}");
		var tooLong = post("/bot" + TOKEN + "/sendMessage",
				"{\"chat_id\":42,\"text\":\"" + "x".repeat(4097) + "\"}");
		var unknownChat = post("/bot" + TOKEN + "/sendMessage", "{\"chat_id\":77,\"text\":\"hi\"}");

		assertThat(brokenHtml.get("description").asString()).startsWith("Bad Request: can't parse entities");
		assertThat(tooLong.get("description").asString()).isEqualTo("Bad Request: message is too long");
		assertThat(unknownChat.get("description").asString()).isEqualTo("Bad Request: chat not found");
		assertThat(server.messagesIn(42)).isEmpty();
		assertThat(server.errorsReturned()).hasSize(3).first().asString()
			.startsWith("400 sendMessage: Bad Request: can't parse entities");
	}

	@Test
	void channelPostsAndMediaTheBotDoesNotReadAreDeliveredAsTelegramShapesThem() {
		server.users().postsInChannel(-1001L, "Tin xã", "Thông báo");
		server.users().sendsOther(an, "voice", "2.2 97");
		server.users().sendsOther(an, "sticker", null);

		var updates = getUpdates(0, 0);

		var post = updates.get(0).get("channel_post");
		assertThat(post.get("chat").get("type").asString()).isEqualTo("channel");
		assertThat(post.has("from")).isFalse();
		assertThat(post.get("sender_chat").get("id").asLong()).isEqualTo(-1001L);
		assertThat(updates.get(1).get("message").get("voice").get("mime_type").asString()).isEqualTo("audio/ogg");
		assertThat(updates.get(1).get("message").get("caption").asString()).isEqualTo("2.2 97");
		assertThat(updates.get(2).get("message").get("sticker").get("emoji").asString()).isEqualTo("😀");
	}

	@Test
	void injectedFaultsAnswerInsteadOfTheMethod() throws Exception {
		server.users().sends(an, "hi");
		server.injectFaults(r -> r.is("sendMessage")
				? java.util.Optional.of(new FaultInjector.ApiError(429, "Too Many Requests: retry after 3", 3))
				: java.util.Optional.empty());

		var answer = post("/bot" + TOKEN + "/sendMessage", "{\"chat_id\":42,\"text\":\"hi\"}");

		assertThat(answer.get("error_code").asInt()).isEqualTo(429);
		assertThat(answer.get("parameters").get("retry_after").asInt()).isEqualTo(3);
	}

	@Test
	void aFileAUserSentIsFoundWithGetFileAndDownloadedWithItsBytes() throws Exception {
		var bytes = "%PDF-1.4 quyết định 123/QĐ-UBND".getBytes(StandardCharsets.UTF_8);
		server.users().sendsDocument(an, new UploadedFile("qd-123.pdf", bytes), "2.2 QĐ 123/QĐ-UBND");
		var document = getUpdates(0, 0).get(0).get("message").get("document");

		var file = post("/bot" + TOKEN + "/getFile", "{\"file_id\":\"" + document.get("file_id").asString() + "\"}")
			.get("result");

		assertThat(file.get("file_id").asString()).isEqualTo(document.get("file_id").asString());
		assertThat(file.get("file_unique_id").asString()).isEqualTo(document.get("file_unique_id").asString());
		assertThat(file.get("file_size").asLong()).isEqualTo(bytes.length).isEqualTo(document.get("file_size").asLong());
		assertThat(file.get("file_path").asString()).startsWith("documents/").endsWith(".pdf");
		var download = download("/file/bot" + TOKEN + "/" + file.get("file_path").asString());
		assertThat(download.statusCode()).isEqualTo(200);
		assertThat(download.body()).isEqualTo(bytes);
		assertThat(server.requests()).filteredOn(r -> r.is("download")).singleElement()
			.satisfies(r -> assertThat(r.param("file_path")).isEqualTo(file.get("file_path").asString()));
	}

	@Test
	void everySizeOfAPhotoDownloadsAndAPhotoWithoutBytesGetsTheSameMadeUpBytesEachTime() throws Exception {
		server.users().sendsPhoto(an, "2.2", new UploadedFile("anh.jpg", new byte[] { 1, 2, 3 }));
		server.users().sendsPhoto(an, null);
		var updates = getUpdates(0, 0);

		for (var size : updates.get(0).get("message").get("photo")) {
			assertThat(download(getFile(size.get("file_id").asString())).body()).containsExactly(1, 2, 3);
		}
		var largest = updates.get(1).get("message").get("photo").get(2);
		var path = getFile(largest.get("file_id").asString());
		assertThat(download(path).body()).hasSize(largest.get("file_size").asInt()).isEqualTo(download(path).body());
	}

	@Test
	void aFileOver20MegabytesIsRefusedByGetFileAsTelegramRefusesIt() throws Exception {
		server.users().sendsDocumentOfSize(an, "ho-so-quet.pdf", 20L * 1024 * 1024 + 1, "2.2");
		server.users().sendsDocumentOfSize(an, "vua-du.pdf", 20L * 1024 * 1024, "2.2");
		var updates = getUpdates(0, 0);

		var tooBig = post("/bot" + TOKEN + "/getFile",
				"{\"file_id\":\"" + updates.get(0).get("message").get("document").get("file_id").asString() + "\"}");
		var unknown = post("/bot" + TOKEN + "/getFile", "{\"file_id\":\"no-such-file\"}");

		assertThat(tooBig.get("error_code").asInt()).isEqualTo(400);
		assertThat(tooBig.get("description").asString()).isEqualTo("Bad Request: file is too big");
		assertThat(unknown.get("description").asString()).isEqualTo("Bad Request: invalid file_id");
		var justFits = post("/bot" + TOKEN + "/getFile",
				"{\"file_id\":\"" + updates.get(1).get("message").get("document").get("file_id").asString() + "\"}");
		assertThat(justFits.get("result").get("file_size").asLong()).isEqualTo(20L * 1024 * 1024);
		assertThat(justFits.get("result").get("file_path").asString()).startsWith("documents/");
	}

	@Test
	void aDownloadCanBeMadeToFailOnceAndThenSucceeds() throws Exception {
		server.users().sendsDocument(an, new UploadedFile("bao-cao.xlsx", new byte[] { 9, 8, 7 }), "1.1");
		var path = getFile(getUpdates(0, 0).get(0).get("message").get("document").get("file_id").asString());
		server.injectFaults(FaultInjector.once(r -> r.is("download"), FaultInjector.ApiError.of(502, "Bad Gateway")));

		var failed = download(path);
		var retried = download(path);

		assertThat(failed.statusCode()).isEqualTo(502);
		assertThat(retried.statusCode()).isEqualTo(200);
		assertThat(retried.body()).containsExactly(9, 8, 7);
		assertThat(server.errorsReturned()).containsExactly("502 download " + path.substring(path.indexOf("documents/"))
				+ ": Bad Gateway");
	}

	@Test
	void aDroppedDownloadClosesTheConnectionWithoutAnAnswer() throws Exception {
		server.users().sendsDocument(an, new UploadedFile("bao-cao.xlsx", new byte[] { 9, 8, 7 }), "1.1");
		var path = getFile(getUpdates(0, 0).get(0).get("message").get("document").get("file_id").asString());
		// Every time: the JDK's client (as OkHttp) tries a GET again once when its connection drops.
		server.injectFaults(FaultInjector.of(r -> r.is("download") ? Optional.of(new FaultInjector.DroppedConnection())
				: Optional.empty()));

		assertThatThrownBy(() -> download(path)).isInstanceOf(java.io.IOException.class);
		server.injectFaults(FaultInjector.NONE);
		assertThat(download(path).body()).containsExactly(9, 8, 7);
	}

	@Test
	void downloadsNeedTheBotsTokenAndAPathGetFileGave() throws Exception {
		server.users().sendsDocument(an, new UploadedFile("a.pdf", new byte[] { 1 }), null);
		var path = getFile(getUpdates(0, 0).get(0).get("message").get("document").get("file_id").asString());

		assertThat(download(path.replace(TOKEN, "999:zzz")).statusCode()).isEqualTo(401);
		assertThat(download("/file/bot" + TOKEN + "/documents/file_999.pdf").statusCode()).isEqualTo(404);
	}

	@Test
	void aListenerHearsOfEveryChangeUntilItStops() throws Exception {
		var changes = new java.util.concurrent.atomic.AtomicInteger();
		try (var listening = server.onChange(changes::incrementAndGet)) {
			server.users().sends(an, "hi");
			post("/bot" + TOKEN + "/sendMessage", "{\"chat_id\":42,\"text\":\"chào\"}");
		}
		var heard = changes.get();
		server.users().sends(an, "again");

		// The message, the request, the bot's reply (and the chat made known) each count.
		assertThat(heard).isGreaterThanOrEqualTo(3);
		assertThat(changes.get()).isEqualTo(heard);
	}

	/** sendDocument to An's chat as TelegramBots sends it: multipart, the file in a part the field names. */
	private JsonNode sendDocument(String name, byte[] bytes) throws Exception {
		var boundary = "b0undary";
		var body = new ByteArrayOutputStream();
		body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"chat_id\"\r\n\r\n42\r\n"
				+ "--" + boundary + "\r\nContent-Disposition: form-data; name=\"document\"\r\n\r\nattach://" + name + "\r\n"
				+ "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"; filename=\"" + name + "\"\r\n"
				+ "Content-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
		body.writeBytes(bytes);
		body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return send(HttpRequest.newBuilder(uri("/bot" + TOKEN + "/senddocument"))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
	}

	/** getFile's file_path as the download address's path. */
	private String getFile(String fileId) throws Exception {
		var file = post("/bot" + TOKEN + "/getFile", "{\"file_id\":\"" + fileId + "\"}").get("result");
		return "/file/bot" + TOKEN + "/" + file.get("file_path").asString();
	}

	private HttpResponse<byte[]> download(String path) throws Exception {
		return http.send(HttpRequest.newBuilder(uri(path)).timeout(WAIT).GET().build(),
				HttpResponse.BodyHandlers.ofByteArray());
	}

	private java.util.List<JsonNode> getUpdates(long offset, int timeout) {
		try {
			var answer = post("/bot" + TOKEN + "/getUpdates", "{\"offset\":" + offset + ",\"timeout\":" + timeout + "}");
			var list = new java.util.ArrayList<JsonNode>();
			answer.get("result").forEach(list::add);
			return list;
		}
		catch (Exception e) {
			throw new IllegalStateException(e);
		}
	}

	private JsonNode post(String path, String body) throws Exception {
		return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body)));
	}

	private JsonNode send(HttpRequest.Builder request) throws Exception {
		var response = http.send(request.timeout(WAIT).build(), HttpResponse.BodyHandlers.ofByteArray());
		return json.readTree(response.body());
	}

	private URI uri(String path) {
		return URI.create(server.baseUrl() + path);
	}
}
