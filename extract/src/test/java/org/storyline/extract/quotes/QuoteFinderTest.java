package org.storyline.extract.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.storyline.language.Language;
import org.storyline.model.Quote;

/**
 * Quotes and claims on invented sentences, one pattern a test: direct quotations in their forms, indirect speech,
 * speakers resolved within the article, cues, and the reporter's hedges.
 */
class QuoteFinderTest {
    static List<Quote> find(String text) {
        List<Quote> quotes = QuoteFinder.english().find("a1", text, Language.shared().annotate(text, null));
        for (Quote q : quotes) {
            assertThat(q.span().of(text)).as("quote text is its span").isEqualTo(q.text());
        }
        return quotes;
    }

    static Quote quote(List<Quote> quotes, String contains) {
        Optional<Quote> q = quotes.stream().filter(x -> x.text().contains(contains)).findFirst();
        assertThat(q).as("a quote containing '%s' among %s", contains, quotes).isPresent();
        return q.get();
    }

    @Test
    void curlyQuotationAfterItsSpeaker() {
        String text = "Harbour master Olga Lindqvist spoke at the pier. “The cranes will run again by March,” Lindqvist said.";
        Quote q = quote(find(text), "The cranes will run again");
        assertThat(q.direct()).isTrue();
        assertThat(q.text()).isEqualTo("The cranes will run again by March,");
        assertThat(q.speakerText()).isEqualTo("Olga Lindqvist");
        assertThat(q.speakerSpan().of(text)).isEqualTo("Lindqvist");
        assertThat(q.cue()).isEqualTo("said");
        assertThat(q.cueSpan().of(text)).isEqualTo("said");
        assertThat(q.speakerEntity()).isNull();
        assertThat(q.hedge()).isNull();
    }

    @Test
    void straightQuotesAndInvertedSpeaker() {
        String text = "\"We lost the whole harvest,\" said Pieter Vos, a farmer near the river.";
        Quote q = quote(find(text), "We lost the whole harvest");
        assertThat(q.direct()).isTrue();
        assertThat(q.speakerText()).isEqualTo("Pieter Vos");
    }

    @Test
    void doubledApostrophesQuoteToo() {
        String text = "''The bridge is safe,'' Mr. Okafor told reporters.";
        Quote q = quote(find(text), "The bridge is safe");
        assertThat(q.direct()).isTrue();
        assertThat(q.cue()).isEqualTo("told reporters");
    }

    @Test
    void splitQuotationSharesSpeakerAndCue() {
        String text = "“We are doing everything we can,” Velasquez said. “The crews have worked through the night.”";
        List<Quote> quotes = find(text);
        Quote first = quote(quotes, "We are doing everything");
        Quote second = quote(quotes, "The crews have worked");
        assertThat(second.speakerText()).isEqualTo("Velasquez");
        assertThat(second.cueSpan()).isEqualTo(first.cueSpan());
        assertThat(second.direct()).isTrue();
    }

    @Test
    void splitWithinOneSentence() {
        String text = "“The water rose within minutes,” said Ana Ruiz, “and we had nowhere to go.”";
        List<Quote> quotes = find(text);
        assertThat(quote(quotes, "and we had nowhere to go").speakerText()).isEqualTo("Ana Ruiz");
    }

    @Test
    void quotationOverSeveralParagraphs() {
        String text = "The commander addressed the troops.\n\n“We will not negotiate under fire.\n\n“And we will not surrender,” "
                + "the commander said.";
        List<Quote> quotes = find(text);
        assertThat(quote(quotes, "We will not negotiate").speakerText()).isEqualTo("the commander");
        assertThat(quote(quotes, "And we will not surrender").cueSpan())
                .isEqualTo(quote(quotes, "We will not negotiate").cueSpan());
    }

    @Test
    void colonIntroducesQuotation() {
        String text = "Mayor Jonas Keller wrote on Telegram: “Every street has power again.”";
        Quote q = quote(find(text), "Every street has power again");
        assertThat(q.direct()).isTrue();
        assertThat(q.cue()).isEqualTo("wrote on Telegram");
        assertThat(q.speakerText()).isEqualTo("Jonas Keller");
    }

