package vn.ocophub.producer;

/** Whether a producer is operating. */
public enum ProducerStatus {

	ACTIVE, SUSPENDED, DISSOLVED

}
