package gov.maservice.gateway.auth;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

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

import gov.maservice.platform.problem.FieldMessage;
import gov.maservice.platform.problem.Problems;

/**
 * Admin users: creation, changes, and checking a password. Password hashing is CPU-bound,
 * so it runs on the bounded-elastic scheduler, never on an event-loop thread. Failed
 * logins slow down further attempts on the account ({@link LoginAttempts}) but never lock
 * it: a stranger must not be able to keep the owner out.
 */
@Service
class UserService {

	private final ReactiveMongoTemplate mongo;

	private final PasswordEncoder passwordEncoder;

	private final PasswordCheck passwordCheck;

	private final PasswordPolicy policy;

	private final LoginAttempts attempts;

	private final Clock clock;

	UserService(ReactiveMongoTemplate mongo, PasswordEncoder passwordEncoder, PasswordPolicy policy,
			LoginAttempts attempts, Clock clock) {
		this.mongo = mongo;
		this.passwordEncoder = passwordEncoder;
		this.passwordCheck = new PasswordCheck(passwordEncoder);
		this.policy = policy;
		this.attempts = attempts;
		this.clock = clock;
	}

	Mono<UserAccount> create(CreateUserRequest request) {
		Instant now = this.clock.instant();
		return checkPolicy(request.username(), request.password()).then(hash(request.password()))
			.map(hash -> new UserAccount(request.username(), hash, Set.copyOf(request.roles()),
					departmentsOf(request.departments()), true, now, now))
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
		Mono<Optional<String>> newHash = (request.password() != null)
				? checkPolicy(username, request.password()).then(hash(request.password())).map(Optional::of)
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
			hash.ifPresent(value -> update.set("passwordHash", value));
			Mono<Void> forgetFailures = hash.isPresent() ? this.attempts.clear(username) : Mono.empty();
			return forgetFailures.then(this.mongo.findAndModify(byName(username), update,
					FindAndModifyOptions.options().returnNew(true), UserAccount.class));
		});
	}

	/**
	 * Checks a user name and password. Every attempt first waits as long as the account's
	 * recent failures ask for (bounded, never a lock). Unknown users, wrong passwords and
	 * disabled accounts then all end the same way, after the same amount of hashing work,
	 * so the answer tells an attacker nothing about which names exist.
	 */
	Mono<UserAccount> authenticate(String username, String password) {
		return this.attempts.charge(username)
			.flatMap(delay -> delay.isZero() ? Mono.just(delay) : Mono.delay(delay).thenReturn(delay))
			.then(this.mongo.findById(username, UserAccount.class).map(Optional::of).defaultIfEmpty(Optional.empty()))
			.publishOn(Schedulers.boundedElastic())
			.flatMap(found -> {
				boolean matches = this.passwordCheck.matches(password,
						found.map(UserAccount::passwordHash).orElse(null));
				if (!matches || !found.get().enabled()) {
					return Mono.error(new InvalidCredentialsException());
				}
				return this.attempts.clear(username).thenReturn(found.get());
			});
	}

	/**
	 * Creates the bootstrap admin, or resets its password and makes sure it can log in as
	 * ADMIN. A password that breaks the policy stops the start with a message saying why
	 * (never the password itself).
	 */
	Mono<Boolean> ensureAdmin(String username, Optional<String> password) {
		if (password.isPresent()) {
			List<FieldMessage> problems = this.policy.check(username, password.get(), "ADMIN_PASSWORD");
			if (!problems.isEmpty()) {
				return Mono.error(new IllegalStateException("ADMIN_PASSWORD does not meet the password policy: it "
						+ problems.stream().map(FieldMessage::message).collect(Collectors.joining(", it "))
						+ ". Choose one with " + PasswordPolicy.RULES + " (e.g. openssl rand -base64 18)."));
			}
		}
		Instant now = this.clock.instant();
		return this.mongo.findById(username, UserAccount.class)
			.map(Optional::of)
			.defaultIfEmpty(Optional.empty())
			.flatMap(existing -> {
				if (existing.isEmpty()) {
					if (password.isEmpty()) {
						return Mono.error(new IllegalStateException("No admin user '" + username + "' exists yet and "
								+ "ADMIN_PASSWORD is not set: set ADMIN_PASSWORD (and optionally ADMIN_USERNAME) "
								+ "to create the bootstrap admin"));
					}
					return hash(password.get())
						.flatMap(hash -> this.mongo
							.insert(new UserAccount(username, hash, Set.of(Role.ADMIN), Set.of(), true, now, now)))
						.thenReturn(true);
				}
				if (password.isEmpty()) {
					return Mono.just(false);
				}
				UserAccount admin = existing.get();
				return Mono.fromCallable(() -> this.passwordEncoder.matches(password.get(), admin.passwordHash()))
					.subscribeOn(Schedulers.boundedElastic())
					.flatMap(same -> (same && admin.enabled() && admin.roles().contains(Role.ADMIN)) ? Mono.just(false)
							: hash(password.get())
								.flatMap(hash -> this.mongo.updateFirst(byName(username),
										new Update().set("passwordHash", hash)
											.set("enabled", true)
											.addToSet("roles", Role.ADMIN)
											.set("updatedAt", now),
										UserAccount.class))
								.then(this.attempts.clear(username))
								.thenReturn(true));
			});
	}

	private Mono<Void> checkPolicy(String username, String password) {
		List<FieldMessage> problems = this.policy.check(username, password, "password");
		if (problems.isEmpty()) {
			return Mono.empty();
		}
		return Mono.error(Problems
			.invalid("The password does not meet the password policy: " + PasswordPolicy.RULES + ".", problems));
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
