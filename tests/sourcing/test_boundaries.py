"""Where reported content starts and where it ends."""

from __future__ import annotations

from sourcing_helpers import described, sourcing_of


def test_noun_phrase_content_stops_before_an_adjunct():
    result = sourcing_of("Senator Ruth Hale endorsed Mr. Ortiz in a video posted on Monday.")
    assert described(result) == [("indirect", "Ruth Hale", "endorsed", "Mr. Ortiz")]


def test_told_reporters_and_in_a_statement():
    result = sourcing_of(
        "Mayor Lina Torres told reporters that the bridge would reopen.",
        "In a statement, the Ministry of Transport said the repairs had been costly.",
    )
    assert [(speaker, cue, content) for _, speaker, cue, content in described(result)] == [
        ("Lina Torres", "told", "that the bridge would reopen"),
        ("Ministry of Transport", "said", "the repairs had been costly"),
    ]


def test_reported_content_ends_before_a_contrast():
    result = sourcing_of("Ms. Ortiz said the budget was balanced, while critics pointed to a gap of $2 million.")
    assert described(result)[0] == ("indirect", "Ortiz", "said", "the budget was balanced")


def test_addressee_and_infinitive_are_the_content():
    result = sourcing_of("Mayor Ines Ortiz asked the council to delay the vote.")
    assert described(result) == [("indirect", "Ines Ortiz", "asked", "the council to delay the vote")]


def test_noun_phrase_content_ends_at_a_comma_unless_a_list_goes_on():
    result = sourcing_of(
        "Ms. Ortiz criticized the mayor, Dan Ruiz, during the debate.",
        "Mr. Ruiz cited rising costs, falling revenue and the storm.",
    )
    assert [content for _, _, _, content in described(result)] == [
        "the mayor",
        "rising costs, falling revenue and the storm",
    ]


def test_reported_content_ends_before_an_apposition_to_the_clause():
    result = sourcing_of("The firm announced it would cut 3,000 jobs, a blow to the region.")
    assert described(result)[0][3] == "it would cut 3,000 jobs"


def test_relative_clause_inside_the_contents_subject_does_not_end_the_content():
    result = sourcing_of(
        "The survey suggests that Mayor Ortiz, who has raised more money than anyone, still faces a hard race.",
        "Aides said the bill would pass the Senate, which has been deadlocked for months.",
    )
    assert [content for _, _, _, content in described(result)] == [
        "that Mayor Ortiz, who has raised more money than anyone, still faces a hard race",
        "the bill would pass the Senate",
    ]


def test_an_addressee_after_to_stands_between_the_cue_and_its_that_clause():
    result = sourcing_of(
        "The union wrote to the mayor's office that the pier was unsafe. Ortiz refused to admit that it was."
    )
    assert [(cue, content) for _, _, cue, content in described(result)][:1] == [("wrote", "that the pier was unsafe")]


def test_a_comma_inside_a_number_or_a_date_does_not_end_a_noun_phrase_content():
    result = sourcing_of(
        "The agency has deemed about 2,400 of the files private. Volunteers must promise to raise $3,000 before May. "
        "Then the mayor invoked the March 4, 1998, flood to defend the levy."
    )
    assert [content for _, _, _, content in described(result)] == [
        "about 2,400 of the files private",
        "to raise $3,000 before May",
        "the March 4, 1998, flood to defend the levy",
    ]


def test_a_noun_phrase_content_ends_before_a_second_verb_after_and_or_but():
    result = sourcing_of(
        "The senator endorsed the levy and was booed at the town hall. "
        "Her aide supports Ruiz but is not working for the campaign."
    )
    assert [content for _, _, _, content in described(result)] == ["the levy", "Ruiz"]


def test_reported_content_ends_before_a_coordinated_clause_with_its_own_subject():
    result = sourcing_of(
        "Ranchers insist the drought is easing — and the county is drafting new water rules. "
        "The mayor said the budget would balance, but the council has other plans."
    )
    assert [content for _, _, _, content in described(result)] == [
        "the drought is easing",
        "the budget would balance",
    ]


def test_an_aside_inside_the_contents_subject_does_not_end_the_content():
    result = sourcing_of(
        "The mayor said Wednesday she, too, wants an independent audit. "
        "Ortiz also says the water report, while late, was handled properly."
    )
    assert [content for _, _, _, content in described(result)] == [
        "she, too, wants an independent audit",
        "the water report, while late, was handled properly",
    ]


