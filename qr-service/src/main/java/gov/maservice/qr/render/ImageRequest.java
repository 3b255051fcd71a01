package gov.maservice.qr.render;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * Query parameters of an image request, as sent; {@link ImageOptions#of} checks them.
 * Wrong types (e.g. {@code size=abc}, {@code ecc=X}) are refused by binding with a
 * problem detail.
 *
 * @param size edge in pixels, 96 to 2048 (default 256), at least two pixels per module
 * @param ecc L, M (default), Q or H
 * @param margin quiet zone in modules, 4 (default) to 16
 * @param fg module colour #RRGGBB (default #000000); the {@code #} may be left out
 * @param bg background colour #RRGGBB (default #FFFFFF), lighter than fg with contrast at
 * least 4.5:1
 * @param caption true: print the Chinese name and the code under the code
 * @param logo true: centre mark, forces ecc H
 * @param locality items only: print the item's code for this locality's poster (scans are
 * attributed to the locality)
 */
record ImageRequest(@Schema(example = "256") Integer size, @Schema(example = "M") ErrorCorrection ecc,
		@Schema(example = "4") Integer margin, @Schema(example = "#000000") String fg,
		@Schema(example = "#FFFFFF") String bg, @Schema(example = "false") Boolean caption,
		@Schema(example = "false") Boolean logo, @Schema(example = "410471100201") String locality) {
}
