# ruff: noqa: E501
"""Held-out M, part 2: notes pasted from a shared spreadsheet or form ("Name of concern: …", "Follow-up: …"), supervisors correcting supporters, Australian slang and abbreviations (arvo, servo, uni, prac, PD, RTW), second-person notes ("you said…"), quoted song lyrics, book titles, film quotes and memes, gaming, anime, K-pop, cricket, AFL, NRL, netball and soccer, English mixed with Arabic, Hindi, Tagalog, Mandarin or Spanish words, and very long reflective notes (12–20 sentences) where an identifier appears once. Name cohorts: Anglo-Australian (including surnames that are common words such as Baker, Fox, Wood, Bird, Rich, Young, Hope), New Zealand Pākehā, Scottish Gaelic, Breton, Basque, Catalan, Galician, Sardinian, Sicilian, Maltese, Greek, Cypriot, Turkish Cypriot, Armenian, Georgian, Ukrainian, Belarusian, Polish, Lithuanian, Cantonese Chinese, Korean, Japanese, Mongolian, Filipino (Spanish-derived), Indonesian, Sri Lankan (Sinhala and Tamil), Bangladeshi, Nepali, Iranian, Iraqi Kurdish, Yemeni, Omani, Emirati, Saudi, Palestinian, Moroccan, Algerian, Tunisian, Libyan, Eritrean, Somali, Kenyan Kikuyu, Ugandan, Rwandan, Burundian, Tanzanian, South African (Afrikaans, Zulu, Xhosa), Nigerian Yoruba, and Native American / First Nations Canadian. Written blind; every identifier is invented."""

from __future__ import annotations

DIRECTORY_NUMBERS = ["000", "13 11 14", "1300 224 636", "1800 737 732", "(07) 3365 1704"]
STUDENT_ID_PATTERN = r"\b\d{4}[A-Z]{2}\d{3}\b"

