package org.storyline.resolve.internal.names;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.storyline.model.Article;
import org.storyline.model.Attribute;
import org.storyline.model.EntityType;
import org.storyline.model.Mention;
import org.storyline.model.NameMention;
import org.storyline.model.Span;
import org.storyline.resolve.names.LocalEntity;

/** Within-document entity resolution; see {@link org.storyline.resolve.names.DocumentEntities}. */
public final class DocumentResolver {
    private static final Pattern ACRONYM_AFTER = Pattern.compile("^\\s*\\(\\s*([A-Z][A-Za-z0-9&.\\-]{1,11})\\s*\\)");
    private static final Pattern LONG_FORM_AFTER = Pattern.compile("^\\s*\\(\\s*([A-Z][^()]{2,80}?)\\s*\\)");
    private static final Pattern PRONOUN = Pattern.compile("\\b(?:he|him|his|she|her|He|Him|His|She|Her)\\b");
    /** A role noun: determiner, up to two modifiers ("Ukrainian", "U.S.", "deputy"), head. */
    private static final Pattern NOMINAL = Pattern.compile(
            "\\b([Tt]he|[Ii]ts)\\s+((?:[A-Za-z][A-Za-z.\\-]*\\s+){0,2}?)(general|minister|president|spokesman|spokeswoman|spokesperson|mayor"
                    + "|governor|colonel|admiral|commander|chancellor|premier|envoy|ambassador|senator|marshal)\\b");
    private static final Pattern WORDS = Pattern.compile("[\\s,]+");
    private static final Pattern COUNTRY_WORDS = Pattern.compile("[\\s,;:()\\[\\]]+");
    private static final Pattern POSSESSIVE = Pattern.compile("[’']s?$");
    private static final Pattern WORDS_AND_HYPHENS = Pattern.compile("[\\s\\-]+");
    private static final Set<String> FOLLOW = Set.of("a", "an", "the", "to", "for", "in", "on", "at", "was", "is",
            "has", "had", "said", "says", "who", "and", "with", "from", "by", "as", "that", "would", "will", "could",
            "did", "does", "also", "told", "added", "remains", "of", "still", "now", "then", "later", "again",
            "himself", "herself");
    private static final Set<String> FUNCTION_WORDS = Set.of("of", "the", "and", "for", "on", "in", "de", "la", "des",
            "du", "&", "to", "at");

    private DocumentResolver() {
    }

    /** One name mention, cleaned: possessive and a leading "the" trimmed off its span. */
    private static final class Item {
        final int article;
        final int start;
        final int end;
        final int rawEnd;
        final String form;
        EntityType type;
        PersonName person;
        Group group;
        Dossier.Before before;

        Item(int article, int start, int end, int rawEnd, String form, EntityType type) {
            this.article = article;
            this.start = start;
            this.end = end;
            this.rawEnd = rawEnd;
            this.form = form;
            this.type = type;
        }
    }

    /** Mentions found to name one thing. */
    private static final class Group {
        final EntityType type;
        final List<Item> items = new ArrayList<>();
        final Set<String> aliases = new TreeSet<>();
        final List<Mention> references = new ArrayList<>();
        final Map<String, Fact> facts = new LinkedHashMap<>();
        PersonName anchor;

        Group(EntityType type) {
            this.type = type;
        }

        void fact(String key, String value, String article) {
            String v = String.join(" ", Sentences.SPACES.split(value.strip()));
            if (v.isEmpty()) {
                return;
            }
            facts.computeIfAbsent(key + "\u0000" + v.toLowerCase(Locale.ROOT), k -> new Fact(key, v, new TreeSet<>()))
                    .sources().add(article);
        }

        boolean hasFactWord(String word) {
            for (Fact f : facts.values()) {
                if ((f.key().equals("title") || f.key().equals("role"))
                        && List.of(WORDS.split(f.value().toLowerCase(Locale.ROOT))).contains(word)) {
                    return true;
                }
            }
            return false;
        }

