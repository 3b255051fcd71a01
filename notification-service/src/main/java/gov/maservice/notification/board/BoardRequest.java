package gov.maservice.notification.board;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import gov.maservice.notification.layout.DisplayProfile;
import gov.maservice.notification.locality.LocalityDirectory;
import gov.maservice.platform.validation.SingleLineText;

/**
 * A board to register.
 *
 * @param name where it hangs, e.g. 张村村委会门口LED屏
 * @param localityCode the locality it serves (a village, community, town or street)
 * @param profile what it can display
 */
@Schema(description = "A board to register", example = """
		{"name":"张村村委会门口LED屏","localityCode":"410471100201","profile":{"charsPerLine":16,"lines":2,"color":false}}""")
record BoardRequest(@NotBlank @Size(max = 100) @SingleLineText String name,
		@NotBlank @Pattern(regexp = LocalityDirectory.CODE_PATTERN) String localityCode,
		@NotNull @Valid DisplayProfile profile) {
}
