package gov.maservice.qr.catalog;

import org.springframework.data.mongodb.repository.MongoRepository;

interface DepartmentRepository extends MongoRepository<Department, String> {

}