    @Test
    void indirectSpeechWithThat() {
        String text = "Harbor Authority spokeswoman Maria Velasquez said that the ferry would resume service on Monday.";
        Quote q = quote(find(text), "the ferry would resume service on Monday");
        assertThat(q.direct()).isFalse();
        assertThat(q.speakerText()).isEqualTo("Maria Velasquez");
        assertThat(q.cue()).isEqualTo("said");
    }

    @Test
    void indirectSpeechAfterWhatWasSaid() {
        String text = "The talks will resume next week, the ministry said on Tuesday.";
        Quote q = quote(find(text), "The talks will resume next week");
        assertThat(q.speakerText()).isEqualTo("the ministry");
        assertThat(q.direct()).isFalse();
    }

    @Test
    void toldReportersAndWroteOnTelegram() {
        String text = "Interior Minister Tomas Ekdahl told reporters on Tuesday that the borders would stay open. "
                + "Governor Lena Ortiz wrote on Telegram that schools would reopen on Thursday.";
        List<Quote> quotes = find(text);
        Quote told = quote(quotes, "the borders would stay open");
        assertThat(told.cue()).isEqualTo("told reporters");
        assertThat(told.speakerText()).isEqualTo("Tomas Ekdahl");
        Quote wrote = quote(quotes, "schools would reopen");
        assertThat(wrote.cue()).isEqualTo("wrote on Telegram");
        assertThat(wrote.speakerText()).isEqualTo("Lena Ortiz");
    }

    @Test
    void claimedWithoutEvidence() {
        String text = "Interior Minister Tomas Ekdahl claimed without evidence that foreign agents were behind the blackout.";
        Quote q = quote(find(text), "foreign agents were behind the blackout");
        assertThat(q.cue()).isEqualTo("claimed");
        assertThat(q.hedge()).isEqualTo("without evidence");
        assertThat(q.text()).doesNotContain("evidence");
    }

    @Test
    void hedgesInTheFrame() {
        List<Quote> quotes = find("The suspect allegedly told neighbors he had planned the attack. "
                + "Governor Lena Ortiz said the dam had held, citing engineers at the site.");
        assertThat(quote(quotes, "he had planned the attack").hedge()).isEqualTo("allegedly");
        Quote citing = quote(quotes, "the dam had held");
        assertThat(citing.hedge()).isEqualTo("citing engineers at the site");
        assertThat(citing.text()).doesNotContain("citing");
    }

    @Test
    void reportedlyHedgesTheSaying() {
        Quote q = quote(find("The general reportedly said the offensive would start in spring."),
                "the offensive would start in spring");
        assertThat(q.hedge()).isEqualTo("reportedly");
        assertThat(q.speakerText()).isEqualTo("The general");
    }

    @Test
    void accordingToUnofficialReports() {
        Quote q = quote(find("According to unofficial reports, at least 12 people were killed in the explosion."),
                "at least 12 people were killed");
        assertThat(q.cue()).isEqualTo("According to");
        assertThat(q.speakerText()).isEqualTo("unofficial reports");
        assertThat(q.hedge()).isEqualTo("According to unofficial reports");
    }

    @Test
    void disclaimerInTheNextSentence() {
        Quote q = quote(find("The rebels said they had captured the airport. It was not possible to independently "
                + "verify the claim."), "they had captured the airport");
        assertThat(q.hedge()).isEqualTo("It was not possible to independently verify");
    }

    @Test
    void didNotProvideEvidenceEndsTheContent() {
        Quote q = quote(find("The coalition accused the government of hiding the figures but did not provide evidence."),
                "hiding the figures");
        assertThat(q.text()).doesNotContain("provide");
        assertThat(q.hedge()).isEqualTo("did not provide evidence");
    }

    @Test
    void aDisclaimerBelongsToItsOwnSentencesClaim() {
        List<Quote> quotes = find("\"The plan is dead,\" Keller said. The coalition accused the government of hiding "
                + "the figures but did not provide evidence.");
        assertThat(quote(quotes, "The plan is dead").hedge()).isNull();
    }

