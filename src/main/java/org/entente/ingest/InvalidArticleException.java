package org.entente.ingest;

/** Input that can't be accepted, with a message that says what to fix. Clients see it as 400 (or 413). */
public class InvalidArticleException extends RuntimeException {

    private final boolean tooLarge;

    public InvalidArticleException(String message) {
        this(message, false);
    }

    public InvalidArticleException(String message, boolean tooLarge) {
        super(message, null, false, false);
        this.tooLarge = tooLarge;
    }

    /** True when the input is too large rather than malformed (HTTP 413). */
    public boolean tooLarge() {
        return tooLarge;
    }
}
