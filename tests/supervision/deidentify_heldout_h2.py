# ruff: noqa: E501 — long notes are kept whole, one note per entry, as their authors wrote them
"""Held-out H, part 2: written blind. Styles: formal incident-report notes ("At approx. 2130 hrs the reporting supporter..."), key: value field notes (Who / Where / Risk / Plan), notes quoting e-mails and forwarded messages with From:/To:/Sent: headers and signatures, notes with plain-text tables, number-heavy notes (doses, K10/PHQ-9 scores, room and ward numbers, unit codes, times, money) with one real identifier among them, first-person-plural reflective notes from supporter pairs, rural/remote placement and international elective notes, notes naming staff by title and surname, names that are also places or brands (Sydney, Adelaide, Austin, Florence, Chelsea, Jordan, Brooklyn, Mercedes, Porsche, Tiffany, Dallas, Paris, Kenya), hyphenated and multi-part surnames, and chosen names with pronouns. Name cohorts: Korean, Hindi/Punjabi, Malayalam, Bengali, Arabic (Gulf and Levant), Egyptian, Sudanese, Eritrean, Afghan (Dari/Pashto), Hmong, Burmese (Karen and Chin), Khmer, Lao, Malay, Indonesian, Tongan, Maori, Greek, Portuguese, German, Dutch, Russian, Ukrainian, Jewish and Anglo-Australian. Every identifier (names, numbers, addresses, handles, links) is invented; Medicare and TFN numbers are synthetic but checksum-valid."""

from __future__ import annotations

DIRECTORY_NUMBERS = ["000", "13 11 14", "1300 22 4636", "1800 55 1800", "1737"]
STUDENT_ID_PATTERN = r"\b[A-Z]{2}\d{6}\b"

