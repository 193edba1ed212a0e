"""Text primitives on fictional sentences written for these tests."""
from newsloom.text import (
    attribution,
    dates,
    is_boilerplate,
    is_statement,
    numbers,
    quotations,
    speaker_key,
    sentences,
    strip_dateline,
    support,
)

TEXT = (
    "KESTREL BAY, May 12 (Gullwing Wire) - Mr. Orlan Pike said the U.S. Coast Guard towed the ferry to port. "
    "Nine passengers were treated for smoke inhalation!\n\n"
    "\"We heard the alarm and ran,\" passenger Ida Moss told reporters. \"It was chaos.\"\n"
    "Is the ferry safe? Nobody knows yet."
)


def test_sentences_have_offsets_into_the_text_and_respect_abbreviations():
    got = sentences(TEXT)
    for s in got:
        assert TEXT[s.start: s.end] == s.text
    texts = [s.text for s in got]
    assert texts[0].endswith("towed the ferry to port.")  # no split after "Mr." or "U.S."
    assert texts[1] == "Nine passengers were treated for smoke inhalation!"
    assert texts[-2:] == ["Is the ferry safe?", "Nobody knows yet."]
    assert len({s.paragraph for s in got}) == 3  # blank lines and single line breaks both end paragraphs


def test_numbers_read_digits_words_scales_and_skip_years_times_and_days():
    vals = {n.value for n in numbers("Fourteen people and twenty-one goats; $4.2 million and 30% more, 1,250 homes.")}
    assert vals == {14, 21, 4.2e6, 30, 1250}
    assert [n.unit for n in numbers("up 30% on $5")] == ["%", "$"]
    assert numbers("In 2019, at 6:40 a.m. on March 3, it rained.") == []
    assert numbers("the two sides") and numbers("the two sides")[0].value == 2


def test_a_wire_dateline_that_runs_into_its_sentence_is_cut_but_a_hyphenated_name_is_not():
    text = "VELLMOOR, April 30 (Gullwing)-The harbour reopened on Monday."
    assert text[strip_dateline(text):] == "The harbour reopened on Monday."
    assert strip_dateline("U.S.-Varnholm talks resumed on Monday.") == 0


def test_numbers_read_a_headlines_scale_letter():
    got = [(n.value, n.unit) for n in numbers("$30K each, a $3.5T plan, $1.9tn more, a £5m fine and $2 trln.")]
    assert got == [(30e3, "$"), (3.5e12, "$"), (1.9e12, "$"), (5e6, "£"), (2e12, "$")]
    # without a currency a letter makes no figure: a company, a screen, metres
    assert numbers("3M sold 4K screens for the 100m sprint on a 5G network") == []


def test_numbers_carry_their_unit_of_measure_in_a_base_unit():
    five_years, = numbers("He was jailed for five years.")
    sixty_months, = numbers("He was jailed for 60 months.")
    assert (five_years.unit, five_years.measure, five_years.text) == ("time", "year", "five years")
    assert five_years.agrees(sixty_months) and not five_years.agrees(numbers("five months")[0])
    assert [(n.unit, n.value) for n in numbers("The 16-year-old rode at 30 mph.")] == [("age", 16.0), ("speed", 30 * 1.60934)]
    km, miles = numbers("a 10 km or 6.2 miles stretch")
    assert km.agrees(miles) and not km.agrees(numbers("7 miles")[0])
    assert numbers("The fine was 50 pounds.")[0].unit == ""  # money as often as weight: left a plain count
    assert numbers("He served for three decades.")[0].agrees(numbers("He served for 30 years.")[0])
    assert [n.text for n in numbers("The court ruled 6-3 in a 12-story building.")] == ["6-3", "12-story"]


def test_dates_resolve_weekdays_against_the_publication_date():
    found = dates("The storm hit on Tuesday and the bridge will reopen on March 9.", "2026-03-05")
    assert [(d.kind, d.iso) for d in found] == [("weekday", "2026-03-03"), ("day", "2026-03-09")]
    assert dates("On 2 January 2025 it began.")[0].iso == "2025-01-02"
    assert dates("It happened on Friday.")[0].iso is None  # no anchor, no guess


def test_a_newspapers_name_is_no_date_and_a_date_line_run_into_a_sentence_is_cut():
    assert dates("Brenn told USA TODAY that the pier would reopen.", "2026-03-05") == []
    assert [d.iso for d in dates("The pier reopened today.", "2026-03-05")] == ["2026-03-05"]
    glued = "Tuesday, January 18, 2005Through a telethon, Pellam raised money for the pier."
    assert glued[strip_dateline(glued):] == "Through a telethon, Pellam raised money for the pier."


def test_a_state_abbreviation_before_an_office_does_not_end_a_sentence():
    text = "The ban grew on Monday, with Wash. Gov. Ada Brenn joining it. Ferries stopped."
    assert [s.text for s in sentences(text)] == ["The ban grew on Monday, with Wash. Gov. Ada Brenn joining it.",
                                                  "Ferries stopped."]
    # a party tag ending a sentence still ends it
    text = "The levy was signed by Rep. Ona Pell, D-Wash. The House then adjourned."
    assert [s.text for s in sentences(text)] == ["The levy was signed by Rep. Ona Pell, D-Wash.", "The House then adjourned."]


def test_military_titles_and_a_persons_initials_do_not_end_a_sentence():
    text = ("The officer of the harbour court, Maj. Ada Brenn, has two weeks to rule. Lt. Col. Orlan Pike and "
            "Spc. Ida Moss testified; the mayor fired adviser T.J. Varga and Supt. Ona Pell. "
            "The crew flew to Washington, D.C. Pike's wife stayed. They lied to the F.B.I. Nothing came of it.")
    assert [s.text for s in sentences(text)] == [
        "The officer of the harbour court, Maj. Ada Brenn, has two weeks to rule.",
        "Lt. Col. Orlan Pike and Spc. Ida Moss testified; the mayor fired adviser T.J. Varga and Supt. Ona Pell.",
        "The crew flew to Washington, D.C.", "Pike's wife stayed.", "They lied to the F.B.I.", "Nothing came of it."]


