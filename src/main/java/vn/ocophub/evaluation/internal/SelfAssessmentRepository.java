package vn.ocophub.evaluation.internal;

import org.springframework.data.repository.ListCrudRepository;

/** Loads and saves self-assessment aggregates with their answers; lists are read by {@link SelfAssessmentListing}. */
public interface SelfAssessmentRepository extends ListCrudRepository<SelfAssessment, Long> {

}
