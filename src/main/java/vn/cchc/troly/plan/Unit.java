package vn.cchc.troly.plan;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/** The administrative unit that owns plans: the commune's People's Committee. */
@Table("admin_unit")
public record Unit(@Id Long id, String name, String timeZone) {
}