def test_captions_and_update_lines_are_not_statements():
    assert not is_statement("Mayor Ada Brenn, right, the new harbour chief, with Orlan Pike in March 2024.")
    assert not is_statement("UPDATE: This story has been updated with comment from the harbour board.")
    # (an update entry with its time is a live blog's newest news: its label and time are no part of it)
    line = "UPDATE 2:52 p.m. -- Further records from the harbour board were released."
    assert is_statement(line) and line[strip_dateline(line):] == "Further records from the harbour board were released."


def test_an_update_label_without_a_clock_time_opens_news_too():
    # (a blog's later paragraphs labelled "UPDATE:" with an hour, a day and hour, or nothing: the news after
    # the label is kept without it; a label alone, a page's "Updated 10:42 a.m. ET" and an editor's note are junk)
    for line in ("UPDATE: 9 p.m. -- Harbour spokesman Ada Brenn said the vote would settle it.",
                 "UPDATE - May 30, 10 p.m.: Ada Brenn issued a formal apology on Chirper.",
                 "UPDATE: Ada Brenn defended herself against the charges at a press conference.",
                 "Updated: Ada Brenn on Sunday tried to clarify her comment about the harbour."):
        assert is_statement(line), line
        assert line[strip_dateline(line):].startswith(("Harbour spokesman", "Ada Brenn")), line
    for line in ("UPDATE: This story has been updated with comment from the harbour board.",
                 "Updated 10:42 a.m. ET, March 3, 2026.", "Update on the count: officials say 40 people died."):
        assert not is_statement(line), line


def test_a_speakers_name_does_not_run_across_a_sentence_end():
    text = ("The quake shook Pellam at dawn, said the Vell Government. Mayor Ada Brenn said: "
            "\"Every house on the quay was damaged in the night.\"")
    assert [q.speaker for q in quotations(text)] == ["Ada Brenn"]


def test_a_weekday_still_to_come_is_the_next_one():
    thursday = "2026-03-05"

    def day(sentence):
        return [d.iso for d in dates(sentence, thursday) if d.kind == "weekday"]

    assert day("The mayor will open the new pier on Saturday.") == ["2026-03-07"]
    assert day("The council is expected to vote on Monday.") == ["2026-03-09"]
    assert day("The ferries return next Tuesday.") == ["2026-03-10"]
    assert day("The board could vote as soon as Wednesday.") == ["2026-03-11"]
    # a deadline: "by Saturday" is the coming one, even in a past sentence that reports it
    assert day('"We want the ferries running again by Saturday," the mayor said.') == ["2026-03-07"]
    assert day("Repairs must be finished no later than Tuesday.") == ["2026-03-10"]
    # ... but the narrative's "By Monday, ..." is past
    assert day("By Monday, the harbour master had resigned.") == ["2026-03-02"]
    # what is said about the future on a past day, and a past clause after a future one, stay past
    assert day("The pier will reopen, the harbour board said on Monday.") == ["2026-03-02"]
    assert day("Mayor Ada Brenn, who will retire in May, opened the pier on Tuesday.") == ["2026-03-03"]
    assert day("The board announced a plan to rebuild the pier on Wednesday.") == ["2026-03-04"]


def test_attribution_finds_who_the_information_comes_from():
    cases = {
        "Kestrel Bay says the storm left 40 boats sunk.": "Kestrel Bay",
        "The pier will close for a month, according to the harbour authority.": "the harbour authority",
        "According to reports by the Gullwing Wire, the captain was rescued.": "the Gullwing Wire",
        "The pier was unsafe, according to the U.S. Coast Guard.": "the U.S. Coast Guard",
        "Fares rose 8 percent, according to figures released Monday by the Vell Transport Office.":
            "the Vell Transport Office",
        "The ferry ran aground in fog, the coast guard said.": "the coast guard",
        "The ferry was overloaded, said Ida Moss.": "Ida Moss",
        "The harbour master, Ana Reyes, said the channel was clear.": "The harbour master, Ana Reyes",
        "The ferry company said on Monday that it would pay for repairs.": "The ferry company",
        "Nine passengers were treated for smoke inhalation.": None,
        # a site's name keeps its domain; a sentence's full stop still ends the source
        "The captain had sailed for 30 years, according to a report from Harbourline.com.":
            "a report from Harbourline.com",
        "Fares rose 8.5 percent, according to the Vell Transport Office. Buses ran late.": "the Vell Transport Office",
        "The quay flooded, according to Harbourline.Com.": "Harbourline.Com",
        "The quay flooded, according to a survey by Tidewatch.org.uk, on Monday.": "a survey by Tidewatch.org.uk",
    }
    for sentence, who in cases.items():
        got = attribution(sentence)
        assert (got.source if got else None) == who, sentence


def test_a_passive_verb_or_a_clause_is_not_a_source_and_words_between_speaker_and_verb_are_dropped():
    cases = {
        # passive: nobody is named as saying it
        "This claim may have been stated as fact, but the harbour log shows otherwise.": None,
        "At least 12 boats were reported sunk off Kestrel Bay.": None,
        # a relative clause ending at the verb is not a speaker
        "The levy was drawn up by clerks who argued for a lower rate.": None,
        # "also", "still", an adverb in -ly between the speaker and the verb belong to neither
        "Mayor Ada Brenn had also said the pier would reopen.": "Mayor Ada Brenn",
        "The harbour board swiftly replied that the channel was clear.": "The harbour board",
        # speech verbs beyond "said"
        "Captain Orlan Pike asserted that the ferry had been inspected in May.": "Captain Orlan Pike",
        "Ida Moss commented that the queue for the ferry was an hour long.": "Ida Moss",
        # a negated verb: the sentence is about the mayor, not from her
        "Mayor Ada Brenn has not yet announced a bid for a second term.": None,
        "There were no reports of damage along the Pellam quay.": None,
        # a noun that is also a speech verb ("claims", "reports") names no one
        "Jobless claims in Vellmoor held steady last week.": None,
        "The ferry company claims the pier was safe.": "The ferry company",
        # a subordinator is not part of the source; a lone adverb or participle is no source
        "The pier stayed shut, though officials say it was safe.": "officials",
        "Ferries kept running, deleting tweets about the strike.": None,
        "An official who attended the meeting argued that the levy was too high.": "An official who attended the meeting",
    }
    for sentence, who in cases.items():
        got = attribution(sentence)
        assert (got.source if got else None) == who, sentence