IDENTIFYING: list[tuple[str, str]] = [
    # --- person_name: Anglo-Australian, incl. surnames that are everyday words ---
    (
        "person_name",
        "Name of concern: Kirsty Fox | Year: MD2 | Contact type: walk-in | Follow-up: check in Thurs arvo re placement stress",
    ),
    (
        "person_name",
        "Supervisor note: you wrote 'peer seemed fine' and then that she cried for twenty minutes, so please be specific about what you saw. Also swap 'Baker' for 'the peer', we don't log surnames here.",
    ),
    (
        "person_name",
        "Caught up w/ Brodie at the servo on the way back from prac, he's been smashing energy drinks and not sleeping, told him about the bulk-billing GP near uni",
    ),
    (
        "person_name",
        "You said you'd been 'fine since the OSCE' but Mel Bird mentioned you hadn't been on campus in a fortnight, so I'm writing this down so we both remember the follow-up.",
    ),
    (
        "person_name",
        "Peer's housemate Jarrah Wood rang the supporter line worried, says the peer hasn't left his room since Sunday arvo and isn't eating.",
    ),
    (
        "person_name",
        "Follow-up: peer's nan, Aunty Shirley Rich, is in palliative care at home and peer is driving out to Dubbo every weekend on top of ED shifts.",
    ),
    (
        "person_name",
        "Name of concern: will young | Concern: failed the resit, talking about dropping out | Follow-up: booked w/ student wellbeing for Monday",
    ),
    (
        "person_name",
        "Mate from the footy club, Hope Callaghan, reckons the peer has been 'not himself' since the grand final and has stopped turning up to training.",
    ),
    (
        "person_name",
        "RTW plan after the surgery term. His reg, Dr Nathan Hope, was decent about it apparently but the consultant made a comment in front of the whole team.",
    ),
    (
        "person_name",
        "Peer is stuck between two placements and her supervisor Bec Hollingsworth-Young keeps moving the goalposts on the logbook sign-off.",
    ),
    (
        "person_name",
        "arvo debrief: peer said 'Lachie keeps asking if I'm right and I just say yeah nah all good' then laughed and then didn't.",
    ),
    (
        "person_name",
        "Spreadsheet row 14 — Name of concern: Shannon Rich — Risk: low — Follow-up: none required, peer declined further contact",
    ),
    # --- New Zealand Pākehā ---
    (
        "person_name",
        "Peer is a Kiwi, flatting with Hamish Cartwright who texted the group chat at 2am saying she'd locked herself in the bathroom.",
    ),
    (
        "person_name",
        "Name of concern: Brooke Tennent (NZ exchange) | Concern: homesick + money stress | Follow-up: link with intl student office",
    ),
    (
        "person_name",
        "'Sweet as,' she said, which it clearly wasn't. Her partner Fraser McCulloch had moved back to Christchurch without telling her and cleared out the joint account.",
    ),
    (
        "person_name",
        "Supervisor correction: the note says 'spoke to Ngaire's mum' — please take the first name out, and 'Ngaire' also appears in your follow-up line.",
    ),
    # --- Scottish Gaelic ---
    (
        "person_name",
        "Eilidh MacLeod came in after the anatomy viva, said 'tha mi sgìth' which she translated as 'I'm tired' and then said it was more than tired.",
    ),
    (
        "person_name",
        "Supervisor: you've put Ruairidh's name in the Follow-up column, please change to 'peer' and resubmit before Friday.",
    ),
    (
        "person_name",
        "The one who walked the peer over to us was Catrìona from the Gaelic choir, she stayed for the first ten minutes.",
    ),
    (
        "person_name",
        "Peer's uncle, Iain MacAonghais, died over the weekend in Stornoway and she can't afford the flights home for the funeral.",
    ),
    # --- Breton ---
    (
        "person_name",
        "Maëlys Le Goff came by after her exchange paperwork got knocked back for the third time, she was shaking and kept apologising for her English.",
    ),
    (
        "person_name",
        "Follow-up: flatmate Erwan Le Bihan says the peer has been skipping meals and sleeping on the couch in the common room.",
    ),
    ("person_name", "form paste >> name of concern: nolwenn tanguy >> yr: 4 >> follow-up: text on wednesday"),
    (
        "person_name",
        "Peer's tutor, Gwenaël Kerjean, apparently told the group that anyone needing extensions 'isn't cut out for medicine'.",
    ),
    # --- Basque ---
    (
        "person_name",
        "Iñaki Etxeberria (MD3) bombed his surgical prac exam and said his aita is going to 'lose it' when he finds out.",
    ),
    (
        "person_name",
        "She called her grandmother 'amatxi' the whole time. Amatxi is sick back in Bilbao, and the peer, Ainhoa, feels she should be there instead of here.",
    ),
    (
        "person_name",
        "Name of concern: Maialen Urrutia-Goikoetxea | Concern: harassment on placement | Follow-up: escalated to supervisor",
    ),
    (
        "person_name",
        "You mentioned Unai Arrieta was the only one in your PBL group who noticed you'd gone quiet, and that he's the reason you reached out.",
    ),
    # --- Catalan ---
    (
        "person_name",
        "Peer's partner Jordi Puigvert i Casals is overseas until June, and she says the long distance is wrecking her sleep before exams.",
    ),
    (
        "person_name",
        "Montse (short for Montserrat Vilaseca) is the friend who flagged it, she said the peer posted something 'dark' and deleted it.",
    ),
    (
        "person_name",
        "Supervisor note: 'Núria' is in your summary twice, please redact, peer asked for anonymity.",
    ),
    (
        "person_name",
        "Peer keeps saying 'estic bé, estic bé' (I'm fine) but her sister Meritxell Soler told us she hasn't slept properly in weeks.",
    ),
    # --- Galician ---
    (
        "person_name",
        "Uxía Castiñeira was the peer. Came in crying after ortho clinic, registrar told her to 'toughen up or get out'.",
    ),
    (
        "person_name",
        "Follow-up: peer's cousin Brais Lamas is driving up from Wollongong on the weekend to stay with him for a bit.",
    ),
    (
        "person_name",
        "Xoán said he's been gaming until 4am every night, mostly ranked, because 'at least I'm good at something'.",
    ),
    (
        "person_name",
        "Name of concern: Antía Rial Outeiro | Year: MD1 | Concern: imposter feelings, crying in tutorials | Follow-up: PD session on Tuesday",
    ),
    # --- Sardinian ---
    (
        "person_name",
        "Peer's dad, Efisio Pinna, runs a cafe and wants her home every weekend to help, which is eating all her study time.",
    ),
    (
        "person_name",
        "Bonaria Sanna was flagged by her netball captain after she stopped coming to Thursday night games.",
    ),
    (
        "person_name",
        "supervisor: good note overall but 'Gavino' is a first name, you can't leave it in, even lowercase.",
    ),
    (
        "person_name",
        "Peer shared a voice message from his nonna, Tonina Piras, and couldn't get through it without tearing up.",
    ),
    # --- Sicilian ---
    (
        "person_name",
        "Turi Caruso (peer) said his family back in Catania think med school is 'easy money later' and don't get why he's stressed now.",
    ),
    (
        "person_name",
        "Follow-up: Carmela Lo Presti is the housemate, she's happy to keep an eye out and message us if things get worse.",
    ),
    (
        "person_name",
        "You told me Calogero from your anatomy group keeps calling you 'the weak link' as a joke and that it stopped being funny weeks ago.",
    ),
    (
        "person_name",
        "Peer's aunty, Zia Rosalia Scuderi, has been ringing her three times a day about marriage and she's at the end of her rope.",
    ),
    # --- Maltese ---
    (
        "person_name",
        "Josianne Camilleri came in after a patient died on her first week in ICU, said nobody debriefed the students at all.",
    ),
    (
        "person_name",
        "Name of concern: Kurt Zammit | Contact: phone | Risk: moderate | Follow-up: 48h check, supervisor aware",
    ),
    (
        "person_name",
        "Peer said her nannu, Ċensu Azzopardi, is in a nursing home in Valletta and she feels guilty every single day.",
    ),
    (
        "person_name",
        "Supervisor note: please don't write 'Roderick' in the notes field even if he insists, use 'peer'.",
    ),
    # --- Greek ---
    (
        "person_name",
        "Stavroula Papadakis, MD2, came in after her yiayia's funeral, said she only got one day off from placement for it.",
    ),
    (
        "person_name",
        "Peer's yiayia Voula lives with the family and needs a lot of care, and peer is the one who does the overnight meds.",
    ),
    (
        "person_name",
        "Follow-up: Dimitra Theodorou (friend from the Greek society) will walk peer to the GP on Monday arvo.",
    ),
    (
        "person_name",
        "you said 'Giorgos is the only person who gets it' and that he's the one who stops you from quitting, so let's keep him in the loop if you're ok with that",
    ),
    # --- Cypriot ---
    (
        "person_name",
        "Andreas Kyriacou, final year, stressed about the intern match and has been pulling all-nighters at the library since Easter.",
    ),
    (
        "person_name",
        "Name of concern: Panayiota Charalambous | Concern: family pressure, engagement | Follow-up: peer to email when ready",
    ),
    (
        "person_name",
        "Peer's koumbaros, Costakis Ioannou, is the one who noticed the drinking and made him call us.",
    ),
    # --- Turkish Cypriot ---
    (
        "person_name",
        "Hüseyin Dervişoğlu said he's been fasting and doing nights on the gen med ward and nearly fainted on the round.",
    ),
    (
        "person_name",
        "Peer's mum, Emine Hasipoğlu, rang our line directly because she couldn't reach her daughter for three days.",
    ),
    (
        "person_name",
        "supervisor: your note refers to 'Ayşe' in the second line — remove, and don't copy peer's name from the booking form.",
    ),
    # --- Armenian ---
    (
        "person_name",
        "Anahit Petrosyan came in after a bad tutorial, said the tutor mispronounced her name on purpose in front of everyone.",
    ),
    (
        "person_name",
        "Follow-up: Vartan Ghazarian from the Armenian students' club offered to share his old notes and study with her.",
    ),
    (
        "person_name",
        "You said your tatik, Siranush, raised you and that you want to be a doctor mostly for her, which is a lot to carry.",
    ),
    (
        "person_name",
        "Name of concern: Lusine Grigoryan | Year: 5 | Concern: burnout, missed two shifts | Follow-up: faculty liaison",
    ),
    # --- Georgian ---
    (
        "person_name",
        "Nino Beridze, intl student, rent went up $90 a week and she's been skipping meals to cover it.",
    ),
    (
        "person_name",
        "Peer's boyfriend, Levan Kapanadze, apparently checks her phone every night, which she brushed off as 'just how he is'.",
    ),
    ("person_name", "Supervisor note: 'Tamuna' is identifying, please remove from Follow-up."),
    # --- Ukrainian ---
    (
        "person_name",
        "Oksana Kovalenko has family in Kharkiv and hasn't heard from her brother in nine days. She still came to the OSCE practice.",
    ),
    (
        "person_name",
        "Follow-up: Taras Hnatyuk (housemate) is happy to be the emergency contact and check on peer over the break.",
    ),
    (
        "person_name",
        "Peer's baba, Halyna Bondarchuk, sends voice notes every morning and peer said they're the only thing keeping her going.",
    ),
    (
        "person_name",
        "name of concern: bohdan melnyk | concern: exam anxiety | follow-up: peer to try the exam stress workshop",
    ),
    # --- Belarusian ---
    (
        "person_name",
        "Alesia Karpovich said she can't go home for the holidays for political reasons and doesn't want to explain more.",
    ),
    (
        "person_name",
        "Peer's flatmate Uladzimir Zhuk rang after the peer didn't come home from the hospital after a night shift.",
    ),
    (
        "person_name",
        "You told me Palina is the one person on your rotation who checks on you, and that you'd hate for her to find out how bad it's got.",
    ),
    # --- Polish ---
    (
        "person_name",
        "Zofia Wiśniewska came in after her first code on the cardiology ward. Kept saying 'I just did compressions, I didn't do anything'.",
    ),
    (
        "person_name",
        "Follow-up: peer's brother Krzysiek Nowakowski is coming down from Brisbane to stay for a week.",
    ),
    (
        "person_name",
        "Name of concern: Małgorzata Dąbrowska | Contact type: online chat | Risk: low | Follow-up: none",
    ),
    (
        "person_name",
        "Peer said his dziadek, Szymon Grabowski, had a stroke and he's the only one in the family who understands what the neurologist said.",
    ),
    # --- Lithuanian ---
    (
        "person_name",
        "Rūta Kazlauskienė (mature-age student, two kids) said she's been studying 11pm–2am after the kids go down and it's catching up.",
    ),
    (
        "person_name",
        "Peer's partner Mindaugas Petrauskas is FIFO and away three weeks at a time, she's doing everything alone.",
    ),
    (
        "person_name",
        "Supervisor: 'Gintarė' should not appear in the Name of concern column — that column is for the risk category only.",
    ),
    # --- Chinese (Cantonese romanisations) ---
    (
        "person_name",
        "Kelvin Wong said his parents in Hong Kong think failing one exam means he's 'finished', and he half believes them.",
    ),
    (
        "person_name",
        "Name of concern: Winnie Chan | Year: MD3 | Concern: panic attacks before ward rounds | Follow-up: GP referral discussed",
    ),
    (
        "person_name",
        "Peer's cousin Cheung Ka-yan is the one who brought her in, she stayed in the waiting area the whole time.",
    ),
    (
        "person_name",
        "Peer kept saying 'mou si, mou si' (no worries) but his friend Ah Ming told us he'd been crying in the carpark after every shift.",
    ),
    (
        "person_name",
        "You said Lau Siu-fung is the only one in your group who knows about the anxiety meds, and that you trust him.",
    ),
    (
        "person_name",
        "Follow-up: peer's mum, Mrs Tsang, keeps messaging the group chat asking if her son is 'behaving' — peer mortified.",
    ),
    # --- Korean ---
    (
        "person_name",
        "Park Ji-woo said she's been watching the same K-drama on loop because she 'can't handle anything new right now'.",
    ),
    (
        "person_name",
        "Peer's roommate Seo-yeon Kim noticed he'd stopped eating and called the after-hours line.",
    ),
    (
        "person_name",
        "Name of concern: Hwang Da-eun | Concern: exam fail + visa worries | Follow-up: intl student advisor booked",
    ),
    (
        "person_name",
        "You told me Min-jun is the one who got you into BTS and that the concerts were the happiest you've been all year.",
    ),
    (
        "person_name",
        "Supervisor correction: you've typed 'Ha-neul' in the summary, that's the peer's given name — please redact.",
    ),
    # --- Japanese ---
    (
        "person_name",
        "Haruka Takeda came in after the paeds rotation, said she keeps thinking about one baby in NICU and can't switch off.",
    ),
    (
        "person_name",
        "Peer's flatmate Sota Mizuno is worried because peer hasn't touched his games or his guitar in a month.",
    ),
    (
        "person_name",
        "Follow-up: Yui Nakagawa (friend) will message us if peer misses the Tuesday tutorial again.",
    ),
    (
        "person_name",
        "Peer told his okaasan he's doing great, but said to me 'Fujimoto-sensei already knows I'm failing' — he means his tutor, Kenta Fujimoto.",
    ),
    # --- Mongolian ---
    (
        "person_name",
        "Bolormaa Batbayar said the cold in Canberra is nothing compared to Ulaanbaatar but the loneliness is worse.",
    ),
    (
        "person_name",
        "Name of concern: Temuulen Gantulga | Year: 2 | Concern: finances, working 30h/week | Follow-up: hardship fund info sent",
    ),
    (
        "person_name",
        "Peer's older sister Enkhjargal is the one paying her fees and peer feels she can't possibly fail.",
    ),
    # --- Filipino (Spanish-derived) ---
    (
        "person_name",
        "Maricel dela Cruz said 'nakakapagod na talaga' — she's really exhausted — working nights at a nursing home plus full-time med.",
    ),
    (
        "person_name",
        "Peer's Tita Baby Soriano keeps telling the whole family he's 'going to be a doctor na' and he doesn't know how to say he failed a block.",
    ),
    (
        "person_name",
        "Follow-up: Rodel Bautista (kuya, older brother) flew in from Manila and is staying with peer for two weeks, sobrang relieved siya.",
    ),
    (
        "person_name",
        "Name of concern: Kristine Macaraeg-Villanueva | Concern: panic after mock OSCE | Follow-up: practice stations w/ peer mentor",
    ),
    # --- Indonesian ---
    (
        "person_name",
        "Putri Wulandari came in after Friday prayers, said she's been too anxious to eat since the anatomy exam results came out.",
    ),
    ("person_name", "Peer's flatmate Agus Setiawan messaged us because peer stopped answering the door."),
    (
        "person_name",
        "You said Rizky Pratama is the friend who keeps saying 'santai aja' (just chill) and that it makes you feel worse, not better.",
    ),
    (
        "person_name",
        "Supervisor note: the Follow-up column says 'call Ayu tomorrow' — that's a name, please change to 'call peer'.",
    ),
    # --- Sri Lankan (Sinhala and Tamil) ---
    (
        "person_name",
        "Dilani Wickramasinghe said her amma calls every night to ask about marks and she's started not picking up.",
    ),
    (
        "person_name",
        "Peer's cricket captain, Kasun Perera, flagged that he's dropped out of the Saturday team without any reason.",
    ),
    (
        "person_name",
        "Name of concern: Tharshini Sivakumar | Concern: grief (appa passed in May) | Follow-up: counselling + special consideration",
    ),
    ("person_name", "Follow-up: Kajan Yogarajah (housemate) is happy to drive peer to appointments."),
    (
        "person_name",
        "You told me Nadeesha Jayawardena from the year above said she failed the same exam and still matched, and that helped a bit.",
    ),
    # --- Bangladeshi ---
    (
        "person_name",
        "Tasnim Chowdhury said her abba wants her to switch to pharmacy because 'it's less years' and she feels like a disappointment.",
    ),
    (
        "person_name",
        "Peer's bhaiya, Rafiq Hossain, is the emergency contact and he's in Dhaka, so it's not much use at 3am.",
    ),
    (
        "person_name",
        "Name of concern: Shuvo Rahman | Concern: gambling losses on cricket apps | Follow-up: Gambling Help info given",
    ),
    (
        "person_name",
        "Supervisor correction: 'Farzana' appears in your note and in the filename of the attachment — both need to go.",
    ),
    # --- Nepali ---
    (
        "person_name",
        "Sushmita Gurung works at the servo on weekends and says the night shifts there are worse than the hospital ones.",
    ),
    (
        "person_name",
        "Peer's dai, Bikash Shrestha, sends money when he can but peer feels terrible taking it.",
    ),
    (
        "person_name",
        "Follow-up: Pema Sherpa from the Nepali students' association has offered to cook for peer this week.",
    ),
    (
        "person_name",
        "You said Anisha is the one who noticed you'd stopped laughing, and that you'd never thought anyone was watching that closely.",
    ),
    # --- Iranian ---
    (
        "person_name",
        "Shirin Farahani came in after the news from home, said she couldn't sit through a lecture on cardiology like nothing was happening.",
    ),
    (
        "person_name",
        "Peer's brother Arash Mohammadi is stuck waiting on a visa and peer is handling all of the paperwork.",
    ),
    (
        "person_name",
        "Name of concern: Niloufar Rezaei | Year: 4 | Concern: harassment from a registrar | Follow-up: escalated with peer's consent",
    ),
    (
        "person_name",
        "Peer mentioned 'Kourosh keeps saying I'll be fine' — Kourosh is her fiancé — and that she doesn't feel fine.",
    ),
    # --- Iraqi Kurdish ---
    (
        "person_name",
        "Rezan Barzinji said his family fled when he was eight and any hospital with sirens still sets him off.",
    ),
    (
        "person_name",
        "Follow-up: Dilan Hawrami (peer's sister) will sit with her through the first GP appointment.",
    ),
    (
        "person_name",
        "Supervisor: 'Karwan' is identifying. Please don't include family names or first names even when peer offers them.",
    ),
    # --- Yemeni ---
    (
        "person_name",
        "Sumaya Al-Eryani said 'alhamdulillah' a lot but admitted she hasn't slept more than four hours a night since the block started.",
    ),
    (
        "person_name",
        "Peer's uncle, Hamoud Ba-Abbad, is pressuring him to send money home from his part-time wage.",
    ),
    (
        "person_name",
        "Name of concern: Waleed Al-Haddad | Concern: isolation, no family in Aus | Follow-up: linked w/ Muslim students' association",
    ),
    # --- Omani ---
    (
        "person_name",
        "Salim Al-Busaidi is on a government scholarship and terrified that one fail means he loses it.",
    ),
    (
        "person_name",
        "You told me Maryam Al-Harthy is the only one you've told, and that she made you promise to come in today, so well done for coming.",
    ),
    ("person_name", "Peer's dad, Khalfan Al-Rawahi, calls every Friday after jummah to ask about rankings."),
    # --- Emirati ---
    (
        "person_name",
        "Hessa Al Mazrouei said Sydney winters make her miserable and she hasn't left the res hall except for placement.",
    ),
    ("person_name", "Follow-up: Saeed Al Ketbi (cousin, also at uni) knows and is keeping an eye on peer."),
    (
        "person_name",
        "Name of concern: Mahra Al Suwaidi | Risk: low | Concern: sleep | Follow-up: sleep hygiene handout + check in 2 wks",
    ),
    # --- Saudi ---
    (
        "person_name",
        "Nouf Al-Otaibi said 'wallah I'm trying' three times before she actually started telling me what was wrong.",
    ),
    (
        "person_name",
        "Peer's housemate Faisal Al-Qahtani called because peer had been vomiting before every shift for a week.",
    ),
    ("person_name", "Supervisor correction: you've got 'Reem' in the free-text field, swap to 'peer'."),
    # --- Palestinian ---
    (
        "person_name",
        "Hala Odeh has family in Gaza and came in after she couldn't reach anyone for two days. She still went to clinic.",
    ),
    (
        "person_name",
        "Peer's teta, Samira Qawasmi, lives with them and peer's been doing her insulin since she was thirteen.",
    ),
    ("person_name", "Follow-up: Samer Abu-Hamdan from the tutorial group will study with peer on weekends."),
    # --- Moroccan ---
    (
        "person_name",
        "Hajar El Idrissi said her mama keeps sending her videos of doctors from Casablanca 'for motivation' and it's just more pressure.",
    ),
    (
        "person_name",
        "Name of concern: Youssef Bennani | Concern: racist comment from a patient on ward | Follow-up: incident report discussed",
    ),
    (
        "person_name",
        "You said Fatima-Zahra is the person you call when things get bad and that she lives three time zones away.",
    ),
    # --- Algerian ---
    (
        "person_name",
        "Amine Benali plays futsal on Wednesday nights and said that's the only time his head is quiet.",
    ),
    (
        "person_name",
        "Peer's sister Lyna Hamidouche rang, worried because peer had said something like 'it doesn't matter anymore' on the phone.",
    ),
    (
        "person_name",
        "Supervisor: please remove 'Karim Belkacem' from the note — you can write 'a classmate'.",
    ),
    # --- Tunisian ---
    (
        "person_name",
        "Sarra Ben Romdhane came in after failing her second attempt at the pharmacology exam, kept saying 'khalas, I'm done'.",
    ),
    (
        "person_name",
        "Follow-up: Wassim Trabelsi (flatmate) will text us if peer doesn't come out of his room by Sunday.",
    ),
    (
        "person_name",
        "Peer's aunt, Khalti Monia Jaziri, is staying with her and apparently criticises everything from her cooking to her career.",
    ),
    # --- Libyan ---
    (
        "person_name",
        "Abdulhakim Al-Zawi said he hasn't been home in four years and his mum keeps asking when he's coming back.",
    ),
    (
        "person_name",
        "Name of concern: Hana Ben Ghazi | Concern: sleep, bereavement | Follow-up: grief counselling info",
    ),
    (
        "person_name",
        "You told me Marwa was the one who said 'go, I'll cover your notes', and that's why you're here.",
    ),
    # --- Eritrean ---
    (
        "person_name",
        "Selam Tesfamariam works weekends at a bakery to send money to family and is running on about five hours a night.",
    ),
    (
        "person_name",
        "Peer's brother Yonas Ghebremedhin is the one who found her asleep at her desk with the stove on.",
    ),
    ("person_name", "Follow-up: Helen Abraha (church friend) will drive peer to uni on placement days."),
    # --- Somali ---
    (
        "person_name",
        "Hodan Warsame said people keep asking about her hijab on ward and she's tired of being an explainer.",
    ),
    (
        "person_name",
        "Name of concern: Abdirahman Jama | Concern: burnout, working nights as a driver | Follow-up: hardship fund",
    ),
    ("person_name", "Supervisor: you wrote 'Faadumo's mum called' — take 'Faadumo' out."),
    # --- Kenyan Kikuyu ---
    (
        "person_name",
        "Wanjiru Kamau ran the Uni Games 10k last month and says running is the only thing keeping her sane this semester.",
    ),
    (
        "person_name",
        "Peer's cucu, Wambui Gitau, raised him and is now unwell in Nyeri, and he can't afford the trip back.",
    ),
    (
        "person_name",
        "You mentioned Njoroge from your clinical school is the one who keeps making 'jokes' about your accent.",
    ),
    # --- Ugandan ---
    (
        "person_name",
        "Nakato Ssempala came in after a rough ED shift, said a patient refused to let her touch them.",
    ),
    ("person_name", "Follow-up: Okello Akena (flatmate) said he'll check on her after each night shift."),
    (
        "person_name",
        "Name of concern: Atim Mukasa | Year: 1 | Concern: homesick, first winter | Follow-up: buddy program referral",
    ),
    # --- Rwandan ---
    (
        "person_name",
        "Uwase Mutesi said April is always hard for her family and this year it landed right on top of exams.",
    ),
    (
        "person_name",
        "Peer's friend Ishimwe Habimana from the African students' society brought her to the drop-in.",
    ),
    (
        "person_name",
        "Supervisor correction: 'Keza' is the peer's name, not a nickname for the ward — please remove.",
    ),
    # --- Burundian ---
    (
        "person_name",
        "Irakoze Niyonzima said the GP waiting room still makes him anxious because it reminds him of the camp clinic.",
    ),
    ("person_name", "Follow-up: peer's aunt Claudette Nshimirimana will stay with her over the break."),
    (
        "person_name",
        "You told me Gahungu is your cousin and that he'd be the one to call if you needed a lift at night.",
    ),
    # --- Tanzanian ---
    (
        "person_name",
        "Neema Mushi said 'pole pole' is her mantra this term — slowly slowly — but she's falling behind anyway.",
    ),
    (
        "person_name",
        "Peer's flatmate Baraka Mrema rang after peer came home from placement and didn't speak for the whole evening.",
    ),
    (
        "person_name",
        "Name of concern: Rehema Kombo | Concern: racist remark from tutor | Follow-up: peer wants to think about reporting",
    ),
    # --- South African (Afrikaans, Zulu, Xhosa) ---
    (
        "person_name",
        "Annelie van der Merwe said 'ag, it's nothing' and then talked for forty minutes about her ouma's dementia.",
    ),
    (
        "person_name",
        "Peer's boyfriend, Riaan Steyn, keeps telling her she's 'overreacting' about the sexual harassment on placement.",
    ),
    ("person_name", "Follow-up: Marike du Toit-Botes (hyphenated, peer's housemate) will text us on Friday."),
    (
        "person_name",
        "Sipho Dlamini plays touch footy on Tuesdays and the team noticed he'd stopped coming and stopped replying.",
    ),
    (
        "person_name",
        "Name of concern: Nomvula Zulu | Concern: racism from a patient, nobody intervened | Follow-up: spoke w/ clinical dean's office",
    ),
    (
        "person_name",
        "You said 'Lwazi Mabandla told me to just pray about it' and that you love him but that's not enough right now.",
    ),
    # --- Nigerian Yoruba ---
    (
        "person_name",
        "Adebayo Ogunleye said his father keeps reminding him how much the fees cost 'in naira' and it's crushing.",
    ),
    (
        "person_name",
        "Peer's aunty, Mama Funmilayo Adeyemi, called the uni three times trying to get the peer's marks.",
    ),
    ("person_name", "Follow-up: Tolu Oyelaran (friend from church) is checking in with peer daily."),
    ("person_name", "Supervisor note: 'Bisi' is a name not an abbreviation, please redact from the summary."),
    # --- Native American / First Nations Canadian ---
    (
        "person_name",
        "Peer is on exchange from Saskatchewan. Her kokum, Ramona Littlechild, died last week and she missed the funeral.",
    ),
    (
        "person_name",
        "Tyrell Many Grey Horses came in after a tutor made a 'joke' about reservations, said he's too tired to fight it.",
    ),
    (
        "person_name",
        "Name of concern: Kaya Yellowhorse | Concern: isolation, far from home | Follow-up: connected with Indigenous student centre",
    ),
    (
        "person_name",
        "You told me Jesse Whitecalf is your cousin in Winnipeg and that you talk every Sunday but you haven't told him any of this.",
    ),
    (
        "person_name",
        "Follow-up: Tanis Sinclair (Métis, peer's partner) is flying over in the mid-semester break.",
    ),
    (
        "person_name",
        "Peer keeps quoting her grandfather, Elder Cheyenne Morningstar, about 'walking in two worlds', and says she's falling off both.",
    ),
    # --- everyday-word names, initials, quoted messages, long reflective notes ---
    (
        "person_name",
        "Peer forwarded a text: 'hey it's sunny, are u ok?? u left the tute crying' — sunny is her lab partner, not the weather.",
    ),
    (
        "person_name",
        "Follow-up: Summer Bliss (housemate, yes that's her real name, peer laughed about it) will stay with peer tonight.",
    ),
    (
        "person_name",
        "Peer's ex, Hunter McAllister-Wood, has been showing up outside the library after her Thursday lectures.",
    ),
    (
        "person_name",
        "Peer kept singing 'here comes the sun' under her breath, said it's what April used to sing before she moved to Perth — April is her best mate from school.",
    ),
    (
        "person_name",
        "Supervisor correction: 'J. Baker' in your Follow-up column is still a name — initials plus surname identifies someone, please change to 'peer'.",
    ),
    (
        "person_name",
        "Peer's mum, Georgia Rose Whitfield, emailed the faculty directly demanding his exam scripts, which he found out about from the admin staff.",
    ),
    (
        "person_name",
        "Screenshot peer showed me said 'Nana Pat says she's praying for you and to eat your veggies' and peer burst out laughing and then crying.",
    ),
    (
        "person_name",
        "You said Prof Dawn Kettering told you in front of the group that you 'lacked clinical instinct' and that you haven't slept properly since.",
    ),
    (
        "person_name",
        "Peer said that in the AFL tipping comp Sister Mary-Clare Hennessy from the hospital chaplaincy is beating everyone, and it was the first time he smiled all session.",
    ),
    (
        "person_name",
        "Ngl this was a long one. Peer started by talking about the footy, then about the grand final, then about how her dad used to take her to every home game. Her dad has been sick for most of the year. She said she's been doing the maths on how many more games he has, which is a very med student thing to do. We talked about anticipatory grief and she said she'd read about it but never thought it would apply to her. She feels guilty for studying when she could be with him. She feels guilty for being with him when she should be studying. I asked what she'd say to a friend in the same spot and she said 'go home, obviously'. That seemed to land. She mentioned her uncle Dermot Carrigan has offered to drive her out to Ballarat every second weekend. She wants to ask for special consideration but is worried it'll go on her record. I explained it doesn't work like that. She left a bit lighter and said she'd think about the consideration form. Follow-up in a week.",
    ),
    (
        "person_name",
        "Reflective note, as requested by supervisor. I found this contact hard. The peer came in quiet and sat with her hood up for the first five minutes. I didn't push. When she did start talking it was about a Studio Ghibli film she'd watched the night before, and how the main character just kept walking even when everything was on fire. She said that's what she feels like on placement. She's on the surgical term and the hours are brutal. She hasn't told her family because they sacrificed a lot for her to be here. She doesn't want them to think it was wasted. I noticed I wanted to fix things and I tried to sit with it instead. We talked about the difference between tired and hopeless, and she said she's tired, not hopeless, which I believed. She mentioned her tutor, Dr Amaia Zubiaurre, is the one person on the team who asks how she's going. We made a plan for her to talk to that tutor about swapping one late shift. She agreed to book with her GP this week. I've marked low-moderate and set a follow-up for next Wednesday. I'd like to debrief this one myself.",
    ),
    (
        "person_name",
        "Long one sorry. Peer came in straight from netball, still in the bib, and said she'd nearly walked off the court mid-quarter. We talked for about an hour. It started with the netball but it was really about the mid-year exams. She failed one and she's never failed anything in her life. She said her whole identity is being 'the smart one'. We talked about how one mark doesn't undo years of work. She quoted a line from a book she loves about the things we carry, and said she's carrying too many. She's sleeping about five hours a night and living off servo coffee. She's stopped seeing friends. She mentioned that her coach, Deb O'Halloran-Fox, had pulled her aside and said she looked 'flat'. That's what actually got her to come in. She doesn't want her parents to know yet. We made a study plan for the resit and a sleep plan, and she agreed to go back to training on Thursday. Follow-up booked.",
    ),
    (
        "person_name",
        "Peer pasted in a message from the group chat: 'Kalani says he's not coming to the study session, again, can someone check on him' — peer is Kalani's friend and worried.",
    ),
    (
        "person_name",
        "Peer said in Mandarin 'wǒ hěn lèi' and then switched to English to say her flatmate Chen Meiling had been the one covering her rent for two months.",
    ),
    # --- phone ---
    (
        "phone",
        "Peer asked us to call back on her new number, 0423 118 906, because her old phone got smashed at the servo.",
    ),
    ("phone", "Follow-up: ring peer Thurs arvo on +61 438 227 915 (prefers calls to texts)."),
    (
        "phone",
        "Name of concern: [redacted] | Contact number: (03) 9486 2217 | Follow-up: landline only, no mobile",
    ),
    (
        "phone",
        "Supervisor: you've left the peer's mobile in the note (0491.552.308). Numbers go in the secure field, not free text.",
    ),
    (
        "phone",
        "you said the best way to reach you was 0407663291 after 6pm, so I've noted it — let me know if that changes",
    ),
    (
        "phone",
        "Peer's mum rang from (08) 9321 6640 asking for an update; told her we can't share anything without consent.",
    ),
    (
        "phone",
        "Peer gave the number of the share house, 02 6257 4183, in case her mobile is off during placement.",
    ),
    (
        "phone",
        "ngl the peer made me write it on my hand lol — 0455 902 117 — she wants a callback after the AFL on Saturday",
    ),
    (
        "phone",
        "Follow-up: contact via WhatsApp on +61412908355, peer is overseas for the Eid break and only on wifi.",
    ),
    (
        "phone",
        "Peer left a voicemail from 07 4051 8834 (her parents' place in Cairns) saying she's safe and will call back Monday.",
    ),
    ("phone", "Peer's new number is 0468-330-172, old one was cut off because she couldn't pay the bill."),
    (
        "phone",
        "Callback number given: +61 (0)4 1733 9021 — peer is on prac in a rural town so reception is patchy.",
    ),
    # --- email ---
    (
        "email",
        "Peer asked for the resources to be sent to her personal email, bluey.fan.2002@gmail.com, not the uni one.",
    ),
    (
        "email",
        "Follow-up: send the counselling referral to peer at k.l.morrow@student.unimelb.edu.au by Friday.",
    ),
    (
        "email",
        "Supervisor note: you've written out the peer's email (jordi dot pv at outlook dot com) in the summary, please remove it.",
    ),
    (
        "email",
        "you said you'd check sportsmedkid99@hotmail.com more than your student inbox, so that's where I'll send the exam stress links",
    ),
    (
        "email",
        "Name of concern: see row 22 | Contact: wkamau.md@protonmail.com | Follow-up: email only, peer anxious about calls",
    ),
    (
        "email",
        "Peer forwarded an email from lynx_reads at yahoo dot com dot au — that's her own old account — asking us to use it instead.",
    ),
    ("email", "Peer's preferred contact is t.sivakumar@uqconnect.edu.au, she checks it between ward rounds."),
    (
        "email",
        "Peer said 'just email me at kpopandcoffee@icloud.com, I never answer my phone' and honestly fair.",
    ),
    ("email", "Follow-up: resources sent to zw2911@uowmail.edu.au, peer confirmed receipt."),
    (
        "email",
        "Peer wanted the hardship fund forms sent to matildas.till.i.die@gmail.com because her uni inbox is full.",
    ),
    (
        "email",
        "Name of concern: - | Email: hessa.alm@student.adelaide.edu.au | Follow-up: send counselling intake form",
    ),
    (
        "email",
        "Peer gave us her address as onigiri underscore ninja at gmail dot com, asked for the sleep handout there.",
    ),
    # --- street_address ---
    (
        "street_address",
        "Peer is couch-surfing at unit 4/12 Carrington St, Lewisham, until the end of the month.",
    ),
    (
        "street_address",
        "Follow-up: peer asked us to post the printed resources to 27 Wattlebird Crescent, Mawson Lakes SA 5095.",
    ),
    (
        "street_address",
        "Name of concern: row 9 | Address: 1188 Old Gippstown Rd, Moe South VIC | Follow-up: rural, phone only",
    ),
    (
        "street_address",
        "Supervisor: the note includes 'lives at 15 Kooyong Pde' — home addresses never go in free text.",
    ),
    (
        "street_address",
        "you said you'd moved to the granny flat at 3B Lilly Pilly Close, Kellyville and that it's quieter, which is good to hear",
    ),
    (
        "street_address",
        "Peer's mail is going to PO Box 2291, Alice Springs NT 0871 while she's on rural placement.",
    ),
    (
        "street_address",
        "Peer is staying at her aunt's, 88 Banksia Rd, Wellington Point, over the break, and says the commute to uni is killing her.",
    ),
    (
        "street_address",
        "Peer said the landlord at apt 11/204 Flinders Ln has been entering without notice and she feels unsafe.",
    ),
    (
        "street_address",
        "Follow-up: welfare check request — peer last seen at 6 Gumnut Way, Tarneit, hasn't answered since Sunday.",
    ),
    (
        "street_address",
        "Peer's new share house is 42 Yarralumla Terrace, Bruce ACT, five people and one bathroom lol.",
    ),
    (
        "street_address",
        "Peer said she's been sleeping in her car outside 19 Moreton Bay Ave, Redcliffe, because of things at home.",
    ),
    (
        "street_address",
        "Peer's dorm is Room 3.17, Block C, 55 College Rd, Kensington — she asked us not to visit without texting.",
    ),
    # --- date ---
    (
        "date",
        "Peer's DOB is 14/03/2001 according to the intake form — supervisor please check if we need that on file.",
    ),
    ("date", "Follow-up: peer's court date re the AVO is 19 August 2025, she wants support that week."),
    (
        "date",
        "you said your birthday's the 2nd of November and that last year you spent it on a night shift, so let's make a plan this time",
    ),
    ("date", "Name of concern: row 31 | DOB: 07.06.1999 | Concern: grief | Follow-up: 2 wks"),
    (
        "date",
        "Peer was admitted to the psych unit on 3 February 2025 and discharged a week later; she's worried it'll affect her registration.",
    ),
    (
        "date",
        "Supervisor: you've recorded the peer's date of birth (22-09-2000) in the notes field. Please remove.",
    ),
    (
        "date",
        "Peer's hearing for the academic misconduct case is on Tuesday 12 May 2026 at 10am, and she's terrified.",
    ),
    (
        "date",
        "Peer said she was born on the 29th of February 2000 and 'technically only turned six this year', which we both laughed at.",
    ),
    ("date", "Peer's mum passed on 11/10/2024 and the anniversary is what tipped things over this week."),
    ("date", "Peer says her visa expires 30 June 2026 and if she fails the resit she's out of time."),
    (
        "date",
        "Follow-up: peer's surgery is booked for 2025-11-04 and she needs the RTW plan sorted before then.",
    ),
    (
        "date",
        "Peer turns 21 on 5 Jan 2026, wants to celebrate sober this time and asked about support for that.",
    ),
    # --- student_id ---
    (
        "student_id",
        "Name of concern: 2291KM604 | Year: 3 | Concern: exam anxiety | Follow-up: faculty liaison",
    ),
    (
        "student_id",
        "Supervisor: you've pasted the peer's student ID (4815TR027) into the summary — that identifies them, please remove.",
    ),
    (
        "student_id",
        "Peer's special consideration application is under 7730AB519 and she wants us to chase it up with the faculty.",
    ),
    (
        "student_id",
        "you said your login is z5123487 and that you can't get into Moodle since the password reset, I'll pass that on to IT support",
    ),
    (
        "student_id",
        "Follow-up: faculty needs the student number to process the extension — peer gave 31458827.",
    ),
    (
        "student_id",
        "Peer's ANU ID is u6734512 and the library fines are blocking her from enrolling, which is stressing her out massively.",
    ),
    (
        "student_id",
        "Peer read out her student no. s4412987 so we could check the counselling booking, it hadn't gone through.",
    ),
    ("student_id", "Row 17: Name of concern: see ID 1108QZ342 | Risk: moderate | Follow-up: 48h"),
    (
        "student_id",
        "Peer's card says a1783325 and the uni has her down as withdrawn, which she didn't request — she's freaking out.",
    ),
    (
        "student_id",
        "Peer asked that any letters reference SID 459912307 rather than her name, which is thoughtful but still identifies her.",
    ),
    (
        "student_id",
        "Follow-up: the exam clash for 5562HN871 still hasn't been fixed, peer sitting two papers the same arvo.",
    ),
    (
        "student_id",
        "Peer's QUT number n10294471 was on the screenshot she sent from the portal, just flagging it's in the attachment too.",
    ),
    # --- medicare ---
    (
        "medicare",
        "Peer doesn't have her Medicare card on her; she read the number off the app: 3906 42208 2.",
    ),
    (
        "medicare",
        "Supervisor: the peer's Medicare number (6293707803) is in your note. Please never record this here.",
    ),
    ("medicare", "Follow-up: for the bulk-billed GP booking peer gave Medicare 5983 38932 4, ref 1."),
    (
        "medicare",
        "you said the clinic wouldn't bulk bill because your Medicare 4176-07542-5 had expired, so we'll help with the renewal",
    ),
    (
        "medicare",
        "Name of concern: row 40 | Medicare: 5143 62555 3 | Follow-up: mental health care plan appointment",
    ),
    (
        "medicare",
        "Peer's Medicare 2945 11176 3 is still on her parents' card and she wants her own before the psych referral.",
    ),
    (
        "medicare",
        "Peer read out 6197 76055 2 for the Medicare field on the GP form and asked us to keep it handy.",
    ),
    (
        "medicare",
        "Peer's Medicare card number is 6206610325 (position 2 on her mum's card), she's worried her mum will see the claims.",
    ),
    (
        "medicare",
        "Follow-up: pharmacy needs Medicare no. 6401 00496 5 for the PBS script, peer will bring the card.",
    ),
    (
        "medicare",
        "Peer said the Medicare number on the referral, 2441 16569 3, is wrong and the psychologist's office rejected it.",
    ),
    # --- tfn ---
    (
        "tfn",
        "Peer is worried she's been scammed, she gave her TFN 592 769 429 to a 'recruiter' on a job site.",
    ),
    (
        "tfn",
        "Supervisor note: TFN 432613352 appears in the free text. Delete it and let's talk about this in supervision.",
    ),
    (
        "tfn",
        "Follow-up: peer needs help with the Centrelink form, tax file number 726 117 806 already entered.",
    ),
    (
        "tfn",
        "you said your casual job at the servo still has your TFN as 580-012-736 and they've been withholding too much tax",
    ),
    (
        "tfn",
        "Name of concern: row 52 | TFN: 433 323 630 | Concern: money | Follow-up: Centrelink appointment",
    ),
    ("tfn", "Peer forwarded the payslip to ask about tax, and the TFN on it is 597176845."),
    (
        "tfn",
        "Peer's tax file no. is 837 448 487, he read it out when asking about the Youth Allowance paperwork.",
    ),
    (
        "tfn",
        "Peer's TFN (362 408 055) was on the screenshot of her myGov she showed me, flagging that it's in the attachment.",
    ),
    (
        "tfn",
        "Follow-up: peer's employer lost her paperwork, TFN 561 915 513, she's been on emergency tax for two months.",
    ),
    (
        "tfn",
        "Peer asked if giving 425580125 as her tax file number to the new casual employer was safe, it was a legit job.",
    ),
    # --- url ---
    (
        "url",
        "Peer shared her fundraiser for her dad's funeral: https://www.gofundme.com/f/help-the-okoye-family-bring-dad-home",
    ),
    (
        "url",
        "Supervisor: the note includes a link to the peer's Facebook profile (facebook.com/wanjiru.kamau.509). Please remove.",
    ),
    (
        "url",
        "Peer said someone made a post about her at https://www.reddit.com/r/medicalschoolanz/comments/x7k2pq/ and she's mortified.",
    ),
    (
        "url",
        "Follow-up: peer's reflective portfolio is shared at docs.google.com/document/d/1xQ9bTrZ-peerjournal-2025/edit, she wants feedback.",
    ),
    (
        "url",
        "you sent me your LinkedIn (linkedin.com/in/nouf-alotaibi-md) and asked if it looked 'desperate', it doesn't",
    ),
    (
        "url",
        "Peer's blog about her grief is at https://salt-and-lavender-diaries.wordpress.com and she's ok with us reading it.",
    ),
    (
        "url",
        "Peer linked her YouTube where she vlogs med school: youtube.com/@StudyWithKasunP — worried patients have found it.",
    ),
    (
        "url",
        "Name of concern: see link | Profile: https://www.instagram.com/p/C9rT2xLm0Qa/ | Follow-up: peer wants the post taken down",
    ),
    (
        "url",
        "Peer showed me a screenshot of a tweet about her: https://x.com/anonmedstudent_au/status/1798823345510293504",
    ),
    (
        "url",
        "Peer's shared Notion page with her study plan: notion.so/resit-plan-hei-3f92aa1c, she wants a second opinion.",
    ),
    # --- social_handle ---
    (
        "social_handle",
        "Peer said someone from her rotation has been messaging her from @ward_rounds_warrior_22 and it's getting creepy.",
    ),
    ("social_handle", "Follow-up: her insta is @kimchi.and.crocs, peer said to DM if email doesn't work."),
    (
        "social_handle",
        "Supervisor: 'his snap is lachie.hooks_04' shouldn't be in the note, that's an identifier.",
    ),
    (
        "social_handle",
        "you said your Discord is onigiri_ninja#4471 and that the study server is the only place you feel normal",
    ),
    (
        "social_handle",
        "Peer's TikTok @scrubsandsorrow has a video about her breakdown that's blowing up and she wants it gone.",
    ),
    (
        "social_handle",
        "Name of concern: see handle | Social: @hodan.w.writes | Follow-up: peer reported the harassment to the platform",
    ),
    (
        "social_handle",
        "Peer plays Valorant as 'CardioKing_AU' and said his team noticed he'd stopped logging on.",
    ),
    (
        "social_handle",
        "Peer asked us to follow up via her Twitch, username netball_ngl_77, because she streams most nights.",
    ),
    (
        "social_handle",
        "Peer's ex keeps making new accounts to message her, the latest is @not.your.tita.baby on insta.",
    ),
    (
        "social_handle",
        "Peer's Steam name is 'SleeplessInParramatta' and his mates on there are the ones who flagged it.",
    ),
    # --- ip_address ---
    (
        "ip_address",
        "Peer forwarded a login alert — someone signed into her uni account from 203.58.114.27 at 3am and she's panicking.",
    ),
    (
        "ip_address",
        "Supervisor: the screenshot in your note shows the peer's IP 101.182.47.9. Please crop attachments.",
    ),
    (
        "ip_address",
        "Follow-up: IT asked for the IP from the suspicious login, peer sent 2404:4408:63a4:be00:1c5e:9f2a:6b10:44d3.",
    ),
    (
        "ip_address",
        "you said the harassing emails came from 49.195.212.66 and that IT confirmed it was off campus",
    ),
    (
        "ip_address",
        "Peer's Microsoft alert said 'new sign-in from 120.21.77.140, Melbourne' and she has no idea who that is.",
    ),
    ("ip_address", "Name of concern: see IT ticket | IP: 1.129.106.58 | Follow-up: IT security escalated"),
    (
        "ip_address",
        "Peer thinks her ex is logging into her Discord, the login came from 180.150.36.201 which she recognises as his NBN.",
    ),
    (
        "ip_address",
        "Peer pasted the alert: 'Unusual activity from 2403:5800:1203:4e00::2f' — she's worried her portfolio was tampered with.",
    ),
    (
        "ip_address",
        "Peer's home IP 58.96.12.183 showed in the exam proctoring log and she's been accused of cheating.",
    ),
    (
        "ip_address",
        "Follow-up: the forum post about the peer was traced to 14.203.191.76 per the IT report she showed us.",
    ),
]

