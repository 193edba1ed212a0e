"""Fictional reports (written for these tests) of two earthquakes and of an unrelated budget vote."""
from __future__ import annotations

from newsloom.records import Article

# Event A: an earthquake near Port Emberly, Valdoria, on 2025-03-04.
QUAKE_A = [
    Article(
        id="a1", outlet="Northgate Wire", published="2025-03-04",
        title="Magnitude 6.8 earthquake shakes Port Emberly in Valdoria",
        text=(
            "A magnitude 6.8 earthquake struck near Port Emberly in southern Valdoria early on Tuesday, "
            "toppling old stone buildings along the harbour and cutting power to much of the city.\n\n"
            "The Valdorian Seismic Institute said the quake was centred 14 kilometres east of Port Emberly "
            "at a depth of 22 kilometres. At least 31 people were killed and more than 200 injured, "
            "according to the regional governor, Mara Quillon.\n\n"
            "Rescue teams searched the rubble of the Emberly market hall through the morning."
        ),
    ),
    Article(
        id="a2", outlet="Lowland Herald", published="2025-03-04",
        title="Dozens dead as quake hits Valdorian port city",
        text=(
            "At least 31 people died when a strong earthquake hit Port Emberly on Tuesday, Governor Mara "
            "Quillon told reporters, as rescuers dug through collapsed homes near the old harbour.\n\n"
            "The Valdorian Seismic Institute measured the tremor at 6.8. Hospitals in Port Emberly treated "
            "some 200 injured people, and the market hall in the city centre partly collapsed.\n\n"
            "Aftershocks rattled the coast of southern Valdoria for hours."
        ),
    ),
    Article(
        id="a3", outlet="Channel 9 Harbourtown", published="2025-03-05",
        title="Port Emberly counts the cost a day after deadly Valdoria quake",
        text=(
            "Residents of Port Emberly spent a cold night outdoors after Tuesday's 6.8 earthquake, which "
            "killed 34 people according to an updated count from Governor Mara Quillon.\n\n"
            "Engineers from the Valdorian Seismic Institute inspected cracked bridges on the harbour road, "
            "and the army set up tents beside the ruined market hall."
        ),
    ),
]

# Event B: another earthquake, elsewhere, two days later.
QUAKE_B = [
    Article(
        id="b1", outlet="Northgate Wire", published="2025-03-06",
        title="Earthquake of magnitude 7.1 strikes Tarn Hollow in Kessaly highlands",
        text=(
            "A magnitude 7.1 earthquake struck the Kessaly highlands on Thursday, destroying mountain "
            "villages around Tarn Hollow and triggering landslides that blocked the Orren Pass road.\n\n"
            "The Kessaly Geological Service said the quake was 9 kilometres deep. Interior minister "
            "Dovan Elsk said 12 people had been confirmed dead and that rescuers had yet to reach "
            "several villages.\n\n"
            "Helicopters carried the injured from Tarn Hollow to the hospital in Brevik."
        ),
    ),
    Article(
        id="b2", outlet="Vellmoor Courier", published="2025-03-06",
        title="Landslides cut off Kessaly villages after 7.1 quake",
        text=(
            "Landslides set off by a 7.1 magnitude earthquake cut off villages near Tarn Hollow in the "
            "Kessaly highlands on Thursday, Interior Minister Dovan Elsk said.\n\n"
            "At least 12 people were killed. The Orren Pass road was blocked, and the Kessaly Geological "
            "Service warned of aftershocks. Injured villagers were flown to Brevik."
        ),
    ),
]

# Something else the same week.
BUDGET = [
    Article(
        id="c1", outlet="Lowland Herald", published="2025-03-05",
        title="Valdorian parliament passes spring budget after all-night session",
        text=(
            "Valdoria's parliament approved the spring budget early on Wednesday by 118 votes to 97 after an "
            "all-night session, finance minister Ilse Varga said.\n\n"
            "The budget raises spending on rail lines and schools and trims farm subsidies, which the "
            "opposition Greens called a betrayal of rural voters."
        ),
    ),
]

