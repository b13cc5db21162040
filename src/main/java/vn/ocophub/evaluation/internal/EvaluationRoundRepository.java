package vn.ocophub.evaluation.internal;

import org.springframework.data.repository.CrudRepository;

public interface EvaluationRoundRepository extends CrudRepository<EvaluationRound, Long> {

}
