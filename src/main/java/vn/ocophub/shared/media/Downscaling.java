package vn.ocophub.shared.media;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;

/**
 * Good-looking reductions. One bicubic step from 4000 to 400 pixels samples only a few source pixels per
 * target pixel and leaves jagged edges and moiré; halving the image step by step until the last step is at
 * most a halving lets every source pixel count (Campbell, "The Perils of Image.getScaledInstance()").
 */
final class Downscaling {

	private Downscaling() {
	}

	/**
	 * The image shrunk so that its long side is at most {@code longSide}, never enlarged, in a plain
	 * {@code TYPE_INT_ARGB} (when {@code keepAlpha}) or {@code TYPE_INT_RGB} image that the encoders accept.
	 */
	static BufferedImage fit(BufferedImage source, int longSide, boolean keepAlpha) {
		double scale = Math.min(1.0, (double) longSide / Math.max(source.getWidth(), source.getHeight()));
		int targetWidth = Math.max(1, (int) Math.round(source.getWidth() * scale));
		int targetHeight = Math.max(1, (int) Math.round(source.getHeight() * scale));
		BufferedImage current = source;
		do {
			int width = Math.max(targetWidth, current.getWidth() / 2);
			int height = Math.max(targetHeight, current.getHeight() / 2);
			current = draw(current, width, height, keepAlpha);
		}
		while (current.getWidth() != targetWidth || current.getHeight() != targetHeight);
		return current;
	}

	/** True when every pixel is fully opaque, so the image may be stored as a JPEG. */
	static boolean isOpaque(BufferedImage image) {
		if (!image.getColorModel().hasAlpha()) {
			return true;
		}
		int[] row = new int[image.getWidth()];
		for (int y = 0; y < image.getHeight(); y++) {
			image.getRGB(0, y, row.length, 1, row, 0, row.length);
			for (int pixel : row) {
				if (pixel >>> 24 != 0xFF) {
					return false;
				}
			}
		}
		return true;
	}

	private static BufferedImage draw(BufferedImage source, int width, int height, boolean keepAlpha) {
		BufferedImage target = new BufferedImage(width, height,
				keepAlpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
		Graphics2D g = target.createGraphics();
		try {
			g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
			g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
			g.setRenderingHint(RenderingHints.KEY_COLOR_RENDERING, RenderingHints.VALUE_COLOR_RENDER_QUALITY);
			g.setRenderingHint(RenderingHints.KEY_ALPHA_INTERPOLATION,
					RenderingHints.VALUE_ALPHA_INTERPOLATION_QUALITY);
			// A source with unused transparency is laid on white, as a browser would show it, not on black.
			g.drawImage(source, 0, 0, width, height, keepAlpha ? null : Color.WHITE, null);
		}
		finally {
			g.dispose();
		}
		return target;
	}

}