def test_a_source_reads_as_a_speaker_not_as_a_clause_cut_at_a_verb():
    cases = {
        # a verb, a function word at either end, a possessive left hanging: a clause, not a speaker
        "Vellmark has 17 confirmed dead, but more than 200 are still missing.": None,
        "The crew was held because of their alleged role in the smuggling.": None,
        "Police arrested two sailors over the alleged theft of the ferry.": None,
        "Kestrel Bay is thought to hold the logs, though it neither confirms nor denies it.": None,
        "However, he declined to say how the ferry caught fire.": None,
        "The mayor praised the pilot and even brushed what he said was ash off his coat.": None,
        "Three sailors are missing local radio says.": None,
        "The harbour master would not name the piers but said the channel was clear.": None,
        "They detail the mayor's alleged demands for loyalty from the pilot.": None,
        "She went on to say that the pier was unsafe.": None,
        "The board disputed Democratic claims that the levy was unfair.": None,
        "Mayor Pike did not say what Ada Brenn said that he considered a lie.": None,
        # a subordinate clause's speaker is not the source of the main clause
        "After Mayor Brenn announced the levy, her council granted exemptions to the fishermen.": None,
        # ... while speakers of every shape stay
        "A spokesman for her said the pier would reopen.": "A spokesman for her",
        "People familiar with the talks said the levy would pass.": "People familiar with the talks",
        "The two accused said in court that they had not seen the fire.": "The two accused",
        "Officials representing the Pellam Games confirmed that the stadium was ready.":
            "Officials representing the Pellam Games",
        "A longstanding Harbour Board legal finding says the pier is public.": "A longstanding Harbour Board legal finding",
        "That committee said it would defer its inquiry.": "That committee",
        "On Monday Pike said the pier was unsafe.": "Pike",
        "The fire started in the galley, according to authorities there.": "authorities there",
        "The US added 5,000 ferry jobs, the Vell Labour Office said.": "the Vell Labour Office",
        "Acting harbour chief Ona Pell said the pier was unsafe.": "Acting harbour chief Ona Pell",
    }
    for sentence, who in cases.items():
        got = attribution(sentence)
        assert (got.source if got else None) == who, sentence


def test_speech_inside_quotation_marks_is_not_the_sentences_source():
    assert attribution("\"The crew said nothing to us,\" she recalled at the pier.") is None


def test_quotations_carry_their_speaker_and_pronouns_take_the_last_one():
    text = ("\"We heard the alarm and ran,\" passenger Ida Moss told reporters.\n"
            "\"Everyone was calm after that,\" she said.\n"
            "Harbour master Ana Reyes said: \"The channel will reopen on Friday.\"")
    got = [(q.speaker, q.text) for q in quotations(text)]
    assert got == [("Ida Moss", "We heard the alarm and ran,"), ("Ida Moss", "Everyone was calm after that,"),
                   ("Ana Reyes", "The channel will reopen on Friday.")]
    for q in quotations(text):
        assert text[q.start: q.end] == q.text
    # a party tag after the name, and a post on social media, still name the speaker
    tagged = "\"We will not back this harbour levy,\" Senator Ona Pell (R) tweeted on Monday."
    assert [q.speaker for q in quotations(tagged)] == ["Ona Pell"]
    assert speaker_key("Senator Ona Pell (D-Vell.)") == "pell"
    # "she said" after a quotation: the titled person the narrative has named since the last quote
    text = ("\"The levy will fund the pier,\" Mayor Ada Brenn said on Monday. Sen. Ona Pell, a critic of the "
            "plan, accused the mayor of hiding its cost. \"Nothing in this plan pays for the pier,\" she said. "
            "\"It is a tax on fishermen,\" she added.")
    assert [q.speaker for q in quotations(text)] == ["Ada Brenn", "Ona Pell", "Ona Pell"]
    # the name of a show in quotation marks is not something the speaker said
    shown = "\"We will not back this harbour levy,\" Ona Pell said on \"Morning at the Harbour Today.\""
    assert [q.text for q in quotations(shown)] == ["We will not back this harbour levy,"]
    # ... nor a title in title case after any verb ('told “The Morning Harbour Show” radio program'), though a
    # post in capitals is speech
    shown = "\"We will not back this harbour levy,\" Ona Pell told \"The Morning Harbour Show\" radio program."
    assert [q.text for q in quotations(shown)] == ["We will not back this harbour levy,"]
    assert [q.text for q in quotations('Pell wrote that there was "NO LEVY and NO TOLL" on the pier.')] == \
        ["NO LEVY and NO TOLL"]


def test_boilerplate_and_headings_are_not_statements():
    for junk in ("Our desk verified every fact here and cross-referenced it against original documents.",
                 "Please enable JavaScript in your browser to play the clip.",
                 "Sign up for our newsletter to get the top stories every morning.",
                 "Saturday, May 12, 2026"):
        assert is_boilerplate(junk) or not is_statement(junk), junk
    assert not is_statement("Ferry fire: what we know so far")
    assert is_statement("Nine passengers were treated for smoke inhalation.")


