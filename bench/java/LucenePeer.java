// The Java Lucene 8 peer of the benchmark: the same documents' text, SmartChineseAnalyzer, one
// IndexWriter with the same RAM buffer, and the same query mix answered in-process. Kept to one
// file so bench/run.sh can compile it with javac against Debian's /usr/share/java jars.
// Every figure is printed as key=value on stdout; Gongkai.Bench reads them.
import java.io.*;
import java.nio.charset.StandardCharsets;
import java.nio.file.*;
import java.util.*;
import java.util.concurrent.*;
import java.util.concurrent.atomic.*;
import org.apache.lucene.analysis.*;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.*;
import org.apache.lucene.index.*;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.*;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;

public final class LucenePeer {
    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "analyze": analyze(Paths.get(args[1]), Integer.parseInt(args[2])); break;
            case "index": index(Paths.get(args[1]), Paths.get(args[2]), Double.parseDouble(args[3])); break;
            case "search": search(Paths.get(args[1]), Paths.get(args[2]), Integer.parseInt(args[3]), Integer.parseInt(args[4])); break;
            default: throw new IllegalArgumentException("usage: analyze|index|search ...");
        }
    }

    static final int WARMUP = 3;

    /** Tokenises the whole sample text once per run (after warm-up runs); prints the median MB/s. */
    static void analyze(Path sample, int runs) throws IOException {
        String text = new String(Files.readAllBytes(sample), StandardCharsets.UTF_8);
        double mb = Files.size(sample) / 1e6;
        Analyzer a = new SmartChineseAnalyzer();
        List<Double> rates = new ArrayList<>();
        // Warm-up: at least three passes (C2 needs several over SmartCn before it settles: 1.0 → 3.0 → 5.5 MB/s
        // seen) and 5 seconds, as ours (AnalysisBench: ReadyToRun code is re-jitted only once counted hot).
        long warmStart = System.nanoTime();
        int warmPasses = 0;
        while (warmPasses < WARMUP || System.nanoTime() - warmStart < 5_000_000_000L) {
            try (TokenStream ts = a.tokenStream("body", text)) {
                ts.reset();
                while (ts.incrementToken()) { }
                ts.end();
            }
            warmPasses++;
        }
        for (int r = 0; r < runs; r++) {
            long t0 = System.nanoTime();
            long tokens = 0;
            try (TokenStream ts = a.tokenStream("body", text)) {
                CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
                ts.reset();
                while (ts.incrementToken()) tokens += term.length() > 0 ? 1 : 0;
                ts.end();
            }
            double s = (System.nanoTime() - t0) / 1e9;
            rates.add(mb / s);
        }
        System.out.println("smartcn_mbps=" + median(rates));
        System.out.println("smartcn_runs=" + rates);
    }

    /** Indexes title + body (SmartCn) and the lookup/filter fields of the TSV export, one writer, one commit at the end. */
    static void index(Path tsv, Path dir, double ramMb) throws IOException {
        deleteTree(dir);
        IndexWriterConfig cfg = new IndexWriterConfig(new SmartChineseAnalyzer());
        cfg.setRAMBufferSizeMB(ramMb);
        cfg.setOpenMode(IndexWriterConfig.OpenMode.CREATE);
        long docs = 0, bytes = 0;
        long t0 = System.nanoTime();
        try (IndexWriter w = new IndexWriter(FSDirectory.open(dir), cfg);
             BufferedReader in = Files.newBufferedReader(tsv, StandardCharsets.UTF_8)) {
            String line;
            while ((line = in.readLine()) != null) {
                String[] c = split(line);
                Document d = new Document();
                d.add(new StringField("id", c[0], Field.Store.YES));
                d.add(new TextField("title", c[1], Field.Store.YES));
                d.add(new TextField("body", c[2], Field.Store.YES));
                if (!c[3].isEmpty()) d.add(new StringField("docno", c[3], Field.Store.NO));
                facet(d, "year", c[4]);
                facet(d, "kind", c[5]);
                w.updateDocument(new Term("id", c[0]), d);
                docs++;
                bytes += c[1].getBytes(StandardCharsets.UTF_8).length + c[2].getBytes(StandardCharsets.UTF_8).length;
            }
            w.commit();
        }
        double s = (System.nanoTime() - t0) / 1e9;
        System.out.println("docs=" + docs);
        System.out.println("seconds=" + s);
        System.out.println("docs_per_s=" + docs / s);
        System.out.println("mb_per_s=" + bytes / 1e6 / s);
        System.out.println("index_bytes=" + treeSize(dir));
        System.out.println("peak_rss_kb=" + vmHwm());
        System.out.println("cpu_ms_per_doc=" + cpuMs() / docs);
    }

    /** CPU time of this process so far (all threads, incl. JIT and GC), in ms. */
    static double cpuMs() {
        return ProcessHandle.current().info().totalCpuDuration().map(d -> d.toNanos() / 1e6).orElse(Double.NaN);
    }

    static void facet(Document d, String field, String value) {
        if (value.isEmpty()) return;
        d.add(new StringField(field, value, Field.Store.NO));
        d.add(new SortedDocValuesField(field, new BytesRef(value)));
    }

    /**
     * Answers each query of the mix (one warm-up pass), timing each; then runs the mix on
     * `threads` threads for `seconds` for searches/s at saturation.
     */
    static void search(Path dir, Path queries, int threads, int seconds) throws Exception {
        List<String[]> mix = new ArrayList<>();
        for (String line : Files.readAllLines(queries, StandardCharsets.UTF_8)) if (!line.isEmpty()) mix.add(line.split("\t", -1));
        try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(dir))) {
            IndexSearcher searcher = new IndexSearcher(reader);
            Analyzer a = new SmartChineseAnalyzer();
            for (String[] q : mix) answer(searcher, a, q);
            Map<String, List<Double>> byKind = new TreeMap<>();
            List<Double> all = new ArrayList<>();
            for (String[] q : mix) {
                long t0 = System.nanoTime();
                answer(searcher, a, q);
                double ms = (System.nanoTime() - t0) / 1e6;
                all.add(ms);
                byKind.computeIfAbsent(q[0], k -> new ArrayList<>()).add(ms);
            }
            printPercentiles("all", all);
            for (Map.Entry<String, List<Double>> e : byKind.entrySet()) printPercentiles(e.getKey(), e.getValue());

            AtomicLong done = new AtomicLong();
            double cpu0 = cpuMs();
            long end = System.nanoTime() + seconds * 1_000_000_000L;
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            List<Future<?>> fs = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                final int offset = t * 7919;
                fs.add(pool.submit(() -> {
                    Analyzer mine = new SmartChineseAnalyzer();
                    for (int i = offset; System.nanoTime() < end; i++) {
                        answer(searcher, mine, mix.get(i % mix.size()));
                        done.incrementAndGet();
                    }
                    return null;
                }));
            }
            for (Future<?> f : fs) f.get();
            pool.shutdown();
            System.out.println("saturation_qps=" + done.get() / (double) seconds);
            System.out.println("cpu_ms_per_search=" + (cpuMs() - cpu0) / done.get());
            System.out.println("peak_rss_kb=" + vmHwm());
        }
    }

    /** One query of the mix: text (title^3 + body, AND), lookup (exact 文号), filtered (+year +kind), deep (page 50). */
    static long answer(IndexSearcher s, Analyzer a, String[] q) throws Exception {
        String kind = q[0];
        Query query;
        int page = 1;
        if (kind.equals("lookup")) {
            query = new TermQuery(new Term("docno", q[1]));
        } else {
            Query text = textQuery(a, q[1]);
            BooleanQuery.Builder b = new BooleanQuery.Builder().add(text, BooleanClause.Occur.MUST);
            if (kind.equals("filtered")) {
                if (!q[2].isEmpty()) b.add(new TermQuery(new Term("year", q[2])), BooleanClause.Occur.FILTER);
                if (!q[3].isEmpty()) b.add(new TermQuery(new Term("kind", q[3])), BooleanClause.Occur.FILTER);
            }
            if (kind.equals("deep")) page = Integer.parseInt(q[4]);
            query = b.build();
        }
        int window = page * 10;
        TopScoreDocCollector top = TopScoreDocCollector.create(window, Integer.MAX_VALUE);
        FacetCollector facets = new FacetCollector();
        s.search(query, kind.equals("lookup") ? top : MultiCollector.wrap(top, facets));
        TopDocs docs = top.topDocs();
        long sum = 0;
        for (int i = (page - 1) * 10; i < docs.scoreDocs.length; i++) sum += s.doc(docs.scoreDocs[i].doc).get("title").length();
        return sum + facets.counts.size();
    }

    static Query textQuery(Analyzer a, String text) throws Exception {
        QueryParser title = new QueryParser("title", a);
        QueryParser body = new QueryParser("body", a);
        title.setDefaultOperator(QueryParser.Operator.AND);
        body.setDefaultOperator(QueryParser.Operator.AND);
        title.setSplitOnWhitespace(true);
        body.setSplitOnWhitespace(true);
        title.setAutoGeneratePhraseQueries(true);
        body.setAutoGeneratePhraseQueries(true);
        String escaped = QueryParser.escape(text);
        Query t = new BoostQuery(title.parse(escaped), 3f);
        return new BooleanQuery.Builder().add(t, BooleanClause.Occur.SHOULD).add(body.parse(escaped), BooleanClause.Occur.SHOULD).build();
    }

    /** Counts the year and kind facets of every hit, as the product does for its facet fields. */
    static final class FacetCollector extends SimpleCollector {
        final Map<String, Integer> counts = new HashMap<>();
        SortedDocValues year, kind;
        @Override protected void doSetNextReader(LeafReaderContext ctx) throws IOException {
            year = DocValues.getSorted(ctx.reader(), "year");
            kind = DocValues.getSorted(ctx.reader(), "kind");
        }
        @Override public void collect(int doc) throws IOException {
            if (year.advanceExact(doc)) counts.merge("y" + year.ordValue(), 1, Integer::sum);
            if (kind.advanceExact(doc)) counts.merge("k" + kind.ordValue(), 1, Integer::sum);
        }
        @Override public ScoreMode scoreMode() { return ScoreMode.COMPLETE_NO_SCORES; }
    }

    static void printPercentiles(String name, List<Double> ms) {
        List<Double> s = new ArrayList<>(ms);
        Collections.sort(s);
        System.out.println(name + "_p50_ms=" + pct(s, 0.50));
        System.out.println(name + "_p95_ms=" + pct(s, 0.95));
        System.out.println(name + "_p99_ms=" + pct(s, 0.99));
    }

    static double pct(List<Double> sorted, double p) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p * sorted.size()) - 1));
    }

    static double median(List<Double> xs) {
        List<Double> s = new ArrayList<>(xs);
        Collections.sort(s);
        int n = s.size();
        return n % 2 == 1 ? s.get(n / 2) : (s.get(n / 2 - 1) + s.get(n / 2)) / 2;
    }

    /** TSV cells with \\, \t, \n, \r escaped (the export of Gongkai.Bench). */
    static String[] split(String line) {
        String[] raw = line.split("\t", -1);
        for (int i = 0; i < raw.length; i++) raw[i] = unescape(raw[i]);
        return raw;
    }

    static String unescape(String s) {
        if (s.indexOf('\\') < 0) return s;
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '\\' || i + 1 == s.length()) { b.append(c); continue; }
            char n = s.charAt(++i);
            b.append(n == 't' ? '\t' : n == 'n' ? '\n' : n == 'r' ? '\r' : n);
        }
        return b.toString();
    }

    static long vmHwm() throws IOException {
        for (String l : Files.readAllLines(Paths.get("/proc/self/status")))
            if (l.startsWith("VmHWM:")) return Long.parseLong(l.replaceAll("[^0-9]", ""));
        return -1;
    }

    static long treeSize(Path dir) throws IOException {
        try (var s = Files.walk(dir)) { return s.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum(); }
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) return;
        try (var s = Files.walk(dir)) { s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete()); }
    }
}
