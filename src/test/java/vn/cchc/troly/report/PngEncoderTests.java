package vn.cchc.troly.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.zip.CRC32;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

class PngEncoderTests {

	@Test
	void aDecoderReadsBackEveryPixel() throws Exception {
		// Odd sizes and every kind of neighbour: noise, steps and repeated rows.
		var image = new BufferedImage(37, 23, BufferedImage.TYPE_INT_RGB);
		for (int y = 0; y < image.getHeight(); y++) {
			for (int x = 0; x < image.getWidth(); x++) {
				image.setRGB(x, y, y % 5 == 0 ? 0xFA_FA_FA : (x * 7919 + y * 104_729) * 31 & 0xFF_FF_FF);
			}
		}

		var decoded = ImageIO.read(new ByteArrayInputStream(PngEncoder.encode(image)));

		assertThat(decoded.getWidth()).isEqualTo(37);
		assertThat(decoded.getHeight()).isEqualTo(23);
		for (int y = 0; y < image.getHeight(); y++) {
			for (int x = 0; x < image.getWidth(); x++) {
				assertThat(decoded.getRGB(x, y)).as("pixel %d,%d", x, y).isEqualTo(image.getRGB(x, y));
			}
		}
	}

	@Test
	void aPictureThatHardlyCompressesIsReadBackWhole() throws Exception {
		// Noise: zlib's output outgrows any guess from the picture's size, over many batches of rows.
		var random = new java.util.Random(7);
		var image = new BufferedImage(400, 300, BufferedImage.TYPE_INT_RGB);
		for (int y = 0; y < image.getHeight(); y++) {
			for (int x = 0; x < image.getWidth(); x++) {
				image.setRGB(x, y, random.nextInt() & 0xFF_FF_FF);
			}
		}

		var png = PngEncoder.encode(image);
		var decoded = ImageIO.read(new ByteArrayInputStream(png));

		assertThat(png.length).isGreaterThan(400 * 300 * 3);
		for (int y = 0; y < image.getHeight(); y++) {
			for (int x = 0; x < image.getWidth(); x++) {
				assertThat(decoded.getRGB(x, y)).as("pixel %d,%d", x, y).isEqualTo(image.getRGB(x, y));
			}
		}
	}

	@Test
	void everyChunkCarriesItsChecksumSoStrictDecodersAcceptIt() {
		// Telegram and browsers reject a PNG whose chunk CRC is wrong; ImageIO does not look.
		var png = ByteBuffer.wrap(PngEncoder.encode(new BufferedImage(120, 80, BufferedImage.TYPE_INT_RGB)));
		png.position(8);
		var types = new ArrayList<String>();
		while (png.hasRemaining()) {
			var length = png.getInt();
			var typeAndData = new byte[4 + length];
			png.get(typeAndData);
			var crc = new CRC32();
			crc.update(typeAndData);
			var type = new String(typeAndData, 0, 4, StandardCharsets.US_ASCII);
			assertThat(png.getInt()).as("CRC of " + type).isEqualTo((int) crc.getValue());
			types.add(type);
		}
		assertThat(types).containsExactly("IHDR", "IDAT", "IEND");
	}

	@Test
	void aPictureWithTransparencyIsRefusedRatherThanFlattenedSilently() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> PngEncoder.encode(new BufferedImage(4, 4, BufferedImage.TYPE_INT_ARGB)));
	}
}
