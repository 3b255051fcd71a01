package gov.maservice.catalog.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import gov.maservice.catalog.department.Department;
import gov.maservice.catalog.department.Departments;
import gov.maservice.catalog.form.FormSummary;
import gov.maservice.catalog.guide.CaseType;
import gov.maservice.catalog.guide.Channels;
import gov.maservice.catalog.guide.Fee;
import gov.maservice.catalog.guide.Guide;
import gov.maservice.catalog.guide.Labelled;
import gov.maservice.catalog.guide.Material;
import gov.maservice.catalog.guide.MaterialSource;
import gov.maservice.catalog.guide.ProcessStep;
import gov.maservice.catalog.locality.Localities;
import gov.maservice.catalog.locality.Locality;
import gov.maservice.catalog.publishing.ChangeNote;
import gov.maservice.catalog.publishing.PublishedGuideView;
import gov.maservice.catalog.publishing.PublishedGuides;

import org.springframework.stereotype.Component;

/**
 * Reads a published guide with its department and localities and turns it into a
 * {@link GuidePage}.
 */
@Component
class GuidePages {

	/** Citizens read dates in Beijing time. */
	static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy年M月d日").withZone(ZoneId.of("Asia/Shanghai"));

	private final PublishedGuides guides;

	private final Departments departments;

	private final Localities localities;

	GuidePages(PublishedGuides guides, Departments departments, Localities localities) {
		this.guides = guides;
		this.departments = departments;
		this.localities = localities;
	}

	/**
	 * The page model and the view it came from, for validators; empty for unknown codes.
	 */
	Optional<Loaded> load(String code) {
		return this.guides.findByCode(code).map((view) -> new Loaded(view, page(view)));
	}

	/**
	 * @param view the published guide
	 * @param page its page model
	 */
	record Loaded(PublishedGuideView view, GuidePage page) {

		/**
		 * When what the page shows last changed: publication, withdrawal or the latest
		 * form upload.
		 */
		Instant lastModified() {
			Instant latest = this.view.publishedAt();
			List<Instant> others = new ArrayList<>();
			others.add(this.view.withdrawnAt());
			this.view.forms().forEach((form) -> others.add(form.uploadedAt()));
			for (Instant other : others) {
				if (other != null && (latest == null || other.isAfter(latest))) {
					latest = other;
				}
			}
			return latest;
		}

	}

