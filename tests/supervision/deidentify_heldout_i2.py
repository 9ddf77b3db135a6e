# ruff: noqa: E501 — long notes are kept whole, one note per entry, as their authors wrote them
"""Held-out I, part 2: written blind. Styles mixed: SBAR/ISBAR debrief templates; supervisor reply notes addressed to the supporter ("You mentioned...", "Re your contact with..."); first-person notes by mature-age, international and rural students; dates and times in many formats (25/12, 12-Mar, Tue 4th, next Thurs, the 14th, ISO), mostly non-identifying with a few birthdays, deaths and court dates; money, phone-plan and bank shorthand (BSB, ACC, PayID); workplaces (Woolies, Maccas, Bunnings, hospitals, pharmacies) and sport clubs; online-harm notes quoting usernames, group-chat names and URLs; long notes with one identifier buried mid-text; very short notes. Name cohorts: Korean, Japanese, Thai, Indonesian, Malaysian (Malay, Chinese, Tamil), Singaporean, Hong Kong, Taiwanese, Pakistani, Afghan (Hazara), Kurdish, Egyptian, Moroccan, Sudanese, Congolese, Kenyan, Ugandan, Tongan, Fijian (iTaukei and Indo-Fijian), PNG, Cook Islands, Chilean, Colombian, Brazilian, Croatian, Macedonian, Maltese, Dutch, Scottish, Welsh, Anglo-Australian. Every identifier is invented."""

from __future__ import annotations

DIRECTORY_NUMBERS = ["000", "13 11 14", "1300 22 4636", "1800 55 1800", "1737"]
STUDENT_ID_PATTERN = r"\b[A-Z]{2}\d{6}\b"

