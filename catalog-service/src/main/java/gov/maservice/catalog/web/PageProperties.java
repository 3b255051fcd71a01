package gov.maservice.catalog.web;

import java.time.Duration;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the citizen pages ({@code catalog.pages.*}).
 *
 * @param siteName name in every page header, the hall's online identity
 * @param hallPhone the hall's general enquiry line in the footer, for questions no guide
 * answers
 * @param maxAge how long browsers and proxies may reuse a page without asking: short,
 * because a published correction must reach readers quickly; after it they revalidate and
 * mostly get 304
 * @param cacheEntries rendered guide pages kept per replica (each about 20 KB with its
 * gzip twin); the shipped catalog in both text sizes fits with room to spare
 * @param cacheTtl how long a rendered guide page is reused while its item revision holds;
 * bounds how long an uploaded form or a renamed department takes to appear, since those
 * do not change the revision
 */
@ConfigurationProperties("catalog.pages")
@Validated
public record PageProperties(@DefaultValue("平顶山高新区政务服务") @NotBlank String siteName,
		@DefaultValue("0375-12345") @NotBlank String hallPhone, @DefaultValue("60s") @NotNull Duration maxAge,
		@DefaultValue("4096") @Positive int cacheEntries, @DefaultValue("60s") @NotNull Duration cacheTtl) {
}
