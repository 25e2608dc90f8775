package org.entente.extract.rules;

import java.util.List;
import java.util.Set;

/** The argument contract of a fact type in one language: kinds, markers and the flags for modality. */
public record TypeRule(String type, boolean symmetric, Set<String> subjectKinds, Set<String> objectKinds,
                       Cues subjectMarkers, Cues objectMarkers, Cues withMarkers, boolean blockedByThreat,
                       boolean liftable, boolean endable, boolean directObject, List<TriggerRule> triggers) {}