IDENTIFYING: list[tuple[str, str]] = [
    # ---- person_name ----
    (
        "person_name",
        "S: peer (3rd yr) tearful after ward round, says she can't keep going at this pace. B: Ji-woo Park, started Sem 2 late bc of visa delay, on Gen Med at the Alfred. A: exhausted not unsafe, denies SI, sleeping ~4h. R: link w/ student wellbeing this week, I'll check in Fri.",
    ),
    (
        "person_name",
        "ISBAR — I: me (supporter) re Kenta. S: panic attack in the library toilets before the pharm quiz. B: has had 3 of these since August, hasn't told anyone at home in Osaka. A: calmer after grounding, says he's 'fine' but isn't. R: GP referral + exam adjustments form.",
    ),
    (
        "person_name",
        "You mentioned that Nattapong was asking whether the faculty would tell his scholarship sponsor about his leave. Good instinct not to promise anything. Re-read the confidentiality section with him next time and point him to the Dean's office for the sponsor question.",
    ),
    (
        "person_name",
        "Re your contact with Ayu Pratiwi on Tuesday — thanks for the detail. I agree the housing issue is the priority over the exam stuff for now. Please don't offer to lend her money yourself though, even small amounts.",
    ),
    (
        "person_name",
        "hafiz came to the prayer room after, said his dad lost the job at the factory in Johor and he might have to go home. he's the eldest son so its on him. didnt cry but sat there for ages. told him abt hardship fund",
    ),
    (
        "person_name",
        "Talked with Wei Ling (Malaysian, Y4). She's been covering night shifts at a pharmacy in Box Hill to pay rent and hasn't been to tutes in 2 wks. Says her tutor marked her absent twice and she's scared of a professionalism flag.",
    ),
    (
        "person_name",
        "peer is Kavitha S. — caring for her amma after the stroke, doing the 2hr drive each way every weekend. running on empty. no SI. wants to know about intermitting.",
    ),
    (
        "person_name",
        "I'm writing this myself because I'm the one doing the support but honestly I'm 41 and I feel like a dinosaur next to these kids. Anyway. Met with Darren Koh, who's also mature age (ex-engineer, Singaporean), and we mostly talked about how weird it is to be bossed around by regs younger than us.",
    ),
    (
        "person_name",
        "S — Kelvin reports being mocked on placement for his accent. B — HK student, 2nd yr, on rural rotation in Mildura. A — angry, withdrawn, not sleeping. R — report option explained, he wants to think about it.",
    ),
    (
        "person_name",
        "Yu-ting texted me at like 1am saying she couldn't breathe. We talked on the phone til she settled. She's in Taipei time for her head half the time because her mum calls at weird hours. Follow up tomorrow arvo.",
    ),
    (
        "person_name",
        "Hamza Malik — fasting during Ramadan and on surgical rotation, fainted in theatre Tues. Embarrassed. Consultant was actually decent about it. Wants advice on how to ask for a break without 'making it a thing'.",
    ),
    (
        "person_name",
        "Zahra (Hazara, came as a refugee when she was 9) — brother still in Quetta, she's sending him money each month out of her Centrelink. Exam on wk 9 and she hasn't opened the notes. Not unsafe but very flat.",
    ),
    (
        "person_name",
        "Met Mr Rezaei's daughter today — sorry, the peer is Maryam Rezaei, her dad is the one in hospital. She's juggling being his interpreter at Westmead with her own rotation there.",
    ),
    (
        "person_name",
        "Rojin says her cousin Shivan was the one who spread the rumour in the Kurdish student group. family drama spilling into uni stuff. she's not sleeping",
    ),
    (
        "person_name",
        "debrief: Mariam F. missed OSCE station 4 (history taking) because she froze. Said the SP looked like her late aunty. Grief hitting hard. Offered to help her request a supp.",
    ),
    (
        "person_name",
        "Youssef told me his parents in Alexandria think he's already a doctor. He's repeating 3rd year and hasn't told them. Shame is the big thing. Suggested CAPS, he said maybe.",
    ),
    (
        "person_name",
        "S: Salma El Idrissi, 2nd yr. B: harassment from a housemate, escalated to him taking her food and shouting. A: frightened, wants to move. R: uni housing emergency line, I walked her to the student centre.",
    ),
    (
        "person_name",
        "Anas came in with his mate. Mate did most of the talking. Anas has been drinking most nights since the breakup. Not driving, thank god. Will see if he comes back alone.",
    ),
    (
        "person_name",
        "Amna (Sudanese, Y1) — family can't get out of Khartoum, no news for 10 days. She's watching the news on loop. Academic stuff is the least of her worries. Special consideration forms done together.",
    ),
    (
        "person_name",
        "Re your contact with Mujtaba: I think you handled the SI disclosure well. You asked directly, you got the plan, you stayed with him till the crisis team called back. Please do a debrief with me Thursday — this kind of contact is heavy for the supporter too.",
    ),
    (
        "person_name",
        "Patrick Ilunga — Congolese, works at Bunnings weekends. Says the 2nd yr anatomy demonstrator keeps calling him 'Pat the African'. He laughed it off in the room but was clearly hurt talking to me.",
    ),
    (
        "person_name",
        "Divine K. is burnt out. three jobs, one of them cleaning at St Vincent's at 5am before lectures. Not sure how she's still standing tbh",
    ),
    (
        "person_name",
        "Wanjiru Kamau (Kenyan, PhD-MD) — supervisor issues, feels invisible in lab meetings. A: low mood, K10 around 30 by her own estimate. R: GP + uni psych, she agreed.",
    ),
    (
        "person_name",
        "otieno just wanted someone to listen. His grandmother died back in Kisumu and he can't afford the flight for the burial. he showed me her photo. we sat for 40 min",
    ),
    (
        "person_name",
        "S: Nakato reports intrusive thoughts about failing. B: Ugandan, 4th yr, top of cohort last year. A: perfectionism + sleep deprivation, no SI. R: referral to academic skills AND counselling, sent links.",
    ),
    (
        "person_name",
        "Brian Mugisha — plays for the uni rugby sevens, concussed twice this season, now can't concentrate in lectures. Worried coach will drop him if he reports symptoms.",
    ),
    (
        "person_name",
        "Sione said he feels like the only Tongan in the whole med school and is tired of being the 'diversity photo'. He's got church and family obligations every weekend and no time to study. We talked about boundaries, he laughed at that word.",
    ),
    (
        "person_name",
        "Mele T — her fiancé called off the wedding 2 weeks out, whole family in Nuku'alofa already booked flights. She's in 5th year, exams in Nov. Lots of crying. Safe.",
    ),
    (
        "person_name",
        "Litia came to me because she heard I was Fijian too. She's iTaukei, from Lautoka side, homesick, hasn't eaten a proper meal in days. Took her to the Pacific Islander student lunch.",
    ),
    (
        "person_name",
        "ISBAR. I: supporter (me). S: Shalini Prasad, Indo-Fijian, distress re arranged marriage pressure. B: parents in Nadi want engagement after graduation. A: conflicted, not unsafe. R: culturally safe counsellor list.",
    ),
    (
        "person_name",
        "ravinesh is on a student visa and got told by his boss at the servo he'll be reported if he complains about hours. hes over his 48/fortnight cap and scared. referred to legal service",
    ),
    (
        "person_name",
        "Gima Kila (PNG) — felt ignored on ward round, registrar only addressed the white students. Third time. He wants it documented.",
    ),
    (
        "person_name",
        "Dorcas from PNG said she hasn't been able to call home since the phone tower near her village went down. Her mum is sick. She's checking Facebook every hour.",
    ),
    (
        "person_name",
        "Teina (Cook Islands) — grief, grandad passed in Rarotonga. Faculty said she can't get bereavement leave for a grandparent?? pls check this",
    ),
    (
        "person_name",
        "You mentioned Camila Fuentes was hesitant to tell you about the relationship. That's normal. Next time maybe start with something less direct — how things are at home — and let her lead.",
    ),
    (
        "person_name",
        "Matías ran out of money mid-semester. Chilean peso crashed or something and his parents' transfer was half what he expected. He's been skipping meals. Sent him to the food pantry.",
    ),
    (
        "person_name",
        "Valentina Ospina — Colombian, Y3 — harassed by a patient's relative on the ward (comments about her body). Nurse unit manager was told. She wants to know if it goes on her record (it doesn't).",
    ),
    (
        "person_name",
        "Juan Esteban says he's doing fine but he's lost 6kg this term and keeps joking about it. Flagging because the jokes are getting darker.",
    ),
    (
        "person_name",
        "luana ferreira, brasilian, 1st yr. lonely. eats lunch alone in the car park. wants to join a club but doesn't know which. suggested the futsal group",
    ),
    (
        "person_name",
        "Thiago — cannabis most nights 'to switch off', started in 2nd yr. Asking if it'll show up on any drug test for placement. Harm reduction chat, gave him the ADIS info.",
    ),
    (
        "person_name",
        "S: Ivana K. tearful, says preceptor told her she 'doesn't have the personality for surgery'. B: Croatian background, Y5, surgical rotation at RPA. A: shaken, confidence gone. R: talk to rotation coordinator, I offered to go with her.",
    ),
    (
        "person_name",
        "Luka Babić and his housemate had a fight that got physical. Luka says he didn't start it. He's moved onto a friend's couch. Police weren't called.",
    ),
    (
        "person_name",
        "Re your contact with Elena Stojanovska — good you noted the weight loss. Please ask about eating more specifically next time, gently. She may not bring it up herself.",
    ),
    (
        "person_name",
        "Goran (Macedonian, mature age, 38, two kids) — wife works nights, he does school pickup then lectures. Missed a tute for his son's asthma attack and tutor was rude. I said he can email the course convenor directly.",
    ),
    (
        "person_name",
        "marija camilleri's nanna passed last weekend, funeral is at the Maltese church in Horsley Park. she's trying to sit the pharm exam anyway. talked her out of it, special con lodged",
    ),
    (
        "person_name",
        "Kurt Z. wanted to talk about his dad's drinking. Dad's a retired wharfie. Kurt's the only one who'll drive him to appointments. feels trapped.",
    ),
    (
        "person_name",
        "Femke de Vries — Dutch exchange, 6 months. Her host family situation broke down; she's in a hostel in the CBD. Stressed, but practical. Needs housing more than a counsellor.",
    ),
    (
        "person_name",
        "Sander said he's been 'functioning' but dreads every morning. Dutch, blunt, says he thinks he has depression and wants a GP who won't 'wrap it in cotton wool'. gave him the bulk billing list",
    ),
    (
        "person_name",
        "ISBAR — I: peer support. S: Iona MacLeod (Scottish, grad entry) disclosed historical SA at a previous uni. B: first disclosure to anyone here. A: composed, wanted it noted she's okay. R: offered specialist service info, she took the card.",
    ),
    (
        "person_name",
        "Callum Fraser came in about gambling. Sports betting app, he's down about $4k. Hasn't told his girlfriend. Gambling helpline number given, he said he'd call tonight.",
    ),
    (
        "person_name",
        "Rhiannon P. (Welsh, Y2) — sleep is wrecked, lectures at 8, part-time at Maccas til midnight. I asked if she can drop a shift, she says no. Budget chat next time.",
    ),
    (
        "person_name",
        "Dafydd's OK I think. He mostly wanted to rant about the OSCE marking. Brief contact, no concerns.",
    ),
    (
        "person_name",
        "Brodie Hutchins — from a farm out past Dubbo, 1st in family at uni. Says everyone here 'talks like they've been to private school'. Imposter stuff. Feels like he's lying to his dad about how hard it is.",
    ),
    (
        "person_name",
        "Kirsty — rural student, mum's drought-stressed on the property and keeps calling. Kirsty feels guilty being in Sydney. We talked about the rural student network.",
    ),
    (
        "person_name",
        "I'm an international student myself (from Incheon) so this one hit close. Seo-yeon Kim told me she has been studying 14 hours a day because her parents took a loan for her tuition. She said she cannot fail. I told her I understand. I did not know what else to say, sorry.",
    ),
    (
        "person_name",
        "Min-jun Choi — exam stress, sleep, says he's been taking his friend's modafinil. Harm reduction chat + told him to see a GP. He got defensive.",
    ),
    (
        "person_name",
        "haruka sato wanted to vent about her group project. One member (she named him, Daichi) does nothing and takes credit. Not a wellbeing crisis but she was really upset.",
    ),
    (
        "person_name",
        "Pim (Thai) says her landlord keeps coming into the unit without notice. She's scared to complain bc the lease is in her friend's name. Tenants union info given.",
    ),
    (
        "person_name",
        "S: Rizky Hidayat, Indonesian, Y3, suicidal ideation disclosed, passive, no plan. B: breakup + failing a block. A: moderate risk, protective factor = his little sister. R: safety plan made together, 13 11 14 saved in phone, GP appt booked for Weds.",
    ),
    (
        "person_name",
        "Nur Aisyah — wears hijab, got spat at near the tram stop on Swanston. Very shaken. Wants to report to police but worried about her visa. Reassured her and gave the campus security number.",
    ),
    (
        "person_name",
        "You mentioned Lim Jia Hui is thinking of leaving medicine for pharmacy. That's her call to make — your role is helping her think it through, not steering. Nicely done in the note though.",
    ),
    (
        "person_name",
        "Arun M. — Tamil Malaysian — says his lab partner made a joke about 'curry smell'. He wants to handle it himself. I respect that but left the door open.",
    ),
    (
        "person_name",
        "Shu Min (SG) — first time away from home, crying a lot, calls her mum 3x a day. Not sure it's more than homesickness yet.",
    ),
    (
        "person_name",
        "peer: Ka-yan Wong. pressure from parents, wants to switch to part-time. feels like a failure. no risk concerns.",
    ),
    (
        "person_name",
        "Chen Po-han came about his housemate, not himself. Housemate Jason has been self-harming and Po-han found blood in the bathroom. Told him what to do and that he isn't responsible for Jason's safety alone.",
    ),
    (
        "person_name",
        "Ayesha Qureshi's brother is getting married in Lahore on the same week as her ICU rotation. She's asked for leave and been refused twice. Family think she doesn't care.",
    ),
    (
        "person_name",
        "Mohammad J. — Hazara — pretty sure he's got PTSD symptoms from before Australia, triggered by a trauma case in ED. Connected with STARTTS.",
    ),
    (
        "person_name",
        "Dr Abdelrahman (her clinical supervisor) apparently said in front of the whole team that she 'wasn't ready'. Peer is devastated, wants to switch supervisors.",
    ),
    (
        "person_name",
        "Josaia (iTaukei) plays rugby for the Wests club and has been training through a shoulder injury because he's scared he'll lose the scholarship. Pain is affecting sleep and study.",
    ),
    (
        "person_name",
        "Mereani V. — pregnant, 4th year, hasn't told anyone at uni. Wants to know about deferral options and whether she'll lose her CSP place.",
    ),
    ("person_name", "tuaine is fine, just tired. quick chat in the corridor."),
    (
        "person_name",
        "Her partner Kila has been checking her phone and reading her messages. She calls it 'just how he is'. I'm worried this is coercive control. Gave her 1800 RESPECT quietly.",
    ),
    (
        "person_name",
        "Re your contact with Gabriel Nascimento, I've looked over the note and think you need to escalate. He said 'I don't see the point of next year' — that warrants a direct question about suicide. Call me.",
    ),
    ("person_name", "Chat w/ Jake."),
    ("person_name", "Quick one — Femi ok now."),
    ("person_name", "Saw Bree again, still struggling."),
    ("person_name", "Called Hoang, no answer."),
    ("person_name", "Tues: Nomvula cancelled again."),
    (
        "person_name",
        "Long contact, maybe 90 min, so this is long, sorry. Peer is a 5th year on her rural term out at Broken Hill and she rang me because the only other student out there left early and she's been alone in the student accommodation for three weeks. The big issues: isolation (no one her age, the town is friendly but she's 'the doctor girl' everywhere she goes, can't even buy tampons at the IGA without a patient saying hi), workload (the GP practice is short staffed, she's basically doing a junior's job), and her relationship, which is long distance and not going great. She said she's been having a couple of wines every night 'to make the silence less loud'. No SI when asked directly. Sleep poor. Eating ok. Her supervisor out there, Dr Tangitamaiti, is apparently great but very busy and she doesn't want to 'bother' him. We talked about what a normal week looks like for her, what she misses, and what would make the next five weeks bearable. She came up with: video call with her sister Sundays, walking the loop track after clinic, and asking the practice manager if she could have one half day off to drive to the coast-ish (it's not coast, it's Mildura, but she said it felt like it). I suggested she tell the rural clinical school coordinator about the isolation because it might be happening to other students too. She was worried that would look like she 'can't hack it'. I reassured her it's common and they want to know. I also mentioned the wine thing gently and she laughed and said she knew. Plan: I'll call her next Thurs evening. She's got the uni counselling phone number and Lifeline. Please let me know if I should have done more on the alcohol.",
    ),
    (
        "person_name",
        "Background for my supervisor: this is my third contact with the same peer this month so I'm going to be a bit more detailed. She's a second year, grad entry, did a science degree first and worked in a lab for a few years. Mature age (late 20s). Lives with her partner in an apartment in the inner west. Situation this time is mostly money. Her partner lost his job in September and she's now paying most of the rent on her Youth Allowance plus her weekend shifts at Woolies, which she's been doing for nearly 8 years — she's a team leader there now. She can't drop shifts because they're the only income, but the roster keeps putting her on Sunday closes and she has an 8am lecture Monday. Her partner — she called him Ollie — has been 'looking for work' but mostly gaming. She feels guilty being annoyed because he's depressed too. Assessment: she's not unsafe, she's just stretched thin, and she's starting to miss small things (a quiz deadline, a pracs sign-off). She said she cried in the staff room at Woolies last week. Recommendation: I've pointed her to the uni hardship grant (the one that doesn't need to be paid back) and to the financial counsellor. She asked if there's a way to do fewer units next sem without losing Youth Allowance — I didn't know, so I said I'd ask you. Can you point me to who knows about that? Also should I be worried that I'm becoming her main support? She messages me a lot between contacts.",
    ),
    (
        "person_name",
        "Writing this as a supporter but also as someone who was in the same spot. I'm 44, I came to medicine after twenty years as a paramedic, and I live out near Bathurst with my husband and kids and do the drive in. The peer I saw today is also a mature-age rural student, a farmer's wife from the Central West who has wanted to do medicine since she was a girl and finally got in at 39. She's amazing on the wards — the nurses love her — but she's struggling with the content, especially pharmacology, and with the feeling that everyone else picks it up faster. She said the younger students are kind but they go out after exams and she goes home to check on the sheep. We talked a lot about how being older is an asset, not a problem. I told her about my own first year, when I failed the first biochem quiz and nearly quit. She's worried about her son, Harrison, who's 15 and not coping with his mum being away three nights a week, and her husband is doing his best but it's harvest. She hasn't slept properly since March. No risk concerns — she has a really strong community and her faith. Plan: she'll book into the academic skills pharmacology workshops, and we're going to meet for coffee before the next block exam. I also gave her the rural students' Facebook group so she can meet others in the same boat. I'd appreciate a chat about how much of my own story I should share in these contacts.",
    ),
    (
        "person_name",
        "Brief one. He's alright. Exam went better than he thought. Said to say thanks to Andrés for the notes.",
    ),
    (
        "person_name",
        "ISBAR\nI: Supporter, Y4\nS: Peer (Anglo-Aus, Y3) distressed after a patient died on her shift\nB: first death she's been present for; the family were very kind to her; the reg, Dr Whitlock, told her to 'take five' and then forgot about her\nA: shocked, tearful, replaying it; no SI\nR: she will see the hospital EAP; I'll check in tomorrow",
    ),
    (
        "person_name",
        "SBAR — S: rural Y1, homesick, wants to quit. B: grew up on a cattle station near Longreach, first time in a city, housemate situation OK. A: lonely more than depressed; misses her horse (she laughed at herself). R: connect to rural health club. Her name's Tahlia if you need it for the follow-up.",
    ),
    (
        "person_name",
        "you mentioned in your note that the peer asked you not to write her name, but then the name Nadia is in paragraph 2. Please be careful — if a peer asks to stay anonymous we respect that in the note too.",
    ),
    (
        "person_name",
        "Re your contact on the 3rd: I've read it. I think you did well to keep the focus on what Beatriz wanted rather than what you thought she needed. The visa question is one for the international student office, not for us.",
    ),
    (
        "person_name",
        "peer works casual at Chemist Warehouse in Parramatta. says the pharmacist on weekends, a guy called Ray-Anthony, keeps making comments about her 'future doctor hands'. gross. she's not sure if it's harassment. i said yes it is",
    ),
    (
        "person_name",
        "She coaches under-10s netball at the Wagga club on Saturdays and that's the one thing keeping her sane. Said one of the mums, Leanne, has been giving her a hard time about missing a game for an exam.",
    ),
    (
        "person_name",
        "Talked about his mum's diagnosis. It's early onset Alzheimer's, she's only 58. He's the only child, his dad left years ago. His aunt Fatima helps when she can. He wants to be closer to home — asked about transferring to Newcastle.",
    ),
    (
        "person_name",
        "He's from a Maltese family in the western suburbs and his nonna basically raised him. She's in palliative care at Nepean now. He keeps calling her 'Nanna Carmen' and then correcting himself to 'my grandmother' like he's embarrassed. Gentle chat, let him talk.",
    ),
    (
        "person_name",
        "Peer said the group chat got nasty after the anatomy exam results. Someone (she thinks it was Tegan) screenshotted her message about failing and shared it in another chat. Humiliated.",
    ),
    (
        "person_name",
        "Met at the footy club canteen bc it was the only quiet place. He plays for the Cobras reserves. Captain is a guy named Mitch who apparently keeps 'joking' about him being soft for doing medicine. Not a big deal he says. Seemed like a big deal.",
    ),
    (
        "person_name",
        "Hospital placement at Royal North Shore. Her consultant is fine, the issue is a fellow student, Priyanka, who keeps taking the good patients and reporting back to the team first. Petty but wearing her down.",
    ),
    (
        "person_name",
        "I am mature age (52!) and this was my first contact. The peer was a young woman from Hong Kong, Cheuk Yiu, who reminded me of my daughter. She is under huge pressure and said she sleeps in the library sometimes. I gave her my time and a cup of tea. I hope I did OK.",
    ),
    (
        "person_name",
        "S: International (Egyptian) Y2, threatened by ex-partner over messages. B: ex is also a student here — Omar, Y4. A: scared, not sleeping, wants no contact. R: safety planning, uni security, explained intervention order process.",
    ),
    (
        "person_name",
        "Peer's dad (Mr Okafor? she said it fast) apparently rang the faculty to ask about her grades. She's 24. She is mortified and furious.",
    ),
    (
        "person_name",
        "Y3 from a sheep station outside Hay. Works at the local Bunnings in the holidays. Says his older brother Cooper 'did the farm thing' and he's the 'smart one' — a lot of pressure from that.",
    ),
    (
        "person_name",
        "drove back from placement in Orange and she just sat in the car at the servo for an hour before she could go in. she said 'I think I'm not okay'. I'm glad she rang me. Her housemate Jess is with her tonight.",
    ),
    (
        "person_name",
        "Fatin (Malay, from Kelantan) — her scholarship requires her to return home and work for 10 years after graduation. She's in love with an Aussie guy and feels trapped. Big cry. Nothing risk wise.",
    ),
    (
        "person_name",
        "You mentioned that you've been seeing Thanh every week on top of our arrangement. That's lovely but I'd like us to talk about boundaries — you can't be his only support, and it's not fair on you either.",
    ),
    (
        "person_name",
        "She told me her birth name is different to the name on her uni record and she wants to go by Ash. Said the roll call is humiliating. Pointed to the preferred name process.",
    ),
    (
        "person_name",
        "Sun-hee's flatmate moved out without paying the last 3 weeks, so she's $1,100 short and her landlord wants it by Friday. Gave her the emergency loan info.",
    ),
    (
        "person_name",
        "peer from Nairobi, first year, lives in the college. says her RA (Declan) keeps inviting her to his room after parties. she's said no twice. she wants advice on how to report without it getting weird.",
    ),
    (
        "person_name",
        "He's got a court thing coming up for a drink driving charge from before med school and he's terrified it'll end his degree. Said his lawyer Mr Vukovic thinks it'll be a fine. Pointed him to the AHPRA student registration info — he hadn't even thought of that part.",
    ),
    (
        "person_name",
        "Re your note about the peer from Kabul — I think you've got it right that the trauma work needs a specialist. STARTTS is the right call. One thing: you wrote that her uncle, Ghulam, 'is dangerous' — please only record what she said, in her words.",
    ),
    (
        "person_name",
        "Situation: peer rang at 11pm. Background: her grandfather Tevita passed this morning in Tonga and she can't get a flight for four days. Assessment: grieving, not unsafe, with her aunty. Recommendation: special consideration for the week, I'll email her a template.",
    ),
    (
        "person_name",
        "met with A.R. today (she asked me to use initials). she's been pulling hair out when studying, there are bald patches. doesn't want to talk to a GP yet. trichotillomania info given.",
    ),
    (
        "person_name",
        "told T. that she doesn't have to go to the formal if she doesn't want to. she's relieved. that was basically it",
    ),
    (
        "person_name",
        "Saw JK and his sister at the hospital café. JK is the peer. sister visiting from Seoul, she's the one who noticed he wasn't eating. JK agreed to see a GP.",
    ),
    (
        "person_name",
        "Peer is the only Chilean in our year. Homesick. Said his abuela Rosa sends him voice notes every day and he can't listen to them anymore because they make him cry too much.",
    ),
    (
        "person_name",
        "Re your contact with the student from Bogotá — you called her Sofi throughout. Is that a nickname she asked you to use? Fine either way, just want it consistent.",
    ),
    (
        "person_name",
        "PNG student, Y4, says the scholarship stipend is late again (third month). He's borrowing from his cousin Jerome who's also struggling. Emailed the scholarship office on his behalf.",
    ),
    (
        "person_name",
        "The peer's partner is a nurse at Liverpool Hospital, named Kai-Lin, and apparently the relationship has been rocky since they moved in. She kept saying 'it's probably me'. Offered counselling for her, not couples.",
    ),
    (
        "person_name",
        "She's been getting messages from 'an old friend', a guy called Bilal, who she blocked in first year. He keeps making new accounts. Feels watched. Went through the eSafety reporting process together.",
    ),
    (
        "person_name",
        "Background: Croatian-Australian, grew up in Geelong, dad runs a fish shop. The peer's dad Ante has early Parkinson's and she's doing the books at the shop on weekends. Can't keep up.",
    ),
    ("person_name", "rang back Nikolina at 7pm as agreed. she's ok. exam tomorrow. told her good luck"),
    (
        "person_name",
        "This is a reply to your note re Siosaia: you wrote 'he's fine I think'. What made you think so? I'd like to hear more about what he said before we close it.",
    ),
    (
        "person_name",
        "Debrief. S: peer distressed about a group assessment. B: Y2; group member 'Hayden' hasn't contributed and peer did all the work. A: stressed, resentful, no risk. R: talk to tutor. (boring but it was a real distress for her)",
    ),
    (
        "person_name",
        "She mentioned her counsellor at Headspace, Ms Ng, stopped working there and she didn't get told. Lost her momentum. Helping her rebook with someone else.",
    ),
    (
        "person_name",
        "A Kurdish student in Y1, Dilan, stopped coming to tutes 3 weeks ago. His friend asked me to check in. Found him at home. Depressed, not eating, room a mess. Urgent GP today — went with him.",
    ),
    (
        "person_name",
        "Dutch mature-age student (ex-nurse), 36, single mum. Her daughter Noor had surgery last week and she missed two compulsory clinical days. Was told she'd need to repeat the rotation. She's beside herself.",
    ),
    (
        "person_name",
        "peer was crying about her sister Amira who's in hospital in Cairo after a car accident. She can't afford to fly back. She's trying to study for the end of year exam through it. Not safe to be alone tonight she said — her friend Hoda is coming over.",
    ),
    (
        "person_name",
        "Moroccan student, 2nd yr, said she's had to hide her relationship with Lachlan from her family. Her brother found out from Instagram and now she's not answering family calls. Scared.",
    ),
    (
        "person_name",
        "Reply: Thanks for the note re the Welsh student. You wrote that Gareth asked you not to tell anyone about the self-harm. Please remember we talked about limits of confidentiality — you did the right thing telling me. Let's make a plan together.",
    ),
    (
        "person_name",
        "Scottish student, late 20s, ex-army medic. The peer (Ewan) says the hospital smells trigger him. Flashbacks on the trauma rotation. Offered Open Arms info, he's eligible.",
    ),
    (
        "person_name",
        "Afghan (Hazara) peer, Y2. Said Hassan from her year keeps asking where she's 'really' from and mimicking her accent at lunch. She doesn't want to report yet. Noting it in case it escalates.",
    ),
    (
        "person_name",
        "ISBAR: I — peer support vol. S — Y5 Japanese student, Aoi, says she hasn't left her room all weekend. B — long-distance relationship ended, final exams 3 wks. A — low, withdrawn, denies SI, some hopelessness. R — counselling today, I'll text tonight.",
    ),
    (
        "person_name",
        "Congolese peer, Y1, says his uncle Jean-Pierre is pressuring him to send money home. He's on a scholarship that barely covers rent. Feels like he's disappointing everyone.",
    ),
    (
        "person_name",
        "Fijian-Indian student (Y3), says her nani is dying in Suva and her dad won't let her fly back because of exams. Her name is Anjali, she wanted me to know that.",
    ),
    (
        "person_name",
        "ok so I've never done one of these. The person I talked to was Marco from my PBL group. He's Brazilian-Italian and he has been drinking a lot. He said he blacks out. He's fine with me writing this.",
    ),
    (
        "person_name",
        "S: mature-age peer (45), Tongan background, single dad. B: his eldest, Viliami, was suspended from school this week. A: overwhelmed but coping. R: flex time for tutes — I'll raise with you.",
    ),
    (
        "person_name",
        "short: spoke to Ngozi at the café. she's stressed about the research project. fine otherwise.",
    ),
    (
        "person_name",
        "Taiwanese peer, first year. Said her roommate Yi-chen (also from Taiwan) has stopped eating and she doesn't know what to do. Gave info on how to support a friend + Butterfly Foundation.",
    ),
    (
        "person_name",
        "She works at the Maccas on Parramatta Rd. Manager (Deb) told her she'd lose her shifts if she took the week off for exams. Fair Work info provided.",
    ),
    (
        "person_name",
        "Reply to your 14-Mar note: Re your contact with Hiroshi — agree, he needs a medical review for the sleep. Good that you asked about the medication he's self-prescribing. Please follow up.",
    ),
    (
        "person_name",
        "Thai student from Chiang Mai, Y2. Her dad is very sick, she's the only child. She said 'Mae and Por need me'. Her uni friend Ploy has been amazing. Not unsafe.",
    ),
    (
        "person_name",
        "Singaporean peer, national service background, says 'I don't do feelings'. Then talked for an hour about his father. Name's Jun Hao. He's okay. He'll come back.",
    ),
    (
        "person_name",
        "The peer is from Karachi and her husband, Faisal, is in Melbourne on a dependant visa and isn't allowed to work the hours he needs. She's the one studying full time and doing cleaning jobs at night. Financial stress extreme.",
    ),
    (
        "person_name",
        "Peer got an email from Prof. Kowalczyk saying she's at risk of failing the unit. She didn't know. She's devastated and wants to know what options she has. Academic appeals info given.",
    ),
    (
        "person_name",
        "She's Korean-Australian, grew up in Strathfield. Her eomma runs a restaurant and wants her to work there every weekend. Her name's Hana and she asked me to include it so you'd remember her from last term.",
    ),
    (
        "person_name",
        "Ugandan peer, Y4, got a D on a case write-up, first time she's not gotten HD. Her friend Achieng said she hasn't stopped crying. Perfectionism talk.",
    ),
    (
        "person_name",
        "You mentioned Ricardo was asking about the fee deferral. I've checked — he can apply through the international office. Can you let him know?",
    ),
    (
        "person_name",
        "Cook Islands student, 1st yr. Homesick and cold (first winter). Her cousin Ngā is the only family here. Took her to the op shop to buy a coat. Sometimes it's the practical stuff.",
    ),
    (
        "person_name",
        "SBAR: S — Y3 student says 'I can't do this anymore'. B — Macedonian family, dad is very strict, she's hiding that she failed. A — passive SI, no plan, protective factor her little brother Filip. R — safety plan, GP today, I'll check tonight.",
    ),
    (
        "person_name",
        "International (Indonesian) student, Y5. Says the hospital security guard keeps stopping her at the entrance and asking for ID because of her hijab. She's had enough. Her name is Siti and she wants it reported.",
    ),
    (
        "person_name",
        "peer was from Kenya, quiet guy, Kipchoge. said he's doing okay but his room at college is freezing and he's been sick for weeks. asked me to help him talk to housing",
    ),
    (
        "person_name",
        "Long-ish one. She's Colombian and in 4th year and works at the hospital pharmacy dispensary part-time. She's been pulling 20hr weeks and her student visa limit is 48 a fortnight so technically ok. The real issue is that her mum in Medellín was diagnosed with breast cancer last month and she's the one organizing everything by WhatsApp. Her sister, Daniela, is there but 'useless' (her word). She's tired. She's not sleeping. Grades are fine. No SI. I think she needs counselling and to tell her clinical school. We'll talk again next week.",
    ),
    ("person_name", "saw him at the gym, he's doing better. Chinedu says hi."),
    (
        "person_name",
        "Re your contact with the peer in the rural stream: you noted her dad (Graham) had a farm accident. Has she been given the compassionate leave info? If not, please pass it on.",
    ),
    (
        "person_name",
        "Brazilian peer. Says her host mum, Dona Célia, treats her like a maid. She's looking to move out. Housing info given.",
    ),
    (
        "person_name",
        "I spoke with Ms Hutchinson from the clinical school about the peer's situation (with his consent) and she's going to arrange a rotation swap. He's relieved.",
    ),
    (
        "person_name",
        "Egyptian student, Y1. Said the lecturer pronounced his name 'Moo-ham-id' in front of everyone and the class laughed. It's Muhammad. Small thing, he says, but it's the tenth small thing.",
    ),
    # ---- email ----
    (
        "email",
        "She's been getting anonymous emails calling her a 'diversity hire'. The latest came from med.truth.teller@proton.me. Screenshots saved. Reported to uni IT and eSafety.",
    ),
    (
        "email",
        "peer asked me to cc her personal email instead of uni one bc she doesn't trust her uni inbox — it's ayu.pratiwi.md@gmail.com. told her I'd pass to you",
    ),
    (
        "email",
        "Re your contact with the student from Lautoka — you can send the resources to litia.r.fiji@outlook.com, she's fine with it. Please don't forward it further.",
    ),
    (
        "email",
        "S: peer receiving threats via email. B: ex-partner writing from khoury.omar94@hotmail.com despite being blocked on everything else. A: frightened. R: police report + uni safety plan.",
    ),
    (
        "email",
        "he wanted the info on the hardship fund emailed to him, he gave me brodie.hutch@bigpond.com bc his uni one is full lol",
    ),
    (
        "email",
        "Mature-age student (me writing, I'm the supporter). The peer asked me to contact her husband, whose email is g.trajkovski@trajkovskielectrical.com.au, if she doesn't show up on Monday. I said I'd need to check with you first.",
    ),
    (
        "email",
        "Peer forwarded me a chain of messages from her supervisor's private address (dr.vanderberg.research@gmail.com) asking her to come in on weekends 'off the books'. She's uncomfortable. Looks like a boundary issue to me.",
    ),
    (
        "email",
        "ISBAR. I: me. S: peer being impersonated. B: someone set up wanjiru.kamau.med@yahoo.com and has been emailing her lab group. A: distressed, embarrassed. R: IT security + eSafety.",
    ),
    (
        "email",
        "his mum keeps emailing the dean from nomvula.dlamini.mom@gmail.com asking about his attendance. he's 26. he wants it stopped.",
    ),
    (
        "email",
        "Reply: You mentioned she wanted you to email her directly at shu.min.goh@icloud.com. Please use the app messaging instead so it's on record and she's protected.",
    ),
    (
        "email",
        "Got an email from the peer late last night — from tk.sione88@gmail.com, not his uni one — saying he's dropped out. I've replied asking if he's safe. Haven't heard back. Escalating to you now.",
    ),
    (
        "email",
        "Just a note that the peer's flatmate (Jia Hui) has been emailing the peer's parents pretending to be the uni. From lim.jiahui.notice@gmail.com. Peer found out from her mum. Unbelievable.",
    ),
    (
        "email",
        "rural student from Walgett, wants to stay in touch over the holidays. her email is kirsty.laidlaw.walgett@gmail.com — said she doesn't get reliable phone reception out there",
    ),
    # ---- url ----
    (
        "url",
        "Her friends set up a fundraiser for her flights home after her dad died: gofundme.com/f/help-amna-get-home-to-khartoum — she's embarrassed about it but also relieved.",
    ),
    (
        "url",
        "Someone posted a mocking video of him doing the OSCE. It's at youtube.com/watch?v=dQz8k2LmXpA. Said his name's in the title. Reported to YouTube and the faculty.",
    ),
    (
        "url",
        "She keeps a blog about being a mature-age med student — meganlaidlaw.wordpress.com — and someone from our cohort found it and has been sharing bits in the group chat to make fun of her.",
    ),
    (
        "url",
        "S: international student's photos posted without consent. B: a fake profile at instagram.com/kavitha.subra.md.private with her pictures. A: very distressed. R: report to Insta, eSafety, uni.",
    ),
    (
        "url",
        "He's a musician too and wanted me to listen to his playlist, open.spotify.com/user/thiagonasc_97 — said it's his 'mental health diary'. Lovely. Some of the song choices were dark, I'll check in.",
    ),
    (
        "url",
        "peer's ex made a website about her — sarahjane-the-truth.net — it's full of lies and her placement supervisor saw it. police report made. legal aid contacted",
    ),
    (
        "url",
        "Re your contact with the Kenyan PhD-MD student: the link she sent you (linkedin.com/in/wanjiru-kamau-md-phd) is fine to keep in the file since she shared it herself, but we don't need it.",
    ),
    (
        "url",
        "His sister set up a memorial page: forevermissed.com/tevita-fifita. He keeps refreshing it. It's comforting but it's also keeping him up all night.",
    ),
    (
        "url",
        "she said the reddit thread is reddit.com/r/medicalschoolanz/comments/1b4xk9/ and it names her. mods haven't removed it. reported",
    ),
    (
        "url",
        "Peer runs a small pottery shop on the side — etsy.com/shop/RhiannonMakesPots — and someone's been leaving fake bad reviews. She thinks it's her ex-housemate.",
    ),
    (
        "url",
        "Mature age peer shared his TikTok, tiktok.com/@goran.dad.of.three, says it's mostly dad jokes but someone in his year found it and made a fan account mocking it. He laughed but I could tell it hurt.",
    ),
    (
        "url",
        "Student's fundraising page for his brother's surgery — chuffed.org/project/save-dilans-brother — got attacked with racist comments. He's overwhelmed.",
    ),
    (
        "url",
        "A Facebook page (facebook.com/MattyNasc.Official) has been posting screenshots of her private messages. She doesn't know who runs it. Supporting her through reporting.",
    ),
    # ---- social_handle ----
    (
        "social_handle",
        "The account that's been harassing her is @realtalkmeds_anon on insta. It keeps DMing her pictures from her own profile. She's blocked 3 versions of it.",
    ),
    (
        "social_handle",
        "u/scalpel_and_spite on reddit posted the OSCE station and named her as the one who cried. Screenshots taken, reported to mods and faculty.",
    ),
    (
        "social_handle",
        "her insta is @mele.t.fifita if you want to check it's her before the meeting, she said that's fine",
    ),
    (
        "social_handle",
        "S: peer targeted in a group chat called 'Y3 REAL TALK'. B: user @brodiehutch99 (she says it's a classmate) posted a poll ranking female students. A: angry, humiliated. R: report to faculty, keep screenshots.",
    ),
    (
        "social_handle",
        "Peer said someone on TikTok (@kiwiboiMD) has been duetting her study videos with racist comments about her being Tongan. She's taken her account private.",
    ),
    (
        "social_handle",
        "He's been getting threats on Discord from a user 'shadowdoc#4471' after he complained about cheating in the exam. He doesn't know who it is. Uni IT notified.",
    ),
    (
        "social_handle",
        "she follows @thegriefnurse_au and said it helps. her own handle is @nakato.grieves — said she posts about her dad. wanted me to know in case she goes quiet",
    ),
    (
        "social_handle",
        "Re your contact: you mentioned her snap is jiwoo_p — please don't add peers on personal socials, even if they offer. Keep it on the app.",
    ),
    (
        "social_handle",
        "someone made a fake account @valentina.ospina.real and is messaging her family in Colombia asking for money. she's mortified",
    ),
    (
        "social_handle",
        "ISBAR. S: cyberbullying. B: twitter user @rurald0ctor_kirst posting about peer's mental health. A: peer ashamed, off socials. R: eSafety, uni conduct.",
    ),
    (
        "social_handle",
        "Peer's brother is on Telegram as @hamza_malik_lhr and has been sending her messages about family 'honour'. She's scared. Gave her DV info and talked through safety.",
    ),
    (
        "social_handle",
        "his twitch is ravchand_plays. he streams to pay rent. someone in chat doxxed his uni and he's freaked",
    ),
    (
        "social_handle",
        "Her Threads account @femkedv.studies got flooded with hate after she posted about her burnout. She's deleted it. Talked about online safety.",
    ),
    # ---- phone ----
    (
        "phone",
        "She asked me to call her on her personal mobile, 0412 738 905, instead of the app because her partner reads her app notifications.",
    ),
    (
        "phone",
        "Peer's emergency contact if we can't reach him: his cousin, +61 438 002 716. Said his parents shouldn't be called.",
    ),
    (
        "phone",
        "S: peer in crisis overnight. B: texted me from her friend's phone, 0423-118-540. A: safe with friend now. R: follow up on her own number when she's ready.",
    ),
    ("phone", "rang him back on 0401 552 390 at 7.15pm, no answer. texted. will try again tomorrow morning"),
    (
        "phone",
        "You mentioned the peer gave you her mum's number in Lahore (+92 300 4417 285) in case she goes missing. Please don't store that in your own phone. I'll keep it on file.",
    ),
    (
        "phone",
        "He wants me to call his landline because he's on a farm out past Bourke with no mobile coverage — (02) 6872 4419. Best after 8pm.",
    ),
    (
        "phone",
        "international student, her Malaysian number still works — +60 12-345 8817 — she's going home for the break and wants us to be able to reach her",
    ),
    (
        "phone",
        "Peer's stalker keeps calling from 0478 203 664. She's blocked it but he uses other numbers. Police report underway.",
    ),
    (
        "phone",
        "Got a call from 0455 912 087 at 2am — it was the peer, crying. She's with her housemate now. Call in the morning.",
    ),
    (
        "phone",
        "Re your contact with the student from Suva: you wrote down her Fiji number (+679 927 4418). Did she ask you to call it? If not, we don't need it.",
    ),
    (
        "phone",
        "mature age peer, says just ring his work mobile if urgent, 0419 660 233. he's a sparky on the side and always has it on",
    ),
    (
        "phone",
        "ISBAR — I: peer supporter. S: peer's housemate concerned. B: housemate called me on 0430 771 812 to say the peer hadn't come out of his room in 2 days. A: welfare check. R: went round, he was ok-ish. GP tomorrow.",
    ),
    (
        "phone",
        "She wanted me to message on WhatsApp not the app: +82 10-4471-2290, her Korean number, she has no Aussie SIM atm because Optus cut her off for not paying.",
    ),
    (
        "phone",
        "Her Vodafone plan ran out and she's been on wifi only. Temp number she borrowed from a friend: 0487 330 119. Said text only.",
    ),
    (
        "phone",
        "The guy from her placement has been texting from 0402-996-475 asking her out. She's said no. He's the reg. She's scared to report.",
    ),
    # ---- ip_address ----
    (
        "ip_address",
        "Uni IT told her the harassing emails came from 203.45.118.72, which traces to a residential NBN connection. She thinks it's her ex's place.",
    ),
    (
        "ip_address",
        "The person posting about her on the anon confessions page logs in from 49.180.23.11 according to the admin, who's a friend. Not sure we can use that but noting it.",
    ),
    (
        "ip_address",
        "S: peer's LMS account accessed without permission. B: login log shows 1.144.97.203 at 3am when she was asleep. A: anxious about exam integrity. R: IT security report, password reset.",
    ),
    (
        "ip_address",
        "He showed me the Discord logs, the ban appeal came from 101.115.6.44 — same IP as the guy's college room apparently. Not my area, passed to uni IT.",
    ),
    (
        "ip_address",
        "someone keeps logging into her Insta from 120.21.77.190. she thinks it's her sister's bf. changed pw + 2FA together",
    ),
    (
        "ip_address",
        "Reply: You noted the IP (110.174.3.58) the peer gave you. Please don't try to investigate that yourself — that's for IT security and police if needed.",
    ),
    (
        "ip_address",
        "peer said her ex accessed her email — the security alert showed an IPv6, 2001:8003:1c2a:4e00::52, from their old apartment's internet. She's moved out but he's still got the password somehow.",
    ),
    (
        "ip_address",
        "IT confirmed the fake account was created from 58.96.12.140 on campus wifi (library). They're checking who was logged in.",
    ),
    (
        "ip_address",
        "ISBAR: I — supporter. S — doxxing. B — peer's home IP (124.170.88.9) was posted in a gaming forum along with her suburb. A — frightened. R — police + eSafety, ISP contacted.",
    ),
    (
        "ip_address",
        "The anonymous reviewer on the residence forum was traced (by the moderators) to 27.33.201.4. Peer wants it passed on to the uni, not public.",
    ),
    (
        "ip_address",
        "He said his gaming account was hacked and the login came from 159.196.41.27 — he thinks his ex-housemate. It's got his bank details saved. Told him to call the bank.",
    ),
    # ---- student_id ----
    (
        "student_id",
        "Peer wanted you to have her student number so you can look her up for the special consideration: MD204718.",
    ),
    (
        "student_id",
        "S: peer's exam results mixed up. B: she is XP551903 and the other student's number differs by one digit. A: panicked. R: exams office.",
    ),
    (
        "student_id",
        "his student no. is 46219073 (the old format, he's been here since 2019) — faculty need it for the leave form",
    ),
    (
        "student_id",
        "You mentioned the peer's SID in your note (KL308842). That's fine for the hardship form but please remove it from the contact note itself.",
    ),
    (
        "student_id",
        "the exam office said if she quotes her ID (ZN773015) they can fast-track the supp. told her",
    ),
    (
        "student_id",
        "International student, Y2, wants to appeal. Her student number is RM119650. Appeals form filled in together.",
    ),
    (
        "student_id",
        "ISBAR. I: me. S: peer locked out of the LMS before exam. B: ID TG442087, account flagged by mistake. A: stressed. R: IT ticket, escalated.",
    ),
    (
        "student_id",
        "Re your contact with the Taiwanese student: her number is WY601334, which I've passed to student services for the scholarship question.",
    ),
    (
        "student_id",
        "he wrote his student number on a sticky note for me, SJ880251, so I could 'let the faculty know' if he doesn't make it to Friday. That worried me a lot — I called him straight back and we did a safety plan.",
    ),
    (
        "student_id",
        "Peer's enrolment shows as cancelled — student ID 5532 0914 — because the sponsor didn't pay. She's been locked out of placement.",
    ),
    (
        "student_id",
        "Mature-age peer. Her uni ID is BC097463, she asked me to put it in so the disability office can find her file fast.",
    ),
    (
        "student_id",
        "Student ID: HK726519. Peer asked for a letter for her landlord confirming she's enrolled. I said I'd ask you.",
    ),
    (
        "student_id",
        "the rural clinical school kept mixing him up with another student, so he wanted me to write down his number: DR314006. they'd marked him absent for a week he was actually there",
    ),
    # ---- date ----
    (
        "date",
        "It's her 21st on 17/08 and her parents aren't coming because of the visa refusal. She's dreading the day.",
    ),
    (
        "date",
        "His dad passed on 2 March 2024 and this is the first year since. He said the anniversary is hitting harder than he expected.",
    ),
    (
        "date",
        "Peer has a court date 14-Nov for the AVO hearing against her ex. She's terrified of seeing him there. Gave court support info.",
    ),
    (
        "date",
        "Her mum died on the 9th of June two years ago and June is always bad, she says. Exams are in June. Special con lodged.",
    ),
    (
        "date",
        "S: peer grieving. B: his twin brother died 2023-10-28 in a car crash near Toowoomba. A: anniversary reaction, low. R: counselling, faculty aware.",
    ),
    (
        "date",
        "it's her birthday tues 4th and she said 'I don't want to be alive for it'. direct questions asked, safety plan, 13 11 14 in her phone, called you straight after",
    ),
    (
        "date",
        "He was born on 29 Feb 2000 and jokes he's only 6. But today he said nobody remembered his birthday this year and it made him feel invisible.",
    ),
    (
        "date",
        "Peer's sentencing is 03/12/2026 for a shoplifting charge from when she was broke. She thinks it'll end her med career. AHPRA/legal chat.",
    ),
    (
        "date",
        "You mentioned the peer's nanna died on 21/7/25 — she's asked if that can go on the special consideration form. Yes, it should.",
    ),
    (
        "date",
        "Her son is due 12-Mar and her rotation ends the 15th. She's asking for a three-day shift. Maternity support options given.",
    ),
    (
        "date",
        "the date her sister was killed (5 Jan 2019) — she brings it up every time we talk. she's not getting proper grief support. I think that needs to change",
    ),
    (
        "date",
        "ISBAR. I: peer support. S: visa hearing. B: peer's AAT hearing is on 22 September 2026, first time she's told anyone. A: anxious. R: uni legal service.",
    ),
    (
        "date",
        "His wedding was 8/11/2025 and his wife left three weeks after. He's embarrassed, says the whole cohort knows. I don't think they do.",
    ),
    (
        "date",
        "she's been counting down to the 30th of April — that's the day her visa expires if the extension isn't approved. panicking",
    ),
    # ---- street_address ----
    (
        "street_address",
        "She's moved out of the college and is staying at a friend's, 14/203 Parramatta Rd, Homebush. Asked us to send any letters there for now.",
    ),
    (
        "street_address",
        "Peer's new address for the hardship fund is Unit 6, 88 Chapel St, Windsor VIC 3181 — she asked me to note it.",
    ),
    (
        "street_address",
        "Went round to do a welfare check at 12 Kookaburra Cres, Dubbo — his parents' place, he's gone home. Found him OK, just really low.",
    ),
    (
        "street_address",
        "S: peer homeless. B: landlord changed locks at 3/45 Lygon St, Brunswick East. A: crisis. R: emergency housing, uni crisis fund.",
    ),
    (
        "street_address",
        "he's staying at his aunt's, 27 Wattle Ave, Auburn NSW 2144 — fine to send stuff there",
    ),
    (
        "street_address",
        "Reply: You wrote the peer's home address (Flat 2, 11 Brighton Tce, Hobart) in the note. Please don't include it unless there's a risk reason.",
    ),
    (
        "street_address",
        "Her ex keeps turning up at 91 Clovelly Rd, Randwick, her share house. Police have been called twice. She wants to move.",
    ),
    (
        "street_address",
        "mature age peer, farm address RMB 4420 Mitchell Hwy, Wellington — wants paperwork posted there because he checks email once a week",
    ),
    (
        "street_address",
        "ISBAR. I: supporter. S: peer's housing unsafe. B: black mould at 5/19 Gladstone St, Newtown, landlord won't fix. A: chest infections, missed tutes. R: tenant advocacy.",
    ),
    (
        "street_address",
        "She's living at the back of the family shop at 208 Nicholson St, Footscray and doesn't have a proper room. No desk to study. Library hours chat.",
    ),
    (
        "street_address",
        "peer asked for the care package to be sent to 33 Banksia Way, Mandurah WA 6210 — her mum's, she's going home for a bit",
    ),
    (
        "street_address",
        "The threatening letter was left at her door, 7 Railway Pde, Granville. Police have a copy.",
    ),
    (
        "street_address",
        "He's been couch surfing but now has a room at 4/150 Anzac Pde, Kensington. Rent $280pw. Hardship grant approved.",
    ),
    (
        "street_address",
        "Re your contact with the rural student: her grandmother's address (Lot 12, Boundary Rd, Moree) isn't needed in the note — please remove.",
    ),
    # ---- medicare ----
    (
        "medicare",
        "Peer needed a GP urgently but doesn't have her card on her. Her Medicare number is 2690 06791 3 — she read it off the app. Booked her in.",
    ),
    (
        "medicare",
        "he's just got his first Medicare card (finally got PR!!) — 2881428077 — so he can stop paying full price at the GP. small win, he was so happy",
    ),
    (
        "medicare",
        "S: peer needing mental health care plan. B: Medicare no. 5665 35105 4, GP at the uni clinic. A: moderate depression. R: MHCP appointment Tues.",
    ),
    (
        "medicare",
        "Mature-age student (the peer) asked me to write down his Medicare number for the disability office form, 4589-38614-8. I did, but I'm flagging that I'm not sure that's allowed?",
    ),
    (
        "medicare",
        "Reply: You included the peer's Medicare number (5199 08592 9) in your note. Please don't — the clinic has it already and it doesn't belong in a peer-support record.",
    ),
    (
        "medicare",
        "her Medicare was stolen with her wallet at the station. number was 6873105757 — she's reported it and got a new one ordered",
    ),
    (
        "medicare",
        "ISBAR. I: me. S: peer can't afford psych. B: Medicare 2321 81953 4, eligible for 10 sessions with a plan. A: low mood, no SI. R: GP for MHCP.",
    ),
    (
        "medicare",
        "Long one, sorry. Peer is a rural student from near Narrabri, 2nd year, came in because she's been having headaches every day for a month and is scared it's something serious. She's been googling (I know, I know) and has convinced herself it's a tumour. She hasn't been to a GP because she's never done it herself — her mum always booked everything — and she didn't know how bulk billing works or whether she was on her mum's card still. We sat down and looked it up together; she's on her own card now, 3699 47338 8, which she didn't even know she had till her mum texted a photo. We booked her into the uni clinic for Thursday. The headaches sound like tension/screen/sleep to me but obviously I'm not going to say that to her. We talked about sleep and caffeine — she's on four energy drinks a day. No SI, no self-harm. She said she feels silly but I told her it's very normal not to know how the system works when you've never had to. Plan: GP Thurs, I'll text her Friday.",
    ),
    (
        "medicare",
        "peer's mum in Indonesia wants to know how her son can get medical care here — he's on OSHC not Medicare. But his little brother who's a citizen has Medicare 3873 19232 6 — mixed-status family, it's confusing. Explained OSHC",
    ),
    (
        "medicare",
        "You mentioned she read out her Medicare number (5390045595) over the phone to you so you could 'book her in'. Please let her do bookings herself — it's her information.",
    ),
    (
        "medicare",
        "Her ex still has her Medicare card — number 2081 39885 3 — and she thinks he's been using it for appointments. Reported to Services Australia.",
    ),
    (
        "medicare",
        "The GP needs the Medicare no. on the referral: 3664 33685 8. Peer is Afghan, arrived 2 years ago, still getting used to the system. Went with her to the appointment.",
    ),
    # ---- tfn ----
    (
        "tfn",
        "He gave his TFN (530 229 807) to a 'recruiter' on Facebook who promised him cash-in-hand work. Now he thinks it's a scam. Told him to contact the ATO.",
    ),
    (
        "tfn",
        "S: international student scammed. B: gave TFN 876624877 and passport to fake job ad. A: panicked about visa. R: ATO, IDCARE, international student office.",
    ),
    (
        "tfn",
        "her boss at the Woolies in Bankstown lost her paperwork so she had to fill it in again — TFN 877 798 617 — and she's worried it's floating around the staff room",
    ),
    (
        "tfn",
        "Reply: You've written the peer's TFN (560 225 273) in the note. Please remove it. If she's been scammed, the ATO is the right contact, not us.",
    ),
    (
        "tfn",
        "Mature age peer doing his own tax for the first time in 20 years because his wife used to. TFN is 554707428. He wanted me to 'check it's right', I said I can't. Gave him the tax help program info.",
    ),
    (
        "tfn",
        "ISBAR. I: supporter. S: peer's identity stolen. B: someone used her TFN (319 109 929) to open a bank account. A: distressed, not sleeping. R: IDCARE, police.",
    ),
    (
        "tfn",
        "Peer works at a pharmacy in Cabramatta and the owner asked for her TFN — 771 990 527 — by text. She sent it and now wonders if that was safe. Probably fine but it's not great practice.",
    ),
    (
        "tfn",
        "his new job at Maccas needs his TFN, he read it out to me — 121370849 — while we filled in the form together. he's never worked before, first year from a farm",
    ),
    (
        "tfn",
        "Long contact. Peer is a Congolese student, Y2, and has been working three casual jobs, one at a warehouse through an agency, one cleaning, one at a sports club canteen on Saturdays. The agency hasn't paid him for six weeks and when he called they said they'd never received his TFN declaration, so they'd been withholding at the top rate. He showed me the form he'd filled in, his TFN on it, 599 612 870, plus the copy he'd photographed when he handed it in. So he did everything right. He's owed a lot of money and rent is due on the 14th. He's also exhausted, falling asleep in tutorials, and his tutor told him to 'take it more seriously'. We talked about Fair Work, and the student legal service, and I helped him write an email to the agency. No risk issues. He is very calm on the surface but said he cries in the shower. Plan: legal service Monday, I'll check in after.",
    ),
    (
        "tfn",
        "TFN 516 017 374 — peer asked me to note it so the hardship office can check her Centrelink status. I've told her it's better to give it to them directly.",
    ),
    (
        "tfn",
        "rural student, dad runs the farm books and 'forgot' to lodge her tax for 3 years. her TFN is 759822737. she's now got an ATO debt she didn't know about. budget chat",
    ),
    (
        "tfn",
        "S: peer mature age, separating. B: husband refuses to give back her docs; he knows her TFN, 531 989 170, and has been lodging joint stuff. A: overwhelmed. R: legal aid, DV line.",
    ),
]

