package gov.maservice.catalog.web;

import java.util.List;

/**
 * Everything the guide page shows, already in the words citizens read: labels instead of
 * enum constants, 当场办结 instead of 0 days, dates in Beijing time. The template only lays
 * it out (public, like its parts, because the template engine reads it by reflection).
 */
public record GuidePage(String code, String basicCode, String name, String parentCode, String situation,
		String itemType, String caseType, List<String> targets, String departmentCode, String departmentName,
		String level, List<Place> localities, List<Basis> legalBasis, List<String> conditions,
		List<MaterialRow> materials, List<Step> process, String statutoryLimit, String promisedLimit, boolean onTheSpot,
		String fee, String feeBasis, String hallAddress, String window, String hours, String onlineUrl, String visits,
		boolean atMostOnce, List<String> methods, String enquiryPhone, String complaintPhone, List<Question> faq,
		List<Download> forms, int edition, String lastUpdated, String publishedAt, List<Change> history,
		boolean withdrawn, String withdrawnReason, String withdrawnAt) {

	/** A locality that offers the item. */
	public record Place(String code, String name, String level) {
	}

	/** One legal basis. */
	public record Basis(String law, String article, String text) {
	}

	/** One row of the materials table. */
	public record MaterialRow(int number, String name, String form, String copies, boolean required, String condition,
			String source, String notes, Download download) {
	}

	/** One process step. */
	public record Step(int number, String step, String actor, String description, String limit) {
	}

	/** One question and its answer. */
	public record Question(String question, String answer) {
	}

	/** A form to download. */
	public record Download(String name, String kind, String href, String size) {
	}

	/** One line of the change history. */
	public record Change(int edition, String date, String note) {
	}

}