# Another event in Event A's city on Event A's day: an arrest after a nightclub fight in Port Emberly.
ARREST = [
    Article(
        id="d1", outlet="Channel 9 Harbourtown", published="2025-03-04",
        title="Actor Tessa Varn arrested after nightclub scuffle in Port Emberly",
        text=(
            "Actor Tessa Varn was arrested on Tuesday in Port Emberly after a fight outside a nightclub, police "
            "said. The 27-year-old star of the series Salt Line is accused of striking a security guard. Varn "
            "was released without charge pending further inquiries, her agent Rob Calder said."
        ),
    ),
    Article(
        id="d2", outlet="Gullwing Wire", published="2025-03-04",
        title="Tessa Varn detained over Port Emberly club fight",
        text=(
            "Police in Port Emberly detained actor Tessa Varn on Tuesday after a scuffle with a security guard "
            "outside a nightclub. The Salt Line star, 27, was later released pending inquiries, agent Rob "
            "Calder said."
        ),
    ),
]

# Two arrests of the same kind in one city on consecutive days, told in the same words of a police report:
# a singer after a hotel disturbance (m*), a footballer after a bar fight (k*). The stream holds nothing else.
TWO_ARRESTS = [
    Article(
        id="m1", outlet="Gullwing Wire", published="2026-03-10",
        title="Singer Mara Lindqvist arrested in Port Emberly after hotel disturbance",
        text=(
            "Singer Mara Lindqvist was arrested early on Tuesday in Port Emberly after a disturbance at a "
            "harbourside hotel, police said. Officers were called to the Saltmarsh Hotel shortly after 2 a.m. "
            "following reports of shouting and a broken window. Lindqvist, 34, was held on suspicion of criminal "
            "damage and released on bail later in the day. Her publicist said the singer regretted the incident."
        ),
    ),
    Article(
        id="m2", outlet="Harbour Radio", published="2026-03-10",
        title="Pop star Lindqvist held over Port Emberly hotel incident",
        text=(
            "Police in Port Emberly detained pop star Mara Lindqvist on Tuesday morning over damage at the "
            "Saltmarsh Hotel. A police spokesman said a 34-year-old woman had been arrested on suspicion of "
            "criminal damage and later bailed. Guests reported hearing shouting before a window was smashed."
        ),
    ),
    Article(
        id="k1", outlet="Gullwing Wire", published="2026-03-11",
        title="Footballer Dario Kess arrested in Port Emberly after bar brawl",
        text=(
            "Footballer Dario Kess was arrested on Wednesday night in Port Emberly after a fight at a bar in the "
            "old town, police said. Officers were called to the Anchor Tavern shortly after 11 p.m. following "
            "reports of a brawl. Kess, 27, was held on suspicion of assault and released on bail on Thursday "
            "morning. His club said it was aware of the incident."
        ),
    ),
    Article(
        id="k2", outlet="Tollbridge Gazette", published="2026-03-11",
        title="Port Emberly striker Kess detained after tavern fight",
        text=(
            "Port Emberly striker Dario Kess spent the night in police custody after a fight at the Anchor "
            "Tavern, police confirmed. A 27-year-old man was arrested on suspicion of assault and bailed. "
            "Witnesses said two men traded punches before staff called the police."
        ),
    ),
    Article(
        id="m3", outlet="Tollbridge Gazette", published="2026-03-11",
        title="Lindqvist apologises for Port Emberly hotel damage",
        text=(
            "Singer Mara Lindqvist apologised on Wednesday for the damage at the Saltmarsh Hotel in Port Emberly, "
            "a day after she was arrested on suspicion of criminal damage. Police said the investigation was "
            "continuing."
        ),
    ),
]

