package org.storyline.extract.internal.quotes;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The English words quote finding is built from: verbs of saying and their inflections, pronouns, determiners,
 * the small words that end a noun phrase, and the nouns that name a speaker's role.
 *
 * <p>All lookups take lower-case words; curly apostrophes are written straight before lookup.
 */
final class Lexicon {
    private Lexicon() {
    }

    /** How a verb of saying takes what is said. */
    enum Frame {
        /** "said (that) X", "“X,” he said", "said: “X”". */
        SAY,
        /** "told reporters (that) X", "“X,” she told CNN": an addressee first. */
        TELL,
        /** "asked whether X", "“X?” he asked", "asked them to X". */
        ASK,
        /** Only with a quotation ("he continued: “X”", "“X,” she recalled"). */
        QUOTE_ONLY,
        /** "accused X of Y", "urged X to Y", "called X Y", "described X as Y": the object is part of the content. */
        OBJECT
    }

    /** A verb of saying: its lemma and how it takes its content. */
    record Verb(String lemma, Frame frame) {
    }

    private static final Set<String> DOUBLING = Set.of("admit", "quip", "snap", "concur", "chat", "regret", "commit",
            "rebut", "refer");

    private static final Map<String, Verb> FORMS = new HashMap<>();

    static {
        verbs(Frame.SAY, "say", "add", "claim", "state", "report", "announce", "write", "reply", "argue", "insist",
                "warn", "note", "explain", "deny", "admit", "confirm", "suggest", "acknowledge", "declare", "predict",
                "allege", "testify", "tweet", "post", "respond", "comment", "promise", "vow", "assert", "contend",
                "concede", "stress", "emphasize", "emphasise", "mention", "reveal", "recall", "remark", "observe",
                "complain", "boast", "joke", "quip", "retort", "threaten", "pledge", "reiterate", "answer", "caution",
                "charge", "counter", "exclaim", "shout", "maintain", "estimate", "conclude", "indicate",
                "signal", "disclose", "reason", "recount", "lament", "hint", "speculate", "guarantee", "assure",
                "write", "proclaim", "affirm", "acknowledge", "specify", "clarify", "predict", "forecast", "yell",
                "scream", "whisper", "tease", "brag", "muse", "opine", "gush", "sigh", "snap", "vent", "fume",
                "protest", "surmise", "posit", "theorize", "theorise", "confess", "reassure", "acknowledge", "recount", "relate", "contend");
        verbs(Frame.TELL, "tell", "inform", "remind", "assure", "warn", "promise");
        verbs(Frame.ASK, "ask", "wonder", "question", "demand");
        verbs(Frame.QUOTE_ONLY, "continue", "read", "begin", "echo", "repeat", "go", "put", "conclude", "write",
                "explain", "add", "chime", "interject", "interrupt", "cheer", "chant", "shrug", "laugh", "sing",
                "recite", "bark", "boom", "beam", "jeer", "gloat", "scoff", "crack", "demur", "retaliate", "blare",
                "react", "gush", "rave", "rant", "marvel", "enthuse", "exult", "plead", "beg", "cry", "roar",
                "bellow", "thunder", "growl", "sneer", "mutter", "murmur", "grumble", "chuckle", "deadpan", "intone",
                "riff", "reflect", "reminisce", "confide", "preach", "implore", "smile", "grin", "huff", "quote",
                "summarize", "summarise", "lecture", "editorialize", "elaborate", "persist", "note");
        verbs(Frame.OBJECT, "accuse", "urge", "call", "describe", "blame", "praise", "criticize", "criticise",
                "condemn", "slam", "blast", "dismiss", "deride", "mock", "defend", "label", "brand", "dub", "credit",
                "thank", "applaud", "chastise", "rebuke", "attack", "endorse", "reject", "question", "tout");
    }

    private static void verbs(Frame frame, String... lemmas) {
        for (String lemma : lemmas) {
            for (String form : inflections(lemma)) {
                // The first frame named for a form wins: SAY before QUOTE_ONLY for "write", "add", "explain".
                FORMS.putIfAbsent(form, new Verb(lemma, frame));
            }
        }
    }

