package vn.cchc.troly.report;

/** A file to send: its name ("ke-hoach-cchc-2026-11-27.xlsx") and bytes. */
public record ExportFile(String fileName, String contentType, byte[] content) {

	public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
}