ORDINARY: list[str] = [
    "S: Y2 peer, exam stress. B: anatomy spotter on week 9, failed the mock. A: anxious, sleeping 5h, no SI. R: study plan, academic skills drop-in, check in next Thurs.",
    "ISBAR — I: peer supporter (Y4). S: peer overwhelmed on surgical rotation at Westmead. B: 6am starts, theatre till late, no lunch most days. A: burnt out, K10 around 26. R: GP, talk to rotation coordinator, sleep hygiene sheet.",
    "You mentioned the peer said she 'will be fine by Monday'. That phrase comes up a lot. Next time it might be worth asking what would need to change between now and Monday for that to be true.",
    "Re your contact on Tuesday — this was a good, contained note. Exam stress, no risk, clear plan. Nothing to add except thanks.",
    "I'm 47 and started med after nursing for 20 years. The peer I saw today is also mature age, two teenagers and a mortgage. We mostly talked about how the younger ones study in cafés till midnight and we study in the car at school pickup. Laughed a lot. She's OK.",
    "international student from Seoul. Says the hardest thing isn't the content, it's the group discussions — everyone talks fast and uses slang and by the time she's translated in her head the topic has moved on. Feels stupid, she's not. Suggested she ask the tutor for the case the night before.",
    "rural kid from out past Moree, first time living in a city. Says the noise at night is doing his head in and he misses the dark. Hasn't slept properly since O-week. Earplugs and a chat about the rural health club.",
    "peer fine. just tired.",
    "Exam went ok apparently.",
    "Quick check-in, no concerns.",
    "She'll call if she needs anything.",
    "Rent's due the 14th and he's $300 short after his car rego. Sent him the hardship grant link — it doesn't have to be paid back. Relieved.",
    "She's on a $35 Boost prepaid and ran out of data mid-week, so she's been doing lectures on the library wifi only. Small thing but it's why she's been missing the online quizzes. Told her about the uni's free SIM program.",
    "Peer didn't know what a BSB was — her parents always handled banking back home. Walked through setting up her CommBank account so Centrelink can actually pay her. It's been six weeks with no income.",
    "He's set up a PayID for his flatmates to pay their share of the bills but two of them haven't paid since August. He's covering $180 a month extra. Awkward convo coaching.",
    "Works nights at the Woolies in the city doing shelf-stacking, 10pm to 4am, then comes to 9am lectures. Says it's the only shift that fits. I'm worried about the driving home.",
    "Peer works at Bunnings on weekends (garden centre) and says it's the only place she feels normal — no one asks about her grades. We talked about keeping that.",
    "maccas closing shifts x4 this week. shes asleep in lectures. manager wont budge on roster. fair work info given",
    "He's a pharmacy assistant at a Priceline two days a week and someone came in with a script for the same antidepressant he's on. Weird moment, he said, like being seen.",
    "Plays A-grade for the local hockey club and they train Tues and Thurs nights, which clash with the new tute times. He's thinking of quitting the club. That would be a big loss — it's his main support.",
    "She's in the uni rowing club, 5am sessions on the river. Coach is great but she's not eating enough for the training load plus placement. Gently raised RED-S, she hadn't heard of it.",
    "S: Y1, lonely. B: moved from Mount Isa, lives alone in a studio. A: low mood, no SI, eating ok. R: join a club (she picked the bushwalking one), I'll check in after the mid-sem break.",
    "SBAR: Situation — Y5 on rural term in Katherine, isolated. Background — small town, long days, no mobile coverage at the student house. Assessment — low but safe, coping with walks and phone calls. Recommendation — rural clinical school to check on accommodation, fortnightly check-ins.",
    "She said her will to keep going is 'about 20%'. I asked directly about suicide — no thoughts, no plan, just exhausted. We talked about what the other 80% looks like. Counselling booked.",
    "Grace period for the assignment was extended to Friday after I helped her email the convenor. She hadn't realised she could ask.",
    "The hope is that with a lighter rotation next block he'll have more time for himself. He's not convinced.",
    "Exam's in May, she's been revising since February and feels like nothing's going in. Spaced repetition chat, Anki, sleep.",
    "Got his mark back for the written — 48, so a fail by two. He's devastated. Supp is available, we looked at the timeline together.",
    "His phone bill was $420 last month because of international roaming calls home. He didn't know about the WhatsApp calling. Small fix, big relief.",
    "Peer got robbed outside the train station last week — phone and wallet. Not hurt. Shaken. Walked her through cancelling cards and reporting.",
    "She wants to sue the landlord for the bond but doesn't know where to start. Tenants' union, NCAT info.",
    "Her tutor gave her a pat on the back after the case presentation and she said it was the first good thing all term.",
    "He was very frank about it: he's drinking six beers a night and knows it's too much. AUDIT score 16. Counselling + GP. He agreed.",
    "Rose at 4am to study, went to placement, then worked at the servo till 11. She's doing this four days a week.",
    "Faith is a big part of her life and she said her church community has been the only thing holding her together. She wanted her counsellor to respect that. Gave info on chaplaincy too.",
    "She said there's no joy in anything anymore, not even the things she used to love. PHQ-9 was 17. Asked about SI — thoughts but no plan. Safety plan done, GP tomorrow, 13 11 14 in her phone. Called my supervisor after.",
    "Sunny day so we walked around the oval instead of sitting in the room. He talked more walking than he ever has sitting.",
    "Summer term is brutal for him — no break between rotations. Burnt out by the end of it every year.",
    "She's been waking at dawn with her heart racing. Panic symptoms, no trigger she can name. GP for a check and a MHCP.",
    "Exams finish in June and she's going home to Perth for the break. Wants to get through the next five weeks.",
    "August is always bad for him because of the winter and the workload. Light box, exercise, GP.",
    "Art therapy group at the uni on Wednesdays — she said she'd try it. She used to paint before med school.",
    "He takes max dose ibuprofen most days for the back pain from the hospital beds in the on-call room. Said GP, he said he'd 'get around to it'.",
    "She's sick of having to chase the rotation coordinator for her timetable. Third email, no reply. Not a wellbeing crisis but it's adding to the load.",
    "Drew blood for the first time on a real patient today and nearly fainted. Laughed about it after. Fine.",
    "Gene therapy lecture set her off — her little brother has muscular dystrophy. Didn't expect it. We talked about how to manage content that hits close to home.",
    "A guy on the ward kept asking her where she was 'from originally'. She's from Penrith. The ward nurse shut it down. She's okay but tired of it.",
    "Jacked up her study hours to 12 a day for the final exams. Not sustainable. Talked about breaks, sleep, food.",
    "She turned up in a jean jacket in the rain because it's the only warm thing she owns. International student, first winter. Op shop trip planned.",
    "X-ray reporting session was humiliating — the consultant asked her to read a chest film in front of twelve people and she froze. Just a ray of humiliation, she said. She can laugh a bit now.",
    "Sandy beach trip with the Pacific Islander student group on the weekend was the first time she's felt like herself all term.",
    "The victor of the year-group trivia night was apparently the anaesthetics society table. He wasn't upset about the trivia, he was upset he went alone. Lonely.",
    "Will she pass? She doesn't think so. I think she will. Mock was 62%.",
    "The bill for her OSHC went up and she didn't budget for it. $680 she doesn't have. International office has a loan scheme.",
    "Mark's not out until the 20th, so she's in limbo. Limbo is worst for her anxiety.",
    "May is when his visa renewal is due and he's been putting the paperwork off. Got him to start it with me today.",
    "His mum's Parkinson's is getting worse and he feels guilty he's studying interstate. Carer support info.",
    "Her own Cushing's diagnosis came in second year and she's still not used to the steroid side effects. Disability plan in place but her tutor didn't know. Helped her email the access office.",
    "He's been scoring the Apgar on the obs rotation and said it's the first time he's felt useful. Nice contact, mostly positive.",
    "Placement in ED, patient came in GCS 3 after a fall, died within the hour. First death. She's shaken. Debrief with the clinical supervisor booked, EAP given.",
    "Said he took the Hippocratic oath thing at the white coat ceremony really seriously and now feels like a fraud because he's so tired he doesn't care about patients some days. We talked about compassion fatigue.",
    "Her nan has Alzheimer's and didn't recognise her on the phone last night. She's the only grandchild in Australia. Grief before the loss.",
    "Her brother has Down syndrome and she's his main carer on weekends. Carer's recognition at uni — she didn't know it existed.",
    "Ruptured Achilles playing touch footy, now on crutches for the whole surgical rotation. Disability/access plan needed. Frustrated more than sad.",
    "She said the neuro OSCE station with the Babinski reflex went well but she forgot to wash her hands and thinks she failed on that alone. Catastrophising. We went through the marking.",
    "Rotation at Royal Prince Alfred starts next Monday and she's terrified of the commute. Mapped it out together.",
    "He's at the Alfred for his surgical term, loves it but is doing 60-hour weeks. Burnt out by week 4.",
    "She's placed at St Vincent's and sees a lot of homelessness and drug harm every day. Says it's confronting but meaningful. Vicarious trauma chat.",
    "Westmead children's placement — a kid died on the ward. She's been crying on the train home every day since. Counselling + debrief with supervisor.",
    "Gave her the Lifeline number (13 11 14) and beyondblue (1300 22 4636) and she saved both in her phone while I watched.",
    "He's been seeing someone at Headspace for six months and it's helping. Just wanted to tell someone it's working.",
    "Scared AHPRA will find out about her depression and block her registration. We went through the mandatory reporting guidelines for students — it's about impairment and risk, not a diagnosis. She cried with relief.",
    "The Dean's office wants a meeting about his attendance. He's terrified. I offered to help him prepare. He's been caring for his dad.",
    "Rural placement in Broken Hill for 12 weeks. She's excited but scared about being away from her partner. Talked about keeping connected.",
    "She's from a town outside Tamworth and says people at home think she's 'got above herself' by doing medicine. Her old friends don't call. Lonely at both ends.",
    "Placement in Alice Springs — first time seeing the health gap up close. She's angry and sad. Talked about channelling it. Good conversation.",
    "He's on sertraline 100mg and wants to stop because of side effects, but is scared to tell his GP. Encouraged him to tell the GP rather than just stopping.",
    "Taking melatonin 2mg most nights and some nights a second one. Told her to chat to the GP about the sleep rather than keep upping it.",
    "She's on the pill and lamotrigine and wasn't sure about the interaction. Sent her to the pharmacist, which she found funny since she's studying pharmacology.",
    "Unit MEDI3002 has a hurdle task she failed twice. One more attempt or she repeats the year. She's a wreck. Study plan, academic skills appointment.",
    "PHAR2011 exam is Friday and she hasn't slept. Talked about the difference between cramming and recall.",
    "He's in Ward 7B for his medical term, and the ward is short-staffed, so the students are being used as runners. He's exhausted.",
    "Room 2.14 is the only quiet study space she's found and it's always booked. Booked it for her for next week.",
    "OSCE station 6 was the breaking bad news one and the SP cried. She said she froze. Talked through it, she'll practise with the clinical skills team.",
    "K10 of 28 today, up from 22 last month. Not unsafe. GP for a review.",
    "PHQ-9 14, GAD-7 12. Moderate. Already seeing the counsellor. Continue.",
    "Scored 9 on the AUDIT-C. Drinking most weekends with housemates. Brief intervention, he was receptive.",
    "Long contact, about an hour and a half, so here's the detail. The peer is a fourth year on her rural term in a town of about 3,000 people in the Riverina. She's the only student there. She lives in a hospital-owned cottage behind the nurses' quarters and the walls are thin, so she hears every phone call the night nurses take. She said the first two weeks were 'like a holiday' — people bring her scones, the GP takes her fishing on a Sunday — but now she's hit the wall. The isolation is worse than she expected. She doesn't know anyone under 40 in town except the pharmacist's teenage son. She can't go to the pub without seeing patients. She had a bad day last week when an older man she'd been looking after for three weeks died suddenly in the night; the family thanked her at the funeral and she had to leave the church because she couldn't stop crying. She hasn't told anyone at the rural clinical school because she thinks they'll see her as weak. Assessment: grief plus isolation, some low mood, no SI when asked directly, sleeping about six hours, eating but mostly toast. She's got a really good relationship with the practice nurse, which is a protective factor. Plan: she'll tell the rural clinical school coordinator on Monday (she agreed to this), we'll do a video call Wednesday evening, and she's going to drive to the regional centre on the weekend to see a movie and be anonymous for a day. I gave her the Lifeline number and the after-hours uni counselling number. I also suggested the rural doctors' support line, which she hadn't heard of. She ended the call saying she felt lighter. I felt a bit drained afterwards if I'm honest — would be good to debrief.",
    "Supervisor reply: You mentioned that the peer 'seemed fine by the end'. I'd be cautious with that one — she disclosed a lot and then closed up quickly. Worth a check-in in 48 hours rather than waiting for next week.",
    "You mentioned not knowing what to say when he told you about his diagnosis. Not knowing is fine. Sitting with someone is the intervention most of the time.",
    "Re your contact with the first-year on Thursday: this is exactly the kind of situation to call me about straight away. You did, and that was right. Let's talk Monday about how you're going after it.",
    "Re your contact from the weekend — I've read your note twice. The safety plan is solid. I'd add a follow-up time next time so the peer knows exactly when to expect you.",
    "You mentioned feeling guilty for ending the call at the hour mark. Please don't — boundaries keep this sustainable. She has the crisis numbers.",
    "Re your note about the international student and the sponsor letter: the international office handles that, not us. Point her there and let me know if she hits a wall.",
    "Me writing: I'm a mature-age student (34, ex-teacher). Peer is 19 and straight from school. She said she envies that I 'know who I am'. I told her I definitely don't. We talked about how everyone feels behind. Nice chat.",
    "I come from a small village in Punjab region, Pakistan side, and I am now the supporter which is funny. The peer I talked to today is from my country also. We spoke in Urdu for most of it which made her relax. Issue is exam stress and her father's expectations. No danger. She will come to the Friday study group.",
    "Writing as an international student myself (Malaysia). The peer was homesick during Hari Raya — first one away from family. We video-called her family together on my phone because hers was broken. She cried then laughed. I think she's OK.",
    "From the rural stream — I grew up on a wheat farm and the peer grew up on a dairy farm, so we talked about that for half the time. She's struggling with the city pace and money. Hardship fund info. She's coming to the rural students' BBQ.",
    "I'm from Accra originally, now in 3rd year. The peer is a new international student from the Pacific and she said nobody at college eats together. I told her about the African and Pacific students' lunch on Fridays. She's coming.",
    "Exam timetable came out, the written is 25/11 and the OSCE is 2/12. She's panicking because that's only a week apart. Study plan.",
    "Tutorial got moved to Tue 4th and she missed it because the LMS announcement came at 10pm. Not her fault. Helped her email the tutor.",
    "Census date is 31 March — she wanted to know if she could drop a unit before then without a fail on her record. Yes. Student admin info given.",
    "Semester started 2026-03-02 and she's already three weeks behind because of the housing mess. Catch-up plan.",
    "Next Thurs is the deadline for the reflective essay. He hasn't started. Anxiety more than laziness. Broke it into chunks.",
    "The 14th is when the new rotation starts and he's worried about being sent to Dubbo. He doesn't have a car.",
    "Her tute's at 8am Mon, placement 9–5 Tue–Fri, and she works Sat–Sun. Literally no day off. Looked at her timetable together.",
    "12-Mar is the cut-off for special consideration on the first block. She's got time. Doc from GP needed.",
    "End of Term 2 is when she plans to decide whether to intermit. Until then she's taking it week by week.",
    "She's been in Australia since 2019 and this is the first time she's talked about how lonely the first year was.",
    "Second year is known for being the hardest and he's feeling every bit of it. Burnout, no SI. Counselling.",
    "He has worked at the same Coles since Year 10. Seven years. He says he can't quit because it's the only stable thing.",
    "Peer said the group chat 'MD Y3 Goss' has turned nasty since the rankings came out. She's muted it. Talked about whether to leave.",
    "There's a chat called 'Anatomy Survivors 2026' that she says is mostly memes but sometimes people post who failed. She feels exposed. Suggested she raise it with the year rep.",
    "The 'Rural Stream Crew' group chat has been her lifeline on placement — she said that herself. Nice to hear.",
    "She found the headspace.org.au chat feature useful when she couldn't sleep. Also showed her lifeline.org.au text service.",
    "Pointed him to the eSafety Commissioner site (esafety.gov.au) for reporting the abusive comments under his study account. He'll do it tonight.",
    "Sent her the link to the uni's special consideration page and the Beyond Blue forums. She prefers reading other people's stories to talking.",
    "Told him 000 if it's ever an emergency and 1800 55 1800 is Kids Helpline — he's 18 so still eligible, didn't know.",
    "She's from the Cook Islands community in Auckland originally, moved to Brisbane for med. Missing her church choir. Talked about finding one here.",
    "He's Kurdish and said people assume he's Arab or Turkish and it annoys him every time. Identity fatigue. Good conversation.",
    "She's Hazara and said the news from Afghanistan makes it impossible to concentrate. Family still there. We talked about limiting news to once a day.",
    "Sudanese community is organising fundraising for families affected by the war and she's volunteering most evenings. Running herself into the ground.",
    "He's Tongan and the only Pacific student in his clinical group. Said the tutor keeps asking him to speak about 'Pacific health' like he's an expert. Tired of it.",
    "Indo-Fijian student, first year. Diwali was last week and she spent it alone in the library. Sad. Connected her with the Fijian student association.",
    "She's Taiwanese and said her parents' expectations feel heavier at Lunar New Year. She's not going home this year. Talked about that.",
    "Korean student, says Chuseok is the first family holiday she's missed. Feels guilty. Calls planned.",
    "Thai student, Songkran homesickness. Her housemates didn't know what it was. She taught them. Nice chat.",
    "Japanese student, exam stress, doesn't want anyone to know she's struggling. Cultural stuff around not burdening others. Gentle conversation.",
    "Egyptian peer, fasting in Ramadan, long theatre days. Asked about breaks for prayers. Faculty does allow this — sent the policy.",
    "Moroccan student, Arabic and French first languages, English third. Says the medical jargon in English is brutal. Language support info.",
    "Congolese student, speaks Lingala, French, Swahili and English. Still gets told to 'work on his English' by a registrar. He's angry. Documented.",
    "Kenyan peer — says the cold is the worst part. First winter in Hobart. Op shop and heater subsidy info.",
    "Ugandan student in the rural stream, loves it, says country Australia reminds him of home. Purely positive check-in.",
    "PNG student, scholarship is strict about grades. Failed one block. Scared he'll be sent home. International office and scholarship contact.",
    "Chilean peer, lonely, misses football. Connected with a Latin American futsal group on Sundays.",
    "Colombian student, Y2, heavy workload plus translating for her parents at their medical appointments. Carer stuff.",
    "Brazilian peer, says Australians are 'cold' compared to home. Lonely. Student clubs list.",
    "Croatian-Australian from Geelong, first in family at uni. Parents don't understand why she can't work more hours at the family shop.",
    "Macedonian background, strict dad, she's hiding a relationship. Stressed. No risk.",
    "Maltese family in Sydney's west. He's the carer for his nanna on weekends. Burnout.",
    "Dutch exchange student, blunt and practical. Needed housing, not feelings. Housing info. Done.",
    "Scottish grad-entry student. Misses home, the 'proper rain'. Mostly fine.",
    "Welsh peer, says she feels far from everything. Long call. She's OK.",
    "Anglo-Australian, from a farming family in the Mallee. Says he doesn't 'do' talking but came anyway. Good sign.",
    "Singaporean student, very polite, kept apologising for taking my time. I told her this is what I'm here for.",
    "Hong Kong student, worried about political stuff back home and family safety. Hard to study. Counselling.",
    "Malaysian Chinese student, eldest daughter, financial pressure, sends money home. Hardship info.",
    "Malaysian Tamil peer, says her classmates don't know she speaks four languages. Assumptions. Small chat.",
    "Malay student, from Terengganu. Scholarship bond stress. Talked through options.",
    "Indonesian student, Y2, her family's business in Surabaya is failing. She's worried about tuition next year.",
    "Pakistani peer, first year, lives with an uncle's family in Blacktown and has no privacy to study. Library hours.",
    "ISBAR\nI: Y3 peer supporter\nS: peer disclosed self-harm (cutting) last night, first time in two years\nB: breakup + failed block exam\nA: wounds superficial, cleaned, no SI currently, ashamed\nR: GP tomorrow, safety plan updated, 13 11 14 and 1300 22 4636 saved, supervisor called",
    "SBAR. S: peer says she's 'done with medicine'. B: Y4, three fails this year, parents don't know. A: hopeless but no SI on direct questioning; protective factors — dog, sister. R: academic advisor, counselling, I'll follow up Monday.",
    "S — burnout. B — 4th yr, on call weekends, part-time job at the hospital pharmacy. A — no SI, exhausted, snapping at housemates. R — drop the job shifts if possible, GP review.",
    "Situation: peer panicked before the pharmacology viva. Background: history of anxiety, on escitalopram 10mg. Assessment: acute, settled after 20 min of breathing. Recommendation: exam adjustment application, GP re meds.",
    "ISBAR — I: supporter. S: racism on placement. B: patient refused to be seen by 'a foreign student'. A: hurt, questioning whether she belongs. R: supervisor aware, incident form lodged, follow-up next week.",
    "SBAR / S: sleep. B: shift work + study. A: averaging 4h, caffeine 6/day. R: sleep plan, cut caffeine after 2pm, GP if no better.",
    "S: caring duties. B: mum has MS, peer is primary carer, Y2. A: stretched, grieving the life she'd planned. R: carer's support, flexible attendance application.",
    "ISBAR (short) I: me. S: peer can't afford textbooks. B: $600 of required texts. A: stressed. R: library copies and the second-hand book group.",
    "The consultant told the whole team she 'lacks grit'. She's been replaying it for days. Talked about feedback vs. put-downs.",
    "The reg on nights keeps calling her 'sweetheart'. She's not sure if it's worth reporting. I said it's worth noting at least.",
    "Her tutor asked if she was 'sure medicine is right for her' after she cried in a tute. She's doubting everything. Reassured her it's a question she gets to answer, not the tutor.",
    "Mum rang the faculty to complain about his grades. He's 22. He's mortified. Talked about boundaries with family.",
    "Dad's in hospital with a heart attack, she's flying home to Adelaide tomorrow. Special consideration started.",
    "Nan passed on the weekend. She's going home to Townsville for the funeral. Compassionate leave form done.",
    "Her aunty back in Fiji is sick and the family expects her to send money. She's on $300 a week. Budget chat.",
    "His brother was deported last year and it still hurts. He doesn't talk about it at uni. Long chat.",
    "Her partner is doing an apprenticeship and doesn't get why she studies every night. Relationship strain. Counselling info.",
    "He broke up with his girlfriend of five years. First week he's been alone. Low but safe.",
    "Housemates throw parties every Friday and Saturday. She can't sleep or study. Talked about moving or negotiating.",
    "She's been sleeping in her car for a week after the lease fell through. Emergency accommodation — uni has a crisis housing option. Went with her to the office.",
    "He's couch surfing between friends in Campsie and Lakemba. Rent is too high. Housing and hardship info.",
    "On placement at John Hunter Hospital and the accommodation is a 40-min bus away. No car. Rural clinical school travel subsidy.",
    "Placed at Fiona Stanley for surgery. Loves it but the hours are insane. Burnout signs. GP.",
    "Doing her paeds term at Lady Cilento and keeps getting sick from the kids. Third cold this term.",
    "Sir Charles Gairdner ED rotation. Saw a stabbing victim die. Shaken. Debrief organised.",
    "He's at Prince of Wales for psych and said a patient's story reminded him of his own family. Vicarious trauma, supervisor informed.",
    "Royal Melbourne, gen med, she's fine just tired. Check-in.",
    "She's at the Austin for her neuro term and has been watching a lot of stroke patients. Her grandad had a stroke last year. Hard.",
    "Box Hill Hospital placement, long commute from Werribee. 2 hours each way. Talked about accommodation options.",
    "Studying at Monash but living in Frankston. Commute kills her. Talked about study on the train.",
    "He transferred from Flinders to Deakin for family reasons and feels like the new kid. Lonely.",
    "James Cook University rural stream, placed in Cairns. Loves the work, hates the humidity. Fine.",
    "She did her undergrad at Macquarie and says the jump to med is bigger than she expected. Imposter feelings.",
    "He's on the Charles Sturt pathway and placed in Orange. Rural life suits him. Mostly positive.",
    "Curtin med student, on placement in Kalgoorlie. Homesick for Perth.",
    "Edith Cowan graduate now in med, mature age, ex-nurse. Finds clinical bits easy, the science hard.",
    "He's got Crohn's and has had a flare for three weeks. Missing placement. Disability plan update.",
    "She was diagnosed with Hashimoto's this year and the fatigue is brutal. Her tutor thinks she's lazy. Access plan.",
    "Graves' disease — she's on carbimazole and her heart races. GP aware. Needs exam adjustments for the tremor.",
    "Woke up with Bell's palsy on the day of her OSCE. Deferred. She's scared it's permanent. GP says it'll likely improve.",
    "Her brother had Guillain-Barré last year and she's been his support. Exhausted.",
    "Murphy's sign station in the OSCE — she forgot the name of the sign and blanked. Fine otherwise.",
    "He got the Korotkoff sounds wrong in front of the tutor and is mortified. Talked about learning vs. performing.",
    "Wernicke's encephalopathy case on placement, patient was a young man, same age as him. Hard.",
    "Kussmaul breathing came up in the tute and she realised her mum had it before she died of DKA. Unexpected grief. Gentle chat.",
    "Cheyne-Stokes breathing on the palliative ward — she sat with the family. She's ok, just thoughtful.",
    "He has Tourette's and gets looks on the ward. Wants to tell his supervisor but is scared. Access office.",
    "She thinks she might be autistic and wants an assessment. Cost is $2,000. Uni clinic referral options.",
    "Hodgkin lymphoma survivor, five years clear. Anniversary of diagnosis coming up and she's anxious about her scans.",
    "Raynaud's makes her fingers go white in the cold hospital rooms. Gloves. Small thing.",
    "Ménière's attacks have been worse during exam season. Access plan needs updating.",
    "McMurray's test station — he practised on his housemate. Said it went fine. Nice.",
    "Tinel's and Phalen's came up in the exam, she thinks she nailed it. Good mood.",
    "Trendelenburg gait case on ortho. She's loving it. Purely positive.",
    "Romberg's test made her dizzy in the tute because she's been not eating. Talked about food.",
    "Glasgow Coma Scale questions are the ones she always gets wrong. Study tips.",
    "Wells score and CURB-65 — he keeps mixing them up. Flashcards.",
    "Gleason score lecture reminded him of his dad's prostate cancer. He left the lecture. He's ok.",
    "Long story short, her landlord wants to raise rent $80/week and she can't. Tenancy rights info.",
    "Centrelink cut her Youth Allowance because of a paperwork error. No income for three weeks. Helped her call.",
    "He's on Austudy and it doesn't cover rent. Working 20 hours at a bottle shop on top of placement.",
    "Afterpay debts are piling up, about $900. She's embarrassed. Financial counselling, free.",
    "Her NAB account is overdrawn again. Bank fees eating her money. Talked about switching to a fee-free account.",
    "He's got $12,000 of credit card debt from first year. Financial counsellor appointment booked.",
    "She wants to know if she can apply for the uni bursary — it's $2,500 a semester. Helped her with the form.",
    "International student, can't work more than 48 hours a fortnight, needs $1,500 a month for rent. Impossible maths. Scholarship and hardship options.",
    "Her phone plan is $65 a month with Telstra and she just realised she's been paying for a plan she doesn't need. Changed to $30. Small win.",
    "Optus cut her off for late payment and she missed the placement roster change. Not her fault. Email to coordinator.",
    "He's on a Vodafone prepaid and it ran out mid-call with the crisis line. He called back from the library phone. He's ok now.",
    "Lost his wallet with his bank cards. Helped him cancel and order new ones.",
    "Got a scam text pretending to be the bank asking for her login. She didn't click. Talked about scams.",
    "Her scholarship payment is late — second time. She's borrowing from friends. Scholarship office email sent.",
    "Rent's $320/wk, she earns $280/wk. Gap is covered by savings, which run out in November. Plan needed.",
    "His car broke down on the way to placement in Goulburn. $1,100 repair. Emergency loan.",
    "She's been doing Uber Eats deliveries at night to cover bills. Exhausted. Talked about other options.",
    "Casual at Kmart, 15 hours a week, fine with it. Just wanted to vent about exams.",
    "He works at JB Hi-Fi Saturdays and loves it. Positive check-in.",
    "She's a pharmacy assistant at Chemist Warehouse and customers ask her medical advice all the time. She finds it stressful because she's a student. Boundaries chat.",
    "He's a wardsman at a private hospital on weekends. Sees a lot. Feels useful.",
    "She volunteers at a GP clinic for asylum seekers. Vicarious trauma chat. She's ok.",
    "Plays for the uni Aussie rules club, the thirds. Coach is supportive. The issue is the end-of-season trip clashes with his supp exam. He's choosing the exam, sad about it.",
    "She's in a netball club in the Hunter Valley and drives back every Saturday for games. That drive is her thinking time. Fine.",
    "Touch footy comp on Wednesday nights at the local park is the only social thing she does. Talked about keeping it even in exam season.",
    "Grant application for his research project got knocked back and he took it personally. Talked about rejection in academia.",
    "Not a penny left after rent and groceries. Hardship grant. Food bank on campus Tuesdays.",
    "He drives miles every weekend to see his dad in aged care. Tired. Carer's support.",
    "She said she has to wade through 200 pages of notes a day. We made a plan to get it to something realistic.",
    "Had to lance an abscess on placement for the first time and felt sick afterwards. Normal. Laughed about it.",
    "Don gloves, don gown, don mask — she said the infection control drills make her feel like a robot. Tired more than anything.",
    "Got the placement sorted in the nick of time. Relief.",
    "Carol singing at the hospital chapel on Christmas Eve made her cry because she misses home. International student. Gentle chat.",
    "The heather-coloured jumper she knitted is the only thing she's done for herself all term. We talked about hobbies.",
    "A robin redbreast on a Christmas card from home set him off — first Christmas away. Homesick.",
    "Harmony Day at the hospital and she was asked to wear her 'national dress'. She's Australian-born. Laughed, but it stung.",
    "She said she's running out of patience with the group project. Fair enough.",
    "Amber light on her car dash has been on for months and she can't afford to get it checked. Small thing on top of big things.",
    "Iris and retina lecture was hard — her grandmother went blind from diabetes. She left early. Ok now.",
    "Trip to Jordan planned for the summer break with her family, but she might need to stay for a supp. Disappointed.",
    "Family are from Georgia (the country, she said, not the US state). First generation here. Lots of cultural pressure.",
    "Hope is a thing she said she's running low on. We talked about small things. No SI on direct question. GP Monday.",
    "June exams went badly. She wants to appeal one mark. Appeals process info.",
    "Bill for the GP was $90 because they don't bulk bill students. Gave her the list of bulk-billing clinics near campus.",
    "She's thinking of whether to sue the car dealer who sold her a lemon. Legal service info. Not our area but she needed to vent.",
    "The holly on the ward's Christmas tree made her homesick. Short chat.",
    "Frank discussion about his drinking. He knows. AUDIT 14. Counselling booked.",
    "Long contact, so this is a long note. He's a second-year international student from Taiwan living in a share house in the inner north with four other students, none of them in medicine. The main issues: sleep, money and loneliness, in that order he said. Sleep because his housemates play video games until 3am and the walls are plasterboard, so he's getting maybe five hours. Money because his parents' business has had a bad year and the monthly transfer is smaller; he's been eating two-minute noodles and rice most nights and said he lost about 4kg since semester started. Loneliness because his study group broke up after the anatomy exam and he hasn't found another one. He isn't working, because his English doesn't feel good enough yet for customer-facing jobs and he's worried about his visa hours anyway. We talked through each one. For sleep: earplugs, white noise app, and a conversation with the housemates (he's going to write a message on the house chat, we drafted it together). For money: hardship grant, food pantry (Tuesdays and Thursdays), and the international student emergency loan. For loneliness: the Taiwanese student society, which has a study room, and the uni buddy program. K10 today was 24. No SI when asked directly, no self-harm, no substance use apart from coffee. He said he came because his mum told him to 'find someone to talk to', which I thought was lovely. Plan: I'll message in a week, he'll email the hardship office tomorrow morning, and he'll try the Taiwanese society's Thursday night dinner. He said he felt better just having a list. I'd like to talk about whether I should have pushed more on the weight loss.",
    "Long note as she talked for ages and it's all relevant. Fifth year, on her rural term in a town in central Queensland. She said the first month was great — everyone friendly, tons of hands-on experience, a supervisor who lets her do procedures. Then in week six a patient she'd admitted died unexpectedly overnight, and the coroner's involved because it was sudden. She's been asked to give a statement. She's terrified she did something wrong and that it'll end her career before it's started. She can't stop thinking about whether she missed something. She hasn't slept more than four hours a night since. She's still going to work every day and hasn't told anyone at the clinical school how she's feeling. Her supervisor has been supportive and says the care was appropriate, but she can't believe him. We talked for a long time about the coronial process (I don't know much, so I mainly listened), about the difference between an adverse outcome and an error, and about how normal her reaction is. She said she's been drinking more, 'a few glasses of wine most nights', and she knows it's not helping. I asked directly about suicidal thoughts — she said no, but that she's had moments of wishing she could 'disappear for a while'. We made a safety plan anyway. She's agreed to contact the doctors' health advisory service and the medical indemnity insurer's student support line (she didn't know students had one). I gave her the crisis numbers and she saved them. I'll call her in two days. Honestly this one shook me a bit too.",
    "Short one: fine, exam stress, sorted.",
    "Said she'll get through. I believe her.",
    "Whole contact was 10 min. He's ok.",
    "Peer rang to cancel. All good.",
    "Next week, same time.",
    "The reg was actually lovely today, she said. Nice to hear something good.",
    "She's the eldest of seven and Mum relies on her for everything. Carer stress, culturally complex. No risk.",
    "His uncle runs a kebab shop and he works there every weekend for cash. Tired. Exam in week 12.",
    "On placement in Mount Gambier, first snow she's ever seen (she's from Darwin). Excited but cold and lonely.",
    "Placed at Tamworth Base, says the registrar is the best teacher she's ever had. Purely positive note for once.",
    "Her unit coordinator extended the deadline without even being asked. She cried with relief.",
    "Ward 4 North has no student room, so she studies in the stairwell. Raised with the clinical school.",
    "Bed 12 patient on the ward reminded him of his grandfather. Sat with the feeling. Ok.",
    "He's been using codeine from an old prescription to sleep. Harm reduction and GP. He agreed.",
    "Vaping 'like crazy' since exams. Wants to quit. Talked about the quit services and the GP; she'll look up the options tonight.",
    "Said she was taking diazepam 5mg from her mum's supply before exams. Gently raised it. GP.",
    "Started on fluoxetine 20mg two weeks ago and feels worse. GP follow-up, told her that can happen early.",
    "Took two Panadol and a Red Bull before the OSCE and shook through the whole thing. Laughing about it now.",
]
