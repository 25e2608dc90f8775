package org.entente.extract;

import org.entente.extract.rules.LangRules;
import org.entente.extract.text.Arabic;
import org.entente.extract.text.Sentence;
import org.entente.extract.text.Token;

import java.time.LocalDate;
import java.util.List;

/** One article during extraction: tokens, their readings, sentences, and the date offices are resolved on. */
final class Doc {
    final String text;
    final String lang;
    final LocalDate published;
    final LocalDate asOf;
    final List<Token> tokens;
    final String[][] forms;
    final List<Sentence> sentences;
    final int[] sentenceOf;
    final LangRules rules;
    /** Tokens inside a catalog mention (names, states, titles): never modality cues ("Narendra" is no "*dra"). */
    boolean[] covered;

    Doc(String text, String lang, LocalDate published, List<Token> tokens, List<Sentence> sentences, LangRules rules) {
        this.text = text;
        this.lang = lang;
        this.published = published;
        this.asOf = published != null ? published : LocalDate.now();
        this.tokens = tokens;
        this.sentences = sentences;
        this.rules = rules;
        this.forms = new String[tokens.size()][];
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.arabic) {
                List<Arabic.Reading> rs = Arabic.readings(t.norm);
                String[] f = new String[rs.size()];
                for (int k = 0; k < f.length; k++) f[k] = rs.get(k).stem();
                forms[i] = f;
            } else {
                forms[i] = new String[] {t.norm};
            }
        }
        this.sentenceOf = new int[tokens.size()];
        for (int s = 0; s < sentences.size(); s++) {
            Sentence sn = sentences.get(s);
            for (int i = sn.from(); i < sn.to(); i++) sentenceOf[i] = s;
        }
    }

    String span(int fromTok, int toTok) {
        return text.substring(tokens.get(fromTok).start, tokens.get(toTok - 1).end);
    }
}
