package vn.ocophub.evaluation.internal;

import org.springframework.data.repository.CrudRepository;

public interface DossierRepository extends CrudRepository<Dossier, Long> {

}
