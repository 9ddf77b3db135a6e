# ruff: noqa: E501 — long notes are kept whole, one note per entry, as their authors wrote them
"""Held-out H, part 1: peer-supporter contact notes in the styles of speech-to-text dictation and transcribed voice memos (identifiers spoken in words: phone numbers, emails, Medicare and tax file numbers, student numbers, addresses and birth dates read aloud, with self-corrections), WhatsApp/Messenger/SMS exports with timestamps and sender names, bullet handovers between shifts, notes quoting what a peer posted or texted, notes by supporters writing in English as a second language, ALL-CAPS and all-lowercase notes, and notes that open with a name, initials or an everyday-word nickname (Sunny, Honey, Rocky, Summer, Bear, Angel, Precious, Blessing, Journey, Justice). Name cohorts: Vietnamese, Filipino (Tagalog), Sri Lankan (Tamil and Sinhala), Pakistani, Iranian, Turkish, Italian, Croatian, Aboriginal Australian, Samoan, Fijian, Mandarin (pinyin), Japanese, Latin American Spanish, Ghanaian, Kenyan, Zimbabwean, Irish, Scottish and Anglo-Australian. ORDINARY notes use the same styles with name-like words in ordinary senses, eponyms, hospitals, places, drugs, unit codes, scores, public help lines and roles. Written blind; every identifier is invented."""

from __future__ import annotations

DIRECTORY_NUMBERS = ["000", "13 11 14", "1300 22 4636", "1800 55 1800", "1737"]
STUDENT_ID_PATTERN = r"\b[A-Z]{2}\d{6}\b"

