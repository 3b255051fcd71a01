package gov.maservice.notification.board;

import java.util.List;

import reactor.core.publisher.Mono;

import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.ReactiveAuthenticationManager;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.web.server.authentication.ServerAuthenticationConverter;
import org.springframework.stereotype.Component;

/**
 * Authenticates LED boards by their credential, sent as
 * {@code Authorization: Bearer <credential>} or, for browsers' {@code EventSource} (which
 * cannot set headers), as {@code ?access_token=}. An unknown credential is a 401; a valid
 * credential of another board is a 403.
 */
@Component
public class BoardCredentialAuthentication {

	private static final String BEARER = "Bearer ";

	private final BoardRepository boards;

	BoardCredentialAuthentication(BoardRepository boards) {
		this.boards = boards;
	}

	public ServerAuthenticationConverter converter() {
		return (exchange) -> {
			String header = exchange.getRequest().getHeaders().getFirst(HttpHeaders.AUTHORIZATION);
			String credential = (header != null && header.regionMatches(true, 0, BEARER, 0, BEARER.length()))
					? header.substring(BEARER.length()).strip()
					: exchange.getRequest().getQueryParams().getFirst("access_token");
			if (credential == null || credential.isBlank()) {
				return Mono.empty();
			}
			return Mono.just(new BoardCredentialToken(credential));
		};
	}

	public ReactiveAuthenticationManager authenticationManager() {
		return (authentication) -> {
			String credential = (String) authentication.getCredentials();
			if (credential == null || credential.length() > 200) {
				return Mono.error(new BadCredentialsException("Unknown board credential"));
			}
			return this.boards.findByCredentialHash(BoardCredentials.hash(credential))
				.switchIfEmpty(Mono.error(() -> new BadCredentialsException("Unknown board credential")))
				.map((board) -> (Authentication) new BoardAuthentication(BoardPrincipal.of(board)));
		};
	}

	/** Whether the authenticated board is the one the path names. */
	public Mono<AuthorizationResult> isSameBoard(Mono<Authentication> authentication, Object boardId) {
		return authentication
			.map((auth) -> auth.getPrincipal() instanceof BoardPrincipal board && board.boardId().equals(boardId))
			.<AuthorizationResult>map(AuthorizationDecision::new)
			.defaultIfEmpty(new AuthorizationDecision(false));
	}

	/** A credential presented, not yet checked. */
	private static final class BoardCredentialToken extends AbstractAuthenticationToken {

		private final String credential;

		BoardCredentialToken(String credential) {
			super(List.of());
			this.credential = credential;
		}

		@Override
		public Object getCredentials() {
			return this.credential;
		}

		@Override
		public Object getPrincipal() {
			return null;
		}

	}

	/** A board that proved its credential. */
	private static final class BoardAuthentication extends AbstractAuthenticationToken {

		private final BoardPrincipal board;

		BoardAuthentication(BoardPrincipal board) {
			super(List.of(new SimpleGrantedAuthority("ROLE_BOARD")));
			this.board = board;
			setAuthenticated(true);
		}

		@Override
		public Object getCredentials() {
			return null;
		}

		@Override
		public Object getPrincipal() {
			return this.board;
		}

	}

}
