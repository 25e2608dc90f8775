package org.entente.extract;

/** A plain romanisation of Arabic names for ids of uncatalogued people ("سوبرامانيام جايشانكار" → "Subramanyam Jayshankar"). */
final class Translit {
    private Translit() {}

    /** Usual English spellings of common Arabic name parts (folded Arabic → Latin), as English-language titles write them. */
    private static final java.util.Map<String, String> NAMES = new java.util.HashMap<>();

    static {
        String[] pairs = {
            "محمد", "Mohammed", "احمد", "Ahmed", "محمود", "Mahmoud", "مصطفى", "Mustafa", "علي", "Ali", "حسن", "Hassan",
            "حسين", "Hussein", "خالد", "Khalid", "سعيد", "Saeed", "سعد", "Saad", "يوسف", "Youssef", "ابراهيم", "Ibrahim",
            "اسماعيل", "Ismail", "عمر", "Omar", "عثمان", "Osman", "طارق", "Tariq", "فيصل", "Faisal", "فهد", "Fahd",
            "سلمان", "Salman", "سلطان", "Sultan", "ناصر", "Nasser", "منصور", "Mansour", "جمال", "Jamal", "كمال", "Kamal",
            "صالح", "Saleh", "صلاح", "Salah", "عادل", "Adel", "عماد", "Imad", "رشيد", "Rashid", "راشد", "Rashid",
            "حمد", "Hamad", "حامد", "Hamid", "زايد", "Zayed", "نبيل", "Nabil", "وليد", "Walid", "بدر", "Badr",
            "جاسم", "Jassim", "مشعل", "Mishal", "ايمن", "Ayman", "هشام", "Hisham", "هاني", "Hani", "سامي", "Sami",
            "سمير", "Samir", "كريم", "Karim", "ماجد", "Majid", "مراد", "Murad", "ياسر", "Yasser", "ياسين", "Yassin",
            "يحيي", "Yahya", "زكريا", "Zakaria", "موسي", "Musa", "عيسي", "Isa", "سليمان", "Suleiman", "داود", "Daoud",
            "نور", "Nour", "فاطمه", "Fatima", "مريم", "Maryam", "ليلي", "Leila", "امينه", "Amina", "هند", "Hind",
            "بن", "bin", "بنت", "bint", "ابو", "Abu", "ال", "Al", "نايف", "Nayef", "تركي", "Turki", "سعود", "Saud",
            "عبدالله", "Abdullah", "عبدالرحمن", "Abdul Rahman", "عبدالعزيز", "Abdulaziz", "عبدالفتاح", "Abdel Fattah",
            "عبدالمجيد", "Abdelmadjid", "عبدالحميد", "Abdul Hamid", "عبدالكريم", "Abdul Karim", "عبدالملك", "Abdul Malik",
            "رياض", "Riyad", "وائل", "Wael", "انور", "Anwar", "مهدي", "Mahdi", "جعفر", "Jafar", "حيدر", "Haider",
            "عباس", "Abbas", "قاسم", "Qasim", "نجيب", "Najib", "ميشال", "Michel", "جوزيف", "Joseph", "نواف", "Nawaf",
            "شريف", "Sharif", "عزيز", "Aziz", "رامي", "Rami", "بسام", "Bassam", "فؤاد", "Fuad", "عدنان", "Adnan"};
        for (int i = 0; i < pairs.length; i += 2) NAMES.put(org.entente.extract.text.Normalizer.fold(pairs[i]), pairs[i + 1]);
    }

    static String latin(String arabic) {
        StringBuilder out = new StringBuilder();
        String[] ws = arabic.trim().split("\\s+");
        for (int k = 0; k < ws.length; k++) {
            String f = org.entente.extract.text.Normalizer.fold(ws[k]);
            // "عبد الله", "عبد العزيز": one name
            if ((f.equals("عبد") || f.equals("عبدال")) && k + 1 < ws.length) {
                String joined = NAMES.get("عبد" + org.entente.extract.text.Normalizer.fold(ws[k + 1]));
                if (joined != null) {
                    if (out.length() > 0) out.append(' ');
                    out.append(joined);
                    k++;
                    continue;
                }
            }
            String known = NAMES.get(f);
            String r;
            if (known != null) r = known;
            else if (f.length() > 3 && f.startsWith("ال")) {
                // "اليحيا" → "al-Yahya"
                String rest = NAMES.getOrDefault(f.substring(2), word(f.substring(2)));
                r = rest.isEmpty() ? "" : "al-" + Character.toUpperCase(rest.charAt(0)) + rest.substring(1);
            } else {
                r = word(f);
            }
            if (r.isEmpty()) continue;
            if (out.length() > 0) out.append(' ');
            out.append(r.startsWith("al-") || r.equals("bin") || r.equals("bint") ? r
                    : Character.toUpperCase(r.charAt(0)) + r.substring(1));
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
