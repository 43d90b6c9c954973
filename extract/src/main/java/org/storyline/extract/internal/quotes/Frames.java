package org.storyline.extract.internal.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds the acts of saying in an article, unit by unit: a verb of saying with its speaker before it ("Peskov
 * said") or after it ("said Peskov"), and what was said after it, before it, or around it; quotations that continue
 * an attribution ("“A,” he said. “B.”"); and content announced by a colon at a paragraph's end.
 */
final class Frames {
    private static final Set<String> PARTICIPLE_AFTER = Set.of(",", "by", "while", "when", "after", "before", "and",
            "then", "—", "–", "--", "as", "in", "also", "without", "even", "again");
    /** Words after "X said," that end the frame instead of starting content. */
    private static final Set<String> FRAME_ENDERS = Set.of("and", "but", "according", "citing", "as", "while",
            "though", "although", "referring", "pointing", "in", "on", "at", "during", "before", "after", "when",
            "with", "without", "speaking", "because", "since", "who", "which", "whose", "where", "despite",
            "apparently", "reportedly", "then", "later", "noting", "adding", "saying");
    private static final Set<String> PREPOSITIONS = Set.of("on", "in", "at", "during", "to", "after", "before", "via",
            "through", "from", "with", "while", "inside", "outside", "following", "under", "over", "ahead", "for",
            "of", "by", "about", "near", "amid", "late", "early", "off");
    private static final Set<String> DAYS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "yesterday", "today", "tonight", "earlier", "later", "recently", "again", "also",
            "too", "repeatedly", "previously", "separately", "privately", "publicly", "afterward", "afterwards",
            "overnight", "once", "twice", "first", "jan.", "feb.", "aug.", "sept.", "oct.", "nov.", "dec.",
            "january", "february", "march", "april", "june", "july", "august", "september", "october",
            "november", "december", "mid-day", "midday", "tuesday's", "then", "frequently", "often",
            "last", "this", "next", "in", "openly", "bluntly", "flatly", "simply", "directly");
    private static final Set<String> TIME_NOUNS = Set.of("week", "month", "year", "weekend", "night", "morning",
            "afternoon", "evening", "day", "days", "weeks", "months", "years", "monday", "tuesday", "wednesday",
            "thursday", "friday", "saturday", "sunday", "time", "summer", "winter", "spring", "fall", "autumn");
    private static final Set<String> PLATFORMS = Set.of("telegram", "twitter", "x", "facebook", "instagram",
            "youtube", "tiktok", "truth", "social", "linkedin", "vk", "vkontakte", "weibo", "threads", "bluesky",
            "substack", "website", "blog", "podcast", "television", "tv", "radio", "air", "twitter.", "x.");
    /** Things that carry words, whose author is the subject of the verb before them: "issued a statement". */
    private static final Set<String> DOCUMENTS = Set.of("statement", "statements", "letter", "release", "memo",
            "email", "e-mail", "tweet", "tweets", "post", "video", "response", "message", "note", "ad", "advert",
            "advertisement", "commercial", "cover", "signs", "sign", "banner", "banners", "placards", "editorial",
            "op-ed", "column", "report", "filing", "motion", "brief", "complaint", "lawsuit", "petition", "op",
            "ruling", "opinion", "order", "bill", "resolution", "speech", "remarks", "transcript", "recording",
            "clip", "footage", "image", "photo", "picture", "poster", "flier", "flyer", "mailer", "text", "texts");
    private static final Set<String> OBJECT_PRONOUNS = Set.of("me", "him", "them", "us", "you", "her");

    private final Tokens t;
    private final Grammar g;
    private final List<Attribution> found = new ArrayList<>();

    private Frames(Tokens t) {
        this.t = t;
        this.g = new Grammar(t);
    }

    static List<Attribution> find(Tokens t) {
        Frames f = new Frames(t);
        f.run();
        return f.found;
    }

    private void run() {
        Attribution pending = null;
        Attribution last = null;
        for (int u = 0; u < t.units.size(); u++) {
            int a = t.units.get(u)[0];
            int b = t.units.get(u)[1];
            List<Attribution> here = unit(u, a, b);
            boolean quoteOnly = quoteLed(a, b);
            if (here.isEmpty() && quoteOnly) {
                int r = t.region[a];
                if (pending != null && pending.lastUnit == u - 1) {
                    addRegion(pending, r, a, b);
                    pending.lastUnit = u;
                    last = pending;
                    pending = null;
                    continue;
                }
                if (last != null && last.lastUnit == u - 1 && continues(last, a)
                        && (last.direct() || t.paragraph[a] == t.paragraph[t.units.get(u - 1)[0]])) {
                    addRegion(last, r, a, b);
                    last.lastUnit = u;
                    continue;
                }
            }
            pending = null;
            last = null;
            for (Attribution f : here) {
                if (f.pendingColon) {
                    pending = f;
                } else if (!f.parts.isEmpty()) {
                    found.add(f);
                    // A quotation that follows continues the unit's quoting frame, else its last frame.
                    if (last == null || !last.direct() || last.unit != u) {
                        last = f;
                    }
                }
            }
            if (pending != null) {
                found.add(pending);
            }
        }
        found.removeIf(f -> f.parts.isEmpty());
    }

    /**
     * Whether a quotation at token a continues the direct quotation of f: in the same paragraph right after it, or
     * opening the next paragraph when f ended its own.
     */
    private boolean continues(Attribution f, int a) {
        int[] prev = t.units.get(f.lastUnit);
        if (t.paragraph[prev[0]] == t.paragraph[a]) {
            return true;
        }
        // A new paragraph: only when the attribution's own unit closed the previous paragraph.
        return t.paragraph[prev[1] - 1] + 1 == t.paragraph[a] && (prev[1] >= t.size || t.paragraph[prev[1]] == t.paragraph[a]);
    }

    /** Whether a unit is one quotation alone (with its closing punctuation). */
    private boolean quoteOnly(int a, int b) {
        int r = t.region[a];
        if (r < 0 || !t.mark[a] || t.start[a] != t.regions.get(r).start()) {
            return false;
        }
        for (int i = a; i < b; i++) {
            if (t.region[i] != r && !t.punct(i)) {
                return false;
            }
        }
        return true;
    }

    /** Whether a unit opens with a whole quotation (what follows it, if anything, names no one saying it). */
    private boolean quoteLed(int a, int b) {
        int r = t.region[a];
        return quoteOnly(a, b) || r >= 0 && t.mark[a] && t.start[a] == t.regions.get(r).start()
                && t.regions.get(r).closed();
    }

    private void addRegion(Attribution f, int r, int a, int b) {
        int e = a;
        while (e < b && t.region[e] == r) {
            e++;
        }
        f.addQuoted(t.regions.get(r).parts());
        f.partTokens.add(new int[] {a, e});
    }

    // ---------------------------------------------------------------------------------------------------------

    private List<Attribution> unit(int u, int a, int b) {
        List<Attribution> cands = new ArrayList<>();
        boolean title = titleCase(a, b);
        for (int i = a; i < b; i++) {
            if (t.region[i] >= 0 || t.name[i] >= 0 && !title) {
                continue;
            }
            if (t.lower[i].equals(":") && i > a) {
                Attribution f = colon(u, i, a, b);
                if (f != null) {
                    cands.add(f);
                }
                continue;
            }
            if (t.lower[i].equals("according") && i + 1 < b && t.lower[i + 1].equals("to")) {
                Attribution f = according(u, i, a, b);
                if (f != null) {
                    cands.add(f);
                }
                continue;
            }
            Lexicon.Verb v = Lexicon.verb(t.lower[i]);
            boolean particle = false;
            if (i + 1 < b && t.region[i + 1] < 0) {
                Lexicon.Verb p = Lexicon.phrasal(t.lower[i], t.lower[i + 1]);
                if (p != null) {
                    v = p;
                    particle = true;
                }
            }
            if (v != null && i == a && t.cap(i) && !title) {
                Attribution f = fronted(u, i, v, a, b);
                if (f != null) {
                    cands.add(f);
                }
                continue;
            }
            if (v == null || t.cap(i) && !title) {
                continue;
            }
            Attribution f = frame(u, i, v, a, b, particle);
            if (f != null) {
                cands.add(f);
            }
        }
        return resolve(u, cands, a, b);
    }

    private boolean titleCase(int a, int b) {
        int words = 0;
        int caps = 0;
        for (int i = a; i < b; i++) {
            if (!t.punct(i) && t.region[i] < 0) {
                words++;
                if (t.cap(i) || t.lower[i].length() <= 3) {
                    caps++;
                }
            }
        }
        return words >= 4 && caps == words && t.paragraph[a] == 0;
    }

    private Attribution frame(int u, int i, Lexicon.Verb v, int a, int b, boolean particle) {
        int j = g.skipBetweenLeft(i, a);
        boolean ing = t.lower[i].endsWith("ing");
        boolean progressive = false;
        boolean auxiliary = false;
        for (int k = j + 1; k < i; k++) {
            String w = t.lower[k];
            progressive |= Set.of("is", "was", "were", "are", "been", "be", "'s", "'re", "am").contains(w);
            auxiliary |= Set.of("will", "would", "can", "could", "did", "does", "do", "may", "might", "should", "to",
                    "must", "'ll", "'d", "has", "have", "had").contains(w);
        }
        if (!ing && g.passive(j, i) || !ing && i + 1 < b && t.lower[i + 1].equals("by") && t.lower[i].endsWith("ed")) {
            return null; // "was told", "the number reported by the ministry"
        }
        if (v.lemma().equals("call") && phoned(i + 1, b)) {
            return null; // "neighbours called an ambulance": a telephone call, not words said
        }
        if (j >= a && t.lower[j].equals("to") || j >= a && t.lower[j].equals("not") && !auxiliary) {
            return null; // "wants to say", infinitives
        }
        Attribution f;
        Phrase own = ing && !progressive && j >= a && !PARTICIPLE_AFTER.contains(t.lower[j]) ? g.left(j, a) : null;
        boolean coordinated = !ing && j >= a && (t.lower[j].equals("and") || t.lower[j].equals("but"))
                && !auxiliary && !Lexicon.baseForm(t.lower[i], v);
        if (own != null && DOCUMENTS.contains(t.lower[own.head()]) && own.from() > a
                && !t.punct(own.from() - 1) && !Lexicon.NP_STOPS.contains(t.lower[own.from() - 1])) {
            // "X issued a statement saying …": the statement is X's
            f = new Attribution(Attribution.Kind.PARTICIPLE, u, i, i + 1, i, v);
            f.frameFrom = own.from() - 1;
        } else if (own != null && v.frame() != Lexicon.Frame.QUOTE_ONLY) {
            // "with Donald Trump tweeting that…", "voters saying they want…"
            f = new Attribution(Attribution.Kind.BEFORE, u, i, i + 1, i, v);
            f.speaker = own;
            f.frameFrom = own.first();
        } else if (ing && !progressive || coordinated) {
            // "…, adding that…"; "… and claimed that…": the subject is the clause's.
            if (j < a || !PARTICIPLE_AFTER.contains(t.lower[j]) || v.frame() == Lexicon.Frame.QUOTE_ONLY) {
                return null;
            }
            f = new Attribution(Attribution.Kind.PARTICIPLE, u, i, i + 1, i, v);
            f.frameFrom = j;
        } else {
            Phrase np = j >= a ? g.left(j, a) : null;
            Attribution.Kind kind = Attribution.Kind.BEFORE;
            if (np == null) {
                boolean after = j >= a && (t.lower[j].equals(",") || t.lower[j].equals("—") || t.mark[j]);
                if (!after || ing || v.frame() == Lexicon.Frame.OBJECT) {
                    return null;
                }
                np = g.right(i + 1, b);
                if (np == null) {
                    return null;
                }
                kind = Attribution.Kind.INVERTED;
            }
            boolean quoted = closingBefore(np.first(), a) >= 0 || np.first() == a && u > 0 && previousEndsWithQuote(u);
            if (kind == Attribution.Kind.BEFORE && Lexicon.baseForm(t.lower[i], v) && !auxiliary
                    && !pluralSubject(np) && !quoted) {
                return null; // "a claim", "the report": nouns, not verbs
            }
            if (kind == Attribution.Kind.BEFORE && j == i - 1 && nounUse(i, b)) {
                return null; // "his public remarks or speeches", "Republican claims of"
            }
            if (kind == Attribution.Kind.BEFORE && v.frame() == Lexicon.Frame.OBJECT
                    && (t.lower[np.from()].equals("a") || t.lower[np.from()].equals("an"))) {
                return null; // "a group called X"
            }
            f = new Attribution(kind, u, i, i + 1, i, v);
            f.speaker = np;
            f.frameFrom = kind == Attribution.Kind.INVERTED ? i : np.first();
        }
        if (particle) {
            f.cueTo = i + 2;
        }
        int k = f.kind == Attribution.Kind.INVERTED ? f.speaker.last() : f.cueTo;
        if (v.frame() == Lexicon.Frame.TELL && f.kind != Attribution.Kind.INVERTED) {
            int e = addressee(k, b);
            if (e > k) {
                f.cueTo = e;
                k = e;
            } else if (v.lemma().equals("tell")) {
                return null; // "tell" without whom: "time will tell"
            }
        }
        int p = platform(k, b);
        if (p > k && f.kind != Attribution.Kind.INVERTED) {
            f.cueTo = p;
            k = p;
        }
        k = skipAfter(k, b);
        f.frameTo = k;
        return content(f, k, a, b) ? f : null;
    }

    /** Whether an -s form that is also a plural noun ("remarks", "claims") is used as a noun here. */
    private boolean nounUse(int i, int b) {
        String w = t.lower[i];
        if (!w.endsWith("s") || i + 1 >= b) {
            return false;
        }
        String n = t.lower[i + 1];
        return Set.of("or", "and", "are", "were", "have", "had", "of", "by", "from", "about", "against", "is",
                "was", "will", "would", "could", "can", "say", "said", "show", "suggest", "with", "for").contains(n);
    }

    private boolean pluralSubject(Phrase np) {
        String head = t.lower[np.head()];
        return Set.of("i", "we", "they", "you").contains(head) || head.endsWith("s") && !head.endsWith("ss")
                || Lexicon.GROUP_SPEAKERS.contains(head) || head.equals("police") || head.equals("people");
    }

    /** Decides where the content of a frame is; false when it has none. */
    private boolean content(Attribution f, int k, int a, int b) {
        int left = f.frameFrom;
        if (f.kind == Attribution.Kind.PARTICIPLE) {
            return contentAfter(f, k, b);
        }
        String next = k < b ? t.lower[k] : null;
        int closing = closingBefore(left, a);
        boolean ends = k >= b || t.terminal(k) && closingRest(k + 1, b);
        boolean previous = left == a && f.unit > 0 && previousEndsWithQuote(f.unit)
                && (ends || ",".equals(next) || next != null && PREPOSITIONS.contains(next));
        if (closing >= 0 && !ends && closing > a && t.lower[closing - 1].equals(".")) {
            closing = -1; // “… campaign.” Ohio Gov. John Kasich said he would …: a new sentence with its own content
        }
        String afterCue = f.cueTo < b ? t.lower[f.cueTo] : null;
        if (closing >= 0 && next != null && !t.punct(k) && !PREPOSITIONS.contains(next) && !opening(k)
                && (Lexicon.PERSONAL.contains(next) || Lexicon.NP_OPENERS.contains(next) || t.name[k] >= 0)
                && embedded(openingOf(closing), a)) {
            closing = -1; // “ungrateful,” Rubio said he believed …: the frame has its own content
        }
        if ((closing >= 0 || previous) && !":".equals(next) && !"that".equals(afterCue) && !":".equals(afterCue)) {
            // “A,” he said (in an interview, when asked…). The rest of the sentence is about the saying.
            f.splitFrom = nextQuote(k, b);
            if (previous) {
                int[] prev = t.units.get(f.unit - 1);
                int r = t.region[prev[1] - 1] >= 0 ? t.region[prev[1] - 1] : t.region[prev[1] - 2];
                f.addQuoted(t.regions.get(r).parts());
                f.partTokens.add(new int[] {prev[0], prev[1]});
                return true;
            }
            int open = openingOf(closing);
            f.contentFrom = open > a && (t.lower[open - 1].equals(",") || t.lower[open - 1].equals(":")) ? open : a;
            f.contentTo = left;
            return true;
        }
        if (f.kind == Attribution.Kind.INVERTED && ",".equals(next) && !hasOpening(k, b)) {
            // "X, said Donna Lages, 39, a waitress at the restaurant": the rest describes the speaker.
            f.frameTo = b;
            k = b;
            next = null;
        }
        if (",".equals(next) && k + 1 < b && opening(k + 1) || next != null && k < b && opening(k)) {
            return contentAfter(f, k, b); // He said, “…”
        }
        boolean end = k >= b || t.terminal(k) && (k + 1 >= b || closingRest(k + 1, b));
        boolean commaEnd = ",".equals(next) && (k + 1 >= b || enders(k + 1, b));
        if (end || commaEnd) {
            if (f.lemma != null && f.lemma.frame() == Lexicon.Frame.QUOTE_ONLY) {
                return false; // "… After Peace Talks Conclude": a verb that only introduces quotations
            }
            if (left > a && Set.of("that", "which", "whom", "who").contains(t.lower[left - 1])) {
                return false; // "an attempt that the Kremlin is blaming on Ukraine": a relative clause
            }
            if (left > a || f.kind == Attribution.Kind.INVERTED) {
                f.contentFrom = a;
                f.contentTo = left;
                if (commaEnd && k + 1 < b && opening(k + 1)) {
                    f.splitFrom = k + 1;
                }
                return true;
            }
            if (commaEnd && k + 1 < b && opening(k + 1)) {
                return contentAfter(f, k + 1, b); // He said, “…”
            }
            return false;
        }
        if (":".equals(next)) {
            if (k + 1 >= b) {
                f.pendingColon = true;
                return f.kind != Attribution.Kind.INVERTED;
            }
            return f.kind != Attribution.Kind.INVERTED && contentAfter(f, k + 1, b);
        }
        if (f.kind == Attribution.Kind.INVERTED) {
            return false;
        }
        if (left > a && t.lower[left - 1].equals(",") && ",".equals(next) && !adverbial(a, left - 1)) {
            f.contentFrom = a;
            f.contentTo = left;
            f.interruptedFrom = k + 1;
            return true;
        }
        return contentAfter(f, k, b);
    }

    /**
     * The opening mark of the quotation that continues what was said after the frame ("“A,” he said of the plan,
     * “b”"), or -1 when there is none or another verb of saying comes first.
     */
    private int nextQuote(int k, int b) {
        for (int i = k; i < b; i++) {
            if (opening(i)) {
                return i;
            }
            if (t.region[i] < 0 && (Lexicon.verb(t.lower[i]) != null
                    || t.lower[i].equals("according"))) {
                return -1;
            }
        }
        return -1;
    }

    /** The closing quotation mark just before token {@code left} (a comma may follow it), or -1. */
    private int closingBefore(int left, int a) {
        int k = left - 1;
        if (k >= a && t.region[k] < 0 && (t.lower[k].equals(",") || t.lower[k].equals("—"))) {
            k--;
        }
        if (k < a || t.region[k] < 0 || !t.mark[k]) {
            return -1;
        }
        return k + 1 >= t.size || t.region[k + 1] != t.region[k] ? k : -1;
    }

    /** Whether a quotation opening at token o stands inside a clause: not first in its unit, nor after , or :. */
    private boolean embedded(int o, int a) {
        return o > a && !Set.of(",", ":", "—", "–", "--").contains(t.lower[o - 1]);
    }

    /** The opening mark of the quotation that ends at token {@code closing}. */
    private int openingOf(int closing) {
        int r = t.region[closing];
        int k = closing;
        while (k > 0 && t.region[k - 1] == r) {
            k--;
        }
        return k;
    }

    /** Content after the frame, from token k to the unit's end (trimmed later). */
    private boolean contentAfter(Attribution f, int k, int b) {
        while (k < b && (t.lower[k].equals(",") || t.lower[k].equals(":") || t.lower[k].equals("—"))) {
            k++;
        }
        if (k >= b || t.terminal(k)) {
            return false;
        }
        if (f.lemma != null && f.lemma.frame() == Lexicon.Frame.QUOTE_ONLY && !opening(k)
                && !(t.lower[k].equals("that") && k + 1 < b && opening(k + 1))) {
            return false;
        }
        f.contentFrom = k;
        f.contentTo = clauseCut(k, participleCut(k, quotationEnd(k, b)));
        f.after = true;
        return true;
    }

    /**
     * Where content that opens with a quotation ends: with the quotation when what follows is the reporter's
     * ("said: “A,” but in fact…", "called it “a disaster” in his book"), else at the unit's end.
     */
    private int quotationEnd(int k, int b) {
        int q = k;
        if (t.lower[q].equals("that") && q + 1 < b) {
            q++;
        }
        if (!opening(q)) {
            return b;
        }
        int r = t.region[q];
        int e = q;
        while (e < b && t.region[e] == r) {
            e++;
        }
        if (e >= b || closingRest(e, b)) {
            return b;
        }
        String next = t.lower[e];
        boolean reporters = Set.of(",", ";", "—", "–", "--").contains(next) && e + 1 < b
                && Set.of("but", "while", "although", "though", "whereas", "according", "which").contains(t.lower[e + 1])
                || Set.of("but", "while", "although", "though", "whereas").contains(next);
        return reporters ? e : b;
    }

    private boolean hasOpening(int k, int b) {
        for (int i = k; i < b; i++) {
            if (opening(i)) {
                return true;
            }
        }
        return false;
    }

    private boolean closingRest(int k, int b) {
        for (int i = k; i < b; i++) {
            if (!t.punct(i)) {
                return false;
            }
        }
        return true;
    }

    private boolean enders(int k, int b) {
        String w = t.lower[k];
        if (w.equals("of") && k + 1 < b && (t.lower[k + 1].equals("which") || t.lower[k + 1].equals("whom"))) {
            return true; // "the air force said, of which 106 were shot down"
        }
        if (opening(k)) {
            return true;
        }
        if (FRAME_ENDERS.contains(w)) {
            return true;
        }
        Lexicon.Verb v = Lexicon.verb(w);
        return v != null && w.endsWith("ing");
    }

    private boolean opening(int k) {
        return t.region[k] >= 0 && t.mark[k] && t.start[k] == t.regions.get(t.region[k]).start();
    }

    private boolean previousEndsWithQuote(int u) {
        int[] prev = t.units.get(u - 1);
        int[] cur = t.units.get(u);
        if (t.paragraph[prev[0]] != t.paragraph[cur[0]] && t.paragraph[prev[1] - 1] != t.paragraph[cur[0]]) {
            return false;
        }
        int last = prev[1] - 1;
        if (t.punct(last) && t.region[last] < 0 && last > prev[0]) {
            last--;
        }
        if (t.region[last] < 0 || !t.mark[last]) {
            return false;
        }
        // The quotation must be the previous unit's own sentence ("“Why?” ¦ he asked."), not its last words.
        int open = t.regions.get(t.region[last]).start();
        int first = prev[0];
        while (first < last && t.punct(first) && t.region[first] < 0) {
            first++;
        }
        return t.start[first] == open;
    }

    /** Whether tokens [a, e) are a leading adverbial ("After the meeting", "On Monday"), not content. */
    private boolean adverbial(int a, int e) {
        String w = t.lower[a];
        return (e - a <= 6 || e - a <= 14 && PREPOSITIONS.contains(w)) && Lexicon.ADVERBIAL_OPENERS.contains(w);
    }

    /** The end of whom something was told: "told reporters", "told The Associated Press", "told him". */
    private int addressee(int k, int b) {
        if (k >= b || t.region[k] >= 0) {
            return k;
        }
        String w = t.lower[k];
        if (OBJECT_PRONOUNS.contains(w) && !(w.equals("her") && k + 1 < b && !t.punct(k + 1)
                && !t.lower[k + 1].equals("that") && !Lexicon.NP_STOPS.contains(t.lower[k + 1])
                && !Lexicon.PERSONAL.contains(t.lower[k + 1]) && !Lexicon.NP_OPENERS.contains(t.lower[k + 1]))) {
            return k + 1;
        }
        if (t.name[k] >= 0 || w.equals("the") && k + 1 < b && t.name[k + 1] >= 0) {
            int e = t.nameEnd(w.equals("the") ? k + 1 : k);
            if (e + 1 < b && t.lower[e].equals("'s")) {
                e++; // "told ABC's “Good Morning America”"
                if (opening(e)) {
                    int r = t.region[e];
                    while (e < b && t.region[e] == r) {
                        e++;
                    }
                    return e;
                }
            }
            // "told the Reuters news agency"
            while (e < b && e - k < 6 && t.region[e] < 0 && !t.punct(e) && !t.cap(e)
                    && Set.of("news", "agency", "newspaper", "network", "radio", "television", "station", "channel",
                    "program", "programme", "show", "magazine", "daily", "website", "broadcaster", "outlet",
                    "service", "channel's", "interviewer", "host", "anchor", "correspondent", "reporter", "reporters")
                    .contains(t.lower[e])) {
                e++;
            }
            return e;
        }
        if (opening(k)) {
            int r = t.region[k]; // told “Fox and Friends”
            int e = k;
            while (e < b && t.region[e] == r) {
                e++;
            }
            return e;
        }
        if (Lexicon.NP_OPENERS.contains(w) || Lexicon.ADDRESSEES.contains(w) || t.cap(k)
                || Lexicon.GROUP_SPEAKERS.contains(w)) {
            boolean det = Lexicon.NP_OPENERS.contains(w);
            int e = k + 1;
            if (!det) {
                while (e < b && (t.lower[e].equals("'s") || t.lower[e].equals("of")) && e + 1 < b) {
                    e += 2;
                }
                return Math.min(e, b);
            }
            while (e < b && e - k < 6 && t.region[e] < 0 && !t.punct(e) && !Lexicon.NP_STOPS.contains(t.lower[e])
                    && !Lexicon.NP_OPENERS.contains(t.lower[e]) && !Lexicon.PERSONAL.contains(t.lower[e])) {
                if (t.cap(e) && t.name[e] < 0 && e > k + 1 && !t.cap(e - 1)) {
                    break;
                }
                e++;
            }
            return e > k + 1 ? e : k;
        }
        // "told cheering supporters in Nashua"
        int e = k;
        while (e < b && e - k < 4 && t.region[e] < 0 && !t.punct(e) && !Lexicon.NP_STOPS.contains(t.lower[e])
                && !Lexicon.PERSONAL.contains(t.lower[e]) && Lexicon.verb(t.lower[e]) == null) {
            e++;
        }
        return e > k && t.lower[e - 1].endsWith("s") && (e >= b || t.punct(e) || Lexicon.NP_STOPS.contains(t.lower[e]))
                ? e : k;
    }

    /** The end of "on Telegram", "in a post on X", "on his Telegram channel" after a cue, or k. */
    private int platform(int k, int b) {
        if (k >= b || !(t.lower[k].equals("on") || t.lower[k].equals("in") || t.lower[k].equals("via"))) {
            return k;
        }
        for (int e = k + 1; e < b && e - k <= 5; e++) {
            if (t.punct(e) || t.region[e] >= 0) {
                return k;
            }
            if (PLATFORMS.contains(t.lower[e])) {
                int end = e + 1;
                while (end < b && Set.of("channel", "account", "page", "feed", "media", "social", "network",
                        "post", "address").contains(t.lower[end])) {
                    end++;
                }
                return end;
            }
        }
        return k;
    }

    /** Steps over what stands between a cue and its content: times, places, "in a statement", "without evidence". */
    private int skipAfter(int k, int b) {
        while (k < b && t.region[k] < 0) {
            String w = t.lower[k];
            if (Set.of("last", "this", "next", "that", "late", "early").contains(w) && k + 1 < b
                    && TIME_NOUNS.contains(t.lower[k + 1])) {
                k += 2; // "said last week", "reported that night"
                continue;
            }
            if (Lexicon.BETWEEN.contains(w) && !w.equals("'s") && !Lexicon.NP_OPENERS.contains(w)
                    && !Set.of("has", "have", "had", "was", "is", "were", "are", "would", "will", "could", "can",
                    "may", "might", "should", "did", "does", "do", "not", "n't", "been").contains(w)) {
                k++;
                continue;
            }
            if (DAYS.contains(w) && !w.equals("in") && !(Set.of("last", "this", "next").contains(w)
                    && !(k + 1 < b && TIME_NOUNS.contains(t.lower[k + 1])))) {
                k += Set.of("last", "this", "next").contains(w) ? 2 : 1;
                while (k < b && TIME_NOUNS.contains(t.lower[k])) {
                    k++; // "Wednesday night"
                }
                continue;
            }
            if (w.equals("without") || w.equals("citing") || w.equals(",") && k + 1 < b
                    && Set.of("without", "citing", "according", "however", "too", "though", "also", "again",
                    "reportedly", "allegedly", "apparently", "in", "on", "at", "during", "to", "with", "amid",
                    "after", "before", "as", "when", "while", "speaking", "addressing", "once", "then", "later",
                    "earlier", "referring").contains(t.lower[k + 1])) {
                int e = phraseEnd(w.equals(",") ? k + 1 : k, b, true);
                if (e < 0) {
                    break;
                }
                k = e < b && t.lower[e].equals(",") && w.equals(",") ? e + 1 : e;
                continue;
            }
            boolean infinitive = w.equals("to") && k + 1 < b && !t.cap(k + 1) && t.name[k + 1] < 0
                    && !Lexicon.NP_OPENERS.contains(t.lower[k + 1]) && !Lexicon.ADDRESSEES.contains(t.lower[k + 1])
                    && !Lexicon.GROUP_SPEAKERS.contains(t.lower[k + 1]);
            if (PREPOSITIONS.contains(w) && !infinitive && !(k + 1 < b && Set.of("least", "most", "all", "fact", "part",
                    "particular", "general", "short", "addition", "turn", "total", "effect", "order")
                    .contains(t.lower[k + 1]))) {
                if (k + 1 < b && (TIME_NOUNS.contains(t.lower[k + 1]) || DAYS.contains(t.lower[k + 1]))
                        && !t.lower[k + 1].equals("in")) {
                    k += 2;
                    while (k < b && TIME_NOUNS.contains(t.lower[k])) {
                        k++;
                    }
                    continue;
                }
                int e = phraseEnd(k, b, false);
                if (e < 0) {
                    break;
                }
                k = e;
                continue;
            }
            break;
        }
        return k;
    }

    /**
     * The end of a short phrase starting at k: the index of the "that", comma, colon, quotation or sentence end
     * that follows it; -1 when it runs into a clause (a second noun phrase, a verb) or is too long.
     */
    private int phraseEnd(int k, int b, boolean lenient) {
        int e = k + 1;
        while (e < b && e - k <= 9) {
            String w = t.lower[e];
            if (t.region[e] >= 0) {
                return opening(e) ? e : -1;
            }
            if (w.equals("that") || w.equals(",") || w.equals(":") || t.terminal(e) || w.equals("—")) {
                return e;
            }
            if (t.punct(e) && !w.equals("'s") && !w.equals("-")) {
                return -1;
            }
            if (!lenient) {
                String prev = t.lower[e - 1];
                boolean afterPreposition = PREPOSITIONS.contains(prev) || prev.equals("of");
                if (Lexicon.NP_OPENERS.contains(w) && !afterPreposition || Lexicon.PERSONAL.contains(w)
                        || Lexicon.NP_STOPS.contains(w) && !PREPOSITIONS.contains(w) && !w.equals("of")
                        && !w.equals("'s") || Lexicon.verb(w) != null && !t.cap(e)) {
                    return -1;
                }
            }
            e++;
        }
        return e >= b ? b : -1;
    }

    /** A verb of saying that opens its sentence, then its speaker and the quotation: "Said Smith: “…”". */
    private Attribution fronted(int u, int i, Lexicon.Verb v, int a, int b) {
        if (v.frame() == Lexicon.Frame.OBJECT || t.lower[i].endsWith("ing")) {
            return null;
        }
        Phrase np = g.right(i + 1, b);
        if (np == null) {
            return null;
        }
        int k = np.last();
        if (k < b && t.lower[k].equals(",") && !(k + 1 < b && opening(k + 1))) {
            // "Said Dorothy Poynter, who grew up with him in the neighbourhood, “…”"
            while (k + 1 < b && !opening(k + 1) && k - np.last() < 25) {
                k++;
            }
        }
        while (k < b && (t.lower[k].equals(",") || t.lower[k].equals(":"))) {
            k++;
        }
        if (k >= b && t.lower[b - 1].equals(":") && u + 1 < t.units.size()
                && quoteOnly(t.units.get(u + 1)[0], t.units.get(u + 1)[1])) {
            Attribution f = new Attribution(Attribution.Kind.INVERTED, u, i, i + 1, i, v);
            f.speaker = np; // "Stated Stone:" closing a paragraph, the quotation opening the next
            f.frameFrom = i;
            f.frameTo = b;
            f.pendingColon = true;
            return f;
        }
        if (k >= b || !opening(k)) {
            return null;
        }
        Attribution f = new Attribution(Attribution.Kind.INVERTED, u, i, i + 1, i, v);
        f.speaker = np;
        f.frameFrom = i;
        f.frameTo = k;
        return contentAfter(f, k, b) ? f : null;
    }

    /**
     * A name and a colon before a quotation, as headlines and live blogs write it: "Zelenskyy: “…”". The name
     * must open its unit (or follow a dash), and the quotation follow the colon here or open the next unit.
     */
    private Attribution colon(int u, int i, int a, int b) {
        boolean quoteNext = i + 1 < b ? opening(i + 1) : u + 1 < t.units.size() && quoteOnly(t.units.get(u + 1)[0],
                t.units.get(u + 1)[1]);
        Phrase np = g.left(i - 1, a);
        if (np == null || np.to() != i) {
            return null;
        }
        // A headline ("Peskov: Talks Will Go On") or a transcript ("TAPPER: Why not?") needs no quotation marks.
        boolean headline = t.paragraph[a] == 0 && np.first() == a;
        boolean transcript = np.first() == a && (a == 0 || t.paragraph[a - 1] != t.paragraph[a])
                && t.word[i - 1].equals(t.word[i - 1].toUpperCase(java.util.Locale.ROOT)) && t.word[i - 1].length() > 1;
        if (!quoteNext && !(headline || transcript) || i + 1 >= b && !quoteNext) {
            return null;
        }
        boolean opens = np.first() == a || Set.of("—", "–", "-", "--").contains(t.lower[np.first() - 1]);
        boolean named = transcript;
        for (int k = np.from(); k < np.to(); k++) {
            named |= t.name[k] >= 0 && t.nameAt(k).type() != org.storyline.language.Name.Type.PLACE
                    && t.nameAt(k).type() != org.storyline.language.Name.Type.MISC;
        }
        if (!opens || !named) {
            return null;
        }
        Attribution f = new Attribution(Attribution.Kind.BEFORE, u, i, i + 1, i, null);
        f.speaker = np;
        f.frameFrom = np.first();
        f.frameTo = i + 1;
        if (i + 1 >= b) {
            f.pendingColon = true;
            return f;
        }
        return contentAfter(f, i + 1, b) ? f : null;
    }

    private Attribution according(int u, int i, int a, int b) {
        Phrase src = g.right(i + 2, b);
        if (src == null) {
            return null;
        }
        int e = src.last();
        // "according to a statement from the ministry", "according to reports in Russian media"
        while (e < b && t.region[e] < 0 && !t.punct(e) && e - i < 14) {
            e++;
        }
        Attribution f = new Attribution(Attribution.Kind.ACCORDING, u, i, i + 2, i, null);
        f.speaker = src;
        f.frameFrom = i;
        f.frameTo = e;
        boolean start = i == a || adverbial(a, i) || i > a && t.lower[i - 1].equals(",") && adverbial(a, i - 1)
                || i > a && Set.of("but", "and", "yet", "so").contains(t.lower[i - 1]);
        if (start) {
            int k = e;
            if (k < b && t.lower[k].equals(",")) {
                k++;
            }
            if (k >= b || t.terminal(k)) {
                return null;
            }
            f.contentFrom = k;
            f.contentTo = b;
            f.after = true;
            return f;
        }
        int left = i;
        if (e >= b || t.terminal(e) && closingRest(e, b)) {
            f.contentFrom = a;
            f.contentTo = left;
            return f;
        }
        if (t.lower[e].equals(",") && i > a && t.lower[i - 1].equals(",")) {
            f.contentFrom = a;
            f.contentTo = left;
            f.interruptedFrom = e + 1;
            return f;
        }
        return null;
    }

    // ---------------------------------------------------------------------------------------------------------

    /** Orders a unit's frames, drops those inside another's content, and turns token ranges into parts. */
    private List<Attribution> resolve(int u, List<Attribution> cands, int a, int b) {
        List<Attribution> kept = new ArrayList<>();
        for (Attribution f : cands) {
            Attribution owner = null;
            for (Attribution p : kept) {
                if (p.after && p.contentFrom <= f.verb && f.verb < p.contentTo) {
                    owner = p;
                }
                if (!p.after && p.interruptedFrom >= 0 && p.interruptedFrom <= f.verb) {
                    owner = p;
                }
            }
            if (owner != null) {
                if (!independent(f)) {
                    continue;
                }
                int cut = connectiveStart(f.frameFrom, owner.after ? owner.contentFrom : owner.interruptedFrom);
                if (owner.after) {
                    owner.contentTo = cut;
                }
            }
            // Content before a frame starts after the previous frame.
            if (!f.after && f.contentFrom >= 0 && !kept.isEmpty()) {
                Attribution p = kept.getLast();
                int floor = p.after ? -1 : Math.max(p.frameTo, p.interruptedFrom >= 0 ? b : p.frameTo);
                if (floor > f.contentFrom) {
                    f.contentFrom = floor;
                }
                if (p.after && p.contentTo > f.contentFrom && p.contentFrom < f.frameFrom) {
                    // "X said A, Y reported": what Y reported is X's saying; the outer frame is Y's.
                    kept.removeLast();
                }
            }
            kept.add(f);
        }
        // Participles take the subject of their clause: the previous speaker, or the unit's first phrase.
        for (int n = 0; n < kept.size(); n++) {
            Attribution f = kept.get(n);
            if (f.speaker == null) {
                f.speaker = n > 0 && kept.get(n - 1).speaker != null ? kept.get(n - 1).speaker : subject(a, f.verb);
            }
        }
        kept.removeIf(f -> f.speaker == null);
        for (Attribution f : kept) {
            if (f.contentFrom >= 0) {
                addContent(f, f.contentFrom, f.contentTo);
            }
            if (f.interruptedFrom >= 0) {
                addContent(f, f.interruptedFrom, b);
            }
            if (f.splitFrom >= 0) {
                int r = t.region[f.splitFrom];
                int e = f.splitFrom;
                while (e < b && t.region[e] == r) {
                    e++;
                }
                f.addQuoted(t.regions.get(r).parts());
                f.partTokens.add(new int[] {f.splitFrom, e});
            }
        }
        return kept;
    }

    /** Whom one calls for help: "called an ambulance", "called the police". */
    private static final Set<String> CALLED_FOR_HELP = Set.of("ambulance", "ambulances", "police", "911", "999",
            "112", "emergency", "paramedics", "firefighters", "rescuers", "doctor", "doctors", "taxi", "medics");

    private static final Set<String> NOT_PARTICIPLES = Set.of("including", "according", "during", "nothing",
            "something", "anything", "everything", "morning", "evening", "thing", "king", "bring", "spring",
            "string", "building", "meeting", "funding", "spending", "bombing", "shooting", "killing", "being",
            "housing", "training", "hearing", "polling", "ruling", "wedding", "beginning", "ending", "setting",
            "feeling", "warning", "opening", "offering", "timing", "trading", "landing", "wing", "ceiling",
            "following", "concerning", "regarding", "notwithstanding", "pending", "excluding", "barring");

    /**
     * The end of content that a participle clause follows: "acknowledged that X, employing the maxim" ends before
     * the comma (the clause tells how it was said).
     */
    private int participleCut(int s, int e) {
        for (int k = s + 1; k + 2 < e; k++) {
            String w = t.lower[k + 1];
            if (t.region[k] < 0 && t.lower[k].equals(",") && t.region[k + 1] < 0 && w.endsWith("ing")
                    && w.length() > 5 && !t.cap(k + 1) && !NOT_PARTICIPLES.contains(w)) {
                String n = t.lower[k + 2];
                if (Lexicon.NP_OPENERS.contains(n) || Lexicon.PERSONAL.contains(n) || t.name[k + 2] >= 0
                        || Set.of("how", "what", "why", "that", "him", "her", "them", "it", "to", "on", "in", "at",
                        "for", "with", "about", "from", "back", "up", "out", "down", "off").contains(n)) {
                    return k;
                }
            }
        }
        return e;
    }

    /**
     * The end of content at a clause the reporter adds: after a dash or semicolon, or ", while", ", although",
     * ", though" outside quotation marks.
     */
    private int clauseCut(int s, int e) {
        for (int k = s + 1; k < e; k++) {
            if (t.region[k] >= 0) {
                continue;
            }
            String w = t.lower[k];
            if (Set.of("—", "–", "--", ";").contains(w) || w.equals("-") && t.start[k] > t.end[k - 1]) {
                return k;
            }
            if (w.equals(",") && k + 1 < e && Set.of("while", "although", "though", "whereas", "citing", "according")
                    .contains(t.lower[k + 1])) {
                return k;
            }
            if (w.equals("but") && k + 2 < e && Set.of("did", "does", "has", "have", "had", "could", "would")
                    .contains(t.lower[k + 1]) && (t.lower[k + 2].equals("not") || t.lower[k + 2].equals("n't"))) {
                return k > s && t.lower[k - 1].equals(",") ? k - 1 : k; // "… but did not provide evidence"
            }
        }
        return e;
    }

    /** A later frame in the content of an earlier one stands on its own after ", adding", "and", "but", ";". */
    private boolean independent(Attribution f) {
        if (f.kind == Attribution.Kind.PARTICIPLE) {
            return true;
        }
        int s = f.frameFrom - 1;
        if (s < 0) {
            return false;
        }
        String w = t.lower[s];
        return Set.of("and", "but", ";", "while", "whereas", "although", "though", "—", "–", "--", ",", "as",
                "because", "since", "so", "yet", "then", "after", "before", "when", "if").contains(w);
    }

    private int connectiveStart(int from, int floor) {
        int s = from;
        while (s - 1 > floor && Set.of("and", "but", ",", ";", "while", "whereas", "although", "though", "—")
                .contains(t.lower[s - 1])) {
            s--;
        }
        return s;
    }

    /** The subject of the clause a participle hangs from: the first phrase of the unit after a leading adverbial. */
    private Phrase subject(int a, int limit) {
        int s = a;
        if (Lexicon.ADVERBIAL_OPENERS.contains(t.lower[a])) {
            for (int k = a; k < limit - 2 && k - a <= 12; k++) {
                if (t.lower[k].equals(",")) {
                    s = k + 1;
                    break;
                }
            }
            if (s == a) {
                // "On Sunday morning Mr. Trump made…": the first name or pronoun after the opening phrase.
                for (int k = a + 1; k < limit && k - a <= 8; k++) {
                    if (t.region[k] < 0 && (t.name[k] >= 0 && t.nameAt(k).type() != org.storyline.language.Name.Type.MISC
                            || Lexicon.PERSONAL.contains(t.lower[k]))) {
                        s = t.name[k] >= 0 ? t.nameStart(k) : k;
                        break;
                    }
                }
            }
        }
        for (int k = s; k < limit && k - s <= 10; k++) {
            if (Set.of("—", "–", "-", "--").contains(t.lower[k]) && k > s && !joined(k)) {
                s = k + 1; // a dateline: "WASHINGTON — …", "MYRTLE BEACH, S.C. - …", "PHILADELPHIA, July 25 (UPI) —"
                break;
            }
            if (!t.cap(k) && !t.punct(k) && !Character.isDigit(t.word[k].charAt(0))) {
                break;
            }
        }
        // The last clause before the participle: "…, but Sanders was in San Diego, emphasizing …".
        for (int k = limit - 1; k > s; k--) {
            if (t.region[k] < 0 && Set.of("but", "and", ";", "while", "whereas").contains(t.lower[k])
                    && k + 1 < limit && (t.name[k + 1] >= 0 && t.nameAt(k + 1).type() == org.storyline.language.Name.Type.PERSON
                    || Lexicon.PERSONAL.contains(t.lower[k + 1]))) {
                Phrase p = g.right(k + 1, limit);
                if (p != null && p.to() < limit && !t.punct(p.to())) {
                    return p;
                }
            }
        }
        for (int n = 0; n < 3 && s < limit && t.region[s] < 0; n++) {
            Phrase p = g.right(s, limit);
            if (p == null || p.to() > limit) {
                break;
            }
            if (p.to() < limit && t.lower[p.to()].equals(",") && t.name[p.head()] >= 0
                    && t.nameAt(p.head()).type() == org.storyline.language.Name.Type.PLACE) {
                s = p.to() + 1; // "In Ames, Iowa, on Sunday, Mrs. Clinton …"
                continue;
            }
            return p;
        }
        // "Hours later, Trump returned …": the first person or organisation named.
        for (int k = a; k < limit && k - a <= 12; k++) {
            if (t.region[k] < 0 && t.name[k] >= 0 && (t.nameAt(k).type() == org.storyline.language.Name.Type.PERSON
                    || t.nameAt(k).type() == org.storyline.language.Name.Type.ORGANIZATION)) {
                Phrase p = g.right(t.nameStart(k), limit);
                return p != null && p.to() <= limit ? p : null;
            }
        }
        return null;
    }

    /** Whether the words from token k are whom one telephones: "an ambulance", "the police", "911". */
    private boolean phoned(int k, int b) {
        if (k < b && Lexicon.DETERMINERS.contains(t.lower[k])) {
            k++;
        }
        // "called the police." but not "called the police shootings a moment similar to …"
        return k < b && CALLED_FOR_HELP.contains(t.lower[k])
                && (k + 1 >= b || t.punct(k + 1) || Lexicon.NP_STOPS.contains(t.lower[k + 1]));
    }

    /** Whether token k is a hyphen inside a word ("State-affiliated"), touching the words on both sides. */
    private boolean joined(int k) {
        return k > 0 && k + 1 < t.size && t.end[k - 1] == t.start[k] && t.end[k] == t.start[k + 1];
    }

    /** The first token after a dateline that opens a unit ("(KYIV and LONDON) —", "WASHINGTON —"), or a. */
    private int afterDateline(int a, int e) {
        for (int k = a; k < e && k - a <= 8; k++) {
            String w = t.lower[k];
            if (Set.of("—", "–", "--").contains(w) || w.equals("-") && k > a) {
                return k > a ? k + 1 : a;
            }
            boolean upper = t.word[k].equals(t.word[k].toUpperCase(java.util.Locale.ROOT));
            if (!(t.punct(k) || upper || w.equals("and"))) {
                return a;
            }
        }
        return a;
    }

    /** Adds tokens [s, e) as content, trimmed; a quotation alone becomes its quoted words (direct). */
    private void addContent(Attribution f, int s, int e) {
        if (t.unitStart(s) == s) {
            s = afterDateline(s, e);
        }
        while (s < e && (t.lower[s].equals(",") || t.lower[s].equals(":") || t.lower[s].equals("—")
                || t.lower[s].equals("that") && f.after || t.lower[s].equals("--"))) {
            s++;
        }
        while (e > s && t.region[e - 1] < 0 && t.punct(e - 1) && !t.lower[e - 1].equals(")")) {
            e--;
        }
        if (e <= s) {
            return;
        }
        int r = t.region[s];
        if (r >= 0 && opening(s) && t.region[e - 1] == r) {
            boolean whole = true;
            for (int i = s; i < e; i++) {
                whole &= t.region[i] == r;
            }
            if (whole) {
                f.addQuoted(t.regions.get(r).parts());
                f.partTokens.add(new int[] {s, e});
                return;
            }
        }
        f.parts.add(t.span(s, e));
        f.partTokens.add(new int[] {s, e});
    }
}
