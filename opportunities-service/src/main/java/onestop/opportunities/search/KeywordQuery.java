package onestop.opportunities.search;

import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.index.Term;

/**
 * The keyword syntax of the search, read as PostgreSQL's {@code websearch_to_tsquery} reads it: words all
 * match, a "quoted phrase" matches its words side by side, OR between two operands matches either (and
 * binds tighter than the implicit AND: {@code a b OR c} is {@code a AND (b OR c)}), and -word or
 * -"phrase" excludes. Stop words are dropped; a query of stop words alone matches nothing.
 * A title match weighs 2.5 times a description match, as {@code ts_rank}'s default weights A and B do.
 */
final class KeywordQuery {

    private static final float TITLE_WEIGHT = 2.5f;

    private record Operand(String text, boolean negated) {
    }

    private KeywordQuery() {
    }

    static Query parse(String q, NoticeAnalyzer analyzer) {
        // groups of operands joined by OR; the groups are joined by AND
        List<List<Operand>> groups = new ArrayList<>();
        boolean or = false;
        int i = 0;
        while (i < q.length()) {
            char ch = q.charAt(i);
            if (Character.isWhitespace(ch)) {
                i++;
                continue;
            }
            boolean negated = false;
            if (ch == '-' && i + 1 < q.length() && !Character.isWhitespace(q.charAt(i + 1))) {
                negated = true;
                i++;
            }
            String text;
            if (q.charAt(i) == '"') {
                int end = q.indexOf('"', i + 1);
                end = end < 0 ? q.length() : end;
                text = q.substring(i + 1, end);
                i = end + 1;
            } else {
                int end = i;
                while (end < q.length() && !Character.isWhitespace(q.charAt(end)) && q.charAt(end) != '"') {
                    end++;
                }
                text = q.substring(i, end);
                i = end;
                if (!negated && text.equalsIgnoreCase("or")) {
                    or = !groups.isEmpty();
                    continue;
                }
            }
            if (analyzer.tokens(NoticeDocument.TITLE, text).isEmpty()) {
                continue; // stop words and punctuation only: dropped, as PostgreSQL drops them
            }
            if (or) {
                groups.get(groups.size() - 1).add(new Operand(text, negated));
            } else {
                groups.add(new ArrayList<>(List.of(new Operand(text, negated))));
            }
            or = false;
        }
        return query(groups, analyzer);
    }

    private static Query query(List<List<Operand>> groups, NoticeAnalyzer analyzer) {
        if (groups.isEmpty()) {
            return new MatchNoDocsQuery("no searchable words");
        }
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        boolean positive = false;
        for (List<Operand> group : groups) {
            if (group.size() == 1) {
                Operand only = group.get(0);
                all.add(words(only.text(), analyzer), only.negated() ? Occur.MUST_NOT : Occur.MUST);
                positive |= !only.negated();
            } else {
                BooleanQuery.Builder either = new BooleanQuery.Builder();
                for (Operand operand : group) {
                    either.add(operand.negated() ? not(words(operand.text(), analyzer)) : words(operand.text(), analyzer),
                            Occur.SHOULD);
                }
                all.add(either.build(), Occur.MUST);
                positive = true;
            }
        }
        if (!positive) {
            all.add(new MatchAllDocsQuery(), Occur.FILTER); // exclusions alone: every notice without them
        }
        return all.build();
    }

    private static Query not(Query query) {
        return new BooleanQuery.Builder().add(new MatchAllDocsQuery(), Occur.FILTER).add(query, Occur.MUST_NOT).build();
    }

    /** One operand, in the title or the description; several words (a phrase, "e-mail") side by side. */
    private static Query words(String text, NoticeAnalyzer analyzer) {
        return new BooleanQuery.Builder()
                .add(new BoostQuery(field(NoticeDocument.TITLE, text, analyzer), TITLE_WEIGHT), Occur.SHOULD)
                .add(field(NoticeDocument.DESCRIPTION, text, analyzer), Occur.SHOULD)
                .build();
    }

    private static Query field(String field, String text, NoticeAnalyzer analyzer) {
        List<NoticeAnalyzer.Token> tokens = analyzer.tokens(field, text);
        if (tokens.size() == 1) {
            return new TermQuery(new Term(field, tokens.get(0).term()));
        }
        PhraseQuery.Builder phrase = new PhraseQuery.Builder();
        int first = tokens.get(0).position();
        for (NoticeAnalyzer.Token token : tokens) {
            phrase.add(new Term(field, token.term()), token.position() - first);
        }
        return phrase.build();
    }
}