        /**
         * The countries, as demonyms, this person is tied to: a nationality, or a country or demonym in a title, role
         * or affiliation ("Odesa Governor" ties to none, "deputy head of Russia's GRU" to Russian).
         */
        Set<String> countries() {
            Set<String> out = new HashSet<>(nationalities());
            Lexicon lex = Lexicon.shared();
            for (Fact f : facts.values()) {
                if (!f.key().equals("title") && !f.key().equals("role") && !f.key().equals("affiliation")) {
                    continue;
                }
                String[] words = COUNTRY_WORDS.split(f.value());
                for (int i = 0; i < words.length; i++) {
                    String w = POSSESSIVE.matcher(words[i]).replaceFirst("");
                    if (w.isEmpty() || !Character.isUpperCase(w.charAt(0))) {
                        continue;
                    }
                    String d = lex.demonym(w);
                    if (d == null && i + 1 < words.length) {
                        d = lex.demonym(w + " " + POSSESSIVE.matcher(words[i + 1]).replaceFirst(""));
                    }
                    if (d != null) {
                        out.add(d);
                    }
                }
            }
            return out;
        }

        Set<String> nationalities() {
            Set<String> out = new HashSet<>();
            for (Fact f : facts.values()) {
                if (f.key().equals("nationality")) {
                    out.add(f.value());
                }
            }
            return out;
        }
    }

    private record Fact(String key, String value, TreeSet<String> sources) {
    }

    /** A reference to a person in the text: by name, by description or by pronoun. */
    private static final class Ref {
        final int start;
        final int end;
        final int chainStart;
        final int sentence;
        final boolean pronoun;
        /** Inside quotation marks: someone's words, not the narrative's own reference. */
        boolean quoted;
        Group group;

        Ref(int start, int end, int chainStart, int sentence, boolean pronoun, Group group) {
            this.start = start;
            this.end = end;
            this.chainStart = chainStart;
            this.sentence = sentence;
            this.pronoun = pronoun;
            this.group = group;
        }
    }

    public static List<LocalEntity> resolve(List<Article> articles, List<NameMention> names) {
        Map<String, Integer> articleIndex = new HashMap<>();
        for (int i = 0; i < articles.size(); i++) {
            articleIndex.putIfAbsent(articles.get(i).id(), i);
        }
        List<Item> items = clean(articles, names, articleIndex);
        Sentences[] sentences = new Sentences[articles.size()];
        for (int i = 0; i < articles.size(); i++) {
            sentences[i] = Sentences.of(articles.get(i).text());
        }
        List<Group> groups = new ArrayList<>();
        Map<String, Group> acronymGroups = acronyms(articles, items, groups);
        people(items, groups);
        others(items, groups, acronymGroups);
        List<List<Item>> organisations = new ArrayList<>();
        for (int a = 0; a < articles.size(); a++) {
            organisations.add(new ArrayList<>());
        }
        for (Item item : items) {
            if (item.type == EntityType.ORG) {
                organisations.get(item.article).add(item);
            }
        }
        for (Item item : items) {
            if (item.type == EntityType.PERSON) {
                dossier(articles, sentences, item, organisations.get(item.article));
            }
        }
        for (int a = 0; a < articles.size(); a++) {
            references(articles.get(a), a, sentences[a], items);
        }
        List<LocalEntity> out = new ArrayList<>();
        groups.removeIf(g -> g.items.isEmpty());
        groups.sort(Comparator.comparingInt((Group g) -> g.items.getFirst().article)
                .thenComparingInt(g -> g.items.getFirst().start));
        for (Group g : groups) {
            out.add(build(articles, g));
        }
        return out;
    }

