package gov.maservice.qr.catalog;

import java.util.List;

import org.springframework.data.mongodb.repository.MongoRepository;

interface CatalogItemRepository extends MongoRepository<CatalogItem, String> {

	List<CatalogItem> findByDepartmentCodeAndStatusOrderByCodeAsc(String departmentCode, ItemStatus status);

	List<CatalogItem> findByLocalityCodesAndStatusOrderByCodeAsc(String localityCode, ItemStatus status);

}
