package gov.maservice.catalog.guide;

import gov.maservice.platform.validation.SingleLineText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * Phones an applicant may call.
 *
 * @param enquiryPhone enquiry phone (咨询电话)
 * @param complaintPhone supervision and complaint phone (监督投诉电话)
 */
public record Contacts(@NotBlank @Size(max = 64) @SingleLineText String enquiryPhone,
		@NotBlank @Size(max = 64) @SingleLineText String complaintPhone) {
}