def test_an_infinitive_content_runs_on_through_a_short_list():
    result = sourcing_of("The governor hopes to win older, rural and working-class voters in the fall.")
    assert [content for _, _, _, content in described(result)] == [
        "to win older, rural and working-class voters in the fall"
    ]


def test_a_cue_inside_a_relative_clause_in_the_contents_subject_does_not_end_the_content():
    result = sourcing_of(
        "Ortiz said that the levy, which critics have argued is too costly, was a fair deal for the town."
    )
    assert (
        described(result)[0][3]
        == "that the levy, which critics have argued is too costly, was a fair deal for the town"
    )


def test_a_comma_inside_a_number_before_a_verb_cue_is_no_inverted_cue():
    result = sourcing_of("The auditors had said more than 2,400 Ortiz emails contained private data.")
    assert described(result)[0][3] == "more than 2,400 Ortiz emails contained private data"


def test_a_concessive_clause_inside_the_contents_subject_does_not_end_the_content():
    result = sourcing_of("The mayor agreed that the flooding, though it was rare, was a real danger to the town.")
    assert described(result)[0][3] == "that the flooding, though it was rare, was a real danger to the town"


def test_a_serial_comma_list_of_names_does_not_end_the_content():
    result = sourcing_of("The envoy said he expects Ortiz, Lamb, and Reyes to sign the accord this week.")
    assert described(result)[0][3] == "he expects Ortiz, Lamb, and Reyes to sign the accord this week"


def test_an_infinitive_after_a_cue_in_mid_sentence_is_its_content_not_an_adjunct():
    result = sourcing_of("Echoing her mentor, she vowed to win Ohio, a state her party lost twice, in the fall.")
    assert described(result)[0][2:] == ("vowed", "to win Ohio")


def test_so_standing_for_a_clause_is_the_whole_content():
    result = sourcing_of("Half of the farmers said so in March. The mayor thinks so, too.")
    assert [(cue, content) for _, _, cue, content in described(result)] == [("said", "so"), ("thinks", "so")]


def test_a_cue_inside_parentheses_takes_its_content_from_inside_them():
    result = sourcing_of(
        "Rural counties like Bell (nearly 80 percent of voters there were farmers, according to census data) favored the levy."
    )
    assert described(result)[0][2:] == ("according to", "nearly 80 percent of voters there were farmers")


def test_a_time_phrase_with_during_stays_in_a_noun_phrase_content():
    result = sourcing_of("Ortiz criticized the council during the budget hearing for its delays.")
    assert described(result)[0][3] == "the council during the budget hearing for its delays"


def test_a_weekday_stays_in_a_noun_phrase_content():
    result = sourcing_of("Ortiz criticized the council on Monday over its delays.")
    assert described(result)[0][3] == "the council on Monday over its delays"


def test_a_year_stays_in_a_noun_phrase_content():
    result = sourcing_of("The union endorsed Ortiz in 2012 and Lamb in 2016.")
    assert described(result)[0][3] == "Ortiz in 2012 and Lamb in 2016"


def test_a_time_clause_with_a_pronoun_ends_a_noun_phrase_or_infinitive_content():
    result = sourcing_of(
        "The senator opposed the levy as she prepared her run for governor. "
        "Ortiz refused to speak to reporters as he left the hall."
    )
    assert [content for _, _, _, content in described(result)] == ["the levy", "to speak to reporters"]


def test_until_or_a_time_clause_after_after_or_before_ends_a_noun_phrase_content():
    result = sourcing_of(
        "The union backed Mr. Lamb until he left the race in May. "
        "Ms. Reyes endorsed the levy after she moved to the coast."
    )
    assert [content for _, _, _, content in described(result)] == ["Mr. Lamb", "the levy"]


def test_reported_content_ends_before_a_coordinated_clause_with_a_quantity_subject():
    result = sourcing_of("The survey showed that 70 percent of farms lost money, and 40 percent closed for good.")
    assert described(result)[0][3] == "that 70 percent of farms lost money"


def test_a_participle_clause_after_a_comma_ends_a_noun_phrase_content():
    result = sourcing_of("The senator endorsed the levy, putting her at odds with the mayor and the council.")
    assert described(result)[0][2:] == ("endorsed", "the levy")


