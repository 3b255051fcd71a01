package gov.maservice.qr.catalog;

import org.springframework.data.mongodb.repository.MongoRepository;

interface LocalityRepository extends MongoRepository<Locality, String> {

}