    @Test
    void pronounResolvesToThePersonNamedBefore() {
        String text = "Kremlin spokesman Dmitry Vasin spoke to reporters on Friday. “The talks continue,” he said.";
        Quote q = quote(find(text), "The talks continue");
        assertThat(q.speakerText()).isEqualTo("Dmitry Vasin");
        assertThat(q.speakerSpan().of(text)).isEqualTo("Dmitry Vasin");
    }

    @Test
    void pronounPrefersTheEarlierSpeakerToOtherNames() {
        String text = "Vasin said President Orlov would travel to the summit. He added that no date had been set.";
        assertThat(quote(find(text), "no date had been set").speakerText()).isEqualTo("Vasin");
    }

    @Test
    void pronounsAgreeInSex() {
        String text = "Transport Minister Ingrid Solberg met union leader Henrik Dahl on Saturday. She said the talks were "
                + "constructive. “We have reached an understanding,” he said.";
        List<Quote> quotes = find(text);
        assertThat(quote(quotes, "the talks were constructive").speakerText()).isEqualTo("Ingrid Solberg");
        assertThat(quote(quotes, "We have reached an understanding").speakerText()).isEqualTo("Henrik Dahl");
    }

    @Test
    void surnameTakesTheFullestFormMentionedBefore() {
        String text = "Finance Minister Rasmus Holt presented the budget. Holt said the deficit would shrink.";
        Quote q = quote(find(text), "the deficit would shrink");
        assertThat(q.speakerText()).isEqualTo("Rasmus Holt");
        assertThat(q.speakerSpan().of(text)).isEqualTo("Holt");
    }

    @Test
    void titleTakesThePersonIntroducedWithIt() {
        String text = "Mayor Jonas Keller visited the flooded district on Sunday. “This is the worst flood in a century,” "
                + "the mayor said. President Amara Diallo met the envoy in the capital. The president said the talks "
                + "had been useful.";
        List<Quote> quotes = find(text);
        assertThat(quote(quotes, "the worst flood in a century").speakerText()).isEqualTo("Jonas Keller");
        assertThat(quote(quotes, "the talks had been useful").speakerText()).isEqualTo("Amara Diallo");
    }

    @Test
    void rolesAndGroupsWithoutANameStayAsWritten() {
        List<Quote> quotes = find("The air force said 40 drones were shot down overnight. Officials said the fire was "
                + "under control. The regional spokesperson said the roads were closed.");
        assertThat(quote(quotes, "40 drones were shot down").speakerText()).isEqualTo("The air force");
        assertThat(quote(quotes, "the fire was under control").speakerText()).isEqualTo("Officials");
        assertThat(quote(quotes, "the roads were closed").speakerText()).isEqualTo("The regional spokesperson");
    }

    @Test
    void itResolvesToTheOrganisationThatSpokeBefore() {
        List<Quote> quotes = find("The air force said 40 drones were shot down overnight. It added that two missiles "
                + "hit a depot.");
        assertThat(quote(quotes, "two missiles hit a depot").speakerText()).isEqualTo("The air force");
    }

    @Test
    void apposedNameIsTheSpeaker() {
        String text = "Dmitry Vasin, the Kremlin spokesman, said the meeting would take place in March.";
        assertThat(quote(find(text), "the meeting would take place").speakerText()).isEqualTo("Dmitry Vasin");
    }

    @Test
    void participleTakesItsClausesSubject() {
        String text = "Senator Clara Moreau criticized the plan on Monday, saying it would cost too much.";
        Quote q = quote(find(text), "it would cost too much");
        assertThat(q.speakerText()).isEqualTo("Clara Moreau");
        assertThat(q.cue()).isEqualTo("saying");
    }

    @Test
    void demonymBeforeItsNounIsNoSpeakerOnItsOwn() {
        String text = "Estonian media said the ferry had run aground. Danish investigators have alleged sabotage. "
                + "Swiss prosecutors said the account had been frozen.";
        List<Quote> quotes = find(text);
        Quote media = quote(quotes, "the ferry had run aground");
        assertThat(media.speakerText()).isEqualTo("Estonian media");
        assertThat(media.speakerSpan().of(text)).isEqualTo("Estonian media");
        assertThat(quote(quotes, "sabotage").speakerText()).isEqualTo("Danish investigators");
        assertThat(quote(quotes, "the account had been frozen").speakerText()).isEqualTo("Swiss prosecutors");
    }

