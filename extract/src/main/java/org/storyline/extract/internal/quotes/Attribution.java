package org.storyline.extract.internal.quotes;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.storyline.model.Span;

/**
 * One act of saying found in an article, before its speaker is resolved: the speaker's phrase, the cue, and what
 * was said, in one or more parts (a quotation interrupted by its attribution, or running over paragraphs).
 */
final class Attribution {
    enum Kind {
        /** "Peskov said (that) X", "Peskov said: “X”". */
        BEFORE,
        /** "X, Peskov said", "“X,” he said". */
        AFTER,
        /** "X, said Peskov". */
        INVERTED,
        /** "X, Peskov said, Y". */
        INTERRUPTED,
        /** "…, adding that X": the speaker is the clause's subject. */
        PARTICIPLE,
        /** "according to X, Y" and "Y, according to X". */
        ACCORDING
    }

    final Kind kind;
    final int unit;
    /** The cue's tokens [cueFrom, cueTo), and the verb token itself. */
    final int cueFrom;
    int cueTo;
    final int verb;
    final Lexicon.Verb lemma;
    /** The speaker's phrase, or null until a participle's subject is found. */
    Phrase speaker;
    /** First and end token of the frame itself: speaker, cue, and the words skipped after the cue. */
    int frameFrom;
    int frameTo;
    /** Token range of the content, for the content decided within the unit; -1 when taken from elsewhere. */
    int contentFrom = -1;
    int contentTo = -1;
    /** Whether the content follows the frame (the frame comes first). */
    boolean after;
    /** Where the content resumes after an interrupting frame ("X, he said, Y"), or -1. */
    int interruptedFrom = -1;
    /** The token opening a quotation that continues after the frame ("“A,” he said, “b”"), or -1. */
    int splitFrom = -1;
    /** What was said: character spans, in order. */
    final List<Span> parts = new ArrayList<>();
    /** The parts that are quotations (the words inside quotation marks). */
    final Set<Span> quoted = new HashSet<>();
    /** The token ranges the parts came from (for hedges and conflicts). */
    final List<int[]> partTokens = new ArrayList<>();
    /** The last unit holding a part: a continuation may follow it. */
    int lastUnit;
    /** Content follows in the next unit ("Peskov said:" ending a paragraph). */
    boolean pendingColon;
    String hedge;

    Attribution(Kind kind, int unit, int cueFrom, int cueTo, int verb, Lexicon.Verb lemma) {
        this.kind = kind;
        this.unit = unit;
        this.cueFrom = cueFrom;
        this.cueTo = cueTo;
        this.verb = verb;
        this.lemma = lemma;
        this.lastUnit = unit;
    }

    void addQuoted(List<Span> spans) {
        parts.addAll(spans);
        quoted.addAll(spans);
    }

    boolean direct() {
        return !quoted.isEmpty();
    }
}
