package org.entente.extract.eval;

/** One gold fact: subject and object are ids; required false means ignored on both sides when scoring. */
public record GoldFact(String type, String subject, String object, boolean required, String date, String role,
                       String status, String note) {}
