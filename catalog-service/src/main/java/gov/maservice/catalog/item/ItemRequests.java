package gov.maservice.catalog.item;

import gov.maservice.catalog.guide.Guide;
import gov.maservice.contracts.UpdateType;
import gov.maservice.platform.validation.MultiLineText;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/** Request bodies of the item write endpoints; each names the revision its author saw. */
final class ItemRequests {

	private ItemRequests() {
	}

	/**
	 * {@code PUT /api/v1/items/{code}/draft}.
	 *
	 * @param version revision the editor saw
	 * @param guide the whole new draft guide
	 */
	record SaveDraft(@NotNull @PositiveOrZero Long version, @NotNull @Valid Guide guide) {
	}

	/**
	 * {@code POST /api/v1/items/{code}/publish}.
	 *
	 * @param version revision the publisher saw
	 * @param updateType MAJOR or MINOR
	 * @param changeNote what changed; required for MAJOR, ignored for MINOR
	 */
	record Publish(@NotNull @PositiveOrZero Long version, @NotNull UpdateType updateType,
			@Size(max = 2000) @MultiLineText String changeNote) {
	}

	/**
	 * {@code POST /api/v1/items/{code}/withdraw}.
	 *
	 * @param version revision the publisher saw
	 * @param reason why, shown to citizens on the page
	 */
	record Withdraw(@NotNull @PositiveOrZero Long version, @NotBlank @Size(max = 2000) @MultiLineText String reason) {
	}

}
