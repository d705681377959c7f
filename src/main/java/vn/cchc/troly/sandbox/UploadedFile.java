package vn.cchc.troly.sandbox;

/** A file the bot uploaded (a multipart part), kept with its bytes. */
public record UploadedFile(String fileName, byte[] bytes) {
}
