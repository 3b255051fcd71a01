package gov.maservice.qr.render;

import org.springframework.http.MediaType;

/** The image formats a code can be fetched in. */
enum ImageFormat {

	/** 1-bit raster for screens and WeChat; captioned images are RGB. */
	PNG(MediaType.IMAGE_PNG),

	/** Vector for print. */
	SVG(MediaType.parseMediaType("image/svg+xml;charset=UTF-8"));

	private final MediaType mediaType;

	ImageFormat(MediaType mediaType) {
		this.mediaType = mediaType;
	}

	MediaType mediaType() {
		return this.mediaType;
	}

}