# Two shootings of one kind on one day in two towns of one country (no gazetteer knows them), each told by
# two outlets; one outlet writes both in the same words. They share no person and no place.
TWO_SHOOTINGS = [
    Article(
        id="s1", outlet="Gullwing Wire", published="2026-05-12",
        title="Gunman kills four at shopping centre in Dunmere",
        text=(
            "A gunman killed four people and wounded six at a shopping centre in Dunmere on Tuesday afternoon "
            "before he was arrested, police said. The attacker opened fire near the food court at about 3 p.m. "
            "Police chief Alma Rusk said the suspect, a 31-year-old local man, acted alone. The motive was not "
            "yet known."
        ),
    ),
    Article(
        id="s2", outlet="Harbour Radio", published="2026-05-12",
        title="Four dead in Dunmere mall shooting",
        text=(
            "Four people were shot dead at the Eastgate shopping centre in Dunmere on Tuesday. Six others were "
            "taken to hospital. Dunmere police chief Alma Rusk told reporters a 31-year-old man was in custody "
            "and believed to have acted alone."
        ),
    ),
    Article(
        id="t1", outlet="Gullwing Wire", published="2026-05-12",
        title="Gunman kills three at supermarket in Carrow",
        text=(
            "A gunman killed three people and wounded two at a supermarket in Carrow on Tuesday evening before "
            "he was arrested, police said. The attacker opened fire near the checkouts at about 7 p.m. Police "
            "commander Ivo Sandell said the suspect, a 45-year-old man, acted alone. The motive was not yet known."
        ),
    ),
    Article(
        id="t2", outlet="Tollbridge Gazette", published="2026-05-12",
        title="Three killed in Carrow supermarket attack",
        text=(
            "Three people died when a man opened fire in a supermarket in Carrow on Tuesday night. Two others "
            "were wounded. Commander Ivo Sandell said a 45-year-old suspect had been detained at the scene."
        ),
    ),
]

# Two storms over one country five days apart, each with its own name, told in one outlet's words; they
# share the country, its ferry port and a storm's words, no person and no storm.
TWO_STORMS = [
    Article(
        id="w1", outlet="Gullwing Wire", published="2026-10-05",
        title="Storm Alda batters Valdoria coast, two dead",
        text=(
            "Storm Alda battered the west coast of Valdoria on Monday with winds of 140 km/h, killing two people "
            "and leaving 80,000 homes without power, the weather office said. Ferries between Port Emberly and "
            "the islands were cancelled."
        ),
    ),
    Article(
        id="w2", outlet="Harbour Radio", published="2026-10-05",
        title="Two killed as Alda brings 140 km/h gusts",
        text=(
            "Two people were killed by falling trees as Storm Alda swept across Valdoria. The grid operator said "
            "80,000 customers were cut off. Minister Kal Ruud urged people to stay at home."
        ),
    ),
    Article(
        id="v1", outlet="Gullwing Wire", published="2026-10-10",
        title="Storm Birte batters Valdoria coast, one dead",
        text=(
            "Storm Birte battered the west coast of Valdoria on Saturday with winds of 120 km/h, killing one "
            "person and leaving 45,000 homes without power, the weather office said. Ferries between Port "
            "Emberly and the islands were cancelled."
        ),
    ),
    Article(
        id="v2", outlet="Tollbridge Gazette", published="2026-10-10",
        title="Birte floods Valdorian harbours",
        text=(
            "Storm Birte flooded harbours across Valdoria on Saturday. One man drowned. The grid operator said "
            "45,000 customers had no electricity."
        ),
    ),
]

