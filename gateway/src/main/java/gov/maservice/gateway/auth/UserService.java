package gov.maservice.gateway.auth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.http.HttpStatus;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.web.server.ResponseStatusException;

/**
 * Admin users: creation, changes, and checking a password. Password hashing is CPU-bound, so it
 * runs on the bounded-elastic scheduler, never on an event-loop thread.
 */
@Service
class UserService {

	private final ReactiveMongoTemplate mongo;

	private final PasswordEncoder passwordEncoder;

	private final AuthProperties.Lockout lockout;

	private final Clock clock;

	/** Compared against when the user does not exist, so an unknown name costs as long as a wrong password. */
	private final String unknownUserHash;

	UserService(ReactiveMongoTemplate mongo, PasswordEncoder passwordEncoder, AuthProperties properties, Clock clock) {
		this.mongo = mongo;
		this.passwordEncoder = passwordEncoder;
		this.lockout = properties.lockout();
		this.clock = clock;
		this.unknownUserHash = passwordEncoder.encode(UUID.randomUUID().toString());
	}

	Mono<UserAccount> create(CreateUserRequest request) {
		Instant now = this.clock.instant();
		return hash(request.password())
			.map(hash -> new UserAccount(request.username(), hash, Set.copyOf(request.roles()),
					departmentsOf(request.departments()), true, 0, null, now, now))
			.flatMap(this.mongo::insert)
			.onErrorMap(DuplicateKeyException.class,
					ex -> new ResponseStatusException(HttpStatus.CONFLICT, "A user with this name already exists."));
	}

	Flux<UserAccount> list() {
		return this.mongo.find(new Query().with(Sort.by("_id")), UserAccount.class);
	}

	Mono<UserAccount> find(String username) {
		return this.mongo.findById(username, UserAccount.class)
			.switchIfEmpty(Mono.error(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No such user.")));
	}

	Mono<UserAccount> update(String username, UpdateUserRequest request, String actingUser) {
		if (username.equals(actingUser) && (Boolean.FALSE.equals(request.enabled())
				|| (request.roles() != null && !request.roles().contains(Role.ADMIN)))) {
			return Mono.error(new ResponseStatusException(HttpStatus.CONFLICT,
					"You cannot disable your own account or remove your own ADMIN role."));
		}
		Mono<Optional<String>> newHash = (request.password() != null) ? hash(request.password()).map(Optional::of)
				: Mono.just(Optional.empty());
		return find(username).then(newHash).flatMap(hash -> {
			Update update = new Update().set("updatedAt", this.clock.instant());
			if (request.enabled() != null) {
				update.set("enabled", request.enabled());
			}
			if (request.roles() != null) {
				update.set("roles", Set.copyOf(request.roles()));
			}
			if (request.departments() != null) {
				update.set("departments", departmentsOf(request.departments()));
			}
			hash.ifPresent(value -> update.set("passwordHash", value).set("failedLogins", 0).unset("lockedUntil"));
			return this.mongo.findAndModify(byName(username), update, FindAndModifyOptions.options().returnNew(true),
					UserAccount.class);
		});
	}

	/**
	 * Checks a user name and password. Unknown users, wrong passwords, locked and disabled accounts
	 * all end the same way, after the same amount of hashing work, so the answer tells an attacker
	 * nothing about which names exist.
	 */
	Mono<UserAccount> authenticate(String username, String password) {
		Instant now = this.clock.instant();
		return this.mongo.findById(username, UserAccount.class)
			.map(Optional::of)
			.defaultIfEmpty(Optional.empty())
			.publishOn(Schedulers.boundedElastic())
			.flatMap(found -> {
				boolean matches = this.passwordEncoder.matches(password,
						found.map(UserAccount::passwordHash).orElse(this.unknownUserHash));
				if (found.isEmpty()) {
					return Mono.error(new InvalidCredentialsException());
				}
				UserAccount user = found.get();
				if (user.isLockedAt(now) || !user.enabled()) {
					return Mono.error(new InvalidCredentialsException());
				}
				if (!matches) {
					return recordFailure(username, now).then(Mono.error(new InvalidCredentialsException()));
				}
				return (user.failedLogins() > 0) ? resetFailures(username) : Mono.just(user);
			});
	}

	/** Creates the bootstrap admin, or resets its password and makes sure it can log in as ADMIN. */
	Mono<Boolean> ensureAdmin(String username, Optional<String> password) {
		Instant now = this.clock.instant();
		return this.mongo.findById(username, UserAccount.class).map(Optional::of).defaultIfEmpty(Optional.empty())
			.flatMap(existing -> {
				if (existing.isEmpty()) {
					if (password.isEmpty()) {
						return Mono.error(new IllegalStateException("No admin user '" + username + "' exists yet and "
								+ "ADMIN_PASSWORD is not set: set ADMIN_PASSWORD (and optionally ADMIN_USERNAME) "
								+ "to create the bootstrap admin"));
					}
					return hash(password.get())
						.flatMap(hash -> this.mongo.insert(new UserAccount(username, hash, Set.of(Role.ADMIN), Set.of(),
								true, 0, null, now, now)))
						.thenReturn(true);
				}
				if (password.isEmpty()) {
					return Mono.just(false);
				}
				UserAccount admin = existing.get();
				return Mono.fromCallable(() -> this.passwordEncoder.matches(password.get(), admin.passwordHash()))
					.subscribeOn(Schedulers.boundedElastic())
					.flatMap(same -> (same && admin.enabled() && admin.roles().contains(Role.ADMIN)) ? Mono.just(false)
							: hash(password.get()).flatMap(hash -> this.mongo.updateFirst(byName(username),
									new Update().set("passwordHash", hash)
										.set("enabled", true)
										.addToSet("roles", Role.ADMIN)
										.set("failedLogins", 0)
										.unset("lockedUntil")
										.set("updatedAt", now),
									UserAccount.class))
								.thenReturn(true));
			});
	}

	private Mono<Void> recordFailure(String username, Instant now) {
		return this.mongo
			.findAndModify(byName(username), new Update().inc("failedLogins", 1),
					FindAndModifyOptions.options().returnNew(true), UserAccount.class)
			.filter(user -> user.failedLogins() >= this.lockout.maxFailures())
			.flatMap(user -> this.mongo.updateFirst(byName(username),
					new Update().set("lockedUntil", now.plus(lockFor(user.failedLogins()))), UserAccount.class))
			.then();
	}

	private Duration lockFor(int failures) {
		int doublings = Math.min(failures - this.lockout.maxFailures(), 20);
		Duration lock = this.lockout.initialLock().multipliedBy(1L << doublings);
		return (lock.compareTo(this.lockout.maxLock()) > 0) ? this.lockout.maxLock() : lock;
	}

	private Mono<UserAccount> resetFailures(String username) {
		return this.mongo.findAndModify(byName(username), new Update().set("failedLogins", 0).unset("lockedUntil"),
				FindAndModifyOptions.options().returnNew(true), UserAccount.class);
	}

	private Mono<String> hash(String password) {
		return Mono.fromCallable(() -> this.passwordEncoder.encode(password)).subscribeOn(Schedulers.boundedElastic());
	}

	private static Set<String> departmentsOf(Set<String> departments) {
		return (departments != null) ? Set.copyOf(departments) : Set.of();
	}

	private static Query byName(String username) {
		return Query.query(Criteria.where("_id").is(username));
	}

}
