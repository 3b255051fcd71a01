package gov.maservice.notification.locality;

import org.springframework.data.repository.reactive.ReactiveCrudRepository;

interface LocalityRepository extends ReactiveCrudRepository<Locality, String> {

}