# Two arrests in one city on one day, one outlet's template for both: they share the city, the charge and
# nearly every word, but each is about a person the other never names.
ARRESTS_ONE_DAY = [
    Article(
        id="n1", outlet="Gullwing Wire", published="2026-08-18",
        title="Actor Felix Borran arrested in Carrow after nightclub fight",
        text=(
            "Actor Felix Borran was arrested in Carrow early on Tuesday after a fight at a nightclub, police said. "
            "Officers were called to the Velvet Room at about 2 a.m. Borran, 41, was held on suspicion of assault "
            "and released on bail. His agent declined to comment."
        ),
    ),
    Article(
        id="n2", outlet="Harbour Radio", published="2026-08-18",
        title="Borran held over Carrow club brawl",
        text=(
            "Police in Carrow detained film actor Felix Borran over a brawl at the Velvet Room nightclub. A "
            "41-year-old man was arrested on suspicion of assault and later bailed, a police spokesman said."
        ),
    ),
    Article(
        id="j1", outlet="Gullwing Wire", published="2026-08-18",
        title="Rapper Kimi Dax arrested in Carrow after nightclub fight",
        text=(
            "Rapper Kimi Dax was arrested in Carrow late on Tuesday after a fight at a nightclub, police said. "
            "Officers were called to the Blue Lantern at about 11 p.m. Dax, 29, was held on suspicion of assault "
            "and released on bail. His manager declined to comment."
        ),
    ),
    Article(
        id="j2", outlet="Tollbridge Gazette", published="2026-08-18",
        title="Kimi Dax detained after Blue Lantern scuffle",
        text=(
            "Rapper Kimi Dax spent the night in custody after a scuffle at the Blue Lantern club, Carrow police "
            "confirmed. A 29-year-old man was arrested on suspicion of assault."
        ),
    ),
]

# Two plane crashes on one day in two countries, one outlet's template for both: each names an airline,
# a place and a destination, and they share no name at all.
TWO_CRASHES = [
    Article(
        id="c1", outlet="Gullwing Wire", published="2026-09-13",
        title="Passenger plane crashes near Tarn Hollow, 54 dead",
        text=(
            "A passenger plane operated by Kessair crashed shortly after take-off near Tarn Hollow on Sunday, "
            "killing all 54 people on board, the Kessaly civil aviation authority said. The twin-engine aircraft "
            "was bound for Brevik."
        ),
    ),
    Article(
        id="c2", outlet="Vellmoor Courier", published="2026-09-13",
        title="Kessair flight down in highlands; no survivors",
        text=(
            "No one survived when a Kessair turboprop went down in the Kessaly highlands on Sunday. Aviation "
            "chief Ludo Marsk said 50 passengers and 4 crew were on board the flight to Brevik."
        ),
    ),
    Article(
        id="e1", outlet="Gullwing Wire", published="2026-09-13",
        title="Passenger plane crashes near Ostrava Bay, 112 dead",
        text=(
            "A passenger plane operated by Solvane Airways crashed on approach near Ostrava Bay on Sunday, "
            "killing 112 people on board, the Merovian civil aviation authority said. The jet was arriving "
            "from Calloway."
        ),
    ),
    Article(
        id="e2", outlet="Harbour Radio", published="2026-09-13",
        title="Solvane jet crash kills 112 in Merovia",
        text=(
            "A Solvane Airways jet crashed into the sea near Ostrava Bay on Sunday, Merovian officials said, "
            "killing 112. Rescue boats recovered debris."
        ),
    ),
]

# Two rulings of one court on one day, the same judges named in both: each report gives its ruling's vote.
TWO_RULINGS = [
    Article(
        id="r1", outlet="Gullwing Wire", published="2026-06-26",
        title="Valdoria's High Court strikes down farm subsidy law",
        text=(
            "Valdoria's High Court on Friday struck down a law granting subsidies to large farms, ruling 5-4 that "
            "it breached the constitution's equal treatment clause. Chief Justice Orla Menk wrote the majority "
            "opinion; Justice Ravi Hollis wrote in dissent."
        ),
    ),
    Article(
        id="r2", outlet="Lowland Herald", published="2026-06-26",
        title="Top court voids farm subsidies in 5-4 ruling",
        text=(
            "Large farms in Valdoria lost their subsidies on Friday when the High Court voided the law that created "
            "them. Justice Ravi Hollis wrote for the four dissenters that the court had overstepped."
        ),
    ),
    Article(
        id="u1", outlet="Gullwing Wire", published="2026-06-26",
        title="Valdoria's High Court upholds ban on street protests near parliament",
        text=(
            "Valdoria's High Court on Friday upheld a ban on street protests near parliament, ruling 6-3 that it "
            "did not breach the constitution's free assembly clause. Justice Ravi Hollis wrote the majority opinion; "
            "Chief Justice Orla Menk joined it."
        ),
    ),
    Article(
        id="u2", outlet="Vellmoor Courier", published="2026-06-26",
        title="Protest ban near parliament survives court challenge",
        text=(
            "Protesters lost their challenge to a ban on demonstrations near Valdoria's parliament on Friday, as the "
            "High Court ruled the ban lawful by six votes to three. Civil liberties group Open Square said it was "
            "disappointed."
        ),
    ),
]