def test_photo_captions_sub_head_questions_and_post_labels_are_not_statements():
    for junk in ("Members of the ferry crew at the harbour wall in Pellam on Sunday.",
                 "The ferry Morning Star at Kestrel Bay in 2019.",
                 "A young girl from Vellmark standing near the harbour wall.",
                 "Ada Brenn, the mayor of Pellam, during the council's winter meeting in Vell last February.",
                 "Map showing the path of the storm, with darker areas hit hardest.",
                 "Which ferries got a new licence this year?",
                 "NEW: Harbour official confirms what the mayor said."):
        assert not is_statement(junk), junk
    for claim in ("The ferry Morning Star sank at Kestrel Bay in 2019.",
                  "Three crew members hit the harbour wall on Sunday.",
                  "Mayor Ada Brenn's council cut the levy in 2024.",
                  "\"Who will pay for the pier?\" the mayor asked the council.",
                  "Was the pier safe, Mr. Pike asked, when the ferry docked?",
                  "The question became: who pays for the pier?"):
        assert is_statement(claim), claim


def test_video_blurbs_teasers_and_captions_with_a_clause_are_not_statements():
    for junk in (
            # a video's blurb: a noun phrase and a participle, no verb of its own; and its credit line
            "A long inquiry from the Pellam harbour board, targeting the ferry company and the pier builder for "
            "failing to keep the quay safe.",
            "Gullcast's Ona Pell has that story.",
            "Chief harbour correspondent Ida Moss reports from Pellam, Vellmark.",
            # a teaser that points to the text below
            "Here's what the ferry crews can expect.",
            "Here is how the harbour board voted.",
            # a caption whose infinitive or relative clause holds the only verb
            "Mayor Ada Brenn greeting Captain Orlan Pike of Kestrel at the start of his visit, the first to be "
            "made by a ferry captain, in 1998.",
            "Ada Brenn, who was elected mayor in 2016, with Orlan Pike at the quay on Sunday."):
        assert not is_statement(junk), junk
    for claim in ("Mayor Ada Brenn greeted Captain Orlan Pike of Kestrel at the start of his visit in 1998.",
                  "Here's what the mayor said: the quay will reopen in June.",
                  "A long inquiry from the harbour board, targeting the ferry firms, found the quay unsafe.",
                  "Ada Brenn, who was elected mayor in 2016, closed the quay on Sunday.",
                  "Ona Pell reported from Pellam that the quay had closed.",
                  # the credit line's words in a report, and a fact before the credit
                  "Our correspondent in the capital reports from the scene that 40 people died in the blast.",
                  "The storm damaged the quay; chief harbour correspondent Ida Moss reports from Pellam, Vellmark.",
                  # a finding that the teaser's opening words introduce
                  "Here's why the bridge collapsed in 2019, according to the inspectors."):
        assert is_statement(claim), claim


def test_a_list_bullet_is_no_part_of_the_sentence():
    text = "Damage reported so far:\n* The quake split the Pellam quay in two.\n• Nine boats sank in the harbour."
    assert [s.text for s in sentences(text)] == ["Damage reported so far:", "The quake split the Pellam quay in two.",
                                                  "Nine boats sank in the harbour."]
    for s in sentences(text):
        assert text[s.start: s.end] == s.text


def test_datelines_are_cut():
    s = "KESTREL BAY, May 12 (Gullwing Wire) - The ferry burned."
    assert s[strip_dateline(s):] == "The ferry burned."
    assert strip_dateline("The ferry burned near Kestrel Bay.") == 0


def test_support_needs_names_figures_and_words_of_the_statement():
    quote = "Twelve people were hurt when the ferry Morning Star caught fire off Kestrel Bay."
    assert support("12 people were hurt when the ferry caught fire.", quote).ok()
    assert support("Morning Star caught fire off Kestrel Bay.", quote).ok()
    bad = support("14 people were hurt when the ferry caught fire.", quote)
    assert bad.numbers_missing == ["14"] and not bad.ok()
    assert support("The ferry Evening Star caught fire.", quote).names_missing == ["evening"]
    assert not support("The ferry sank after the fire.", quote).ok()


def test_a_surname_is_read_as_the_full_name_written_before_it():
    from newsloom.text import full_name

    before = "Harbour master Ilse Varga closed the pier. Later the council met. "
    assert full_name("Varga", before) == "Ilse Varga"
    assert full_name("Varga", "The pier was closed. ") == "Varga"
    # two people of one surname: which one a bare "Varga" means is not written
    assert full_name("Varga", "Ilse Varga and her brother, Tamas Varga, run the ferry. ") == "Varga"
    assert full_name("Pike", "Former Mayor Orlan Pike Jr. spoke first. ") == "Orlan Pike Jr."
    assert full_name("Pike", "Orlan Pike Jr. spoke after his father, Orlan Pike, opened the pier. ") == "Pike"
    assert full_name("Ilse Varga", "") == "Ilse Varga"
    assert full_name("Varga (", before) == "Varga ("  # odd input is left as it is, never an error
    assert full_name("Várga", "Mayor Ilse Varga spoke. ") == "Ilse Varga"  # accents aside; not "Mayor Ilse"
    assert full_name("Varga", "The Varga report was read. ") == "Varga"  # "The" is not a first name