    /** The forms of a regular English verb, with the irregular ones verbs of saying have. */
    static List<String> inflections(String lemma) {
        Set<String> out = new HashSet<>();
        out.add(lemma);
        switch (lemma) {
            case "say" -> out.addAll(List.of("says", "said", "saying"));
            case "tell" -> out.addAll(List.of("tells", "told", "telling"));
            case "write" -> out.addAll(List.of("writes", "wrote", "written", "writing"));
            case "speak" -> out.addAll(List.of("speaks", "spoke", "spoken", "speaking"));
            case "read" -> out.addAll(List.of("reads", "reading"));
            case "begin" -> out.addAll(List.of("begins", "began", "begun", "beginning"));
            case "go" -> out.addAll(List.of("goes", "went", "going"));
            case "put" -> out.addAll(List.of("puts", "putting"));
            case "sing" -> out.addAll(List.of("sings", "sang", "singing"));
            case "forecast" -> out.addAll(List.of("forecasts", "forecasting"));
            default -> regular(lemma, out);
        }
        return List.copyOf(out);
    }

    private static void regular(String lemma, Set<String> out) {
        char last = lemma.charAt(lemma.length() - 1);
        String stem = lemma.substring(0, lemma.length() - 1);
        if (DOUBLING.contains(lemma)) {
            out.add(lemma + "s");
            out.add(lemma + last + "ed");
            out.add(lemma + last + "ing");
        } else if (last == 'e') {
            out.add(lemma + "s");
            out.add(lemma + "d");
            out.add(stem + "ing");
        } else if (last == 'y' && !"aeiou".contains(String.valueOf(lemma.charAt(lemma.length() - 2)))) {
            out.add(stem + "ies");
            out.add(stem + "ied");
            out.add(lemma + "ing");
        } else if (lemma.endsWith("s") || lemma.endsWith("sh") || lemma.endsWith("ch") || lemma.endsWith("x")
                || lemma.endsWith("z")) {
            out.add(lemma + "es");
            out.add(lemma + "ed");
            out.add(lemma + "ing");
        } else {
            out.add(lemma + "s");
            out.add(lemma + "ed");
            out.add(lemma + "ing");
        }
    }

    /** Verbs of saying made of a verb and a particle: "shot back", "pointed out", "chimed in". */
    private static final Map<String, Verb> PHRASAL = new HashMap<>();

    static {
        phrasal("back", Frame.QUOTE_ONLY, "shoot", "fire", "hit", "push", "snap", "write", "text", "tweet");
        phrasal("out", Frame.SAY, "point", "spell", "speak", "lash", "call", "cry", "blurt", "write");
        phrasal("in", Frame.QUOTE_ONLY, "cut", "chime", "weigh", "jump", "break", "pipe");
        phrasal("up", Frame.QUOTE_ONLY, "pipe", "speak", "sum");
        phrasal("on", Frame.QUOTE_ONLY, "go", "carry", "weigh");
    }

    private static void phrasal(String particle, Frame frame, String... lemmas) {
        for (String lemma : lemmas) {
            for (String form : inflections(lemma)) {
                PHRASAL.putIfAbsent(form + " " + particle, new Verb(lemma + " " + particle, frame));
            }
        }
        PHRASAL.put("shot " + particle, new Verb("shoot " + particle, frame));
    }

    /** The verb of saying a verb and its particle are, or null: "shot back", "pointed out". */
    static Verb phrasal(String lower, String next) {
        return PHRASAL.get(lower + " " + next);
    }

    /** The verb of saying a word is a form of, or null. */
    static Verb verb(String lower) {
        return FORMS.get(lower);
    }

    /** Base forms that are also common nouns ("a claim", "the report"): need an auxiliary or plural subject. */
    static boolean baseForm(String lower, Verb v) {
        return lower.equals(v.lemma());
    }

    static final Set<String> PERSONAL = set("he", "she", "they", "it", "we", "i", "you");

    static final Set<String> DETERMINERS = set("the", "a", "an", "this", "these", "those", "his", "her", "its",
            "their", "our", "my", "your", "some", "many", "several", "other", "another", "both", "all", "most", "each",
            "every", "no", "few", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
            "dozens", "hundreds", "thousands", "any", "such", "more", "fellow", "former", "then", "acting", "top",
            "senior", "local", "foreign", "state");

