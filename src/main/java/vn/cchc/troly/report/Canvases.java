package vn.cchc.troly.report;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.awt.image.DirectColorModel;
import java.awt.image.Raster;
import java.lang.ref.SoftReference;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The pixels of the charts, kept between drawings. A chart is {@link ChartRenderer#WIDTH} ints a row,
 * 2-3 MB for a unit's 15 items: a province's 100 summaries drew 300 MB of them in the two seconds
 * after the due time, and the young collections they caused stopped the answers as well
 * (docs/performance.md, section 6, session 9). An array is lent to one drawing at a time; as many are
 * kept as charts are drawn at once by default (the two listener threads), softly, so a heap that
 * needs the room between Fridays takes it back.
 */
final class Canvases {

	private static final int KEPT = 2;
	private static final int[] RGB = { 0xFF0000, 0xFF00, 0xFF };
	private static final DirectColorModel COLOURS = new DirectColorModel(24, RGB[0], RGB[1], RGB[2]);

	private final BlockingQueue<SoftReference<int[]>> kept = new ArrayBlockingQueue<>(KEPT);

	/**
	 * A {@link BufferedImage#TYPE_INT_RGB} image of the size, drawn and then read (encoded) before its
	 * pixels are lent again; what it holds before the drawing is whatever was drawn last.
	 */
	<T> T draw(int width, int height, Consumer<BufferedImage> drawing, Function<BufferedImage, T> reading) {
		var pixels = borrow(Math.multiplyExact(width, height));
		try {
			var image = new BufferedImage(COLOURS, Raster.createPackedRaster(new DataBufferInt(pixels, width * height),
					width, height, width, RGB, null), false, null);
			drawing.accept(image);
			return reading.apply(image);
		}
		finally {
			kept.offer(new SoftReference<>(pixels));
		}
	}

	private int[] borrow(int size) {
		for (var held = kept.poll(); held != null; held = kept.poll()) {
			var pixels = held.get();
			if (pixels != null && pixels.length >= size) {
				return pixels;
			}
		}
		return new int[size];
	}
}
