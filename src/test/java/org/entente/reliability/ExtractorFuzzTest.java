package org.entente.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.entente.extract.Entity;
import org.entente.extract.Extraction;
import org.entente.extract.Extractor;
import org.entente.extract.Fact;
import org.entente.extract.Span;
import org.entente.extract.UnsupportedLanguageException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Properties of the extractor over any text: it never throws (except the documented "could not detect the
 * language" when no language is given), it answers within a time bound, every evidence offset lies inside the
 * text with {@code text.substring(start, end)} equal to the sentence, and every entity span lies inside the text.
 *
 * <p>Two ways in:
 * <ul>
 * <li>{@link #fuzzExtractor(byte[])}, a Jazzer {@code @FuzzTest}. In a normal build ({@code ./mvnw verify}) Jazzer
 * runs it in regression mode: only the inputs it has saved (none until it finds one), fast. To fuzz for real:
 * {@code JAZZER_FUZZ=1 ./mvnw -o test -Dtest='ExtractorFuzzTest#fuzzExtractor'} (five minutes, {@code maxDuration};
 * a first run here did 352,000 inputs at about 1,200 a second without a failure). Jazzer keeps its working corpus
 * in {@code .cifuzz-corpus/org.entente.reliability.ExtractorFuzzTest/} (not committed); copy
 * {@code src/test/resources/fuzz/extractor/*} into it to start from our seeds. A failing input is written under
 * {@code src/test/resources/org/entente/reliability/ExtractorFuzzTestInputs/fuzzExtractor/} and from then on
 * replayed in every build.</li>
 * <li>{@link #corpusAndMutations}, a plain parameterised test over the committed corpus
 * ({@code src/test/resources/fuzz/extractor/}: snippets in Arabic, English and French, mixed text and junk bytes)
 * plus seeded random mutations of it: always runs, deterministic, a few seconds.</li>
 * </ul>
 */
class ExtractorFuzzTest {

    /** Per extraction of one short input; generous because the build machines are shared. */
    static final long TIME_BOUND_MS = Long.getLong("entente.fuzz.time-bound-ms", 2000);
    static final int MUTATIONS_PER_SEED = Integer.getInteger("entente.fuzz.mutations", 12);
    static final long SEED = Long.getLong("entente.fuzz.seed", 20250902L);
    static final LocalDate PUBLISHED = LocalDate.of(2025, 9, 2);

    static {
        // Jazzer's agent stays in the test JVM once a fuzz test has run: keep its hooks and coverage to our own
        // classes, so that the Quarkus tests that run later in the same JVM are not instrumented
        if (System.getProperty("jazzer.instrumentation_includes") == null) {
            System.setProperty("jazzer.instrumentation_includes", "org.entente.**");
        }
        if (System.getProperty("jazzer.custom_hook_includes") == null) {
            System.setProperty("jazzer.custom_hook_includes", "org.entente.**");
        }
    }

    private static Extractor extractor;

    @BeforeAll
    static void load() {
        extractor = Extractor.fromClasspath();
        // the first call pays for class loading and lazy tables: keep it out of the time bound
        extractor.extract("Russia met China in Moscow.", "en", PUBLISHED);
        extractor.extract("التقت روسيا الصين في موسكو.", "ar", PUBLISHED);
        extractor.extract("La Russie a rencontré la Chine à Moscou.", "fr", PUBLISHED);
    }

    @FuzzTest(maxDuration = "5m")
    void fuzzExtractor(byte[] input) {
        checkAll(new String(input, StandardCharsets.UTF_8));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpusAndMutations")
    void corpusAndMutations(String name, String text) {
        checkAll(text);
    }

    @Test
    void corpusIsThere() {
        assertThat(corpus()).hasSizeGreaterThanOrEqualTo(30);
    }

    /** The text in each language, and with the language left to detection. */
    static void checkAll(String text) {
        for (String lang : Extractor.LANGUAGES) {
            check(text, lang);
        }
        try {
            check(text, null);
        } catch (UnsupportedLanguageException e) {
            // documented: text whose language can't be told apart asks for lang
            assertThat(e.getMessage()).contains("lang");
        }
    }

    static void check(String text, String lang) {
        long started = System.nanoTime();
        Extraction x = extractor.extract(text, lang, PUBLISHED);
        long ms = (System.nanoTime() - started) / 1_000_000;
        assertThat(ms).as("extraction time in ms (lang %s, %d chars)", lang, text.length())
                .isLessThanOrEqualTo(TIME_BOUND_MS);
        assertThat(x).isNotNull();
        assertThat(x.entities()).isNotNull();
        assertThat(x.facts()).isNotNull();
        for (Entity e : x.entities()) {
            for (Span s : e.spans()) {
                assertThat(s.start()).as("span start of %s", e.id()).isBetween(0, text.length());
                assertThat(s.end()).as("span end of %s", e.id()).isBetween(s.start(), text.length());
                assertThat(text.substring(s.start(), s.end())).as("span text of %s", e.id()).isEqualTo(s.text());
            }
        }
        for (Fact f : x.facts()) {
            var ev = f.evidence();
            assertThat(ev).as("evidence of %s", f.type()).isNotNull();
            assertThat(ev.start()).as("evidence start").isBetween(0, text.length());
            assertThat(ev.end()).as("evidence end").isBetween(ev.start(), text.length());
            assertThat(text.substring(ev.start(), ev.end())).as("evidence sentence").isEqualTo(ev.sentence());
            assertThat(f.subject()).as("subject of %s", f.type()).isNotNull();
            assertThat(f.confidence()).as("confidence").isBetween(0.0, 1.0);
        }
    }

    /** The committed corpus, by file name; files are read as bytes and decoded as UTF-8 like the fuzz input. */
    static List<Object[]> corpus() {
        try {
            var url = ExtractorFuzzTest.class.getResource("/fuzz/extractor");
            assertThat(url).as("src/test/resources/fuzz/extractor on the test classpath").isNotNull();
            try (Stream<Path> files = Files.list(Path.of(url.toURI()))) {
                List<Object[]> out = new ArrayList<>();
                for (Path p : files.sorted().toList()) {
                    out.add(new Object[] {p.getFileName().toString(), Files.readAllBytes(p)});
                }
                return out;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every seed, then seeded random mutations of them: reproducible (entente.fuzz.seed). */
    static Stream<Arguments> corpusAndMutations() {
        List<Object[]> seeds = corpus();
        List<Arguments> cases = new ArrayList<>();
        for (Object[] s : seeds) {
            cases.add(Arguments.of(s[0], new String((byte[]) s[1], StandardCharsets.UTF_8)));
        }
        Random random = new Random(SEED);
        for (Object[] s : seeds) {
            for (int i = 0; i < MUTATIONS_PER_SEED; i++) {
                byte[] mutated = Mutator.mutate((byte[]) s[1], (byte[]) seeds.get(random.nextInt(seeds.size()))[1],
                        random);
                cases.add(Arguments.of(s[0] + " #" + i, new String(mutated, StandardCharsets.UTF_8)));
            }
        }
        return cases.stream();
    }

    /** A few byte- and text-level mutations, in the spirit of a fuzzer's, without coverage feedback. */
    static final class Mutator {

        /** Characters that stress normalisation, tokenising and sentence splitting in the three scripts. */
        private static final String PALETTE = "ابتثجحخدذرزسشصضطظعغفقكلمنهويىةءأإآؤئ ًٌٍَُِّْٰـ،؛؟٫٬"
                + "abcXYZéèêàçœÉ’'«»\"-–—.!?;:()[]{}<>/\\ 0123456789٠١٢٣٤٥٦٧٨٩\n\r\t\u00a0\u200b\u200c\u200d"
                + "\u200e\u200f\u202a\u202b\u202e\u2028\u2029\ufeff\ufffd\u0000\u0007\u001b";

        private static final String[] WORDS = {"Russia", "China", "NATO", "Putin", "Xi Jinping", "sanctions",
            "signed", "met", "threatened", "tariff", "روسيا", "الصين", "بوتين", "عقوبات", "وقعت", "التقى", "هددت",
            "la Russie", "la Chine", "l'OTAN", "Poutine", "a rencontré", "a signé", "sanctions", "le 3 mars 2025",
            "in June 2024", "في يونيو 2024", "Mr.", "U.S.", "n't", "لم", "ne pas", "if", "إذا", "si"};

        static byte[] mutate(byte[] seed, byte[] other, Random r) {
            byte[] b = seed.length == 0 ? "x".getBytes(StandardCharsets.UTF_8) : seed.clone();
            int rounds = 1 + r.nextInt(4);
            for (int k = 0; k < rounds; k++) {
                b = switch (r.nextInt(8)) {
                    case 0 -> flipByte(b, r);
                    case 1 -> insertText(b, String.valueOf(PALETTE.charAt(r.nextInt(PALETTE.length())))
                            .repeat(1 + r.nextInt(3)), r);
                    case 2 -> insertText(b, " " + WORDS[r.nextInt(WORDS.length)] + " ", r);
                    case 3 -> truncate(b, r);
                    case 4 -> splice(b, other, r);
                    case 5 -> repeat(b, r);
                    case 6 -> deleteRange(b, r);
                    default -> insertBytes(b, new byte[] {(byte) (0x80 + r.nextInt(0x80))}, r);
                };
            }
            return b;
        }

        private static byte[] flipByte(byte[] b, Random r) {
            if (b.length == 0) {
                return b;
            }
            byte[] c = b.clone();
            c[r.nextInt(c.length)] ^= (byte) (1 << r.nextInt(8));
            return c;
        }

        private static byte[] insertText(byte[] b, String s, Random r) {
            return insertBytes(b, s.getBytes(StandardCharsets.UTF_8), r);
        }

        private static byte[] insertBytes(byte[] b, byte[] ins, Random r) {
            int at = r.nextInt(b.length + 1);
            byte[] c = new byte[b.length + ins.length];
            System.arraycopy(b, 0, c, 0, at);
            System.arraycopy(ins, 0, c, at, ins.length);
            System.arraycopy(b, at, c, at + ins.length, b.length - at);
            return c;
        }

        private static byte[] truncate(byte[] b, Random r) {
            return b.length == 0 ? b : Arrays.copyOf(b, r.nextInt(b.length));
        }

        private static byte[] splice(byte[] b, byte[] other, Random r) {
            int cut = r.nextInt(b.length + 1);
            int from = other.length == 0 ? 0 : r.nextInt(other.length);
            byte[] c = Arrays.copyOf(b, cut + other.length - from);
            System.arraycopy(other, from, c, cut, other.length - from);
            return c;
        }

        private static byte[] repeat(byte[] b, Random r) {
            int times = 2 + r.nextInt(20);
            byte[] c = new byte[Math.min(b.length * times, 64 * 1024)];
            for (int i = 0; i < c.length; i++) {
                c[i] = b[i % b.length];
            }
            return c;
        }

        private static byte[] deleteRange(byte[] b, Random r) {
            if (b.length < 2) {
                return b;
            }
            int from = r.nextInt(b.length);
            int to = from + r.nextInt(b.length - from);
            byte[] c = new byte[b.length - (to - from)];
            System.arraycopy(b, 0, c, 0, from);
            System.arraycopy(b, to, c, from, b.length - to);
            return c;
        }
    }
}
