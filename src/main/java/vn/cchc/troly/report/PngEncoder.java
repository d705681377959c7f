package vn.cchc.troly.report;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

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
	/** A chunk's length, type and CRC around its data. */
	private static final int CHUNK_FRAME = 12;
	/**
	 * zlib's output is first given a byte for every 8 pixels, at least 16 KB (a chart of flat colour
	 * needs less: one array, no growing); it doubles when a picture compresses worse.
	 */
	private static final int PIXELS_PER_OUTPUT_BYTE = 8;
	private static final int MIN_OUTPUT = 16 * 1024;

	private PngEncoder() {
	}

	/** A PNG of an image drawn as {@link BufferedImage#TYPE_INT_RGB}, holding exactly its pixels. */
	static byte[] encode(BufferedImage image) {
		if (image.getType() != BufferedImage.TYPE_INT_RGB) {
			throw new IllegalArgumentException("Only TYPE_INT_RGB images are encoded, not type " + image.getType());
		}
		var header = header(image.getWidth(), image.getHeight());
		var pixels = new Deflated(image.getWidth() * image.getHeight() / PIXELS_PER_OUTPUT_BYTE);
		pixels(image, pixels);
		// The file in one array of its exact size: a hundred charts at the due time, no stream's copies.
		var png = ByteBuffer.allocate(SIGNATURE.length + 3 * CHUNK_FRAME + header.length + pixels.length);
		png.put(SIGNATURE);
		chunk(png, "IHDR", header, header.length);
		chunk(png, "IDAT", pixels.bytes, pixels.length);
		chunk(png, "IEND", new byte[0], 0);
		return png.array();
	}

	private static byte[] header(int width, int height) {
		// Bit depth 8, truecolour, deflate, adaptive filtering (the only method), no interlace.
		return ByteBuffer.allocate(13).putInt(width).putInt(height).put(new byte[] { 8, TRUECOLOUR, 0, 0, 0 }).array();
	}

	/** The rows, each a filter-type byte then R, G, B of every pixel, deflated as one zlib stream. */
	private static void pixels(BufferedImage image, Deflated out) {
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
		var deflater = new Deflater(DEFLATE_LEVEL);
		try {
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
					out.deflate(deflater, rows, filled);
					filled = 0;
				}
			}
			out.deflate(deflater, rows, filled);
			out.finish(deflater);
		}
		finally {
			deflater.end();
		}
	}

	/** Length, type, data, then the CRC-32 of type and data. */
	private static void chunk(ByteBuffer png, String type, byte[] data, int length) {
		var typeBytes = type.getBytes(StandardCharsets.US_ASCII);
		var crc = new CRC32();
		crc.update(typeBytes);
		crc.update(data, 0, length);
		png.putInt(length).put(typeBytes).put(data, 0, length).putInt((int) crc.getValue());
	}

	/** zlib's output, in an array that grows when a picture compresses worse than guessed. */
	private static final class Deflated {

		private byte[] bytes;
		private int length;

		Deflated(int guess) {
			bytes = new byte[Math.max(MIN_OUTPUT, guess)];
		}

		void deflate(Deflater deflater, byte[] input, int inputLength) {
			deflater.setInput(input, 0, inputLength);
			while (!deflater.needsInput()) {
				drain(deflater);
			}
		}

		void finish(Deflater deflater) {
			deflater.finish();
			while (!deflater.finished()) {
				drain(deflater);
			}
		}

		private void drain(Deflater deflater) {
			if (length == bytes.length) {
				bytes = Arrays.copyOf(bytes, bytes.length * 2);
			}
			length += deflater.deflate(bytes, length, bytes.length - length);
		}
	}
}