# One bridge collapse told by three outlets, each about someone else: the minister, a victim, a rescuer,
# each named twice.
BRIDGE = [
    Article(
        id="g1", outlet="Northgate Wire", published="2025-05-12",
        title="Linden bridge collapses in Harrowgate, four dead",
        text=(
            "A road bridge over the Linden river collapsed in Harrowgate on Monday, sending a bus and two cars into "
            "the water and killing four people. Transport minister Kal Ruud said the 1960s span had been due for "
            "repairs next year. Ruud ordered checks on every bridge of its design."
        ),
    ),
    Article(
        id="g2", outlet="Lowland Herald", published="2025-05-12",
        title="Bus driver among four killed as Harrowgate bridge falls",
        text=(
            "Bus driver Tomas Pell was among four people killed when the Linden bridge in Harrowgate gave way on "
            "Monday. Pell, 52, had driven the route for twenty years, his brother said. Divers recovered the bus "
            "from the river."
        ),
    ),
    Article(
        id="g3", outlet="Channel 9 Harbourtown", published="2025-05-12",
        title="Harrowgate bridge collapse: rescuers search Linden river",
        text=(
            "Rescuers searched the Linden river in Harrowgate on Monday after a bridge collapsed, killing four. Fire "
            "service spokeswoman Ines Varga said two people were pulled alive from a car. Varga said divers would "
            "work through the night."
        ),
    ),
]

# Two arrests in one city on one day in short items that name each star once, by what they do.
ARRESTS_NAMED_ONCE = [
    Article(
        id="o1", outlet="Gullwing Wire", published="2026-07-07",
        title="Comedian Lars Brede arrested in Dunmere after bar fight",
        text=(
            "Comedian Lars Brede was arrested in Dunmere early on Tuesday after a fight at a bar, police said. "
            "Officers were called to the Harbour Lights at about 1 a.m. The 38-year-old was held on suspicion of "
            "assault and released on bail."
        ),
    ),
    Article(
        id="o2", outlet="Harbour Radio", published="2026-07-07",
        title="Stand-up star held over Dunmere bar brawl",
        text=(
            "Police in Dunmere detained comedian Lars Brede over a brawl at the Harbour Lights bar. The "
            "38-year-old was arrested on suspicion of assault and later bailed, a police spokesman said."
        ),
    ),
    Article(
        id="q1", outlet="Gullwing Wire", published="2026-07-07",
        title="Footballer Remi Ostrand arrested in Dunmere after bar fight",
        text=(
            "Footballer Remi Ostrand was arrested in Dunmere late on Tuesday after a fight at a bar, police said. "
            "Officers were called to the Anchor Inn at about 10 p.m. The 24-year-old was held on suspicion of "
            "assault and released on bail."
        ),
    ),
    Article(
        id="q2", outlet="Tollbridge Gazette", published="2026-07-07",
        title="Dunmere striker detained after Anchor Inn scuffle",
        text=(
            "Footballer Remi Ostrand spent the night in custody after a scuffle at the Anchor Inn, Dunmere police "
            "confirmed. The 24-year-old was arrested on suspicion of assault."
        ),
    ),
]

