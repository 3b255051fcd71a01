package gov.maservice.notification.notice;

import java.time.Duration;

import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Defaults applied when a publisher leaves the expiry open. Every notice gets an expiry
 * so that boards never keep a forgotten notice forever and each instance's in-memory view
 * stays bounded.
 *
 * @param defaultValidity how long an ordinary notice without {@code expires} stays in
 * force
 * @param urgentValidity how long an emergency broadcast (urgent notice) without
 * {@code expires} stays in force: short, because an alarm that outlives the emergency
 * trains people to ignore it
 */
@ConfigurationProperties("notification.notices")
@Validated
public record NoticeProperties(@NotNull Duration defaultValidity, @NotNull Duration urgentValidity) {
}