IDENTIFYING: list[tuple[str, str]] = [
    # ---- person_name ----
    (
        "person_name",
        "At approx. 2130 hrs the reporting supporter received a call from the peer (Ji-woo Park, Yr 4) who stated she had not slept since the paeds rotation began. Peer was calm, oriented, denied intent. Safety plan reviewed. Referred to GP and Headspace. Follow-up booked for Thursday.",
    ),
    (
        "person_name",
        "Who: Harpreet Sandhu (3rd yr, he/him)\nWhere: phone, he was in the carpark at Campbelltown\nRisk: low, no SI, v tired\nPlan: check in Fri, send him the Dean's office special consideration link",
    ),
    (
        "person_name",
        "We (both of us on the Tuesday roster) met with Aswathy for about 40 min. We both felt she was holding back about home - her appa is unwell in Kottayam and she keeps saying it's fine. We agreed we'd not push but would offer the carer support info next time.",
    ),
    (
        "person_name",
        "peer said the reg on 7B, Dr Kowalczyk, has been making comments about her hijab in front of patients. she doesnt want to report yet. gave her the options, she'll think about it",
    ),
    (
        "person_name",
        "Incident summary: At approximately 0815 hrs on the day of the OSCE the peer, Mr Tanvir Rahman, approached the supporter outside Station 6 in visible distress (shaking, tearful). Supporter escorted him to the quiet room (Rm 2.14). He reported a panic attack, the first since 2nd yr. Exam coordinator informed with peer's consent. Peer sat the remaining stations.",
    ),
    (
        "person_name",
        "Spoke w Sydney today - yes that's her actual name lol - she's on her rural term out near Tamworth and the isolation is getting to her. no car, the bus goes twice a day. shes been crying most nights. suggested the RCS wellbeing officer + telehealth.",
    ),
    (
        "person_name",
        "Khalid Al-Mansouri rang at 11pm. Ramadan + nights on ED = hes running on nothing. says his dad back in Abu Dhabi keeps asking when he'll be 'a real doctor'. no risk. will ring him tmrw arvo.",
    ),
    (
        "person_name",
        "Notes from catch up w/ Nusrat: housing fell through again. landlord kept the bond ($1,840). she's on a mate's couch in Lakemba. Asked abt emergency bursary, I said I'd find out who to email. K10 today 31.",
    ),
    (
        "person_name",
        "Peer (Senait) reports ongoing racist remarks from a patient's family on the surgical ward; nursing unit manager Ms Fairweather was informed by Senait but 'nothing happened'. Senait asked that I not escalate without her. Agreed. Will revisit in a week.",
    ),
    (
        "person_name",
        "Who: Tou Xiong\nYear: 2\nIssue: failed the anatomy spotter, parents don't know he's in med (think he's doing pharmacy)\nRisk: nil current, hx of self harm age 15\nPlan: warm referral to uni counselling, follow up Mon",
    ),
    (
        "person_name",
        "Our reflection (the two of us): Austin talked a lot about his brother and we both noticed he never once mentioned himself. We think next time we should ask directly how HE is going, not how the family is going.",
    ),
    (
        "person_name",
        "Rural elective note - Katherine. Peer Naw Htoo Paw says the community are lovely but she's the only Karen speaker for 300km and it's making her homesick in a way she can't explain. Her sister Naw Say Wah rings every night. No risk concerns.",
    ),
    (
        "person_name",
        "Peer asked me to write that she goes by Kai now (she/they) - legal name on the roster is still Kaitlyn Brennan-O'Rourke and the clinical school keeps using it. she's exhausted from correcting consultants. helped her draft email to admin.",
    ),
    (
        "person_name",
        "Mostafa said Prof. Abdel-Malek told him in front of the whole tutorial that he 'wasn't cut out for surgery'. he laughed it off with us but was clearly gutted. Sleep 4h avg. Plan: debrief again next wk.",
    ),
    (
        "person_name",
        "quick one - caught up w Pa Nhia after the lecture. she's okay, just overwhelmed w looking after her grandma on weekends. no concerns.",
    ),
    (
        "person_name",
        "Met with Eleni P. Her yiayia died Sunday, funeral is Thursday at the Greek Orthodox church, and she has a mid-sem on Friday. Walked her through the special consideration form. she was very teary but safe.",
    ),
    (
        "person_name",
        "Who: peer + her partner Chelsea (partner joined the call halfway)\nWhere: Zoom\nRisk: moderate - passive SI last week, none today\nPlan: GP appt booked for Wed, Lifeline number saved on phone, we ring back tomorrow 6pm",
    ),
    (
        "person_name",
        "Peer Dmitri Sokolov disclosed heavy drinking on weekends since his placement in Broken Hill started. Estimates 10-12 standard drinks Sat nights. Open to talking about it. I gave him the info for the uni drug & alcohol service.",
    ),
    (
        "person_name",
        "we both sat with Oksana for an hour. she hadn't heard from her mum in Kharkiv for 4 days. she finally got a message just as we were finishing. Relief was huge. We talked after about how we'd have handled it if the news had been bad - need to be ready for that.",
    ),
    (
        "person_name",
        "The peer, Ms Siosaia Fifita's sister Mele, called on his behalf because he was too embarrassed. Siosaia failed his 3rd year progress test and is ashamed to tell the church community. I asked Mele to pass on my number. He rang 20 min later.",
    ),
    (
        "person_name",
        "Farzana says the consultant (Dr Whitlam-Hayes) keeps calling her 'the Afghan girl' on rounds. she's laughing about it but said it's 'every single day'. we talked about the harassment contact officer.",
    ),
    (
        "person_name",
        "Hmm - today's was hard. Bagus (Indo, 1st yr) thinks his scholarship will be cancelled if he fails Biomed. Won't tell his dad. crying on the phone. no SI when asked directly. plan to see academic adviser, I'll text Thurs.",
    ),
    (
        "person_name",
        "Reflective note (we were both on): Mereana spoke about whakapapa and feeling like med school wants her to leave her culture at the door. We didn't have answers. Agreed to ask the Indigenous health unit if there's a Māori student network she can link with.",
    ),
    (
        "person_name",
        "Who: Jordan Akintola-Reyes (he/they)\nWhere: library level 3, we found a quiet corner\nRisk: low\nPlan: help w extension for the ethics essay, follow up next Tue",
    ),
    (
        "person_name",
        "Peer Sokha told me her mum's gambling debts are ~$22k and the people ringing the house are 'not the bank'. She's scared. I said if she feels unsafe to ring 000. She has an aunt in Cabramatta she can stay with.",
    ),
    (
        "person_name",
        "At 1645 hrs the supporter was approached by peer (L. Khoury) following the ward round on 9 West. Peer reported that the registrar had shouted at her in the corridor. Peer was distressed but settled within 15 min. No further action requested.",
    ),
    (
        "person_name",
        "talked to Yonas again. still on the couch at his cousin Filmon's place in Footscray. Centrelink hasn't come through. He said 'I just want one thing to go right'. Asked about safety - says he's not going to hurt himself.",
    ),
    (
        "person_name",
        "Surgical term, Wagga. Peer says Dr Pemberton (the surg reg) made him retract for 6 hrs without a break and then told him off for fainting. Peer is Avi, 4th yr. We talked about raising it through the clinical school.",
    ),
    (
        "person_name",
        "Mercedes - she laughs that she's named after the car - is the one who flagged this. Her housemate in 2nd year hasn't left her room in a week. Mercedes is worried but doesn't want to dob her in. Talked through how to approach.",
    ),
    (
        "person_name",
        "Dara Sok says his 'auntie' in Phnom Penh is actually paying his fees and is now ill. If she stops he has to go home. Huge stress. Grades slipping. We'll look at hardship options together next week.",
    ),
    (
        "person_name",
        "Follow up - Miriam G. She's fasting for Yom Kippur and has the long case on the same day. Wanted to know if asking for a swap is 'making a fuss'. I said absolutely not. She'll email the year coordinator, Dr Lindqvist.",
    ),
    (
        "person_name",
        "Who: Rizky\nWhere: text, then phone\nRisk: HIGH at start - said he had thought about how. By end of call agreed to safety plan, removed the tablets from his room, gave them to his housemate Wayan.\nPlan: I rang the on-call counsellor at 2240, they will ring him in the morning. I will text at 0800.",
    ),
    (
        "person_name",
        "Adelaide (peer, 5th yr) - so sick of people asking if she's from there. Anyway. Her issue is burnout: 70+ hr weeks on the O&G term, crying in the tea room. She wants to defer. Gave her the process.",
    ),
    (
        "person_name",
        "we spoke to Friederike for ages about her thesis supervisor, Prof Hartmann, who apparently reads her emails aloud in lab meetings to mock them. She's documented some of it. We both think she should go to the HDR office and told her so gently.",
    ),
    (
        "person_name",
        "the peer's mum (Mrs Sengdara) rang the peer 14 times during our session. Keo says his mum is worried because his grandmother is in hospital in Vientiane. He wants to fly home but it's mid exams.",
    ),
    (
        "person_name",
        "Peer Habibullah reports his younger brother Samiullah is still in Kabul and is in danger. Peer not sleeping, checking phone constantly. Provided info on the uni's refugee student support. Peer not at risk himself.",
    ),
    (
        "person_name",
        "Peer (Beatriz Sousa, 2nd yr): money is really tight. Working 25 hrs at a café in Petersham on top of full load. Mum in Porto sends what she can. Wants info on the emergency loan. Tired but okay.",
    ),
    (
        "person_name",
        "Incident report - At approx. 1300 hrs the reporting supporter observed peer Jonas Hoffmann collapse briefly in the clinical skills lab. Peer regained consciousness immediately. Staff (Ms Ochieng, lab manager) attended. Peer later disclosed he had not eaten in 2 days due to money. Referred to food bank.",
    ),
    (
        "person_name",
        "Hamish says his dad's farm near Goondiwindi is going under with the drought and he feels he should go home and help. Torn. We talked for ages. He is not unsafe. Wants another chat Sunday.",
    ),
    (
        "person_name",
        "Thang Lian (Chin, 1st yr) told me there's no one else from Chin State in the cohort and he feels invisible. Talked abt the multicultural students' society. Said his church in Dandenong is his lifeline.",
    ),
    (
        "person_name",
        "Peer requested note say: 'Paris is not okay with being paired with Nick for the research project again.' Paris reports Nick has been messaging her late at night. Discussed reporting options, she'll decide by Monday.",
    ),
    (
        "person_name",
        "Met Anjali Thomas after the Biochem exam. Said she 'blanked' on Q2. She thinks her parents (both nurses back in Kochi) will be disappointed. Reassured. No risk.",
    ),
    (
        "person_name",
        "Who: 'Zee' (Zarghona Popal, she/her)\nWhere: café near Westmead\nRisk: low-mod, tearful, hopeless re exams, no plan\nPlan: Headspace referral, follow up in 3 days",
    ),
    (
        "person_name",
        "At approx. 0200 hrs supporter received text from peer (Wiremu Te Huia) stating he 'couldn't do this anymore'. Supporter phoned peer immediately. Peer clarified he meant med school not his life. Risk assessed as low. Peer agreed to call in the morning.",
    ),
    (
        "person_name",
        "we both noticed Putri was wearing long sleeves in 35 degrees. We didn't ask today; we've agreed whoever sees her Thurs will gently check in about self-harm.",
    ),
    (
        "person_name",
        "Brooklyn's grandfather passed on the weekend. She's Anglo-Aussie, big family out near Dubbo. Funeral's Wed. She's asked for help with extensions. She's sad but ok.",
    ),
    (
        "person_name",
        "Peer Sanne de Vries says her ex-partner Bram keeps turning up at the clinical school. She has an AVO in progress. Contacted security with her consent. She's staying at her friend's.",
    ),
    (
        "person_name",
        "Quick note: Cing Sian says the visa renewal costs are killing her. $1,600 and she has $400. Asked if she's eating - 'mostly 2 minute noodles'. Referred to the student hardship fund.",
    ),
    (
        "person_name",
        "Supporter met with peer, Ms Yulia Bondarenko, 1530-1615 hrs. Peer discussed guilt about being safe in Australia while her father serves in Ukraine. Peer reported intrusive thoughts, poor sleep (3-4 h). No self-harm ideation. Referred to GP for possible counselling plan.",
    ),
    (
        "person_name",
        "Hafiz (Malay, Yr 3) wants to say thanks to whoever suggested the prayer room on Level 2. He's doing much better. Closing his file.",
    ),
    (
        "person_name",
        """Peer forwarded me this and asked me to add it to her file:

---------- Forwarded message ---------
From: Year 3 Coordinator
Sent: Monday 9:02 AM
To: MD Year 3 cohort
Subject: Re: OSCE reschedule

Dear Rania,
Unfortunately we are unable to move your OSCE for religious observance.
Kind regards,
Clinical School Office

She's upset because two others got theirs moved. I suggested she reply asking for the policy.""",
    ),
    (
        "person_name",
        """Peer showed me the email thread:

From: Dr G. Vanderstraaten
To: Student
Sent: Wed 23:48
Subject: your case presentation

Honestly that was embarrassing. Do better tomorrow.

--
Dr Gideon Vanderstraaten | Surgical Registrar

Peer (4th yr) is shaken by the 'embarrassing' comment and the hour it was sent. Wants advice on whether it's reportable. Talked about the bullying policy.""",
    ),
    (
        "person_name",
        """Plain text table I made during the call so I didn't lose track:

Day   | Hrs sleep | Hrs work | Study
Mon   | 4         | 6        | 3
Tue   | 5         | 8        | 2
Wed   | 3         | 0        | 9
Thu   | 4         | 7        | 1

This is Chaeyoung's week. She says it's 'normal for her'. We talked about whether the shifts at the bubble tea place are sustainable.""",
    ),
    (
        "person_name",
        "K10 = 34 (was 27 in Feb). PHQ-9 = 16, item 9 = 1. Sleep ~4.5h. Caffeine 5-6 cups/d. Works 18 h/wk. Rent $380/wk. HECS sitting at $48k. Peer is Gurleen. Unit MEDI3104, failed the mid-sem 41/100. Plan: GP for MHCP, I'll text Wed 1800.",
    ),
    (
        "person_name",
        "Dr Osei-Bonsu (the paeds consultant) was apparently amazing with the peer after she broke down on the ward. Peer wanted that noted. Peer is doing much better.",
    ),
    (
        "person_name",
        "Nurse Bellamy on 4 North apparently told the peer to 'toughen up, love' after she got splashed during a procedure. Peer worried about bloods; occupational exposure form done. She's upset more than anything.",
    ),
    (
        "person_name",
        "Tiffany (3rd yr) - ongoing. she and her mum aren't speaking since she came out. she's staying w her girlfriend Leah in Newtown. doing ok. says uni is the only stable thing right now.",
    ),
    (
        "person_name",
        "Who: Abdelmoneim Osman\nWhere: phone from Dubbo (rural term)\nRisk: low\nPlan: he wants help finding a mosque nearby; I'll look up and text. Also worried about the family in Khartoum - no news for a week.",
    ),
    (
        "person_name",
        "Peer says the ED admin officer, Mrs Papadakis-Greene, refuses to give him a locker because he's 'just a student'. Small thing but it's the 5th thing this week. He's at breaking point over small things which worries me a little.",
    ),
    (
        "person_name",
        "We ran this one together (two supporters). The peer is Souksavanh; she goes by Sou. She told us her father back in Laos has been hitting her mum and she's thinking of dropping out to send money home. We didn't give advice about the family; focused on her options here. Felt heavy.",
    ),
    (
        "person_name",
        "Amna Elbashir, 1st yr. Called after a lecture where the lecturer made a joke about 'refugee doctors'. She's fine but angry and wanted to know who to complain to. Gave her the equity office details.",
    ),
    (
        "person_name",
        "At approx. 1930 hrs the reporting supporter was contacted by telephone by Mr Nikos Karagiannis (peer, 2nd yr) who disclosed that his father had been admitted to ICU at the Alfred following a cardiac arrest. Peer requested assistance with notifying his tutors. Supporter assisted. No risk to self identified.",
    ),
    (
        "person_name",
        "Dallas dropped in again. That's 3 times this week. It's his thesis + breakup with Kenji. Not coping but insists he's fine. Keeping an eye.",
    ),
    (
        "person_name",
        "The peer, Shira, told me the uni counsellor (a Ms Duckworth) told her her anxiety is 'just exam nerves'. She's been seeing her for 6 months. She wants a different counsellor. Looked up how to request a change.",
    ),
    (
        "person_name",
        "Mr Ghebremedhin's daughter (our peer, Helen) is caring for him after his stroke. She's in 4th yr. Doing placement + night care. Exhausted. We spoke abt carer's leave and Carer Gateway.",
    ),
    (
        "person_name",
        "Seo-yeon said her mum flew in from Busan to 'help' and it's made everything worse. Criticises her weight, her marks, her flat. 3 more weeks of it. No risk, just needed to vent.",
    ),
    (
        "person_name",
        "Peer (J. Carvalho) reports that his supervisor at the research lab, Assoc Prof Renner, made him work through Christmas unpaid. Peer anxious about his reference. Talked through options.",
    ),
    (
        "person_name",
        "Florence came out to see me after her placement at the palliative unit. She's had 4 deaths this week and just needed to cry. Normal grief reactions. Recommended she debriefs with her supervisor too.",
    ),
    (
        "person_name",
        "Phone call 18 min. Arjun M. says he's failed the research methods assignment a second time. Feels like he's disappointing his whole joint family. Asked abt risk: none. Plan: I'll come to his study group tmrw.",
    ),
    (
        "person_name",
        "Peer Mai Yer Lee is the oldest of 7 and her parents rely on her to translate at every medical appointment. Missed 3 tutorials this month for it. Tutor Dr Sorensen threatened to mark her absent. We'll write to the coordinator together.",
    ),
    (
        "person_name",
        "Reflection - we (both of us) felt unprepared when Saw Eh Kaw described his time in the camp on the Thai border. Neither of us knew what to say. We listened. Next time we'd like the trauma-informed training before taking a call like that.",
    ),
    (
        "person_name",
        "Peer is 'Ollie' (legal name Olivia Marchetti-Dunn, he/him). Upset that Dr Fenwick deadnamed him three times on the ward round after being corrected. Wants to go to the diversity officer. I'll go with him Friday.",
    ),
    (
        "person_name",
        "Mohammad Naseri, 2nd yr: flatmate stole $600 from his room. He doesn't want police. Short on rent. Gave him emergency fund info. He's fine otherwise, very stoic.",
    ),
    (
        "person_name",
        "Catch-up with Porsche (yes really - her parents were car people). Her issue today: her dad's cancer diagnosis. Stage 3 bowel. She's going home to Bendigo for the weekends. Tired, scared, not unsafe.",
    ),
    (
        "person_name",
        "Incident: At approx. 2245 hrs supporter received a call from peer's housemate (Ms Lucy Tran) reporting peer (Aroha Ngata) had not returned from the hospital and was not answering her phone. Supporter advised housemate to call peer's emergency contact and, if concerned, 000. At 2320 hrs housemate called back: peer located, safe, at a friend's house.",
    ),
    (
        "person_name",
        "Ms Rosenfeld (peer's mum) apparently emailed the Dean directly about her son's marks which Eli is mortified about. Eli wants to know how to make it stop. We laughed a bit. Low risk, high embarrassment.",
    ),
    (
        "person_name",
        "Peer (Vannak Heng) says his uncle is pressuring him to marry his cousin's friend before graduating. Vannak is gay and not out to family. He's feeling trapped. Talked about safe supports. Not at risk right now.",
    ),
    (
        "person_name",
        "Who: Siti Hajar\nWhere: Uni prayer room after Jummah\nRisk: nil\nPlan: help apply for the Muslim students' association hardship scheme; follow up Tuesday",
    ),
    (
        "person_name",
        "'Ofa Tupou - failing physiology, mum wants her to quit and come home to Nuku'alofa. Says she hasn't told anyone here. Very teary. Agreed to meet the academic skills advisor together.",
    ),
    (
        "person_name",
        "Peer reported the GP supervisor at her placement in Mount Gambier (Dr Kettering) keeps touching her lower back. Made her feel sick. Reported via the clinical school with her consent. Peer moved to another practice from Monday.",
    ),
    (
        "person_name",
        "Called Losana back as planned. She's doing a bit better - she said the thing that helped most was her cousin Sione cooking for her all week. Closing for now.",
    ),
    (
        "person_name",
        "Peer, Despina, says her brother Giorgos has been in and out of psych admissions and her parents expect her to 'fix' him because she's doing medicine. She's exhausted. Talked about boundaries and carer support.",
    ),
    (
        "person_name",
        "Kenya (4th yr, she/her) came by. Her issue is that she's named after a country and literally every single patient comments on it, but today it was the fact she failed her long case. Felt she was marked down for 'communication'. She wants to appeal.",
    ),
    (
        "person_name",
        "Notes: Priya S. - mid-sem stress, sleep ok, eating ok. Mood 6/10. Feels better after talking. No follow up needed.",
    ),
    (
        "person_name",
        "The peer's supervisor Dr Nakamura-Pryce called me (peer had given permission) to ask how best to support the peer on return to placement. Very kind. Peer is aware of the call.",
    ),
    (
        "person_name",
        "we (the two of us) felt Bounmy was minimising. He said 'I'm fine' 11 times in 20 minutes. We counted afterwards. We'll try a different approach next time - maybe walk and talk.",
    ),
    (
        "person_name",
        "Peer Inês Ferreira: scholarship from the Portuguese govt requires her to keep a 75 WAM, she's at 71. Panicking. Plan: email the scholarship body, see academic advisor. Not at risk.",
    ),
    (
        "person_name",
        "Hye-jin (Korean exchange) ended up on the ward without any orientation and the nurse in charge Sister Mulcahy told her to 'go away until you're useful'. She doesn't want to complain. I'll check in.",
    ),
    (
        "person_name",
        "Peer: Sourav C., 5th yr. Sleeping at the hospital some nights because the commute from Blacktown is 2 hrs each way. Partner Rupa is pregnant and due in 6 weeks. Talked about flexible rostering.",
    ),
    (
        "person_name",
        "Peer forwarded a screenshot of messages from 'Big Mike' (a guy from her year, Michael Strathearn) asking her out repeatedly after she said no. She's uncomfortable. Discussed the harassment policy.",
    ),
    ("person_name", "Very brief: Lukas B. wanted to say he's passed the resit. Happy tears. Closing file."),
    (
        "person_name",
        "Peer is Abdullah Al-Harthy from Oman on a govt scholarship. His embassy adviser Mr Al-Rawahi keeps calling to check his grades and it's making him anxious. Talked about what info the embassy is actually entitled to.",
    ),
    (
        "person_name",
        "Nithin called - his girlfriend Ammu broke up with him over the phone and he's on nights in ED. He's drinking more than usual. We made a plan for the rest of the week. Will ring Sat.",
    ),
    (
        "person_name",
        "Yasmin El-Sayed (peer, 3rd yr) reports her father has been pressuring her to come back to Cairo for an arranged engagement over the summer. She doesn't want to but is scared of losing family. No immediate risk. Referred to counsellor with cultural experience.",
    ),
    (
        "person_name",
        "Who: Taras K.\nWhere: walked around the oval\nRisk: low\nPlan: he'll talk to Dr Holloway (his clinical tutor) about the missed tutorials; I'll text Thurs",
    ),
    (
        "person_name",
        "Peer Anastasia says other students keep making jokes about her being 'a Russian spy'. She laughs along but it's getting to her. Talked about how to respond and reporting.",
    ),
    (
        "person_name",
        "Karim Fahmy from 2nd year - went to the GP as we discussed and was diagnosed with ADHD. He's relieved. Wants to know about AccessAbility registration.",
    ),
    (
        "person_name",
        "Peer says the intern, Dr Ryan-Mackenzie, yelled 'useless' at her during a code. She froze. She's been replaying it. Debriefed. Suggested she tells her term supervisor.",
    ),
    (
        "person_name",
        "Rural note - Thursday Island. Peer (Jack Thornton, 5th yr) loving the placement but money is running out; the flights alone were $900. Asked about rural placement grants. Happy otherwise.",
    ),
    (
        "person_name",
        "Bridget rang sobbing - her dog died. That's it, that's all, and it's enough. She's been through a lot this year. Stayed on the phone 45 min.",
    ),
    (
        "person_name",
        "International elective, Nairobi. Peer (Femke Janssen) messaged on WhatsApp: saw a child die of malaria on day 3 and can't stop thinking about it. Her supervisor there, Dr Wanjiru, has been supportive. We'll do a proper debrief when she's back.",
    ),
    (
        "person_name",
        "Elective in Phnom Penh - peer Ji-hoon Lim says the supervising doctor asked him to do procedures he's not trained for. He refused and now feels frozen out. Advised he contact the elective coordinator at home.",
    ),
    (
        "person_name",
        "Peer, 'JB' (Jibin Kurian), is going to Kerala for his elective. Anxious about the family expecting him to 'fix' his grandmother's care while there. Talked about roles.",
    ),
    (
        "person_name",
        "Ongoing, 3rd session with M.H. (initials only at her request). She's better. Sleeping 6-7h. Stopped the 2am energy drinks. Very proud of her.",
    ),
    (
        "person_name",
        "told R that I'd pass his concerns on but he's adamant he doesn't want the clinical school told. R is struggling with the surgical term and has had two panic attacks. Respecting his wishes for now.",
    ),
    (
        "person_name",
        "we caught up with Zainab and her little brother Idris was in the background the whole call - she's caring for him after school every day since their mum went back to Beirut. We think she needs carer recognition.",
    ),
    (
        "person_name",
        "Peer asked me to note that Prof. Greenbaum was 'unbelievably kind' when she disclosed her miscarriage. Gave her a week off placement, no questions. Peer is grieving but supported.",
    ),
    (
        "person_name",
        "Who: Naw Paw Eh Soe\nWhere: phone\nRisk: low\nPlan: needs help finding an interpreter for her mum's hospital appt on Friday so she doesn't have to skip her exam to translate",
    ),
    (
        "person_name",
        "Incident report. At approx. 1715 hrs the reporting supporter was advised by peer, Mr Kou Thao, that a patient on Ward 6A had made a racial slur and spat toward him. Nurse in charge (RN Gallagher) was notified and the patient's care transferred. Peer declined further action.",
    ),
    (
        "person_name",
        "Peer (Noor Haddad) says her dad's construction business in Amman failed and they can't send money any more. Fees for next sem due in 5 weeks. Panic. Plan: international student office + payment plan.",
    ),
    (
        "person_name",
        "Shabnam says the other Afghan students in her year (Hamid and Parwana) have been really kind but she still feels alone since her mum died. 3 months ago. Normal grief. Follow up in 2 wks.",
    ),
    (
        "person_name",
        "Peer Alexandros Stavrou-Mitchell, 1st yr, is worried he's 'not smart enough'. Imposter stuff. He got 78 in his last exam. Talked about it for 30 min.",
    ),
    (
        "person_name",
        "At approx. 1030 hrs supporter was informed by peer, Ms Hae-won Choi, that she had been locked out of her accommodation by the landlord (reason: late rent). Peer was distressed. Supporter assisted peer to contact tenancy advice. Peer stayed with classmate overnight.",
    ),
    (
        "person_name",
        "Daniel Goldstein - asked to note that he's finally told his parents he's switching to part-time. They took it ok. Huge relief.",
    ),
    (
        "person_name",
        "Peer's best friend (Dewi) died in a motorbike accident in Bali. Peer - Putu - flying home for the cremation ceremony. Helped her w special consideration. She's numb.",
    ),
    (
        "person_name",
        "we both spoke to Mohamed Eltayeb after the ethics tutorial. He said the tutor asked him to 'explain how things work in Africa' like he's a spokesperson. We validated. He wants to write something anonymous to the course feedback.",
    ),
    (
        "person_name",
        "Peer Tama Rangihuna says his koro is dying back home in Rotorua and the uni only gives 3 days compassionate leave. He needs 2 weeks. Walked through the formal leave of absence.",
    ),
    (
        "person_name",
        "Chris said Dr Abernethy (his rural GP supervisor) asked him to lie on a Medicare claim. He refused and now worries about his assessment. Suggested he contact the rural clinical school head directly.",
    ),
    (
        "person_name",
        "Peer: Aditi. Overwhelmed w the amount of content in Yr 2. No risk. Wanted study tips more than support. Pointed her at the peer tutoring program.",
    ),
    (
        "person_name",
        "Reflective (both supporters): Ahmed's story about his dad working as a taxi driver despite being a surgeon in Syria hit both of us. We talked about how we keep our own feelings out of the session. Good debrief.",
    ),
    (
        "person_name",
        "peer Moana (Tongan-Māori, she/her) just needed a laugh - we talked about her netball team for half the session. Low stakes, nice one.",
    ),
    (
        "person_name",
        "Follow up for Valentina: she went to the GP, started sertraline 50 mg, mild nausea. Mood slowly better. Next review w GP in 4 wks.",
    ),
    (
        "person_name",
        "The peer's housemate Ruslan has been bringing different people home every night and she can't sleep. She's in the middle of 5th yr exams. Helped her look at uni housing.",
    ),
    (
        "person_name",
        "Dr Tangitau (the peer's cultural mentor) has been encouraging but the peer said he's overseas for 6 weeks. She feels rudderless. Offered weekly check-ins in the meantime.",
    ),
    (
        "person_name",
        "Peer Yousef wants to complain about his anatomy demonstrator, a Mr Blackwood, who keeps calling him 'Joseph' because it's 'easier'. Helped draft email.",
    ),
    (
        "person_name",
        "Notes (Jae-min): no sleep, 3 energy drinks, big exam tomorrow, panic. Did some grounding together. Feeling better at end. Will text after exam.",
    ),
    (
        "person_name",
        "Peer asked to be called 'Ash' (they/them). Legal name on Sonia is Ashwini Raghunathan. Struggling with being misgendered on placement at the regional hospital. Talked about who at the clinical school can update the name.",
    ),
    (
        "person_name",
        "Isabella (Bella) is on her Darwin placement. Says a drunk patient grabbed her. Nurses were great. She wants to stay on the placement but is shaky. Follow-up call Friday.",
    ),
    (
        "person_name",
        "Peer, Fatima Al-Kaabi, says the gender split on her surgical team makes her uncomfortable for prayers + hijab during scrubs. Talked with her about requesting accommodations. Theatres do have options.",
    ),
    (
        "person_name",
        "The peer (Willem van Rooyen, SA/Dutch background) said his mum was diagnosed with MS last month. He's 2 hrs away from home. Wanted to know about deferring. Gave him the information.",
    ),
    (
        "person_name",
        "Who: peer's sister Gulalai (peer herself didn't want to talk, sister rang instead)\nWhere: phone\nRisk: peer had stopped eating; sister worried\nPlan: sister will bring peer to GP tomorrow; I'll call sister tmrw night",
    ),
    (
        "person_name",
        "Peer Chanthy says her mum's restaurant in Springvale is closing and the family is relying on her to help run it for the last month. Exams in 3 weeks. Discussed extensions.",
    ),
    ("person_name", "A.K. is doing better. That's all I'll write. Closing."),
    (
        "person_name",
        "Peer (Georgia Whitford-Lee) disclosed that her older brother Tom has been using ice and stealing from the family. She's the one her parents call. Not coping. Referred to Family Drug Support.",
    ),
    (
        "person_name",
        "Peer reported that the ophthalmology consultant Dr Rahimzadeh had been really supportive about her reasonable adjustments for dyslexia. She asked me to record that positive.",
    ),
    (
        "person_name",
        "Ivan from 5th year disclosed he has been gambling on sports apps, lost ~$8k this year. Ashamed. We talked about Gambling Help. He's keen to stop.",
    ),
    (
        "person_name",
        "met with Hyun-woo at the Korean church café. He wants to quit med and do art. Parents will 'disown' him. Talked it out for an hour.",
    ),
    (
        "person_name",
        "Incident at approx. 1450 hrs: peer (Mr Ebrahim Sultani) reported that a fellow student had posted a photo of him praying on a group chat with a mocking caption. Peer distressed. Screenshot retained by peer. Peer intends to report to the student conduct office.",
    ),
    (
        "person_name",
        "Peer says Sister Agnes at the rural hospital in Bourke has basically adopted her - feeds her, drives her to the shops. Lovely. No concerns.",
    ),
    (
        "person_name",
        "Rachel said her grandma (Bubbe) is in the ICU at Sir Charles Gairdner. Very close. Flying to Perth tonight. Helped with the leave form.",
    ),
    (
        "person_name",
        "Peer: Lachie (3rd yr). Says his footy coach back home in Mildura keeps ringing to get him to come back for finals. He feels pulled both ways. Low risk.",
    ),
    (
        "person_name",
        "Heba rang to ask if I could go with her to the harassment officer on Tuesday. Yes. She's documented everything from the anaesthetics term.",
    ),
    (
        "person_name",
        "we both felt that Raed was joking to deflect. When we asked about his brother in Gaza he went quiet for a full minute. We let the silence sit. He said 'thanks for not filling it'.",
    ),
    (
        "person_name",
        "Peer (Kirra Whitehead, Anglo/Aboriginal) says the rural placement in Moree is 'home' and she's thriving. She just wanted someone to tell. Nice.",
    ),
    (
        "person_name",
        "Mrs Vang, peer's mother, called the supporter line by mistake thinking it was the uni front desk. I redirected her. Informed peer (Pa Houa) later; she laughed.",
    ),
    (
        "person_name",
        "Peer Gustav Lindgren-Weiss - 1st yr - skipped 2 weeks of lectures, says he's 'just lazy'. On gentle questioning, he's barely getting out of bed. PHQ-9 19. GP appt booked for Mon with his consent.",
    ),
    (
        "person_name",
        "Peer told us Dr Iyer was the first consultant all year to ask her what she wanted to do after graduating. Made her cry. Nice thing to note.",
    ),
    (
        "person_name",
        "Who: Eitan\nWhere: text\nRisk: nil\nPlan: he'll try the Headspace sleep module and update me in a week",
    ),
    (
        "person_name",
        "Peer said she and her girlfriend (Mi-rae) are being harassed by neighbours. Police report made. Considering moving. Helped look at emergency accommodation.",
    ),
    (
        "person_name",
        "Peer from Fiji-Indian background, Ravneel, failed his driving test for the 3rd time, which matters because his rural placement in Griffith needs a car. Laughing but stressed. Asked about the rural transport subsidy.",
    ),
    # ---- email ----
    (
        "email",
        "Peer asked that any follow-up go to her personal email, not the uni one: jiwoo.park.94@gmail.com. She thinks the uni email is being read by her dad (he set up her laptop).",
    ),
    (
        "email",
        """Peer forwarded:

From: harpreet.s.sandhu@outlook.com
To: Clinical School Admin
Sent: Tuesday, 10:14 PM
Subject: Request for leave

Hi, my nani passed away in Ludhiana and I need to fly out Thursday...

Admin never replied. That was 9 days ago. I said I'd help him follow it up.""",
    ),
    (
        "email",
        "Who: peer (Tongan, 2nd yr)\nContact: mele.taufa.nz@hotmail.com (prefers email, phone is shared with siblings)\nRisk: low\nPlan: send her the list of bursaries by Fri",
    ),
    (
        "email",
        "K10 29, hours worked 22, rent $310/wk, 3 unit codes failed (PHYS2011, MEDS2002, BIOC2101). Peer wants me to email him at d.volkov.med@protonmail.com rather than text. Noted.",
    ),
    (
        "email",
        "At approx. 1600 hrs the reporting supporter received an email from a peer (sender: aroha.ngata77@icloud.com) requesting an urgent call-back. Supporter phoned peer at 1608 hrs. Peer reported she had been asked to leave her placement. See separate notes.",
    ),
    (
        "email",
        """The abusive emails were coming from an address the peer thinks is her ex: nomore.cheaters.2k@yahoo.com. She's kept all of them. She showed me one:

'You think you're so smart. Everyone at the hospital will know.'

Told her about the uni's safety team and police.""",
    ),
    (
        "email",
        "peer said her gmail got hacked and someone emailed her whole contact list from it — address is sokha.chea.md@gmail.com. Embarrassed, worried about what her tutors saw. Helped her with a note to staff.",
    ),
    (
        "email",
        "We (two supporters) agreed the follow-up email would go to the address he gave, omar.alzaabi@uaeu-alumni.ae, because he's away in the UAE for the break. Reflection: we should check with the supervisor whether personal emails are ok.",
    ),
    (
        "email",
        "Peer's mum wrote to the uni from fam.karagiannis@bigpond.com.au demanding info about her son's progress. Peer upset. He's 24. Talked about privacy - uni can't disclose without his consent.",
    ),
    (
        "email",
        """Screenshot peer sent me (I copied the header):
From: Naw Htoo Paw <nhpaw.karen@gmail.com>
To: elective.office
Sent: 2 days ago
Subject: Help - stuck at airport

She's now home. Still shaken.""",
    ),
    (
        "email",
        "Peer gave me her partner's email in case of emergency: lukas.baum@web.de. (Partner is in Munich.) I explained I'd only use it in a genuine emergency.",
    ),
    (
        "email",
        "Peer said the creepy messages come via her uni account from someone using tyler.hrmn.99@outlook.com. She has no idea who it is. Reported to IT security with her.",
    ),
    (
        "email",
        "Peer wants her contact file updated: ff.ahmadzai@proton.me is the only email she checks now. Everything else is spam or her brothers.",
    ),
    # ---- url ----
    (
        "url",
        "Peer's family has set up a fundraiser for her dad's surgery: gofundme.com/f/help-baba-eltayeb-get-surgery. She's embarrassed that classmates have been sharing it. Talked about how to set boundaries.",
    ),
    (
        "url",
        "Peer wanted us to listen to the playlist she made for her grandmother's funeral - open.spotify.com/playlist/4dRyOmt8kWb3pX2qVzL9aT. We did. It was lovely.",
    ),
    (
        "url",
        "Someone made a fake LinkedIn with the peer's photo: linkedin.com/in/tanvir-rahman-md-sydney-387a21. It has wrong info and claims he's already a doctor. He's scared AHPRA will think he did it. Advised he reports to LinkedIn and keeps screenshots.",
    ),
    (
        "url",
        "Who: peer (4th yr, she/they)\nWhere: Teams\nRisk: low\nLink peer asked us to note: her art blog kaimarchetti.art/journal - it's how she copes. She's happy for us to look.",
    ),
    (
        "url",
        "Peer was harassed after someone posted his Medium essay about racism in medicine (medium.com/@senait.tesfay/the-third-time-they-asked-where-im-from-b2c1) on a student meme page. Lots of nasty comments. Supported, discussed reporting.",
    ),
    (
        "url",
        "At approx. 2000 hrs the reporting supporter was sent a link by the peer (youtube.com/watch?v=Qm7xPz3LrT0, a video of the peer singing at her cousin's wedding) with the message 'this was me before med school'. Supporter noted concern about loss of identity. Follow-up scheduled.",
    ),
    (
        "url",
        "Peer's sister set up a memorial page: forevermissed.com/yonas-ghebremedhin-senior - their father. Peer asked me to keep the link in case he needs help with the anniversary next yr.",
    ),
    (
        "url",
        "Peer told us someone has been posting about her on a Reddit thread — reddit.com/r/medicalschoolAU/comments/1k8zq2/that_one_girl_in_yr3_at_westmead — thinks it's a classmate. Very distressed. Advised she reports it and we talked through the student conduct process.",
    ),
    (
        "url",
        "Notes (short): Peer's personal website with his CV is nikoskaragiannis.com.au - he wants feedback on whether to take the research stuff off it, because Prof. X saw it and made a comment. Not a wellbeing issue really.",
    ),
    (
        "url",
        "The peer showed me the crowdfunder: chuffed.org/project/visa-fees-for-cing-sian. She's raised $700 of $3,200. She feels ashamed asking. We talked about that.",
    ),
    (
        "url",
        "Peer linked his Strava (strava.com/athletes/55821093) to show me he's been running 60 km a week 'to cope'. He's not eating enough though. Discussed.",
    ),
    (
        "url",
        "Peer asked us to remove the link to her TikTok profile (tiktok.com/@dr.inprogress.mai) from the earlier note - she posts anonymously and doesn't want it on file. We've noted it here only so the supervisor knows to redact.",
    ),
    (
        "url",
        "peer's brother's obituary is on the funeral home site: tobinbrothers.com.au/obituaries/jack-callaghan-2003 . she said it still doesn't feel real.",
    ),
    # ---- social_handle ----
    (
        "social_handle",
        "Peer says a guy from her year keeps liking all her old photos at 3am - his insta is @tyler.hrmn_ - and it's freaking her out. Not messaging, just watching. Discussed blocking and reporting.",
    ),
    (
        "social_handle",
        "Peer posts study content on TikTok as @medwithmaiyer and has started getting creepy DMs. She's 20. Talked about safety settings and eSafety.",
    ),
    (
        "social_handle",
        "Who: peer (Malay, 1st yr)\nWhere: DM on Instagram (her handle: @nurulaisyah.ahmd)\nRisk: low\nPlan: move to phone next time - I'm not comfortable doing support over IG",
    ),
    (
        "social_handle",
        "At approx. 2315 hrs the reporting supporter was alerted by a peer to a series of posts by the account u/WestmeadRegSucks on Reddit that appeared to name and mock the peer's tutor group. Peer was distressed at being described. Screenshots retained. Peer referred to student conduct.",
    ),
    (
        "social_handle",
        "Peer wanted me to follow her study account for accountability - @thangliansstudies on insta. I said I'd rather not cross support into socials but that it's great she's doing it.",
    ),
    (
        "social_handle",
        "The fake account is @eleni_papad0p0ulos (zeros instead of o's). It's messaging her cousins with weird stuff. She's reported it to Instagram twice. Helped w eSafety report.",
    ),
    (
        "social_handle",
        "We (pair) discussed afterwards whether to mention to the peer that his Twitter/X (@DrDallasB_future) shows some pretty dark posts from last night. We decided to raise it gently next session as a check-in about risk.",
    ),
    (
        "social_handle",
        "Peer found out her ex has been posting about her on Snapchat - username is bram.vdberg - to mutual friends. Humiliating stuff. Reported, she blocked. Support given.",
    ),
    (
        "social_handle",
        "peer reckons the group chat bullying started with a Discord user called 'ketamine_kev#4421' who is in her year. she doesn't know his real name. discussed reporting.",
    ),
    (
        "social_handle",
        "Peer said the best support has been a Hmong students' group run by @hmongaussies on FB/IG. I'm noting it in case it helps other peers - but she wanted her own handle (@paxiong.rn2b) kept off any list.",
    ),
    (
        "social_handle",
        "Peer's BeReal friend 'siosaia.f' posted a photo of her crying in the library and it went around. She's mortified. Talked about what she wants to do.",
    ),
    (
        "social_handle",
        "Reflection (two supporters): the peer kept showing us posts from @gymbro_karim - her ex - on his stories. We think she's checking it compulsively. Gently raised it; she agreed to mute.",
    ),
    (
        "social_handle",
        "Peer, 3rd yr, said that her Threads handle @adelaide.writes went viral for a post about burnout and now the clinical school has asked to 'have a chat'. Anxious. We talked through what to expect.",
    ),
    # ---- phone ----
    (
        "phone",
        "Peer asked me to save her new number because the old phone was stolen: 0423 817 594. She's using her flatmate's charger, lol. Low risk.",
    ),
    (
        "phone",
        "Who: peer's emergency contact (older brother)\nPhone: +61 412 903 266\nRisk: peer at moderate risk today - passive SI\nPlan: peer consented to brother being called if she doesn't answer by 9am. She has 13 11 14 saved.",
    ),
    (
        "phone",
        "At approx. 0115 hrs the reporting supporter received a call from an unknown number (0478 220 615) later identified as the peer's housemate. The peer had locked herself in the bathroom. Supporter advised housemate to call 000. Ambulance attended. Peer transported to hospital, discharged next day.",
    ),
    (
        "phone",
        "peer said to ring her on her dad's landline while she's back in Moree, (02) 6752 4408, because there's no reception at the house.",
    ),
    (
        "phone",
        "Elective in Lae PNG. Peer's local number: +675 7192 3304. She's well but says the electricity's off most nights. Wanted to talk about what she's seen in the ED there.",
    ),
    (
        "phone",
        "Peer's mum in Seoul has been calling the supporter line asking about her daughter. Number she calls from is +82 10-4718-2290. We cannot give her info. Peer asked us to block it if possible.",
    ),
    (
        "phone",
        "Peer only has WhatsApp because she's on her elective in Amman. Her WA number is +962 79 553 1870. Follow-up in 4 days.",
    ),
    (
        "phone",
        "The stalker has texted from 0402 118 937 at least 40 times. Peer wants it on record. She's also reported to police (event number she'll get me later).",
    ),
    ("phone", "Short note. Peer's new mobile is 0491-570-228. Please use it instead of the one on the form."),
    (
        "phone",
        """Peer forwarded this:

From: Ayesha K.
Sent: Sat 4:10am
To: me
Subject: sorry

if you see this pls call me 0433 905 761 i need to talk to someone

-- Sent from my iPhone

This is peer's friend, not a med student. Peer called her; she's ok. We talked about peer's own limits.""",
    ),
    (
        "phone",
        "Rural term, Ceduna. Peer can be reached at the hospital accommodation landline: 08 8625 3091 ext 14. Mobile reception unreliable. Peer lonely, not at risk.",
    ),
    (
        "phone",
        "Peer's uncle in Khartoum — his only family contact — 00249 912 447 083. Peer hasn't heard from him since the fighting moved to his neighbourhood. He asked us to note it in case something happens to him here and someone needs to reach family.",
    ),
    (
        "phone",
        "numbers-heavy session lol: K10 25, sleep 5h, 3 shifts at Woolies, $120 left til payday, exam in 9 days. And she asked me to call her back on her work mobile 0417 336 802 because her personal one's cracked.",
    ),
    (
        "phone",
        "We called the peer's partner together (with peer's permission) on +64 21 558 9074 - he's in Auckland. He's flying over tomorrow to be with her. Reflection: good call to involve him.",
    ),
    (
        "phone",
        "Peer says someone is ringing her at 3am from a private number and a landline (03) 9486 2257 which she traced to a share house in Brunswick. She thinks it's an ex-housemate. Police notified.",
    ),
    # ---- ip_address ----
    (
        "ip_address",
        "Peer got an alert that her uni account was accessed from 203.47.118.92 at 2am while she was asleep. She thinks her ex knows her password. Helped her reset and contact IT.",
    ),
    (
        "ip_address",
        "At approx. 1400 hrs the reporting supporter was informed by peer that anonymous harassment emails had been traced by the uni IT team to IP address 49.186.203.17, which the peer recognises as her old share house's NBN connection. Peer advised to provide this to police.",
    ),
    (
        "ip_address",
        "The anonymous feedback form comments about the peer ('she only got in because of quotas') came from 10.142.66.209 per the IT report she was shown - a library computer. Hurtful. She's decided to let it go but wants it noted.",
    ),
    (
        "ip_address",
        "Who: peer (2nd yr)\nIssue: someone logging into her Moodle and submitting junk answers to quizzes\nIP in the login log: 120.21.84.155\nPlan: IT security ticket raised together; follow up Friday",
    ),
    (
        "ip_address",
        "peer's exam got flagged for 'unusual access' because she sat it from her cousin's place at 101.178.2.44 instead of home. She's terrified she'll be accused of cheating. Talked thru the process. K10 30.",
    ),
    (
        "ip_address",
        "Reflection: the two of us weren't sure whether to log the IP the peer read out to us (192.168.20.115) since it's a home router address. We've kept it but flagged for supervisor.",
    ),
    (
        "ip_address",
        "Peer says the person spamming her OnlyFans-themed 'jokes' onto the cohort Padlet was posting from 58.96.174.231 according to the Padlet admin. She wants it to go to student conduct.",
    ),
    (
        "ip_address",
        "Peer (IT background before med) worked out that the fake Tinder profile using her photos was created from 2001:8003:1c24:7a00:4d1e:9b2f:11a0:3e6c. Gave her the eSafety contact. She's angry more than distressed.",
    ),
    (
        "ip_address",
        "The uni IT email peer showed me: 'Your account was signed in from 180.150.37.220 (Melbourne, AU)'. Peer lives in Sydney. Password changed, 2FA on. She's rattled.",
    ),
    (
        "ip_address",
        "Incident: peer's remote OSCE video link dropped 4 times. Tech support log shows her connection 1.145.96.78 (mobile hotspot). She's been marked 'incomplete'. Helped her write to the exam office.",
    ),
    (
        "ip_address",
        "Peer thinks her dad is tracking her through the family wifi. She saw her laptop connected via 172.16.4.23 on a VPN she didn't set up. Coercive control concerns - referred to 1800RESPECT (1800 737 732) and uni safety team.",
    ),
    # ---- student_id ----
    (
        "student_id",
        "Peer's student number is WS418227 - she asked me to pass it to the special consideration team since she can't log in from the hospital. Done with her consent.",
    ),
    (
        "student_id",
        "Who: peer (1st yr)\nSID: MQ903315\nRisk: low\nPlan: chase the fee-waiver form; he's been told his enrolment will be cancelled Friday",
    ),
    (
        "student_id",
        "At approx. 0930 hrs the reporting supporter accompanied the peer (student no. UN557204) to the Student Services counter to lodge a late withdrawal application. Peer tearful. Application accepted.",
    ),
    (
        "student_id",
        "Peer rang, says the exam office has his number wrong - they've got him as SY220918 and his real one is SY220981. So his results went to someone else. Total chaos. He's beside himself.",
    ),
    (
        "student_id",
        "K10 33 | PHQ-9 17 | GAD-7 15 | sleep 4h | 2 fails (MED2201, MED2203) | ID DK774102 | rent overdue 2 wks. That's the whole picture. Peer agreed to the GP referral.",
    ),
    (
        "student_id",
        "peer asked me to note her ID (ZN615093) on the referral to the counselling service so she doesn't have to repeat her story at intake.",
    ),
    (
        "student_id",
        "Reflection: we (the two of us) were asked by the peer to go to the registry with her. Her student number 46129870 has a hold on it because of an unpaid library fine of $12 and it's blocking her placement allocation. Ridiculous. We helped sort.",
    ),
    (
        "student_id",
        "Peer's friend is using the peer's login and student ID (CB309446) to download lecture recordings. Peer feels pressured to say yes. Talked about saying no.",
    ),
    (
        "student_id",
        "The email from the Dean's office was addressed to 'Student RT884015' and said she'd been referred to the fitness to practise committee. No explanation. She's terrified. Booked a call with the student advocate.",
    ),
    (
        "student_id",
        "Who: peer\nID: student number z5519372\nWhere: phone\nRisk: low\nPlan: he needs the WAM printout for his visa renewal by Monday",
    ),
    (
        "student_id",
        "Peer read out her student number - JC550619 - so I could look up which clinical school she's at. She's been moved from Orange to Bathurst with 3 days notice and has nowhere to live.",
    ),
    (
        "student_id",
        "At approx. 1500 hrs the supporter received a forwarded message from the peer containing her student identifier (LM102847) and the text of a placement withdrawal notice. Peer stated she had not requested the withdrawal. Matter referred to clinical school with peer's consent.",
    ),
    (
        "student_id",
        "peer thinks someone submitted an assignment under her student ID - HB776130 - and that's why Turnitin flagged her for 98% similarity. She's panicking about misconduct. Helped her get the timeline together.",
    ),
    # ---- date ----
    (
        "date",
        "Peer's dad died on 14 August 2025. She's dreading the anniversary because it lands right in the middle of the surgical rotation. We'll plan ahead for that week.",
    ),
    (
        "date",
        "Who: peer (3rd yr)\nDOB: 09/02/2003\nRisk: low\nPlan: she needs her age on file for the under-25 Headspace referral; follow up Tues",
    ),
    (
        "date",
        "At approx. 2200 hrs the peer disclosed that she had been sexually assaulted at a party on Saturday 3 May 2025. Peer had not told anyone prior. Supporter provided information regarding NSW Rape Crisis (1800 424 017) and sexual assault services; peer chose not to report at this time. Safety established.",
    ),
    (
        "date",
        "peer's birthday is 21 Nov and she's spending it alone on the rural placement in Coonabarabran. We'll send her something, i think - check with supervisor if that's ok.",
    ),
    (
        "date",
        "Peer's son was born 28/06/2025 (premature, 31 weeks). He's still in NICU. Peer is trying to keep up with 4th year. Needs formal leave. Helped.",
    ),
    (
        "date",
        "Peer's court date for the AVO is 17 March 2026. She wants a supporter to come with her. We've said yes, two of us will go.",
    ),
    (
        "date",
        "The peer's mum passed on 2 January this year - she still hasn't told her clinical school. She's been holding it in for months. Tonight she cried for 40 minutes.",
    ),
    (
        "date",
        "Peer says her visa expires 30/11/2026 and the uni still hasn't issued the CoE for the extension. Her whole future is hanging on a form. She's not sleeping.",
    ),
    (
        "date",
        "Reflection - the two of us felt the peer was tying her low mood to 12 October, the date her brother took his life 3 yrs ago. We'll both be on the roster around that date this year if she wants us.",
    ),
    (
        "date",
        "Peer's wedding is booked for 6 December 2026 in Kerala and the clinical school's put her on the exam roster that week. She's asked for help writing the request.",
    ),
    (
        "date",
        "Peer wants it noted that she started sertraline on 19/07/2025 because her GP will ask at the review and she's bad with dates.",
    ),
    (
        "date",
        "Peer's grandmother's 90th is on 25 Jan and the whole family is flying in to Brisbane. Peer is on call. Spoke about asking for the swap.",
    ),
    (
        "date",
        "Peer was hospitalised after an overdose on 11 Sept 2024 and is now back at uni. She says the anniversary is coming up and she's worried about it. Safety plan reviewed.",
    ),
    # ---- street_address ----
    (
        "street_address",
        "Peer moved into a share house at 14 Wattle Crescent, Dubbo NSW 2830 for her rural term. Mould, no heating. She's been sick twice. Helped her write to the clinical school housing officer.",
    ),
    (
        "street_address",
        "Who: peer (2nd yr)\nAddress (new, not on uni system yet): Unit 7/33 Carrington Rd, Marrickville NSW 2204\nRisk: nil\nPlan: help her update the address before the exam letters go out",
    ),
    (
        "street_address",
        "At approx. 0045 hrs the supporter was contacted by the peer who reported that her ex-partner was outside her residence at 22A Harcourt Parade, Rosebery. Supporter instructed peer to call 000 immediately and remained on the line. Police attended at 0105 hrs.",
    ),
    (
        "street_address",
        "peer's staying at her aunty's house at 8 Kiora St, Cabramatta until the fees thing is sorted. Said it's crowded but safe.",
    ),
    (
        "street_address",
        "Peer is being evicted from 41 Bridge Road, Glebe. Landlord gave 14 days. She's on placement in Liverpool. Tenants' Union referral done.",
    ),
    (
        "street_address",
        "Rural note: peer is at the doctors' quarters, 2 Hospital Rd, Walgett. She says she hears the car hoons every night. Feels unsafe walking home. Asked clinical school about escort options.",
    ),
    (
        "street_address",
        "Peer wants mail to go to her church: 117 Princes Hwy, Dandenong VIC 3175 (attention: youth pastor). Her parents open her post at home.",
    ),
    (
        "street_address",
        "The parcels the peer is getting - the ones she didn't order - come addressed to her at Flat 3, 56 Elizabeth St, Redfern. She thinks it's her ex. Police report made.",
    ),
    (
        "street_address",
        "We (two supporters) walked the peer home after the night session to 9/120 Anzac Pde, Kensington. We reflected that we need a better plan for late sessions - this shouldn't depend on us being around.",
    ),
    (
        "street_address",
        "Peer's landlord is refusing to fix the door lock at 205 Parramatta Rd, Annandale. She's been wedging a chair against it. Helped her send a formal repair request.",
    ),
    (
        "street_address",
        "Peer was relocated by uni housing to Room 412, Block C - no wait she said it's actually 6 Gordon Street, Clayton, the off-campus one. Either way she hates it. Low risk.",
    ),
    (
        "street_address",
        "Peer's mum's house at 73 Thornbury Ave, Broadmeadows is where she's studying now. Mum is unwell. Peer doing carer stuff. Talked about Carer Gateway.",
    ),
    (
        "street_address",
        "peer gave her aunt's address as the emergency address: 15 Kurrajong Way, Mount Druitt NSW 2770.",
    ),
    # ---- medicare ----
    (
        "medicare",
        "Peer read out her Medicare number so I could help her with the bulk-billing GP booking online: 4583 86211 1. She's ok, just flustered.",
    ),
    (
        "medicare",
        "Who: peer (1st yr, new to Australia, just got Medicare via reciprocal agreement)\nMedicare: 6614 60119 2\nPlan: help book mental health care plan appt; follow up Wed",
    ),
    (
        "medicare",
        "At approx. 1130 hrs the supporter accompanied the peer to the university medical centre. Peer presented Medicare card no. 2698299163 but reception advised card had expired. Supporter assisted peer in contacting Services Australia. Appointment proceeded.",
    ),
    (
        "medicare",
        "Peer lost her wallet on the train. Asked me to write down her Medicare (2769 02765 4) so she has it somewhere. Wasn't sure we should but she insisted. Flagging for supervisor.",
    ),
    (
        "medicare",
        "K10 26, PHQ-9 11, sleep 6h, rent $290/wk, 2 shifts/wk at the pharmacy - and she gave me her Medicare no 5319196115 because the Headspace form wanted it. Form done.",
    ),
    (
        "medicare",
        "Peer's little brother's Medicare number came up (3532 23600 1) because peer is trying to get him into the GP and their mum can't do forms in English. Peer is the family's admin. Exhausting.",
    ),
    (
        "medicare",
        "Reflection - we both weren't sure if we should be typing the peer's Medicare number into our notes (3466552963) just because she said it aloud while booking. Leaving it here for the supervisor to decide.",
    ),
    (
        "medicare",
        "Peer's fake doctor's note problem: he got a certificate from a telehealth site and it had the wrong Medicare number on it (3031 86179 1 - his is different). Uni thinks he forged it. He's scared. Helped him get a proper letter.",
    ),
    (
        "medicare",
        "Peer got a bill for $640 from the ED - Medicare hadn't linked because the hospital had her Medicare as 2532 46132 4 with the wrong IRN. Sorting with the billing office.",
    ),
    (
        "medicare",
        "peer's medicare details (4180 83921 2, IRN 2) were on a form she left on the ward printer. Panicked. We went back and got it. Fine now.",
    ),
    (
        "medicare",
        "Peer (int'l, Belgian reciprocal) says Services Australia won't issue her a card; interim Medicare no. 4197269064 on the letter. Can't get a psych appointment without it. Walked her through.",
    ),
    # ---- tfn ----
    (
        "tfn",
        "Peer is trying to sort her casual job tax and read me her TFN off the letter - 899 077 635 - while asking what 'tax-free threshold' means. Money stress is the real issue.",
    ),
    (
        "tfn",
        "Who: peer (2nd yr)\nIssue: employer hasn't paid super for 8 months\nTFN: 367 802 436 (peer gave for the ATO complaint form)\nPlan: help lodge complaint, follow up in 2 wks",
    ),
    (
        "tfn",
        "At approx. 1700 hrs the peer reported that her former employer had disclosed her tax file number (827803397) in a group email to all casual staff. Peer concerned about identity theft. Advised to contact the ATO. Peer otherwise well.",
    ),
    (
        "tfn",
        "Peer's cousin has been using his TFN (746 683 911) to work extra shifts, and now the ATO says he owes $3k. Peer stressed. Referred to uni legal service.",
    ),
    (
        "tfn",
        "Reflective note (pair): peer asked us to help fill in the Centrelink Youth Allowance claim and kept reading numbers at us — hers and her dad's. We only wrote down hers (TFN 871 090 145) and told her not to share her dad's. Reflected that the form stuff isn't really our job.",
    ),
    (
        "tfn",
        "numbers again - $18.50/hr, 20 hrs, $370/wk, rent $300, ATO debt $1,240, TFN 561521749. She is $2 short every week and that's before food.",
    ),
    (
        "tfn",
        "Peer's visa application needs her TFN and her employer says they never received it. She read it to me to check: 342 716 763. It's right. Employer error. She's anxious about the visa timeline.",
    ),
    (
        "tfn",
        "Peer was scammed - someone posing as the ATO called and got her TFN (565 642 805) and bank details. $1,900 gone. She's devastated and ashamed. Helped her ring the bank and IDCARE.",
    ),
    (
        "tfn",
        "Peer wants help with her HECS-HELP form. TFN 627763948. I'm noting it because she said she'd lost the original letter and wants a record. Not sure we should keep it - supervisor please advise.",
    ),
    (
        "tfn",
        "Incident: peer's flatmate photographed his tax return with TFN 990 136 841 on it and posted it in the house group chat as a 'joke' about how little he earns. Peer humiliated. Talked about next steps.",
    ),
    (
        "tfn",
        "Who: peer\nWhere: phone\nTFN mentioned: 746 123 186 (she wanted it on the hardship form)\nRisk: low\nPlan: submit form Monday",
    ),
]

