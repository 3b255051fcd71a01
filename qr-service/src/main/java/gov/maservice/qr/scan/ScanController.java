package gov.maservice.qr.scan;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Scan statistics for admins (role {@code ADMIN} or {@code PUBLISHER}). Days are
 * Asia/Shanghai calendar days and include today.
 */
@RestController
@RequestMapping("/api/v1/scans")
@Tag(name = "Scan statistics", description = "Which guides people look up, where and when")
@SecurityRequirement(name = "bearer-jwt")
class ScanController {

	private final ScanStatistics statistics;

	ScanController(ScanStatistics statistics) {
		this.statistics = statistics;
	}

	@GetMapping("/top")
	@Operation(summary = "Items with the most scans",
			description = "Sums the scans of every code of an item (hall and locality posters) over the last `days` days.")
	@ApiResponse(responseCode = "200",
			description = "e.g. `[{\"itemCode\":\"410471-XK00101-001\",\"itemName\":\"食品经营许可（新办）\",\"scans\":42}]`")
	@ApiResponse(responseCode = "400", description = "days or limit out of range (problem detail)")
	@ApiResponse(responseCode = "401", description = "no valid token")
	@ApiResponse(responseCode = "403", description = "token lacks ADMIN or PUBLISHER")
	List<ScanStatistics.ItemScans> top(
			@Parameter(example = "30") @RequestParam(defaultValue = "30") @Min(1) @Max(366) int days,
			@Parameter(example = "20") @RequestParam(defaultValue = "20") @Min(1) @Max(200) int limit) {
		return this.statistics.topItems(days, limit);
	}

	@GetMapping("/localities")
	@Operation(summary = "Scans per locality",
			description = "Scans of each locality's own code plus scans of the item codes on its poster.")
	@ApiResponse(responseCode = "200",
			description = "e.g. `[{\"localityCode\":\"410471100201\",\"name\":\"张村\",\"level\":\"VILLAGE\",\"scans\":7,\"localityCodeScans\":5,\"itemCodeScans\":2}]`")
	@ApiResponse(responseCode = "400", description = "days out of range (problem detail)")
	@ApiResponse(responseCode = "401", description = "no valid token")
	@ApiResponse(responseCode = "403", description = "token lacks ADMIN or PUBLISHER")
	List<ScanStatistics.LocalityScans> localities(
			@Parameter(example = "30") @RequestParam(defaultValue = "30") @Min(1) @Max(366) int days) {
		return this.statistics.localities(days);
	}

	@GetMapping("/daily")
	@Operation(summary = "Scans of one short link per day",
			description = "Every day of the period, zeros included, oldest first.")
	@ApiResponse(responseCode = "200", description = "e.g. `[{\"day\":\"2026-11-20\",\"scans\":3}]`")
	@ApiResponse(responseCode = "400", description = "bad token or days (problem detail)")
	@ApiResponse(responseCode = "401", description = "no valid token")
	@ApiResponse(responseCode = "403", description = "token lacks ADMIN or PUBLISHER")
	List<ScanStatistics.DayScans> daily(
			@Parameter(example = "k7m2x9qa") @RequestParam @Pattern(regexp = "[A-Za-z0-9]{1,32}") String token,
			@Parameter(example = "30") @RequestParam(defaultValue = "30") @Min(1) @Max(366) int days) {
		return this.statistics.daily(token, days);
	}

}
