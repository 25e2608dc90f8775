package org.entente.extract;

/** A plain romanisation of Arabic names for ids of uncatalogued people ("سوبرامانيام جايشانكار" → "Subramanyam Jayshankar"). */
final class Translit {
    private Translit() {}

    static String latin(String arabic) {
        StringBuilder out = new StringBuilder();
        for (String w : arabic.trim().split("\\s+")) {
            String r = word(org.entente.extract.text.Normalizer.fold(w));
            if (r.isEmpty()) continue;
            if (out.length() > 0) out.append(' ');
            out.append(Character.toUpperCase(r.charAt(0))).append(r.substring(1));
        }
        return out.toString();
    }

    private static String word(String w) {
        StringBuilder b = new StringBuilder();
        int n = w.length();
        for (int i = 0; i < n; i++) {
            char c = w.charAt(i);
            boolean first = i == 0;
            boolean last = i == n - 1;
            switch (c) {
                case 'ا': b.append(first ? "a" : "a"); break;
                case 'ب': b.append('b'); break;
                case 'ت': b.append('t'); break;
                case 'ث': b.append("th"); break;
                case 'ج': b.append('j'); break;
                case 'ح': b.append('h'); break;
                case 'خ': b.append("kh"); break;
                case 'د': b.append('d'); break;
                case 'ذ': b.append("dh"); break;
                case 'ر': b.append('r'); break;
                case 'ز': b.append('z'); break;
                case 'س': b.append('s'); break;
                case 'ش': b.append("sh"); break;
                case 'ص': b.append('s'); break;
                case 'ض': b.append('d'); break;
                case 'ط': b.append('t'); break;
                case 'ظ': b.append('z'); break;
                case 'ع': if (!first) b.append('a'); else b.append('a'); break;
                case 'غ': b.append("gh"); break;
                case 'ف': b.append('f'); break;
                case 'ق': b.append('q'); break;
                case 'ك': b.append('k'); break;
                case 'ل': b.append('l'); break;
                case 'م': b.append('m'); break;
                case 'ن': b.append('n'); break;
                case 'ه': b.append(last ? "a" : "h"); break;
                case 'و': b.append(first ? "w" : (i > 0 && i < n - 1 ? "o" : "u")); break;
                case 'ي': b.append(first ? "y" : (last ? "i" : "i")); break;
                case 'پ': b.append('p'); break;
                case 'چ': b.append("ch"); break;
                case 'ڤ': b.append('v'); break;
                case 'گ': b.append('g'); break;
                default:
                    if (Character.isLetterOrDigit(c) && c < 0x250) b.append(c);
            }
        }
        // collapse doubled vowels from long-vowel letters ("aa" in "جايشانكار" reads better as "a")
        return b.toString().replace("aa", "a").replace("ii", "i").replace("oo", "u");
    }
}