IDENTIFYING: list[tuple[str, str]] = [
    (
        "person_name",
        "Voice memo, transcribed: ok so um this is about Nguyen Thi Lan from second year, she's, she was crying before the anatomy spot test, says her mum keeps calling from Da Nang asking why she's not top of the cohort. I said we'd meet again Thursday. End memo.",
    ),
    (
        "person_name",
        "Faith came in again after the renal lecture, still not sleeping, maybe four hours a night. Told her about the GP at the student health centre. She said she'd think about it.",
    ),
    (
        "person_name",
        "JK again tonight. Same thing, panic in the car park before placement. Breathing stuff helped a bit. will check in tmrw",
    ),
    (
        "person_name",
        "[14/03, 21:47] Maricel: hi sorry to message late\n[14/03, 21:48] Maricel: i failed the OSCE resit and i dont know how to tell my tita\n[14/03, 21:52] Me: hey, thank you for telling me. are you safe right now?\n[14/03, 21:53] Maricel: yes just tired. can we talk tmrw\nNOTE: followed up next day, referred to academic advisor re: remediation.",
    ),
    (
        "person_name",
        "Handover for Sat shift:\n- Tharshan S. (3rd yr) - rang twice, housing issue, landlord won't return bond\n- nothing else urgent\n- kettle in the supporter room is broken again",
    ),
    (
        "person_name",
        "SUNNY CAME BY AT LUNCH, SAYS SHE IS FINE BUT DIDNT EAT ANYTHING THE WHOLE HOUR. WORRIED ABOUT WEIGHT. WILL RAISE AT SUPERVISION.",
    ),
    (
        "person_name",
        "dictated: peer is called uh Bilal, Bilal Chaudhry, c h a u d h r y, fourth year, rural placement in Dubbo, feels isolated, hasn't spoken to anyone in a week except patients. full stop. new paragraph. plan is weekly phone call.",
    ),
    (
        "person_name",
        "Today I am meeting with Ayesha. She is very stress because her father is sick in Lahore and she want to go home but the exam is in three weeks. I explain her about special consideration. She is relief a little bit.",
    ),
    (
        "person_name",
        "rocky's been skipping tutes since the breakup. didnt want to talk much, just sat there. offered another time, he said maybe.",
    ),
    (
        "person_name",
        "Quoting what she texted me word for word: 'I cant do this anymore Emre keeps telling everyone I'm crazy'. She confirmed she wasn't thinking of hurting herself, she meant the group assignment. Emre is a classmate in her PBL group.",
    ),
    (
        "person_name",
        "Memo transcript. Speaker says: the student, Shirin, Shirin Tehrani, is worried about her visa because her scholarship from home got delayed, the sanctions thing, money not coming through. She's eating at the free breakfast every day. Suggested the hardship fund.",
    ),
    (
        "person_name",
        "met w/ giulia ferraro re: surgical rotation. reg apparently shouts at her in theatre every single day. she doesn't want to make a formal complaint yet. documented dates she gave me.",
    ),
    (
        "person_name",
        "Honey (that's what everyone calls her, real name is something else) said her housemates are drinking every night and she can't study. Looking at moving into college.",
    ),
    (
        "person_name",
        "bear called 11pm. not ok. said he'd had a few drinks and was thinking about not being around. stayed on phone, he agreed to call 13 11 14 with me on the line. his flatmate got home at 11.40 and is with him now. escalated to supervisor at 11.50.",
    ),
    (
        "person_name",
        "[02/05/26, 08:12] Kwame Asante: Morning. Can we postpone to 2\n[02/05/26, 08:15] Supporter: sure no worries\n[02/05/26, 14:03] Kwame Asante: here\n(Talked 40 min, mostly about being the only black guy in his clinical school group and the comments from one patient.)",
    ),
    (
        "person_name",
        "Notes from shift, handing over to Priya:\n• Wanjiru K. — grief, her grandmother passed in Nyeri last week, she couldn't fly back\n• offered to help with the extension form\n• she mentioned church community is helping",
    ),
    (
        "person_name",
        "ok so Tendai came in, he's ok, mostly money. works nights at a warehouse, falls asleep in lectures. we went through the budget sheet.",
    ),
    (
        "person_name",
        "peer's name is Oisín, pronounced osheen, he said people always get it wrong on placement and it's a small thing but it's every day. also homesick. family in Galway.",
    ),
    (
        "person_name",
        "EILIDH MACLEOD - 2ND CONTACT - SLEEP STILL BAD, TRYING MELATONIN FROM THE CHEMIST. NO RISK ISSUES. FOLLOW UP IN 2 WKS.",
    ),
    (
        "person_name",
        "Dictation: Angel from the Filipino students association asked me to check on her cousin who just started first year. Cousin's name is Jomar Santos. Jomar didn't want to talk today, and that is fine.",
    ),
    (
        "person_name",
        "called back Precious, she's much better, her exam results came through and she passed everything. she said thanks for listening last month",
    ),
    (
        "person_name",
        "This student, Zhang Yiwen, is very quiet. She tell me her parents pay very much money for her study and if she fail she cannot face them. I tell her many students feel this, she is not alone. Next meeting Monday.",
    ),
    (
        "person_name",
        "mr tuimavave (Iosefa) came to drop in, said the uni counsellor waitlist is 5 wks. he's carrying three younger siblings after his dad's stroke. talked about carer's leave.",
    ),
    (
        "person_name",
        "Blessing says she is tired of explaining where she is from. Third time a tutor asked if she 'really' did her schooling in Australia. She grew up in Toowoomba.",
    ),
    (
        "person_name",
        "voice note transcribed: yeah it's me again, just a quick one about Kirra, um, Kirra Bamblett, she got the Indigenous entry scholarship renewed, so the money stress is sorted, but she's still struggling with the, the way people in her cohort talk about it like she didn't earn the place. said we'd talk again.",
    ),
    (
        "person_name",
        "- Seen: Diego C.\n- Issue: harassment on placement by a senior nurse, comments about his accent\n- Action: gave him info on the uni's reporting pathway, he wants to think\n- Risk: none disclosed",
    ),
    (
        "person_name",
        "justice wanted to vent about the group project. one guy does nothing. she's doing everything. no bigger issues. 20 min.",
    ),
    (
        "person_name",
        "Spoke with Haruka. She is from Osaka, moved here last year. She hasn't told her parents she's changed from med to biomed. Very anxious about the phone call she has to make. We practised what she'd say.",
    ),
    (
        "person_name",
        "Messenger export:\nLuka Babić, 10:02 PM: are u around\nYou, 10:05 PM: yep what's up\nLuka Babić, 10:06 PM: my dad lost his job and i think i have to drop out\nYou, 10:07 PM: ok let's talk, can i call?\nSupervisor note: call lasted 50 min, discussed Centrelink, deferral vs dropping out.",
    ),
    (
        "person_name",
        "Summer is still on the wait list for the ADHD assessment. She's frustrated. The private one is $1800.",
    ),
    (
        "person_name",
        "Today meet with Dilani Perera. She is living with her aunty in Homebush. Aunty is very strict and dont let her go out for study group at night. She feel she cannot be normal student. I listen mostly.",
    ),
    (
        "person_name",
        "transcribed memo: supervisor, flagging, the peer, his name's Arash, said he hasn't eaten properly in days because rent went up, I've given him the pantry info. can you tell me if the emergency grant is still open. thanks.",
    ),
    (
        "person_name",
        "Kofi popped in between tutes. He and his girlfriend broke up and they're in the same clinical group so it's awkward. Asked if he could switch groups. Pointed him to the year coordinator.",
    ),
    (
        "person_name",
        "nyasha didnt show for our 3pm. texted her, no reply. will try again tomorrow morning and if nothing by friday I'll let you know.",
    ),
    (
        "person_name",
        "Peer: Valentina. Topic: impostor feelings, everyone in her group went to private schools, she went to a public school in Santiago then a language school here. Said she feels like the 'token international'. Mostly validating.",
    ),
    (
        "person_name",
        "journey was in a bad way tonight. lost her scholarship because she dropped below a credit avg. she said she feels like a failure. no suicidal thoughts when i asked directly. booked her in with the counsellor friday 10am.",
    ),
    (
        "person_name",
        "HANDOVER\n1. Callum F — exam anxiety, stable\n2. the girl from the vietnamese soc (Pham Thu Ha) — housing, see previous note\n3. nothing else",
    ),
    (
        "person_name",
        "dictated on the bus sorry for typos: Niamh said the consultant on her gen med rotation, Dr Whitcombe, keeps making comments about her weight in front of patients. she wrote them down. she wants it to stop but doesnt want to be known as difficult.",
    ),
    (
        "person_name",
        "Met with Mereani Ratu. She's homesick, misses her family in Suva, especially Sunday lunch. She found a Fijian church in Liverpool which helps. Overall doing ok.",
    ),
    (
        "person_name",
        "my peer (Semisi) say he want to quit because he dont understand the lecturers when they talk fast. I tell him about lecture recordings and the language support. He say he did not know this. Good session.",
    ),
    (
        "person_name",
        "Kavitha told me her brother is in hospital again, the mental health unit. She's the one who deals with everything because their parents' English isn't good. She's exhausted. Exam in 2 weeks.",
    ),
    (
        "person_name",
        "EK from the carpark thing last week — came back, says she reported it to security. feels safer. debrief done.",
    ),
    (
        "person_name",
        "[Sunday 9:14 pm] Tanika: u still on?\n[Sunday 9:14 pm] me: yes\n[Sunday 9:15 pm] Tanika: just had a massive fight with mum, she says im too up myself now im at uni\n[Sunday 9:20 pm] me: that sounds really hard. want to call?\nSpoke 30 mins. Fine by end.",
    ),
    (
        "person_name",
        "voice memo. um. Matteo Russo, fifth year. He said he got a really bad mark on the long case and the examiner told him he's 'not cut out for medicine'. He's angry more than sad. I'd like to discuss whether this is something to escalate.",
    ),
    (
        "person_name",
        "zeynep - 3rd session - she said the ramadan timing with the exams is hard, fasting and then the 8am exam. talked about asking for a later slot. she's going to email the faculty.",
    ),
    (
        "person_name",
        "Tatenda asked me not to write much down so: money, family back home, he's ok. Told him to come back any time.",
    ),
    (
        "person_name",
        "peer = Liu Haoran. Said he is being bullied in the group chat, people mock his English with screenshots. He showed me. Encouraged him to save them. Will discuss with supervisor whether this is a conduct matter.",
    ),
    (
        "person_name",
        "ivana came in with her friend Marko, both second year, both stressed about the same exam, mostly just a chat and some study planning. light session.",
    ),
    (
        "person_name",
        "Aunty Lowanna (community elder who does the Indigenous students' lunch) rang me asking if someone could check in on one of the first years. I said I'd pass it on without details.",
    ),
    (
        "person_name",
        "MEMO TRANSCRIPT: 'peer's name is Efua, E F U A, Owusu. She's pregnant, about 14 weeks, hasn't told the faculty. Worried about placement in the new year and the vaccines. Wants info on leave of absence.' END.",
    ),
    (
        "person_name",
        "gave my number to the girl from Kenya last week, Achieng, and she messaged today saying she got the part-time job at the pharmacy. good news for once.",
    ),
    (
        "person_name",
        "Chamara was upset because his supervisor on the psych rotation, a Dr Bellamy, wrote 'lacks insight' in his feedback without any explanation. He wants to appeal. Explained the process.",
    ),
    (
        "person_name",
        "Saw Isla re: her mum's cancer diagnosis. She's the only child here, her dad's in Inverness. She's flying back over the break. Talked about how to tell the faculty and what to ask for.",
    ),
    (
        "person_name",
        "Transcribed voice memo: so Kenta, he's, he's fine, he's just really burnt out. Fourth year. He said he hasn't had a day off since June. Suggested he look at the leave options. He laughed and said nobody takes leave.",
    ),
    (
        "person_name",
        "brodie walsh again. drinking is getting worse, he says 6-8 beers most nights. he doesn't think its a problem. i gave him the info anyway. keep an eye.",
    ),
    (
        "person_name",
        "Wang Jiaqi come to see me. She say the girl in her house, her name Chen Xiaoyu, is not eating and crying all night and she is worry. I say I can talk to Xiaoyu if she want. Jiaqi will ask her.",
    ),
    (
        "person_name",
        "Camila feels like everyone on her rotation speaks to her like she's a nurse not a student. She's annoyed more than hurt. Talked about how to introduce herself.",
    ),
    (
        "person_name",
        "SHIFT NOTES (Tue)\n* Hamza M. rang re: the racism incident at the bus stop. Police report done. He's shaken.\n* No other calls.\n* Someone left a jumper in room 3.",
    ),
    (
        "person_name",
        "peer opened with 'my name is Parisa and I don't really know why I'm here'. We talked for an hour. Dad pressure, brother in Tehran, visa renewal. She'll come back.",
    ),
    (
        "person_name",
        "spoke to siobhan (ni bhriain) for 15 min on the phone, she's in a better place since her placement moved. no follow up needed.",
    ),
    (
        "person_name",
        "Yaw Darko told me his mum died in Kumasi in the holidays and he didn't tell anyone at uni. Now he's failing. He's only telling me because the faculty sent a warning letter. Talked about special consideration backdated.",
    ),
    (
        "person_name",
        "Jarrah came to the drop in with his cousin, said it was easier than coming alone. He's the first in his family at uni. Lots of pride, lots of pressure. Shared the Indigenous support unit details.",
    ),
    (
        "person_name",
        "texted me this morning: 'hey it's otieno from the kenyan students thing, can we talk? it's about my housemate'. talked at 1. housemate is using a lot and otieno doesn't know what to do.",
    ),
    (
        "person_name",
        "Malia's grandma passed. Funeral is in Apia. She needs 2 weeks. Got her the form. Very grounded, family is big support.",
    ),
    (
        "person_name",
        "JT - burnout, 5th yr, no risk. talked about boundaries w/ the research project. he's been doing 70 hr weeks.",
    ),
    (
        "person_name",
        "Peer (Kiprop) says he wakes at 3am every night and can't get back to sleep. Started after the car accident in April. Encouraged GP visit; he thinks it may be PTSD-ish. I said I'm not the one to say but the GP can help.",
    ),
    (
        "person_name",
        "ciaran doherty came in. sound guy. just needed to talk about his dad's drinking back home in derry. said he feels guilty for leaving.",
    ),
    (
        "person_name",
        "I meet with Tran Minh Duc today. He say his English is good for reading but for the patient talking he is nervous and the patient say 'what?' many times. He feel shame. We practise some history taking together.",
    ),
    (
        "person_name",
        "Kayla said the guy from her anatomy group, Jordan, keeps messaging her late at night even though she asked him to stop. She's thinking of telling the course coordinator. I said I'd support whatever she decides.",
    ),
    (
        "person_name",
        "Dictated note, Tuesday: Rizalina, she goes by Riza, is working two jobs and sending money to Cebu. Falling asleep on the train. No risk. Wants to look at a reduced load.",
    ),
    (
        "person_name",
        "okay so memo for the record: Hamish Drummond, final year, withdrew from the exam because of a panic attack in the room. He feels like the whole cohort knows. Plan is to meet on Friday and again before the resit.",
    ),
    (
        "person_name",
        "Precious mentioned her sister Grace is also at uni and struggling, asked if Grace could come to a session. told her yes of course.",
    ),
    (
        "person_name",
        "Le Hoang Anh (she said call her Anh) - came in re: being the carer for her grandfather who lives with them, dementia getting worse. Mum works nights. Anh does the mornings. Tired. Wants to know about carer support.",
    ),
    (
        "person_name",
        "Nuwan told me the cricket club is the only thing keeping him sane. Worried he has to quit for 4th year. We talked about keeping one thing that's his.",
    ),
    (
        "person_name",
        "Voice memo: hi, so, peer was Losa, L O S A, Leavasa. She said the uni's Pasifika group has been great but she's behind in pharmacology. Plan: study buddy. Also she mentioned a friend, Tavita, who might reach out.",
    ),
    (
        "person_name",
        "[11:32] Rufaro Ncube: sorry i missed the session, was at the immigration lawyer\n[11:33] Rufaro Ncube: can we do thursday\n[11:40] You: thursday 2pm works\nMet Thursday. Visa application for her mum is stuck. Very stressed.",
    ),
    (
        "person_name",
        "talked to josaia, he's the fijian guy from the rugby team. concussion last month, struggling to concentrate. GP cleared him but he doesnt feel right. suggested he go back.",
    ),
    (
        "person_name",
        "ELIF YILDIZ CAME IN WITH A FRIEND. SHE SAID HER EX IS SHOWING UP OUTSIDE HER LECTURES. GAVE HER CAMPUS SECURITY INFO AND THE SAFER COMMUNITY UNIT. SHE IS GOING TO REPORT IT TODAY.",
    ),
    (
        "person_name",
        "peer told me 'you can call me Sunny, my real name is Sunil but nobody here says it right'. Sunny's concern is the long commute from Campbelltown, 2 hrs each way, leaving him wrecked.",
    ),
    (
        "person_name",
        "Handover Sun night → Mon morning\n- Angel (the 1st yr) ok, no further contact needed\n- Mateo Quispe - NEW - homesickness, Peru, first winter here, seems low, plan: follow up Wed\n- phone charger is in the drawer",
    ),
    (
        "person_name",
        "Today I see Akosua. She has problem with the landlord, he come into the room without telling. She is scared. I give her the tenancy advice number and she will go tomorrow.",
    ),
    (
        "person_name",
        "Kalinda told me she's been asked to be on three 'diversity' panels this semester as the only Aboriginal student in her year and it's exhausting. She wants to say no but feels she can't.",
    ),
    (
        "person_name",
        "Jedda and her partner have split. She says it's mutual but she hasn't been to class in a week. Checked for risk, none. Will call Fri.",
    ),
    (
        "person_name",
        "The student asked me to write her down as just 'B' but she is fine with her supervisor knowing it's Bronwyn from the 3rd yr rural stream. Topic: drink driving charge, worried about AHPRA registration later.",
    ),
    (
        "person_name",
        "dictated: um the peer's name is Giorgia, with an i, Giorgia Conti, she's doing her elective planning and her parents won't pay for it, she feels she's the only one not going overseas. talked about funding options.",
    ),
    (
        "person_name",
        "mark from 2nd yr needed a chat re: money. he's fine, just stressed. (Mark Fenwick, not the other Mark)",
    ),
    (
        "person_name",
        "warrick rang from his placement in broken hill. says the accommodation has no heating and he's got a cold he can't shake. he's also lonely. promised to call weekly.",
    ),
    (
        "person_name",
        "WhatsApp:\n3/6/26, 7:01 pm - Wei: can I see you tomorrow\n3/6/26, 7:03 pm - Me: yes, 11 at the library?\n3/6/26, 7:03 pm - Wei: ok thank you\nMet. Wei's grandmother died in Chengdu. He couldn't go because of the visa. Grief, guilt.",
    ),
    (
        "person_name",
        "Yui Nakamura said she doesn't like talking about feelings but her friend made her come. She's had a lot of headaches and thinks it's stress. Suggested the GP. She smiled at the end which was good.",
    ),
    (
        "person_name",
        "Session with Bear (he calls himself that, everyone does). Talked about his dad being in prison and how he hides it from his cohort. Big session. Safe. Wants to meet again.",
    ),
    ("person_name", "a quick one: Aziz came in for 10 min, hasn't got his results yet, nervous. no action."),
    (
        "person_name",
        "My peer, he is called Ravindu, tell me he is being made fun of for his food in the placement tearoom. The nurses said it smells. He now eat in his car. This is not ok. I tell him about the reporting.",
    ),
    (
        "person_name",
        "Memo: notes on Kimberley, she, um, Kimberley Wandin, she's been off for a month with glandular fever, now she's back and has to catch up on three units, overwhelmed. Plan with her, one thing at a time.",
    ),
    (
        "person_name",
        "Session w/ Alejandro. His host family has been really great but they're moving interstate and he needs to find somewhere by end of the month. Housing list given.",
    ),
    (
        "person_name",
        "talked to Mum's friend's daughter who's a first year — no, sorry, rewriting: talked to Nadia Haddad (1st yr) who was referred by a friend. she's feeling lost, nothing specific. good chat.",
    ),
    (
        "person_name",
        "Chloe mentioned her dad, Steve, has been sending her abusive messages. She blocked him. Not living with him. Safe. She wanted to talk about whether she was overreacting. She isn't.",
    ),
    (
        "person_name",
        "Peer Sione said his coach wants him at training 5 days and the med schedule won't allow it. He has to choose. Rugby is how he got the scholarship. Complicated.",
    ),
    (
        "person_name",
        "Quote from her text: 'Tell Dr Okonkwo I'm not coming back to that ward.' Context: she had a bad experience with a patient's family. Dr Okonkwo is her clinical supervisor. I said I won't pass messages but I'll help her write an email.",
    ),
    (
        "person_name",
        "mariana said she's been having nightmares since the code on her cardiology rotation, the patient didn't make it. first death she's seen. debrief done, plus suggested the clinical school wellbeing officer.",
    ),
    (
        "person_name",
        "transcription: so this is, uh, Pedro's second visit, he's doing better, the meds the GP gave him are kicking in. sleep better. Still hates the commute. Next visit 3 weeks.",
    ),
    (
        "person_name",
        "Dr Fitzgerald (the anatomy demonstrator) asked me to check on a student who cried in the lab. I said I can't report back details but I'd offer a chat. The student was Tahnee. She's ok, it was about her dog dying.",
    ),
    (
        "person_name",
        "lucia and her brother are both in the program and their parents compare them all the time. she's tired of being 'the less smart one'. mostly listening.",
    ),
    (
        "person_name",
        "Met with Erin Kowalczyk. She's got a stalker situation from an online game. Police involved. She's staying at her aunt's. Safety plan reviewed.",
    ),
    (
        "person_name",
        "Tamil student (Sivakumar) came in re: his mum being sick in Jaffna. Wants to go for a month. Explained interruption of studies.",
    ),
    (
        "person_name",
        "HAPPY NEWS: DANIELA GOT HER PR! SHE CAME IN JUST TO TELL ME. SHE CRIED. THEN WE HAD A CUPPA.",
    ),
    (
        "person_name",
        "dictated, please fix later: peer is Ahmed, uh, no surname given, final year, he's fasting and he fainted on the ward yesterday and the reg was really nice about it but he's embarrassed. we talked about the plan for next week.",
    ),
    (
        "person_name",
        "Fatemeh came to drop in. She said she is not sleeping because of news from home, her cousin was arrested. She can't focus. Very scared. Offered more sessions and the counselling service.",
    ),
    (
        "person_name",
        "Handover from Jess to Tom: Rahel rang, wants a callback re: the complaint about the tutor. She sounded ok.",
    ),
    (
        "person_name",
        "He asked me to call him Rocky. 3rd yr, plays in a band, drinking a lot, missed the pharm exam. Ambivalent about change. MI approach, some movement.",
    ),
    (
        "person_name",
        "Messenger:\nTatiana Morales: hola, is this the peer support?\nYou: yes hi Tatiana\nTatiana Morales: I need to talk to someone, my roommate is stealing my things\nMet next day. Moved out; staying with a friend from church.",
    ),
    (
        "person_name",
        "The peer (Ngozi) is concerned about her friend who is 'not herself'. Talked about how to approach a friend, and the services. She didn't want to name her friend and that's fine.",
    ),
    (
        "person_name",
        "transcribed: ok next. Marco, Marco Ricci, he's the one whose nonna raised him, she's moving into aged care, he's, um, really cut up. He visits every Sunday in Leichhardt. We talked about grief before loss.",
    ),
    (
        "person_name",
        "peer said the surgeon, a Mr Halloran, called her 'sweetheart' and told her to smile more. She wants it on record somewhere. I told her about the reporting options and that I'd support her.",
    ),
    (
        "person_name",
        "Gabriel (2nd yr) - mood low for a month. Asked about suicidal thoughts: passive thoughts, no plan, no intent. Safety plan made together. GP appt booked for Thursday. Supervisor informed same day.",
    ),
    (
        "person_name",
        "aiko just wanted someone to study with tbh. we did 30 min and then talked about how lonely first semester was for her. suggested the japanese students club.",
    ),
    (
        "person_name",
        "Dad (Mr Pham) apparently rang the faculty demanding to see her results. She's 22. She's mortified. Talked about privacy and what the faculty can and can't say.",
    ),
    (
        "person_name",
        "SESSION: ABENA. TOPIC: RACISM ON CLINICAL PLACEMENT (PATIENT REFUSED TO BE EXAMINED BY HER). SHE SAID THE REG HANDLED IT WELL. STILL HURTS. FOLLOW UP OPTIONAL.",
    ),
    (
        "person_name",
        "peer is nikhil's flatmate, called Dev. nikhil asked me to reach out. dev's been in bed for a week. I visited with nikhil. dev agreed to see a GP.",
    ),
    (
        "person_name",
        "Voice memo: this is about, um, Rangi? No sorry that's last week. This one is Tevita. Tevita is stressed about his mum's diabetes, she had a toe amputated. He's the eldest. Support plan, carer info.",
    ),
    (
        "person_name",
        "Ana Lucía rang in tears because her grandfather died in Bogotá and her flights are $3000. Explained the emergency fund. She'll apply tonight.",
    ),
    (
        "person_name",
        "Saw AJ (Alexander) about anger. He put his fist through a wall at home last week. No harm to anyone else. He wants help. Gave him the men's line and the counsellor info.",
    ),
    (
        "person_name",
        "peer introduced herself: 'I'm Dao, like the Tao but with a D'. she's second year, her girlfriend lives in Hanoi, long distance is hard, time zones. light chat.",
    ),
    (
        "person_name",
        "Coralie had a panic attack during the Tuesday lecture and left. Tutor Mr Nguyen went after her, which was kind, but now she feels everyone saw. Reassured.",
    ),
    (
        "person_name",
        "I talk to Ji-ho. No wait, he is Korean, this one is Kazuki. Kazuki tell me he is not happy with his GP placement, the GP only let him watch. He want more hands on. Small problem, he is ok.",
    ),
    (
        "person_name",
        "Brief: Lachlan. Sports injury, off his feet 6 weeks, can't get to campus, feeling cut off. Organised video check-ins.",
    ),
    (
        "person_name",
        "Dictation begins. The peer is Mahsa. She has been offered a place in the research stream but her husband doesn't want her to do more years. Tension at home. Not unsafe, she said clearly. We'll keep talking. Dictation ends.",
    ),
    (
        "person_name",
        "[5:44 pm] Freya: hey can i bail on today\n[5:44 pm] Freya: feeling rubbish\n[5:50 pm] me: totally fine, do you want to talk on the phone instead\n[5:58 pm] Freya: ok\nCalled. Period pain + exam tomorrow. No concerns.",
    ),
    (
        "person_name",
        "Big one today: Ismail disclosed that he was assaulted on a night out. He hasn't told anyone. I listened, explained options, gave him the sexual assault line and said no pressure. He said he'd think about police. I checked he was safe to go home.",
    ),
    ("person_name", "ferhat again, fine, same as last week. vented about stats."),
    (
        "person_name",
        "peer (Agnieszka? she said Aga is fine) - exam anxiety, stomach aches before every exam. OK otherwise.",
    ),
    (
        "person_name",
        "Told me about her bestie Honey, who moved to Perth and they used to study together every night. Now she's alone with it all. (Peer herself is Stacey, 2nd yr.)",
    ),
    (
        "person_name",
        "my peer name is Samira, she is from my country also, so we speak Urdu together. She feel more comfortable. She is stress about marriage proposal from the family, she want to finish the degree first.",
    ),
    (
        "person_name",
        "Voice memo transcript: Right, so, Duncan. Duncan's the one from Aberdeen. He wanted to talk about his drinking, he says it's like back home, everybody drinks, but here it's getting in the way. I asked about the, the mornings. Some shakes. Told him to see the GP urgently about that.",
    ),
    (
        "person_name",
        "the student who came in at 4 was called Anjali. IMG spouse, she's doing the bridging course. Nobody recognises her 8 yrs as a doctor in Chennai. Very angry and sad.",
    ),
    (
        "person_name",
        "HANDOVER: Kiri P. doing ok. Mehmet still hasn't got his laptop back from the repair place, 3 assignments due.",
    ),
    (
        "person_name",
        "Sat w/ Tayla in the quad. Her mum's in rehab again. Tayla's 20 and parenting her brother. Didn't push, just listened.",
    ),
    (
        "person_name",
        "'if Dr Saunders fails me again i'm done' — her words. clarified she meant done with the course not done with life. she was clear. still, she's under a lot of pressure.",
    ),
    (
        "person_name",
        "peer Aroha asked for help drafting an email to her lecturer. Done. Also chatted about her NZ family missing her birthday, she's lonely.",
    ),
    (
        "person_name",
        "Transcribed memo: okay and the last one today is, uh, Precious Moyo, second time, she's doing much better, the flatmate moved out. No action.",
    ),
    (
        "person_name",
        "the guy everyone calls Blessing (Blessing Okafor, 4th yr) came in to ask how to support a mate who's drinking too much. Gave him some ideas and the services list.",
    ),
    (
        "person_name",
        "Seen with Esperanza's consent her older sister also joined. Family situation: dad back in Chile unwell. Both sisters here on student visas. Talked about what's possible.",
    ),
    (
        "person_name",
        "Meeting summary — Thuy (2nd yr): Her boyfriend controls her money and her phone. She didn't call it abuse, I didn't label it for her. Gave her the DV line discreetly. Agreed a code word for if she texts me.",
    ),
    ("person_name", "asked for nothing to be written except that Keisha came in and is ok. honouring that."),
    (
        "person_name",
        "Dictated note. Uh, paragraph. Nizhoni? No. Correction. The peer is Nalani, first year, from Hawaii on exchange. She's struggling with the cold and the, the lack of, of sunlight. We talked about light and getting outside.",
    ),
    (
        "person_name",
        "Rhys and I talked about his gambling. Started with footy bets, now it's every day. Owes $4k. He wants to stop. Gave him the gambling help line and offered to sit with him while he calls.",
    ),
    (
        "person_name",
        "Spoke to Tuan who is the older brother of one of our first years. He was worried about her. I said I can't talk about anyone but I'm happy to speak with him about his worries.",
    ),
    (
        "person_name",
        "TALKED TO ZARA - SHE SAID HER HIJAB WAS PULLED ON THE TRAIN. SHE IS VERY SHAKEN. POLICE REPORT DONE. WE TALKED ABOUT SUPPORT AND SHE WILL COME BACK WEDNESDAY.",
    ),
    (
        "person_name",
        "Dictated: Lily-Rose, that's hyphenated, Lily-Rose Atkinson from the rural clinical school, her dog died and she says that sounds stupid but he was her whole support system out there. It's not stupid. Grief session.",
    ),
    (
        "person_name",
        "check in w Beatriz, she is ok, she say thank you for last time, the tutor change her group.",
    ),
    (
        "email",
        "Voice memo transcribed: she said I could follow up by email, her email's sam dot lee at gmail dot com, and she prefers that to phone because of her housemates.",
    ),
    (
        "email",
        "peer asked me to cc her personal email not the uni one cos she's worried faculty read it: thi.hanh.vo93@outlook.com",
    ),
    (
        "email",
        "[19/08, 22:10] K: my email is kwabenaboat3ng@yahoo.com if u can send the hardship form\n[19/08, 22:11] Me: sending now",
    ),
    (
        "email",
        "Dictation: his backup contact is his sister, email, uh, r u f a r o underscore n at hotmail dot co dot uk. Write that down exactly please.",
    ),
    (
        "email",
        "She forwarded me the abusive emails she's getting. Sender is always the same address: angel.baby.x7@protonmail.com. She thinks it's her ex. Advised her to keep everything and talk to campus security.",
    ),
    (
        "email",
        "HANDOVER - follow up w/ the peer from Tues, she said send resources to MEREANI.TIKO at ICLOUD.COM (all caps how she wrote it)",
    ),
    ("email", "he give me his email for the study plan: ahmad_zaheer_2001@gmail.com. I will send Monday."),
    (
        "email",
        "peer wanted me to know the person harassing her online has been emailing from giuseppe.marchetti.md@gmail.com, pretending to be a doctor. she's screenshotted it.",
    ),
    (
        "email",
        "voice note transcript: best way to reach her is email, it's p dot karimi eight eight at g mail. g mail dot com. She doesn't check the uni one.",
    ),
    (
        "email",
        "[Messenger] Oisín: can you email me the link instead, oisin.gallagher.galway@eircom.net, my phone's dead half the time",
    ),
    (
        "email",
        "i send the list of the counselling to the email she give me, it is lan nguyen dot hcm at gmail.com (i write like this so i dont lose).",
    ),
    (
        "email",
        "bear's mum emailed the peer support inbox from bearsmum.jan@bigpond.com asking how he's going. we can't tell her anything. flagging so supervisor can reply.",
    ),
    (
        "email",
        "Follow-up: told her I'd send the extension template. Her preferred email: w.kamau.nrb@gmail.com. Sent 4:15pm.",
    ),
    (
        "email",
        "IN CASE I'M AWAY NEXT WEEK HER CONTACT IS HARUKA_S_0417@ICLOUD.COM, SHE SAID EMAIL IS FINE FOR NON-URGENT.",
    ),
    (
        "url",
        "She showed me the GoFundMe her cousin set up for her dad's funeral: gofundme.com/f/bring-baba-tendai-moyo-home. She's embarrassed about it being public.",
    ),
    (
        "url",
        "peer said someone made a fake profile with her photos, linkedin.com/in/dilani-perera-mbbs-2027, and has been messaging her tutors. reported to LinkedIn.",
    ),
    (
        "url",
        "transcribed voice memo: he wanted me to listen to the playlist he made when his brother died, it's on spotify, open dot spotify dot com slash playlist slash, uh, the name is 'for kofi always'. He shared the link in chat.",
    ),
    (
        "url",
        "[21:14] Liam: this is the blog where she's writing about me https://thelonggoodbye-niamhk.wordpress.com/\n[21:15] Liam: its all lies\nTalked for an hour. Advised not to engage publicly.",
    ),
    (
        "url",
        "Kavitha's personal site has her CV and her home address on it (kavitharajaratnam.com.au/about). Suggested she take the address down given the stalking thing.",
    ),
    (
        "url",
        "the group chat had a link to a tiktok, tiktok.com/@hamza.malik.meds/video/7311, where someone filmed him crying in the lecture theatre. he's mortified. reporting it.",
    ),
    (
        "url",
        "Peer is raising money for her brother's surgery in Manila — fundraiser page is gofundme.com/f/help-jomar-dela-cruz-heart. She asked if it's ok to share in the med soc group. Told her to check with the soc.",
    ),
    (
        "url",
        "Her ex posted a 'review' of her on a rate-your-date page: ratemydate.net/profile/giulia-f-sydney-26. She wants it gone. Gave eSafety info.",
    ),
    (
        "url",
        "dictation: the website he mentioned is his own, arash mohammadi dot com, slash music. He said making music is what keeps him going. Nice to hear.",
    ),
    (
        "url",
        "her memorial page for her grandmother is at forevermissed.com/nana-wairimu-kamau — she showed me, lovely photos. grief session.",
    ),
    (
        "url",
        "He made a YouTube channel about studying with ADHD (youtube.com/@studywithsunnyp) and now people from his cohort are commenting nasty stuff. Talked about moderating comments.",
    ),
    (
        "url",
        "Ex-partner shared her OnlyFans-style stuff?? no — correction, it's a Google Drive folder drive.google.com/drive/folders/1xZ9-elifyildiz-photos with private photos. Image-based abuse. eSafety + police. Supervisor informed.",
    ),
    (
        "url",
        "SHE SENT ME HER GITHUB (GITHUB.COM/ZEYNEPKAYA-DEV) BECAUSE SHE WANTS TO SWITCH TO HEALTH INFORMATICS AND WANTED MY OPINION. NOT A WELLBEING ISSUE AS SUCH BUT SHE IS UNHAPPY IN MED.",
    ),
    (
        "url",
        "the strava profile strava.com/athletes/48213907 is hers and shows her running route from home every morning. she thinks that's how the guy found her. we turned it private together.",
    ),
    (
        "social_handle",
        "her insta is @tanikaa.b_ and she's been getting racist DMs on it since the article. screenshots saved.",
    ),
    (
        "social_handle",
        "Voice memo: the account harassing him is, um, at, underscore, real underscore matteo underscore r, on Instagram, it's a fake. He's blocked it three times, new ones keep popping up.",
    ),
    (
        "social_handle",
        "Peer posted on reddit as u/tired_med_from_perth about wanting to quit. A friend recognised her from the post and sent it to me. I reached out. She was fine, a bit embarrassed.",
    ),
    (
        "social_handle",
        "[03/09, 10:05] Me: how did you find us\n[03/09, 10:06] Journey: saw the post on twitter from @journeyxo_mbbs lol that's me, i posted about needing help and someone replied with the link",
    ),
    ("social_handle", "he said if i can't reach him try snapchat, his snap is bilal.ch99"),
    (
        "social_handle",
        "The guy from the party keeps messaging her on Insta from @kieran_oconnell_7. She's asked him to stop. Talked about blocking and reporting.",
    ),
    (
        "social_handle",
        "dictated: she asked me to follow her art account, it's at honey dot draws dot things. I said I'm not sure that's appropriate for me as a supporter, but I'm glad she's drawing again.",
    ),
    (
        "social_handle",
        "FOLLOW-UP: HIS TIKTOK @ROCKY_THE_MEDIC HAS A VIDEO WHERE HE TALKS ABOUT SELF HARM. FRIEND FLAGGED IT. I CALLED HIM; HE IS SAFE, IT WAS OLD CONTENT. STILL BOOKED A CHECK-IN.",
    ),
    (
        "social_handle",
        "Peer's cousin is the one posting about her on Facebook, account name 'Chamara Wijesinghe Official'. It's about her leaving the arranged engagement. Safety check done.",
    ),
    (
        "social_handle",
        "i contact her on discord because she dont use the phone much, her discord is yuki#4471 (old style). she answer fast.",
    ),
    (
        "social_handle",
        "someone in the cohort started a burner account @who_cares_med_gossip and posted about Diego's breakup. not naming the poster since we dont know. diego is gutted.",
    ),
    (
        "social_handle",
        "Reddit user u/ratchet_registrar left comments under his post that were basically threats. He's scared it's someone from his hospital. Reported to mods + keep evidence.",
    ),
    (
        "social_handle",
        "peer says she met a guy on hinge who turned out to be her tutor. his hinge name was 'Callum, 31' but his insta @callumfraser.physio gave it away. now super awkward, she wants to change tut groups.",
    ),
    (
        "social_handle",
        "Her little sister's TikTok is @summer.rose.moyo and apparently the sister has posted about their mum's illness and tagged the peer. She feels exposed.",
    ),
    (
        "phone",
        "Voice memo: um, her number is oh four one two, three four five, six seven eight, that's the one to text, don't call because she's on the ward.",
    ),
    ("phone", "Next of kin she gave: her aunty, 0423 918 604. Only if it's an emergency, she said."),
    ("phone", "[22:41] Sione: can u call me on my other number 0478-331-209 this ones almost out of credit"),
    (
        "phone",
        "dictated: his mum in Harare, plus two six three, seven seven, two one four, eight nine oh six. He wants us to have it in case something happens to him here. Stored per policy.",
    ),
    (
        "phone",
        "HANDOVER: call back Nyasha on 04 1955 7320 after 6pm, she said not before because she's at work.",
    ),
    (
        "phone",
        "The guy who keeps calling her is on +61 431 022 785. She's blocked it. He calls from private now. Police aware.",
    ),
    (
        "phone",
        "he give me the number of his brother in Karachi +92 300 418 2276 because he worry if he is sick nobody know. I tell him we keep it safe.",
    ),
    (
        "phone",
        "peer's landline at her homestay is (02) 9649 3187, mobile is dead. ring there between 5 and 7.",
    ),
    (
        "phone",
        "transcribed memo: the number is, uh, oh four oh one, double two, nine, five five, oh. No wait, nine five five oh. Oh four oh one double two nine, five five oh. Yeah.",
    ),
    ("phone", "Emergency contact listed: partner (Sean), 0407 622 918."),
    (
        "phone",
        "She sent me her dad's number in Italy in case: +39 347 552 9016. He doesn't speak English, she said to use Google Translate lol.",
    ),
    ("phone", "[Messenger] Achieng: this is my new number 0452813007, the old one was stolen with my phone"),
    (
        "phone",
        "ALL CAPS BECAUSE I'M ON MY PHONE: CALL KIRRA BACK ON 0498 204 116 TOMORROW MORNING, SHE HAD A ROUGH NIGHT, NOT AT RISK.",
    ),
    (
        "phone",
        "Fijian mobile for her mum, six seven nine, nine two one, four oh five seven. She asked me to note it because she's worried about the cyclone back home.",
    ),
    (
        "phone",
        "told her to save my shift phone and she gave me hers back: zero four six six, one oh three, eight two one.",
    ),
    (
        "phone",
        "her flatmate's mobile is 0416 550 392 — she said if she goes quiet again we can try the flatmate. agreed w/ supervisor this is ok.",
    ),
    (
        "ip_address",
        "She said her uni account has been logged into from an IP she doesn't recognise, 101.187.42.9, at 3am. She thinks it's her ex, he knew her password. Helped her contact IT.",
    ),
    (
        "ip_address",
        "voice memo: the IT guy told him the anonymous messages came from, um, one twenty-one dot two hundred dot fourteen dot seventy-seven, and that's the IP of the college where his old flatmate lives. He's freaked out.",
    ),
    (
        "ip_address",
        "peer showed me the login alert: 'New sign-in from 49.180.22.113, Melbourne'. She's never been to Melbourne. Changed passwords together.",
    ),
    (
        "ip_address",
        "[22:03] Elif: the email header says 58.96.147.201\n[22:03] Elif: is that him?\n[22:05] me: i can't tell that, but keep it for the police report",
    ),
    (
        "ip_address",
        "HE TRACKED THE HARASSING COMMENTS TO 203.45.118.62 VIA HIS BLOG LOGS. HE WANTS TO CONFRONT THE PERSON. WE TALKED ABOUT NOT DOING THAT AND GOING THROUGH THE UNI INSTEAD.",
    ),
    (
        "ip_address",
        "dictated: the address that kept showing up in her Facebook security log was one fifty dot one oh one dot eight dot two four six. She's sure it's her brother-in-law's house.",
    ),
    (
        "ip_address",
        "her google account shows her phone location being accessed from 2001:8003:6c2a:4e00:1d5b:9a7f:3c10:82e4. she doesnt understand it and neither do i. referred to IT security.",
    ),
    (
        "ip_address",
        "Peer said she's being harassed in the uni forum; the admin told her the posts come from 110.142.77.15 which is not a uni address. Police report.",
    ),
    (
        "ip_address",
        "he set up a home server and someone in his cohort posted its address (124.168.9.230) in the group chat as a 'joke' and then it got attacked. He lost his notes. More upset about the betrayal.",
    ),
    (
        "ip_address",
        "I help him read the email from IT. It say the bad login come from 180.150.37.91. He is worry somebody from his country is watching him. He is very scared. We talk about the safety.",
    ),
    (
        "ip_address",
        "transcribed: the log showed, uh, two twenty dot two thirty-five dot five dot nineteen, and, and that's where the fake account was created from. She's given it to the eSafety people.",
    ),
    (
        "ip_address",
        "Stalker situation update - the detective told her the logins to her Instagram were from 27.33.201.148. They have an idea who. She's relieved but scared.",
    ),
    (
        "student_id",
        "Her student ID is MQ482716, she asked me to include it so the admin can find her extension request.",
    ),
    (
        "student_id",
        "voice memo: his student number is, um, S T, four nine one, two oh six. ST491206. Use that when you email the faculty about the special consideration.",
    ),
    (
        "student_id",
        "HANDOVER: pls chase the hardship grant for student KP307755 — she's been waiting 3 weeks.",
    ),
    ("student_id", "[08:14] Dao: my student no is z5318842 if you need it for the form"),
    (
        "student_id",
        "Peer gave student number AB916340 for the referral to the disability office. Said it's fine to share.",
    ),
    (
        "student_id",
        "dictated: student ID, capital N, capital R, two four eight, eight one nine. NR248819. She lost her card and thinks someone used it to get into the library.",
    ),
    (
        "student_id",
        "he write his student number on the paper for me: TH660231. I give it to the coordinator with his permission.",
    ),
    ("student_id", "Appeal letter needs her SID: JD734105. She's appealing the fail in MED3002."),
    (
        "student_id",
        "someone posted a screenshot of his results with his ID showing (LK590372) in the cohort group. privacy breach. he's reporting it to the faculty.",
    ),
    (
        "student_id",
        "student number 4471093 (she said it's the old 7-digit kind because she started before the change). please pass to the rural placement office.",
    ),
    (
        "student_id",
        "FOR THE RECORD HIS ID IS RM120584 BECAUSE THERE ARE TWO STUDENTS WITH THE SAME NAME IN 4TH YEAR AND HE KEEPS GETTING THE OTHER GUY'S EMAILS.",
    ),
    (
        "student_id",
        "transcribed: her, her student number is C J, nine nine oh, three one two. CJ990312. She asked if we can check whether her special con went through.",
    ),
    ("student_id", "Extension request submitted on her behalf (with consent) under ID PW803367."),
    (
        "student_id",
        "he said his student ID was flagged in the exam system, HB557290, because of the disability plan not uploading. fixed after a call.",
    ),
    (
        "date",
        "Voice memo: she was born the third of March two thousand and one, and she's been here since she was sixteen, so the visa thing is, um, ridiculous.",
    ),
    (
        "date",
        "Her brother died on 14 July 2024. The anniversary is coming up and she's dreading it. Planning around that week.",
    ),
    (
        "date",
        "[12/04, 19:22] Honey: tomorrow is my mums birthday, 13 april, first one since she passed\n[12/04, 19:23] me: i'm so sorry. want to talk tonight or tomorrow?",
    ),
    (
        "date",
        "dictated: his daughter was born on the twenty-second of November last year, twenty twenty-five, and he's been sleeping about three hours a night since. Tired dad. Happy but wrecked.",
    ),
    (
        "date",
        "HANDOVER: peer's court date (the assault matter) is 9 February 2027. She wants support that week.",
    ),
    (
        "date",
        "He got married on 6/6/2025 in Lahore and his wife's visa is still not through. They talk every night. He's lonely.",
    ),
    (
        "date",
        "she said she was assaulted on the night of the 17th of August 2025 at a party, hasn't told anyone until now. listened. explained options. no pressure.",
    ),
    (
        "date",
        "My peer tell me his father died on 2nd January this year, 2026, and he did not know until one week later because the family did not want to disturb his exam. He is very angry and sad.",
    ),
    (
        "date",
        "dob on the form she asked me to help with: 28/10/1999. She's a mature-age student and feels old compared to the cohort lol.",
    ),
    (
        "date",
        "transcribed: her miscarriage was, uh, the fifth of September, and she went to the exam two days later. Nobody knew. She just wanted someone to know.",
    ),
    (
        "date",
        "THE DAY HIS MUM WENT INTO HOSPICE WAS 30 MAY 2026 AND HE SAID HE'LL NEVER FORGET IT BECAUSE IT WAS HIS BIRTHDAY TOO.",
    ),
    (
        "date",
        "peer's wedding is 21 March 2027 and the placement roster has her on nights that week. Wants help to request a swap.",
    ),
    ("date", "She was diagnosed with MS on 11 December 2025. Still processing. Hasn't told the faculty."),
    (
        "date",
        "He was born nineteen ninety-eight, the first of April, yes, April Fool's, and he said that's the least funny thing about him this week. Black humour, but he was ok.",
    ),
    (
        "street_address",
        "Voice memo: she's living at, uh, unit four, twelve beach road, and she says the landlord hasn't fixed the mould since May. She's had a cough for weeks.",
    ),
    ("street_address", "New address for the hardship grant: 17/203 Parramatta Rd, Annandale NSW 2038."),
    (
        "street_address",
        "[21:30] Tendai: if u need to post the forms its 8 Kiora St Canley Heights 2166\n[21:31] me: got it",
    ),
    (
        "street_address",
        "HE IS SLEEPING IN HIS CAR SINCE HE WAS EVICTED FROM 44 WATTLE CRES, GLENFIELD. REFERRED TO HOUSING SUPPORT AND EMERGENCY ACCOMMODATION TODAY.",
    ),
    (
        "street_address",
        "dictated: the house where the party was is, um, two six, Mitchell Street, Chippendale. She doesn't want to go past it. She walks the long way to campus now.",
    ),
    (
        "street_address",
        "i visit her at home with the other supporter because she cannot come. it is flat 3, 91 King Street, Newtown. she is in bed for 2 weeks. we bring food.",
    ),
    (
        "street_address",
        "Peer's ex has turned up at her place (Apt 1206, 38 Harbour Street, Wollongong) three times. AVO being sought.",
    ),
    (
        "street_address",
        "handover: welfare check requested — peer lives at 5 Banksia Ave, Kellyville. Supervisor organising with security/police.",
    ),
    (
        "street_address",
        "her grandma's place where she's staying is 112 Railway Parade, Granville, no internet there which is why she's been missing online stuff.",
    ),
    (
        "street_address",
        "transcribed memo: the rooming house is at, uh, nine, Ferris Lane, Redfern, room eleven. He's paying three hundred a week for a room with no window.",
    ),
    (
        "street_address",
        "She gave me her mum's address in Brisbane for the condolence card: 3/27 Jubilee Terrace, Ashgrove QLD 4060.",
    ),
    ("street_address", "lives w 6 other students at 71 Glebe Point Rd, Glebe. says it's chaos. cant sleep."),
    (
        "street_address",
        "The mailbox at his place, 10 Carrington Street, Lismore, keeps getting opened. He thinks someone is taking his letters, including the one from Centrelink.",
    ),
    (
        "street_address",
        "dictated note: she's moving to, um, number fifteen, Ocean View Drive, Terrigal, with her boyfriend, which is an hour and a half from the hospital. Worried about the commute.",
    ),
    (
        "medicare",
        "She asked me to help fill in the bulk billing form. Her Medicare number is 3226 51324 3. Done together.",
    ),
    (
        "medicare",
        "Voice memo: his Medicare card number is six five six two, two nine nine three, oh, one. He lost the card and needs a new one for the psych appointment.",
    ),
    ("medicare", "HANDOVER: peer needs her Medicare no on the GP referral, she texted it: 3091 52927 2"),
    (
        "medicare",
        "[10:44] Kavitha: medicare is 6310489944 sorry i know i shouldn't send it like this\n[10:45] me: no worries, i'll pass to the GP clinic and delete",
    ),
    (
        "medicare",
        "He show me his card, the number is 4305 27533 4, he want to know if it cover the psychologist. I explain the mental health plan.",
    ),
    (
        "medicare",
        "dictated: Medicare, four nine oh oh, two four seven six eight, four. That's for the mental health care plan booking.",
    ),
    (
        "medicare",
        "transferred from her parents' card to her own card, 4061 30664 2, which is why the GP couldn't find her record. Sorted.",
    ),
    ("medicare", "ALL CAPS SORRY: MEDICARE 6512 33442 1 FOR THE REFERRAL. SHE CONSENTED."),
    (
        "medicare",
        "Peer read out her Medicare number over the phone (4957 33825 2) so the clinic could book her in; I was on speaker to support.",
    ),
    (
        "medicare",
        "transcription: number is two five nine four, oh three one, four eight five. Yeah that's the Medicare. Just for the form, please don't store it after.",
    ),
    ("medicare", "medicare 6825963432, ref 2 - for the sleep clinic referral. He's finally going."),
    (
        "medicare",
        "Her new medicare card came (4315 19748 2) so she can finally see the psychiatrist bulk billed.",
    ),
    (
        "tfn",
        "He's been working cash in hand and the boss wants his TFN now, it's 670 312 381. He asked me if giving it is safe. Talked about payslips and rights.",
    ),
    (
        "tfn",
        "voice memo: her tax file number is four six five, seven oh eight, three two five, and she's worried the Centrelink thing is using the wrong one.",
    ),
    (
        "tfn",
        "[16:20] Riza: my TFN 382639920 is this right for the form\n[16:22] me: yes but don't send it in the group chat pls",
    ),
    (
        "tfn",
        "HANDOVER: help peer with the youth allowance form, TFN 477 829 710 (she gave permission to note it).",
    ),
    (
        "tfn",
        "He tell me somebody use his tax file number 339 046 969 for a job he never work. ATO letter say he owe money. Very stressed. We call the ATO together.",
    ),
    (
        "tfn",
        "dictated: TFN, one two eight, oh two five, nine four eight. It's for the scholarship payment, the finance office says they need it.",
    ),
    (
        "tfn",
        "Her employer put the wrong TFN on her payslip, the correct one is 552 286 375. Now she has a tax debt that isn't hers. Stressed about money on top of exams.",
    ),
    (
        "tfn",
        "TFN 332223247 — he wrote it on the hardship application and asked me to check the form before he submits.",
    ),
    (
        "tfn",
        "transcribed: she said, my tax file number is three four one, two nine eight, three nine two, and the tax agent lost my return. Lots of money stress this week.",
    ),
    (
        "tfn",
        "Scammer rang him pretending to be the ATO and he gave his TFN (906 604 108). Now panicking. Helped him report it to the ATO and IDCARE.",
    ),
    (
        "tfn",
        "the pharmacy job onboarding: tfn 590 904 658. she asked me to double check her declaration form was filled right. it was.",
    ),
    (
        "tfn",
        "FOR CENTRELINK FORM: TFN 981 301 259. PEER IS APPLYING FOR AUSTUDY AFTER HER PARENTS CUT HER OFF.",
    ),
]
ORDINARY: list[str] = [
    "Voice memo transcribed: ok so the peer, second year, said she's been having a really rough week, exam's on week nine, she hasn't slept more than five hours any night. We talked about sleep hygiene. I'll check in on Thursday.",
    "will check in again tomorrow, she said she will try to get to the GP before the weekend",
    "Peer came in with a lot of hope actually, first time in weeks. The new meds (sertraline 50 mg) seem to be helping. Grace period on the assignment was granted too.",
    "mark sheet came back and he got a pass in the OSCE but barely. he's relieved but says he can't face another year like this one.",
    "dictated: she said quote I just need to bill my hours and get through end quote, she's working at the pub on weekends to cover rent, about twenty hours a week. Money's tight, the rent went up by sixty dollars.",
    "SHE IS SO TIRED. NIGHT SHIFTS ON THE ROSTER FOR THREE WEEKS IN A ROW AT WESTMEAD. DOESNT THINK SHE CAN DO IT. TALKED ABOUT ASKING THE PLACEMENT COORDINATOR.",
    "[Peer, 21:40]: can we talk tmrw\n[Me, 21:42]: yes of course, 10am?\n[Peer, 21:43]: ok thanks\nTalked 10am. Exam stress, fine by end.",
    "Handover:\n- 2 drop-ins, both exam stress\n- one phone call re: housing, referred to the student housing office\n- nothing urgent\n- the heater in room 2 makes a weird noise",
    "today the student tell me she is feel very alone because all her family is in Vietnam and the time difference make it hard to call. She cook the food from home on Sunday and it help a little bit.",
    "sunny day so we walked around the oval instead of sitting in the room. he talked more outside. burnout, 4th year, no risk.",
    "he says his mum's been ringing every day asking about results. he hasn't told her he failed the pharmacology paper. scared of disappointing his parents.",
    "Peer's grandad has Parkinson's and she's watching him decline every time she goes home to Wagga. Grief before the loss. We talked about that.",
    "rob said — no, sorry, that's not a name, peer said her housemate 'robbed' her of sleep with the parties. dictation error. anyway: noisy housemate, thinking of moving.",
    "Transcribed voice memo: she's on the rural placement in Broken Hill for eight weeks. No car. Bus only twice a day. Lonely. I'll call her every Monday.",
    "may have to defer. she's going to talk to the Dean's office on Friday.",
    "Student is doing the cardio block, says the Glasgow Coma Scale questions in the MCQ were fine but the ECGs are killing her. Mostly study stress, offered a study buddy from the peer tutoring list.",
    "ALL LOWERCASE BECAUSE I'M TIRED: no wait. all lowercase. peer ok. exam anxiety. breathing exercises. see next week.",
    "Told her about Lifeline (13 11 14) and the beyondblue line (1300 22 4636) in case things get bad over the weekend. She said she's not at risk now but it's good to have.",
    "he wants to frankly just quit. his words. 'to be frank I'm done with this degree'. we talked through options: leave of absence, switching, talking to the course advisor.",
    "K10 was 28 today, was 32 last month. Small improvement. Still seeing the Headspace counsellor fortnightly.",
    "Peer fell off her bike and did her Achilles. In a boot for 6 weeks. Can't stand in theatre. Needs adjustments for the surgical term.",
    "dictation: paragraph. She's stressed about the June exams and about her visa renewal which is due in August. Student visa, subclass 500. Talked about getting advice from the international student office.",
    "[Supporter]: how are you going?\n[Peer]: honestly not great\n[Supporter]: do you want to call?\n[Peer]: yes pls\nCall 25 min. Felt better after. Plan to talk to tutor.",
    "JUNE IS ALWAYS THE WORST MONTH, HE SAYS. COLD, DARK, EXAMS. LAST YEAR HE GOT REALLY DOWN IN JUNE TOO. WE MADE A PLAN FOR THE NEXT FEW WEEKS.",
    "She's a carer for her mum who has early-onset Alzheimer's. Mum's 58. Dad left. She does the mornings, then drives to the hospital for placement. Exhausted.",
    "Notes from the session: the peer wanted to talk about grief, her dog died at the weekend, 14 years old. She cried a lot. It's ok to cry about a dog.",
    "peer's on the paeds term and said she had to do an Apgar on a baby who didn't make it. First time she's seen that. Debriefed. She'll speak to the clinical school psych as well.",
    "he had a few drinks, ok more than a few, at the end of exams party and doesn't remember getting home. scared. talked about safety, didn't lecture.",
    "rose early today and said he felt better for the first time in a while. morning walks are helping. no other issues.",
    "Voice memo, transcribed. Uh, so the peer is an international student from Nigeria, she said a patient at the Royal Prince Alfred asked for 'a different doctor' and the consultant just went along with it. She's really hurt. Racism on placement. Gave her the reporting pathway.",
    "Topic: money. Peer is $2,400 behind on rent. Emergency loan application done together. Also referred to the food pantry (Tue & Thu).",
    "i meet the student at the library cafe. he say his father want him to be surgeon but he like psychiatry more. he is afraid to tell. we talk about how to say to father slowly.",
    "the consultant told her 'we all cried our first year, you'll toughen up'. she doesn't want to toughen up she wants to not feel like this. validated.",
    "Handover (night):\n• 1 call at 23:10, peer distressed after a breakup, no risk, plan to call Lifeline if it gets worse (13 11 14)\n• 0 other contacts\n• logbook updated",
    "she hopes to get into the research stream next year. stressed about the GPA cutoff, 5.5.",
    "dictated, no names given: student says her partner checks her phone and gets angry if she talks to guys in her group. She doesn't think it's a big deal. I gently said it sounds controlling. Gave her the 1800RESPECT info quietly.",
    "Peer has a sibling with Down syndrome and is the main carer when mum's at work. Wants to do paeds. Exhausted but proud.",
    "sat with him in the hospital chapel at St Vincent's, quiet place. he's grieving a patient he got close to on the oncology ward. normal, painful. ok.",
    "exam in ten days, she's panicking. planned the next two weeks together, 3 blocks a day, one day off.",
    "The peer is doing his GP term in Orange. He loves the town, hates being away from his partner. Long weekends back to Sydney help.",
    "WHATSAPP EXPORT (names removed by me):\n[09:01] peer: i didn't sleep at all\n[09:02] peer: exam is at 1\n[09:05] me: ok. eat something, drink water, you've prepared. call me after?\n[16:30] peer: it went ok i think",
    "burnout. 6th year. says she's 'running on fumes'. talked about the Hippocratic oath joke she made, 'first do no harm... to yourself'. planning a break over the summer.",
    "art has always been his thing, he used to paint every day before med. we talked about getting back to it even 20 min a week.",
    "voice memo, sorry it's long: so she's, she's doing the psych term at Cumberland and one of the patients said something really threatening to her, and the staff were great, but now she's scared walking to the car park at night. The hospital has a security escort, I told her about it, she didn't know.",
    "He said his visa is fine, money is fine, study is fine, it's just that nobody here knows him. Loneliness. Suggested a couple of clubs.",
    "peer is fasting for Ramadan, exams in week 10, wants to know about the prayer room in the med building. Level 3, room 3.14.",
    "transcription: she scored fourteen on the PHQ-9, which is moderate, she said. She's seeing the GP Tuesday. I'll call Wednesday.",
    "Today I listen to a student who is very sad because she fail the anatomy exam for the second time. She say she study very hard. I tell her failing is not about how much she try. She will talk with the learning advisor.",
    "bill came in for the ambulance, $1,100, from when she fainted at the station in March. she didn't know you could apply for a waiver. sorted.",
    "he got his diagnosis confirmed, ADHD, started on methylphenidate 10 mg. feels weird. wants to know if he has to tell the faculty. talked about disability registration.",
    "PEER DIDN'T WANT TO TALK ABOUT MUCH. WE HAD A CUP OF TEA. HE SAID THANKS AND LEFT. THAT'S OK.",
    "She's on the surgical term at the Alfred and the reg keeps asking her to do his paperwork instead of learning. Wants to raise it without getting a bad assessment.",
    "grace is not a word i'd use for how she's coping, she said, more like 'white-knuckling'. she laughed. she's ok, stressed.",
    "dictated memo: uh the student's from rural Queensland, first in family, says the fees are fine because of HECS but the living costs are killing him. He's eating instant noodles most nights. Pantry referral.",
    "peer's exam is on a Saturday which clashes with the Sabbath. Wants to apply for an alternative sitting. Showed him the form.",
    "Session 3. Sleep better. Still ruminating at night. Using the app the GP suggested. Good progress.",
    "the student said her tutor 'went off the deep end' about late submissions. not harassment, just stressful. we made a plan to get ahead.",
    "She found out she's pregnant. Hasn't decided anything. Wanted to talk through it without judgement. Gave info on 1800 options line and the uni health service. Supervisor aware (no details).",
    "peer's mum is in ICU back home in the Philippines. He can't get a flight for 3 days. Sat with him while he video called. Very hard.",
    "Summer placements are the worst he said, everyone's on leave, nobody teaches. Just venting.",
    "transcribed voice note: hey it's me, I saw the peer from the Tuesday group, she's fine, nothing to report, she just wanted to say she passed. That's it.",
    "She wears a hijab and a patient made a comment about 'terrorists'. The nurse in charge removed her from the room and apologised. She's ok, shaken.",
    "he has a stutter and the OSCE examiner kept finishing his sentences. he's furious. said he'd put it in the feedback. i said i'd help.",
    "Peer is Catholic, her family doesn't know she's gay. Very anxious about going home for Christmas. We talked about what she wants to share and when.",
    "did 30 mins on the phone. she's on the ward at Liverpool, 7 East. she said the nurses have been lovely. mainly tired.",
    "a very rocky week for him — landlord issues, a failed quiz and a cold. but he's ok, nothing more than that.",
    "voice memo: the peer said she's been going to the beach at Bondi every morning at dawn because it's the only time she feels calm. We talked about keeping that going through exams.",
    "dawn shifts on the maternity ward, he's never been so tired. says it's worth it though, he caught his first baby.",
    "Peer has Crohn's and had a flare in week 6, missed two tutes. Needs a disability plan. Went through how to register.",
    "HANDOVER SAT: QUIET. ONE WALK-IN, FIRST YEAR, HOMESICK, FROM SINGAPORE. GAVE HER THE INTERNATIONAL STUDENTS SOCIETY INFO. NOTHING ELSE.",
    "[Peer]: sorry to bother u\n[Peer]: i think i need to go to hospital\n[Me]: are you safe right now? if you're in danger call 000\n[Peer]: im ok just really anxious, chest feels tight\nTalked her through it; she went to the after-hours GP with her housemate. Supervisor informed.",
    "dictated: he's a Muslim student from Malaysia, he says the halal options on campus are terrible, which sounds small, but he's basically skipping lunch on long placement days. Sorted a list of places near the hospital.",
    "she said 'i just want to drew a line under this year and move on'. (typo in my notes, she said draw). exam results are out, she passed, she's done.",
    "peer's on the Babinski and reflexes bit of the neuro block and says it's the first topic she's actually enjoyed. Good session, more about motivation than distress.",
    "Today the student talk about her mother who is sick with cancer in Sri Lanka. She want to go home in the July break. She worry about the money for the ticket. I tell her the emergency fund.",
    "jack of all trades he said, barista, tutor, uber eats, and full time med. no wonder he's exhausted. talked about dropping one job.",
    "Session: peer feels she's been a 'guinea pig' for the new curriculum. Lots of frustration with the faculty. Fair enough. Gave her the student rep contact (role, not person).",
    "transcribed: ok so this one's about exam stress again, um, the MED2001 final is next Tuesday and she's, she says she's forgotten everything. We did a plan. Plan is three topics a day.",
    "joy. that's what she said she's lost. no joy in anything for about 6 weeks. asked about risk: no thoughts of self-harm. GP appointment booked for Monday. I'll call Tuesday.",
    "he's worried he's got Cushing's because he read about it in the endo block and has some of the symptoms. classic med student thing but also real anxiety. suggested the GP.",
    "The peer is on a visa and says her work hours are capped at 48 a fortnight, and rent is $380 a week. The maths doesn't work. Referred to the financial counsellor.",
    "Handover:\n1) walk-in 2pm — burnout — follow up next week\n2) phone call 4pm — wanted info on the counselling wait list (currently 3 wks)\n3) need more tissues",
    "i feel bad writing this but i think the peer is drinking every night. he says 'just a couple' but he smelled of it at 10am. shared the info on alcohol support. will raise at supervision.",
    "she's got a guy in her PBL group who's a bit of a know-it-all. annoying, not harassment. venting session.",
    "VOICE MEMO: THE PEER IS FROM FIJI, HE SAYS THE COLD IN CANBERRA IS KILLING HIM. SERIOUSLY THOUGH, LOW MOOD SINCE WINTER STARTED. WE TALKED ABOUT THE GP AND VITAMIN D AND GETTING OUTSIDE.",
    "peer was assaulted by a patient on the ED placement at Blacktown, scratched on the arm. Incident report filed. She's more upset that the nurse said 'that's part of the job'.",
    "Mum's been diagnosed with breast cancer, stage 2. Surgery next month. Peer wants to be at home in Newcastle for it. Talked about leave.",
    "today i only listen. she talk about her brother who die in the war in her country many years ago. she say exam time always bring it back. it is trauma. i give the counsellor info.",
    "dictated. He says his housemates are using ice. He's scared, not sure whether to report it or move out. We talked about his safety first. He's staying with a friend this week.",
    "wants to pat himself on the back for finally booking the psych appt lol. good for him. session was short.",
    "she's tried everything for sleep: melatonin, magnesium, no screens. still 3am wake ups. advised to see GP about it. maybe anxiety.",
    "SUMMARY: Exam stress (3rd yr). K10 24. No risk. Coping strategies discussed. Plan to meet again after the exam on week 12.",
    "the student say the word 'curry' is used as joke in the tearoom about the Indian students. He is hurt. I tell him this is racism and he can report. He will think.",
    "felt like he was going to faint in theatre, had to sit down. the surgeon was nice about it. he's embarrassed. told him it happens to lots of people.",
    "peer's exam results: fail in anatomy, pass everything else. She's gutted. Supp exam in February. We made a plan.",
    "transcribed memo: she asked whether she can change from full time to part time because of her caring role. Mum has MS. I said yes that's possible and showed her the form.",
    "Peer said he's 'victor of nothing' lol after coming last in the quiz. Light session, self-deprecating, no real concerns.",
    "Gene therapy lecture sparked a lot for her because her sister has cystic fibrosis. Hopeful and sad at once. She wanted to talk about it.",
    "she's at the rural clinical school in Dubbo. the accommodation is fine, the people are lovely, but she can't get a psychologist appointment out there for 2 months. telehealth options sent.",
    "he was crying in the car park at RPA. security guard was kind, gave him a water. he called us after. exam results. safe.",
    "dictation begins: the peer, a first year, said the lecture on the Hippocratic tradition made her realise she's not sure she wants to do medicine, she wanted to do music. Big feelings. Dictation ends.",
    "Been on nights for 2 wks on the ward (4B) and she hasn't seen daylight except on the drive home. Wrecked. Ok otherwise.",
    "the peer is on Lexapro 10mg, said her psychiatrist wants to increase it to 15 and she's worried about side effects during exams. i said that's one for the psychiatrist, and to ask about timing.",
    "WhatsApp export, identities removed:\n[23:58] peer: i can't stop crying\n[23:59] me: i'm here. are you safe?\n[00:01] peer: yes\n[00:02] me: do you want to call or keep texting?\n[00:02] peer: text\nTexted for 40 mins. Agreed to call Lifeline if it got worse. Checked in at 9am, she was ok.",
    "she's sick of people asking 'where are you really from'. born in Blacktown. parents from Ghana. tired, angry, ok.",
    "Peer: 5th year. Issue: bullying by a registrar on the surgical term at Nepean. Wants to document it. Helped her set up a simple log: date, what happened, who saw it (roles only).",
    "her faith is really important to her, she goes to mass every Sunday, and she said the priest at her parish has been more help than anyone at uni. good that she has that.",
    "can't concentrate, can't sleep, can't eat. exam next Monday. asked about risk: no. GP booked. check in friday.",
    "the peer, who is in a wheelchair, couldn't get into the anatomy lab because the lift was broken for a week. Nobody told her. Missing practicals. Escalated to disability services.",
    "Voice memo: quick one, um, she's ok, the Centrelink payment came through, the Austudy, so the money stress is better. Still stressed about exams. Normal stuff.",
    "the student told me his family wants him to come home to Pakistan and get married in the summer break. He wants to finish first. Cultural conflict. Listened.",
    "guy on his footy team said something homophobic and he didn't say anything and now he feels like a coward. we talked about it. he's ok.",
    "He said the anxiety is worst on Sunday nights, thinking about Monday ward round. Started on propranolol 10mg for the OSCE only.",
    "peer asked if she could bring her emotional support dog to the library. Said I'd find out. Disability services handles that.",
    "peer's father is a farmer near Moree, drought is bad, family can't send money anymore. she's picking up shifts. stressed. emergency grant.",
    "she said her sister's wedding is in Colombo in December and the placement roster won't let her go. She's going to ask. Disappointed.",
    "ALL THE OTHERS ON HER ROTATION ARE LOCALS AND GO OUT TOGETHER. SHE FEELS LEFT OUT. NOT BULLYING, JUST LONELY. SUGGESTED SHE ASK TO JOIN.",
    "transcribed voice memo: he's on the psych term at the Prince of Wales and he said a patient's story really got to him because it's like his brother's. We talked about looking after himself. He's going to use the clinical school counsellor.",
    "she's been taking her mum to dialysis 3 times a week. Mon, Wed, Fri mornings. misses lectures. recordings help but she's behind.",
    "met in the courtyard. he just needed someone to say he's allowed to be tired. so i said it.",
    "Peer worried about plagiarism allegation on her essay in MED1003. She's scared she'll be kicked out. Explained the academic integrity process.",
    "he used ChatGPT for a reflection and got flagged. really anxious. talked him through what happens next.",
    "today student is very angry. She say the faculty change the timetable in the last minute and she cannot go to her job. She may lose the job. I help her write email to the course office.",
    "panic attack in the OSCE at station 6 (the abdo exam). She walked out. Resit in three weeks. Talked about reasonable adjustments.",
    "peer is trans and the placement hospital still uses her deadname on the ID badge. She's asked twice. Escalated with her consent to the clinical school.",
    "peer said 'i'm done, i want to die' then clarified she meant she's sick of exams. I still asked directly: no thoughts of suicide, no plan. She was clear. Gave her 13 11 14 anyway.",
    "dictated: he said the guy, his housemate, um, is a good guy, just messy. It's not serious. Mostly we talked about his pharm exam.",
    "went through the budget. $620 a fortnight in, $720 out. gap is rent. looking for cheaper share house in Parramatta or Auburn.",
    "she's been at the hospital (Concord) every day since her dad's heart attack. she wants to keep studying but can't focus. special consideration form done.",
    "voice memo: she said she'll call thirteen eleven fourteen if it gets bad tonight, and she's going to stay at her mum's place this weekend. No plan, no intent when I asked. I'll ring tomorrow at ten.",
    "transcribed: his K ten was, um, thirty-one, which is high, and he's agreed to see the GP this week for a mental health plan. Follow-up Friday.",
    "honey and lemon tea and a blanket, that's how she's surviving the flu during exam week lol. no other concerns. she's going to ask for a deferred exam.",
    "he said it's a bear of an exam, the MED3010 long case. stressed but managing.",
    "The nurses on the ward were angels to her when she fainted. She wanted to write them a thank-you card. Lovely session for once.",
    "she said her time with her grandmother is precious now, nan's in palliative care in Bendigo. she's going down every weekend. grief in advance.",
    "Peer called the scholarship 'a blessing and a curse' because she has to keep a distinction average. Pressure is enormous. Talked about what happens if she doesn't.",
    "He described med school as 'a journey I didn't choose' — his parents chose it. Long session about what he'd do instead. No risk.",
    "she wants justice for what happened on placement, not just an apology. explained the complaints process and the timeframe (usually 4-6 wks).",
    "it's been a rocky semester, failed one, passed three. Not the end of the world. She's going to do the supp.",
    "Summer break is 8 weeks and he has nowhere to go, the college closes. Housing referral.",
    "WILL CALL HER BACK AT 6. SHE'S IN A LECTURE UNTIL THEN. NOT URGENT.",
    "hope she's ok. she left the session early, said she had a tute. she seemed ok but flat. will text tomorrow.",
    "the hospital said they might sue over the parking fines lol no — she's got $900 in hospital parking fines from placement and the letters threaten court. Talked about payment plans.",
    "Guy on the train started yelling at her in a language she didn't understand and nobody helped. She's rattled. Safe now.",
    "chase up the special consideration for the peer from Tuesday — she hasn't heard back in 10 business days.",
    "max 2 sessions a week he said, he can't do more because of work. ok.",
    "ray of light: she passed the resit! came in to celebrate. happy session.",
    "on the beach at sandy point with her family over the break she realised how burnt out she is. wants to talk about taking a year off.",
    "She wore jeans to the ward and the consultant sent her home. She's mortified. Dress code wasn't clear in the handbook. Minor, but she's anxious about her reputation.",
    "pat on the back for coming in, she said she almost turned around at the door three times.",
    "In August she'll be on the rural placement and her partner won't be able to visit. Already anxious. Planning.",
    "June and July were hard, she says. Now October she's feeling more like herself. Good news session.",
    "May is exam month and she's already dreading it. It's February. Anxiety management.",
    "bill for the psychologist was $230, gap $90 after medicare rebate. can't afford weekly. looking at the uni counselling (free).",
    "dictation: he's doing the MED4101 research project at the Garvan and his supervisor is never around. He feels abandoned. Talked about who else he can go to.",
    "peer said the OSCE station 4 actor was 'aggressive' and she froze. She wants to know if she can appeal. Gave her the assessment appeal info.",
    "ward 9A, the stroke unit, is where she's placed. She said watching young stroke patients is hard. Debrief.",
    "she's using the Headspace app every night, not the org, the app lol. helps a bit with sleep.",
    "AHPRA notification scares him, he had a drink-driving charge at 19. Wants to know if it affects registration. Referred to the legal service.",
    "Transcribed: she said the Dean's office were actually really nice when she rang, which surprised her. Leave of absence approved for semester two.",
    "peer called from Tamworth where she's on placement. Car broke down. Stuck. Not really a wellbeing thing but she was in tears. Sorted roadside assistance with her.",
    "he's doing the IMG bridging program and says he feels like he's gone from doctor to nobody. Identity loss. Long session.",
    "the tutor made her present her case in front of everyone after she asked not to because of her anxiety. Disability plan says no forced presentations. Escalated to the coordinator.",
    "Peer has been on the wait list at the Black Dog Institute clinic since March. Frustrated. Gave other options.",
    "she said her partner's a nurse on the same ward and people gossip. awkward. no real concerns.",
    "i explain the student that in Australia the landlord must give notice before enter. She did not know. In her country it is different. She feel better now she know her rights.",
    "peer asked about the difference between the counselling service and the psychologist with a mental health care plan. explained. he'll do both maybe.",
    "dictated: the student is a Hindu, Diwali is during the exam week, family wants him home in Melbourne. He's going for two days. That's fine.",
    "she's been vaping a lot more since exams. wants to quit. gave her the Quitline info.",
    "Very short call. 'I'm fine, just wanted to hear someone'. OK.",
    "Rural placement in Mount Isa, 40 degrees, no AC in the student house. Heat exhaustion twice. Reported to the rural clinical school.",
    "He's Jewish, a student in his group made a 'joke' about the Holocaust. He's deeply hurt. Reporting options discussed.",
    "Handover Mon AM:\n- peer from Sunday night ok, texted at 8\n- room 1 booked 10-12 for training\n- we need more leaflets for Lifeline and 1800 55 1800",
    "she says she'll chase it with the faculty herself. good sign, more agency than last time.",
    "voice memo, um, the peer, third year, has type 1 diabetes and had a hypo in the OSCE, at station, I think she said eight, the paeds one. They stopped the station. She's worried it counts as a fail. Told her about the misadventure process.",
    "he is very worried about his visa because he fail two subjects and the visa say he must make progress. I tell him to go to the international office this week. He will go tomorrow.",
    "housing: the share house in Kensington has six people and one bathroom. She's okay with it, just needed to whinge.",
    "ALL LOWERCASE FROM HERE. no. ok. peer says his dad is in hospital in Tehran and the internet is cut off so he can't get news. terrifying. sat with him for an hour.",
    "2nd yr, exam on wk 9, sleeping 4 hrs, drinking 5 coffees a day. talked about caffeine and sleep. she laughed and said 'i know, i know'.",
    "peer on the oncology rotation at the Chris O'Brien Lifehouse said she's absorbed every patient's sadness. Talked about compassion fatigue.",
    "She was nearly hit by a car on the way to the hospital at 6am. Shaken, not hurt. Scary. Debrief.",
    "dictation: she asked for the phone number for the mental health line, I gave her 1800 55 1800 which is Kids Helpline, no wait, she's 24, so I gave her Lifeline instead, 13 11 14. Correcting that here.",
    "she did the Glasgow Coma Scale on a real patient for the first time and panicked that she got it wrong. She didn't. Reassurance.",
    "Parkinson's disease tutorial triggered memories of his grandad. Short chat.",
    "peer got a parking fine at Westmead, $180, on her first day. small thing but she's broke. cried. emergency fund.",
    "He's from Tonga, first winter in Hobart. Can't afford a heater. Got him a blanket and heater from the donation cupboard.",
    "she's been drinking alone. three or four nights a week. doesn't want to stop but wants to cut down. harm reduction chat.",
    "peer wanted to know if she can see a female GP at the student health centre. Yes. Booked.",
    "today the boy who come to me is very polite but I think he is very depress. He do not look at me. He say nothing is wrong. I ask about suicide and he say no. I give him my card and the numbers. I will tell supervisor.",
    "CAN'T FIND A PLACE TO LIVE IN ARMIDALE FOR HER RURAL YEAR. EVERYTHING'S GONE. PLACEMENT STARTS IN 5 WEEKS. ESCALATED TO THE RURAL CLINICAL SCHOOL.",
    "quiet shift. did my own reading. no contacts.",
    "transcribed memo: she is Sikh and wears a kara, and the infection control nurse told her to take it off in theatre, and she was, she was really upset. The hospital has a policy about it actually. I found it for her.",
    "Blessing in disguise, she said about failing: she got to take a semester off and finally got her anxiety treated. Good reflection.",
    "the peer is worried about her friend who posted something dark online. I said if there's immediate risk call 000, otherwise reach out and we can help. She'll message her friend tonight.",
    "Peer's Medicare card expired and she didn't realise. The psych appt bill was full fee. Helped her get it sorted with Services Australia.",
    "Voice memo transcribed: okay, um, the peer said she'd be in room four twelve of the library at two if I wanted to catch up, so I did. Exam stress. Fine.",
    "dictated: ninety-seven point one, that's his temperature in Fahrenheit on the thermometer from home, he was being funny, he's had a fever for three days and is worried about missing the exam. Told him to get a medical certificate.",
    "he scored seventy-two percent on the mid-sem and thinks that's a failure. perfectionism. long talk.",
    "She's been on the waiting list for public housing since 2022. Living with her parents in Mt Druitt, two-hour commute. Tired.",
    "peer said the patient was a frank breech and she'd never seen one. more excited than stressed. good session.",
    "transcribed: she said, quote, I will get through this, end quote, and I think she believes it. Big change since last month.",
    "grief session. her best friend from school died in a car crash in the holidays. she found out on instagram. so much shock.",
    "Week 7, term 3, and he hasn't opened a textbook. Avoidance. Not lazy, overwhelmed. Broke things down together.",
    "[Peer 18:02]: can u talk\n[Me 18:03]: yes, calling now\nCall 18:04–18:40. Peer's landlord gave a 14-day notice. Tenants' union info given.",
    "ESL peer: she ask me what is 'bulk billing'. I explain. She say in her country doctor is free. I show her the list of bulk billing GP near the campus.",
    "Went to the pharmacy with him to fill the script, escitalopram 10 mg. He was nervous the pharmacist would judge. She didn't.",
    "peer's dad has early dementia and keeps calling her at 3am confused. she's not sleeping. carer gateway info given.",
    "He's doing his elective in Fiji in January and is worried about the cost of vaccines. Travel clinic info.",
    "Session focused on sexual harassment by a senior clinician (role: consultant, surgical). She doesn't want to name him yet. We went through options: informal, formal, external. She'll decide by next week.",
    "UNIT CODE MEDI5012, ASSIGNMENT DUE FRIDAY, SHE HASN'T STARTED. PANIC. HELPED HER APPLY FOR AN EXTENSION.",
    "She's a single mum, 2 kids, 4th year med. Childcare costs $140 a day. Talked about the childcare subsidy and the uni's childcare centre.",
    "dictation, paragraph: he said when he's stressed he goes to the gym at six a.m., it's the one hour where he doesn't think. Good coping. Keep it.",
    "Peer is on a 457, no sorry, she's on a dependent visa through her husband, and can't get Centrelink. Money worries. Food pantry, emergency grant.",
    "rang the after-hours line (1300 22 4636) with the peer on speaker because she was too anxious to dial herself. They were great.",
    "Peer shaved her head for a cancer charity and people on placement keep asking if she's sick. Funny and annoying. No concerns.",
    "lowercase update: sleep better, mood better, appetite ok. plan to finish sessions after next week.",
    "He's from the Torres Strait, the Indigenous support unit has been a lifeline (not the phone line lol). He's good. Wanted to say thanks.",
    "On the drive back from Lismore she had to pull over because she was falling asleep. Fatigue on rural rotations is a real safety issue. Raised with supervisor.",
    "OSCE station 11 was the breaking bad news one and the actor's 'son' had just died. Hit too close. Peer's own brother died two years ago. Debrief.",
    "her IELTS score was 7 but she still feels her English isn't good enough for the ward. We practised phone handover phrases.",
    "Jack up the rent again, the real estate did, by $50. Third time in a year. She might have to move out of Ultimo.",
    "she is saying she is fine but her voice is shaking. I stay on the phone. after 20 min she cry and then she say she feel better. she will sleep now.",
    "the peer is an older student, 38, career change from engineering. Feels out of place with 22-year-olds. Good chat about finding his people.",
    "He can't afford the $600 textbook list. Library has some. Second-hand Facebook group for the rest.",
    "Peer worked at a vaccination clinic over the summer and a guy punched the glass at reception. She's jumpy now with loud noises. Suggested the counselling service.",
    "voice memo: just flagging that the peer from the, the Monday group, the first year, said she doesn't feel safe at home, dad's temper. I've, I've given her 1800 and the Safe Steps, sorry, I gave her 1800RESPECT and spoke to the supervisor already.",
    "She got her period in the middle of a four-hour theatre list and couldn't leave. Humiliated. Wants the clinical school to talk about bathroom breaks.",
    "Peer wanted advice on how to support a classmate with an eating disorder. General guidance given, Butterfly Foundation info.",
    "he said the anatomy lab smell makes him nauseous and he's been skipping. wants to get over it. graded exposure chat lol.",
    "hallway conversation, 5 min. she's ok, exam tmrw.",
    "Burnout. Final year. Internship applications. Every hospital in NSW: RPA, Westmead, Liverpool, St George, Nepean, John Hunter. She's applied to all. Waiting is awful.",
    "dictation: he wants to know if he should tell the intern allocation people about his bipolar diagnosis. I said that's a question for the disability adviser and maybe a doctor's health service. Gave him the Doctors' Health Advisory Service info.",
    "the student from Kenya say the church here is like family. Every Sunday they eat together. It help her very much with the homesick.",
    "PEER CRIED IN THE LIFT AT THE ALFRED AFTER A CODE BLUE. DEBRIEF BY PHONE. SHE IS OK. FOLLOW UP THURSDAY.",
    "Sleep: 3-4 hrs. Appetite: low. Mood: 3/10. Risk: denies SI. Plan: GP Tue, check in Wed. (All self-report.)",
    "he's colourblind and the histology slides are a nightmare. never been diagnosed officially. sent him to the disability office and the optometrist.",
    "peer told me she's bisexual and hasn't told her family, who are very religious. she's not in danger, just lonely with it. queer student collective info.",
    "Said she's been on the phone to Services Australia for 3 hours and nobody answered. Money hasn't come through. Rent due Thursday. Emergency loan.",
    "dictated: the peer asked what the 'mark' on her transcript means, WN, withdrawn not failed. That was the whole worry. Relief.",
    "The tutor called her accent 'cute' in front of the group. She's from Brazil. Small but it stuck. Talked about whether she wants to say anything.",
    "He lost his wallet with all his cards and his student card on the train at Strathfield. Stressful week. Practical help only.",
    "Peer's grandmother in Italy had a fall. Nonna is 91. He's worried he won't get there in time if something happens. Talked about a plan.",
    "she is vegan and there's nothing to eat at the hospital canteen after 2pm. small thing, big effect on long days. packed-lunch plan lol.",
    "transcribed: so the peer's, uh, doing the ICU term at St George and she said a patient died on her first shift and she just, she froze, she didn't know where to stand. The nurses were kind. We talked it through.",
    "FAILED THE DRIVING TEST AGAIN. NOT MED RELATED BUT SHE NEEDS A LICENCE FOR THE RURAL YEAR. STRESS.",
    "he plays in the uni orchestra and they have a concert the night before the exam. loves it, can't skip it. we talked about how to make both work.",
    "peer used cannabis to sleep during exams and now can't sleep without it. wants to stop. no judgement, gave the info line and GP suggestion.",
    "The lift at the med building is broken again and she's on crutches. 4th floor tutorial room. Emailed facilities with her.",
    "sister is getting married in Ho Chi Minh City in the break. Family expects her to stay for a month. Placement starts after 2 weeks. Stuck in the middle.",
    "voice memo sorry: mostly fine today. She said, and I quote, 'I'm a bit over it but I'm not under it', which made me laugh. Exams are three weeks away.",
    "the peer feel very guilty because she get a distinction and her friend fail. She do not want to tell her friend. I say her success is ok.",
    "He asked if we can keep things confidential from his parents, who pay his fees. Yes. Explained the limits (risk to life).",
    "CASE CONFERENCE FELT LIKE AN INTERROGATION, SHE SAID. CONSULTANT GRILLED HER FOR 20 MINUTES. STANDARD 'TEACHING' BUT SHE WAS SHAKING AFTER.",
    "Peer's flatmate moved out without paying the last 3 weeks. She's $1,140 out of pocket. Tenancy advice.",
    "She's been journalling since our last session and it helps. Showed me a page (didn't read it all). Progress.",
    "tiny note: drop-in, exam stress, 10 min, ok.",
    "dictated, with corrections: the peer said the hardest thing about Ramadan during placement is the afternoon ward rounds, and, um, she's going to ask if she can do mornings instead. That's reasonable.",
]