    /** Words that start an article-level noun phrase and stop a leftward scan after them. */
    static final Set<String> NP_OPENERS = set("the", "a", "an", "this", "these", "those", "his", "her", "its",
            "their", "our", "my", "your", "some", "many", "several", "another", "both", "all", "most", "each", "every",
            "no", "any", "such");

    /** Words that cannot be inside a speaker's noun phrase: a leftward scan stops before them. */
    static final Set<String> NP_STOPS = set(
            // prepositions (not "of", which joins "spokesman of the ministry")
            "in", "on", "at", "to", "for", "with", "from", "by", "about", "after", "before", "during", "since", "as",
            "than", "like", "over", "under", "into", "through", "against", "between", "among", "without", "within",
            "via", "per", "upon", "across", "behind", "beyond", "near", "toward", "towards", "around", "amid",
            "despite", "following", "including", "unlike", "regarding", "concerning", "off", "out", "up", "down",
            // conjunctions and clause words
            "and", "or", "but", "nor", "because", "while", "when", "if", "although", "though", "so", "until", "unless",
            "whether", "where", "that", "which", "who", "whom", "whose", "what", "how", "why", "then", "yet",
            "once", "whereas", "meanwhile", "however", "also", "instead", "here", "there", "now", "not", "n't",
            // verbs and auxiliaries
            "is", "are", "was", "were", "be", "been", "being", "am", "'m", "'re", "'ve", "'d", "'ll",
            "has", "have", "had", "having", "do", "does", "did", "done", "will", "would", "can", "could", "should",
            "may", "might", "must", "shall", "get", "got", "gets", "make", "made", "makes", "take", "took", "came",
            "come", "went", "go", "goes", "see", "saw", "seen", "know", "knew", "think", "thought", "want", "wanted",
            "let", "just", "even", "still", "only", "very", "too", "really", "never", "always", "already", "again",
            "ago", "today", "yesterday", "tomorrow", "tonight", "it", "him", "them", "me", "us", "himself", "herself",
            "themselves", "itself", "there", "said", "says", "say", "told", "asked", "added", "according", "reported",
            "wrote", "against");

    /** Words that may stand between a speaker and the verb: "he also said", "she has repeatedly said". */
    static final Set<String> BETWEEN = set("also", "has", "have", "had", "'s", "was", "is", "were", "are",
            "would", "will", "could", "can", "may", "might", "should", "did", "does", "do", "not", "n't", "never",
            "later", "then", "previously", "recently", "repeatedly", "publicly", "privately", "once", "again",
            "earlier", "further", "reportedly", "allegedly", "separately", "subsequently", "initially", "first",
            "finally", "simply", "just", "even", "still", "already", "often", "frequently", "immediately", "quickly",
            "openly", "falsely", "wrongly", "baselessly", "angrily", "flatly", "long", "since", "ever", "always",
            "yet", "too", "now", "however", "last", "had", "been", "widely", "loudly", "bluntly", "forcefully",
            "flatly", "tersely", "curtly", "calmly", "categorically", "emphatically", "explicitly", "directly",
            "specifically", "clearly", "correctly", "incorrectly", "accurately", "erroneously", "mistakenly",
            "rightly", "personally", "formally", "officially", "sharply", "strongly", "firmly", "confidently",
            "proudly", "candidly", "jokingly", "sarcastically", "wryly", "insistently", "privately", "herself",
            "himself", "themselves", "itself", "both", "all", "each", "originally", "actually", "indeed", "famously",
            "memorably", "simply", "optimistically", "defiantly", "cautiously", "tearfully", "emotionally", "passionately");

    /** Days and day parts that may follow a verb of saying without a preposition ("said Tuesday"). */
    static final Set<String> TIME_WORDS = set("monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
            "sunday", "yesterday", "today", "tonight", "earlier", "later", "recently", "afterwards", "afterward",
            "morning", "afternoon", "evening", "night", "week", "month", "year", "weekend", "day", "last", "this",
            "next", "late", "early", "overnight", "previously", "again", "repeatedly", "also", "too", "then", "now",
            "once", "separately", "privately", "publicly", "jan.", "feb.", "aug.", "sept.", "oct.", "nov.", "dec.",
            "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
            "november", "december", "on", "in", "at", "during", "after", "before");

