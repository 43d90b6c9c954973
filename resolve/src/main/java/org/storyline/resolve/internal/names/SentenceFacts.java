package org.storyline.resolve.internal.names;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.storyline.model.Article;

/**
 * Dossier facts stated by a whole sentence about a person it names, describes or refers to by pronoun: awards
 * ("was honored ... with the 'Hero of Russia' award"), sanctions with who imposed them and when ("The United States
 * sanctioned him in 2016"), and posts held ("he has served as deputy head of the GRU").
 */
final class SentenceFacts {
    /** A resolved reference to a person; {@code group} is the caller's handle of the person. */
    record Ref(int start, int end, int chainStart, int sentence, boolean pronoun, Object group) {
    }

    /**
     * An organisation or place named in the article: a possible sanctioning party, and for an organisation a
     * possible affiliation, under its long name.
     */
    record Named(int start, int end, String form, String name, boolean organisation) {
    }

    /** Receives the facts found. */
    interface Sink {
        void fact(Object group, String key, String value);
    }

    private static final Pattern AWARD_VERB = Pattern.compile(
            "\\b(?:awarded|honou?red|received|given|won|presented|bestowed|decorated)\\b");
    private static final Pattern QUOTED_AWARD = Pattern.compile(
            "[“\"‘]([^”\"’]{3,60})[”\"’]\\s+(?:award|medal|prize|order|title|decoration)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern NAMED_AWARD = Pattern.compile(
            "\\b(Hero of (?:the )?[A-Z][\\w\\-]*(?: [A-Z][\\w\\-]*)*|Order of (?:the )?[A-Z][\\w\\-]*(?: (?:of |for )?[A-Z][\\w\\-]*)*"
                    + "|(?:[A-Z][\\w\\-]* )+(?:Prize|Medal|Award|Cross))");
    private static final Pattern SANCTION = Pattern.compile("\\b(?:sanction(?:s|ed)?|blacklist(?:ed)?)\\b");
    private static final Pattern BY = Pattern.compile("^\\s+by\\s+(?:the\\s+)?");
    private static final Pattern ADDED = Pattern.compile("\\badded\\s+$");
    private static final Pattern YEAR = Pattern.compile("\\b(?:19|20)\\d{2}\\b");
    private static final Pattern BREAK = Pattern.compile("\\b(?:after|when|because|following|before|while)\\b");
    private static final Pattern ADJECTIVE_SANCTIONS = Pattern.compile("\\b([A-Z][\\w.]*)\\s+sanctions\\b");
    private static final Pattern SERVED = Pattern.compile(
            "\\b(?:has |had |have )?(?:served|serves|serving) as (?:the |a |an )?([^,.;:()]+)");

    private SentenceFacts() {
    }

    static void find(Article article, Sentences sentences, List<Ref> refs, List<Named> named, Sink sink) {
        String text = article.text();
        int r = 0;
        for (int s = 0; s < sentences.count() && r < refs.size(); s++) {
            int from = r;
            while (r < refs.size() && refs.get(r).sentence() == s) {
                r++;
            }
            if (from == r) {
                continue;
            }
            List<Ref> here = refs.subList(from, r);
            int start = sentences.start(s);
            int end = sentences.end(s);
            award(text, start, end, here, sink);
            sanction(text, start, end, here, named, sink);
            served(text, start, end, here, named, sink);
        }
    }

    private static void award(String text, int start, int end, List<Ref> refs, Sink sink) {
        Matcher verb = AWARD_VERB.matcher(text).region(start, end);
        if (!verb.find()) {
            return;
        }
        String award = null;
        Matcher q = QUOTED_AWARD.matcher(text).region(verb.end(), end);
        if (q.find()) {
            award = q.group(1);
        } else {
            Matcher n = NAMED_AWARD.matcher(text).region(verb.end(), end);
            if (n.find()) {
                award = n.group(1);
            }
        }
        if (award == null) {
            return;
        }
        Ref target = objectAfter(text, refs, verb.end());
        if (target == null) {
            target = subjectBefore(text, refs, verb.start());
        }
        if (target != null) {
            sink.fact(target.group(), "award", award.strip());
        }
    }