def test_a_month_and_day_without_a_year_is_never_a_past_event_after_publication():
    def iso(sentence, published="2026-04-10"):
        return [d.iso for d in dates(sentence, published) if d.kind == "day"]

    # a past event on a day still to come this year happened last year
    assert iso("The harbour clerks were indicted on Oct. 27 for fraud.") == ["2025-10-27"]
    assert iso("On Nov. 3, the ferry Morning Star ran aground off Kestrel Bay.") == ["2025-11-03"]
    # ... but a deadline, an appointment or a future is this year's
    assert iso("The harbour board will vote on Oct. 27.") == ["2026-10-27"]
    assert iso("The mayor said the pier must be rebuilt by Oct. 27.") == ["2026-10-27"]
    assert iso("Pike campaigned hard before the Oct. 27 election.") == ["2026-10-27"]
    assert iso("Pike, who was indicted on Oct. 27, faces trial on May 3.") == ["2025-10-27", "2026-05-03"]
    # the year the text writes with the same day elsewhere is the year meant
    text = "The fire of Sept. 11, 2024 was the worst; on Sept. 11 the crew fled."
    assert [d.iso for d in dates(text, "2026-04-10")] == ["2024-09-11", "2024-09-11"]
    # a name that holds a date is no date; nor is a month written in lower case
    assert iso("The 17 February Brigade guarded the pier.") == []
    assert iso("The April 6 Youth Movement marched to the pier.") == []
    assert iso("Pike attended the 9/12 march in Pellam.") == []


def test_next_weekday_is_a_week_on_and_may_looks_ahead():
    friday = "2026-03-06"
    assert [d.iso for d in dates("The two mayors meet next Friday in Pellam.", friday)] == ["2026-03-13"]
    assert [d.iso for d in dates("The two mayors will meet on Friday in the week ahead.", friday)] == ["2026-03-13"]
    assert [d.iso for d in dates("The crews may sail again on Wednesday.", friday)] == ["2026-03-11"]
    assert [d.iso for d in dates("The crews might sail again on Wednesday.", friday)] == ["2026-03-11"]
    # "in May" is a month, "would-be" no verb: both stay in the past
    assert [d.iso for d in dates("The pier opened in May on Wednesday.", friday)] == ["2026-03-04"]
    assert [d.iso for d in dates("Pike warned would-be sailors on Wednesday.", friday)] == ["2026-03-04"]
    # ... but "the next Saturday" in a story of last year is counted from that story's day: no day to give
    assert [d.iso for d in dates("In the 2025 memo, Lind said he had set a call for the next Saturday.", friday)] == [None]
    assert [d.iso for d in dates("The crews sailed the following Monday.", friday)] == [None]


def test_a_count_before_a_month_and_day_is_not_a_date():
    from newsloom.text import dates

    got = [(d.text, d.iso) for d in dates("Nine of the 19 Sept. 11 hearings were closed.", "2026-09-20")]
    assert got == [("Sept. 11", "2026-09-11")]
    assert [d.iso for d in dates("It opened on 19 September 2016.", None)] == ["2016-09-19"]


def test_a_quotation_that_follows_its_speakers_attribution_is_the_same_persons():
    from newsloom.text import quotations

    def speakers(text):
        return [(q.speaker, q.text.split()[0]) for q in quotations(text)]

    # '"A," Ida Moss said. "B."': the second quotation goes on with the same speaker
    assert speakers('"We will rebuild the north pier," Ida Moss told reporters on Monday. '
                    '"The harbour needs it now. Nobody doubts that."') == [("Ida Moss", "We"), ("Ida Moss", "The")]
    # ... also opening the next paragraph, but not with an attribution of its own by a verb of any kind
    assert speakers('"We will rebuild the north pier," Ida Moss said.\n\n"The harbour needs it before winter."') == \
        [("Ida Moss", "We"), ("Ida Moss", "The")]
    assert speakers('"We will rebuild the north pier," Ida Moss said. "The harbour needs it before winter," '
                    'recounted Tomas Lind.')[1][0] != "Ida Moss"
    # ... but not one that someone else introduces, nor one a described speaker says
    assert speakers('"We will rebuild the north pier," Ida Moss said.\n\nThe fishermen\'s guild also said: '
                    '"Nobody asked us about the pier."')[1][0] != "Ida Moss"
    assert speakers('"We will rebuild the north pier," Ida Moss said. The council voted on Monday. '
                    '"Nobody asked us at all," one council member said.')[1] == (None, "Nobody")
    # a pronoun does not stand for the last speaker when the text gives that person another gender,
    # and "they" is not one person
    assert speakers('"We need the pier," Mr. Lind said on Monday. The council met later.\n\n'
                    '"It was never safe for the boats," she said.')[1] == (None, "It")
    assert speakers('"We need the pier," Tomas Lind said on Monday.\n\n'
                    '"It was never safe for the boats," they said.')[1] == (None, "It")
    assert speakers('"We need the pier," Tomas Lind said on Monday.\n\n'
                    '"It was never safe for the boats," he said.')[1] == ("Tomas Lind", "It")


def test_a_sentence_of_a_quotation_after_its_attribution_is_credited_to_the_speaker():
    from newsloom.crosscheck import split_statements
    from newsloom.records import Article

    text = ('The Saltmere ferry ran aground on Monday. "We will rebuild the north pier," Ida Moss told reporters. '
            '"The harbour cannot wait another winter for it."')
    st = next(s for s in split_statements([Article(id="a", outlet="Gullwing Wire", text=text)]) if "winter" in s.text)
    assert st.attribution is not None and st.attribution.source == "Ida Moss"


def test_the_place_that_ends_a_speakers_description_is_not_the_speaker():
    from newsloom.text import quotations

    text = ('"The wave reached the north shore within the hour," Thorne Vell, professor of geology and director of '
            'the Tidal Institute at the University of Gullport, North Shore said. "Two buoys caught it in motion '
            'before it struck the pier."')
    assert [q.speaker for q in quotations(text)] == ["Thorne Vell", "Thorne Vell"]
    # a name after the verb is still the speaker
    assert [q.speaker for q in quotations('"The pier will reopen in June," said Ida Moss, the harbour master at '
                                          'Gullport, North Shore.')] == ["Ida Moss"]


def test_he_said_stands_for_the_subject_not_a_person_in_a_prepositional_phrase():
    from newsloom.text import quotations, titled_person

    assert titled_person("After a meeting with Mr. Lind, Mr. Brenn repeated his vow to close the pier.", "he") == "Brenn"
    text = ('After a meeting with Mr. Lind, Mr. Brenn repeated his vow to close the pier. '
            '"Unlike past councils, I will close it before winter," he said.')
    assert [q.speaker for q in quotations(text)] == ["Brenn"]


