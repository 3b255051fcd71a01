package gov.maservice.gateway.auth;

import java.time.Duration;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * Makes sure an administrator exists: creates {@code ADMIN_USERNAME} from
 * {@code ADMIN_PASSWORD} on first start and refuses to start without a password while
 * there is none. When the user exists and {@code ADMIN_PASSWORD} is set, the password is
 * reset to it (and the account re-enabled as ADMIN): the way to recover a lost admin
 * password.
 */
@Component
class BootstrapAdmin implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(BootstrapAdmin.class);

	private final UserService users;

	private final AuthProperties.BootstrapAdmin admin;

	BootstrapAdmin(UserService users, AuthProperties properties) {
		this.users = users;
		this.admin = properties.bootstrapAdmin();
	}

	@Override
	public void run(ApplicationArguments args) {
		Optional<String> password = Optional.ofNullable(this.admin.password()).filter(value -> !value.isBlank());
		Boolean changed = this.users.ensureAdmin(this.admin.username(), password).block(Duration.ofSeconds(30));
		if (Boolean.TRUE.equals(changed)) {
			log.info("Bootstrap admin '{}' created or its password reset from ADMIN_PASSWORD", this.admin.username());
		}
	}

}