    private static void sanction(String text, int start, int end, List<Ref> refs, List<Named> named, Sink sink) {
        Matcher verb = SANCTION.matcher(text).region(start, end);
        if (!verb.find()) {
            return;
        }
        Ref target = null;
        if (verb.group().toLowerCase(Locale.ROOT).endsWith("ed")) {
            target = objectAfter(text, refs, verb.end());
        }
        if (target == null) {
            for (Ref ref : refs) {
                if (ref.end() <= verb.start() && ADDED.matcher(text.substring(Math.max(start, ref.start() - 12), ref.start())).find()) {
                    target = ref;
                    break;
                }
            }
        }
        if (target == null) {
            target = subjectBefore(text, refs, verb.start());
        }
        if (target == null) {
            return;
        }
        String by = null;
        Matcher b = BY.matcher(text).region(verb.end(), end);
        if (b.lookingAt()) {
            for (Named n : named) {
                if (n.start() == b.end()) {
                    by = n.form();
                }
            }
        }
        if (by == null) {
            for (Named n : named) {
                if (n.start() >= start && n.end() <= verb.start() && !(n.start() >= target.start() && n.end() <= target.end())) {
                    by = n.form();
                }
            }
        }
        if (by == null) {
            Matcher adj = ADJECTIVE_SANCTIONS.matcher(text).region(start, end);
            if (adj.find()) {
                by = adj.group(1);
            }
        }
        int cut = end;
        Matcher br = BREAK.matcher(text).region(verb.end(), end);
        if (br.find()) {
            cut = br.start();
        }
        String year = null;
        Matcher y = YEAR.matcher(text).region(start, cut);
        if (y.find()) {
            year = y.group();
        }
        String value = (by == null ? "unspecified" : by) + (year == null ? "" : ", " + year);
        sink.fact(target.group(), "sanction", value);
    }

    private static void served(String text, int start, int end, List<Ref> refs, List<Named> named, Sink sink) {
        Matcher m = SERVED.matcher(text).region(start, end);
        if (!m.find()) {
            return;
        }
        Ref target = null;
        for (Ref ref : refs) {
            if (ref.end() <= m.start() && m.start() - ref.end() <= 12) {
                target = ref;
            }
        }
        String role = m.group(1).strip();
        boolean headed = false;
        for (String w : Sentences.SPACES.split(role)) {
            headed |= Lexicon.shared().isRoleHead(w.toLowerCase(Locale.ROOT));
        }
        if (target != null && headed && Sentences.SPACES.split(role).length <= 12) {
            sink.fact(target.group(), "role", role);
            for (Named n : named) {
                if (n.organisation() && n.start() >= m.start(1) && n.end() <= m.end(1)) {
                    sink.fact(target.group(), "affiliation", n.name());
                }
            }
        }
    }

    /** The reference right after a verb ("sanctioned the Russian general", "awarded him"). */
    private static Ref objectAfter(String text, List<Ref> refs, int verbEnd) {
        for (Ref ref : refs) {
            if (ref.chainStart() >= verbEnd && text.substring(verbEnd, ref.chainStart()).isBlank()
                    && ref.chainStart() - verbEnd <= 2) {
                return ref;
            }
            if (ref.start() >= verbEnd && text.substring(verbEnd, ref.start()).strip().matches("(?i)the|the \\S+")) {
                return ref;
            }
        }
        return null;
    }

    /** The first reference before a verb that is not its agent ("... by Russian President Vladimir Putin"). */
    private static Ref subjectBefore(String text, List<Ref> refs, int verbStart) {
        for (Ref ref : refs) {
            if (ref.start() >= verbStart) {
                break;
            }
            String lead = text.substring(Math.max(0, ref.chainStart() - 4), ref.chainStart());
            if (!lead.endsWith("by ")) {
                return ref;
            }
        }
        return null;
    }
}
