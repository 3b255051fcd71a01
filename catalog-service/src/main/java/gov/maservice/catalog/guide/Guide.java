package gov.maservice.catalog.guide;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import gov.maservice.platform.validation.MultiLineText;
import gov.maservice.platform.validation.SingleLineText;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/**
 * The complete guide (办事指南) of one service item, in the shape of
 * {@code docs/GUIDE-MODEL.md}. Editions of an item hold one guide each; the admin API,
 * bulk import/export and the seed all speak this shape. The field constraints plus
 * {@link CompleteGuide} encode the completeness rules: a guide that passes validation
 * tells an applicant everything at once (一次性告知). Whether the department and localities
 * exist is checked by the catalog when the guide is stored.
 *
 * @param code implementation code, the item's stable identity
 * @param basicCode basic code from the national catalog
 * @param name item name
 * @param shortName short name for boards and lists
 * @param parentCode main item of a sub-item, if any
 * @param situation handling situation of a sub-item, if any
 * @param itemType item type
 * @param caseType case type
 * @param targets who the item serves, at least one
 * @param departmentCode implementing department
 * @param level level that exercises the item
 * @param localityCodes localities the item is delegated to (empty: district hall only)
 * @param legalBasis legal bases, at least one
 * @param conditions acceptance conditions, at least one
 * @param materials application materials, at least one
 * @param process handling steps in order, at least one
 * @param statutoryDays statutory time limit in working days
 * @param promisedDays promised time limit in working days, 0 = 当场办结
 * @param fee fees
 * @param channels where, when and how to apply
 * @param contacts enquiry and complaint phones
 * @param faq frequently asked questions
 */
@CompleteGuide
public record Guide(@NotBlank @Pattern(regexp = Codes.REGEX, message = Codes.MESSAGE) String code,
		@NotBlank @Size(max = 64) @SingleLineText String basicCode,
		@NotBlank @Size(max = MAX_NAME) @SingleLineText String name,
		@Size(max = MAX_NAME) @SingleLineText String shortName,
		@Pattern(regexp = Codes.REGEX, message = Codes.MESSAGE) String parentCode, Situation situation,
		@NotNull ItemType itemType, @NotNull CaseType caseType, @NotEmpty List<@NotNull Target> targets,
		@NotBlank @Pattern(regexp = Codes.REGEX, message = Codes.MESSAGE) String departmentCode, @NotNull Level level,
		@Size(max = 100) List<@NotNull @Pattern(regexp = Codes.REGEX, message = Codes.MESSAGE) String> localityCodes,
		@NotEmpty @Size(max = 50) List<@NotNull @Valid LegalBasis> legalBasis,
		@NotEmpty @Size(max = 50) List<@NotBlank @Size(max = MAX_TEXT) @MultiLineText String> conditions,
		@NotEmpty @Size(max = 100) List<@NotNull @Valid Material> materials,
		@NotEmpty @Size(max = 50) List<@NotNull @Valid ProcessStep> process,
		@NotNull @PositiveOrZero Integer statutoryDays, @NotNull @PositiveOrZero Integer promisedDays,
		@NotNull @Valid Fee fee, @NotNull @Valid Channels channels, @NotNull @Valid Contacts contacts,
		@Size(max = 100) List<@NotNull @Valid Faq> faq) {

	/** Longest name-like value (item name, material name, addresses). */
	public static final int MAX_NAME = 200;

	/** Longest free text (conditions, notes, legal text, answers). */
	public static final int MAX_TEXT = 5000;

	public Guide {
		targets = copy(targets);
		localityCodes = copy(localityCodes);
		legalBasis = copy(legalBasis);
		conditions = copy(conditions);
		materials = copy(materials);
		process = copy(process);
		faq = copy(faq);
	}

	/** The name to show where space is short. */
	public String displayShortName() {
		return (this.shortName != null && !this.shortName.isBlank()) ? this.shortName : this.name;
	}

	/**
	 * Copies a list defensively, keeping {@code null} elements so validation can report
	 * them.
	 */
	private static <T> List<T> copy(List<T> list) {
		return (list != null) ? Collections.unmodifiableList(new ArrayList<>(list)) : List.of();
	}

}