    @Test
    void accordingToTakesTheWholePhraseAfterADemonym() {
        List<Quote> quotes = find("The lorry had been stolen in the port, according to Polish officials. According to "
                + "Latvian investigative authorities, the driver fled on foot. The crane collapsed, according to "
                + "Finnish state media.");
        assertThat(quote(quotes, "The lorry had been stolen").speakerText()).isEqualTo("Polish officials");
        assertThat(quote(quotes, "the driver fled on foot").speakerText())
                .isEqualTo("Latvian investigative authorities");
        assertThat(quote(quotes, "The crane collapsed").speakerText()).isEqualTo("Finnish state media");
    }

    @Test
    void invertedSpeakerAfterADemonymKeepsItsNoun() {
        String text = "The ferry was two hours late, said Estonian port officials.";
        assertThat(quote(find(text), "The ferry was two hours late").speakerText())
                .isEqualTo("Estonian port officials");
    }

    @Test
    void namedOrganisationAfterItsKindIsTheSpeaker() {
        String text = "The dam was breached late on Tuesday, Hungarian state news agency MTI reported.";
        Quote q = quote(find(text), "The dam was breached");
        assertThat(q.speakerText()).isEqualTo("MTI");
        assertThat(q.speakerSpan().of(text)).isEqualTo("MTI");
        assertThat(q.text()).isEqualTo("The dam was breached late on Tuesday");
    }

    @Test
    void namedOrganisationAfterItsKindInAccordingTo() {
        String text = "Two barges sank near the lock, according to Hungarian state news agency MTI.";
        Quote q = quote(find(text), "Two barges sank");
        assertThat(q.speakerText()).isEqualTo("MTI");
        assertThat(q.speakerSpan().of(text)).isEqualTo("MTI");
    }

    @Test
    void hyphenatedKindOpeningASentenceIsNoDateline() {
        String text = "State-owned broadcaster NRK identified the skipper, adding that no one else was hurt.";
        Quote q = quote(find(text), "no one else was hurt");
        assertThat(q.speakerText()).isEqualTo("NRK");
        assertThat(q.cue()).isEqualTo("adding");
    }

    @Test
    void aPossessiveBeforeAnOrganisationKeepsTheWholePhrase() {
        String text = "Norway’s coast guard said the tanker had dragged its anchor.";
        assertThat(quote(find(text), "the tanker had dragged its anchor").speakerText())
                .isEqualTo("Norway’s coast guard");
    }

    @Test
    void aSourceCitedByAnotherIsTheSpeaker() {
        String text = "Latvian news media cited law enforcement sources who said the crane had collapsed.";
        assertThat(quote(find(text), "the crane had collapsed").speakerText()).isEqualTo("law enforcement sources");
    }

    @Test
    void pluralNounsAndPronounsStillSpeak() {
        String text = "Neighbours said the blasts woke the whole street. The flat was empty, according to local "
                + "reports. Olga Lindqvist, a harbour pilot, watched from the quay. She said the tug arrived too late.";
        List<Quote> quotes = find(text);
        assertThat(quote(quotes, "the blasts woke the whole street").speakerText()).isEqualTo("Neighbours");
        assertThat(quote(quotes, "The flat was empty").speakerText()).isEqualTo("local reports");
        assertThat(quote(quotes, "the tug arrived too late").speakerText()).isEqualTo("Olga Lindqvist");
    }

    @Test
    void callingForHelpIsNoSaying() {
        assertThat(find("Neighbours reportedly called an ambulance after hearing the blasts. Witnesses called the "
                + "police.")).isEmpty();
    }

    @Test
    void scareQuotesAreNoQuotation() {
        List<Quote> quotes = find("The so-called “peace plan” was published on Monday.");
        assertThat(quotes).isEmpty();
    }

    @Test
    void nounsThatLookLikeVerbsAreNoCue() {
        assertThat(find("The report was published on Monday. His claims of fraud were dismissed.")).isEmpty();
    }

    @Test
    void passiveIsNoSaying() {
        assertThat(find("The soldiers were told to leave the village.")).isEmpty();
    }
}