# One wedding told by three outlets, each leading with another star, each named once.
WEDDING = [
    Article(
        id="w7", outlet="Northgate Wire", published="2026-06-20",
        title="Pop star weds on Orrin island",
        text=(
            "Pop star Nelle Andor married in a private ceremony at the lighthouse chapel on Orrin island on "
            "Saturday. Guests were asked to hand in their phones."
        ),
    ),
    Article(
        id="w8", outlet="Lowland Herald", published="2026-06-20",
        title="Actor marries pop star girlfriend in secret",
        text=(
            "Actor Rafe Colby married his pop star girlfriend on Saturday at a lighthouse chapel on Orrin, a small "
            "island off the coast, in front of 80 guests."
        ),
    ),
    Article(
        id="w9", outlet="Vellmoor Courier", published="2026-06-20",
        title="Bridesmaid shares Orrin wedding photos",
        text=(
            "Model Sia Brunn posted photos from Saturday's wedding on Orrin island, where she was a bridesmaid. "
            "The couple married at the old lighthouse chapel."
        ),
    ),
]

# Two fires in two towns of one country on one day, one outlet writing both in the same words: only
# the towns (and the trades) tell them apart.
TWO_FIRES = [
    Article(
        id="x1", outlet="Northgate Wire", published="2026-02-05",
        title="Blaze guts paper mill in Kessaly, four dead",
        text=(
            "A blaze gutted a paper mill in Kessaly, Valdoria, on Thursday, killing four workers, the Valdorian "
            "Fire Service said. More than 70 firefighters battled the flames through the night."
        ),
    ),
    Article(
        id="x2", outlet="Lowland Herald", published="2026-02-05",
        title="Four workers killed as Kessaly paper mill burns",
        text=(
            "Four workers were killed when flames tore through a paper mill in Kessaly on Thursday. The Valdorian "
            "Fire Service said the fire began in a drying shed."
        ),
    ),
    Article(
        id="y1", outlet="Northgate Wire", published="2026-02-05",
        title="Blaze guts bottling plant in Ferran Vale, one dead",
        text=(
            "A blaze gutted a bottling plant in Ferran Vale, Valdoria, on Thursday, killing one worker, the "
            "Valdorian Fire Service said. More than 50 firefighters battled the flames through the night."
        ),
    ),
    Article(
        id="y2", outlet="Tollbridge Gazette", published="2026-02-05",
        title="Worker dies in Ferran Vale plant fire",
        text=(
            "One worker died when fire swept through a bottling plant in Ferran Vale on Thursday, the Valdorian "
            "Fire Service said. It said the blaze started near a forklift charging bay."
        ),
    ),
]

# One budget vote told by three outlets, each leading with another politician and sharing no name with
# the others: the chamber's tally is what they share.
BUDGET_VOTE = [
    Article(
        id="v1", outlet="Lowland Herald", published="2026-10-14",
        title="Assembly passes spending cuts by 91 votes to 64",
        text=(
            "The Assembly approved 3 billion crowns of spending cuts on Tuesday by 91 votes to 64. Treasury "
            "minister Olla Fenn said the savings would protect the currency. Fenn promised to review the cuts in spring."
        ),
    ),
    Article(
        id="v2", outlet="Vellmoor Courier", published="2026-10-14",
        title="Opposition leader vows to undo cuts",
        text=(
            "Opposition leader Brann Ostrow said he would undo the 3 billion crowns of cuts that lawmakers passed on "
            "Tuesday, 91 to 64, if he won the next election. Ostrow called the package cruel to pensioners."
        ),
    ),
    Article(
        id="v3", outlet="Northgate Wire", published="2026-10-14",
        title="Rebel backs cuts after deal on rural clinics",
        text=(
            "Rebel lawmaker Tilde Marr voted for the 3 billion crowns of cuts on Tuesday after securing money for "
            "rural clinics, helping the package pass by 91 votes to 64. Marr had threatened to vote against it."
        ),
    ),
]

