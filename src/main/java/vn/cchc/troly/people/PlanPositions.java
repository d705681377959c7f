package vn.cchc.troly.people;

import java.util.Set;

/**
 * The positions the current plan names under Tham mưu or Phối hợp. The plan module depends on
 * this one, so the answer comes from a module that may read the plan (progress provides it).
 */
@FunctionalInterface
public interface PlanPositions {

	Set<Long> namedPositionIds();
}
