package org.entente.extract.rules;

import java.util.List;

/**
 * One trigger of a fact type. noun: a nominal trigger ("invasion", "الغزو"), whose subject is the adjacent
 * possessor/adjective; passive: the subject comes with a "by" marker and the object before; speaker: a first-person
 * form ("our partnership", "شراكتنا") that includes the reported speaker's state; requires: a cue that must occur
 * within {@code window} words; sentence: the participants may stand anywhere in the sentence ("during the talks") (e.g. a verb "impose" needs "tariffs" nearby); excludes: a cue that vetoes the trigger
 * in its sentence (a phone call is no meeting); status: a fixed status ("lifted") for triggers that say it;
 * excludesNear: a cue within {@code nearWindow} words of the trigger that vetoes it ("struck" before "a deal");
 * reach: how many words may separate the trigger from an argument after it (-1: the language's window);
 * directObject: overrides the type's (a bare group after a verb is its object: "sanctioned the minister");
 * agent: an agent noun ("supplier", "fournisseur", "ally of") whose subject is the clause subject before it,
 * across a copula, and whose object is the first group after it, whatever its marker; leftReach: how many words
 * may separate a nominal trigger from the parties before it, a possessive aside (-1: the language's window), so that
 * "the two leaders discussed the grain deal" states no deal between them.
 */
public record TriggerRule(String type, Pattern pattern, double conf, boolean noun, boolean passive, boolean speaker,
                          boolean sentence,
                          Cues requires, Cues excludes, int window, String status, Cues excludesNear, int nearWindow,
                          int reach, Boolean directObject, boolean agent, int leftReach) {
    public String source() {
        return pattern.source;
    }

    public static List<String> kinds() {
        return List.of("State", "Person", "Organization");
    }
}