ORDINARY: list[str] = [
    "At approx. 2340 hrs the reporting supporter was messaged via the roster phone by a 5th year peer who had just finished an evening shift in ED. Peer described intrusive images following a paediatric resuscitation. Peer was oriented, tearful, denied thoughts of self-harm. Supporter provided grounding and information on the after-hours counselling line. Follow-up arranged for 1000 hrs.",
    "Who: 2nd yr, he/him\nWhere: on the phone while he waited for the 521 bus\nRisk: nil\nPlan: send him the extension form, he'll fill it in tonight",
    "Pair reflection: the two of us found this one slow going. Peer answered every question with one word for the first 20 min, then opened up about her father's illness back home in Kerala once we stopped asking and just talked about food. Lesson for us: warm up first.",
    "peer reckons the surgical reg has it in for her. says he 'forgets' to put her name on the theatre list every week. she's had 1 case in 3 weeks. told her the term supervisor is the person to raise it with",
    "K10 22 -> 31 over 6 wks. PHQ-9 14, item 9 zero. 5h sleep. 4 coffees. Rent $420. 16 hrs at a café. MEDI2001 mid-sem 44/100. GP for a MHCP, text Wed 1800.",
    "Peer will sit the resit in week 9. Says she has no hope of passing but then laughed and said 'ok, some hope'. Mood brighter by the end. Will follow up after the exam.",
    "Grace period for the fee payment ends Friday. Peer didn't know there was a payment plan option. Sent the info. Money stress is the main thing, sleep ok, no risk.",
    "Peer is on the rural term in Broken Hill. 40 degrees most days, the share house aircon is broken, and she hasn't had a proper conversation in a week apart from patients. Lonely but safe. Suggested the RCS wellbeing officer and a weekly call with us.",
    "Incident summary: At approximately 1110 hrs, between the morning and afternoon OSCE circuits, the supporter was asked by an invigilator to sit with a candidate who had vomited in the bathroom. Candidate reported severe anxiety and no breakfast. Water and a muesli bar provided in Room G.07. Candidate elected to continue and completed circuit B.",
    "The consultant asked the peer to present a patient with Parkinson's on the ward round and then cut her off after one sentence. She felt humiliated. Talked through it. She wants to stay on the term.",
    "Peer said Mum rang 6 times during the tutorial. Grandma's been admitted to the Alfred after a fall. Peer wants to be there. Discussed leave options and that it's fine to go.",
    "Who: 4th yr, she/her\nWhere: bench outside the Westmead education centre\nRisk: passive thoughts a fortnight ago, none now\nPlan: she'll see her regular GP on Wednesday and has Lifeline in her favourites; follow up after that appt",
    "Peer got a PHQ-9 of 19 at the uni health service and was told to 'come back in a month'. She's frustrated. Helped her book with an external GP who bulk bills.",
    "Rob her of sleep and she becomes a different person, she said. She's on nights in ED for 2 weeks and already not coping. Discussed sleep around nights and whether she can swap some shifts.",
    "Reflective note - we both felt we talked too much in this session. The peer was quiet and we filled the gaps. Next time: more silence, more open questions.",
    "Peer was told off by the surgical reg for not knowing the Glasgow Coma Scale components in front of the team. He knows them - he froze. Embarrassed. Normal reaction. No risk.",
    "Sunny day, walked around the oval with the peer instead of sitting inside. Easier for her to talk. Issue: exam stress + family pressure re specialty choice. No risk. Good session.",
    "Peer says she'd like to bill the hospital for the hours she spends interpreting for patients on placement. Half joke. She's the only Dari speaker on the ward and gets pulled in constantly. Talked about setting limits.",
    "At approx. 1520 hrs the supporter observed a peer leaving the lecture theatre (LT3) mid-lecture in apparent distress. Supporter followed at a distance and checked in at the stairwell. Peer stated the lecture content (perinatal loss) related to a recent family event. Peer declined further support at that time but accepted a card with the roster number.",
    "Peer just got back from a Kenya elective (rural hospital, 3 doctors for 200 beds). Says everything at home feels trivial now and she's angry at people complaining about parking. We talked about re-entry and moral distress. Not at risk.",
    "Mark for the long case came back at 48. Pass is 50. Peer feels it was a communication mark-down. Talked about the appeal process and timeline (10 working days).",
    "Peer, 1st yr, from a small town on the Murray. First time living in a city. Misses the river and the dog. Homesickness, no risk.",
    "the peer's dad drives a Mercedes taxi in Dubai and she said he'd be 'furious' if he knew she was failing. she isn't failing - 61 WAM. anxiety distortion. we talked about that",
    "Who: peer and her housemate (housemate sat in, peer asked her to)\nWhere: their kitchen, video call\nRisk: low\nPlan: housemate will go with her to the GP; we touch base Friday arvo",
    "Peer was sent home from the rural GP placement in Mount Gambier with COVID. Now behind on the logbook. Stressed about hours. Told her the clinical school has a catch-up process.",
    "Peer has had Cushing's ruled out after months of tests and now they think it's PCOS. Relief and frustration. She's missed 3 weeks. Needs help with special consideration.",
    "one-liner: peer fine, just wanted to say the extension came through.",
    "Peer said the Dean's office reply was 'please see the policy'. That was it. He was hoping for a human answer. Helped him draft a follow-up asking for a meeting.",
    "Mood 4/10, anxiety 8/10. Sleep broken. 3 exams in 5 days: MEDS3001 Tues, MEDS3002 Thurs, MEDS3004 Sat. No SI. Check in after Thursday.",
    "Report: at approx. 0745 hrs a peer was found by the supporter asleep in her car in the P2 staff car park. Peer stated she had been sleeping in the car for 4 nights since her lease ended. Supporter escorted peer to the hospital cafeteria and contacted uni student housing with her consent. Temporary room secured by 1200 hrs.",
    "The peer says her housemate is 'all bark no bite' but the shouting at night keeps her up. Not unsafe. Discussed talking to the housemate or looking at uni accommodation.",
    "Peer is from Jordan originally, came to Adelaide for high school then Sydney for med. Feels like she's always the one explaining where she's from. Talked about belonging.",
    "Peer did her elective in Paris, loved it, came back to a fail notice she hadn't seen (email went to spam). Now 5 days to appeal. Helped her plan.",
    "Text at 0310: 'can't sleep, can't stop thinking about the exam, sorry for texting'. Replied at 0700 (we don't run overnight). Rang at 0830. Peer fine, just anxious. Reminded her 13 11 14 is there overnight.",
    "Peer trying to get her bond back ($1,600). Landlord claiming carpet damage that was there at move-in. Referred to Tenants' Union. She's ok otherwise.",
    "Peer scored 12 on an Apgar practice question and laughed because 'the max is 10, I know, I'm tired'. Classic 3am study session. We talked about sleep.",
    "Pat on the back for the peer - passed the resit. Happy tears. Closing.",
    "Peer's been having a 'few' drinks every night since the rural term started in Orange - on questioning closer to a bottle of wine a night. He raised it himself, which is great. Info for the GP and the uni AOD service given.",
    "Our (pair) reflection: the peer's family is in Lebanon and she checked her phone every 2 minutes during the session. Neither of us said anything about it. In hindsight we should have named it - 'it looks like you're waiting for news'.",
    "Peer says the Achilles heel of her study plan is the commute - 2 hrs each way from the Central Coast. Talked about recorded lectures and maybe moving closer for 4th year.",
    "Peer's uncle is a GP in Dhaka and keeps sending her Bengali videos about 'how to study'. Well-meaning but adding pressure. Laughed about it. Low risk.",
    "The tutor told the group anyone who fails the mid-sem 'shouldn't be here'. Peer failed it by 2 marks. Very upset. We talked about how unfair that comment is.",
    "Peer asked whether seeing a psychologist would have to be reported to AHPRA. Explained that seeking treatment isn't the same as a notifiable impairment and pointed her to the doctors' health advisory service. Big relief.",
    "Who: 1st yr, mature-age (ex-paramedic)\nIssue: feels 'too old' for the cohort, nobody sits with him\nRisk: nil\nPlan: link with the mature-age student group; check in fortnightly",
    "Peer said 'may as well give up'. Asked directly about suicide - no thoughts, no plan. He meant the elective application. Talked it through. Will check in after the deadline in June.",
    "Peer is on the Alice Springs placement. Someone threw a rock at the hospital car she was in on a home visit. Nobody hurt. She's shaken but wants to finish the term. Follow-up Friday.",
    "Summer term is killing him. No break since November. Tired, irritable, snapping at his partner. Discussed taking a week off in January if he can.",
    "Peer's rent just went from $350 to $460 per week. She's 3rd yr, works 12 hrs/wk. The maths doesn't work. Looked at the emergency housing fund and uni colleges.",
    "Peer described seeing a Babinski sign for the first time in a young patient and then learning the diagnosis. It hit her because the patient was her age. Debrief.",
    "Reflection (pair): The peer mentioned her faith a lot and we weren't sure whether to lean into it. We asked what helps and she said prayer and her church community. We'll follow her lead.",
    "Peer got back from the elective in Cambodia. Says the hospital in Battambang was under-resourced and she felt guilty about what she saw and couldn't fix. Normal moral distress. Good session.",
    """Peer forwarded this and asked me to keep it on file:

---------- Forwarded message ---------
From: Clinical School Office
Sent: Monday 9:02 AM
To: Year 3 MD cohort
Subject: RE: OSCE reschedule requests

Dear student,
Unfortunately we are unable to accommodate rescheduling for religious observance this semester.
Kind regards,
Assessment Team

She's upset because she knows at least two people got theirs moved. Suggested she reply asking for the written policy.""",
    """Peer showed me the email:

From: Surgical Registrar (Team B)
To: Student
Sent: Wed 23:48
Subject: your presentation

That was embarrassing. Do better tomorrow.

--
Sent from my mobile

Peer is shaken by 'embarrassing' and by the hour it was sent. Asked if it's reportable. We went through the bullying policy together.""",
    """Table I jotted during the call so I'd remember:

Day | Sleep | Paid work | Study
Mon | 4h    | 6h        | 3h
Tue | 5h    | 8h        | 2h
Wed | 3h    | 0h        | 9h
Thu | 4h    | 7h        | 1h

Peer says this is 'normal'. We talked about whether 21 hrs at the bubble tea shop on top of 3rd yr is sustainable.""",
    """Peer's budget (she wrote it on the whiteboard, I copied it):

Rent            $310
Opal            $45
Phone           $30
Food            $60
Textbooks/wk    $15
----------------------
Total           $460
Income          $395 (Youth Allowance + 1 shift)

Short $65 every week. Referred to the student financial advisor and the food pantry on Level 1.""",
    "Who: 5th yr\nWhere: Teams (camera off)\nRisk: moderate - PHQ-9 21, says she 'wouldn't mind not waking up', no plan, no intent, protective factor is her younger sister\nPlan: rang after-hours counselling together at 1915; GP appt tomorrow 0930; I'll text at 1200; 13 11 14 and 000 reviewed",
    "Will is a big word for him right now - as in, he's lost the will to study. Doesn't feel like quitting, just flat. 3 weeks of this. Suggested a GP review for low mood.",
    "Peer's exam is in the first week of June and she is already counting the days. 41 to go. She's made a colour-coded plan which is 'already behind'. Talked about realistic planning.",
    "Peer is meant to be presenting her poster at a conference in Florence in September and can't afford the flights ($2,300). Feels like she'll lose the opportunity. Looked at the faculty travel grant together.",
    "The clinical school moved the peer from Tamworth to Armidale with 4 days' notice. She'd already paid 3 months' rent. $1,950 lost. Helped her write to the rural clinical school asking for reimbursement.",
    "Reflection: the two of us disagreed after the session about whether the peer's drinking is a problem. One of us thinks it's uni-normal, the other is worried. We'll raise it with the supervisor rather than decide ourselves.",
    "Peer (she/they) asked that we use 'they' in notes. Struggling with being misgendered by a consultant on the ward round. Discussed options with the clinical school's inclusion officer.",
    "The reg told the peer to 'grow a thicker skin' after she cried in theatre. She'd just watched a patient her mum's age die on the table. Debriefed. She's not at risk; she's grieving and angry.",
    "Hope she'll be ok - she was pretty flat. Said she's 'fine' but K10 was 30. Follow up booked for Monday 1 pm. No SI.",
    "Peer's mum is Sudanese and dad is Egyptian and they're divorcing. Peer is being used as the go-between. Exhausted. Talked about boundaries with family.",
    "Peer has 7 days left on the Thursday Island placement and hasn't been able to get a flight home that's under $900. Asked about the rural travel subsidy. Otherwise loving it.",
    "At approx. 1905 hrs the reporting supporter received a call from a peer on a rural placement (Longreach). Peer reported the clinic had been short-staffed for 9 days and she had been asked to perform tasks outside her scope. Peer declined. Supporter advised peer to contact the rural clinical school director on the next business day. No risk identified.",
    "Peer disclosed she has been using her housemate's Ritalin before exams. 10 mg, maybe twice a week during exam blocks. Worried about it herself. Talked about getting assessed properly by a GP and about the risks.",
    "Peer is on 50 mg sertraline, went up to 100 mg last week. Nausea and jaw clenching. Told her to ring her GP about side effects - not our call. Mood slightly better.",
    "Who: int'l student, 2nd yr\nIssue: visa condition 8202 - worried her attendance is below 80%\nRisk: low\nPlan: int'l student office appt; we follow up next Tues",
    "Dawn shift on the delivery suite was a lot. Peer saw a stillbirth. Felt she shouldn't have cried in front of the family. The midwife told her it was fine. We agreed it was human.",
    "Peer said, 'my June is a write-off' - 3 exams and a move. We made a mini-plan for June: one thing per day.",
    "Peer saw a Down syndrome patient being spoken over by the team and felt sick about it. Wants to know how to speak up as a student. Good conversation.",
    "Peer laughed that the only thing keeping her going is Chelsea's form this season. She's doing ok. Just needed a vent about the paeds term.",
    "Peer frank about drinking: 'most nights, it's the only way I sleep'. 4-6 drinks. Open to GP. Follow up Thursday.",
    "The peer's whole family is in Gaza. He's checking the news every few minutes. Not sleeping. Not eating much. Not at risk of suicide when asked. Supporting; referred to counsellor who has experience with war-affected students.",
    "Reflection from both supporters: this peer kept apologising for 'wasting our time'. We named that gently. She cried. Sometimes the apology is the thing.",
    "Peer's rural placement in Bourke is going well. Says the nurses run the town. Just rang to say hi. No concerns.",
    "Rose from the chair in the middle of talking and said she had to go - something she'd remembered. Texted after: 'sorry, forgot I had to pick up my brother'. All fine. Will reschedule.",
    "Peer with a new diagnosis of coeliac disease - struggling to eat on placement because the hospital cafe has nothing. Small thing that's making a big day worse. Suggested packing lunch and asking the term supervisor about a fridge.",
    "At approx. 1240 hrs the reporting supporter was notified by a peer that her laptop, containing her thesis draft, had been stolen from the library (Level 4). Peer had a backup from two weeks ago. Peer distressed. Supporter assisted with campus security report and extension request.",
    "Peer is fasting for Ramadan and on the O&G term. Dizzy by 3 pm. Asked us how to bring up breaking fast during evening clinic. Talked through it - the consultants are usually fine.",
    "Peer wants to leave medicine. Not a crisis. She's thought about it for a year. Wants to talk through the logistics - HECS, transfer credit to biomed. We'll meet again next week.",
    "Peer got 3/10 for the ethics essay and the marker wrote 'see me' with no other comment. She's spiralling about it. Helped draft an email asking for specific feedback.",
    "Peer: 'I'm the guy everyone copies off and I'm failing.' He shares notes with half the cohort and now feels used. Talked about boundaries.",
    "Peer said art is the only thing that helps - she does watercolours on the train. She's been too tired lately. We talked about protecting small things.",
    "peer's dad has early Alzheimer's. she's the only one nearby. 4th yr + carer. Talked about Carer Gateway and formal carer recognition at uni.",
    "Peer says her study group has a 'max effort' rule where everyone stays till midnight. She feels pressured. Discussed saying no.",
    "Peer didn't chase the fail mark because she 'didn't want to be a bother'. It was a marking error - 58 not 48. Got it fixed today. She's relieved.",
    "Peer drew a diagram of her week to explain why she's so tired. 6 days of placement, 2 shifts, church on Sunday. No gaps. We circled the one gap - Sunday night - and protected it.",
    "Peer worried about a gene test result - BRCA - coming back next week. Both her aunts had breast cancer. Anxious. Not at risk. Suggested she bring someone to the appointment.",
    "Peer's bank account hit $0 on Tuesday. He'd been paying his little brother's school fees back home. Food bank today, hardship fund application tomorrow.",
    "Jack of all trades, master of none, he said about himself. Burnt out trying to do research + a tutoring job + 3rd year. Talked about dropping one thing.",
    "Peer's jeans don't fit anymore, she said, and she's hiding it from everyone. Eating very little, weighing herself daily. Concerned about possible eating disorder. Gave the Butterfly Foundation helpline info and encouraged GP.",
    "Peer is a Ray of sunshine usually - she said that herself, sarcastically. Today: failed the OSCE station on the abdominal exam, station 4. She can redo it. Mostly embarrassed.",
    "Peer grew up in Sandy Bay and misses Hobart. The mainland 'feels loud'. Homesick, no risk.",
    "Peer's anatomy demonstrator is a med student 2 years above her and has been asking her out. She said no twice. Discussed reporting.",
    "Peer failed the quiz for the Victor Harbor rural health module, but it's formative - she didn't realise. Relieved when I told her. Laughed.",
    "At approx. 1600 hrs the supporter was informed by a peer that a patient on Ward 5C had made a sexually explicit comment to her during a history. Peer left the bay. Nurse in charge was informed. Patient's care reassigned. Peer requested no further action but wanted the event documented.",
    "Peer asks 'is it normal to cry every day on surgery'? Common, not ideal. She's been crying in the toilets on Level 3. We talked about who on the team feels safe.",
    "Who: 3rd yr\nWhere: hospital chapel (quiet)\nRisk: low\nPlan: help request a placement swap from the Campbelltown site to Liverpool so she's closer to her mum",
    "Peer's housemates use the lounge as a party room 4 nights a week. She's sleeping with earplugs and still waking at 2am. Talked about uni housing waitlists.",
    "Reflective note from both of us: we noticed the peer only relaxed when we stopped taking notes. Next time we'll write up afterwards rather than during.",
    "Peer on the international elective in Dallas (big trauma centre) says the gun injuries are too much. 8 in one night. Debriefed by video. She's considering coming home early. Not at risk.",
    "Peer's car (an old Porsche her uncle gave her, 'it's not as fancy as it sounds, it's from 1989') broke down on the way to the Goulburn placement. $1,400 repair. Money stress. Hardship fund info sent.",
    "Peer said the Tiffany lamp in the palliative care family room is the only pretty thing in the whole hospital, and she goes there to breathe. Small joys. Low risk.",
    "Peer is from Brooklyn (the one on the Hawkesbury, not New York). Commute to Westmead is brutal. Tired but ok.",
    "Peer grew up in Austin, Texas and moved here at 15. Now on placement at the Austin in Heidelberg. Jokes about it. Issue today: exam anxiety. No risk.",
    "Peer's intern year preference form is due Friday and she can't decide between staying in Sydney near family or going rural to Dubbo. Not a wellbeing crisis, just stuck. Talked pros and cons.",
    "Peer wants to bill nobody - she's on a bulk-billing plan with her GP now and it's working. Mood 7/10. Sleeping 7h. Closing.",
    "Peer's bill for the ambulance after her fainting episode on campus came to $1,100. She didn't have cover. Referred to the uni's hardship fund and told her to call Ambulance Victoria about a payment plan.",
    "Sue the uni? That's where she's at, she said. Angry about how the complaint was handled. We talked about the ombudsman route and the student advocate instead.",
    "Peer is Muslim and the only place to pray at the rural hospital in Griffith is the linen cupboard. Asked the clinical school about a multi-faith space. Pending.",
    "Peer's Hindi-speaking patient's family kept asking her to translate because she 'looks Indian'. She speaks Tamil, not Hindi. Frustrated. We laughed and then got serious about how often this happens.",
    "Peer said the consultant pulled her aside and said, 'you'll make a good doctor'. First positive feedback in 3 months. She cried. Wanted it noted.",
    """Email peer received (she read it to me):

From: Placement Unit
To: [peer]
Sent: Friday 4:57 PM
Subject: Change to your rotation

Your rotation has been changed from Wagga Wagga to Albury commencing Monday. Please arrange your own accommodation.

Regards,
Placement Unit | Rural Clinical School

Sent at 4:57 on a Friday. She has no car. Helped her call the RCS housing officer first thing Monday.""",
    "Peer's PHQ-9 went 22 -> 15 -> 9 over 8 weeks on sertraline 100 mg + CBT. Huge improvement. Wanted to share. Closing her file unless she re-engages.",
    "Peer has an Addison's diagnosis and needs to carry hydrocortisone. The theatre staff told her no bags. She's scared about missing a dose in a long case. Discussed disability plan with the clinical school.",
    "Peer dislocated her shoulder playing netball and can't do the OSCE examination stations in week 11. Looked at deferral. She's annoyed more than sad.",
    "Reflection - we (the Thursday pair) realised we'd both assumed the peer's 'partner' was a boyfriend. It wasn't. We'll use neutral language from the start.",
    "Peer said her Centrelink payment was cut because she 'didn't report income' - she did. 3 weeks without payment. Spoke to the welfare officer at uni with her.",
    "Peer is a refugee from Myanmar, 1st yr, lives with 6 family members in a 2-bed in Dandenong. No quiet place to study. Uni library closes at 10. Talked about 24h study spaces.",
    "Peer (Lao background) says the Lunar New Year week clashes with exams every year and she's tired of choosing. No risk, needs to vent.",
    "Peer on the Kalgoorlie placement. Mine workers in ED on Friday nights are 'a lot'. One threatened her. Security came. She's ok, just shaken. Debrief done.",
    "Peer has a stammer that gets worse in OSCEs. Station 7 (breaking bad news) went badly. She wants to ask for extra time. AccessAbility referral.",
    "Peer said, 'everyone else seems to be coping'. Explained that about a third of med students have a K10 in the high range. It helped her a bit.",
    "Peer's brother was deported last month. She's the only one left in Australia. Grief and guilt. Not at risk. Linked to refugee student support.",
    "Peer failed the Hippocratic oath essay — actually she failed the professionalism reflection, but she calls it that. 46/100. Needs 50. Resubmission allowed. Relief.",
    "Peer is mid-PhD, conjoint with MD, and her supervisor has gone on leave for 6 months without telling her. No one is supervising her. Advised she contacts the graduate research school.",
    "Quiet session. Peer just wanted company while she waited for her results at 9 am. Passed. Hugged. Done.",
    "Peer called from the international elective in Tonga - she's fine, just homesick and the internet drops every 10 min. Lovely placement. No concerns.",
    "Peer's scholarship (Indigenous) requires her to do a rural term in her 5th year and she's scared of being away from her kids for 10 weeks. Talked about family accommodation options.",
    "Peer's bloods after a needlestick on Ward 8A came back negative at 6 weeks. She still needs the 3-month test. Anxious but better. Occupational health has been good.",
    """Session summary (as a table because there was a lot):

Issue              | Severity | Action
Rent arrears       | high     | Tenants' Union + hardship fund
Failed MED3202     | medium   | Academic advisor appt Tues
Sleep (4h)         | medium   | GP, sleep hygiene handout
Relationship end   | low      | Talk again next week
Suicidal thoughts  | none     | Asked directly, denied""",
    "Peer disclosed he self-harmed last night (superficial cuts, forearm, cleaned and dressed). No suicidal intent. First time in 2 years. We made a safety plan, he agreed to see the GP tomorrow and to call 13 11 14 if urges come back tonight. Will text at 0900.",
    "Peer's faith community is pressuring her to marry before graduation. She's not ready. No risk. Talked about how she can set boundaries without losing her community.",
    "Peer's mum has breast cancer and is having chemo at Peter Mac. Peer drives her every Tuesday. Misses tutorials. Wants to formalise carer status.",
    "Peer says the night registrar at Royal Prince Alfred was 'the best teacher I've had'. Wanted us to know. Happy note.",
    "Peer worked out she's spent $3,780 on textbooks, stethoscope, uniforms and parking this year. She's angry about the hidden costs of medicine. Fair.",
    "At approx. 1410 hrs the supporter received a walk-in at the student lounge (Room 3.07). Peer reported she had been excluded from a group assignment chat by peers who then submitted without her name. Peer distressed. Supporter advised contacting the unit coordinator for MEDS2005 and assisted in drafting the email.",
    "Peer kept calling the hospital by its old name (the Royal Adelaide). Only mention because she's from there and homesick for South Australia. Low risk.",
    "Peer is on ADHD meds (dexamfetamine 10 mg bd) and the pharmacy near her rural placement in Coober Pedy doesn't stock it. Script issues. She's been off it 5 days. Called the GP clinic together.",
    "Peer said she's 'sunny side up' - which she says when she's barely holding it together. Mood 3/10. PHQ-9 18. No plan. GP appointment tomorrow at 10. We'll call at 2.",
    "Peer is worried the clinical school will find out she was admitted to a mental health unit in 2nd year. We talked about what the uni actually knows and what she has to disclose (nothing by default).",
    "Reflection: the two of us ran over time (90 min). Peer needed it, but we need to manage our own fatigue. Next time we'll set the end time at the start.",
    "Peer wants to do their elective in Jordan (Amman) but their family is worried about safety. Talked through the uni travel advice and insurance.",
    "Peer's first patient death on the ward. 84-year-old, expected. Still hit her. Normal. She wants to go to the funeral; asked if that's allowed. Suggested she ask the palliative team.",
    "Peer in Year 1 has failed Chemistry for Health Sciences twice. Third attempt means show cause. Panicking. Academic skills referral + study plan.",
    "Peer said she 'can't face another Sunday' - meant the family lunch where her dad criticises her weight. Not SI. Discussed skipping or leaving early.",
    "Peer's father runs a small grocery in Bankstown and she's there every weekend. Tired, but says it's the best part of her week. Low risk.",
    "Peer's international student health cover denied the psych claim because it's 'pre-existing'. $220 per session. Referred to uni counselling (free).",
    "Peer had a seizure on placement (known epilepsy, missed a dose of levetiracetam because of a 14-hour day). Recovered fine. Embarrassed. Discussed reasonable adjustments.",
    "Peer says the only Korean restaurant near the Lismore placement closed. Half joking. Underlying: very isolated. Talked about calling home more and joining the rural club.",
    "Peer's grandma in Tonga died and she can't afford the $2,400 flights to the funeral. Heartbroken. Talked about compassionate leave and the church fundraising. Not at risk.",
    "Peer on the Papua New Guinea elective saw a maternal death. She's back in Port Moresby tonight and will video call tomorrow. Brief check in - she's safe, with the other students.",
    "Joy was the word she used for the birth she saw this morning - then cried because she felt like she hadn't felt joy in months. Mood low for 6 weeks. GP referral with her consent.",
    "Peer's scholarship is tied to a 65 WAM. She's at 64.2. Every decimal matters. Talked about what's in her control for the next 3 units.",
    "Peer had to chase the registrar for 45 minutes to get a logbook sign-off. Missed the bus, missed dinner, missed the study group. One of those days. Just a vent.",
    "In August the peer's visa runs out, and the renewal costs $710 plus the health check. She's saving. Worried. Helped her look at the international student hardship grant.",
    "Peer drew blood for the first time today - 4 attempts, then got it. The patient was lovely. She's buzzing. Just wanted to share good news.",
    "Peer says the only thing she can max out is her credit card. $4,800 on it now. Panicking about interest. Referred to the uni's free financial counselling.",
    "Who: 4th yr\nWhere: phone on speaker while she drove back from the Bathurst placement\nRisk: low\nPlan: asked her to pull over next time, we'll talk Thurs",
    "Peer's in a long-distance relationship with someone in Malaysia. The time zone and cost are wearing them down. Sad. Not at risk.",
    "Peer's autistic and the ward noise is overwhelming. Asked about noise-cancelling earbuds on ward rounds. Helped with a reasonable adjustments request.",
    "Peer says 'no faith left in the system' after her harassment complaint was closed with no findings. Angry, hopeless about that, not about life. Discussed the appeal route.",
    "Peer's dad was a surgeon in Kabul and is now driving Uber in Parramatta. She feels she has to succeed for him. Big weight. Talked about her own wants.",
    "At approx. 0930 hrs the supporter received a call from a peer on the international elective in Vanuatu (Port Vila). Peer reported gastroenteritis for 3 days and was unable to keep fluids down. Supporter advised peer to present to the hospital and contact the travel insurer's emergency line. Peer was seen and rehydrated. Follow-up call at 1800 hrs: improved.",
    "Peer chased the consultant for a reference and was told 'I don't remember you'. She was on his team for 8 weeks. Crushed. Talked about asking another consultant.",
    "Peer says the Uber Eats job pays $9 an hour after petrol. Doing it till 1am. Then 7am starts on placement. Not sustainable; he knows. Looked at better-paid tutoring work.",
    "Peer's house was flooded in the Lismore floods and she lost her notes, laptop and all her textbooks. She's staying at the evacuation centre. Urgent: emergency accommodation + device loan.",
    "Peer is on 20 mg fluoxetine, missed doses for 4 days because she ran out and couldn't get to the GP on placement. Feeling flat and dizzy. Helped her book telehealth same day.",
    "Peer drew the short straw on the roster - 6 weekends in a row on the surgical term. Exhausted. Asked the term coordinator to fix it together.",
    "Peer sat a K10 with me for the first time: 36. Very high. Asked about suicide: thoughts yes, plan no, intent no. Safety plan done. GP tomorrow at 0830. She has 13 11 14 and 000 saved. I'll text at 1100.",
    "Pair reflection: we both felt a bit useless when the peer said 'you can't fix it'. We remembered that we're not meant to. Listening was the job. Good reminder.",
    "Peer, 1st yr, isn't sure if med is right. Her parents pushed her. She loves the anatomy but hates the hospital. Normal doubts. Talked about giving it till the end of 2nd year.",
    "Gene therapy lecture set her off - her brother has spinal muscular atrophy. She left halfway. She's ok, needed a moment. Let the lecturer know (with her consent) to give content warnings.",
    "Peer was the only woman on the ortho team and they kept calling her 'the nurse'. Tired of correcting. Raised with the term supervisor.",
    "Peer in her last year and she's 'running on fumes'. Said she'd do anything for a week off. We worked out she can take 5 days of personal leave in week 8 without affecting her sign-off.",
    "Peer is Jewish and the hospital scheduled her assessment on Rosh Hashanah. Asked for a swap and got a 'we'll see'. Helped her send a follow-up citing the religious observance policy.",
    "Peer had a rough call: her dad's in the Royal Darwin ICU after a car accident near Katherine. She's flying up tonight. Helped her email the clinical school. Will call her tomorrow.",
    "Peer asked how to support a friend who's self-harming. Not her own risk. Talked about Headspace, the friend's GP, and looking after herself.",
    "Peer's housemate has been leaving passive-aggressive sticky notes. It's 'so stupid' but it's wearing her down because nothing else in her life is stable right now. Validated.",
    "Peer is Ukrainian and his grandparents are still in Zaporizhzhia. He rings every morning before placement. 'If they answer, I can work.' Not at risk. Just a lot.",
    "Peer's wallet was stolen on the train to Blacktown Hospital. Cards, licence, Medicare card, hospital ID. She's overwhelmed with replacing it all. Gave her the Services Australia and security contacts.",
    "Peer says she and her study partner have 'broken up' as study buddies - a fight over shared notes. Sounds small but she's devastated; it was her only friend in the year.",
    "Reflective (both of us): the peer talked about sending money to her family in Eritrea and we both realised we didn't understand the remittance stress. We'll read up before the next session.",
    "Peer wants to join the Army Reserve for the scholarship money - $30k/yr - but isn't sure she wants to commit. Talked through it; not a wellbeing issue really but she was stressed.",
    "Peer's rural GP supervisor in Cowra is 'brilliant but never there'. She's seeing patients alone. Uncomfortable. Advised contacting the rural clinical school about supervision levels.",
    "At approx. 2050 hrs the supporter received a message from a peer reporting that she had been followed home from the train station (Redfern) by an unknown male. Peer was now inside and safe with the door locked. Supporter advised reporting to police. Peer agreed to do so the next day.",
    "Peer's Down's syndrome younger brother is her world. Mum has just had a stroke and the peer is now the main carer. Discussed respite options and uni carer support.",
    "Peer said she's 'on the bones of her arse' - $7 to last till Friday. Today's food bank pickup + $150 emergency grant application submitted.",
    "Peer tested positive for COVID the night before her OSCE. The exam office said she'd have to sit the supplementary in 8 weeks. She's devastated. Discussed.",
    "Peer is going to Sydney Children's for a paeds elective next month and is anxious - her little sister died there 10 years ago. We'll check in the week before she starts.",
    "Peer said hope isn't a strategy, quoting her tutor, and laughed - then got serious about not having a plan for the resit. Made one together.",
    "Peer was yelled at by a patient's relative in ED who said she 'shouldn't be touching his mother'. Peer wears a turban. Racism. Nurse in charge was good about it. We talked about it for a while.",
    "Peer says Headspace waitlist is 6 weeks. Talked about the uni counselling service (1 week) and the GP in the meantime.",
    "Peer is considering intermitting because his partner had a baby 3 weeks ago and the sleep deprivation is 'like being on nights forever'. Walked through the leave process.",
    "Peer had a panic attack on the train. First one. Thought she was having a heart attack. ECG at the ED normal. Now scared of the train. Talked about panic and the GP follow-up.",
    "Peer's in Year 5 and just told her parents she wants to do psychiatry not surgery. Dad hung up. She's upset but resolute. Low risk.",
    "Who: peer (international, Malaysian)\nWhere: by the lake\nRisk: low\nPlan: she'll ask the int'l office about working hours limit; we'll check in Thurs",
    "Peer was told by the anaesthetics reg that 'women don't last in this specialty'. She's angry and determined. Wants it on record. Done.",
    "Peer brought her 2-year-old to the session because childcare fell through. Lovely kid. Issue: no childcare on placement days. Looked at the uni child care subsidy.",
    "Peer says the Lifeline number is on her phone lock screen now. She's proud of that. Mood 5/10. Slowly better.",
    "Peer scored 73 in her written exam and is devastated because she 'needed an 80 for the surgical program'. There is no such requirement. We checked together. Relief.",
    "Peer is sleeping 11-12 hours a day and still tired. GP ordered bloods - iron low, ferritin 6. On iron now. She's relieved there's a reason.",
    "May is the month she's dreading - 2 exams, the research presentation, and her sister's wedding overseas. We broke May down week by week. She felt better with it on paper.",
    "Peer asked: does the Dean have to know if she's on antidepressants? No. Reassured. Also talked about the AHPRA mandatory notification myths.",
    "Bill shock: the peer's phone bill was $640 because she'd been calling home to Sudan on her plan. She's mortified. Helped her look at cheaper calling apps and ring the provider about a payment plan.",
    "Drew a blank in the viva, she said, on the brachial plexus. Examiner was kind. Outcome pending. She's catastrophising. Talked through the pass rates.",
    "Peer said the guy at the front desk of the rural hospital in Narrabri has been lovely - drives her to the supermarket. Mentioned because she wanted a positive noted.",
    "Peer's blue jean jacket got blood on it during a trauma call and she cried over the jacket rather than the trauma. Classic. We talked about delayed reactions.",
    "Peer grew up in Sandy Creek and the 'city kids' make fun of her accent. Not a big deal, she says, but she's lonely. Linked to the rural students' club.",
    "Peer's chasing 3 different offices for one form. Placement, finance, and registry all say it's the other one's job. 2 weeks. We rang all three together on speaker.",
    "Peer is an Austin Health placement student who's been asked to cover the ward clerk's job when they're short. Not ok. Raised with the clinical school coordinator.",
    "Peer feels like she's 'just a number' - student no., room 4.12, station 9, unit MEDI4001, 34th percentile. Nobody knows her name. Talked about belonging and finding a mentor.",
    "Peer had a really good week. Passed 2 OSCE stations she'd failed before, slept 7h most nights, walked every morning. Wanted us to know. We did a little cheer on the call.",
    "Peer says her grandmother's funeral back in Greece is on the weekend and she can't go - flights $3,100. She's lighting a candle at church instead. Sad but supported.",
    "Peer's Bengali-speaking mum had a heart attack and is at Liverpool Hospital. Peer translating for the cardiology team all week. Exhausted. Talked to the hospital about an interpreter so she can be a daughter.",
    "Peer is in a Hmong family of 9 and is the first to go to uni. Everyone has opinions. She's tired of being the 'family doctor' already. Laughed a lot. Low risk.",
    "At approx. 1815 hrs the supporter was approached in the Level 2 common room by a peer who reported that a fellow student had made a threatening remark in a group chat. Peer showed the message. Supporter advised the peer to report the message to campus security and the student conduct office. Peer did so in the supporter's presence.",
    "Peer is going through IVF while doing 5th year. Appointments every 2 days. Nobody at uni knows. Wanted to talk about whether to tell the clinical school. Talked through options.",
    "Peer's Christian group has been a huge support. Prayer and a meal every Wednesday. Mood steady. Just a check-in.",
    "Peer on the Alice Springs placement got a bad sunburn and heat stroke walking to the clinic. Ambulance, IV fluids. Fine now. Talking to the RCS about transport.",
    "Who: 2nd yr, recently diagnosed type 1 diabetic\nWhere: the student lounge\nRisk: low\nPlan: AccessAbility registration for exam breaks to check BSL; follow up next week",
    "Peer's ex-boyfriend is in the same PBL group. Asked for a group change and was told 'be professional'. She's anxious every Tuesday. Helped her re-request with more detail.",
    "Peer shared that she's been writing poetry about her patients. Not identifying anyone. She wanted to know if that's okay ethically. Good conversation, no concerns.",
    "Peer (Māori, 3rd yr) says the tikanga workshop was the first time the uni felt like it saw her. Wanted to share a positive.",
    "Peer's mum is in Tonga and has diabetes and lost a toe. Peer feels she should be there, not here. Guilt. Talked about how she's helping from here.",
    "Peer says Parramatta Road is a 'car park' and she's late to Concord every morning and the team is annoyed. Looked at the train option together.",
    "Peer's Christmas plans fell through - the family is going to Portugal and she's on the summer research program. Sad to be alone at Christmas. Talked about the uni's Christmas lunch for students who stay.",
    "Peer's ulcerative colitis flared on placement. Toilet access on the ward is a problem. Disability plan update with the clinical school. She's embarrassed; we normalised.",
    "Peer says the surgical consultant laughed at her for bringing a notebook. She's 'old school'. Silly, but it stung.",
    "At approx. 1205 hrs the reporting supporter was informed by a peer on the Katherine remote placement that a community member had died in the clinic overnight and the peer had been part of the resuscitation. Peer requested debrief. Supporter provided debrief by phone (40 min) and advised peer to also attend the clinic's formal debrief at 1500 hrs.",
    "Peer on the Indonesian elective (Yogyakarta) says the patients pay upfront and she saw a family turned away. She's struggling with that. Moral distress debrief.",
    "Peer wants to switch to part-time because of her chronic fatigue syndrome. Worried it looks 'lazy'. It doesn't. Gave her the part-time enrolment info.",
    "Peer brought up the Glasgow Coma Scale joke the reg made about a patient - 'a 3 on a good day'. She found it cruel. Talked about professionalism and speaking up.",
    "peer says she'll 'bill the uni for therapy' after the exam results release went out at 11pm on a Friday. lol. mood fine, just annoyed.",
    "Peer's partner is a nurse on nights. They haven't had a meal together in 3 weeks. Relationship strain. Talked about scheduling protected time.",
    "Peer had an abortion last week and is back at uni. Physically ok. Emotionally mixed. Doesn't want any follow up from uni, just wanted to say it to someone. Listened. Gave the 1800 number for pregnancy support just in case.",
    "Peer, mature age (38), lost her job to start med. Now 3rd yr, 2 kids, husband working FIFO in the Pilbara. Solo parenting + placement. Exhausted. Looked at carer flex arrangements.",
    "Reflection (pair): we disagreed in the moment about whether to ask the peer directly about suicide. One of us did. The peer said she was glad we asked. Lesson: always ask.",
    "Peer in the Indigenous pathway is the only Aboriginal student on her rural placement. The nurses keep asking her about 'her mob' in ways that feel like a test. Talked about it; she'll speak to the Indigenous health unit.",
    "Peer has 9 days of leave left for the year. She's used 6 for her dad's surgeries. Worried. Explained compassionate leave doesn't come out of that balance.",
    "Peer was pulled into the Dean's office for being late 3 times. She's late because she drops her siblings at school. No one asked why. Helped her prepare for the follow-up meeting.",
    "Peer says she's 'a walking Parkinson's tremor' before every OSCE. Shaky hands. Talked about propranolol myths and the GP.",
    "Peer's mum was told she has motor neurone disease. Peer is the oldest child. 'I know too much now'. Grief before loss. Gave her carer and counselling info.",
    "Peer's hair is falling out from stress. Derm GP said telogen effluvium. She's more upset about that than the exam. Validated.",
    "Peer on the elective in Nepal says the trek after was the best week of her life. Back now, fine. Just checking in.",
    "Peer's OSCE feedback said 'lacks warmth'. She's autistic and it crushed her. Discussed asking for specific behavioural feedback and disability support.",
    "Peer was told by a patient 'go back to your own country'. She was born in Bankstown. Laughed it off on the ward, cried in the car. Debriefed.",
    "At approx. 1700 hrs on a Friday the supporter received an urgent call from a peer stating she had been locked out of the exam software 10 minutes before her online exam. Supporter advised peer to email the exam office immediately with screenshots and to call the IT helpdesk. Peer was permitted to sit the exam at 1800 hrs.",
    "Peer is grieving her cat of 17 years. Said 'it's stupid to be this sad'. It's not. Listened for 30 min.",
    "Peer scored 62 on the progress test, cohort average 58. Still thinks she's failing. Classic. We looked at the actual numbers together.",
    "Peer asked to note: '10 days sober today'. Proud. No other issues.",
    "Peer's eczema is so bad from hand hygiene she's cracked and bleeding. Occupational health referral. She's miserable about it.",
    "Peer shared that he'd been drinking before placement once. He's scared of being found out and of himself. Honest conversation. Agreed to see the GP and the doctors' health service.",
    "Peer is Greek Orthodox and it's Lent - fasting, no meat or dairy. Fainted on ward round. Talked about how to eat within the fast during placement.",
    "Peer's flatmate moved out without notice and the peer now owes double rent ($680/wk). Looking for a new flatmate. Referred to Tenants' Union and the hardship fund.",
    "Peer says the Kenyan doctors she worked with on elective were the best teachers she's had. Wants to go back as a registrar. Happy session.",
    "Peer said the worst bit of the week was the Bill of Rights tutorial turning into a debate about refugees with her in the room. She's from Afghanistan. Raised with the tutor (with her consent).",
    "Peer's mood is 'sunny with a chance of crying'. She's funny. PHQ-9 10, improving. Keep going.",
    "Peer wanted to talk about whether to report a classmate who's been coming to placement hungover. Not her own wellbeing issue. Talked about the professionalism reporting routes.",
    "Who: final-year peer\nWhere: phone, she's at the rural site in Broome\nRisk: nil\nPlan: wants help applying for intern jobs in WA; not our area, pointed to the careers service",
    "Peer didn't get the rural bonded scholarship ($5k). Chase the feedback, we said - she wants to know why before applying again next year. Disappointed, not at risk.",
    "Peer is a single dad, 2nd yr. Son's childcare closes at 6; placement finishes at 6. Every day is a race. Looked at the after-hours childcare subsidy.",
    "Peer said the hardest patient this week was a 19-year-old with an overdose. Same age as her sister. Debriefed. She's ok.",
    "Peer doesn't like the term 'supporter' - says it makes her feel like a charity case. Fair. We talked about calling it a chat instead.",
]
