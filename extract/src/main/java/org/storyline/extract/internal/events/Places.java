package org.storyline.extract.internal.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.storyline.extract.internal.events.Chunk.Kind;
import org.storyline.extract.internal.events.Chunks.Pp;
import org.storyline.extract.internal.events.Phrase.Cls;
import org.storyline.language.Name;

/**
 * Where an event happened: the most specific place (a city before its country, "Kharkiv" of "Ukraine's city of
 * Kharkiv", "Kharkiv region" with its area word), the building or street as detail ("residential building on
 * Volokolamskoye Highway"), and the buildings a bomb was set at, as sites. Thread-safe.
 */
final class Places {
    static final Set<String> LOCATIVE = Set.of("in", "at", "near", "outside", "inside", "into", "across", "throughout",
            "over", "on", "within", "around", "along", "off", "from", "between", "in front of");

    private final Lexicon lex;
    private final Phrases phrases;

    Places(Lexicon lex, Phrases phrases) {
        this.lex = lex;
        this.phrases = phrases;
    }

    /** Places and details of the event triggered at chunk {@code c}, from the phrases after it and its sentence. */
    void locate(Tokens t, Chunks ch, int c, Draft d, List<Pp> pps) {
        Set<String> parties = new java.util.HashSet<>();
        for (Draft.Party p : d.parties) {
            parties.add(p.key());
        }
        locatives(t, ch, d, pps, 0, parties);
        // a place before the trigger in its clause ("In Balashikha, a car bomb …"), then anywhere in the sentence
        int trig = ch.get(c).head();
        for (int k = 0; k + 1 < c; k++) {
            if (ch.is(k, Kind.PREP) && LOCATIVE.contains(t.lower[ch.get(k).from()]) && ch.boundaries(ch.get(k).from(), trig) <= 1
                    && (k == 0 || !ch.is(k - 1, Kind.NP) || ch.is(k - 1, Kind.NP) && ch.isTime(k - 1))) {
                List<Pp> chain = new ArrayList<>();
                chain.add(new Pp(t.lower[ch.get(k).from()], k + 1));
                chain.addAll(ch.after(k + 1));
                chain.removeIf(pp -> pp.np() >= c);
                locatives(t, ch, d, chain, 2, parties);
                break;
            }
        }
        for (int k = 0; k < t.size(); k++) {
            Name n = t.name[k];
            if (n == null || n.type() != Name.Type.PLACE || k > 0 && t.name[k - 1] == n || street(n.text()) || t.dateline[k]
                    || parties.contains(Draft.key(n.text())) || !placeInPhrase(t, ch.get(ch.at[k]), n, k)) {
                continue;
            }
            int b = ch.boundaries(k, trig);
            boolean afterPreposition = k > 0 && LOCATIVE.contains(t.lower[k - 1]) || k > 1 && LOCATIVE.contains(t.lower[k - 2])
                    && t.pos[k - 1].equals("DT");
            int r = b <= 1 && afterPreposition ? 2 : b <= 1 ? 3 : 4;
            boolean broad = lex.broad(n.text());
            if (broad && r > 2) {
                continue; // a country named somewhere in the sentence is not where this happened
            }
            d.place(withArea(t, n, k, t.size()), r, broad);
        }
        // "Odesa Gov. Oleh Kiper said …": the official's region, whatever the name tagger made of it
        for (int k = 1; k < t.size(); k++) {
            if (!Set.of("gov.", "governor", "mayor", "gov").contains(t.lower[k]) || t.dateline[k]) {
                continue;
            }
            int from = k;
            while (from > 0 && Character.isUpperCase(t.word[from - 1].charAt(0)) && t.pos[from - 1].startsWith("NNP")
                    && (t.name[from - 1] == null || t.name[from - 1].type() != Name.Type.PERSON)) {
                from--;
            }
            if (from < k && (from == 0 || !t.pos[from - 1].equals("POS"))) {
                String place = t.text(from, k);
                if (!parties.contains(Draft.key(place)) && !lex.broad(place)) {
                    d.place(place, 2, false);
                }
            }
        }
    }

