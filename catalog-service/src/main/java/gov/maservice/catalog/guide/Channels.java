package gov.maservice.catalog.guide;

import java.util.List;

import gov.maservice.platform.validation.SingleLineText;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Where, when and how to apply (办理渠道).
 *
 * @param hallAddress hall and window address (办理地点)
 * @param window window numbers
 * @param hours opening hours (办理时间)
 * @param onlineUrl online handling link (网上办理), http(s)
 * @param visits visits needed at the hall (到现场次数), 0 = fully online
 * @param methods application methods
 */
public record Channels(@NotBlank @Size(max = Guide.MAX_NAME) @SingleLineText String hallAddress,
		@Size(max = Guide.MAX_NAME) @SingleLineText String window,
		@NotBlank @Size(max = Guide.MAX_NAME) @SingleLineText String hours,
		@Pattern(regexp = "https?://[^\\s]{1,2000}",
				message = "must be an http(s) URL") @SingleLineText String onlineUrl,
		@NotNull @Min(0) Integer visits, List<@NotNull ApplicationMethod> methods) {

	public Channels {
		methods = (methods != null) ? List.copyOf(methods) : List.of();
	}

}
