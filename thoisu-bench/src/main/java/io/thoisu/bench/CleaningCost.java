package io.thoisu.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The cost of cleaning beside the per-article analysis, for one build or several side by side (to measure a change
 * on a shared, noisy machine): each build is loaded by a class loader of its own in one JVM and the rounds alternate
 * between builds; times are thread CPU time, best and median of the rounds after two of warm-up. Measures cleaning
 * per ViMs body (plain text), reading and cleaning per HTML fixture page, and analysis per body's articles, and
 * prints cleaning's share of clean + analyse.
 *
 * <p>Usage: {@code java -cp thoisu-bench/target/classes io.thoisu.bench.CleaningCost [ROUNDS]
 * [NAME=CLASSDIR:CLASSDIR:DEPS ...]}; without builds it measures this worktree's
 * {@code thoisu-core/target/classes} and {@code thoisu-ingest/target/classes} with the dependency class path in
 * {@code -Dthoisu.deps} (e.g. from {@code mvn dependency:build-classpath}). An old build to compare with is, for
 * instance, the two class directories copied aside before a change. Reads the ViMs bodies from
 * {@code ../shared/corpora/vims} (measurement only) and the HTML pages of
 * {@code thoisu-ingest/src/test/resources/fixtures/clean}.
 */
public final class CleaningCost {
    public static void main(String[] a) throws Exception {
        int rounds = a.length > 0 ? Integer.parseInt(a[0]) : 12;
        String home = System.getProperty("thoisu.home", ".");
        List<String> names = new ArrayList<>();
        List<String> paths = new ArrayList<>();
        for (int i = 1; i < a.length; i++) {
            names.add(a[i].substring(0, a[i].indexOf('=')));
            paths.add(a[i].substring(a[i].indexOf('=') + 1));
        }
        if (names.isEmpty()) {
            names.add("this");
            paths.add(home + "/thoisu-core/target/classes:" + home + "/thoisu-ingest/target/classes:"
                    + System.getProperty("thoisu.deps", ""));
        }
        Path vims = Path.of(System.getProperty("thoisu.shared", "../shared"), "corpora", "vims", "ViMs", "original");
        List<String> texts = new ArrayList<>();
        try (Stream<Path> s = Files.walk(vims)) {
            for (Path f : s.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                String raw = Files.readString(f).replace("\r\n", "\n");
                int c = raw.indexOf("Content:");
                texts.add(c < 0 ? raw : raw.substring(c + 8).strip());
            }
        }
        List<String> htmls = new ArrayList<>();
        try (Stream<Path> s = Files.walk(Path.of(home, "thoisu-ingest/src/test/resources/fixtures/clean"))) {
            for (Path p : s.filter(p -> p.toString().endsWith(".html")).sorted().toList()) htmls.add(Files.readString(p));
        }
        int k = names.size();
        Runnable[] textRuns = new Runnable[k], htmlRuns = new Runnable[k], analyseRuns = new Runnable[k];
        int[] articleCount = new int[k];
        for (int v = 0; v < k; v++) {
            List<URL> urls = new ArrayList<>();
            for (String p : paths.get(v).split(":")) {
                if (!p.isBlank()) {
                    urls.add(Path.of(p).toUri().toURL());
                }
            }
            URLClassLoader cl = new URLClassLoader(urls.toArray(new URL[0]), ClassLoader.getPlatformClassLoader());
            Class<?> pc = cl.loadClass("io.thoisu.clean.PageCleaner");
            Class<?> rd = cl.loadClass("io.thoisu.model.RawDocument");
            Class<?> or = cl.loadClass("io.thoisu.model.Origin");
            Class<?> hr = cl.loadClass("io.thoisu.ingest.HtmlPageReader");
            Object cleaner = pc.getConstructor().newInstance();
            Object reader = hr.getConstructor().newInstance();
            Method clean = pc.getMethod("clean", rd);
            Method plain = rd.getMethod("plain", or, String.class);
            Method toDoc = hr.getMethod("toDocument", String.class, or, Optional.class, Optional.class);
            Constructor<?> origin = or.getConstructor(String.class, String.class);
            List<Object> docs = new ArrayList<>();
            for (int i = 0; i < texts.size(); i++) docs.add(plain.invoke(null, origin.newInstance("v", "t" + i), texts.get(i)));
            Class<?> aa = cl.loadClass("io.thoisu.pipeline.ArticleAnalyzer");
            Object analyzer = aa.getConstructor().newInstance();
            Method analyse = aa.getMethod("analyse", cl.loadClass("io.thoisu.model.Article"));
            List<Object> arts = new ArrayList<>();
            for (Object d : docs) arts.addAll((List<?>) clean.invoke(cleaner, d));
            articleCount[v] = arts.size();
            analyseRuns[v] = () -> { try { for (Object x : arts) analyse.invoke(analyzer, x); } catch (Exception e) { throw new RuntimeException(e); } };
            textRuns[v] = () -> { try { for (Object d : docs) clean.invoke(cleaner, d); } catch (Exception e) { throw new RuntimeException(e); } };
            htmlRuns[v] = () -> { try { for (int r = 0; r < 10; r++) for (String h : htmls) clean.invoke(cleaner, toDoc.invoke(reader, h, origin.newInstance("h", "x"), Optional.empty(), Optional.empty())); } catch (Exception e) { throw new RuntimeException(e); } };
        }
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        double[][] t = new double[k][rounds], h = new double[k][rounds], an = new double[k][rounds];
        boolean withAnalysis = true;
        for (int r = 0; r < rounds; r++) for (int v = 0; v < k; v++) {
            long t0 = mx.getCurrentThreadCpuTime(); textRuns[v].run(); long t1 = mx.getCurrentThreadCpuTime(); htmlRuns[v].run(); long t2 = mx.getCurrentThreadCpuTime();
            t[v][r] = (t1 - t0) / 1e6 / texts.size(); h[v][r] = (t2 - t1) / 1e6 / (10.0 * htmls.size());
            if (withAnalysis) { long t3 = mx.getCurrentThreadCpuTime(); analyseRuns[v].run(); an[v][r] = (mx.getCurrentThreadCpuTime() - t3) / 1e6 / texts.size(); }
        }
        for (int v = 0; v < k; v++) {
            double[] tt = Arrays.copyOfRange(t[v], 2, rounds), hh = Arrays.copyOfRange(h[v], 2, rounds); Arrays.sort(tt); Arrays.sort(hh);
            System.out.printf(Locale.ROOT, "%-4s ViMs body: best %.4f ms (%.0f/s), median %.4f | HTML page read+clean: best %.4f ms (%.0f/s), median %.4f%n",
                names.get(v), tt[0], 1000 / tt[0], tt[tt.length / 2], hh[0], 1000 / hh[0], hh[hh.length / 2]);
            if (withAnalysis) { double[] aa2 = Arrays.copyOfRange(an[v], 2, rounds); Arrays.sort(aa2);
                System.out.printf(Locale.ROOT, "     analyse (%d articles) per body: best %.4f ms, median %.4f; cleaning share of clean+analyse: best/best %.1f %%, median/median %.1f %%%n",
                    articleCount[v], aa2[0], aa2[aa2.length / 2], 100 * tt[0] / (tt[0] + aa2[0]), 100 * tt[tt.length / 2] / (tt[tt.length / 2] + aa2[aa2.length / 2])); }
        }
    }
}