	private GuidePage page(PublishedGuideView view) {
		Guide guide = view.guide();
		Channels channels = guide.channels();
		Fee fee = guide.fee();
		String departmentName = this.departments.findByCode(guide.departmentCode())
			.map(Department::name)
			.orElse(guide.departmentCode());
		List<GuidePage.Place> places = new ArrayList<>();
		for (String code : guide.localityCodes()) {
			places.add(this.localities.findByCode(code)
				.map((locality) -> new GuidePage.Place(locality.code(), locality.name(), label(locality.level())))
				.orElse(new GuidePage.Place(code, code, null)));
		}
		Map<String, FormSummary> formsByName = view.forms()
			.stream()
			.collect(Collectors.toMap(FormSummary::name, Function.identity(), (a, b) -> a));
		List<GuidePage.MaterialRow> materials = new ArrayList<>();
		for (Material material : guide.materials()) {
			FormSummary form = (material.formName() != null) ? formsByName.get(material.formName()) : null;
			materials.add(new GuidePage.MaterialRow(materials.size() + 1, material.name(), label(material.form()),
					(material.copies() != null) ? material.copies() + "份" : null,
					Boolean.TRUE.equals(material.required()), material.condition(), source(material), material.notes(),
					(form != null) ? download(form) : null));
		}
		List<GuidePage.Step> steps = new ArrayList<>();
		for (ProcessStep step : guide.process()) {
			steps.add(new GuidePage.Step(steps.size() + 1, step.step(), step.actor(), step.description(),
					(step.days() != null) ? days(step.days()) : null));
		}
		boolean onTheSpot = guide.caseType() == CaseType.ON_THE_SPOT || Integer.valueOf(0).equals(guide.promisedDays());
		int visits = (channels.visits() != null) ? channels.visits() : 1;
		return new GuidePage(view.code(), guide.basicCode(), guide.name(), guide.parentCode(), label(guide.situation()),
				label(guide.itemType()), label(guide.caseType()),
				guide.targets().stream().map(GuidePages::label).toList(), guide.departmentCode(), departmentName,
				label(guide.level()), places,
				guide.legalBasis()
					.stream()
					.map((basis) -> new GuidePage.Basis(basis.law(), basis.article(), basis.text()))
					.toList(),
				guide.conditions(), materials, steps, limit(guide.statutoryDays(), guide.caseType()),
				limit(guide.promisedDays(), guide.caseType()), onTheSpot,
				Boolean.TRUE.equals(fee.charged()) ? "收费：" + fee.amount() : "不收费",
				Boolean.TRUE.equals(fee.charged()) ? fee.basis() : null, channels.hallAddress(), channels.window(),
				channels.hours(), webLink(channels.onlineUrl()), visits(visits), visits <= 1,
				channels.methods().stream().map(GuidePages::label).toList(), guide.contacts().enquiryPhone(),
				guide.contacts().complaintPhone(),
				guide.faq().stream().map((faq) -> new GuidePage.Question(faq.question(), faq.answer())).toList(),
				view.forms().stream().map(GuidePages::download).toList(), view.edition(),
				date((view.lastUpdated() != null) ? view.lastUpdated() : view.publishedAt()), date(view.publishedAt()),
				view.changeHistory().stream().map(GuidePages::change).toList(), view.withdrawn(),
				view.withdrawnReason(), date(view.withdrawnAt()));
	}

	private static GuidePage.Change change(ChangeNote note) {
		return new GuidePage.Change(note.edition(), date(note.publishedAt()), note.note());
	}

	private static GuidePage.Download download(FormSummary form) {
		return new GuidePage.Download(form.name(), label(form.kind()), form.downloadPath(), size(form.size()));
	}

	private static String source(Material material) {
		if (material.source() == null) {
			return null;
		}
		if (material.source() == MaterialSource.ISSUER && material.issuer() != null && !material.issuer().isBlank()) {
			return label(material.source()) + "（" + material.issuer() + "）";
		}
		return label(material.source());
	}

	/** Only http(s) links become clickable, whatever got into the store. */
	static String webLink(String url) {
		return (url != null && (url.startsWith("https://") || url.startsWith("http://"))) ? url : null;
	}

	static String label(Labelled value) {
		return (value != null) ? value.label() : null;
	}

	/** 当场办结 for nothing to wait, otherwise working days. */
	static String days(int days) {
		return (days == 0) ? "当场办结" : days + "个工作日";
	}

	private static String limit(Integer days, CaseType caseType) {
		if (days == null) {
			return null;
		}
		return (caseType == CaseType.ON_THE_SPOT && days == 0) ? "当场办结（即办件）" : days(days);
	}

	/** What people know as 最多跑一次 and 零跑腿. */
	static String visits(int visits) {
		return switch (visits) {
			case 0 -> "零跑腿（全程网上办理，无需到现场）";
			case 1 -> "最多跑一次";
			default -> "到现场" + visits + "次";
		};
	}

	static String date(Instant instant) {
		return (instant != null) ? DATE.format(instant) : null;
	}

	private static String size(long bytes) {
		if (bytes < 1024) {
			return bytes + " B";
		}
		if (bytes < 1024 * 1024) {
			return (bytes + 1023) / 1024 + " KB";
		}
		return String.format("%.1f MB", bytes / (1024.0 * 1024.0));
	}

	/** Locality level label for lists, e.g. 村 or 社区. */
	static String levelOf(Locality locality) {
		return label(locality.level());
	}

}
