package vn.cchc.troly.report;

import java.awt.image.BufferedImage;

/** The chart's PNG encoding on its own, for the province benchmark (another package) to time. */
public final class ChartSteps {

	private ChartSteps() {
	}

	/** What {@link ChartRenderer} does with the picture it drew; the image must be {@code TYPE_INT_RGB}. */
	public static byte[] png(BufferedImage image) {
		return PngEncoder.encode(image);
	}
}
