package gov.maservice.notification.notice;

import org.springframework.data.repository.reactive.ReactiveCrudRepository;

interface NoticeRepository extends ReactiveCrudRepository<Notice, String> {

}