def test_a_cue_form_after_a_possessive_is_a_noun_that_does_not_end_the_content():
    result = sourcing_of("Ms. Ortiz said the harbor would reopen in May, given Lamb's plan to dredge the channel.")
    assert described(result)[0][2:] == (
        "said",
        "the harbor would reopen in May, given Lamb's plan to dredge the channel",
    )


def test_reported_content_ends_before_a_contrast_after_a_dash():
    result = sourcing_of(
        "Ms. Ortiz said the harbor would reopen in May - though it is unclear who will pay for the dredging."
    )
    assert described(result)[0][2:] == ("said", "the harbor would reopen in May")


def test_a_participle_cue_in_an_adjunct_ends_a_noun_phrase_content():
    result = sourcing_of(
        "The senator dismissed the mayor's charges by pointing out that the council had approved the levy."
    )
    assert [(cue, content) for _, _, cue, content in described(result)] == [
        ("dismissed", "the mayor's charges"),
        ("pointing out", "that the council had approved the levy"),
    ]


def test_reported_content_ends_before_but_and_a_pronoun_subject():
    result = sourcing_of("Ms. Ortiz said the vote on the levy was close but she remained hopeful about the harbor.")
    assert described(result)[0][2:] == ("said", "the vote on the levy was close")


def test_reported_content_ends_before_and_a_share_that_said():
    result = sourcing_of(
        "About 70 percent of voters said the harbor levy was fair and 20 percent said it was too high."
    )
    assert [content for _, _, _, content in described(result)] == ["the harbor levy was fair", "it was too high"]


def test_a_that_clause_in_an_opening_despite_phrase_ends_before_the_main_clause():
    result = sourcing_of("Despite complaints that he is a stubborn loner, Mr. Ortiz won the vote.")
    assert [(cue, content) for _, _, cue, content in described(result)] == [
        ("complaints", "that he is a stubborn loner")
    ]


def test_yes_or_no_standing_for_a_clause_is_the_whole_content():
    result = sourcing_of(
        "Asked about the levy, 60 percent of farmers said yes while others disagreed. Most said no, and left."
    )
    assert [(cue, content) for _, _, cue, content in described(result) if cue == "said"] == [
        ("said", "yes"),
        ("said", "no"),
    ]


def test_a_quantity_with_at_least_right_after_the_cue_opens_the_content():
    result = sourcing_of("The harbor office reported at least nine boats sank in the storm.")
    assert [(speaker, cue, content) for _, speaker, cue, content in described(result)] == [
        ("office", "reported", "at least nine boats sank in the storm"),
    ]


def test_taking_sides_in_a_who_aside_on_a_reported_speaker_describes_the_speaker():
    result = sourcing_of(
        "“The numbers are soft,” said Dana Park, a former mayor of Linden, who supports Ortiz. "
        "Lena Ruiz backs the mayor."
    )
    assert [(cue, content) for _, _, cue, content in described(result)] == [
        ("said", "“The numbers are soft,”"),
        ("backs", "the mayor"),
    ]


def test_content_in_a_nonrestrictive_relative_clause_ends_before_the_main_verb():
    result = sourcing_of("Rep. Lamb, who endorsed former Gov. Ortiz in the primary, represents a rural district.")
    assert [content for _, _, _, content in described(result)] == ["former Gov. Ortiz in the primary"]


def test_an_irregular_past_main_verb_ends_content_in_a_nonrestrictive_relative_clause():
    result = sourcing_of("The union, which backed Ms. Reyes in the primary, spent at least $4,000 on radio ads.")
    assert [content for _, _, _, content in described(result)] == ["Ms. Reyes in the primary"]


def test_a_medium_with_a_modifier_or_in_public_ends_a_noun_phrase_content():
    result = sourcing_of(
        "Ms. Reyes defended Ortiz in a recent interview with the Herald. The mayor criticized the plan in public."
    )
    assert [content for _, _, _, content in described(result)] == ["Ortiz", "the plan"]


def test_an_irregular_past_verb_after_and_ends_a_noun_phrase_content():
    result = sourcing_of(
        "Mayor Ortiz criticized the harbor plan and took questions. The union endorsed Lamb and spoke at the rally."
    )
    assert [content for _, _, _, content in described(result)] == ["the harbor plan", "Lamb"]


def test_a_margin_after_by_ends_a_noun_phrase_content():
    result = sourcing_of("Rural voters supported Ms. Reyes by a 30 percentage point margin.")
    assert described(result)[0][3] == "Ms. Reyes"


