package org.entente.extract.gazetteer;

import org.entente.extract.text.Token;
import org.entente.extract.text.Tokenizer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A trie over normalised tokens, built once per language, giving the longest catalog alias at each position.
 * Arabic proclitics (و ف ب ل ك ال and their combinations) are handled by trying the first token's stripped forms as
 * alternative keys, never by rewriting the text: بوتين stays بوتين and only falls back to وتين if that were a name.
 */
public final class Gazetteer {
    private static final Set<String> ARTICLES = Set.of("the", "le", "la", "les", "l'");
    private static final String[] CONJ = {"", "و", "ف"};
    private static final String[] PREP = {"", "ب", "ل", "ك"};

    private final Node root = new Node();

    private static final class Node {
        Map<String, Node> next;
        List<Entry> entries;
    }

    public void add(String alias, Entry entry) {
        if (alias == null || alias.isBlank()) return;
        List<Token> toks = Tokenizer.tokenize(alias);
        List<String> keys = new ArrayList<>(toks.size());
        for (Token t : toks) keys.add(t.norm);
        if (keys.isEmpty()) return;
        boolean allCaps = true;
        int letters = 0;
        for (int i = 0; i < alias.length(); i++) {
            char c = alias.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
                if (!Character.isUpperCase(c)) allCaps = false;
            }
        }
        boolean acronym = allCaps && letters >= 2 && letters <= 5 && toks.size() == 1 && !toks.get(0).arabic;
        Entry e = acronym == entry.acronym() ? entry
                : new Entry(entry.kind(), entry.id(), entry.lang(), entry.needUpper(), acronym, entry.ambiguous());
        insert(keys, e);
        // variants without a leading article: "the Kremlin" also as "Kremlin", "الكرملين" also as "كرملين"
        if (keys.size() > 1 && ARTICLES.contains(keys.get(0))) insert(keys.subList(1, keys.size()), e);
        String first = keys.get(0);
        // (not for "the two countries" anaphors: "حليفتان" without the article is a predicate, not "the two allies")
        boolean anaphor = e.kind() == Entry.Kind.PAIR_STATES || e.kind() == Entry.Kind.PAIR_PERSONS
                || e.kind() == Entry.Kind.TRIPLE_STATES;
        if (first.startsWith("ال") && first.length() > 3 && !anaphor) {
            List<String> v = new ArrayList<>(keys);
            v.set(0, first.substring(2));
            insert(v, e);
        }
    }

    private void insert(List<String> keys, Entry e) {
        Node n = root;
        for (String k : keys) {
            if (n.next == null) n.next = new HashMap<>(4);
            n = n.next.computeIfAbsent(k, x -> new Node());
        }
        if (n.entries == null) n.entries = new ArrayList<>(2);
        if (!n.entries.contains(e)) n.entries.add(e);
    }

    /** Longest matches, left to right, non-overlapping. */
    public List<Match> findAll(List<Token> tokens) {
        List<Match> out = new ArrayList<>();
        int i = 0;
        int n = tokens.size();
        while (i < n) {
            Match m = longestAt(tokens, i);
            if (m == null) {
                i++;
            } else {
                // "the Organisation of Islamic Cooperation", "l'Organisation de coopération de Shanghai": an anaphor
                // ("the organisation") gives way to a longer name that starts inside it
                boolean anaphor = true;
                for (Entry e : m.entries()) anaphor &= e.kind() == Entry.Kind.ORG_ANAPHOR;
                if (anaphor) {
                    for (int k = i + 1; k < m.to(); k++) {
                        Match inner = longestAt(tokens, k);
                        if (inner != null && inner.to() > m.to()) {
                            m = inner;
                            break;
                        }
                    }
                }
                // "الشيخ تميم بن حمد آل ثاني": a longer form of the same name starting inside the match extends it
                for (int k = i + 1; k < m.to(); k++) {
                    Match inner = longestAt(tokens, k);
                    if (inner != null && inner.to() > m.to() && inner.entries().equals(m.entries())) {
                        m = new Match(m.from(), inner.to(), m.entries(), m.clitic());
                        break;
                    }
                }
                out.add(m);
                i = m.to();
            }
        }
        return out;
    }

    /** The longest match starting at token i, or null. */
    public Match longestAt(List<Token> tokens, int i) {
        Token t = tokens.get(i);
        if (!t.word) return null;
        Match best = null;
        best = walk(tokens, i, t.norm, "", best);
        if (t.arabic && t.norm.length() >= 3) {
            String w = t.norm;
            for (String c : CONJ) {
                if (!w.startsWith(c)) continue;
                for (String p : PREP) {
                    String cp = c + p;
                    if (!w.startsWith(cp)) continue;
                    // bare prefix (no article)
                    if (!cp.isEmpty() && w.length() - cp.length() >= 2) {
                        best = walk(tokens, i, w.substring(cp.length()), cp, best);
                    }
                    // with the article: "ال", or "لل" for ل + ال
                    String art = p.equals("ل") ? c + "لل" : cp + "ال";
                    if (w.startsWith(art) && w.length() - art.length() >= 2) {
                        best = walk(tokens, i, w.substring(art.length()), art, best);
                    }
                }
            }
        }
        return best;
    }

    private Match walk(List<Token> tokens, int i, String firstKey, String clitic, Match best) {
        Node n = root.next == null ? null : root.next.get(firstKey);
        int j = i + 1;
        Node lastWithEntries = null;
        int lastEnd = -1;
        while (n != null) {
            if (n.entries != null) {
                lastWithEntries = n;
                lastEnd = j;
            }
            if (j >= tokens.size() || n.next == null) break;
            n = n.next.get(tokens.get(j).norm);
            j++;
        }
        if (lastWithEntries == null) return best;
        if (best == null || lastEnd > best.to() || (lastEnd == best.to() && clitic.length() < best.clitic().length())) {
            return new Match(i, lastEnd, lastWithEntries.entries, clitic);
        }
        return best;
    }
}
