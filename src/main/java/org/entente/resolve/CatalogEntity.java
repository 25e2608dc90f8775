package org.entente.resolve;

import java.util.List;
import java.util.Map;

/**
 * One catalogued entity. {@code names} maps a language (en, ar, fr) to its forms, the first English form being the
 * display name. {@code region} is set for states only; {@code offices} for people; {@code memberships} for states
 * (the organizations they belong to) and organizations (their members).
 */
public record CatalogEntity(String id, String kind, String name, Map<String, List<String>> names, String region,
                            List<Office> offices, List<Membership> memberships) {
    public static final String STATE = "State";
    public static final String PERSON = "Person";
    public static final String ORGANIZATION = "Organization";
}
