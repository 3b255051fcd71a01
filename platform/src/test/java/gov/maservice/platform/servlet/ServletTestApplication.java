package gov.maservice.platform.servlet;

import java.util.List;
import java.util.Map;

import gov.maservice.platform.problem.Problems;
import gov.maservice.platform.security.AuthorizationRules;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * A minimal MVC service on the platform: what every servlet service gets without
 * configuring it.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
class ServletTestApplication {

	@Bean
	AuthorizationRules rules() {
		return (requests) -> requests.requestMatchers("/api/admin/**").hasRole("ADMIN").anyRequest().permitAll();
	}

	record Material(@NotBlank String name) {
	}

	record Guide(@NotBlank String name, @NotEmpty List<@Valid Material> materials) {
	}

	record Thing(@Valid Guide guide) {
	}

	@RestController
	static class ThingController {

		@GetMapping("/api/things")
		Map<String, String> search(@RequestParam(required = false) String q) {
			return Map.of("q", (q != null) ? q : "");
		}

		@GetMapping("/api/things/{code}")
		Map<String, String> get(@PathVariable @Pattern(regexp = "[a-z]{1,8}") String code) {
			throw Problems.notFound("Thing", code);
		}

		@PostMapping("/api/things")
		Thing create(@Valid @RequestBody Thing thing) {
			return thing;
		}

		@PostMapping("/api/uploads")
		Map<String, Long> upload(@RequestParam("file") MultipartFile file) {
			return Map.of("size", file.getSize());
		}

		@GetMapping("/api/admin/things")
		Map<String, String> admin() {
			return Map.of("ok", "yes");
		}

		@GetMapping("/api/broken")
		Map<String, String> broken() {
			throw new IllegalStateException("a bug, not the client's fault");
		}

	}

}
