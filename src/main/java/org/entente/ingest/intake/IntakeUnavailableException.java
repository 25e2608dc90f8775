package org.entente.ingest.intake;

/** The Kafka intake was asked for but is not configured, or the broker did not take the articles in time. */
public class IntakeUnavailableException extends RuntimeException {

    public IntakeUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
