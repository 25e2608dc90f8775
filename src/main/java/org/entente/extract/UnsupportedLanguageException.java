package org.entente.extract;

/** The article is not in Arabic, English or French (or its language could not be told). */
public class UnsupportedLanguageException extends IllegalArgumentException {
    public UnsupportedLanguageException(String message) {
        super(message);
    }
}
