package org.entente.api;

import java.util.List;

/** A client error raised by a resource: the status and a message that says what to fix. */
public class ApiException extends RuntimeException {

    private final int status;
    private final List<Problem.ItemError> errors;

    public ApiException(int status, String message) {
        this(status, message, null);
    }

    public ApiException(int status, String message, List<Problem.ItemError> errors) {
        super(message, null, false, false);
        this.status = status;
        this.errors = errors;
    }

    public int status() {
        return status;
    }

    public List<Problem.ItemError> errors() {
        return errors;
    }
}