def test_a_broadcaster_after_on_ends_a_noun_phrase_content():
    result = sourcing_of("Senator Lamb attacked the harbor levy on CNN’s morning show.")
    assert described(result)[0][3] == "the harbor levy"


def test_an_as_clause_with_a_pronoun_and_a_finite_verb_ends_a_clause_content():
    result = sourcing_of("Ms. Reyes says the port is ready as she faces a hard vote in Maine.")
    assert described(result)[0][3] == "the port is ready"


def test_a_noun_phrase_or_infinitive_content_runs_through_the_commas_of_its_quotation():
    result = sourcing_of(
        "Ms. Reyes criticized the “slow, costly review” of the pier.",
        "The union vowed to “fight, and win,” the harbor vote.",
    )
    assert [content for _, _, _, content in described(result)] == [
        "the “slow, costly review” of the pier",
        "to “fight, and win,” the harbor vote",
    ]


def test_a_passive_cue_inside_the_content_does_not_end_it():
    result = sourcing_of("Ms. Park said the levy, once passed, should be declared void by the court.")
    assert described(result) == [
        ("indirect", "Park", "said", "the levy, once passed, should be declared void by the court")
    ]


def test_a_new_clause_after_a_comma_inside_the_closing_mark_ends_the_content():
    result = sourcing_of("The union argued that the levy was “unfair,” but the council passed it anyway.")
    assert described(result)[0][3] == "that the levy was “unfair,”"


def test_an_event_after_at_a_ends_a_noun_phrase_content_but_a_place_after_at_the_stays_in_it():
    result = sourcing_of(
        "Mr. Lamb endorsed Ortiz at a rally in Erie. Ms. Reyes criticized the harbor plan at the town meeting."
    )
    assert [content for _, _, _, content in described(result)] == ["Ortiz", "the harbor plan at the town meeting"]


def test_a_contrast_after_a_that_clause_stays_in_the_content():
    result = sourcing_of(
        "Ms. Reyes argued that the levy would help the port, while also raising fees for fishers.",
        "Mr. Lamb said the levy would help the port, while also raising fees for fishers.",
    )
    assert [content for _, _, _, content in described(result)] == [
        "that the levy would help the port, while also raising fees for fishers",
        "the levy would help the port",
    ]


def test_that_clause_starts_past_an_addressee_and_adjuncts():
    result = sourcing_of(
        "Mayor Ines Ortiz told reporters during a visit to the harbor on Friday that the pier would reopen.",
        "Ms. Hale said, apparently for the first time, that she would run again.",
        "The port authority announced this month that fees would rise.",
    )
    assert [content for _, _, _, content in described(result)] == [
        "that the pier would reopen",
        "that she would run again",
        "that fees would rise",
    ]


def test_a_noun_phrase_before_that_is_no_adjunct():
    result = sourcing_of("The council shared with the mayor a plan that voters rejected.")
    assert described(result)[0][3] == "with the mayor a plan that voters rejected"


def test_a_second_quotation_after_and_continues_the_content():
    result = sourcing_of("Ms. Hale said the levy was “unfair,” and “a burden on every family.”")
    assert described(result)[0][3] == "the levy was “unfair,” and “a burden on every family.”"


def test_a_day_closing_a_noun_phrase_content_dates_the_report():
    result = sourcing_of(
        "Senator Ruth Lamb endorsed Ines Ortiz on Thursday.",
        "The guild criticized the new pier last week.",
        "Mr. Ruiz backed the plan in March.",
        "The council promoted the campaign for a new harbor flag on Founders Day.",
    )
    assert [content for _, _, _, content in described(result)] == [
        "Ines Ortiz",
        "the new pier",
        "the plan",
        "the campaign for a new harbor flag",
    ]


def test_a_named_day_is_no_date_of_the_report():
    result = sourcing_of("Mr. Ruiz criticized the contests on Super Tuesday.")
    assert described(result)[0][3] == "the contests on Super Tuesday"


def test_a_clause_without_that_starts_after_the_addressee():
    result = sourcing_of(
        "Mr. Ortiz told reporters he thought the pier was safe.",
        "Ms. Hale told the Ledger the city would appeal.",
        "Ms. Hale told a gathering in Dayton she will protect the port.",
    )
    assert [content for _, _, _, content in described(result)] == [
        "he thought the pier was safe",
        "the city would appeal",
        "she will protect the port",
    ]


