package gov.maservice.notification.board;

import reactor.core.publisher.Mono;

import org.springframework.data.repository.reactive.ReactiveCrudRepository;

interface BoardRepository extends ReactiveCrudRepository<Board, String> {

	Mono<Board> findByCredentialHash(String credentialHash);

}