    /** Words after which a verb of saying is a participle, not a finite verb: "was told", "has been reported". */
    static final Set<String> PASSIVE = set("is", "are", "was", "were", "be", "been", "being", "'s", "get", "got",
            "gets", "getting");

    /** Pronouns and nouns naming whom something was told: "told reporters", "told him". */
    static final Set<String> ADDRESSEES = set("me", "him", "her", "them", "us", "you", "reporters", "journalists",
            "lawmakers", "supporters", "listeners", "viewers", "readers", "parliament", "congress", "senators",
            "voters", "members", "students", "delegates", "crowds", "attendees", "the", "a", "an", "his", "their",
            "its", "our", "my");

    /** Leading words of a sentence-initial adverbial ("After the meeting, X said"): not content. */
    static final Set<String> ADVERBIAL_OPENERS = set("back", "after", "before", "in", "on", "at", "during", "when", "while",
            "as", "since", "following", "asked", "speaking", "earlier", "later", "meanwhile", "however", "but", "and",
            "yet", "also", "still", "then", "now", "today", "yesterday", "separately", "elsewhere", "asked", "pressed",
            "writing", "responding", "addressing", "despite", "unlike", "like", "for", "with", "without", "from",
            "by", "under", "over", "amid", "last", "this", "on", "in", "instead", "indeed", "moreover", "furthermore",
            "similarly", "likewise", "nevertheless", "nonetheless", "still", "so", "thus", "hence", "overall",
            "previously", "initially", "first", "finally", "ultimately", "later", "then", "tuesday", "monday",
            "wednesday", "thursday", "friday", "saturday", "sunday", "according", "in", "through", "throughout",
            "once", "if", "although", "though", "because", "until", "whereas", "where", "upon", "across", "about",
            "toward", "towards", "against", "between", "among", "within", "outside", "inside", "near", "beyond");

    /** Nouns for a speaker's office or role: "the mayor", "the Kremlin spokesperson", "the president". */
    static final Set<String> ROLES = set("president", "mayor", "minister", "spokesman", "spokeswoman",
            "spokesperson", "governor", "senator", "secretary", "chancellor", "chief", "commander", "general",
            "director", "leader", "ambassador", "envoy", "candidate", "nominee", "king", "queen", "pope", "judge",
            "prosecutor", "sheriff", "chairman", "chairwoman", "chair", "ceo", "founder", "premier", "head",
            "congressman", "congresswoman", "representative", "lawmaker", "speaker", "adviser", "advisor", "aide",
            "attorney", "lawyer", "official", "manager", "officer", "coach", "author", "reporter", "analyst",
            "economist", "professor", "researcher", "expert", "emperor", "prince", "princess", "patriarch", "bishop",
            "cardinal", "rabbi", "imam", "monarch", "strategist", "pollster", "historian", "editor", "host",
            "columnist", "correspondent", "diplomat", "negotiator", "mediator", "deputy", "vice", "mogul",
            "billionaire", "businessman", "businesswoman", "activist", "actor", "actress", "singer", "star",
            "commissioner", "administrator", "superintendent", "inspector", "auditor", "ombudsman", "rapporteur",
            "spokespeople", "chancellor", "councillor", "councilman", "councilwoman", "councilor", "legislator",
            "premier", "dictator", "strongman", "warlord", "colonel", "lieutenant", "sergeant", "captain", "major",
            "admiral", "marshal", "generalissimo", "ruler", "sultan", "emir", "sheikh", "cleric", "ayatollah");

