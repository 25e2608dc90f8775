package org.entente.extract.eval;

import java.util.List;

/** One case's outcome: its counts and the facts behind them. */
public record CaseResult(String id, String lang, Counts counts, List<FactKey> truePositives,
                         List<FactKey> falsePositives, List<FactKey> missed, String error) {}
