package gov.maservice.notification.notice;

import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import gov.maservice.notification.locality.LocalityDirectory;
import gov.maservice.platform.validation.MultiLineText;
import gov.maservice.platform.validation.SingleLineText;

/**
 * A notice as a publisher writes it. Everything but headline and area has a default:
 * category Other, urgency/severity/certainty Unknown/Unknown/Observed, status Actual,
 * msgType Alert, effective now, expires effective + the configured validity.
 */
@Schema(description = "A notice to issue (msgType Alert) or, with msgType Update/Cancel and references, a change to an existing one",
		example = """
				{"headline":"张村明日停水通知","description":"因管网维修，6月3日8:00至18:00张村停水，请提前储水。",
				 "instruction":"如有疑问请拨打0375-2616001","category":"Infra","event":"停水","urgency":"Expected",
				 "severity":"Moderate","certainty":"Observed","status":"Actual","areaCodes":["410471100201"],
				 "effective":"2026-06-02T00:00:00Z","expires":"2026-06-03T12:00:00Z"}""")
public record NoticeRequest(
		@Schema(description = "Short headline shown first on boards",
				maxLength = 140) @NotBlank @Size(max = 140) @SingleLineText String headline,
		@Schema(maxLength = 2000) @Size(max = 2000) @MultiLineText String description,
		@Schema(maxLength = 1000) @Size(max = 1000) @MultiLineText String instruction, Category category,
		@Schema(description = "Kind of notice in Chinese (CAP event), e.g. 停水",
				maxLength = 60) @Size(max = 60) @SingleLineText String event,
		Urgency urgency, Severity severity, Certainty certainty, NoticeStatus status,
		@Schema(description = "Alert (default) issues a new notice; Update/Cancel change the notice named in references") MsgType msgType,
		@Schema(description = "For Update/Cancel: id of the notice to change") @Pattern(
				regexp = LocalityDirectory.CODE_PATTERN) String references,
		@Schema(description = "Locality codes; a town reaches its villages, the district code reaches every board") @NotEmpty @Size(
				max = 64) List<@NotNull @Pattern(regexp = LocalityDirectory.CODE_PATTERN) String> areaCodes,
		@Schema(description = "When it comes into force (default now)") Instant effective,
		@Schema(description = "When it leaves every board (default effective + configured validity; urgent notices get a short default)") Instant expires) {
}