    /**
     * Nouns for a kind of organisation that stand before its name: "state news agency TASS", "broadcaster NRK",
     * "the pollster Gallup".
     */
    static final Set<String> ORGANISATION_KINDS = set("agency", "news", "outlet", "broadcaster", "newspaper",
            "daily", "weekly", "tabloid", "channel", "network", "station", "television", "tv", "radio", "website",
            "portal", "magazine", "publication", "publisher", "wire", "service", "media", "company", "firm",
            "operator", "group", "carrier", "airline", "bank", "insurer", "regulator", "watchdog", "monitor",
            "charity", "organisation", "organization", "broadcasting", "pollster", "giant", "maker", "producer",
            "utility", "union", "party", "ministry", "institute", "foundation", "tank", "state", "government",
            "official", "online", "private", "independent", "opposition", "investigative");

    /** Nouns for people as a group, speakers that stand without a determiner: "officials said". */
    static final Set<String> GROUP_SPEAKERS = set("officials", "investigators", "police", "authorities",
            "prosecutors", "witnesses", "residents", "sources", "analysts", "experts", "critics", "observers",
            "diplomats", "lawmakers", "officers", "doctors", "rescuers", "activists", "protesters", "organizers",
            "organisers", "supporters", "opponents", "aides", "advisers", "advisors", "democrats", "republicans",
            "locals", "economists", "researchers", "scientists", "historians", "scholars", "commentators",
            "reporters", "journalists", "soldiers", "troops", "people", "voters", "officers", "medics", "paramedics",
            "firefighters", "volunteers", "teachers", "students", "parents", "workers", "employees", "leaders",
            "members", "spokespeople", "insiders", "strategists", "pollsters", "polls", "surveys", "studies",
            "data", "documents", "records", "reports", "allies", "partners", "neighbours", "neighbors", "families",
            "relatives", "friends", "colleagues", "survivors", "victims", "eyewitnesses", "bloggers", "sources");

    static final Set<String> FEMALE_TITLES = set("mrs.", "mrs", "ms.", "ms", "miss", "madam", "madame", "queen",
            "princess", "lady", "dame", "spokeswoman", "chairwoman", "congresswoman", "businesswoman",
            "councilwoman", "actress", "sister", "mother", "grandmother", "wife", "daughter", "duchess", "empress");
    static final Set<String> MALE_TITLES = set("mr.", "mr", "sir", "king", "prince", "lord", "spokesman",
            "chairman", "congressman", "businessman", "councilman", "brother", "father", "grandfather", "husband",
            "son", "duke", "emperor", "pope", "sheikh", "ayatollah", "imam", "rabbi");