    private static List<Item> clean(List<Article> articles, List<NameMention> names, Map<String, Integer> index) {
        List<Item> items = new ArrayList<>();
        Set<List<Integer>> seen = new HashSet<>();
        for (NameMention n : names) {
            Integer a = index.get(n.article());
            if (a == null) {
                throw new IllegalArgumentException("name mention " + n.text() + " " + n.span()
                        + " points at an article not in the document: " + n.article());
            }
            String text = articles.get(a).text();
            if (n.span().end() > text.length()) {
                throw new IllegalArgumentException("name mention " + n.text() + " " + n.span()
                        + " runs past the end of article " + n.article() + " (" + text.length() + " characters)");
            }
            int start = n.span().start();
            int end = n.span().end();
            while (start < end && !Character.isLetterOrDigit(text.charAt(start))) {
                start++;
            }
            while (end > start && !Character.isLetterOrDigit(text.charAt(end - 1)) && text.charAt(end - 1) != '.') {
                end--;
            }
            int rawEnd = end; // where the written name ends, possessive included
            String form = text.substring(start, end);
            String stripped = PersonName.stripPossessive(form);
            if (!stripped.equals(form) && stripped.length() > 1) {
                end = start + stripped.length();
                form = stripped;
            }
            if (n.type() != EntityType.PERSON && form.regionMatches(true, 0, "the ", 0, 4) && form.length() > 4) {
                start += 4;
                form = form.substring(4);
            }
            if (form.isBlank() || !seen.add(List.of(a, start, end))) {
                continue;
            }
            Item item = new Item(a, start, end, rawEnd, form, n.type());
            if (n.type() == EntityType.PERSON) {
                item.person = PersonName.parse(form);
                if (item.person.isEmpty() || item.person.parts().stream().allMatch(PersonName.Part::initial)) {
                    continue;
                }
            }
            items.add(item);
        }
        items.sort(Comparator.comparingInt((Item i) -> i.article).thenComparingInt(i -> i.start).thenComparingInt(i -> i.end));
        return items;
    }

    // ---------------------------------------------------------------- acronyms