    /**
     * Places and building details in a chain of prepositional phrases: "in Ukraine's northeastern city of Kharkiv" is
     * one place (Kharkiv, rank {@code base}); a new locative preposition starts the next, one rank lower; phrases
     * after another event's word ("in the poisoning of … in the UK") are that event's and rank two lower.
     */
    void locatives(Tokens t, Chunks ch, Draft d, List<Pp> pps, int base, Set<String> parties) {
        int rank = base - 1;
        boolean locative = false;
        String previous = null;
        int lastNp = -5;
        for (Pp pp : pps) {
            String p = pp.preposition();
            boolean continues = locative && (p.equals("of") || p.equals(previous) && pp.np() == lastNp + 1);
            lastNp = pp.np();
            previous = p;
            if (!LOCATIVE.contains(p) && !continues) {
                locative = false;
                continue;
            }
            if (p.equals("from") && !Draft.violent(d.type)) {
                continue;
            }
            if (!continues) {
                rank++;
            }
            locative = true;
            Chunk np = ch.get(pp.np());
            Phrase desc = phrases.of(t, ch, pp.np());
            if (desc.cls == Cls.TIME) {
                continue;
            }
            if (desc.cls == Cls.EVENT) {
                rank += 2; // places after another event's word are more likely that event's
                continue;
            }
            for (int k = np.from(); k < np.to(); k++) {
                Name n = t.name[k];
                if (n != null && n.type() == Name.Type.PLACE && (k == np.from() || t.name[k - 1] != n) && !t.dateline[k]
                        && placeInPhrase(t, np, n, k)) {
                    boolean broad = lex.broad(n.text());
                    if (street(n.text())) {
                        appendStreet(d, p, n.text());
                    } else if (!parties.contains(Draft.key(n.text())) && !(broad && rank > 2)) {
                        d.place(withArea(t, n, k, np.to()), rank, broad);
                    }
                }
            }
            if (desc.cls == Cls.FACILITY && !p.equals("from")) {
                boolean area = Set.of("area", "areas", "zone", "sector", "district", "neighborhood", "neighbourhood", "region")
                        .contains(t.lower[np.head()]);
                boolean open = Set.of("highway", "road", "street", "avenue", "square", "park", "lot", "parking lot", "block", "town",
                        "village", "city", "highways", "roads", "streets", "outskirts", "entrance", "vicinity", "front").contains(t.lower[np.head()]);
                if (!area && !open && rank <= base + 1 && phrases.nounClass(t, np.from(), np.head()) == Lexicon.NounClass.FACILITY) {
                    d.sites.add(desc.text);
                }
                int detailRank = rank + (area ? 3 : 0);
                if (phrases.nounClass(t, np.from(), np.head()) == Lexicon.NounClass.STREET && d.detail != null) {
                    appendStreet(d, p, detailText(t, ch, pp.np()));
                } else if (d.detail == null || d.detailRank > detailRank) {
                    d.detail(detailText(t, ch, pp.np()), detailRank);
                }
            }
        }
    }

    /**
     * Whether a place name in a phrase names where something is: the phrase's head ("in Moscow"), or a modifier of a
     * building, an area or a street ("his Moscow apartment building"), not of anything else ("a Telegram post").
     */
    boolean placeInPhrase(Tokens t, Chunk np, Name n, int k) {
        int end = k;
        while (end < t.size() && t.name[end] == n) {
            end++;
        }
        int h = np.head();
        if (h < end || !np.is(Kind.NP)) {
            return true;
        }
        Lexicon.NounClass c = phrases.nounClass(t, end, h);
        return c == Lexicon.NounClass.FACILITY || c == Lexicon.NounClass.AREA || c == Lexicon.NounClass.STREET
                || Set.of("city", "town", "village", "capital", "port", "suburb", "outskirts", "centre", "center").contains(t.lower[h]);
    }

    static boolean street(String name) {
        String last = name.substring(name.lastIndexOf(' ') + 1).toLowerCase(java.util.Locale.ROOT);
        return Set.of("highway", "street", "st.", "avenue", "ave.", "road", "boulevard", "lane", "square", "prospekt", "prospect",
                "shosse", "embankment", "bridge", "alley").contains(last);
    }

    static void appendStreet(Draft d, String preposition, String street) {
        if (d.detail != null && !d.detail.contains(street)) {
            d.detail = d.detail + " " + (preposition.equals("in") || preposition.equals("at") ? preposition : "on") + " " + street;
        } else if (d.detail == null) {
            d.detail(street, 6);
        }
    }

    /** "Kharkiv" followed by "region" is the Kharkiv region. */
    private String withArea(Tokens t, Name n, int k, int limit) {
        int end = k;
        while (end < t.size() && t.name[end] == n) {
            end++;
        }
        if (end < Math.min(limit, t.size()) && lex.noun(t.lower[end]) == Lexicon.NounClass.AREA) {
            return n.text() + " " + t.word[end];
        }
        return n.text();
    }

    String placeName(Tokens t, Phrase np) {
        int k = np.head;
        while (k > 0 && t.name[k - 1] == np.name) {
            k--;
        }
        return withArea(t, np.name, k, t.size());
    }

    /** A location detail as written, without article, possessive or place names: "apartment building". */
    String detailText(Tokens t, Chunks ch, int c) {
        Chunk chunk = ch.get(c);
        StringBuilder b = new StringBuilder();
        int runStart = -1;
        for (int k = chunk.from(); k <= chunk.to(); k++) {
            boolean keep = k < chunk.to() && !(t.pos[k].equals("DT") || t.pos[k].equals("PRP$") || t.pos[k].equals("POS")
                    || t.quantity[k] != null || t.name[k] != null && t.name[k].type() == Name.Type.PLACE && !street(t.name[k].text()));
            if (keep && runStart < 0) {
                runStart = k;
            } else if (!keep && runStart >= 0) {
                if (!b.isEmpty()) {
                    b.append(' ');
                }
                b.append(t.text(runStart, k));
                runStart = -1;
            }
        }
        return b.toString();
    }
}
