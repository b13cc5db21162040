package vn.ocophub.certificate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import javax.imageio.ImageIO;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;

/** Reads the QR code of a certificate PDF back as a phone would see the printed page. */
public final class PdfQrCodes {

	private PdfQrCodes() {
	}

	/** The QR code read back from the page as pdftoppm draws it; skipped where poppler-utils is missing. */
	public static String read(byte[] pdf) throws Exception {
		Path dir = Files.createTempDirectory("certificate-pdf");
		Path file = dir.resolve("certificate.pdf");
		Files.write(file, pdf);
		Process process;
		try {
			process = new ProcessBuilder("pdftoppm", "-r", "150", "-png", "-singlefile", file.toString(),
					dir.resolve("page").toString()).redirectErrorStream(true).start();
		}
		catch (java.io.IOException ex) {
			assumeTrue(false, "pdftoppm (poppler-utils) is not installed: the QR code is not read back");
			return null;
		}
		try {
			assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
			assertThat(process.exitValue()).isZero();
			BufferedImage page = ImageIO.read(dir.resolve("page.png").toFile());
			// The code sits in the lower left quarter of the page.
			BufferedImage corner = page.getSubimage(0, page.getHeight() / 2, page.getWidth() / 3, page.getHeight() / 2);
			return new QRCodeReader()
				.decode(new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(corner))),
						Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE))
				.getText();
		}
		finally {
			Files.deleteIfExists(dir.resolve("page.png"));
			Files.deleteIfExists(file);
			Files.deleteIfExists(dir);
		}
	}

}