    /** Common given names by sex, for he/she agreement; names not listed agree with both. */
    static final Set<String> FEMALE_NAMES = set("mary", "patricia", "linda", "barbara", "elizabeth", "jennifer",
            "maria", "susan", "margaret", "dorothy", "lisa", "nancy", "karen", "betty", "helen", "sandra", "donna",
            "carol", "ruth", "sharon", "michelle", "laura", "sarah", "kimberly", "deborah", "jessica", "shirley",
            "cynthia", "angela", "melissa", "brenda", "amy", "anna", "rebecca", "virginia", "kathleen", "pamela",
            "martha", "debra", "amanda", "stephanie", "carolyn", "christine", "marie", "janet", "catherine",
            "frances", "ann", "joyce", "diane", "alice", "julie", "heather", "teresa", "doris", "gloria", "evelyn",
            "jean", "cheryl", "mildred", "katherine", "joan", "ashley", "judith", "rose", "janice", "kelly", "nicole",
            "judy", "christina", "kathy", "theresa", "beverly", "denise", "tammy", "irene", "jane", "lori", "rachel",
            "marilyn", "andrea", "kathryn", "louise", "sara", "anne", "jacqueline", "wanda", "bonnie", "julia",
            "ruby", "lois", "tina", "phyllis", "norma", "paula", "diana", "annie", "lillian", "emily", "robin",
            "peggy", "crystal", "gladys", "rita", "dawn", "connie", "florence", "tracy", "edna", "tiffany", "carmen",
            "rosa", "cindy", "grace", "wendy", "victoria", "edith", "kim", "sherry", "sylvia", "josephine", "thelma",
            "shannon", "sheila", "ethel", "ellen", "elaine", "marjorie", "carrie", "charlotte", "monica", "esther",
            "pauline", "emma", "juanita", "anita", "rhonda", "hazel", "amber", "eva", "debbie", "april", "leslie",
            "clara", "lucille", "jamie", "joanne", "eleanor", "valerie", "danielle", "megan", "alicia", "suzanne",
            "michele", "gail", "bertha", "darlene", "veronica", "jill", "erin", "geraldine", "lauren", "cathy",
            "joann", "lorraine", "lynn", "sally", "regina", "erica", "beatrice", "dolores", "bernice", "audrey",
            "yvonne", "annette", "june", "samantha", "marion", "dana", "stacy", "ana", "renee", "ida", "vivian",
            "roberta", "holly", "brittany", "melanie", "loretta", "yolanda", "jeanette", "laurie", "katie",
            "kristen", "vanessa", "alma", "sue", "elsie", "beth", "jeanne", "hillary", "nikki", "condoleezza",
            "madeleine", "nancy", "elise", "kellyanne", "kamala", "ivanka", "melania", "chelsea", "huma", "hope",
            "sarah", "kirsten", "dianne", "olena", "olga", "iryna", "irina", "yulia", "yuliya", "natalia", "natalya",
            "tetiana", "tatiana", "tatyana", "oksana", "svetlana", "elena", "ekaterina", "kateryna", "marina",
            "ludmila", "lyudmila", "valentina", "galina", "larisa", "viktoria", "victoria", "ursula", "angela",
            "annalena", "giorgia", "marine", "kaja", "kristalina", "christine", "ilhan", "alexandria", "tulsi",
            "liz", "nikki", "marjorie", "lauren", "karine", "jen", "jennifer", "ketanji", "sonia", "elena", "amy",
            "kirstjen", "betsy", "gina", "janet", "jacinda", "theresa", "priti", "suella", "liz", "penny", "kemi",
            "maia", "sanna", "mette", "magdalena", "roberta", "dina", "hanna", "anna", "sophie", "chloe",
            "zoe", "fatima", "aisha", "leila", "layla", "mariam", "maryam", "noura", "rania", "yasmin", "samira",
            "benazir", "indira", "yingluck", "mira", "nadia", "nadiya",
            "daria", "darya", "alla", "inna", "zhanna", "ksenia", "sofia", "sofiya", "veronika", "alina", "polina",
            "anastasia", "yana", "lesia", "lesya", "halyna", "hanna", "liudmyla", "maryna", "oleksandra", "ivanna");
    static final Set<String> MALE_NAMES = set("james", "john", "robert", "michael", "william", "david", "richard",
            "charles", "joseph", "thomas", "christopher", "daniel", "paul", "mark", "donald", "george", "kenneth",
            "steven", "edward", "brian", "ronald", "anthony", "kevin", "jason", "matthew", "gary", "timothy", "jose",
            "larry", "jeffrey", "frank", "scott", "eric", "stephen", "andrew", "raymond", "gregory", "joshua",
            "jerry", "dennis", "walter", "patrick", "peter", "harold", "douglas", "henry", "carl", "arthur", "ryan",
            "roger", "joe", "juan", "jack", "albert", "jonathan", "justin", "terry", "gerald", "keith", "samuel",
            "willie", "ralph", "lawrence", "nicholas", "roy", "benjamin", "bruce", "brandon", "adam", "harry", "fred",
            "wayne", "billy", "steve", "louis", "jeremy", "aaron", "randy", "howard", "eugene", "carlos", "russell",
            "bobby", "victor", "martin", "ernest", "phillip", "todd", "jesse", "craig", "alan", "shawn", "clarence",
            "sean", "philip", "chris", "johnny", "earl", "jimmy", "antonio", "danny", "bryan", "tony", "luis",
            "mike", "stanley", "leonard", "nathan", "dale", "manuel", "rodney", "curtis", "norman", "allen",
            "marvin", "vincent", "glenn", "jeffery", "travis", "jeff", "chad", "jacob", "lee", "melvin", "alfred",
            "kyle", "francis", "bradley", "jesus", "herbert", "frederick", "ray", "joel", "edwin", "don", "eddie",
            "ricky", "troy", "randall", "barry", "alexander", "bernard", "mario", "leroy", "francisco", "marcus",
            "micheal", "theodore", "clifford", "miguel", "oscar", "jay", "jim", "tom", "calvin", "alex", "jon",
            "ronnie", "bill", "lloyd", "tommy", "leon", "derek", "warren", "darrell", "jerome", "floyd", "leo",
            "alvin", "tim", "wesley", "gordon", "dean", "greg", "jorge", "dustin", "pedro", "derrick", "dan",
            "lewis", "zachary", "corey", "herman", "maurice", "vernon", "roberto", "clyde", "glen", "hector",
            "shane", "ricardo", "sam", "rick", "lester", "brent", "ramon", "charlie", "tyler", "gilbert", "gene",
            "marc", "reginald", "ruben", "brett", "angel", "nathaniel", "rafael", "leslie", "edgar", "milton",
            "raul", "ben", "chester", "cecil", "duane", "franklin", "andre", "elmer", "brad", "gabriel", "ron",
            "mitchell", "roland", "arnold", "harvey", "jared", "adrian", "karl", "cory", "claude", "erik", "darryl",
            "neil", "christian", "javier", "fernando", "mathew", "tyrone",
            "darren", "lonnie", "lance", "cody", "julio", "kelly", "kurt", "allan", "nelson", "guy", "clayton",
            "hugh", "max", "dwayne", "dwight", "armando", "felix", "jimmie", "everett", "jordan", "ian", "wallace",
            "ken", "bob", "jaime", "casey", "alfredo", "alberto", "dave", "ivan", "johnnie", "sidney", "byron",
            "julian", "isaac", "morris", "clifton", "willard", "daryl", "ross", "virgil", "andy", "marshall",
            "salvador", "perry", "kirk", "sergio", "marion", "tracy", "seth", "kent", "terrance", "rene", "eduardo",
            "terrence", "enrique", "freddie", "wade", "barack", "bernie", "mitt", "newt", "marco", "ted", "rand",
            "jeb", "mitch", "reince", "rudy", "mike", "vladimir", "dmitry", "dmitri", "sergei", "sergey", "volodymyr",
            "dmytro", "andriy", "andrii", "oleksandr", "oleksiy", "mykhailo", "mykola", "vitali", "vitaliy", "ihor",
            "igor", "yuri", "yury", "viktor", "valery", "valeriy", "alexei", "alexey", "oleg", "boris", "ivan",
            "nikolai", "mikhail", "pavel", "petro", "taras", "vasyl", "yevgeny", "yevgeniy", "ramzan", "anatoly",
            "gennady", "konstantin", "maxim", "denis", "emmanuel", "olaf", "friedrich", "xi", "narendra", "recep",
            "benjamin", "benny", "yair", "naftali", "antony", "lloyd", "jake", "keir", "rishi",
            "volodymyr", "recep", "tayyip", "ali", "mohammed", "muhammad", "mohammad", "ahmed", "ahmad", "hassan",
            "hussein", "abdul", "abdullah", "omar", "khalid", "mahmoud", "ismail", "ibrahim", "yusuf", "mustafa",
            "kim", "joe", "kevin", "hakeem", "chuck", "lindsey", "elon", "pete", "marco", "jd", "steve", "tucker",
            "sean", "rex", "jared", "hunter", "beau", "tim", "josh", "ron", "greg", "brian", "matt", "kash", "rudy",
            "keith", "fyodor", "gleb", "yevgeny", "leonid", "arseniy", "petro", "kyrylo", "valerii", "serhiy",
            "serhii", "andrzej", "donald", "mateusz", "viktor", "robert", "frank", "kurt", "horst", "wolfgang");

    private static Set<String> set(String... words) {
        return Set.copyOf(new HashSet<>(List.of(words)));
    }

    /** Whether a word is capitalised (starts with an upper-case letter). */
    static boolean capitalised(String word) {
        return !word.isEmpty() && Character.isUpperCase(word.codePointAt(0));
    }

    /** Whether a token holds no letter or digit. */
    static boolean punctuation(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (Character.isLetterOrDigit(word.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** Lower case, curly apostrophes straightened. */
    static String normal(String word) {
        return word.toLowerCase(Locale.ROOT).replace('’', '\'').replace('‘', '\'');
    }
}
