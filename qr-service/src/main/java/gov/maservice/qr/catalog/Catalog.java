package gov.maservice.qr.catalog;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;

/**
 * Read access to the projected catalog for the other features (links, posters). Posters
 * list published items only: a withdrawn guide still resolves when scanned but is not
 * printed anew.
 */
@Service
public class Catalog {

	private final CatalogItemRepository items;

	private final DepartmentRepository departments;

	private final LocalityRepository localities;

	Catalog(CatalogItemRepository items, DepartmentRepository departments, LocalityRepository localities) {
		this.items = items;
		this.departments = departments;
		this.localities = localities;
	}

	public Optional<CatalogItem> item(String code) {
		return this.items.findById(code);
	}

	public Optional<Department> department(String code) {
		return this.departments.findById(code);
	}

	public Optional<Locality> locality(String code) {
		return this.localities.findById(code);
	}

	public List<CatalogItem> publishedItemsOfDepartment(String departmentCode) {
		return this.items.findByDepartmentCodeAndStatusOrderByCodeAsc(departmentCode, ItemStatus.PUBLISHED);
	}

	public List<CatalogItem> publishedItemsOfLocality(String localityCode) {
		return this.items.findByLocalityCodesAndStatusOrderByCodeAsc(localityCode, ItemStatus.PUBLISHED);
	}

	public List<Department> allDepartments() {
		return this.departments.findAll(Sort.by("_id"));
	}

	public List<Locality> allLocalities() {
		return this.localities.findAll(Sort.by("_id"));
	}

}