def test_a_noun_phrase_before_an_auxiliary_is_the_subject_of_the_content():
    result = sourcing_of("Ms. Hale warned the city would go broke.")
    assert described(result)[0][3] == "the city would go broke"


def test_an_indirect_question_starts_after_the_addressee():
    result = sourcing_of("The mayor asked the directors whether the port should close.")
    assert described(result)[0][3] == "whether the port should close"


def test_a_report_with_a_subject_of_its_own_after_with_ends_the_content():
    result = sourcing_of(
        "Ms. Hale said the pier was safe, with one aide noting that repairs were done.",
        "A poll showed Ortiz leading Ruiz, with 13 percent supporting another candidate.",
    )
    assert [content for _, _, _, content in described(result)] == [
        "the pier was safe",
        "Ortiz leading Ruiz, with 13 percent supporting another candidate",
    ]


def test_a_party_tag_or_an_age_stays_with_the_name():
    result = sourcing_of(
        "Mr. Lamb endorsed Sen. Ted Cruz, R-Texas, on Monday.",
        "Police identified the driver as Jessica Vale, 32, on Friday.",
    )
    assert [content for _, _, _, content in described(result)] == [
        "Sen. Ted Cruz, R-Texas",
        "the driver as Jessica Vale, 32",
    ]


def test_a_time_after_the_cue_is_skipped_before_a_bare_clause():
    result = sourcing_of(
        "Ms. Hale said this weekend she would run again.", "Mr. Ortiz said last night the vote was close."
    )
    assert [content for _, _, _, content in described(result)] == ["she would run again", "the vote was close"]


def test_an_adverb_between_cue_and_whether_is_not_content():
    result = sourcing_of("Ms. Hale wondered aloud whether the port should close.")
    assert described(result) == [("indirect", "Hale", "wondered", "whether the port should close")]


def test_a_colon_before_a_second_quotation_ends_the_content():
    result = sourcing_of("Ms. Hale told the BBC any review “must be quick”: “We cannot wait for months.”")
    assert described(result)[0] == ("mixed", "Hale", "told", "any review “must be quick”")


def test_a_coordinated_cue_sharing_the_modal_continues_the_clause():
    result = sourcing_of("The ministry stated it would close the ports and would respond within two days.")
    assert described(result) == [
        ("indirect", "ministry", "stated", "it would close the ports and would respond within two days")
    ]


def test_a_base_form_after_an_infinitive_continues_it():
    result = sourcing_of(
        "The council announced a review to examine costs, and determine whether the ferry should stay."
    )
    assert described(result)[0][3] == "a review to examine costs, and determine whether the ferry should stay"


def test_a_time_fronted_in_the_reported_clause_opens_the_content():
    result = sourcing_of("The engineers estimated by 2050, the city would need two new bridges.")
    assert described(result)[0][3] == "by 2050, the city would need two new bridges"


def test_a_name_and_its_own_speech_verb_after_and_start_a_second_attribution():
    result = sourcing_of("Ms. Ortiz said the pier would close in May and Ruiz says some of the workers will stay.")
    assert described(result) == [
        ("indirect", "Ortiz", "said", "the pier would close in May"),
        ("indirect", "Ruiz", "says", "some of the workers will stay"),
    ]


def test_but_with_a_fronted_phrase_and_a_subject_is_the_writers_contrast():
    result = sourcing_of("Ms. Ortiz says the emails were private, but for her critics, it is proof of a cover-up.")
    assert described(result) == [("indirect", "Ortiz", "says", "the emails were private")]


def test_a_predicate_after_the_object_of_a_participle_after_with_stays_in_the_content():
    result = sourcing_of("The members were irritated about the plan, with Sen. Ruth Hale calling it a “costly menu.”")
    assert described(result) == [("mixed", "Ruth Hale", "calling", "it a “costly menu.”")]


def test_a_name_after_with_and_a_participle_cue_start_an_attribution_of_their_own():
    result = sourcing_of(
        "Ms. Ortiz said the members were irritated about the plan, with Sen. Ruth Hale calling it a “costly menu.”"
    )
    assert described(result) == [
        ("indirect", "Ortiz", "said", "the members were irritated about the plan"),
        ("mixed", "Ruth Hale", "calling", "it a “costly menu.”"),
    ]
