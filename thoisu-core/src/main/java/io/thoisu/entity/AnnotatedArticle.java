package io.thoisu.entity;

import io.thoisu.model.Approx;
import io.thoisu.model.Article;
import io.thoisu.model.EntityMention;
import io.thoisu.model.EntityType;
import io.thoisu.model.Origin;
import io.thoisu.model.Published;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A gold article of the extraction fixtures. File layout: header lines ({@code outlet:}, {@code published:}), a
 * line {@code ---}, the body with inline entity markup {@code {TYPE|text}} or {@code {TYPE|text|canonical}}, a line
 * {@code ---}, then annotation lines: {@code quote: speaker | words of the quote} ({@code -} for no speaker) and
 * {@code claim: value | approx | attribution | date}.
 */
public record AnnotatedArticle(Article article, List<EntityMention> entities, List<GoldQuote> quotes,
                               List<GoldClaim> claims) {
    public record GoldQuote(Optional<String> speaker, String fragment) {
    }

    public record GoldClaim(double value, Approx approx, Optional<String> attribution, Optional<String> date) {
    }

    public static List<AnnotatedArticle> readAll(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            List<Path> sorted = files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
            List<AnnotatedArticle> out = new ArrayList<>();
            for (Path p : sorted) {
                out.add(parse(p.getFileName().toString(), Files.readString(p, StandardCharsets.UTF_8)));
            }
            return out;
        }
    }

    public static AnnotatedArticle parse(String name, String content) {
        String[] parts = content.split("(?m)^---\\s*$", 3);
        if (parts.length < 2) {
            throw new IllegalArgumentException(name + ": no '---' line after the header");
        }
        Optional<String> outlet = Optional.empty();
        Optional<Published> published = Optional.empty();
        for (String line : parts[0].split("\n")) {
            String l = line.strip();
            if (l.startsWith("outlet:")) {
                outlet = Optional.of(l.substring(7).strip());
            } else if (l.startsWith("published:")) {
                published = Published.parse(l.substring(10).strip());
            }
        }
        StringBuilder body = new StringBuilder();
        List<EntityMention> entities = new ArrayList<>();
        String marked = parts[1].strip();
        int i = 0;
        while (i < marked.length()) {
            char c = marked.charAt(i);
            if (c != '{') {
                body.append(c);
                i++;
                continue;
            }
            int close = marked.indexOf('}', i);
            if (close < 0) {
                throw new IllegalArgumentException(name + ": unclosed '{' at " + i);
            }
            String[] f = marked.substring(i + 1, close).split("\\|");
            if (f.length < 2) {
                throw new IllegalArgumentException(name + ": bad markup " + marked.substring(i, close + 1));
            }
            int start = body.length();
            body.append(f[1]);
            entities.add(new EntityMention(f[1], EntityType.valueOf(f[0].strip()), f.length > 2 ? f[2] : f[1], start,
                    body.length()));
            i = close + 1;
        }
        List<GoldQuote> quotes = new ArrayList<>();
        List<GoldClaim> claims = new ArrayList<>();
        if (parts.length > 2) {
            for (String line : parts[2].split("\n")) {
                String l = line.strip();
                if (l.startsWith("quote:")) {
                    String[] f = l.substring(6).split("\\|", 2);
                    quotes.add(new GoldQuote(optional(f[0]), f[1].strip()));
                } else if (l.startsWith("claim:")) {
                    String[] f = l.substring(6).split("\\|");
                    claims.add(new GoldClaim(Double.parseDouble(f[0].strip()), Approx.fromWire(f[1].strip()),
                            optional(f[2]), optional(f[3])));
                }
            }
        }
        Article article = new Article(name, Origin.ofFile(name), Optional.empty(), Optional.empty(), published, outlet,
                List.of(), "vi", body.toString(), List.of(), List.of());
        return new AnnotatedArticle(article, entities, quotes, claims);
    }

    private static Optional<String> optional(String field) {
        String s = field.strip();
        return s.isEmpty() || s.equals("-") ? Optional.empty() : Optional.of(s);
    }
}
