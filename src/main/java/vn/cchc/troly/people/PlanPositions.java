package vn.cchc.troly.people;

import java.util.Set;

/**
 * The positions the current plan names under Tham mưu or Phối hợp. The plan module depends on
 * this one, so the plan module provides the answer.
 */
@FunctionalInterface
public interface PlanPositions {

	Set<Long> namedPositionIds();
}
