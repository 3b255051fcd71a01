package gov.maservice.notification.delivery;

import java.util.List;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import gov.maservice.notification.board.BoardPrincipal;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.stereotype.Service;

/**
 * Opens board streams: a comment at once (so proxies flush the headers), then what the
 * {@link NoticeBook} sends, with keep-alive comments in between.
 */
@Service
class DeliveryService {

	private final NoticeBook book;

	private final StreamPresence presence;

	private final DeliveryProperties properties;

	DeliveryService(NoticeBook book, StreamPresence presence, DeliveryProperties properties) {
		this.book = book;
		this.presence = presence;
		this.properties = properties;
	}

	Flux<ServerSentEvent<String>> stream(BoardPrincipal board, Long lastEventId) {
		Flux<ServerSentEvent<String>> live = Flux.defer(() -> {
			BoardSession session = this.book.open(board, (lastEventId != null) ? lastEventId : 0L);
			Flux<ServerSentEvent<String>> keepAlive = Flux.interval(this.properties.keepAlive())
				.map((tick) -> ServerSentEvent.<String>builder().comment("keep-alive").build())
				.takeUntilOther(session.closed());
			return Flux.merge(session.sink().asFlux(), keepAlive).doOnSubscribe((subscription) -> {
				this.book.connect(session, lastEventId);
				this.presence.connected(board.boardId());
			}).doFinally((signal) -> this.book.disconnect(session));
		});
		return Flux.concat(Mono.just(ServerSentEvent.<String>builder().comment("ok").build()),
				this.book.ready().thenMany(live));
	}

	Mono<List<NoticeMessage>> inForceFor(BoardPrincipal board) {
		return this.book.ready().then(this.book.inForceFor(board));
	}

}