ORDINARY: list[str] = [
    # --- spreadsheet / form pastes ---
    "Name of concern: (left blank) | Year: MD2 | Contact type: walk-in | Follow-up: check in Thurs arvo",
    "Name of concern: N/A — anonymous drop-in | Concern: exam stress | Risk: low | Follow-up: none",
    "Follow-up: peer to book GP for mental health care plan; supporter to check in next Tuesday",
    "Contact type: phone | Duration: 35 min | Concern: sleep, caffeine | Follow-up: sleep hygiene handout sent",
    "Risk: moderate | Safety plan: yes | Lifeline number (13 11 14) given | Follow-up: 24h",
    "Name of concern: peer (prefers not to say) | Concern: bullying on surgical rotation | Follow-up: escalated with consent",
    "Row added by supporter. Concern: money. Rent up $80/wk, working 25 hrs at a cafe. Follow-up: hardship fund link.",
    "Follow-up: NONE — peer says things have settled since the OSCE results came out, happy to close.",
    "Concern: grief | Detail: grandparent died overseas, couldn't fly home | Follow-up: special consideration form",
    "Name of concern: — | Year: 5 | Concern: intern application anxiety | Follow-up: careers drop-in Wed 2pm",
    "Contact type: online chat | Start: 21:40 | End: 22:25 | Concern: loneliness | Follow-up: buddy program",
    "Follow-up: Peer will try the Headspace app and come back in a fortnight. Will review then.",
    "Concern: burnout. Hours last week: 62 (placement + casual job). Follow-up: talk re reducing shifts.",
    "Name of concern: n/a | Concern: racist comment from patient on Ward 7B | Follow-up: incident report discussed, peer undecided",
    "Risk: low. Protective factors: sport, housemates, faith. Follow-up: 2 weeks.",
    "Follow-up: Grace period on the assignment confirmed by the course convenor. Peer relieved.",
    "Concern: panic attacks before ward rounds | Triggers: being 'pimped' by consultants | Follow-up: CBT skills handout",
    "Name of concern: anonymous | Concern: thoughts of dropping out | Follow-up: academic advisor + PD session",
    "Contact type: walk-in | Location: library level 3 | Concern: crying after exam | Follow-up: none needed",
    "Follow-up: Mark the date for the resit in the calendar and plan backwards — peer to draft a study timetable.",
    "Concern: harassment (online) | Platform: group chat | Follow-up: peer will screenshot + report to the faculty",
    "Risk: HIGH → called 000 with peer present, ambulance attended. Supervisor notified same night.",
    "Name of concern: (peer declined) | Concern: alcohol, weekends | Follow-up: DrugInfo + GP",
    "Follow-up: Still waiting on the counselling service intake — 3 week wait. Interim check-ins weekly.",
    "Concern: placement travel. 2 hrs each way by train to the rural site. Follow-up: ask about travel subsidy.",
    "Contact type: phone | Concern: parent unwell overseas | Follow-up: peer to consider leave of absence",
    "Name of concern: peer | Concern: imposter syndrome | Notes: top quartile marks, still feels like a fraud | Follow-up: PD session",
    "Follow-up: referred to 1800 737 732 after disclosure; peer had the number saved already.",
    "Concern: insomnia, 4–5 hrs/night for 3 weeks | Follow-up: GP, no meds discussed by supporter",
    "Concern: visa stress (intl student) | Follow-up: intl student office appointment Monday 10am",
    "Name of concern: — | Risk: low | Follow-up: peer said 'I just needed to vent', closed",
    "Row 4 duplicated by mistake, see row 5. Concern: eating less since exam block. Follow-up: GP + dietitian info.",
    "Follow-up: Peer wants to try the Monday evening mindfulness group at the medical school.",
    "Concern: flatmate conflict | Follow-up: accommodation services, mediation offered",
    "Contact type: walk-in | Concern: first death on ward | Follow-up: debrief with clinical school psychologist",
    "Name of concern: N/A | Concern: RTW after appendicectomy | Follow-up: RTW plan with clinical school",
    "Follow-up: peer to email the convenor about the clash between the OSCE and the anatomy spot test.",
    "Concern: financial — textbooks, stethoscope, scrubs ~ $600 | Follow-up: equipment bursary info",
    "Risk: low | Concern: homesick, first winter in Hobart | Follow-up: social events calendar",
    "Follow-up: Hope to see peer at the Thursday peer-support lunch; sent a reminder.",
    "Concern: partner breakup during exams | Follow-up: check in after exams end",
    "Name of concern: see safety plan (no name recorded) | Risk: moderate | Follow-up: 48h",
    "Concern: sexual harassment on placement | Follow-up: spoke with peer re reporting options; peer to decide",
    "Follow-up column intentionally left blank — peer asked for no further contact.",
    "Concern: exam anxiety | Score on GAD-7 (self-reported): 14 | Follow-up: GP referral",
    # --- supervisors correcting supporters ---
    "Supervisor note: good note, but 'seemed a bit crazy' isn't appropriate language. Please describe what you observed.",
    "Supervisor: you don't need to write the peer's diagnosis here, 'peer disclosed a health condition' is enough.",
    "Supervisor correction: please avoid 'peer was being dramatic'. We write what was said and done, not judgements.",
    "Supervisor: great catch on the risk. Next time call the on-call supervisor before the end of the shift, not after.",
    "Supervisor note: the Follow-up column needs an action and a date, 'see how it goes' isn't a follow-up.",
    "Supervisor: remember the boundary — we don't give medical advice about doses, even if you're a final year.",
    "Supervisor correction: you've written 'Peer is fine now' — we can't know that. Try 'peer reported feeling calmer'.",
    "Supervisor: please don't record which ward or hospital if it's a small site — it can identify people indirectly.",
    "Supervisor note: Well done for staying with the silence. That's often the hardest bit.",
    "Supervisor: re your question — yes, you can give out 1300 224 636, that's fine and public.",
    "Supervisor correction: 'Risk: none' isn't an option, use low / moderate / high.",
    "Supervisor note: you said you promised confidentiality 'no matter what'. We can't promise that. Let's chat.",
    "Supervisor: this is the third note this week with 'self-harm?' with a question mark. If unsure, ask directly, or escalate.",
    "Supervisor: please stop abbreviating 'supporter' as 'S' and 'peer' as 'P', it makes the notes hard to read.",
    "Supervisor correction: a GAD-7 isn't something we score as supporters. Remove the number.",
    "Supervisor note: nice use of open questions. Maybe fewer 'why' questions, they can feel accusatory.",
    "Supervisor: the peer's religion isn't relevant to the note unless they raised it as part of the concern.",
    "Supervisor: please don't screenshot the chat into the note. Summarise in your own words.",
    "Supervisor correction: 'Peer said he's over it' — over what? Be specific.",
    "Supervisor note: Thanks for flagging that you knew the peer from PBL. Next time, hand over to another supporter.",
    "Supervisor: you wrote the time as 25:00. I think you mean 1am?",
    "Supervisor correction: Don't diagnose ('sounds like MDD'). Write 'low mood for several weeks'.",
    "Supervisor: Lifeline is 13 11 14 — you had two digits swapped in your note, please fix.",
    "Supervisor note: Keep the note short. Three lines is fine. This one was a whole page.",
    "Supervisor: good that you mentioned Beyond Blue and the Med Student Wellbeing page.",
    "Supervisor correction: The ambulance was called on 000, please note who called and when.",
    "Supervisor: 'peer is a bit of a mess' — please rephrase. Thanks.",
    "Supervisor note: It's fine to say you didn't know the answer. That's honest.",
    "Supervisor: heads up, the peer-support roster for August is up. Please add your shifts by Friday.",
    "Supervisor correction: You've used 'schizo' in passing. Please don't — even as slang.",
    "Supervisor: please note you're not a mandatory reporter in this role but you must escalate any child safety concern.",
    "Supervisor note: In future, write the risk level first, then the story.",
    "Supervisor: the peer quoted the Gospel of Mark and a psalm. Quoting scripture is fine to keep in, it's not identifying.",
    "Supervisor correction: 'Peer is Muslim so probably fasting' — don't assume. Ask.",
    "Supervisor: the supporter debrief will be in Room G.04 on Wednesday at 5:30pm. Pizza provided.",
    # --- Australian slang and abbreviations ---
    "Peer rocked up after prac absolutely cooked, said she'd been on since 7 and hadn't had a feed. Grabbed a sausage roll from the servo and had a yarn.",
    "Arvo check-in. Peer's doing it tough with the RTW after the knee reco, reckons the clinical school isn't flexible at all.",
    "Peer said uni has been 'a bit of a shitshow' since the curriculum changed. Fair call. Mostly vented.",
    "Yeah nah, peer's alright. Just needed a chinwag after a rough ED shift. Said he'd hit the beach Sunday.",
    "Peer's been chucking sickies from prac because of anxiety, not actual illness. Talked about the RTW process and the GP.",
    "Bloke came in after PD session, reckons the 'resilience' module is a joke when rosters are this bad. Not wrong tbh.",
    "Peer said she's flat out like a lizard drinking between placement and her job at Woolies. Suggested dropping a shift.",
    "Dropped by the servo with peer for a Chiko roll and a Farmers Union, talked about the OSCE on the way. Peer laughed heaps.",
    "Peer's stoked the rural placement's confirmed for Mildura but freaking out about being away from mates for 8 weeks.",
    "Uni counselling has a 3 wk wait, so peer's going to the GP arvo Thursday. Gave her the bulk-billing clinic near the station.",
    "Peer's been hitting the piss a bit hard on weekends after exams. Had an honest chat, no lecture. He brought it up himself.",
    "PD day was a write-off apparently, peer said they did trust falls. In 2025. Laughed about it, then talked about the real stuff.",
    "Peer reckons the reg on gen surg is 'a bit of a cowboy' and she doesn't feel safe asking questions. Discussed options.",
    "RTW after glandular fever — peer's keen but knackered after half days. Clinical school said a graded return is fine.",
    "Peer needs a new stethoscope, the old one got nicked at the hospital caf. Pointed him to the equipment bursary.",
    "Arvo: peer's footy club had a bit of a blue, she's caught in the middle, now avoiding training. Talked boundaries.",
    "Quick one — peer flagged that the servo near the rural site shuts at 8 and there's nowhere else to eat on late shifts.",
    "Peer reckons she's 'just a bit flat' but it's been two months. Suggested GP and she said she'd think about it.",
    "Brekkie catch-up at uni. Peer said prac's going better since she moved to the other team. Good news for once.",
    "Peer was chuffed to pass the anatomy spotter. Wanted to tell someone who'd get it. Happy to be that someone.",
    "Peer's doing a double degree and says uni admin keeps losing her forms. Arvo spent on hold. Gave her the student advocate link.",
    "Mate was pretty rattled after a code blue on prac, first one. Debriefed, grabbed a coffee, checked in later by text.",
    "Peer's car carked it on the way to the rural placement. Stranded at a servo for 3 hrs. Called the clinical school, sorted.",
    "Peer's keen to get back into surfing on weekends — said it's the one thing that actually resets her.",
    "Peer said the PD session on 'wellbeing' was scheduled during lunch on a 12 hr day. Irony not lost on anyone.",
    "Peer's RTW plan: 3 days/wk for the first fortnight, then full time. Clinical dean signed off. He's relieved.",
    "Peer's been eating two-minute noodles every night since rent went up. Pointed her to the uni food pantry on Tuesdays.",
    "Arvo chat by the lake, peer mostly talked about going home to Wagga for the break. Missing the dog heaps.",
    "Peer said 'fair dinkum, if one more consultant asks me the Krebs cycle I'm walking out'. Laughed. Then talked about the actual worry.",
    "Peer's keen on rural generalism but worried about being isolated out west. Chatted about the RGTS pathway.",
    "Quick yarn at the bus stop, peer's alright, said the new housemates are good value.",
    "Peer was dirty about getting the night roster again. Third block running. Suggested raising it with the term supervisor.",
    "Peer's been doing uni 9–5, prac on weekends, and tutoring HSC kids at night. Running on fumes. Talked about cutting back.",
    "Peer's having a shocker with the portfolio, says the marking rubric makes no sense. Pointed him to the learning advisor.",
    "Peer's 'ute's in the shop, Mum's crook, and the exam's Monday'. Classic trifecta. Made a plan for the weekend.",
    "Arvo debrief after a tough paeds shift — kid with meningococcal. Peer held it together on the ward, fell apart in the carpark.",
    "Peer said the RMO on nights was a legend and talked her through everything. Nice to hear a good story.",
    "Peer mentioned she'd spent the arvo in the ED waiting room with her nan. Stressful but nan's ok.",
    "Peer's thinking of deferring a year. Said 'uni will still be there, I'm not sure I will be if I keep going like this'. Flagged risk, asked directly, she said no plans or intent. Follow-up 48h.",
    "Servo coffee, 2am, on the drive back from a rural shift. Peer called the line to stay awake. Talked till she got home safe.",
    # --- second person ---
    "You said the worst part was walking out of the OSCE and not remembering a single station. That's really common after a high-stress exam.",
    "You told me you've been skipping lunch to study and then crashing at 3pm. Let's try the snack plan you came up with.",
    "You mentioned you haven't been to the gym since the block started. You said that used to be your reset.",
    "You said 'I'm fine, honestly' three times, so I'm noting that we'll check in again on Friday anyway.",
    "You were really clear that you don't want your family told. We'll respect that unless there's a safety concern.",
    "You talked about feeling like everyone else in your year has it figured out. You also said you know that isn't really true.",
    "You said you'd been crying in the hospital bathrooms between patients. That sounds exhausting. You deserve a break.",
    "You asked whether coming to peer support would go on your record. It doesn't. You can come back any time.",
    "You said the surgical term is the hardest thing you've ever done and that you're proud you're still turning up. So am I.",
    "You told me about the patient with end-stage Parkinson's who held your hand. You said it reminded you why you started.",
    "You mentioned you'd been drinking more on weekends. You said you want to cut back before placement starts.",
    "You said you weren't sure if this was 'bad enough' to come in. It was. It is. Any reason is enough.",
    "You told me Wednesday arvos are the worst because of the back-to-back tutorials, so let's aim the check-in for Thursday.",
    "You said you felt like you let the team down when you froze during the resus. Freezing is a normal stress response.",
    "You were worried that asking for special consideration is 'cheating'. It isn't. It exists for exactly this.",
    "You said you'd been on the waitlist for the uni psych for three weeks. I'll follow up to see if we can get an interim appointment.",
    "You told me you haven't called home in a month because you don't know what to say. You might not need to say much.",
    "You said the consultant's comment in front of the patient was humiliating. You're allowed to feel angry about that.",
    "You mentioned you have the Lifeline number saved. Good. You also have 1800 737 732 if it's about harm from someone else.",
    "You said you want to switch to part-time and asked how. I'll find out the process and get back to you by Monday.",
    "You told me that when you're anxious you count the tiles on the ceiling. You said there were 48 in the tutorial room.",
    "You said you'd been avoiding the ward since the patient died. You also said you'd go back tomorrow. I'll text you after.",
    "You told me you like long walks along the Yarra when things get heavy. Maybe this weekend?",
    "You said the hardest thing was the silence at home during Ramadan when everyone else was asleep and you were studying.",
    "You mentioned that you've started saying no to extra shifts. That's a big step.",
    "You said you feel guilty for being tired when your parents work harder. Both things can be true.",
    "You told me the exam was on the Monday and your grandmother's funeral was the Saturday before. That's a lot in one week.",
    "You asked me not to write anything about the medication. I've just written that you've got a plan with your GP.",
    "You said being the first in your family at uni means you can't fail. We talked about what failing one exam actually means.",
    "You told me you'd stopped replying to the group chat. You said it's not personal, you're just tapped out.",
    "You said you'd try the breathing thing before the next viva. Four in, hold four, out four. Let me know how it goes.",
    "You mentioned you're sleeping at the hospital in the on-call room sometimes because the commute is two hours. That's not sustainable.",
    "You said your partner is supportive but doesn't get medicine. That's a lonely feeling.",
    "You told me you'd booked the GP for Tuesday at 4:15. Proud of you.",
    "You said you'd rather talk about literally anything else, so we talked about the cricket for twenty minutes. Then you told me.",
    # --- song lyrics, books, film quotes, memes ---
    "Peer said her whole week has been the 'this is fine' dog meme. Room on fire, sipping coffee. Laughed, then got real.",
    "Peer quoted Good Will Hunting — 'it's not your fault' — and said nobody had ever said that to her about failing the exam.",
    "Peer's been rereading Being Mortal by Atul Gawande on the train and says it's the only thing making palliative care bearable.",
    "Peer had Phoebe Bridgers on repeat in the library and said 'that should tell you everything'. Talked about the breakup.",
    "Peer said 'just keep swimming' like Dory, deadpan, and then admitted she's been treading water for weeks.",
    "Peer recommended This Is Going to Hurt by Adam Kay and said it's the first time she's laughed about night shifts.",
    "Peer kept humming 'You're the Voice' by John Farnham before the viva, says it's a family tradition from footy finals.",
    "Peer said she's been reading Man's Search for Meaning by Viktor Frankl and finding it weirdly comforting.",
    "Peer described herself as 'the main character in a Sally Rooney novel but without the good bits'. Talked about loneliness.",
    "Peer quoted Samwise from The Lord of the Rings — 'there's some good in this world' — after a hard shift in the children's hospital.",
    "Peer sent a meme of Shrek saying 'better out than in' as a way of opening up. Worked a treat.",
    "Peer said Kendrick Lamar's new album got her through the pharmacology block. Talked about music as a coping tool.",
    "Peer's favourite book is When Breath Becomes Air by Paul Kalanithi. She said it's why she chose neurosurgery, and why she's scared of it.",
    "Peer described the last week as 'no thoughts, head empty' and honestly same. Made a plan for sleep.",
    "Peer's been watching Bluey with her housemates to decompress. Says Bandit is the dad she wishes she had. Talked about family stuff.",
    "Peer quoted Yoda, 'do or do not, there is no try', and said that's the attitude on the surgical term and it's crushing her.",
    "Peer said Paul Kelly's 'How to Make Gravy' makes her cry every Christmas because she's always rostered on.",
    "Peer reads Mary Oliver poems before placement. 'Tell me, what is it you plan to do' — she said she doesn't know anymore.",
    "Peer said Hermione would have handled the anatomy exam better and then said 'that's the problem, I compare myself to fictional people'.",
    "Peer's been listening to Missy Higgins' 'Scar' on the drive to the rural site. Long drives, big feelings.",
    "Peer sent the 'I'm just a girl' meme about forgetting her ID lanyard. Light contact, mostly a laugh.",
    "Peer quoted Dumbledore — 'happiness can be found even in the darkest of times' — and said it's on a sticky note on her fridge.",
    "Peer said Tim Winton's Cloudstreet reminds him of home in Perth and he's been reading it slowly to make it last.",
    "Peer quoted the Ratatouille line 'anyone can cook' and said she's not sure 'anyone can do medicine'.",
    "Peer had Matt Haig's Reasons to Stay Alive in her bag. We didn't talk about it directly, but I asked about safety and she said she's ok.",
    "Peer described the rota as 'Squid Game but with pagers'. Talked about the rostering complaint process.",
    "Peer sang 'Don't Stop Believin'' in the lift on the way up and then said 'sorry I'm losing it'. Talked about stress.",
    "Peer said she felt like Atticus Finch in the tutorial — the only one defending the patient — and it cost her socially.",
    "Peer kept saying 'touch grass' about herself, so we literally went and sat on the lawn outside the library.",
    "Peer said Courtney Barnett's lyrics are the only thing that sounds like the inside of her head right now.",
    "Peer quoted Dead Poets Society, 'carpe diem', and said she hasn't seized a single day this year.",
    "Peer is reading A Little Life for book club and said it's 'too much right now'. Suggested putting it down for a bit.",
    "Peer compared the clinical school to The Hunger Games, said 'may the odds be ever in your favour' about the intern ballot.",
    "Peer said Sia's 'Chandelier' came on at the gym and she had to leave. Talked about the drinking stuff from last year.",
    "Peer brought up Inside Out 2 and said Anxiety is basically her running the control panel. Talked about CBT skills.",
    # --- gaming, anime, K-pop, cricket, AFL, NRL, netball, soccer ---
    "Peer said he's been playing Elden Ring until 3am and dying to the same boss, 'which is basically my year'.",
    "Peer finds Stardew Valley really calming and plays it after night shifts. Encouraged it as a wind-down.",
    "Peer's League of Legends team noticed she'd stopped logging on. She said gaming felt like another exam.",
    "Peer said watching Faker play is the only time he feels calm, and that he wants to be that good at something.",
    "Peer is rewatching Naruto and said 'believe it' ironically about passing the resit. Then said it seriously.",
    "Peer said Frieren made her cry on the bus because it's about grief and time, and her grandfather died last month.",
    "Peer's been watching Haikyuu!! to get hyped before exams. Said she relates to the short kid who never gives up.",
    "Peer talked about Gojo from Jujutsu Kaisen for ten minutes before getting to the real issue, which was money.",
    "Peer loves Spy x Family and said Anya's 'waku waku' is her whole personality when she's not stressed. She's stressed.",
    "Peer is a huge BTS fan. Said RM's speech about loving yourself got her through first year.",
    "Peer was gutted she couldn't get tickets to Stray Kids in Sydney. Bang Chan being Aussie makes it worse, she said.",
    "Peer listens to IU before every exam. Said it's calmer than coffee.",
    "Peer joked that BLACKPINK's Lisa has a better work–life balance than any registrar she's met.",
    "Peer spent the morning watching the Boxing Day Test at the MCG with her dad on video call. Best day in weeks.",
    "Peer said Pat Cummins' captaincy is the only calm thing in her life right now. Talked about exam prep.",
    "Peer's cricket team is in the Saturday grade final but he's rostered on. Discussed swapping with the term supervisor.",
    "Peer is an Ellyse Perry tragic and said she's 'trying to be the Ellyse Perry of pharmacology'. Said it's not going well.",
    "Peer's AFL club lost the prelim and she said that hurt more than the exam result, then said 'jokes, the exam hurt more'.",
    "Peer tipped Collingwood every week in the footy tipping comp and is coming last. Light chat, then talked about sleep.",
    "Peer said Marcus Bontempelli winning the Brownlow would be the only good thing this year.",
    "Peer plays local AFLW and tore her ACL. RTW plan for placement needs to account for crutches.",
    "Peer said State of Origin night is sacred in her family and she's on a late shift for Game II. Devastated.",
    "Peer's a Penrith fan and said Nathan Cleary's calmness is goals. Talked about performance anxiety.",
    "Peer watches the Broncos with his uncle every Friday night. Said it's the only time they talk.",
    "Peer plays netball for the med school team on Thursday nights and says that's her one non-negotiable.",
    "Peer said the Diamonds losing the final hit her harder than she expected. Then talked about her own losing streak.",
    "Peer was wing attack for ten years and said the court is the only place nobody asks about her marks.",
    "Peer's Matildas jersey is her 'exam shirt'. Sam Kerr's goal against England is her lock screen.",
    "Peer said Ange Postecoglou's 'mate, we never stop' line is the vibe of the surgical term and it's not healthy.",
    "Peer plays five-a-side on Sunday mornings. Said it's the only exercise she does and it's been great for her mood.",
    "Peer's been up all night watching Champions League and said Messi is the only man who's never disappointed her. Laughed.",
    "Peer said the Socceroos qualifying gave him something to be happy about. Then talked about the breakup.",
    "Peer plays Valorant with people from three countries and says they're better listeners than her mates here.",
    "Peer's Animal Crossing island is called 'No Placement' and she visits it when the rosters come out.",
    "Peer said Baldur's Gate 3 ate 200 hours of her break and she doesn't regret it.",
    "Peer's Minecraft server with school friends is the only way they keep in touch now. Nice to hear.",
    "Peer compared the OSCE to a Zelda dungeon — 'you don't know what's behind the door and there's always a timer'.",
    "Peer said Hollow Knight is how she learned that failing a hundred times is normal. Applied it to the resit.",
    "Peer caught Pokémon on the walk to the ward for an hour each day. Said it gets her outside at least.",
    "Peer is watching Your Lie in April for the fourth time, said 'I cry every time but it's good crying'.",
    "Peer said the Big Bash is on in the background every night while she studies. Background noise helps.",
    "Peer is obsessed with Demon Slayer and says Tanjiro's kindness is her model for how to treat patients.",
    "Peer's Genshin Impact streak is broken for the first time in 400 days. She said that's how she knew she was burnt out.",
    "Peer said the Ashes were a good distraction from the exam results. Talked about waiting periods.",
    "Peer is a die-hard Sydney Swans supporter and the grand final loss wrecked her week.",
    # --- English mixed with Arabic, Hindi, Tagalog, Mandarin, Spanish ---
    "Peer kept saying 'inshallah I'll pass' and then 'but I haven't studied', laughing. Talked about a study timetable.",
    "Peer said 'yalla, let's get this over with' and then talked for an hour. Grief about a grandparent overseas.",
    "Peer said 'khalas, I'm done with surgery', meaning the rotation, not medicine. Clarified. Low risk.",
    "Peer fasting during Ramadan and on ward rounds from 7am. Said 'alhamdulillah it's winter, the days are short'.",
    "Peer said her mum keeps saying 'sabr, habibti' — be patient — about the exam results. She's trying.",
    "Peer said 'mashallah everyone in my family is a doctor' and that's exactly the pressure.",
    "Peer said 'wallah I'm not okay' when I asked the second time. Talked about sleep and the upcoming resit.",
    "Peer said 'yaar, I'm so tired' and then 'bas, enough about me' — gently pushed, and he opened up about money.",
    "Peer's family keeps asking 'beta, when will you be a proper doctor?' She's in fourth year. Talked about family expectations.",
    "Peer said 'tension mat lo' is what everyone tells her and it doesn't help. Talked about actual strategies.",
    "Peer brought chai for both of us and said 'accha, where do I start'. Started with the placement.",
    "Peer described his study plan as 'full jugaad' — held together with tape. Made a real one together.",
    "Peer said 'thoda sa stressed' and then admitted it's a lot more than thoda.",
    "Peer says her family WhatsApp is all 'padhai kaisi chal rahi hai' — how are studies going — every single day.",
    "Peer said 'hay nako' every time she described the roster. Talked about fatigue and the night block.",
    "Peer said 'pagod na ako' — I'm so tired — and that she hasn't had a day off in three weeks.",
    "Peer's tita keeps asking when she'll be a 'doktora' at every family party. Peer laughed but it stings.",
    "Peer said 'sige, kaya ko 'to' — okay, I can do this — before going back to the ward. Check in tomorrow.",
    "Peer said in her family 'kain na' is how they say I love you, and she hasn't been home to eat in a month.",
    "Peer said 'salamat po' at the end and gave me a bag of polvoron. Sweet. Light contact.",
    "Peer said 'wǒ hěn lèi' (I'm very tired) and that her parents only ask about rankings. Talked about expectations.",
    "Peer's mum sends 'jiāyóu!' messages before every exam. Peer said it's lovely and also terrifying.",
    "Peer said 'méi shì, méi shì' — no problem — while clearly not okay. Asked again, she opened up about the visa.",
    "Peer said Chinese New Year fell on an exam day and she couldn't go home. Talked about missing family.",
    "Peer said her nǎinai's voice messages in Mandarin are the only thing that calms her down at night.",
    "Peer said 'estoy cansadísima' — I'm exhausted — and then switched to English for the hard bits.",
    "Peer said 'no pasa nada' about the fail, but her voice cracked. Talked about the resit options.",
    "Peer's abuela says 'poco a poco' about everything and she's trying to apply it to the portfolio.",
    "Peer said 'vale, vale' a lot, nodding, but didn't seem convinced. Check in Thursday.",
    "Peer said his mum calls him 'mijo' and asks if he's eating, and he lies and says yes. Talked about the food pantry.",
    "Peer said 'qué onda con este roster' — what's up with this roster — laughing. Then talked about exhaustion.",
    "Peer said 'ánimo' is written on a Post-it on her laptop. Talked about what's behind it.",
    "Peer mixed Arabic and English the whole time, said it's easier when she's upset. Fine by me.",
    "Peer said 'ek minute' and needed a second to breathe before talking about the patient who died.",
    "Peer said 'ingat' (take care) to me when she left, which was sweet. Light contact.",
    "Peer said 'lǎoshī said I should quit' — her tutor — and then said she knows that's not quite what was said.",
    "Peer said 'ya basta' about the group chat drama and muted it. Good boundary.",
    "Peer said Eid was spent on a night shift and 'Eid Mubarak' from the nurses made her cry in a good way.",
    "Peer said Diwali was on the same night as a shift. She brought ladoo for the ward. Good vibes, light contact.",
    "Peer kept saying 'bahala na' — whatever happens, happens — about the OSCE. Talked about what she can control.",
    # --- long reflective notes ---
    "Reflective note. Peer came in on a Tuesday arvo after the respiratory tutorial. She sat down and said she didn't know why she was here. I said that was fine. We talked about the weather first, then about her commute, which is ninety minutes each way. Then she talked about the exam. She failed the mid-semester by two marks. She said two marks felt worse than twenty because she 'should have' got them. We talked about how that thought keeps her up at night. She said she's been rewriting her notes over and over instead of doing questions. I asked what a friend would suggest and she laughed and said 'practice questions, obviously'. She's not sleeping much, maybe five hours. She's eating okay. She has a housemate she trusts. No risk concerns when I asked directly. We agreed she'd try a question bank for a week and come back. I noticed I wanted to reassure her too quickly and tried to slow down.",
    "Long one, sorry. Peer came in after a paeds shift where a toddler came in blue and didn't make it. The team did everything. Peer did compressions for a while. Afterwards nobody said anything to the students and they were just sent to lunch. Peer sat in the car for an hour. She said she keeps seeing the mum's face. She's not sure if she's allowed to be this upset when she 'didn't even know the family'. We talked about how that's exactly the kind of thing that stays with people. She asked if it was normal to want to quit. I said lots of people feel that after a first paediatric death. She said the registrar was kind the next day but it was too late by then. We talked about the clinical school psychologist and the debrief process. She's going to ask for a formal debrief. She has her partner at home and her sister nearby. No risk concerns on direct questioning. Follow-up in 48 hours by text. I'll take this one to supervision too, it got to me.",
    "Reflection for supervision. Peer started with the AFL, as he always does, and I let him. It was twenty minutes before he got to it. His dad lost his job and the family's been relying on his casual wage. He's working 25 hours a week at a warehouse plus full-time placement. He said he's been falling asleep in tutorials. He got pulled aside by a tutor who asked if he was 'taking this seriously'. He didn't tell the tutor why. He said he didn't want to be 'the sob story'. We talked about the hardship fund and the equity scholarships. He didn't know they existed. He's going to apply this week. We also talked about whether the clinical school could be more flexible with his roster. He was reluctant but said he'd think about it. Risk low. He has mates, he plays footy, he's tired but not hopeless. I learnt that I need to leave more room at the start.",
    "Reflective note. Peer was an international student in first year, far from home for the first time. She said the cold was the first shock and the loneliness was the second. She's been eating alone in her room most nights. She's been calling home every day but the time difference means it's 2am for her family. She said she feels like a burden. We talked about the international students' society and the Wednesday dinners. She said she'd been once and didn't talk to anyone. We practised what she might say. She laughed a lot, which was nice to see. She's doing well academically, which she said makes it harder, because nobody thinks to check on her. No risk concerns. She agreed to go to the next Wednesday dinner. I'll message her Thursday to see how it went. It made me think about how invisible high achievers can be.",
    "Long reflective, as asked. Peer is in final year and has just come off the surgical term. He said the term was 'brutal but fine' and then spent forty minutes explaining why it wasn't fine. Early starts at 5:30, finishing after 8 most nights. A consultant who called him 'the passenger' in front of patients. He stopped eating lunch to avoid the team room. He said he's been thinking about whether he even wants to be a doctor. He'd always wanted surgery. Now he's not sure. We talked about how one term, and one person, doesn't define a whole specialty. He said that's easy to say. Fair. We talked about the formal feedback process for supervisors. He's nervous about retaliation with references. I said I'd find out how anonymous the process really is. He's sleeping okay now that the term is over. Risk low. Follow-up next week with the info.",
    "Reflective note. This contact was mostly light, which I want to record because not every contact is a crisis. Peer came in to say thank you for a chat a month ago. She passed the resit. She said the study plan helped and the sleep stuff helped more. She's been going to the gym again. She's started saying no to extra tutoring shifts. She said she still has bad days but they're fewer. She asked if she could become a supporter next year. I told her about the training in February. She said she wants to be for someone else what this was for her. I got a bit teary, honestly. We talked about boundaries and self-care for supporters. She laughed and said 'look at you, giving the PD session'. Good contact. No follow-up needed.",
    "Reflection. Peer came in after a racist comment from a patient on the medical ward. The patient asked for 'a real doctor'. The registrar laughed it off. The consultant wasn't there. Peer said she's heard it before but this time it was the laugh that got her. She said she walked out, then felt unprofessional for walking out. We talked about how walking out to breathe isn't unprofessional. We talked about the incident reporting process and what happens after. She doesn't want to report yet, she wants to think. We talked about the student advocate and the equity office. She said her family would say to just ignore it. She said she's tired of ignoring it. No risk concerns. She has friends in the year and a partner. Follow-up in a week. I felt angry on her behalf and had to notice that and keep it out of the room.",
    "Reflective. Peer turned up at 10pm on a Sunday through the online chat. Said he couldn't sleep, exam tomorrow at 9. We talked about what he'd been doing, which was reading the same page over and over since 7pm. I suggested stopping, which he didn't love. We talked about how rest before an exam is part of the prep. He said his dad used to say 'sleep is for after'. We talked about whether that's true. He laughed and said 'not according to the sleep physiology lecture'. He agreed to put the notes away, make a tea, and try to sleep. I asked directly about safety, he said he's fine, just wired. He messaged the next day to say the exam went ok. Follow-up not required but I'll check in after results. Short-ish, but a good example of a late-night contact.",
    "Reflection for supervision, please. Peer came in on the Friday of a long week. She's been caring for her mum, who has MS, and doing placement. She's the only one at home who can drive. She said she feels like she's 'on call' 24/7. She said she loves her mum and feels guilty even saying it's hard. We talked about carers' supports, which she hadn't heard of. She didn't know she could get carer recognition at uni for adjustments. We looked at the disability and carers' office page together. She cried when she realised she wasn't the only one. She's going to email them on Monday. She wanted to know if she could defer a placement without it going on her record. I said I'd find out. Risk low, but heavy load. She has a close friend she talks to. Follow-up booked. I was aware of my own stuff coming up during this one.",
    "Long one. Peer is a mature-age student, came to medicine after ten years as a paramedic. He said he thought he'd seen it all, and then medicine turned out to be a completely different kind of hard. He's older than most of the registrars and said that's awkward. He's also the only one in his PBL group with kids. He said he misses his kids' footy games and school concerts. He's been studying at 4am before they wake up. He said he's not sad, he's just worn down. We talked about what support his partner has. We talked about which things he could let go of. He said he'd always been the one helping, so asking for help feels strange. We laughed about how peer support is basically paramedic debriefs with worse coffee. No risk concerns. He agreed to talk to the clinical school about his placement location, which is currently 70 km from home. Follow-up in two weeks.",
    # --- medical terms, places, numbers, capitalised openers ---
    "Peer's on the Crohn's and colitis clinic this term and said the patients are incredible but the clinic runs till 7.",
    "Still shaky after her first Glasgow Coma Scale assessment on a real patient in ED. Scored it as 13. Debriefed.",
    "Will check in with peer on Monday after the ICU orientation. She's nervous about the ventilators.",
    "Hope is what she said she's running low on. Talked about small wins and the end of the rotation in five weeks.",
    "Grace period for the portfolio ends Friday at 5pm. Peer is on track, just needed reassurance.",
    "Peer felt out of her depth on the Parkinson's clinic. Said the neurologist was lovely but fast.",
    "Peer assisted at a delivery and did the 1-minute Apgar (8, then 9 at five). She said it was the best day of med school.",
    "Peer spent the day at Royal Melbourne Hospital on the stroke unit and said the pace is wild.",
    "Peer is sitting the AMC next year and stressed about the cost, which is over $3000.",
    "Peer took the GAMSAT twice and still feels like she snuck in. Talked about imposter feelings.",
    "Peer said the Monash clinical school is great but the commute from the outer suburbs is killing her.",
    "Peer needed help with a Centrelink form and said the hold music is the soundtrack of her life.",
    "Peer has been on sertraline 50 mg for a month and said it's helping — supporter didn't advise, just listened.",
    "Peer said Room 4.12 is where the OSCE practice happens and she gets anxious just walking past it.",
    "Peer scored 62% on the practice paper, up from 48%. Celebrated. Small wins.",
    "Peer's on the Addison's disease case for PBL and said it's the first case she's actually enjoyed.",
    "Peer spent Christmas Day in the ED. Said the nurses made pavlova. Surprisingly okay.",
    "Peer mentioned Cushing's syndrome came up in the viva and she blanked. It's fine, she passed.",
    "Peer said Easter was the first break she's had in ten weeks. Went to the beach, switched off.",
    "Peer finished a 14-hour shift and said the Ward 3 West tea room is the only place she can cry in private.",
    "Peer has Hashimoto's and said fatigue is making placement harder. RTW after a flare discussed.",
    "Peer said Lifeline was really good when she called at 3am last month. She wanted to tell someone that.",
    "Peer said Beyond Blue's forums helped her feel less alone before she was ready to talk in person.",
    "Peer's first night on the Alfred's trauma service. Said 'controlled chaos' and was buzzing.",
    "Peer said the Westmead paeds rotation was the hardest thing she's done. Asked about the clinical school debrief.",
    "Peer used the Epley manoeuvre on a patient with BPPV and it worked. Proud. Light contact.",
    "Peer said the Murphy's sign on her patient was textbook. Then talked about the exam being on Friday.",
    "Peer got the MMSE wrong in the OSCE station and has been replaying it for a week.",
    "Peer talked about the St John of God placement, nuns in the corridors, very calm. She liked it.",
    "Peer observed an ECT session and had a lot of feelings about it. Talked it through.",
    "Peer said she was at the Mater all day and didn't eat until 6pm. Gave her a muesli bar.",
    "Peer gets $650 a fortnight from Youth Allowance and rent is $320 a week. Talked about the maths.",
    "Peer said Sunday nights are the worst — the dread before the week. Talked about routines.",
    "Peer asked about the uni's after-hours crisis line and whether 1300 224 636 is okay to call. It is.",
    "Peer said the Queensland heat on the rural placement in January was unbearable and the hospital's AC broke.",
    "Peer's Down syndrome clinic placement was her favourite. She wants to do developmental paeds.",
    "Peer took 2 days off for a migraine and felt guilty. Talked about sick leave being for being sick.",
    "Peer said Ramadan, the exam block, and winter all landing at once was a lot. Made a plan.",
    "Peer's at the Royal Darwin for six weeks and said the humidity and the patient load are both intense.",
    "Peer's Bell's palsy case in PBL hit close to home because she had it in high school. Talked about it.",
    "Summer term is optional but peer feels she has to do it to keep up. Talked about rest.",
    "Peer said Saint Vincent's had the kindest team she's worked with. Good news, quick chat.",
]