def test_he_said_stands_for_the_untitled_person_the_sentence_before_names_as_its_subject():
    from newsloom.text import quotations

    def speakers(text):
        return [q.speaker for q in quotations(text)]

    # the last speaker is not who "he" stands for when the narrative since has named another subject
    assert speakers('"We will rebuild the north pier," Ida Moss said.\n\nGullport\'s harbour master, Tomas Lind, '
                    'used the mayor\'s favourite phrase: "Not one more winter without a pier," he wrote.') == \
        ["Ida Moss", "Tomas Lind"]
    assert speakers('"We will rebuild the north pier," Tomas Lind said.\n\nCouncil Leader Ona Pell, a critic, '
                    'disagreed, saying the plan had no budget.\n\n"Nobody has costed this pier at all," she said.') == \
        ["Tomas Lind", "Ona Pell"]
    # ... a surname alone, as the text wrote it in full before; and the sentence holding the previous quotation
    assert speakers('Ida Moss of Gullport joined the march.\n\n"The pier is ours," Tomas Lind said.\n\n'
                    'Moss is from the north shore, but she said she backs the plan.\n\n"It is a fair plan," she said.') == \
        ["Tomas Lind", "Ida Moss"]
    assert speakers('"The pier is ours," Tomas Lind said.\n\nIda Moss, the ferry spokesperson, said the "plan '
                    'came far too late".\n\nShe said: "Nobody asked the ferry crews about it."')[2] == "Ida Moss"
    # ... a titled person "of" a place, with a description after, is the subject: not the place, and not the
    # source named two sentences back
    from newsloom.text import previous_subject

    before = ('"The levy is a burden," Mr. Lind said.\n\nRepresentative Tomas E. Varn of Kessaly, the senior '
              'Unionist on the committee, also scolded the agency. ')
    assert previous_subject(before, "he") == "Tomas E. Varn"
    # ... but an office "of" something is no person of a place
    from newsloom.text import subject_person

    assert subject_person("Secretary of State Ann Vell, a former judge, said the port would close.", "she") != "Secretary"
    before = ("Press Secretary Ida Moss left.\n\nSecretary of State Ann Vell, a former judge, visited the port. ")
    assert previous_subject(before, "she") != "Press Secretary"
    # ... not someone in a prepositional phrase, a description, or the person the speaker is "her son" of
    assert speakers('"The pier is ours," Ida Moss said.\n\nAfter talks with Ona Pell, Tomas Lind signed the '
                    'plan.\n\n"It is done at last," he said.')[1] == "Tomas Lind"
    assert speakers('"The pier is ours," Ida Moss said. Her son Tomas Lind was hurt there in 2019. '
                    '"He should never have been on it," she said.')[1] == "Ida Moss"
    # the last speaker only while the narrative since has made no one else a sentence's subject: a woman the
    # text names two sentences back, or one it only describes, is not the harbour lawyer
    lawyer = '"Nobody on this pier is being coached," said Ona Pell, a harbour lawyer.\n\n'
    assert speakers(lawyer + 'Ada Ruiz, 35, looked shaken after the volunteers told her the ferry may not come.\n\n'
                             'But she said in an interview that going home would be worse. She left for reasons '
                             'she would not give.\n\n"If they part us for a few days, that is better," she said.')[1] is None
    assert speakers(lawyer + 'A woman from Gullport waited at the gate with her three children.\n\n'
                             '"We will wait as long as it takes," she said.')[1] is None
    # ... and the last speaker again once the narrative names her again after the other person
    assert speakers(lawyer + 'Ada Ruiz replied that the volunteers had told her what to say.\n\n'
                             'That did not move Pell. "Nobody told anyone what to say," she said.')[1] == "Ona Pell"
    # the one asked answers: 'X asked her if ... She said: "..."' is neither X's nor the last speaker's
    assert speakers('"The pier is ours," Ida Moss said.\n\nSen. Ona Pell asked her if she could "name one '
                    'ferry captain who backs it."\n\nShe said: "Every one of them does."')[2] is None


def test_a_quotation_introduced_by_a_second_verb_of_saying_is_that_speakers():
    from newsloom.text import quotations

    def speakers(text):
        return [q.speaker for q in quotations(text)]

    # 'X said Y told him, "..."': Y's words, and 'X said the mayor told him' names no one, not X
    assert speakers('Ida Moss said Tomas Lind told her, "We will rebuild the north pier by May."') == ["Tomas Lind"]
    assert speakers('"The pier is ours," Ida Moss said.\n\nAfter the vote, Ida Moss said the mayor told her, '
                    '"We will rebuild the north pier by May."') == ["Ida Moss", None]
    # the introduction is read in its own sentence: 'wrote Friday. He added, "..."' is no speaker "Friday"
    assert speakers('"The pier is ours," Mr. Lind wrote Friday. He added, "Nobody will take it from us."') == \
        ["Lind", "Lind"]
    # 'He tweeted: "..."' stands for the subject of the sentence before it, not the last speaker
    assert speakers('"We need the pier," Ida Moss said.\n\nTomas Lind apologized for his remarks on Monday. '
                    'He tweeted on Monday afternoon: "I am staying in this race."') == ["Ida Moss", "Tomas Lind"]


def test_reported_by_a_source_ends_before_what_it_reported():
    got = attribution("However it was reported by the Gullport Courier that Mayor Lind had told the council he would resign.")
    assert got is not None and got.source == "the Gullport Courier"


def test_a_speaker_after_a_long_title_keeps_the_name():
    from newsloom.text import quotations

    text = '"The pier is safe for every boat," said Gullport Harbour Board Press Secretary Ona Pell.'
    assert [q.speaker for q in quotations(text)] == ["Ona Pell"]


