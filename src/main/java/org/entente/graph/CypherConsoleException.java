package org.entente.graph;

/** Why a console query was not run, or failed: the front end turns the reason into an HTTP status. */
public class CypherConsoleException extends RuntimeException {

    /** What went wrong. */
    public enum Reason {
        /** A write, schema or admin command, or something the console never runs (403). */
        FORBIDDEN,
        /** The query or its parameters are invalid: the message says why (400). */
        INVALID,
        /** The query ran past the time limit (408). */
        TIMEOUT
    }

    private final Reason reason;

    public CypherConsoleException(Reason reason, String message) {
        super(message, null, false, false);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
