package org.entente.graph;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What a neighbourhood walk may still read, in summary edges counted from the entities' degrees. One budget serves
 * the whole walk, so that a hub met at the first step leaves less for the steps after it: a per-step budget would
 * let a depth-3 walk read three times as much.
 */
final class WalkBudget {

    private long left;

    WalkBudget(long edges) {
        this.left = edges;
    }

    /**
     * The frontier entities to expand, in the order given (strongest first): each one whose edges ({@code degree})
     * still fit in what is left, which they then use up. An entity that does not fit is skipped and smaller ones
     * after it may still be taken. The start of a walk is expanded whatever its degree ({@code all}).
     */
    List<String> take(List<String> frontier, Map<String, Long> degree, boolean all) {
        List<String> expand = new ArrayList<>();
        for (String f : frontier) {
            long n = degree.getOrDefault(f, 0L);
            if (all || n <= left) {
                expand.add(f);
                left -= n;
            }
        }
        return expand;
    }

    long left() {
        return left;
    }
}
