package gov.maservice.qr.poster;

import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * Paper sizes of posters and how many codes fit on a page. Codes stay at least 3.5 cm
 * wide (with their quiet zone), which a phone reads from about 35 cm away.
 */
public enum Paper {

	/** 210 × 297 mm: 3 × 4 codes a page. */
	A4(PDRectangle.A4, 3, 4, 1.0f),

	/** 297 × 420 mm: 4 × 5 codes a page, larger type. */
	A3(PDRectangle.A3, 4, 5, 1.3f);

	private final PDRectangle size;

	private final int columns;

	private final int rows;

	private final float typeScale;

	Paper(PDRectangle size, int columns, int rows, float typeScale) {
		this.size = size;
		this.columns = columns;
		this.rows = rows;
		this.typeScale = typeScale;
	}

	PDRectangle size() {
		return this.size;
	}

	int columns() {
		return this.columns;
	}

	int rows() {
		return this.rows;
	}

	float typeScale() {
		return this.typeScale;
	}

	int perPage() {
		return this.columns * this.rows;
	}

}