    /** Acronyms defined in the text; items written as one become organisations. Returns acronym to group. */
    private static Map<String, Group> acronyms(List<Article> articles, List<Item> items, List<Group> groups) {
        Map<String, Group> defined = new LinkedHashMap<>();
        Map<String, Item> byForm = new HashMap<>();
        for (Item item : new ArrayList<>(items)) {
            if (item.type != EntityType.ORG && item.type != EntityType.OTHER) {
                continue;
            }
            String text = articles.get(item.article).text();
            String after = text.substring(item.rawEnd);
            Matcher m = ACRONYM_AFTER.matcher(after);
            String acronym = null;
            String longForm = null;
            if (m.find() && acronymLike(m.group(1)) && !acronymLike(item.form)
                    && definesAcronym(item.form, m.group(1))) {
                acronym = m.group(1).replace(".", "");
                longForm = item.form;
            } else if (acronymLike(item.form)) {
                Matcher l = LONG_FORM_AFTER.matcher(after);
                if (l.find() && initials(l.group(1)).equals(item.form.replace(".", ""))) {
                    acronym = item.form.replace(".", "");
                    longForm = l.group(1);
                }
            }
            if (acronym == null || defined.containsKey(acronym)) {
                continue;
            }
            Group g = new Group(EntityType.ORG);
            g.aliases.add(acronym);
            g.aliases.add(longForm);
            defined.put(acronym, g);
            groups.add(g);
            byForm.put(longForm, item);
        }
        if (defined.isEmpty()) {
            return defined;
        }
        // every use of the acronym or the long form in the document joins the group, found by the tagger or not
        for (Map.Entry<String, Group> e : defined.entrySet()) {
            String acronym = e.getKey();
            Group g = e.getValue();
            Set<String> forms = new HashSet<>(g.aliases);
            for (Item item : items) {
                if (item.group == null && (forms.contains(item.form) || forms.contains(item.form.replace(".", "")))) {
                    item.type = EntityType.ORG;
                    item.group = g;
                    g.items.add(item);
                }
            }
            Pattern word = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(acronym) + "(?![\\p{L}\\p{N}])");
            for (int a = 0; a < articles.size(); a++) {
                String text = articles.get(a).text();
                Matcher m = word.matcher(text);
                while (m.find()) {
                    if (!covered(items, a, m.start(), m.end())) {
                        Item added = new Item(a, m.start(), m.end(), m.end(), acronym, EntityType.ORG);
                        added.group = g;
                        g.items.add(added);
                        items.add(added);
                    }
                }
            }
        }
        items.sort(Comparator.comparingInt((Item i) -> i.article).thenComparingInt(i -> i.start).thenComparingInt(i -> i.end));
        for (Group g : defined.values()) {
            g.items.sort(Comparator.comparingInt((Item i) -> i.article).thenComparingInt(i -> i.start));
        }
        return defined;
    }

    private static boolean covered(List<Item> items, int article, int start, int end) {
        for (Item i : items) {
            if (i.article == article && i.start < end && start < i.end) {
                return true;
            }
        }
        return false;
    }

    /** Two to twelve characters, mostly capitals: "GRU", "SES", "U.N.", "NATO", "OSCE", "SBU". */
    static boolean acronymLike(String s) {
        String t = s.replace(".", "").replace("&", "");
        if (t.length() < 2 || t.length() > 12 || t.contains(" ")) {
            return false;
        }
        int upper = 0;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (Character.isUpperCase(c)) {
                upper++;
            } else if (!Character.isLetterOrDigit(c) && c != '-') {
                return false;
            }
        }
        return upper >= 2 && upper * 2 >= t.length() && Character.isUpperCase(t.charAt(0));
    }

    /**
     * Whether "Long Form (ACR)" defines ACR: its letters are the long form's initials, or the long form is a name
     * of two or more capitalised words (acronyms of transliterated names: "Main Intelligence Directorate (GRU)").
     */
    static boolean definesAcronym(String longForm, String acronym) {
        String a = acronym.replace(".", "");
        if (initials(longForm).equalsIgnoreCase(a) || initialsAll(longForm).equalsIgnoreCase(a)) {
            return true;
        }
        String[] words = Sentences.SPACES.split(longForm);
        int capitalised = 0;
        for (String w : words) {
            if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) {
                capitalised++;
            } else if (!FUNCTION_WORDS.contains(w.toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        return capitalised >= 2 && Lexicon.shared().demonym(a) == null;
    }

    private static String initials(String longForm) {
        StringBuilder b = new StringBuilder();
        for (String w : WORDS_AND_HYPHENS.split(longForm)) {
            if (!w.isEmpty() && !FUNCTION_WORDS.contains(w.toLowerCase(Locale.ROOT)) && Character.isLetter(w.charAt(0))) {
                b.append(Character.toUpperCase(w.charAt(0)));
            }
        }
        return b.toString();
    }

    private static String initialsAll(String longForm) {
        StringBuilder b = new StringBuilder();
        for (String w : WORDS_AND_HYPHENS.split(longForm)) {
            if (!w.isEmpty() && Character.isLetter(w.charAt(0))) {
                b.append(Character.toUpperCase(w.charAt(0)));
            }
        }
        return b.toString();
    }

    // ---------------------------------------------------------------- people

    private static void people(List<Item> items, List<Group> groups) {
        List<Group> full = new ArrayList<>();
        Map<String, List<Group>> index = new HashMap<>();
        for (Item item : items) {
            if (item.type != EntityType.PERSON || item.group != null || !item.person.isFull()) {
                continue;
            }
            Group best = null;
            double bestDistance = NameMatcher.NO;
            for (Group g : candidates(index, item.person.family())) {
                double d = NameMatcher.fullNames(g.anchor, item.person);
                if (d < bestDistance || (d == bestDistance && best != null && full.indexOf(g) < full.indexOf(best))) {
                    best = g;
                    bestDistance = d;
                }
            }
            if (best == null) {
                best = new Group(EntityType.PERSON);
                best.anchor = item.person;
                full.add(best);
                groups.add(best);
            }
            item.group = best;
            best.items.add(item);
            for (String key : CorpusResolver.blockKeys(item.person.family())) {
                List<Group> at = index.computeIfAbsent(key, k -> new ArrayList<>());
                if (!at.contains(best)) {
                    at.add(best);
                }
            }
        }
        List<Group> surnames = new ArrayList<>();
        for (Item item : items) {
            if (item.type != EntityType.PERSON || item.group != null) {
                continue;
            }
            List<Group> candidates = new ArrayList<>();
            for (Group g : candidates(index, item.person.parts())) {
                for (Item member : g.items) {
                    if (member.person.isFull() && NameMatcher.surnameOf(item.person, member.person) != NameMatcher.NO) {
                        candidates.add(g);
                        break;
                    }
                }
            }
            Group chosen = null;
            if (candidates.size() == 1) {
                chosen = candidates.getFirst();
            } else if (candidates.size() > 1) {
                // two people of one surname: the one named most recently before
                Item latest = null;
                for (Group g : candidates) {
                    for (Item member : g.items) {
                        if (before(member, item) && (latest == null || before(latest, member))) {
                            latest = member;
                        }
                    }
                }
                chosen = latest == null ? null : latest.group;
            }
            if (chosen == null) {
                for (Group g : surnames) {
                    if (NameMatcher.surnames(g.anchor, item.person) != NameMatcher.NO) {
                        chosen = g;
                        break;
                    }
                }
            }
            if (chosen == null) {
                chosen = new Group(EntityType.PERSON);
                chosen.anchor = item.person;
                surnames.add(chosen);
                groups.add(chosen);
            }
            item.group = chosen;
            chosen.items.add(item);
        }
    }

    /** The groups indexed under any of the words' sound-class keys, in the order they were made. */
    private static List<Group> candidates(Map<String, List<Group>> index, List<PersonName.Part> parts) {
        Set<Group> out = new java.util.LinkedHashSet<>();
        for (String key : CorpusResolver.blockKeys(parts)) {
            List<Group> at = index.get(key);
            if (at != null) {
                out.addAll(at);
            }
        }
        return new ArrayList<>(out);
    }

    private static boolean before(Item a, Item b) {
        return a.article < b.article || (a.article == b.article && a.start < b.start);
    }

    // ---------------------------------------------------------------- organisations and the rest

    private static void others(List<Item> items, List<Group> groups, Map<String, Group> acronyms) {
        Map<String, Group> byKey = new HashMap<>();
        for (Map.Entry<String, Group> e : acronyms.entrySet()) {
            for (String alias : e.getValue().aliases) {
                byKey.put(EntityType.ORG + ":" + OrgName.key(alias), e.getValue());
            }
        }
        for (Item item : items) {
            if (item.group != null || item.type == EntityType.PERSON) {
                continue;
            }
            String key = item.type + ":" + (item.type == EntityType.ORG ? OrgName.key(item.form) : Fold.words(item.form));
            Group g = byKey.get(key);
            if (g == null) {
                g = new Group(item.type);
                byKey.put(key, g);
                groups.add(g);
            }
            item.group = g;
            g.items.add(item);
        }
        // "Investigative Committee" is the document's "Investigative Committee of Russia" when that is the only one
        Map<String, List<Group>> byPrefix = new HashMap<>();
        List<Map.Entry<String, Group>> orgs = new ArrayList<>();
        for (Map.Entry<String, Group> e : byKey.entrySet()) {
            if (e.getKey().startsWith(EntityType.ORG + ":")) {
                orgs.add(e);
            }
        }
        orgs.sort(Map.Entry.comparingByKey());
        for (Map.Entry<String, Group> e : orgs) {
            String[] words = e.getKey().substring(4).split(" ");
            for (int n = 2; n < words.length; n++) {
                String prefix = String.join(" ", List.of(words).subList(0, n));
                byPrefix.computeIfAbsent(prefix, k -> new ArrayList<>()).add(e.getValue());
            }
        }
        for (Map.Entry<String, Group> e : orgs) {
            List<Group> longer = byPrefix.get(e.getKey().substring(4));
            if (longer == null || e.getValue().items.isEmpty()) {
                continue;
            }
            Set<Group> distinct = new HashSet<>(longer);
            distinct.remove(e.getValue());
            if (distinct.size() == 1) {
                Group target = distinct.iterator().next();
                for (Item i : e.getValue().items) {
                    i.group = target;
                    target.items.add(i);
                }
                target.aliases.addAll(e.getValue().aliases);
                e.getValue().items.clear();
                target.items.sort(Comparator.comparingInt((Item i) -> i.article).thenComparingInt(i -> i.start));
            }
        }
    }

    // ---------------------------------------------------------------- dossier

    private static void dossier(List<Article> articles, Sentences[] sentences, Item item, List<Item> organisations) {
        Article article = articles.get(item.article);
        String text = article.text();
        Sentences s = sentences[item.article];
        int sentence = s.indexOf(item.start);
        item.before = Dossier.before(text, s.start(sentence), item.start);
        if (item.before.aliasStart() >= 0) {
            item.group.aliases.add(text.substring(item.before.aliasStart(), item.end));
        }
        List<Dossier.Fact> facts = new ArrayList<>(item.before.facts());
        if (item.rawEnd == item.end && item.end <= s.end(sentence)) {
            facts.addAll(Dossier.after(text, item.end, s.end(sentence)));
        }
        for (Dossier.Fact f : facts) {
            item.group.fact(f.key(), f.value(), article.id());
            if (f.key().equals("role")) {
                // an organisation named in the role is one the person belongs to
                for (Item org : organisations) {
                    if (org.start >= f.start() && org.end <= f.end()) {
                        item.group.fact("affiliation", longName(org), article.id());
                    }
                }
            }
        }
    }

    /** Descriptions and pronouns referring to people, and the facts stated of them sentence by sentence. */
    private static void references(Article article, int a, Sentences sentences, List<Item> items) {
        String text = article.text();
        List<Ref> refs = new ArrayList<>();
        List<Item> here = new ArrayList<>();
        for (Item i : items) {
            if (i.article != a) {
                continue;
            }
            here.add(i);
            if (i.type == EntityType.PERSON) {
                int chain = i.before == null ? i.start : i.before.chainStart();
                refs.add(new Ref(i.start, i.end, chain, sentences.indexOf(i.start), false, i.group));
            }
        }
        // a description may hold a demonym the tagger marked ("the [Russian] general"), not a name
        List<Item> names = here.stream().filter(i -> i.type == EntityType.PERSON || i.type == EntityType.ORG).toList();
        List<Ref> nominals = new ArrayList<>();
        Matcher n = NOMINAL.matcher(text);
        while (n.find()) {
            if (!follows(text, n.end()) || covered(names, a, n.start(), n.end())) {
                continue;
            }
            Ref r = new Ref(n.start(), n.end(), n.start(), sentences.indexOf(n.start()), false, null);
            nominals.add(r);
        }
        List<Ref> pronouns = new ArrayList<>();
        Matcher p = PRONOUN.matcher(text);
        while (p.find()) {
            pronouns.add(new Ref(p.start(), p.end(), p.start(), sentences.indexOf(p.start()), true, null));
        }
        List<Ref> all = new ArrayList<>(refs);
        all.addAll(nominals);
        all.addAll(pronouns);
        all.sort(Comparator.comparingInt((Ref r) -> r.start));
        boolean[] quoted = quoted(text);
        for (Ref r : all) {
            r.quoted = quoted[r.start];
        }
        Set<Group> people = new java.util.LinkedHashSet<>();
        for (Item i : items) {
            if (i.type == EntityType.PERSON && i.group != null) {
                people.add(i.group);
            }
        }
        List<Ref> resolved = new ArrayList<>();
        for (Ref r : all) {
            if (r.group == null && !r.pronoun) {
                Matcher m = NOMINAL.matcher(text).region(r.start, r.end);
                if (m.lookingAt()) {
                    r.group = m.group(1).equalsIgnoreCase("its")
                            ? possessed(text, sentences, here, people, resolved, r, m.group(2), m.group(3))
                            : nominal(resolved, r, m.group(2), m.group(3), null);
                    if (r.group != null) {
                        r.group.references.add(new Mention(article.id(), new Span(r.start, r.end),
                                text.substring(r.start, r.end)));
                    }
                }
            } else if (r.pronoun) {
                for (int k = resolved.size() - 1; k >= 0; k--) {
                    Ref prev = resolved.get(k);
                    if (prev.sentence < r.sentence - 2) {
                        break;
                    }
                    if (prev.group != null) {
                        r.group = prev.group;
                        break;
                    }
                }
            }
            if (r.group != null) {
                resolved.add(r);
            }
        }
        SentenceFacts.find(article, sentences, resolved.stream().map(r -> new SentenceFacts.Ref(r.start, r.end,
                r.chainStart, r.sentence, r.pronoun, r.group)).toList(), here.stream()
                .filter(i -> i.type == EntityType.ORG || i.type == EntityType.PLACE)
                .map(i -> new SentenceFacts.Named(i.start, i.end, i.form, longName(i), i.type == EntityType.ORG))
                .toList(), (g, key, value) ->
                ((Group) g).fact(key, value, article.id()));
    }

    /** An organisation's name in full: the long form its document defines an acronym for, else as written. */
    private static String longName(Item org) {
        if (org.group != null && acronymLike(org.form)) {
            for (String alias : org.group.aliases) {
                if (!acronymLike(alias)) {
                    return alias;
                }
            }
        }
        return org.form;
    }

    /** Whether a description ending at {@code end} stands alone ("the general a speedy recovery", "the general."). */
    private static boolean follows(String text, int end) {
        if (end >= text.length()) {
            return true;
        }
        char c = text.charAt(end);
        if (c == '-' || Character.isLetterOrDigit(c)) {
            return false;
        }
        if (c != ' ') {
            return true;
        }
        int s = end + 1;
        int e = s;
        while (e < text.length() && Character.isLetter(text.charAt(e))) {
            e++;
        }
        String next = text.substring(s, e);
        return !next.isEmpty() && (FOLLOW.contains(next) || (next.endsWith("ed") && next.length() > 4));
    }

    /**
     * The person a role noun such as "the Russian general" refers to, among the people referred to in the ten
     * sentences before it in its dispatch.
     *
     * <p>A candidate holds the role (a title or role fact with the head word and every role modifier) and is not
     * contradicted by a country modifier: "the Ukrainian president" is no one tied to another country only. When some
     * candidates are tied to the modifier's country (by nationality, or a country in a title, role or affiliation),
     * only they remain. The most recent candidate wins, recency counted on references outside quotation marks first
     * (a name in someone's quoted words does not make the narrative's antecedent). Design decision: when the
     * runner-up was referred to in the same or the adjacent sentence as the winner, the role noun is ambiguous and
     * stays unresolved rather than guessed.
     *
     * @param allowed when not null, only these people may be the antecedent
     */
    private static Group nominal(List<Ref> resolved, Ref r, String modifiers, String head, Set<Group> allowed) {
        Lexicon lex = Lexicon.shared();
        String nationality = null;
        List<String> required = new ArrayList<>();
        for (String w : Sentences.SPACES.split(modifiers.strip())) {
            if (w.isEmpty()) {
                continue;
            }
            String demonym = Character.isUpperCase(w.charAt(0)) ? lex.demonym(w) : null;
            if (demonym != null) {
                nationality = demonym;
            } else if (lex.isRoleWord(w.toLowerCase(Locale.ROOT))) {
                required.add(w.toLowerCase(Locale.ROOT));
            } else {
                return null;
            }
        }
        // each candidate's latest reference: outside quotation marks, else any
        Map<Group, Ref> narrative = new LinkedHashMap<>();
        Map<Group, Ref> anywhere = new LinkedHashMap<>();
        for (int k = resolved.size() - 1; k >= 0; k--) {
            Ref prev = resolved.get(k);
            if (prev.sentence < r.sentence - 10) {
                break;
            }
            Group g = prev.group;
            if (g == null || g.type != EntityType.PERSON || !g.hasFactWord(head)
                    || (allowed != null && !allowed.contains(g)) || !required.stream().allMatch(g::hasFactWord)) {
                continue;
            }
            if (nationality != null && !g.countries().isEmpty() && !g.countries().contains(nationality)) {
                continue;
            }
            anywhere.putIfAbsent(g, prev);
            if (!prev.quoted) {
                narrative.putIfAbsent(g, prev);
            }
        }
        if (nationality != null) {
            String n = nationality;
            if (anywhere.keySet().stream().anyMatch(g -> g.countries().contains(n))) {
                anywhere.keySet().removeIf(g -> !g.countries().contains(n));
                narrative.keySet().removeIf(g -> !g.countries().contains(n));
            }
        }
        List<Ref> ranked = new ArrayList<>(narrative.values());
        anywhere.forEach((g, ref) -> {
            if (!narrative.containsKey(g)) {
                ranked.add(ref);
            }
        });
        if (ranked.isEmpty()) {
            return null;
        }
        if (ranked.size() > 1 && ranked.get(0).quoted == ranked.get(1).quoted
                && ranked.get(0).sentence - ranked.get(1).sentence <= 1) {
            return null;
        }
        return ranked.getFirst().group;
    }

    /**
     * The person "its president" refers to: the holder of the role tied to the organisation or country named just
     * before "its" in the sentence ("Ukraine and its president"). The one such person of the document, else the most
     * recent of them as {@link #nominal} ranks them.
     */
    private static Group possessed(String text, Sentences sentences, List<Item> here, Set<Group> people,
                                   List<Ref> resolved, Ref r, String modifiers, String head) {
        Item owner = null;
        int sentenceStart = sentences.start(r.sentence);
        for (Item i : here) {
            if (i.end <= r.start && i.start >= sentenceStart && (i.type == EntityType.ORG || i.type == EntityType.PLACE)) {
                owner = i;
            }
        }
        if (owner == null || r.start - owner.rawEnd > 40) {
            return null;
        }
        Set<Group> holders = new java.util.LinkedHashSet<>();
        String demonym = owner.type == EntityType.PLACE ? Lexicon.shared().demonym(owner.form) : null;
        String ownerName = longName(owner).toLowerCase(Locale.ROOT);
        for (Group g : people) {
            if (!g.hasFactWord(head)) {
                continue;
            }
            boolean tied = demonym != null ? g.countries().contains(demonym) : g.facts.values().stream()
                    .anyMatch(f -> (f.key().equals("affiliation") || f.key().equals("role"))
                            && f.value().toLowerCase(Locale.ROOT).contains(ownerName));
            if (tied) {
                holders.add(g);
            }
        }
        if (holders.isEmpty()) {
            return null;
        }
        if (holders.size() == 1 && modifiers.isBlank()) {
            return holders.iterator().next();
        }
        return nominal(resolved, r, modifiers, head, holders);
    }

    /** Which text positions are inside quotation marks (curly or straight); a paragraph break closes a quote. */
    static boolean[] quoted(String text) {
        boolean[] out = new boolean[text.length() + 1];
        boolean inside = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\u201C') {
                inside = true;
            } else if (c == '\u201D') {
                inside = false;
            } else if (c == '"') {
                inside = !inside;
            } else if (c == '\n') {
                inside = false;
            }
            out[i] = inside;
        }
        return out;
    }

    // ---------------------------------------------------------------- output

    private static LocalEntity build(List<Article> articles, Group g) {
        List<Mention> mentions = new ArrayList<>();
        Map<String, Integer> counts = new HashMap<>();
        for (Item i : g.items) {
            String text = articles.get(i.article).text();
            mentions.add(new Mention(articles.get(i.article).id(), new Span(i.start, i.end), text.substring(i.start, i.end)));
            String form = g.type == EntityType.PERSON ? i.person.display() : i.form;
            counts.merge(form, 1, Integer::sum);
        }
        String name = Canonical.choose(g.type, counts);
        Set<String> aliases = new TreeSet<>(g.aliases);
        aliases.addAll(counts.keySet());
        for (Item i : g.items) {
            aliases.add(i.form);
        }
        aliases.remove(name);
        List<Attribute> attributes = new ArrayList<>();
        for (Fact f : g.facts.values()) {
            attributes.add(new Attribute(f.key(), f.value(), List.copyOf(f.sources())));
        }
        g.references.sort(Comparator.comparing(Mention::article).thenComparingInt(m -> m.span().start()));
        return new LocalEntity(g.type, name, List.copyOf(aliases), mentions, g.references, attributes);
    }
}
