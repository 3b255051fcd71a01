package gov.maservice.catalog.guide;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * Phones an applicant may call.
 *
 * @param enquiryPhone enquiry phone (咨询电话)
 * @param complaintPhone supervision and complaint phone (监督投诉电话)
 */
public record Contacts(@NotBlank @Size(max = 64) String enquiryPhone, @NotBlank @Size(max = 64) String complaintPhone) {
}