def test_a_figure_a_total_came_to_counts_the_clauses_subject():
    from newsloom.text import number_context, numbers
    t = "The death toll from a mudslide that buried houses in Orrel Vale on Tuesday rose to nine, police said."
    n, = numbers(t)
    assert {"dead", "mudslid"} <= number_context(t, n)
    # not after such a verb: only the words around it
    t = "The death toll from a mudslide that buried houses in Orrel Vale on Tuesday was nine, police said."
    n, = numbers(t)
    assert "mudslid" not in number_context(t, n)


SOUND = ("Greyline's Piet Harrow said the Tern was sailing at its normal speed.\n\n"
         "\"It was like a wall of grey,\" said passenger Orla Venn. He said people fell across the deck.\n\n"
         "The Tern struck the Kittiwake shortly after dawn, according to the coastguard. Captain Mara Quist of "
         "the Kittiwake said the Tern had not sounded its horn. \"We never heard a thing,\" she said.")


def test_a_role_in_lower_case_before_the_name_after_said_names_the_speaker():
    assert attribution("The pier was closed, said passenger Orla Venn.").source == "passenger Orla Venn"
    assert attribution("The pier was closed, said harbour master Orla Venn.").source == "harbour master Orla Venn"
    assert attribution("The pier was closed, said on Monday.") is None
    got = [(q.text, q.speaker) for q in quotations(SOUND)]
    assert got == [("It was like a wall of grey,", "Orla Venn"), ("We never heard a thing,", "Mara Quist")]


def test_she_said_never_goes_to_a_person_the_text_calls_he():
    # no one else is named: the last speaker is "he", so "she said" is no one's
    text = SOUND.replace("Captain Mara Quist of the Kittiwake said", "A crew member said")
    assert [q.speaker for q in quotations(text)] == ["Orla Venn", None]


def test_sentence_initial_roles_and_owners_are_not_part_of_the_name():
    from newsloom.text import person
    assert person("Passenger Orla Venn") == "Orla Venn"
    assert person("Owner Tam Brisk") == "Tam Brisk"
    assert person("Greyline's Piet Harrow") == "Piet Harrow"
    assert person("Captain Mara Quist of the Kittiwake") == "Mara Quist"
    assert person("Tom Driver") == "Tom Driver"  # a surname that is also a role stays


def test_a_tag_like_token_between_sentences_does_not_glue_them():
    text = ("The Tern struck the Kittiwake at dawn, according to the coastguard. <img src=x onerror=alert(2)> "
            "Captain Mara Quist said the Tern had not sounded its horn.")
    got = [s.text for s in sentences(text)]
    assert got == ["The Tern struck the Kittiwake at dawn, according to the coastguard.",
                   "Captain Mara Quist said the Tern had not sounded its horn."]
    for s in sentences(text):
        assert text[s.start: s.end] == s.text
    # a "<" that is no tag is text: "fewer than <5 boats." stays in its sentence
    assert [s.text for s in sentences("Fewer than <5 boats sailed. Gulls were everywhere.")] == [
        "Fewer than <5 boats sailed.", "Gulls were everywhere."]


def test_a_past_event_done_by_a_weekday_is_dated_back():
    thursday = "2026-03-05"

    def day(sentence):
        return [d.iso for d in dates(sentence, thursday) if d.kind == "weekday"]

    # the past verb comes before "by": what was done by then, not a deadline still to come
    assert day("Divers pulled 14 sailors from the Vell quarry lake by Wednesday evening, the brigade said.") == ["2026-03-04"]
    assert day("The coastguard said it had towed the Tern back to Pellam by Tuesday night.") == ["2026-03-03"]
    # ... but a goal set in the past, a wish reported, or a participle after a modal still look ahead
    assert day("Mayor Orla Venn vowed to reopen the Pellam pier by Friday.") == ["2026-03-06"]
    assert day("The mayor said she wants the ferries running by Saturday.") == ["2026-03-07"]
    assert day("Repairs must be finished no later than Tuesday.") == ["2026-03-10"]


def test_an_intention_reported_in_the_past_looks_to_the_coming_weekday():
    thursday = "2026-05-07"

    def day(sentence):
        return [d.iso for d in dates(sentence, thursday) if d.kind == "weekday"]

    assert day("Harbour chief Tam Brisk said he was ready to meet the ferrymen on Friday.") == ["2026-05-08"]
    assert day("The Vell council expects to vote on the levy on Monday.") == ["2026-05-11"]
    assert day("The Vell council is set to vote on the levy on Monday.") == ["2026-05-11"]
    # a past verb after the cue is the day's own: what happened on it
    assert day("The council will ask why the Pellam pier collapsed on Monday.") == ["2026-05-04"]


def test_a_weekday_that_dates_a_verb_of_saying_is_marked_as_the_reports_day():
    def said(sentence):
        return [d.said for d in dates(sentence, "2026-05-07") if d.kind == "weekday"]

    assert said("The Pellam pier closed, the harbour board said on Tuesday.") == [True]
    assert said("The harbour board told reporters on Tuesday that the pier closed.") == [True]
    assert said("The harbour board said the pier closed on Tuesday.") == [False]


def test_a_future_cue_reaches_its_weekday_across_a_time_and_a_long_clause():
    thursday = "2026-05-07"

    def day(sentence):
        return [d.iso for d in dates(sentence, thursday) if d.kind == "weekday"]

    assert day("The Vell harbour curfew will take effect at 11:59 p.m. Saturday, the council said.") == ["2026-05-09"]
    assert day("The skippers agreed a deal, and they'll meet the harbour master Friday to sign it.") == ["2026-05-08"]
    assert day("Harbour chief Tam Brisk is expected to announce his decision during a long conference call with "
               "the ferry owners' committee on Monday evening.") == ["2026-05-11"]


def test_a_dozen_is_twelve_and_two_dozen_twenty_four():
    assert [(n.value, n.approx) for n in numbers("About two dozen people were hurt and a dozen boats sank.")] == [
        (24.0, "about"), (12.0, "")]
    assert numbers("Dozens of people were hurt.") == []


