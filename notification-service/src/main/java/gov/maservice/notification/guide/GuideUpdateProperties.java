package gov.maservice.notification.guide;

import java.time.Duration;

import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Turning major guide publications into "办事指南更新" notices.
 *
 * @param enabled whether major publications become notices at all (a district may prefer
 * to announce changes by hand)
 * @param noLocalityTarget what to do with an item that is not delegated to any locality
 * (handled at the district hall only): {@code DISTRICT} tells every board, {@code SKIP}
 * tells none
 * @param validity how long such a notice stays on the boards
 */
@ConfigurationProperties("notification.guide-updates")
@Validated
public record GuideUpdateProperties(boolean enabled, @NotNull NoLocalityTarget noLocalityTarget,
		@NotNull Duration validity) {

	/** Where a guide-update notice goes when the item names no locality. */
	public enum NoLocalityTarget {

		/** Address the district code: every board. */
		DISTRICT,

		/** Issue no notice. */
		SKIP

	}

}
