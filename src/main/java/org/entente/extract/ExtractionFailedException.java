package org.entente.extract;

/** The extractor failed on an article (a bug, not bad input): the caller reports it instead of storing nothing. */
public class ExtractionFailedException extends RuntimeException {

    public ExtractionFailedException(String lang, RuntimeException cause) {
        super("extraction failed on this " + lang + " article (" + cause + ")", cause);
    }
}