def test_said_a_company_role_and_name_is_the_person():
    got = [q.speaker for q in quotations('"Safety is our first concern," said Northline chief executive Dara Quint.')]
    assert got == ["Dara Quint"]
    # a place or a body after "of" is no one's name
    got = [q.speaker for q in quotations('"We will rebuild," said Representative Ada Brenn of Pellam County.')]
    assert got != ["Pellam County"]


def test_since_a_weekday_dates_no_event_on_it():
    assert [d.iso for d in dates("Nobody in Kelvarra has slept since Monday, the mayor said.", "2026-10-15") if d.iso] == []
    assert [d.iso for d in dates("The dam at Kelvarra breached on Monday, the mayor said.", "2026-10-15")] == ["2026-10-12"]


def test_a_dateline_in_british_order_is_stripped_like_the_us_one():
    for head in ("ORVELL, 15 May (Tansy Wire) - ", "ORVELL, May 15 (Tansy Wire) - ", "ORVELL, 15 May 2026 (Tansy Wire) - ",
                 "ORVELL, Tues 15 May (Tansy Wire) - ", "ORVELL, Tuesday, 15 May (Tansy Wire) - ", "ORVELL, 15 May - "):
        s = head + "A former harbour clerk was jailed for six years on Thursday."
        assert strip_dateline(s) == len(head), head
    assert strip_dateline("U.S.-Orvell talks resumed on 15 May.") == 0


def test_until_a_weekday_with_a_future_or_present_verb_is_the_coming_one():
    tuesday = "2026-11-17"

    def day(sentence):
        return [d.iso for d in dates(sentence, tuesday) if d.kind == "weekday"]

    assert day("Schools in Tarrow will stay closed until Monday, the council said.") == ["2026-11-23"]
    assert day("The Tarrow ferry is suspended till Friday.") == ["2026-11-20"]
    # what lasted until a weekday is over, and a narrative's opening "Until Monday" goes on in the past
    assert day("The Tarrow road was closed until Monday.") == ["2026-11-16"]
    assert day("Until Monday, nobody in Tarrow knew where he was.") == ["2026-11-16"]


def test_a_figure_reported_by_another_body_is_not_the_sentences_source():
    s = ("The Pellan Survey measured the tremor at magnitude 5.2, higher than the 4.9 first reported by the "
         "Ostmark Institute.")
    assert attribution(s) is None or "Ostmark" not in attribution(s).source
    assert attribution("The toll rose to 9, up from the 4 deaths reported by the Ostmark clinic.") is None
    assert attribution("The Tarrow pier collapsed on Monday, as reported by the Ostmark Ledger.").source == "the Ostmark Ledger"


def test_a_possessive_source_reads_in_lower_case_inside_a_sentence():
    from newsloom.text import in_sentence
    assert in_sentence("His defence team", "Orlan Pike was jailed.") == "his defence team"
    assert in_sentence("Their lawyers", "") == "their lawyers"


def test_a_duration_in_two_units_is_one_figure():
    def months(text):
        return [(round(n.value / (365.25 / 12), 3), n.text) for n in numbers(text)]

    assert months("The skipper of the Larkspur was jailed for eight years and six months.") == [
        (102.0, "eight years and six months")]
    assert months("jailed for 8 years 6 months") == [(102.0, "8 years 6 months")]
    assert months("two years and three months") == [(27.0, "two years and three months")]
    assert months("eight and a half years") == [(102.0, "eight and a half years")]
    assert months("102 months") == [(102.0, "102 months")]
    assert [round(n.value * 1440) for n in numbers("The Vell ferry was held for 3 hours and 20 minutes.")] == [200]
    eight, compound = numbers("eight years")[0], numbers("eight years and six months")[0]
    assert not eight.agrees(compound) and compound.agrees(numbers("102 months")[0])
    # a larger unit after a smaller is another figure
    assert len(numbers("held for 20 minutes and 3 hours later freed")) == 2


def test_a_sum_keeps_the_currency_it_is_named_in():
    pounds, sign, euros = (numbers(t)[0] for t in ("took 2.3 million pounds", "took £2.3m", "around 2.7 million euros"))
    assert (pounds.unit, sign.unit, euros.unit) == ("£", "£", "€")
    assert pounds.agrees(sign) and pounds.value == sign.value
    assert not numbers("2.3 million euros")[0].agrees(sign)  # two sums, however alike
    assert numbers("saved 90 million crowns")[0].unit == "crowns"
    assert numbers("The catch weighed 200 pounds.")[0].unit == ""  # a weight as often as money


def test_a_source_said_before_a_clause_of_circumstance_is_kept():
    from newsloom.text import attribution

    a = attribution("The number of people evacuated along the Vessa coast has risen to 9,500, the regional "
                    "emergency office said on Tuesday, as Storm Irma moved towards Ormby.")
    assert a is not None and a.source == "the regional emergency office"
    assert attribution("Prices rose 4%, the ministry said on Monday, citing strong demand.").source == "the ministry"


def test_a_time_of_day_in_four_digits_is_no_figure():
    from newsloom.text import numbers
    assert numbers("The jet landed at 9:42 a.m. local time (0742 GMT), the airline said.") == []
    assert [n.value for n in numbers("Police said 1430 people were held.")] == [1430.0]


def test_a_described_source_set_off_by_a_relative_clause_is_kept():
    from newsloom.text import attribution
    assert attribution("A hospital source, who asked not to be named, said the clinic in Tavvik was short of "
                       "beds.").source == "A hospital source"
    assert attribution("The ferry company, which runs six boats, said it would cut sailings.").source == "The ferry company"
    assert attribution("The bridge, which opened in 1990, is said to be unsafe.") is None
    assert attribution("A man, who was hurt, was taken to hospital in Tavvik.") is None