# One verdict told from the bench, the dock and the prosecution: each report about another person, the
# first naming the town only after a capitalised word ("Former Kessaly mayor ...").
VERDICT = [
    Article(
        id="k1", outlet="Northgate Wire", published="2026-11-02",
        title="Ex-mayor Pavel Rusk jailed for five years over kickbacks",
        text=(
            "Former Kessaly mayor Pavel Rusk was jailed for five years on Monday for taking kickbacks from road "
            "builders. Rusk, 58, denied the charges throughout the trial and will appeal, his lawyer said."
        ),
    ),
    Article(
        id="k2", outlet="Lowland Herald", published="2026-11-02",
        title="Kessaly kickbacks trial: judge says ex-mayor 'betrayed his town'",
        text=(
            "Judge Ottla Brin told a Kessaly court on Monday that the former mayor had betrayed his town, as she "
            "jailed him for five years. Brin said the kickbacks totalled 800,000 crowns."
        ),
    ),
    Article(
        id="k3", outlet="Vellmoor Courier", published="2026-11-02",
        title="Prosecutor welcomes five-year term in Kessaly kickbacks case",
        text=(
            "Chief prosecutor Emil Sarn welcomed the five-year sentence handed to the former mayor of Kessaly on "
            "Monday. Sarn said 800,000 crowns in kickbacks had been traced to two road builders."
        ),
    ),
]

# One earthquake put at its epicentre by one outlet and in the worst-hit city by another: one magnitude.
QUAKE_TWO_PLACES = [
    Article(
        id="e1", outlet="Northgate Wire", published="2026-05-19",
        title="Magnitude 6.3 earthquake strikes near Brevik",
        text=(
            "A magnitude 6.3 earthquake struck near Brevik on Tuesday, the Valdorian seismic office said. The "
            "epicentre lay 12 km beneath Brevik, a fishing village on the northern coast."
        ),
    ),
    Article(
        id="e2", outlet="Lowland Herald", published="2026-05-19",
        title="Earthquake kills 23 in Tollmarsh",
        text=(
            "At least 23 people were killed in Tollmarsh when a magnitude 6.3 earthquake hit on Tuesday, officials "
            "said. Tollmarsh hospitals ran out of beds by nightfall."
        ),
    ),
]

# One crush at a cup final: one outlet names the stadium, the other the city.
CRUSH = [
    Article(
        id="h1", outlet="Northgate Wire", published="2026-10-17",
        title="Crush at Varne Park Stadium kills nine fans",
        text=(
            "Nine fans were killed in a crush at Varne Park Stadium on Saturday as crowds pushed towards a gate, "
            "police said. Varne Park Stadium was holding 38,000 people for the cup final."
        ),
    ),
    Article(
        id="h2", outlet="Harbour Radio", published="2026-10-17",
        title="Nine dead in cup final crush in Orrin",
        text=(
            "Nine people died in a crush at the cup final in Orrin on Saturday, police said. Orrin hospitals "
            "treated 40 injured fans."
        ),
    ),
]

# Two basketball games on one night, both won 102-98: a score is no chamber's vote.
TWO_GAMES = [
    Article(
        id="m1", outlet="Gullwing Wire", published="2026-01-18",
        title="Gullport Gulls edge Selmarsh Stags 102-98",
        text=(
            "Rafe Olin scored 31 points as the Gullport Gulls beat the Selmarsh Stags 102-98 on Sunday night. Olin "
            "made two free throws with 12 seconds left."
        ),
    ),
    Article(
        id="m2", outlet="Harbour Radio", published="2026-01-18",
        title="Olin lifts Gulls past Stags",
        text="Rafe Olin had 31 points and nine rebounds, and the Gullport Gulls held off the Selmarsh Stags 102-98 on Sunday.",
    ),
    Article(
        id="n1", outlet="Gullwing Wire", published="2026-01-18",
        title="Dunmere Dukes edge Orrin Otters 102-98",
        text=(
            "Lena Kask scored 28 points as the Dunmere Dukes beat the Orrin Otters 102-98 on Sunday night. Kask "
            "hit a three-pointer with 40 seconds left."
        ),
    ),
    Article(
        id="n2", outlet="Tollbridge Gazette", published="2026-01-18",
        title="Kask carries Dukes past Otters",
        text="Lena Kask had 28 points and seven assists, and the Dunmere Dukes held off the Orrin Otters 102-98 on Sunday.",
    ),
]
