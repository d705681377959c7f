package vn.cchc.troly.report;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

/**
 * Writes an opaque picture as a PNG: 8-bit RGB, every row unfiltered, deflated at level 2.
 *
 * <p>Not ImageIO's PNG writer: for every row it tries all five PNG filters in Java, reading the
 * pixels through the generic {@code Raster.getPixels}; on the JVM the Dockerfile runs (C1 only) that
 * was 12 of its 20 ms a chart, more than zlib itself. A chart is mostly flat colour, where the
 * filters gain nothing: 51 KB either way (measured by the province benchmark). What is left is
 * copying the pixels into rows of bytes and zlib.
 */
final class PngEncoder {

	private static final byte[] SIGNATURE = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n' };
	private static final byte TRUECOLOUR = 2;
	private static final byte NO_FILTER = 0;
	/** As fast as level 1 on a chart and a little smaller; level 9 (ChartUtils' default) costs three times as much. */
	private static final int DEFLATE_LEVEL = 2;
	private static final int ROWS_BUFFER = 64 * 1024;

	private PngEncoder() {
	}

	/** A PNG of an image drawn as {@link BufferedImage#TYPE_INT_RGB}, holding exactly its pixels. */
	static byte[] encode(BufferedImage image) {
		if (image.getType() != BufferedImage.TYPE_INT_RGB) {
			throw new IllegalArgumentException("Only TYPE_INT_RGB images are encoded, not type " + image.getType());
		}
		try {
			var png = new ByteArrayOutputStream(64 * 1024);
			png.write(SIGNATURE);
			var out = new DataOutputStream(png);
			chunk(out, "IHDR", header(image.getWidth(), image.getHeight()));
			chunk(out, "IDAT", pixels(image));
			chunk(out, "IEND", new byte[0]);
			return png.toByteArray();
		}
		catch (IOException e) {
			// Only in-memory streams: cannot happen.
			throw new UncheckedIOException(e);
		}
	}

	private static byte[] header(int width, int height) throws IOException {
		var bytes = new ByteArrayOutputStream(13);
		var out = new DataOutputStream(bytes);
		out.writeInt(width);
		out.writeInt(height);
		// Bit depth 8, truecolour, deflate, adaptive filtering (the only method), no interlace.
		out.write(new byte[] { 8, TRUECOLOUR, 0, 0, 0 });
		return bytes.toByteArray();
	}

	/** The rows, each a filter-type byte then R, G, B of every pixel, deflated as one zlib stream. */
	private static byte[] pixels(BufferedImage image) throws IOException {
		int width = image.getWidth();
		int height = image.getHeight();
		// TYPE_INT_RGB keeps its pixels in one int array, a row after another: read directly. The array
		// may be longer than the image (Canvases lends one array to charts of every height).
		var buffer = (DataBufferInt) image.getRaster().getDataBuffer();
		var pixels = buffer.getData();
		if (buffer.getSize() != width * height || buffer.getOffset() != 0
				|| image.getRaster().getSampleModelTranslateX() != 0 || image.getRaster().getSampleModelTranslateY() != 0) {
			throw new IllegalArgumentException("Only a whole image is encoded, not a part of a larger one");
		}
		int rowLength = 1 + 3 * width;
		// Rows go to zlib some at a time: a call a row costs more than the copying.
		int rowsAtOnce = Math.max(1, ROWS_BUFFER / rowLength);
		var rows = new byte[rowsAtOnce * rowLength];
		var compressed = new ByteArrayOutputStream(64 * 1024);
		var deflater = new Deflater(DEFLATE_LEVEL);
		try (var out = new DeflaterOutputStream(compressed, deflater, 64 * 1024)) {
			int filled = 0;
			for (int y = 0, start = 0; y < height; y++, start += width) {
				int i = filled;
				rows[i++] = NO_FILTER;
				for (int x = start, end = start + width; x < end; x++) {
					int rgb = pixels[x];
					rows[i++] = (byte) (rgb >> 16);
					rows[i++] = (byte) (rgb >> 8);
					rows[i++] = (byte) rgb;
				}
				filled = i;
				if (filled == rows.length) {
					out.write(rows, 0, filled);
					filled = 0;
				}
			}
			out.write(rows, 0, filled);
		}
		finally {
			deflater.end();
		}
		return compressed.toByteArray();
	}

	/** Length, type, data, then the CRC-32 of type and data. */
	private static void chunk(DataOutputStream out, String type, byte[] data) throws IOException {
		var typeBytes = type.getBytes(StandardCharsets.US_ASCII);
		var crc = new CRC32();
		crc.update(typeBytes);
		crc.update(data);
		out.writeInt(data.length);
		out.write(typeBytes);
		out.write(data);
		out.writeInt((int) crc.getValue());
	}
}
