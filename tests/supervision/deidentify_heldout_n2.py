# ruff: noqa: E501
"""Held-out N, part 2: styles are notes copied from a supporters' group chat (speakers labelled by name or initials), supervisors' weekly summaries covering several contacts, plain-text tables (pipes or tabs), notes quoting email threads with signatures and sign-offs, exam and results notes heavy with numbers, hurried all-lowercase phone notes (ppl, tmrw, w/, bc, idk), formal academic English, and notes mixing English with Vietnamese, Korean, Japanese, Indonesian, Greek, Italian or Arabic words; name cohorts are Vietnamese, Korean, Japanese, Chinese (Teochew, Hakka, Shanghainese), Indonesian Chinese, Thai Chinese, Hmong, Karen, Chin, Kachin, Rohingya, Bangladeshi, Afghan Hazara, Iranian Baha'i, Iraqi Assyrian and Chaldean, Syrian Armenian, Lebanese Maronite, Egyptian Copt, Greek, Italian and Maltese Australian, Croatian, Serbian, Macedonian, Ukrainian, Russian, Polish, Ashkenazi and Sephardi Jewish Australian, South African Jewish, Zimbabwean, Sudanese, Congolese, Burundian, Eritrean, Ethiopian Oromo, Somali, Nigerian Igbo, Ghanaian Ewe, Sierra Leonean, Liberian, Chilean, Salvadoran and Colombian, and Anglo-Australians with initials-only surnames. Written blind; every identifier is invented."""

from __future__ import annotations

DIRECTORY_NUMBERS = ["000", "13 11 14", "1800 011 511", "1300 789 978", "(08) 6488 2423"]
STUDENT_ID_PATTERN = r"\bS\d{3}-\d{4}\b"

IDENTIFYING: list[tuple[str, str]] = [
    # --- person_name: group chat ---
    (
        "person_name",
        "Copied from the supporters' chat. Tendai: checked in w/ the 2nd year from the cardio rotation, she's barely sleeping. Me: flag for Monday huddle? Tendai: already done, counsellor slot booked for Thursday.",
    ),
    (
        "person_name",
        "[supporter chat 14:02] Hyun-woo: anyone free to walk the peer from the library to student health at 3? Lead: I can. Hyun-woo: legend, she's waiting by the vending machines on level 2.",
    ),
    (
        "person_name",
        "Group chat excerpt — Giulia F: peer cried through most of the session, mostly about failing the pharmacology quiz. Giulia F: no risk concerns, safety plan reviewed, follow-up next week.",
    ),
    (
        "person_name",
        "Chat, pasted as is:\nN. Kovalenko: he wants us to tell the dean for him\nLead: not without consent, offer to sit in with him instead\nN. Kovalenko: ok will do",
    ),
    (
        "person_name",
        "From the chat: Oksana (supporter) says the peer's flatmate Dmitri keeps coming home drunk and shouting, peer doesn't feel safe there. Discussed housing support options.",
    ),
    (
        "person_name",
        "Chat 9:41pm\nSelorm: peer messaged again, says the panic came back on the train\nSelorm: talked her through grounding, she's home now\nLead: thanks, log it and hand over to the morning roster",
    ),
    (
        "person_name",
        "pasted from WhatsApp group — Marina B: the peer's mum rang the church office asking about him, he's mortified. Lead: remind him we won't share anything. Marina B: yep told him",
    ),
    (
        "person_name",
        "Supporter group thread. Kittipong: peer says his registrar, Dr Sae-Lim, humiliated him on the ward round in front of patients. Lead: document, offer the formal pathway, don't push.",
    ),
    (
        "person_name",
        "chat log: Ali R: she's fasting so let's not do the coffee catch-up, suggest after iftar. Lead: good call. Ali R: messaging her now.",
    ),
    (
        "person_name",
        "Group chat. Lead: who's covering the Wednesday drop-in? Chidinma: me and the new volunteer. Lead: great, the peer from last week may come back, be gentle re the supp exam.",
    ),
    (
        "person_name",
        "Copied: 'Rudo: is it ok if I give her my number? Lead: no, use the app messages only. Rudo: ok makes sense.' Peer was informed of the boundary and accepted it.",
    ),
    (
        "person_name",
        "Thread from the roster chat — Yael T.: peer mentioned her brother is in hospital overseas and she can't focus, asked about special consideration. Lead: send her the form link.",
    ),
    (
        "person_name",
        "Group chat: Stav: 'dude he literally said he wants to quit med'. Stav: 'not unsafe, just cooked'. Lead: 'book a proper session, ask about supports'.",
    ),
    (
        "person_name",
        "From the chat, 11 Oct roster: Fadumo and I co-facilitated. Peer disclosed ongoing conflict with her placement supervisor. We agreed on a plan to document incidents.",
    ),
    (
        "person_name",
        "Chat snippet\nH. Rahman: peer didn't turn up\nH. Rahman: texted via app, no reply\nLead: try again tmrw then close if nothing",
    ),
    (
        "person_name",
        "Our group chat had a long back-and-forth; the useful bit was Camila's summary: peer is exhausted, juggling two casual jobs and rural placement travel, wants help with a budget.",
    ),
    (
        "person_name",
        "chat: 'Gideon: mate she asked if I could come to the tribunal hearing as support, is that allowed?' Lead replied that supporters don't attend legal proceedings; referred to student advocacy.",
    ),
    (
        "person_name",
        "Roster chat. Aline: peer speaks mostly Kirundi and French at home, feels lost in tutorials. Lead: offer the language support service and a buddy from her year.",
    ),
    (
        "person_name",
        "group chat 7:15am — Brodie M.: handover, peer from last night slept and texted to say thanks. nothing further. Lead: 👍",
    ),
    (
        "person_name",
        "Supporter chat (copied): Lalisa: 'peer's dad back home is sick, she's looking at flights, cost is crushing her'. Lead: 'hardship fund form, plus check in Friday'.",
    ),
    (
        "person_name",
        "Copied from chat: Mina G: the peer wants to speak to someone from his own church, not uni counselling. Lead: respect that, still give him the after-hours line.",
    ),
    (
        "person_name",
        "Thread: 'Javiera: she said her ex keeps showing up at the hospital carpark'. Lead: safety planning, security escort, don't promise confidentiality if risk escalates.",
    ),
    (
        "person_name",
        "chat: Tahlia W: peer asked if supporters can write a reference for her. Lead: no, refer to faculty. Tahlia W: ok",
    ),
    (
        "person_name",
        "From the volunteers' chat: Ninos mentioned the peer is being pressured by family to switch to dentistry. Session focused on values and what she actually wants.",
    ),
    (
        "person_name",
        "Group chat, Sunday: Emeka: peer said 'I'm fine' four times in ten minutes lol. Emeka: checked risk properly, no concerns, he just needs a break after the anatomy spot test.",
    ),
    (
        "person_name",
        "Chat: Lead: any updates on the ED placement peer? Hodan: yes, saw her after the night shift, she's decided to talk to the rotation coordinator herself. Lead: great.",
    ),
    (
        "person_name",
        "Chat extract — Mitch P.: peer's partner broke up with him the night before the OSCE. Mitch P.: he still sat it. Lead: check in once results are out.",
    ),
    (
        "person_name",
        "Supporter chat: 'Shirin: the peer asked that we not mention the Feast to anyone, it's private'. Noted, nothing religious recorded beyond that.",
    ),
    # --- person_name: supervisor weekly summaries ---
    (
        "person_name",
        "Weekly summary (supervisor), week 6: 11 contacts. Three about exam stress, two about placement conflict, one about housing. Supporter Agnieszka handled the housing contact well and linked the peer to the tenancy service. No escalations.",
    ),
    (
        "person_name",
        "Supervisor summary, wk 9. Contacts: 8. Themes: fatigue, finances, a break-up. One peer asked for the same supporter each time; Kwabena has agreed to be her ongoing contact. Debrief held Friday.",
    ),
    (
        "person_name",
        "Weekly roundup: 14 contacts logged, 12 closed. Outstanding: the peer who fainted in theatre (followed up by Tomasz), and the peer awaiting a special consideration decision. Next week: training on boundaries.",
    ),
    (
        "person_name",
        "Supervisors' summary for the fortnight. Volume up 30% with exams. Notable: a peer whose grandmother, Yiayia Despina, passed during the exam block; supporters arranged deferral info. All supporters debriefed.",
    ),
    (
        "person_name",
        "Weekly summary — contact 1: stress, resolved. Contact 2: the peer's housemate Farai was mentioned as a good support. Contact 3: financial hardship, referred. Contact 4: no-show.",
    ),
    (
        "person_name",
        "Summary of week 3 contacts (supervisor). Four peers; common thread was rural placement isolation. One peer's preceptor, Dr Okafor-Nwosu, was described as supportive. No risk flags.",
    ),
    (
        "person_name",
        "Weekly supervision notes. Reviewed six contacts with the team. Feedback for Valentina: excellent reflective listening, be mindful of over-promising follow-up. Feedback for the new cohort: log within 24h.",
    ),
    (
        "person_name",
        "Fortnightly summary: 19 contacts, 2 escalated to student wellbeing per protocol, both with consent. Supporter Nyasha covered three extra shifts; thanked in the team meeting.",
    ),
    (
        "person_name",
        "Week 11 summary. Quiet week. One peer described ongoing bullying by a resident named Ivica on the surgical rotation; she chose to lodge a report herself. We supported the write-up only.",
    ),
    (
        "person_name",
        "Supervisor's weekly: contacts 7, repeat peers 3. Concern noted that supporter Xiomara is carrying a heavy load; reallocated two peers. Reminder: supporters are not counsellors.",
    ),
    (
        "person_name",
        "Weekly summary covering 5 contacts. (1) Exam anxiety. (2) Visa worries. (3) Peer grieving her uncle, Amu Hussain, who died in Quetta. (4) Flatmate conflict. (5) No-show. All followed up.",
    ),
    (
        "person_name",
        "Team summary, week ending Friday: 9 contacts. Peer from the Hakka community mentioned her cousin Liew Mei Fong is also struggling and may reach out; told her anyone can self-refer.",
    ),
    (
        "person_name",
        "Summary (supervisor) — themes this week: imposter syndrome, money, sleep. Shoutout to Selam for the late-night contact on Tuesday, handled calmly and by the book.",
    ),
    (
        "person_name",
        "Weekly contacts overview. 6 peers seen. One peer worried about her friend Pa Nhia, who has stopped attending tutorials; we explained how her friend could contact us directly.",
    ),
    (
        "person_name",
        "Supervisor weekly summary: 10 contacts, 0 escalations. Pattern: third years anxious about the new clinical school allocation. Supporter Andrés proposed a drop-in before allocations go live.",
    ),
    (
        "person_name",
        "Monthly-to-date summary from the supervisors: contacts steady at ~8/week. Notable debrief with Ebise after a distressing disclosure; she's taking a week off the roster, which we support.",
    ),
    # --- person_name: plain-text tables ---
    (
        "person_name",
        "Contact | Theme | Supporter | Follow-up\n1 | exam stress | Lindiwe | Thu\n2 | housing | Lead | Mon\n3 | grief | Lead | Fri",
    ),
    (
        "person_name",
        "Peer\tIssue\tOutcome\nhe/him\tfailed OSCE station 4\treferred to academic skills\nshe/her\tconflict with tutor Hanna Yousif\tsupported to email the unit coordinator",
    ),
    (
        "person_name",
        "Week | Contacts | Notes\n1 | 4 | all stress-related\n2 | 6 | one peer mentioned her sister Nusrat is unwell in Dhaka\n3 | 5 | quiet",
    ),
    (
        "person_name",
        "Time | What happened\n19:00 | peer messaged\n19:10 | call started, supporter Shant on\n19:45 | safety plan reviewed\n20:00 | ended, peer calmer",
    ),
    (
        "person_name",
        "Rotation | Stressor | Rating (1-10)\nPaeds | long hours | 7\nPsych | supervisor Prof Benaim unavailable for weeks | 8\nGP | travel | 5",
    ),
    (
        "person_name",
        "Action items\tOwner\tDue\nsend special consideration link\tMarko\tTue\ncheck in after results\tLead\tFri\nclose contact if no reply\tLead\t+14d",
    ),
    (
        "person_name",
        "Who the peer named as supports | Relationship\nSisay | best friend\nHer mum | family\nYouth group leader | church",
    ),
    (
        "person_name",
        "Day | Mood (self-rated) | Comment\nMon | 3/10 | argued with partner Kirollos\nWed | 5/10 | slept better\nFri | 6/10 | exam done",
    ),
    ("person_name", "Supporter | Shifts | Contacts\nMahmuda | 3 | 5\nLead | 2 | 4\nVolunteer (new) | 1 | 1"),
    (
        "person_name",
        "Issue\tPeer's words\nplacement\t'the nurse unit manager, Sister Bernadette, told me I'm useless'\nsleep\t'4 hours a night'\nfood\t'skipping lunch'",
    ),
    (
        "person_name",
        "Contact log (table copied from the doc)\nDate | Duration | Supporter\nMon | 40 min | Chue\nTue | 15 min | Chue\nThu | 55 min | Lead",
    ),
    (
        "person_name",
        "Referrals made | To whom | Accepted?\nacademic skills | faculty | yes\ncounselling | student wellbeing | yes\nmentor | Dr Matías Soto (clinical mentor) | pending",
    ),
    # --- person_name: email threads ---
    (
        "person_name",
        "Peer forwarded the email thread she'd had with the course office. Their reply: 'We have received your request and will respond within 5 business days. Kind regards, Rosalind Attard, Student Administration.' She found the wait stressful.",
    ),
    (
        "person_name",
        "Quoted from the email the peer showed me:\n> Hi, sorry I've been MIA, things at home are rough.\n> Cheers, Bao\nWe talked about what 'rough' meant; no immediate risk.",
    ),
    (
        "person_name",
        "Email thread (peer's permission to quote): 'Dear Dr Khoury, I am writing to ask for an extension on the reflective essay due to a family emergency.' She wanted help making it sound less apologetic.",
    ),
    (
        "person_name",
        "The peer read out her tutor's reply: 'No problem at all, take the time you need. Warm regards, Olena.' She was relieved but still anxious about falling behind.",
    ),
    (
        "person_name",
        "Forwarded thread, signature block at the bottom: '— Garo Kazandjian | Clinical Skills Tutor | Year 3'. The email itself criticised her professionalism; she felt it was unfair and wanted to respond calmly.",
    ),
    (
        "person_name",
        "He showed me a chain of emails with his research supervisor ending 'Regards, Prof. Lipschitz'. Tone was curt; peer felt dismissed after asking for a meeting. Discussed how to ask again.",
    ),
    (
        "person_name",
        "Email he drafted with me: 'Hi all, I won't be at the study group this week, need a break. Cheers, Jarrah.' He felt guilty about sending it; we normalised taking time.",
    ),
    (
        "person_name",
        "Peer's sister emailed the program asking after her; the peer pasted it: '...we are very worried. Thank you, Rahima.' Peer wanted to know if we had replied (we hadn't and wouldn't).",
    ),
    (
        "person_name",
        "Thread quoted: 'From the desk of Dr Seng Nu Lahpai: please see me after the tutorial.' The peer assumed the worst; it turned out to be about a scholarship.",
    ),
    (
        "person_name",
        "Sign-off on the email that upset her: 'Best, Tom Zielinski, Placement Coordinator.' It said she'd be moved to a site three hours away. We looked at the appeal process.",
    ),
    (
        "person_name",
        "She forwarded a thread from her year's cohort mailing list; the part that hurt was a reply-all joke signed 'xx Chloe R.' about people who 'can't handle' surgery. Not bullying per policy but hurtful.",
    ),
    (
        "person_name",
        "Quoted email from the peer's mentor: 'You're doing better than you think. Keep going. Kind regards, Aunty Mavis (Indigenous Student Support).' Peer said it was the only kind thing she'd read all week.",
    ),
    (
        "person_name",
        "Email chain re rostering: 'Hi, can someone swap Saturday? — Kind regards, Nikola P.' Peer said the constant swaps are wrecking his sleep.",
    ),
    (
        "person_name",
        "The peer's reply-all went to the whole year by mistake ('thanks so much, love you heaps, Adaeze'). She was deeply embarrassed; we talked through damage control and perspective.",
    ),
    (
        "person_name",
        "Email from the unit chair the peer quoted word for word: 'Your result stands. Regards, A/Prof Vella.' Peer is devastated; discussed the formal review timeline.",
    ),
    (
        "person_name",
        "He had an email draft to his father that began 'Ba ơi' and was signed 'con, Khoa'. He wanted to tell him he'd failed the year but couldn't hit send. We didn't push.",
    ),
    (
        "person_name",
        "Forwarded: 'Dear students, the make-up session is cancelled. Cheers, Hunter (Sim Lab).' The peer had arranged childcare for it and was furious.",
    ),
    (
        "person_name",
        "Email thread, last message: 'I'll be honest, I'm not coping. Sorry. — Sunny.' The peer was worried about the friend who wrote it; we explained how her friend can reach the service.",
    ),
    # --- person_name: exams and results ---
    (
        "person_name",
        "Peer's results: OSCE 62/100 (pass mark 65), written 71%, MCQ 148/200. Her friend Xia passed everything and she feels humiliated comparing. Supp exam in 3 weeks.",
    ),
    (
        "person_name",
        "Results talk. Peer scored 54% on the Year 2 progress test vs a cohort mean of 61%. Study partner Obinna got 78% and keeps posting about it. Planned a 6-week revision timetable.",
    ),
    (
        "person_name",
        "GAMSAT retake worries: S1 58, S2 63, S3 60, overall 61. Needs 65+ for her preferred school. Her cousin Tatenda is tutoring her on weekends for free.",
    ),
    (
        "person_name",
        "Peer failed 2 of 12 OSCE stations (history-taking and the breaking-bad-news station examined by Dr Haddad). 10/12 overall is a pass but he's fixated on the two.",
    ),
    (
        "person_name",
        "Pharm exam: 41/60, borderline. The peer blames herself for helping Nattawut study instead of doing her own revision; we talked about boundaries with friends.",
    ),
    (
        "person_name",
        "End of year: anatomy 68, physiology 59, biochem 47 (fail), 2 supps allowed. Peer says Nonna Carmela will be 'so disappointed'; she hasn't told the family yet.",
    ),
    (
        "person_name",
        "AMC part 1 prep for an IMG peer: practice scores 52%, 57%, 61% over 3 months. Peer's husband Sabbir is working nights so she can study days. Burnout risk.",
    ),
    (
        "person_name",
        "Peer compared her rank 143/220 with her housemate Yui's 12/220. Discussed that rank isn't worth. She laughed for the first time in the session.",
    ),
    (
        "person_name",
        "Special consideration outcome: approved for 2 of 3 assessments (case report and MCQ), declined for the portfolio. Peer said Prof Ohanian told her 'portfolios are never extended'.",
    ),
    (
        "person_name",
        "Mock OSCE score sheet (peer shared): station 1 14/20, station 2 17/20, station 3 9/20 (examiner: Dr E. Tsikata). Station 3 feedback was harsh; peer wants to contest it.",
    ),
    (
        "person_name",
        "Three fails in a row on the weekly quizzes (4/10, 5/10, 3/10). The peer said his study group with Lencho and two others broke up and he's lost structure.",
    ),
    (
        "person_name",
        "Peer received 'borderline' in the clinical portfolio (14.5/25). Clinical supervisor was Dr Farrugia-Borg; peer felt the rating reflected one bad day. Discussed the review process.",
    ),
    (
        "person_name",
        "Percentile 23 on the national progress test. Peer's father, Baba Reza, expects top 10. Most of the session was about family expectations rather than the score itself.",
    ),
    (
        "person_name",
        "Results day, 9:00. Peer passed with 66% (needed 50). Still anxious because Jelena, her study buddy, failed and she feels guilty. Survivor guilt discussed.",
    ),
    (
        "person_name",
        "Peer's GPA 5.2 → 4.6 this semester; scholarship threshold is 5.0. She is afraid the scholarship officer, Ms Boutros, will cancel it. Linked her to the scholarships FAQ.",
    ),
    # --- person_name: hurried phone notes ---
    (
        "person_name",
        "quick note sorry on phone. peer v anxious re supp tmrw, idk if she slept. her bf minh is driving her in. no risk. will f/u after 2pm",
    ),
    (
        "person_name",
        "ppl on her rotation r being awful, esp the reg (dr stojanovski). she wants to quit. talked options. booked w/ wellbeing thurs",
    ),
    (
        "person_name",
        "saw him at lunch, v flat. said nasim his flatmate moved out n he cant cover rent. sent hardship link. f/u fri",
    ),
    (
        "person_name",
        "typing fast: peer cried in the stairwell, ok now. her friend precious came and sat w us. no risk. will log properly later",
    ),
    (
        "person_name",
        "ok so peer says her mum n aunty hoa keep calling abt marriage stuff, cant focus on study. not unsafe just v stressed. f/u next wk",
    ),
    (
        "person_name",
        "on the bus. peer msgd at 11pm bc panic attack. grounding done, she's ok. her roomie jess k. was w her. close loop tmrw",
    ),
    (
        "person_name",
        "peer missed 3 tuts, says tutor (mr petrovic) marked her absent even tho she emailed. idk whats true. helped her draft msg to coord",
    ),
    (
        "person_name",
        "lol peer brought me a banh mi as thanks. serious bit: her brother tuan is in hosp and she's the only one w good english so she's translating every day. exhausted",
    ),
    (
        "person_name",
        "quick: peer ok, just venting re placement. mentioned liam b. from her yr is also struggling. told her he can contact us himself",
    ),
    (
        "person_name",
        "cant talk long. peer says kollie (her cousin) is staying w her rn and its crowded, no space to study. suggested library late hrs. f/u mon",
    ),
    (
        "person_name",
        "peer v upset bc her grandma (bà ngoại) passed & she cant fly home. name of the grandma was bà Lan, funeral is in saigon. offered deferral info",
    ),
    (
        "person_name",
        "ugh. peer said sgt. mukanya? no wait, her dad is a cop back home. anyway dad = farai mukanya, v strict, she's scared to tell him abt failing. supportive chat",
    ),
    (
        "person_name",
        "brb. ok. peer good today!! passed the resit. said thx to everyone incl gabi from the drop in. closing contact",
    ),
    (
        "person_name",
        "peer: 'hope says she'll cover my shift' — hope is her coworker at the pharmacy. main issue = too many hrs. suggested talking to manager",
    ),
    (
        "person_name",
        "peer's partner will came to the session (w/ consent). both worried abt money. referred to financial counselling. f/u in 2 wks",
    ),
    (
        "person_name",
        "on phone sry. the peer from chin community, her uncle pu thang is sick in hakha n she's sending $$ home. cant afford books. bursary info sent",
    ),
    (
        "person_name",
        "peer asked if rose (her tutor) can be told she's unwell. said only w/ her consent + she can tell rose herself. she'll email",
    ),
    (
        "person_name",
        "tmrw f/u w peer. her flatmate summer keeps having parties til 3am. not safe? no, just loud. tenancy rights info sent",
    ),
    (
        "person_name",
        "quick one. peer says bliss from her church group is the only person she talks to. isolated. invited her to the peer walk group",
    ),
    (
        "person_name",
        "hurry: peer in ED waiting room w friend, not for herself, for her friend jules who fainted. peer shaken. check in tmrw",
    ),
    # --- person_name: formal academic English ---
    (
        "person_name",
        "The peer presented with symptoms consistent with acute academic stress, precipitated by a recent assessment outcome. She identified her maternal aunt, Mrs Chaltu Gemechu, as her principal source of support within Australia.",
    ),
    (
        "person_name",
        "In accordance with the service's protocol, the supporter (Ms Dzifa Amedzro) conducted a structured risk assessment, which did not indicate imminent danger. A follow-up contact was scheduled within seven days.",
    ),
    (
        "person_name",
        "The contact was characterised by marked ambivalence regarding continuation of the degree. The peer attributed this, in part, to the influence of her clinical supervisor, Associate Professor Grech.",
    ),
    (
        "person_name",
        "It is noteworthy that the peer repeatedly referenced his elder brother, Yohanes, as a benchmark of success; this comparative framing appears central to his distress and warrants further exploration.",
    ),
    (
        "person_name",
        "The supporter observed that the peer's narrative coherence diminished when discussing her former partner, Mr Ilya Morozov; she elected not to elaborate and this choice was respected.",
    ),
    (
        "person_name",
        "Consistent with a strengths-based approach, the session foregrounded the peer's existing coping strategies, including weekly contact with a mentor, Dr Hser Nay Moo, and regular physical activity.",
    ),
    (
        "person_name",
        "The peer described the ward environment as 'hostile'. Specific reference was made to the consultant, Dr Esther Abitbol, whose feedback she perceived as personally targeted. No policy breach was alleged.",
    ),
    (
        "person_name",
        "This reflection documents a contact in which the principal stressor was intergenerational conflict. The peer's grandmother, referred to as Halmeoni Soon-ja, resides with the family and opposes her career choice.",
    ),
    (
        "person_name",
        "The literature on medical student burnout suggests that social comparison is a salient factor; this was evident in the peer's repeated references to her classmate, Anastasia Sokolova.",
    ),
    (
        "person_name",
        "Notwithstanding the peer's initial reluctance, she consented to a referral to student wellbeing. She asked that her housemate, Snezana, not be informed, a request which was of course honoured.",
    ),
    (
        "person_name",
        "The supporter, Mr Kenji Watanabe, noted a congruence between the peer's affect and content; the peer was tearful when describing the loss of a pet and euthymic otherwise.",
    ),
    (
        "person_name",
        "Of particular concern was the peer's report of financial coercion by an older relative, identified as Uncle Sargon, who controls her scholarship stipend. Referral to specialist services was discussed.",
    ),
    # --- person_name: mixed language ---
    (
        "person_name",
        "Peer kept saying 'mệt quá' (so tired). Her mother, cô Phượng, works double shifts at the nail salon and the peer feels she has no right to complain. Validated both.",
    ),
    (
        "person_name",
        "She said 'gwaenchana, gwaenchana' over and over but clearly wasn't. Her unnie, Ji-woo, lives in Seoul and they talk every night; peer feels alone in Perth.",
    ),
    (
        "person_name",
        "Peer joked 'shikata ga nai' about failing the quiz. Underneath, lot of pressure from his father, Takahashi-san, who is a surgeon in Osaka.",
    ),
    (
        "person_name",
        "Mixed English/Indonesian session. 'Capek banget, kak.' Peer's older brother Hendra pays her fees and she's terrified of disappointing him. Semangat plan made together.",
    ),
    (
        "person_name",
        "She said 'siga siga' is her yiayia's motto. Yiayia Eleni is in aged care in Oakleigh and the peer visits daily, which is eating her study time.",
    ),
    (
        "person_name",
        "'Pazienza,' he said, shrugging. His nonno, Carmelo Russo, had a stroke last month and the family rotates hospital shifts. He hasn't told the faculty.",
    ),
    (
        "person_name",
        "Peer said 'inshallah I'll pass' and then got teary. Her father, Abu Karim, lost his job and she's working 25 hours a week. Hardship info given.",
    ),
    (
        "person_name",
        "Peer mixed English and Arabic throughout. 'Yalla, I just need to get through this.' She mentioned Abouna Charbel at her parish is someone she trusts.",
    ),
    (
        "person_name",
        "Peer said 'ganbatte' to herself as she left. Earlier she spoke about her obaachan, Fumiko, who raised her and is now unwell in Sapporo.",
    ),
    (
        "person_name",
        "'Ăn cơm chưa?' was the first thing she asked me, laughing — her dad Quang always asks that. Talked about homesickness; she's from Hải Phòng originally.",
    ),
    (
        "person_name",
        "He used 'hyung' for his mate Dong-hyun who's been covering for him at the part-time job. Feels he's letting everyone down. No risk.",
    ),
    (
        "person_name",
        "Peer used 'gapapa' (it's fine) a lot. Actually not fine: her tante, Liliana Tanoto, wants her home in Surabaya for Lebaran and she can't afford it mid-semester.",
    ),
    (
        "person_name",
        "'Panagia mou,' she said about the exam timetable. Also said Kyria Vlahos, the family friend she boards with, is kind but nosy about her grades.",
    ),
    (
        "person_name",
        "'Che stress!' Peer said the nonna network is in full force since her cousin Francesca Di Stefano told everyone she failed. Boundary-setting discussed.",
    ),
    (
        "person_name",
        "'Alhamdulillah, I passed' — then immediately worried about her sister Hamida who's doing Year 12 in Kabul, no news in a week.",
    ),
    (
        "person_name",
        "Peer switched to Korean when upset: '진짜 힘들어'. Talked about her boyfriend, Choi Min-jae, who moved to Sydney; long-distance strain plus exams.",
    ),
    (
        "person_name",
        "She said 'dai, dai' as encouragement to herself. Mentioned Zia Pina drives her to placement in Werribee three days a week.",
    ),
    (
        "person_name",
        "'Habibi, it's fine,' he said, but it wasn't. His cousin Fadi Yousif is pressuring him to join the family business instead of doing internship.",
    ),
    (
        "person_name",
        "Peer used 'kos' for her boarding room. Her landlord, Pak Budi, keeps entering without notice. Tenancy rights explained.",
    ),
    (
        "person_name",
        "She called me 'senpai' as a joke. Serious part: the older student mentoring her, Ryo, has been making comments that feel off. Discussed reporting options.",
    ),
    # --- person_name: various cohorts, nicknames, titles, names like words/places/months ---
    (
        "person_name",
        "Peer from the Karen community. Her mother, Naw Paw Htoo, speaks little English so the peer handles all medical appointments for the family. Carer strain discussed.",
    ),
    (
        "person_name",
        "Peer is Kachin; mentioned her father Lahpai Zau Tu still lives in Myitkyina and phone contact is patchy. Worry about him is constant background noise.",
    ),
    (
        "person_name",
        "Rohingya peer, first in family at uni. Her brother Nur Kamal arrived recently and she's helping him with paperwork every evening. Sleep down to 5h.",
    ),
    (
        "person_name",
        "Peer talked about Navid, her brother, who was refused entry to university in Iran because of the family's faith. She feels she must succeed for both of them.",
    ),
    (
        "person_name",
        "He mentioned his grandmother Shamiran, who survived the displacement from Nineveh, and said failing would feel like betraying her. No risk, heavy guilt.",
    ),
    (
        "person_name",
        "Peer is of Syrian Armenian background. Her aunt Nairi Manoukian is hosting her this year. Mostly positive, but zero privacy to study.",
    ),
    (
        "person_name",
        "Coptic peer fasting for the Nativity Fast; low energy on placement. Mentioned Father Bishoy has offered to talk with her parents about her workload.",
    ),
    (
        "person_name",
        "Peer's dad, Joseph Camilleri, runs the family bakery and expects her there every weekend. She hasn't had a day off in 7 weeks.",
    ),
    (
        "person_name",
        "Maltese-Australian peer, grandmother Nanna Carmen in Sunshine is unwell. Peer is her main carer on weekends.",
    ),
    (
        "person_name",
        "Croatian peer, said her father Ante wants her to 'just toughen up'. Explored what support she'd actually like from home.",
    ),
    (
        "person_name",
        "Peer said her boyfriend Goran Nikolovski keeps checking her phone. Explored whether she feels safe; she said yes but wanted info, which we gave.",
    ),
    (
        "person_name",
        "Ukrainian peer; her younger brother Taras is still in Lviv. She's on the news every night until 2am. Talked sleep hygiene and limiting doom-scrolling.",
    ),
    (
        "person_name",
        "Peer from a Sephardi family; her mother Yael and grandmother are pushing her to come home every Shabbat. Travel is 90 min each way on placement weeks.",
    ),
    (
        "person_name",
        "Ashkenazi peer mentioned her zaide, Moishe Rosenblum, has dementia and keeps asking when she'll be a doctor. Bittersweet; she wanted to talk about him.",
    ),
    (
        "person_name",
        "South African Jewish peer, moved from Joburg at 14. Best friend Tali Kaplan moved back there last month; she feels unmoored.",
    ),
    (
        "person_name",
        "Sudanese peer; older sister Nyandeng Majok has just had a baby and peer is helping every night. Exhausted on placement.",
    ),
    (
        "person_name",
        "Congolese peer said his pastor, Jean-Claude Mbuyi, has been the only adult checking on him since he moved out of home.",
    ),
    (
        "person_name",
        "Burundian peer said her friend Divine had introduced her to the service. Main stressors: rent and a failed clinical skills assessment.",
    ),
    (
        "person_name",
        "Eritrean peer mentioned his uncle Yonas Habte, who sponsored him, expects regular money. He sends 40% of his income home.",
    ),
    (
        "person_name",
        "Somali peer; mother Fadumo Hassan works as a cleaner at the hospital where she's on placement. Peer feels conflicted and protective.",
    ),
    (
        "person_name",
        "Sierra Leonean peer; said her aunty, Aminata Conteh, raised her and is now sick in Freetown. Flights unaffordable.",
    ),
    (
        "person_name",
        "Liberian peer said Saye, his roommate, has been amazing — cooks dinner every night during exams. Support network is solid.",
    ),
    (
        "person_name",
        "Salvadoran peer. Her tía, Yesenia Alvarado, is helping with rent but it comes with constant criticism. Mixed feelings.",
    ),
    (
        "person_name",
        "Colombian peer; boyfriend Daniel Cárdenas-Ospina is doing his PhD overseas. Time difference making it hard.",
    ),
    (
        "person_name",
        "Chilean peer said her two surnames confuse the uni system (Fuentes Araya). Her actual name, Camila Fuentes Araya, got split wrong on her transcript, and it's causing grief with AHPRA paperwork.",
    ),
    (
        "person_name",
        "Hmong peer, said her husband Tou Yang is supportive but the in-laws expect her to cook for 12 every Sunday. Time pressure discussed.",
    ),
    (
        "person_name",
        "Thai-Chinese peer; her ah-ma, Supaporn Sae-Lim, passed in Bangkok. Peer wasn't able to go. We talked about grief rituals she can do here.",
    ),
    (
        "person_name",
        "Teochew peer mentioned his ah-gong Lim Chee Keong runs a stall at the market and he helps every Saturday 5am–1pm.",
    ),
    (
        "person_name",
        "Shanghainese peer; her mum, Shen Weiwei, calls at 7am daily asking about marks. Peer wants to set a boundary without hurting her.",
    ),
    (
        "person_name",
        "Peer of Indonesian Chinese background said her koko (older brother) Yohanes Gunawan is the golden child, and she's always compared with him.",
    ),
    (
        "person_name",
        "Bangladeshi peer; said her fiancé Tanvir wants the wedding in Dhaka in the middle of her final year. Huge stress.",
    ),
    (
        "person_name",
        "Hazara peer; spoke about Zahra, her younger sister in Quetta, who can't go to school. Heavy guilt about being here.",
    ),
    (
        "person_name",
        "Baha'i peer talked about her friend Roya Khadem from the community who helps her study. Positive support.",
    ),
    (
        "person_name",
        "Chaldean peer said his fiancée, Rita Kassab, is planning a big wedding for December, the same month as his final exams.",
    ),
    (
        "person_name",
        "Lebanese Maronite peer; mum Marie-Thérèse calls during every tutorial. Talked about phone boundaries.",
    ),
    (
        "person_name",
        "Serbian peer, brother Miloš Ilić is in trouble with the law overseas; peer is distracted and ashamed.",
    ),
    (
        "person_name",
        "Macedonian peer said her baba, Biljana Trajkovska, is the one who pushed her into medicine and now she's unsure whether she even wants it.",
    ),
    (
        "person_name",
        "Polish peer mentioned her partner, Kasia, is also a med student; they're competing for the same internship and it's straining things.",
    ),
    (
        "person_name",
        "Russian peer said his mother, Anastasia, can't visit because of visa issues. He hasn't seen her in three years.",
    ),
    (
        "person_name",
        "Oromo peer said her best friend Bontu Tolosa is her emergency contact and lives two streets away.",
    ),
    (
        "person_name",
        "Igbo peer mentioned Chidi Eze, a consultant who mentors African students, has offered to review her CV.",
    ),
    (
        "person_name",
        "Ewe peer, his sister Esinam is doing nursing at the same uni; they share a flat and fight a lot.",
    ),
    (
        "person_name",
        "Zimbabwean peer said her name is Memory and she's tired of people making jokes about it in tutorials.",
    ),
    (
        "person_name",
        "Peer said Patience (her flatmate) has been covering rent while she waits on Centrelink.",
    ),
    (
        "person_name",
        "The peer's cousin Grace Kabongo has offered her a room. Better than the current share house.",
    ),
    ("person_name", "He said his girlfriend, April, broke up with him by text at 2am before his OSCE."),
    (
        "person_name",
        "Peer's study partner Sydney (yes, like the city) dropped out, so she's studying alone now.",
    ),
    (
        "person_name",
        "Peer mentioned her little brother Hunter, 9, who she looks after three afternoons a week.",
    ),
    (
        "person_name",
        "Peer's aunt Adelaide is coming to stay for six weeks during the exam period. Panicking about space.",
    ),
    (
        "person_name",
        "His friend Rocky (real name, not a nickname) has been dragging him to the gym. Good for mood.",
    ),
    (
        "person_name",
        "Peer's coach, Mr Brook Hennessy-Whitlam, from her rowing club, told her to drop uni or drop rowing.",
    ),
    (
        "person_name",
        "Peer talked about Jade, her ex, whom she still lives with because neither can break the lease.",
    ),
    (
        "person_name",
        "Long session. Started with the OSCE, then rent, then a lot about how isolating the rural rotation is — no phone signal at the house, an hour to the nearest supermarket, nobody her age. Towards the end she mentioned that the only person she really talks to there is the practice nurse, Merrin, who invites her for dinner on Thursdays. Plan: weekly video check-ins with us.",
    ),
    (
        "person_name",
        "Long one. Peer came in about sleep. Covered caffeine (5–6 coffees/day), phone use in bed, night shifts on the ED rotation, and noise from the neighbours. Agreed a 2-week experiment with a wind-down routine. Only at the very end did she say the real reason she can't sleep is that her father, Reza Akbari, has been detained, and she's waiting for news. Referred to wellbeing with consent.",
    ),
    (
        "person_name",
        "Peer's nickname for her supervisor is 'the Colonel' but her actual supervisor is Dr Rutendo Chikwanha, who she says is fair but blunt.",
    ),
    (
        "person_name",
        "Peer uses the nickname 'Kosta' for her dad, Konstantinos, who is ill. She's been doing his dialysis transport.",
    ),
    (
        "person_name",
        "Peer's nickname at work is 'Bish' — short for Bishoy. Coworkers at the pharmacy have been teasing him about it and he's had enough.",
    ),
    (
        "person_name",
        "Peer said Sash (Aleksandra) from her year has been spreading rumours. Discussed options incl. speaking to the year coordinator.",
    ),
    (
        "person_name",
        "Peer called him 'Uncle Deng' — Deng Akol, a family friend who is helping her with visa paperwork.",
    ),
    (
        "person_name",
        "Peer said her housemate Hayley D. found her crying and messaged our service on her behalf. Peer grateful but embarrassed.",
    ),
    (
        "person_name",
        "Peer mentioned 'Prof Ndikumana' said he 'wasn't cut out for surgery'. Shattered. We explored the context and other feedback he's had.",
    ),
    (
        "person_name",
        "Peer's brother-in-law, Mohamed Sesay, has moved in with the whole family, making the flat very crowded.",
    ),
    (
        "person_name",
        "She said the kind registrar on nights, Dr Phạm Bảo Ngọc, stayed back to debrief after a patient death. That helped a lot.",
    ),
    (
        "person_name",
        "Peer's classmate Le Quang Huy has offered to share notes. She's anxious about accepting because she thinks she'll owe him.",
    ),
    (
        "person_name",
        "The peer wants to nominate her tutor, Dr Tran Minh Khoa, for a teaching award because he's been so understanding.",
    ),
    (
        "person_name",
        "The peer's mentor, Sister Philomena (a retired nurse and nun), has been a steady presence; she'd like to keep seeing her fortnightly.",
    ),
    (
        "person_name",
        "Nana June, the peer's grandmother, has moved into the spare room after a fall. The peer is now a carer as well as a student.",
    ),
    (
        "person_name",
        "peer: 'sonia from my tute thinks i'm faking it.' not true obviously. talked abt what to say if it comes up again",
    ),
    (
        "person_name",
        "she called her sister 'Ruby-Rose' throughout, the sister's been unwell and the peer is the primary carer on weekends",
    ),
    (
        "person_name",
        "He mentioned Florence — not the city, his ex-girlfriend — is now on the same rotation. Avoiding her is exhausting.",
    ),
    (
        "person_name",
        "Peer says her lecturer Dr Mehmet Aydın-Walsh is 'the only one who gets it' and she'd like to ask him for a reference.",
    ),
    (
        "person_name",
        "Peer mentioned that her closest friend, Faith Ncube, is also applying for the rural pathway and they're worried about being split up.",
    ),
    # --- phone ---
    (
        "phone",
        "Peer asked us to call her back on 0412 783 904 after 5pm instead of using the app; explained we only use app messages but noted her preference.",
    ),
    (
        "phone",
        "chat: Lead: did she leave a number? Supporter: yep +61 423 551 087, said text first. Lead: ok but keep to the app pls",
    ),
    (
        "phone",
        "Peer's emergency contact (her aunt) is on (03) 9387 2215; peer asked us to write it down in case she doesn't pick up. Explained our process.",
    ),
    (
        "phone",
        "quick: peer gave me her mob 0438991204 bc app keeps crashing. told her we'll sort the app, deleting from my phone",
    ),
    (
        "phone",
        "Table copied from intake\nField | Value\nPreferred contact | phone\nNumber | 0401.662.318\nBest time | evenings",
    ),
    (
        "phone",
        "The email the peer forwarded ended with a signature: 'Kind regards, Clinical School Office | ph (02) 6125 4480 ext 12 | mob 0429 310 756'. The mobile is the peer's own, she'd signed it herself.",
    ),
    (
        "phone",
        "Weekly summary: one peer asked to be contacted on her landline, 08 9341 7726, as she has no mobile data this month. Flagged for team discussion about app-only policy.",
    ),
    (
        "phone",
        "Peer read out the number of the man who's been texting her threats: +61 (0)4 5512 9083. Advised her to report to police and keep screenshots.",
    ),
    (
        "phone",
        "peer wants her flatmate to be the one we call if she goes quiet — 04-7729-0341. reminded her we don't call third parties w/o consent",
    ),
    (
        "phone",
        "Exam results aside, the peer wanted her new number recorded: 0455 102 667 (old one was stolen with her phone).",
    ),
    (
        "phone",
        "In formal terms, the peer requested that correspondence be directed to her personal telephone number, 0416 908 223, rather than the institutional system.",
    ),
    (
        "phone",
        "Peer said 'gọi cho em nhé' and wrote her number on a napkin: 0487 334 190. We explained why we can't use it.",
    ),
    # --- email ---
    (
        "email",
        "Peer wanted the summary sent to her personal address, mai.t.hoang92@gmail.com, rather than her uni one. Explained we don't send summaries out.",
    ),
    (
        "email",
        "Forwarded thread; her address in the To: line was k.seoyeon.med@outlook.com. She asked if her placement coordinator could see these threads.",
    ),
    (
        "email",
        "chat: Supporter: she said email her at tigerlily_88 at hotmail dot com. Lead: app only, don't save that",
    ),
    (
        "email",
        "The peer's uni address, z4471093@ad.unsw.edu.au, was copied on the hurtful reply-all; she asked whether it could be removed from the list.",
    ),
    ("email", "Table\nChannel | Detail\nApp | preferred\nEmail | amanuel.t.fit@yahoo.com.au\nPhone | no"),
    (
        "email",
        "peer said msg her on her other email bc uni one is full: chaltu.g.2001@protonmail.com. said we can't, app only",
    ),
    (
        "email",
        "Email thread quoted by the peer; the harassing messages came from throwaway.medsoc2024@gmail.com. She has reported it to the faculty.",
    ),
    (
        "email",
        "The peer asked that any referral letter go to nhiapa.vang at student dot monash dot edu. Recorded her preference; referral made via the official form.",
    ),
    (
        "email",
        "Supervisor weekly summary: peer in contact 4 requested we add her personal email (s.rahman.dhk@gmail.com) to the mailing list; declined per policy.",
    ),
    (
        "email",
        "In accordance with the peer's request, it is noted that she prefers to be contacted at ivana.horvat.perth@icloud.com; however, the service's policy precludes external email.",
    ),
    (
        "email",
        "Peer said 'yalla, just email me' — farah_abdirahman@live.com.au. Told him we stick to the app.",
    ),
    (
        "email",
        "Peer's drafted extension email ended 'Kind regards, [student] | jrestrepo@student.uwa.edu.au'. She asked if including her uni address in the signature was normal.",
    ),
    # --- street_address ---
    (
        "street_address",
        "Peer has moved to unit 4/12 Harcourt St, Leederville, to be closer to the hospital. Still unpacking, no desk yet.",
    ),
    (
        "street_address",
        "quick: peer staying at her cousins place, 27 Wattle Crescent, Noble Park, for the exam period. safer than the share house",
    ),
    (
        "street_address",
        "Peer's rural placement accommodation: Lot 3, Kojonup–Katanning Road, Kojonup WA 6395. No reception inside the house.",
    ),
    (
        "street_address",
        "Table from intake\nField | Detail\nHousing | share house\nAddress | 15 Oxford Street, Mount Lawley WA 6050\nStable? | no",
    ),
    (
        "street_address",
        "The peer receives mail at PO Box 1183, Dandenong VIC 3175, because her home address isn't stable. Hardship form needs a postal address.",
    ),
    (
        "street_address",
        "Peer's landlord is threatening eviction from 9/41 Beaufort St, Perth; tenancy advocate info given.",
    ),
    (
        "street_address",
        "Weekly summary: one peer's flat at 2/88 Nicholson Road, Canning Vale was broken into; she is staying with family this week.",
    ),
    (
        "street_address",
        "Email thread: 'Please send the documents to 103 Railway Parade, Marrickville NSW 2204. Cheers.' The peer asked if this was safe to share with the faculty; it's her home.",
    ),
    (
        "street_address",
        "peer said come by after shift, she's at 6 Kurrajong Pl Lalor, told her we don't do home visits",
    ),
    (
        "street_address",
        "Peer mentioned the address of the man she fears: 55 Malvern Road, Toorak VIC 3142. Advised police and family violence line.",
    ),
    (
        "street_address",
        "It is recorded that the peer currently resides at 1146 Great Eastern Highway, Glen Forrest, some 40 km from campus, which substantially increases travel burden.",
    ),
    (
        "street_address",
        "Peer's placement billet: 'Greenacres', 482 Old Coast Rd, Australind. The host family is kind but it's isolating.",
    ),
    # --- date ---
    (
        "date",
        "Peer's date of birth is 14/03/2001; she asked whether that would stop her getting the young-carer bursary (cut-off is 25).",
    ),
    ("date", "Intake table\nField | Value\nDOB | 2002-07-19\nYear | 3\nProgram | MD"),
    ("date", "quick: peer's court date is 9 oct 2025 (the AVO matter). she's terrified. f/u the day before"),
    (
        "date",
        "The peer was admitted to the mental health unit on 3 June 2025 and discharged 17 June; she wants that time recognised for special consideration.",
    ),
    (
        "date",
        "Peer was born on 28 Feb 2004 and her 21st falls in the middle of the exam block. Birthday dinner stress.",
    ),
    (
        "date",
        "Email thread quoted: 'Your hearing is scheduled for Tuesday 18 November 2025 at 10:00.' The peer wanted help preparing.",
    ),
    (
        "date",
        "Weekly summary: contact 3 peer disclosed she was born 01.11.1999 and is worried she's 'too old' for the scholarship.",
    ),
    (
        "date",
        "The visa letter she showed me lists her DOB as 30/09/1998; she's worried the age cut-off for the internship scheme excludes her.",
    ),
    ("date", "peer's bday is 6 august 2003, wants to skip the family party. talked thru options"),
    (
        "date",
        "Formally noted: the peer's admission to the emergency department occurred on 22 April 2025, the day prior to the examination.",
    ),
    (
        "date",
        "Peer said her son was born on 12 Jan 2024 and she's still finding it hard to study with a baby.",
    ),
    (
        "date",
        "Date of the assault the peer disclosed: Saturday 5 July 2025. Referral to sexual assault service with consent.",
    ),
    # --- student_id ---
    (
        "student_id",
        "Peer gave her student number S214-7730 so we could 'look her up'. Explained we don't access records.",
    ),
    ("student_id", "Table\nField | Value\nStudent ID | S509-1186\nYear | 2\nPlacement | ED"),
    (
        "student_id",
        "quick: peer sent screenshot of her results w/ her zID z5312048 showing. told her to crop it next time",
    ),
    (
        "student_id",
        "The email she forwarded had her ANU number in the subject line: u7348219 — Extension request.",
    ),
    (
        "student_id",
        "Peer read out her student number, s3987241, while on the phone to the registrar's office in front of me.",
    ),
    ("student_id", "Adelaide student, ID a1827734, asking whether we can vouch for her with the faculty."),
    (
        "student_id",
        "Peer's student number is 22847193; she wanted us to check her special consideration status (we can't).",
    ),
    (
        "student_id",
        "Weekly summary: contact 6 included the peer's student ID (S773-0429) in a message, which was removed from the app thread.",
    ),
    (
        "student_id",
        "peer said her student no. is 10482376 idk why she told me. anyway, main thing = stress re results",
    ),
    (
        "student_id",
        "The peer's University of Queensland student number, 47219836, appeared on the medical certificate she shared.",
    ),
    (
        "student_id",
        "Email chain, subject line: 'RE: S342-6618 supplementary exam application'. Peer wanted help understanding the reply.",
    ),
    ("student_id", "Results printout the peer showed: Student ID 31195467 — MED3001 Fail."),
    # --- medicare ---
    (
        "medicare",
        "Peer read out her Medicare number (4260 18159 5) at the GP desk; she asked me if that was enough for bulk-billing.",
    ),
    ("medicare", "Intake table\nField | Value\nMedicare | 2830 16617 2 / 1\nGP | student health"),
    (
        "medicare",
        "quick: peer asked me to hold her medicare card for a sec, number 2860913921, gave it straight back. noting bc she asked if its ok",
    ),
    (
        "medicare",
        "Email the peer forwarded from the clinic: 'Please confirm your Medicare number 6960 30822 3 before your appointment.'",
    ),
    (
        "medicare",
        "Weekly summary: contact 2 peer's Medicare card (5281 94821 1) was lost during the move; referred to Services Australia.",
    ),
    (
        "medicare",
        "The peer's Medicare number, 6935-18192-1, was visible in the photograph she shared; this has been noted for redaction.",
    ),
    (
        "medicare",
        "peer's medicare no is 6378 657 974 idk if thats right format. anyway she needs a mental health plan",
    ),
    (
        "medicare",
        "Peer wanted help with the GP mental health plan form; she had filled in Medicare 4432319405 and IRN 2.",
    ),
    (
        "medicare",
        "Peer asked whether her Medicare number 5574 91186 4 would show counselling visits to her parents (she's on their card).",
    ),
    ("medicare", "Peer shared a screenshot of her myGov page showing Medicare 3527 60180 5 1."),
    # --- tfn ---
    (
        "tfn",
        "Peer is applying for a casual job and shared her TFN, 507 529 173, asking if it's safe to give to the employer.",
    ),
    ("tfn", "Table\nItem | Detail\nTFN | 127 684 261\nEmployer | pharmacy"),
    ("tfn", "quick: peer sent her tax file no 846563219 in the app by accident. told her to delete it"),
    (
        "tfn",
        "Email forwarded by the peer from a 'recruiter': 'Please reply with your TFN (223 307 923) to confirm.' Likely a scam.",
    ),
    (
        "tfn",
        "Weekly summary: contact 5 peer had her TFN (440-268-598) stolen in a phishing attack; referred to ATO.",
    ),
    (
        "tfn",
        "The peer's tax file number, 952 890 788, appeared on the Centrelink letter she brought to the session.",
    ),
    (
        "tfn",
        "peer asked if her tfn 666617600 is needed for the scholarship form. said check with scholarships office",
    ),
    ("tfn", "Peer said her employer used TFN 313 721 597 on her payslip and it looks wrong."),
    (
        "tfn",
        "Peer filled in the hardship application with TFN 901 396 249 and wanted me to check it before she submitted.",
    ),
    (
        "tfn",
        "The peer's tax file number (595 711 773) is on her payment summary; she is worried about identity theft after her wallet was stolen.",
    ),
    # --- url ---
    (
        "url",
        "Peer shared her study notes doc: https://docs.google.com/document/d/1xQz7vPLmN3rA9sKt2Yb/edit. She wants feedback.",
    ),
    (
        "url",
        "quick: peer sent link to her fundraiser for her dad's surgery, gofundme.com/f/help-my-baba-get-home. wants ppl to share",
    ),
    (
        "url",
        "Peer's LinkedIn: linkedin.com/in/tendai-m-moyo-md. She's worried about her profile after failing a unit.",
    ),
    (
        "url",
        "Peer showed me the blog where she writes about her anxiety: https://quietwardnights.wordpress.com/about-me.",
    ),
    (
        "url",
        "Email thread with a link to her personal portfolio: https://sites.google.com/view/selam-t-portfolio.",
    ),
    (
        "url",
        "Peer forwarded a Reddit post she wrote about her supervisor: reddit.com/r/medicalschool/comments/1b7x9k/throwaway_ozmed_peer/. Worried she's identifiable.",
    ),
    (
        "url",
        "Weekly summary: a peer posted her results on a public Notion page (notion.so/hkim-year3-results-8f21a); supporters advised making it private.",
    ),
    (
        "url",
        "Peer asked us to look at her YouTube channel where she vlogs med school: youtube.com/@oromo.med.diaries.",
    ),
    (
        "url",
        "The peer referenced a public Facebook post about her: facebook.com/groups/perthmedstudents/posts/7740021935. She wants it taken down.",
    ),
    (
        "url",
        "Peer shared her GitHub link for the research app she built: github.com/ngocanh-pham/osce-timer.",
    ),
    # --- social_handle ---
    (
        "social_handle",
        "Peer said the account harassing her is @medgossip_perth on Instagram. Screenshots taken.",
    ),
    (
        "social_handle",
        "quick: her insta is @linh.studies, she posts study content. anxious abt ppl seeing she failed",
    ),
    ("social_handle", "Peer's Snapchat is kwabz_99; she wanted to know if we have a snap. We don't."),
    (
        "social_handle",
        "Discord: peer's username is hazara_doc#4412 and he's in a study server where someone's been bullying him.",
    ),
    (
        "social_handle",
        "Peer's TikTok, @nonna.and.me.cooks, went viral and now people at the hospital recognise her.",
    ),
    ("social_handle", "Table\nPlatform | Handle\nInsta | @rudo.rises\nTikTok | none"),
    (
        "social_handle",
        "Weekly summary: peer in contact 7 shared her Twitter/X handle @gamsat_grind_22 asking us to follow. Declined.",
    ),
    ("social_handle", "Peer said a classmate keeps DMing from @shady_surg_reg_; she wants it to stop."),
    (
        "social_handle",
        "The peer disclosed that she is the author of the anonymous account @burntout_md_aus, and asked that this remain confidential.",
    ),
    ("social_handle", "peer said add me on snap, her snap is eleni_k_04. said no, app only"),
    # --- ip_address ---
    (
        "ip_address",
        "Peer forwarded a login alert: 'New sign-in from 203.45.117.82 (Melbourne)'. She thinks her ex has her password.",
    ),
    (
        "ip_address",
        "quick: peer got a suspicious login email, ip 101.182.44.9, not her. told her to change pw + 2FA",
    ),
    (
        "ip_address",
        "Table from the alert she forwarded\nTime | IP | Location\n02:14 | 144.132.88.201 | Sydney\n02:17 | 144.132.88.201 | Sydney",
    ),
    (
        "ip_address",
        "Email thread: 'We noticed a sign-in from 2001:8003:4c1e:7a00:1d5:9bff:fe22:3c41.' The peer doesn't recognise the device.",
    ),
    (
        "ip_address",
        "Weekly summary: contact 8 peer's uni account was accessed from 49.176.203.14; IT notified by the peer.",
    ),
    (
        "ip_address",
        "The peer presented a security notification identifying access from IP address 110.144.2.57, which she attributes to a former partner.",
    ),
    (
        "ip_address",
        "Peer said her email provider flagged a login from 121.200.15.73, which matches her ex's home connection. Referred to IT and family violence info.",
    ),
    ("ip_address", "peer's google alert said sign in from 58.96.12.240, she was asleep. pw changed"),
    (
        "ip_address",
        "Login alert pasted by the peer: 'IPv6 2404:4400:4181:9a00:c4f1:2ee0:7b5a:1e09, Perth, WA'. Her housemate may have been using her laptop.",
    ),
    ("ip_address", "Peer's Instagram showed a login from 27.33.250.118 and she's frightened."),
]

ORDINARY: list[str] = [
    # --- group chat (role labels only) ---
    "Copied from the supporters' chat. Lead: who's on tonight? Night roster: me, till midnight. Lead: great, the peer from the paeds block might message, she said after 9. Night roster: noted.",
    "[supporter chat 08:12] Supporter 1: peer didn't reply after the OSCE. Lead: give it 48h then one more gentle message. Supporter 1: ok 👍",
    "Group chat excerpt — Me: peer wants to know if we can help with the Centrelink form. Lead: we can sit with her while she does it, we don't fill it in. Me: perfect.",
    "Chat, pasted as is:\nLead: reminder, no names in logs\nSupporter 2: yep\nSupporter 3: sorry, fixed mine from yesterday",
    "chat log: Supporter A: peer is fasting for Ramadan so afternoons are rough. Supporter B: suggest meeting after iftar? Lead: yes, or a call at 8.",
    "Group chat: Will anyone be free Thursday at 4 for the drop-in? Lead: I will. Supporter 2: me too if the tute finishes on time.",
    "Roster chat 22:40 — Night roster: peer messaged about chest tightness, advised GP or 13 11 14 if she feels unsafe, or 000 if it's an emergency. She said she's ok, just anxious. Lead: good handling.",
    "Chat: Lead: Grace period for logging is 24h, not 72h, folks. Supporter 4: oops, my bad. Lead: all good.",
    "From the chat: Supporter 1 says the peer's housemate situation is 'beyond cooked'. Lead: translate pls 😂 Supporter 1: they haven't paid rent in 2 months and the peer's covering it.",
    "Group chat, Sunday: Me: peer passed her supp!!! Lead: yesss. Supporter 3: 🎉🎉. Me: closing the contact with her permission.",
    "Chat extract — Supporter 2: peer asked if we're mandatory reporters. Lead: explain the limits of confidentiality, same as the training slide. Supporter 2: done.",
    "Supporter chat: Hope the Friday debrief is still on? Lead: yes, 5pm, room 2.14. Bring snacks.",
    "Chat: Lead: the peer from Tuesday — any risk? Supporter 1: none, she's sleeping better and has a GP appt Monday. Lead: close after the appt.",
    "Copied from chat: 'Supporter: can I give her my number? Lead: no, app only. Supporter: ok.' Peer was informed of the boundary and accepted it.",
    "Group chat thread. Supporter 3: peer asked if we know any good psychologists who bulk-bill. Lead: point her to the GP for a mental health treatment plan, then the Medicare rebate applies.",
    "Chat 6:30am: Night roster: quiet night, 1 contact, resolved. Morning roster: cheers, taking over.",
    "Chat: Supporter 2: peer says the ED reg 'ripped into' her in front of the whole team. Lead: supportive listening, offer the formal feedback pathway, no pressure.",
    "Copied: Lead: Mark the date — training refresher on the 14th, 6pm. Supporter 1: in the calendar.",
    "Group chat: Supporter 4: the peer's Lunar New Year plans fell through, she's alone this year. Lead: mention the international students' dinner on Saturday.",
    "Chat snippet\nSupporter: peer didn't turn up\nSupporter: messaged via app, no reply\nLead: try again tmrw then close if nothing",
    "Chat: Me: peer watching Bluey to calm down before exams lol. Lead: honestly valid. Me: she said Bandit is the parent she never had 😭",
    "Supporter chat: Supporter 1: peer compared herself to Meredith Grey again. Lead: 😅 gently remind her Grey's is fiction. Supporter 1: I did, we laughed.",
    "Chat: Lead: anyone know if Lifeline's text service is 24/7? Supporter 3: yes I think so, but the phone line 13 11 14 definitely is.",
    "Group chat — Supporter 2: peer is a huge Matildas fan, Sam Kerr poster on her wall, says football is the only thing keeping her sane. Lead: encourage it!",
    "Thread from the roster chat: Supporter 1: peer's Eid celebrations clashed with the OSCE. Lead: special consideration for religious observance is a thing, send the policy.",
    "chat: Supporter 3: peer loves BTS and said listening to Spring Day gets her through night shifts. Lead: cute, whatever works.",
    # --- supervisor weekly summaries ---
    "Weekly summary (supervisor), week 4: 9 contacts. Themes: exam stress (4), finances (2), placement conflict (2), grief (1). No escalations. All supporters debriefed.",
    "Supervisor summary, wk 7. Contacts: 12. Two peers needed referral to student wellbeing, both with consent. One peer rang 000 herself during a panic episode and is fine now. Reminder to roster: log within 24h.",
    "Weekly roundup: 15 contacts logged, 13 closed. Outstanding: two peers awaiting special consideration outcomes. Next week: training on cultural safety.",
    "Fortnightly summary: volume up 40% with exams. Three peers from the rural cohort reported isolation. Suggest a fortnightly video catch-up for rural placements.",
    "Weekly summary — contact 1: stress, resolved. Contact 2: flatmate conflict, info given. Contact 3: hardship, referred to the uni's emergency fund. Contact 4: no-show.",
    "Summary of week 2 contacts. Five peers; common thread was sleep. Two peers on ED nights. One peer mentioned Ramadan fasting on placement. No risk flags.",
    "Supervisor's weekly: contacts 6, repeat peers 2. Supporters reminded that we are not counsellors and should refer when out of depth. 1800 011 511 added to the resource card.",
    "Weekly supervision notes. Reviewed 7 contacts. Strengths: warmth, pacing. Growth areas: avoiding advice-giving, checking understanding. Overall excellent week.",
    "Week 10 summary. Quiet week (3 contacts). One peer asked about Lifeline; one peer wanted study tips; one peer was upset about the new Monash clinical school allocations.",
    "Summary (supervisor) — themes this week: imposter syndrome, money, sleep. Thanks to the whole roster for covering the public holiday.",
    "Weekly contacts overview. 8 peers seen. Two peers mentioned the same tutor's harsh feedback; flagged (without names) to the faculty liaison as a pattern.",
    "Monthly summary: 34 contacts, 3 escalations, 0 critical incidents. Most common time of contact: Sunday 8–11pm. Consider an extra Sunday evening shift.",
    "Weekly summary covering 6 contacts. (1) Exam anxiety. (2) Visa worries. (3) Grief, grandmother overseas. (4) Flatmate conflict. (5) Burnout. (6) No-show. All followed up.",
    "Supervisors' note: several peers referenced the ABC show about junior doctors; mixed reactions. Some found it validating, some triggering. Worth a team chat.",
    "Team summary, week ending Friday: 11 contacts. Tết and Lunar New Year produced a small spike in homesickness contacts. Supporters handled well.",
    "Weekly summary: Easter break means fewer contacts (4). Two peers on placement over Easter, feeling left out of family celebrations. Orthodox Easter next week too.",
    # --- plain-text tables ---
    "Contact | Theme | Follow-up\n1 | exam stress | Thu\n2 | housing | Mon\n3 | grief | Fri\n4 | no-show | close",
    "Peer\tIssue\tOutcome\nhe/him\tfailed OSCE station 4\treferred to academic skills\nshe/her\tconflict with tutor\tsupported to email unit coordinator",
    "Week | Contacts | Notes\n1 | 4 | all stress-related\n2 | 6 | one peer in hospital (now discharged)\n3 | 5 | quiet",
    "Time | What happened\n19:00 | peer messaged\n19:10 | call started\n19:45 | safety plan reviewed\n20:00 | ended, peer calmer",
    "Rotation | Stressor | Rating (1-10)\nPaeds | long hours | 7\nPsych | supervisor unavailable | 8\nGP | travel | 5",
    "Action items\tOwner\tDue\nsend special consideration link\tsupporter\tTue\ncheck in after results\tlead\tFri\nclose contact if no reply\tlead\t+14d",
    "Supports named | Relationship\nbest friend | uni\nmum | family\nyouth group leader | church",
    "Day | Mood (self-rated) | Comment\nMon | 3/10 | argued with partner\nWed | 5/10 | slept better\nFri | 6/10 | exam done",
    "Service | Number | When\nLifeline | 13 11 14 | 24/7\n1800RESPECT | 1800 011 511 | 24/7\nEmergency | 000 | 24/7",
    "Issue\tPeer's words\nplacement\t'the NUM told me I'm useless'\nsleep\t'4 hours a night'\nfood\t'skipping lunch'",
    "Referrals made | To whom | Accepted?\nacademic skills | faculty | yes\ncounselling | student wellbeing | yes\nfinancial | Centrelink | pending",
    "Medication the peer mentioned | Dose | Notes\nsertraline | 50 mg mane | started 3 weeks ago, GP-managed\nmelatonin | 2 mg | occasional",
    "Exam | Score | Pass mark\nMCQ | 132/200 | 120\nOSCE | 61% | 60%\nPortfolio | satisfactory | satisfactory",
    "Support options discussed\tPeer's response\nGP mental health plan\tinterested\nStudent wellbeing\tnot yet\nLifeline 13 11 14\tsaved in phone",
    "Budget (peer's own numbers) | $/week\nRent | 280\nFood | 90\nTransport | 45\nPhone | 10\nIncome | 390",
    "Hours | Activity\n06:00–07:00 | commute\n07:30–17:30 | placement\n18:00–22:00 | casual job\n22:30–01:00 | study",
    "Ward | Rotation weeks | Peer's comments\n6B (gen med) | 4 | supportive team\n9A (surgery) | 4 | brutal hours\nICU | 2 | scary but good",
    "Score | Week 1 | Week 4\nK10 (self-report) | 32 | 24\nSleep (hrs) | 4.5 | 6.5\nCoffees/day | 6 | 3",
    "Topic\tTime spent\nexams\t20 min\nfamily\t15 min\nmoney\t10 min\nplans\t5 min",
    "Contact method | Count this week\napp chat | 9\nin person | 3\nphone via app | 2",
    # --- email threads ---
    "Peer forwarded the email thread she'd had with the course office. Their reply: 'We have received your request and will respond within 5 business days. Kind regards, Student Administration.' She found the wait stressful.",
    "Quoted from the email the peer showed me:\n> Hi, sorry I've been MIA, things at home are rough.\n> Cheers\nWe talked about what 'rough' meant; no immediate risk.",
    "Email thread (peer's permission to quote): 'Dear Unit Coordinator, I am writing to ask for an extension on the reflective essay due to a family emergency.' She wanted help making it sound less apologetic.",
    "The peer read out her tutor's reply: 'No problem at all, take the time you need. Warm regards, your tutor.' She was relieved but still anxious about falling behind.",
    "Email he drafted with me: 'Hi all, I won't be at the study group this week, need a break. Cheers.' He felt guilty about sending it; we normalised taking time off.",
    "Forwarded thread, signature block: 'Clinical Skills Team | Year 3 | Level 2, Medical School'. The email criticised her professionalism; she felt it was unfair and wanted to respond calmly.",
    "Email from the unit chair the peer quoted: 'Your result stands. Regards, Office of the Unit Chair.' Peer devastated; discussed the formal review timeline (10 business days).",
    "Peer showed me an email signed 'Kind regards, Peer Support Team' that she thought was a scam. It was genuinely ours, from the reminder system.",
    "Email chain re rostering: 'Hi, can someone swap Saturday? — Kind regards, the roster.' Peer said constant swaps are wrecking his sleep.",
    "Forwarded: 'Dear students, the make-up session is cancelled. Cheers, Sim Lab.' The peer had arranged childcare for it and was furious.",
    "The peer's reply-all went to the whole year by mistake ('thanks so much, love you heaps'). She was deeply embarrassed; we talked through damage control and perspective.",
    "Email from student wellbeing the peer forwarded: 'Thank you for reaching out. Our next available appointment is in 3 weeks. If you need urgent support, call Lifeline on 13 11 14. Best wishes, Student Wellbeing.'",
    "She drafted an email to the faculty: 'I would like to request special consideration for the MCQ held on Friday due to illness. I have attached a medical certificate. Kind regards.' Good to go.",
    "Email thread: 'Hi team, I'm so sorry, I won't make placement tomorrow.' Reply: 'No worries, feel better. Cheers, the GP practice.' Peer had spent 2 hours worrying about sending it.",
    "Quoted: 'Best of luck in the OSCE! You've got this. Cheers, Year 4 Mentors.' Peer said that email made her cry (good tears).",
    "Email signature the peer found hilarious: 'Sent from my Nokia 3310'. Light moment in a heavy session about her failed portfolio.",
    "Peer received a generic email from AHPRA about provisional registration timelines and panicked. Went through it together; nothing was wrong.",
    "Email signed 'Ngā mihi, Māori and Pasifika Student Support' offering a study space. Peer appreciated it and plans to go.",
    # --- exams and results ---
    "Peer's results: OSCE 62/100 (pass mark 65), written 71%, MCQ 148/200. She feels humiliated. Supp exam in 3 weeks; revision plan drafted.",
    "Results talk. Peer scored 54% on the Year 2 progress test vs a cohort mean of 61%. Planned a 6-week revision timetable with 2 rest days a week.",
    "GAMSAT retake worries: S1 58, S2 63, S3 60, overall 61. Needs 65+ for her preferred school. Sitting again in March.",
    "Peer failed 2 of 12 OSCE stations (history-taking and breaking bad news). 10/12 overall is a pass but he's fixated on the two.",
    "Pharm exam: 41/60, borderline. Peer blames herself for helping friends instead of studying. Talked about boundaries.",
    "End of year: anatomy 68, physiology 59, biochem 47 (fail), 2 supps allowed. Peer hasn't told the family yet.",
    "AMC Part 1 prep for an IMG peer: practice scores 52%, 57%, 61% over 3 months. Target 65%. Burnout risk; discussed pacing.",
    "Peer ranked 143/220. Housemate ranked 12/220. Discussed that rank isn't worth. She laughed for the first time all session.",
    "Special consideration outcome: approved for 2 of 3 assessments, declined for the portfolio. Peer wants to appeal; 20 working days to lodge.",
    "Mock OSCE: station 1 14/20, station 2 17/20, station 3 9/20. Station 3 feedback harsh; peer wants to contest it.",
    "Three fails in a row on weekly quizzes (4/10, 5/10, 3/10). Study group broke up and he's lost structure. Suggested a Pomodoro routine.",
    "Percentile 23 on the national progress test. Family expects top 10. Most of the session was about expectations rather than the score.",
    "Results day, 9:00. Peer passed with 66% (needed 50). Still anxious because her study buddy failed; survivor guilt discussed.",
    "GPA 5.2 → 4.6; scholarship threshold 5.0. Peer afraid of losing the scholarship. Linked the scholarships FAQ and appeal policy.",
    "Peer got 7/7 in the clinical skills assessment but only 3/7 in professionalism. Confused; helped her ask for specific feedback.",
    "USMLE Step 1 practice (she's hoping to work in the US): NBME 14 = 198, NBME 16 = 211. Needs a pass, not a score. Reassured about what the numbers mean.",
    "Glasgow Coma Scale quiz: peer got 3 of 5 wrong and is convinced she'll kill someone on the wards. Normalised the learning curve.",
    "Peer's ECG station: misread a first-degree heart block as Wenckebach (Mobitz I). Examiner was kind. Peer still replaying it.",
    "Exam timetable clash: MCQ at 9:00 on Monday, OSCE at 13:30 same day. Peer wants to request a reschedule. Form sent.",
    "Peer passed the AMC clinical with 12/16 stations. Said 'I can finally breathe'. Closing contact.",
    "Peer's K10 score dropped from 34 to 22 over 6 weeks. She's proud and so are we.",
    "Peer got 89% on the pharmacology exam and still feels like a fraud. Imposter syndrome, textbook case.",
    "Peer's final-year long case: 'borderline pass'. The case was a patient with Crohn's and a new fistula. She froze on the management plan.",
    "Peer needs 50% on the resit to progress; she got 48.5% first time. Set up a study plan with 3 x 2-hour blocks per day.",
    "Peer's marks: 72, 68, 75, 49, 81. The 49 was anatomy, spot test. Discussed targeted revision with the anatomy museum open hours.",
    "Peer asked how the 'borderline regression' standard setting works for the OSCE. Explained what we know; referred to the assessment office.",
    "Written exam: 120 MCQs in 150 minutes. Peer ran out of time with 18 unanswered. Talked time management for next sitting.",
    "Peer scored 38/40 on the Apgar and neonatal resus quiz and didn't believe it. Made her read it out twice.",
    "Overall WAM 68.4, needs 70 for honours pathway. Peer is 1.6 away and thinking of dropping a unit. Advised talking to the course advisor.",
    "Peer's UCAT from years ago (2710) keeps coming up in her head as 'proof' she's not smart. Long chat about outdated metrics.",
    # --- hurried phone notes ---
    "quick note sorry on phone. peer v anxious re supp tmrw, idk if she slept. her bf is driving her in. no risk. will f/u after 2pm",
    "ppl on her rotation r being awful esp the reg. she wants to quit. talked options. booked w/ wellbeing thurs",
    "saw him at lunch, v flat. flatmate moved out n he cant cover rent. sent hardship link. f/u fri",
    "typing fast: peer cried in the stairwell, ok now. no risk. will log properly later",
    "on the bus. peer msgd at 11pm bc panic attack. grounding done, she's ok. close loop tmrw",
    "peer missed 3 tuts, says tutor marked her absent even tho she emailed. idk whats true. helped her draft msg to coord",
    "quick: peer ok, just venting re placement. no risk. closing",
    "brb. ok. peer good today!! passed the resit. closing contact",
    "peer on nights all wk, sleeping 3-4 hrs. suggested earplugs + eye mask + blackout curtains. f/u mon",
    "cant talk long. peer says house is crowded w relatives staying, no space to study. suggested library late hrs",
    "tmrw f/u w peer re results. she's ok tonight",
    "peer asked abt lifeline number, gave 13 11 14. she's safe, just wanted it saved",
    "ugh app crashed mid chat. peer ok, reconnected after 10 min. no risk",
    "peer brought cookies lol. main thing = she passed OSCE. v happy",
    "hurry: peer in ED waiting room w a friend, not for herself. shaken. check in tmrw",
    "peer says the new ward is 'cooked' lol. long hrs, no breaks. she's coping tho",
    "peer asked if 2 wks off is 'allowed'. yes. sent leave of absence info",
    "idk if this counts as a contact but peer waved me down at the cafe to say thx. logging anyway",
    "peer v upset re results, 44/100. supp in 3 wks. plan made. f/u next wk",
    "quick: will follow up w peer fri, she's at a funeral thurs",
    "peer: 'i'm fine' x4 lol. checked risk properly, none. just tired",
    "peer forgot her meds (sertraline) for 3 days bc of moving house. advised call GP. she's ok",
    "on phone sry. peer's rent went up $60/wk. cant afford. hardship + tenancy info sent",
    "peer fasting for lent, dizzy on ward round. suggested she talk to her GP + priest abt exemptions",
    "peer wants 2 swap placements bc of commute (2hrs each way). told her to email the coord, gave template",
    "peer gaming til 4am to cope (elden ring lol). not judging. talked sleep tho",
    "peer v stressed, uni email said 'urgent: see me'. turned out to be abt a parking fine lmao. relief",
    "peer says ppl in her yr r cliquey. feels left out. suggested the peer walk group sat 8am",
    "sorry typos. peer needs $400 for a laptop repair, cant afford. sent the equipment bursary link",
    "peer ok. just needed to vent abt the bus. 45 min late 3 days running. relatable",
    "peer mentioned feeling low since daylight saving ended, dark at 5pm. talked light + walks",
    "quick one: peer doing ok, GP appt booked thurs, no further action",
    "peer didnt want to talk much. sat w her for 20 min in silence. she said it helped",
    "peer asked abt student health hrs. mon-fri 9-5. told her ED or 000 after hrs if urgent",
    "tmrw: check in w peer after her 8am OSCE. she asked for a thumbs up msg lol",
    # --- formal academic English ---
    "The peer presented with symptoms consistent with acute academic stress, precipitated by a recent assessment outcome. She identified her maternal aunt as her principal source of support within Australia.",
    "In accordance with the service's protocol, the supporter conducted a structured risk assessment, which did not indicate imminent danger. A follow-up contact was scheduled within seven days.",
    "The contact was characterised by marked ambivalence regarding continuation of the degree. The peer attributed this, in part, to the influence of a clinical supervisor.",
    "It is noteworthy that the peer repeatedly referenced an elder sibling as a benchmark of success; this comparative framing appears central to his distress and warrants further exploration.",
    "Consistent with a strengths-based approach, the session foregrounded the peer's existing coping strategies, including weekly contact with a mentor and regular physical activity.",
    "The literature on medical student burnout suggests that social comparison is a salient factor; this was evident in the peer's repeated references to her classmates' results.",
    "Notwithstanding the peer's initial reluctance, she consented to a referral to student wellbeing. She requested that her housemate not be informed, a request which was of course honoured.",
    "The supporter noted congruence between the peer's affect and content; the peer was tearful when describing the loss of a pet and euthymic otherwise.",
    "Of particular concern was the peer's report of financial dependence upon an older relative who controls her stipend. Referral to specialist financial counselling was discussed.",
    "The peer articulated a sophisticated understanding of Maslach's model of burnout, and was able to locate her own experience within the dimensions of exhaustion and depersonalisation.",
    "Following Beauchamp and Childress, the supporter respected the peer's autonomy in declining referral, while ensuring that she had access to crisis resources, including 13 11 14.",
    "The peer's description of her workload (approximately 70 hours per week across placement, employment and study) is consistent with the upper range reported in the Australian medical student literature.",
    "Per the service framework, the contact was classified as low acuity. The peer was provided with written information and the contact was closed with her agreement.",
    "The peer reflected that Kübler-Ross's stages did not map neatly onto her grief; the supporter validated the non-linear nature of bereavement.",
    "The session explored the peer's experience of racialised microaggressions on placement. Her account was received without judgement and options for reporting were outlined.",
    "This contact illustrates the tension, described by Schön, between technical rationality and reflection-in-action; the peer felt her training had prepared her for the former but not the latter.",
    "The peer's presentation was notable for psychomotor retardation and reduced verbal output; however, she denied suicidal ideation and endorsed several protective factors.",
    "The supporter adopted a trauma-informed stance, prioritising safety, choice and collaboration. The peer elected to disclose only limited detail, which was respected.",
    "A salient theme was the peer's perception of the hidden curriculum, in particular implicit norms regarding long hours and stoicism on surgical rotations.",
    "In summary, the contact was supportive in nature; no risk indicators were identified; and the peer was encouraged to re-engage with the service as needed.",
    "The peer described symptoms suggestive of Raynaud's phenomenon and expressed concern about her fitness for surgical placement; she was advised to consult her general practitioner.",
    "Drawing upon self-determination theory, the supporter explored the peer's sense of autonomy, competence and relatedness, each of which she rated as diminished.",
    "The peer's concerns regarding confidentiality were addressed with reference to the service's written policy, including the limited circumstances under which disclosure may occur.",
    "Whereas previous contacts had centred on academic performance, the present contact concerned interpersonal difficulties within the peer's residential college.",
    "The peer considered Frankl's notion of meaning-making to be of some comfort, although she acknowledged that it did not diminish the practical difficulties she faced.",
    # --- mixed language ---
    "Peer kept saying 'mệt quá' (so tired). Her mum works double shifts and the peer feels she has no right to complain. Validated both.",
    "She said 'gwaenchana, gwaenchana' over and over but clearly wasn't. Her older sister lives in Seoul; peer feels alone here.",
    "Peer joked 'shikata ga nai' about failing the quiz. Underneath, a lot of pressure from her father, a surgeon back home.",
    "Mixed English/Indonesian session. 'Capek banget, kak.' Peer's older brother pays her fees and she's terrified of disappointing him. Semangat plan made together.",
    "She said 'siga siga' is her yiayia's motto. Her yiayia is in aged care and the peer visits daily, which is eating her study time.",
    "'Pazienza,' he said, shrugging. His nonno had a stroke last month and the family rotates hospital shifts. He hasn't told the faculty.",
    "Peer said 'inshallah I'll pass' and then got teary. Her father lost his job and she's working 25 hours a week. Hardship info given.",
    "Peer mixed English and Arabic throughout. 'Yalla, I just need to get through this.' She said the priest at her parish is someone she trusts.",
    "Peer said 'ganbatte' to herself as she left. Earlier she spoke about her obaachan, who raised her and is now unwell in Japan.",
    "'Ăn cơm chưa?' was the first thing she asked me, laughing — her dad always asks that. Talked about homesickness.",
    "He called his friend 'hyung', who's been covering for him at his part-time job. Feels he's letting everyone down. No risk.",
    "Peer used 'gapapa' (it's fine) a lot. Actually not fine: family wants her home for Lebaran and she can't afford it mid-semester.",
    "'Panagia mou,' she said about the exam timetable. Three exams in four days.",
    "'Che stress!' Peer said the whole extended family knows she failed. Boundary-setting discussed.",
    "'Alhamdulillah, I passed' — then immediately worried about her younger sister's schooling back home.",
    "Peer switched to Korean when upset: '진짜 힘들어' (it's really hard). Long-distance relationship plus exams.",
    "She said 'dai, dai' as encouragement to herself before going into the OSCE.",
    "'Habibi, it's fine,' he said, but it wasn't. Family pressure to join the family business instead of doing internship.",
    "Peer used 'kos' for her boarding room. Landlord keeps entering without notice. Tenancy rights explained.",
    "She called me 'senpai' as a joke. We laughed. Main topic was surgical rotation nerves.",
    "Peer said 'cố lên' (keep going) is what her mum texts every morning. It helps and also adds pressure.",
    "'Otsukare!' she said at the end — a tired, good session. Plan: sleep, then revise cardio.",
    "'Hwaiting!' from the peer as she left for the exam. Cute. Follow up tomorrow.",
    "Peer said 'nunchi' is why she never asks questions on ward rounds — reading the room. Talked about psychological safety.",
    "Peer described 'gaman' — enduring the unbearable with patience — as both her strength and her problem.",
    "Peer mentioned 'mudik' season; everyone is going home and she's stuck on placement. Loneliness.",
    "'Filotimo,' he said, is why he can't say no to extra shifts. Explored what it costs him.",
    "'Kalo mina!' she said at the start, for the first of the month. Light moment before a heavy chat about money.",
    "'Mamma mia, the anatomy spot test' — peer laughed, then admitted she'd been crying for two days beforehand.",
    "Peer said 'khalas, I'm done' about the share house. Looking for new accommodation.",
    "'Wallah I studied,' he said, showing his notes, 'and still failed.' Talked about study strategy vs effort.",
    "Peer said 'ma'alesh' (never mind) whenever she mentioned something hard. Gently noticed the pattern together.",
    "'Ramadan kareem' — peer is fasting and on surgical placement. Discussed energy, hydration after sunset, and talking to the team.",
    "Peer said her eomma sends kimchi every week from the other side of the city. Comfort food = comfort.",
    "'Bố mẹ' (parents) came up a lot — the peer is the first in her family at uni and carries all of that.",
    "Peer mentioned 'ikigai' from a book she's reading; wondered if medicine is hers.",
    "Peer said 'santo cielo' when she saw her rotation roster: 7 nights in a row.",
    "'Ela, ela,' she said, waving it off, but then spent 20 minutes on the real issue: her placement supervisor.",
    "Peer laughed: 'aduh, my brain is full.' Suggested a short break and a walk around the block before continuing.",
    "'Ya Allah, the OSCE,' she groaned. Station anxiety. Practised a few stations with her.",
    # --- public figures and fictional characters ---
    "Peer compared herself to Dr House — 'brilliant but miserable'. We unpacked that she doesn't need to be miserable to be good.",
    "Peer is reading Chimamanda Ngozi Adichie on the train and said it's the only thing that feels like home.",
    "Peer said Things Fall Apart was set for her Year 12 English and she thinks about Okonkwo's fear of failure a lot lately.",
    "Peer watched Parasite again and said the semi-basement scenes reminded her too much of her first share house.",
    "Peer is obsessed with Studio Ghibli; said Totoro is her 'emotional support movie'. Fair enough.",
    "Peer said Squid Game made her realise how much debt stress she's carrying (HECS plus a car loan). Financial counselling info given.",
    "Peer loves Dua Lipa and uses gym playlists to decompress after shifts. Positive coping.",
    "Peer cited Fred Hollows as the reason she chose ophthalmology and worries she's not 'good enough' to follow.",
    "Peer recounted Cathy Freeman's 2000 final as the moment she decided she wanted to do something that mattered.",
    "Peer said Patty Mills' Olympic bronze game is what she rewatches before exams.",
    "Peer quoted Rumi: 'the wound is the place where the light enters you'. She was crying a bit; we sat with that.",
    "Peer said she's been listening to Fairuz in the mornings because it's what her teta played. Homesick but soothing.",
    "Peer mentioned Nelson Mandela's 'it always seems impossible until it's done' is on a sticky note above her desk.",
    "Peer is rereading Harry Potter and said she feels like Neville Longbottom — slow to bloom. Lovely metaphor, we used it.",
    "Peer identifies with Hermione Granger and said she's afraid of failing more than anything. Perfectionism discussed.",
    "Peer described her surgical reg as 'a total Severus Snape' — harsh but maybe secretly on her side? Too early to tell.",
    "Peer said Frodo carrying the ring is exactly how final year feels. Gandalf would tell her to take a break, apparently.",
    "Peer is a massive Novak Djokovic fan and said his resilience keeps her going through the supp.",
    "Peer follows Luka Modrić and the Croatian national team; World Cup memories came up as a happy topic.",
    "Peer plays Pokémon GO on breaks; said catching a Snorlax outside the hospital made her day.",
    "Peer mentioned Mario Kart tournaments with her flatmates every Friday — good social outlet.",
    "Peer said Ted Lasso's 'be curious, not judgmental' has become her motto on the wards.",
    "Peer said Florence Nightingale's statue in the foyer makes her feel watched and judged. We laughed.",
    "Peer is reading Tolstoy and said Anna Karenina is 'too real right now'. Switched to lighter reading.",
    "Peer referenced Raskolnikov from Crime and Punishment when describing her guilt. Deep literary session.",
    "Peer cited Hippocrates, 'first do no harm', and said she's scared she'll harm a patient through fatigue.",
    "Peer loves Taika Waititi films; said What We Do in the Shadows cheered her up during exam week.",
    "Peer said Mahmoud Darwish's poetry is what she reads when she misses home.",
    "Peer listens to Umm Kulthum with her mum on the phone every Sunday; it's their ritual.",
    "Peer mentioned Dylan Alcott as an inspiration; she uses a wheelchair and is tired of people assuming she can't do surgery.",
    "Peer follows Ash Barty and said her decision to retire at the top made her think about whether she wants to continue in medicine.",
    "Peer quoted Pablo Neruda in Spanish and then translated for me. Lovely moment in a hard conversation about her break-up.",
    "Peer is a big Shakira fan; dancing in the kitchen is her coping strategy. Endorsed.",
    "Peer said Gabriel García Márquez's One Hundred Years of Solitude is what she reads on the train. It reminds her of home.",
    "Peer listens to Burna Boy on the way to placement every morning. Music as regulation.",
    "Peer mentioned Haile Gebrselassie's training discipline as the model for her study routine.",
    "Peer brought up Bong Joon-ho's Oscars speech about subtitles as a metaphor for feeling 'subtitled' in tutorials.",
    "Peer read Thich Nhat Hanh on mindful breathing and has been practising it before each station.",
    "Peer follows Hayao Miyazaki's 'no wasted frames' philosophy for her notes. Very meticulous; also exhausting.",
    "Peer said Dr Karl on the radio got her into science as a kid. Nice memory.",
    "Peer asked if St Charbel is the patron saint of anything useful for exams. We laughed; she lit a candle anyway.",
    "Peer's phone wallpaper is the Virgin Mary of Tinos. Faith is a strong protective factor for her.",
    "Peer celebrated Naw-Rúz with her community and said it was the first time she'd relaxed all term.",
    "Peer attended Irreechaa celebrations on the weekend and came back energised.",
    "Peer mentioned the Hmong New Year festival in December; she's volunteering and worried about time but excited.",
    "Peer mentioned Meskel and the bonfire; she missed it back home and felt sad watching videos.",
    "Peer described Pesach at home with 30 relatives and no time to study. Compromise plan made.",
    "Peer lit Diwali lamps in her room and sent us a photo. Joyful contact; just wanted to share.",
    "Peer said Santa Marija feast day in August is the one time the whole family gets together. She'll be on placement.",
    "Peer said Chuseok calls with family back in Korea left her feeling homesick for days.",
    "Peer mentioned the Obon festival and thinking about her grandfather, who died last year.",
    "Peer said Songkran water fights in Bangkok are her happiest childhood memory.",
    "Peer is a big Marvel fan; said Doctor Strange is 'a terrible role model for surgeons'. Funny and true.",
    "Peer mentioned Grey's Anatomy, Scrubs and The Pitt as shows that made her want to do medicine — and now she can't watch them.",
    "Peer compared ward rounds to The Hunger Games. Sarcastic but telling. Explored the culture on that ward.",
    "Peer said she's been playing The Legend of Zelda to switch off; Link never gets tired, apparently.",
    "Peer loves Kirby and has a plush on her desk. Said it helps her ground during panic.",
    "Peer quoted Dostoevsky: 'pain and suffering are always inevitable for a large intelligence'. Tried to steer towards self-compassion.",
    # --- hard cases: capitalised openers, eponyms, institutions, numbers ---
    "Will follow up Monday. Peer is on the Crohn's clinic rotation at the Royal Melbourne Hospital and finding the patient stories heavy.",
    "Hope is low this week, she said. Second fail on the anatomy quiz. Plan: meet with academic skills Wednesday at 2pm, room 3.17.",
    "Grace period for the supp application closes Friday 5pm. Peer hasn't started; helped her do it in the session.",
    "Mark the date: OSCE on the 14th. Peer wants a check-in the evening before.",
    "Still no reply from the faculty after 12 days. Peer frustrated. Advised escalating to the student advocacy office.",
    "Peer said she's been on the Parkinson's ward and a patient reminded her of her grandfather. Grief surfaced unexpectedly.",
    "Summer placement at Alice Springs Hospital confirmed. Peer excited but nervous about being 1,500 km from family.",
    "Rose from bed at 4:30am every day this week for surgical rounds. Peer running on empty.",
    "Sunny day, we walked the lake loop instead of sitting inside. Peer said movement helped her talk.",
    "Hunter Valley weekend with friends planned after exams. Something to look forward to.",
    "June and July are going to be brutal: 8 weeks of rural surgery then exams.",
    "May exams moved to April. Peer lost 3 weeks of revision time. Special consideration unlikely; discussed strategy.",
    "Peer on the Glasgow Coma Scale trauma sim was told she 'froze'. Reflected on the sim as a learning space.",
    "Peer asked whether Asperger's is still a used term; she was recently diagnosed with autism and wants to understand disclosure rights on placement.",
    "Peer has coeliac disease and struggles to find safe food at the hospital cafeteria. Suggested packing meals; raised with the faculty, anonymously, as a facilities issue.",
    "Peer was diagnosed with Hashimoto's last month; fatigue explains a lot. She's relieved but worried about placement hours.",
    "Peer's mother has Alzheimer's; peer is the secondary carer. Carer support info provided.",
    "Peer saw a paediatric patient with Kawasaki disease and couldn't stop thinking about it. Debriefed.",
    "Peer was on the team that did a Whipple procedure lasting 9 hours; she fainted at hour 7. Mortified; reassured it's common.",
    "Peer has Bell's palsy (resolving) and is self-conscious on placement. Talked about what she might say to patients.",
    "Peer's first Code Blue on Ward 7C. Patient survived. She shook for an hour afterwards. Debrief booked.",
    "Peer found Murphy's sign positive on her first real patient and was so excited she forgot to wash her hands. Laughed about it.",
    "Peer panicked about Guillain-Barré after reading about it; her tingling hands turned out to be anxiety. GP confirmed.",
    "Peer on the Tourette's clinic said it was the most humane rotation so far.",
    "Peer mentioned Cushing's syndrome case that looked just like her aunt. Spooked her; reassured but suggested the aunt see a GP.",
    "Peer spent Anzac Day on placement at the RSL aged care home; found it moving.",
    "Peer received a $1,500 hardship grant. Rent sorted for a month. Huge relief.",
    "Peer's weekly income is $340 and rent is $290. Referred to Centrelink and the uni's emergency fund.",
    "Peer's sertraline was increased to 100 mg by her GP. She's had side effects for a week; advised to talk to GP.",
    "Peer takes 0.5 mg lorazepam PRN before exams, prescribed. She worries about dependence; encouraged her to discuss with the prescriber.",
    "Peer's step count is down from 10,000 to about 2,000 a day since the ICU rotation. Not a crisis, a pattern.",
    "Peer slept 14 hours after the exam block ended. Said she feels human again.",
    "Peer is in Room 4.02 every day from 8am to 10pm. Encouraged breaks.",
    "Peer's library carrel, level 3, has become her second home. Half-joking, half-worrying.",
    "Peer said 80% of her cohort seems to have their lives together. Challenged that assumption gently.",
    "Peer waited 6 weeks for a psychologist appointment. Now has 10 Medicare-rebated sessions under her plan.",
    "Peer found the GP mental health care plan process confusing; walked through it step by step.",
    "Peer called 1300 789 978 on the weekend and said the person was lovely. Follow-up with us on Monday.",
    "Peer saved 000, 13 11 14 and 1800 011 511 in her phone during the session.",
    "Peer asked whether the campus security number (08) 6488 2423 works after hours. Yes, 24/7.",
    "Peer heard from Beyond Blue's forum that others feel the same. Comforting.",
    "Peer was referred to headspace but is over 25; redirected to the GP and student wellbeing.",
    "Peer has an appointment at Fiona Stanley Hospital's outpatient clinic on Thursday for her own health. Wants time off placement.",
    "Peer is on rotation at Sir Charles Gairdner and commuting 90 min each way from the hills.",
    "Peer is placed at Westmead Children's and found the oncology ward emotionally exhausting.",
    "Peer's placement at the Alfred ICU begins Monday; nerves high.",
    "Peer visited the Salvation Army op shop for cheap scrubs and was proud of the bargain.",
    "Peer got a Foodbank voucher via the student union. She was embarrassed; we normalised it.",
    "Peer is applying for AHPRA provisional registration and worried about disclosing a past mental health condition. Explained mandatory reporting thresholds in general terms.",
    "Peer asked what Services Australia needs to process Youth Allowance. Gave general info and the website.",
    "Peer's GP referred her to the Black Dog Institute's online program. She's trying it.",
    "Peer mentioned the Red Cross blood drive on campus; she fainted donating last time and laughed about it.",
    "Peer's week: Mon OSCE prep, Tue placement, Wed tutorial, Thu placement, Fri exam. Saturday off (finally).",
    "Peer's shift is 7am–7pm, four on, three off. She's coping but tired.",
    "Peer drove 340 km home on Friday night after a 12-hour shift. Talked about fatigue and driving safety.",
    "Peer's flight home costs $1,200 return. Can't afford before December.",
    "Peer asked whether 3 coffees and 2 energy drinks a day is 'a lot'. Talked about caffeine and sleep.",
    "Peer's BP was 150/95 at the student health check; advised follow-up with GP. She's worried it's stress.",
    "Peer failed the hand hygiene audit on Ward 5A and is mortified. It's a retrain, not a disaster.",
    "Peer said her HbA1c is 7.8 (she has type 1 diabetes) and placement hours make management hard. Suggested reasonable adjustments via disability services.",
    "Peer on ward round was asked to present a case of Addison's disease with no warning. She blanked. Reassured.",
    "Peer's first night shift on the Hartmann's recovery ward went well. Proud of herself.",
    "Peer saw a Colles fracture in ED and said it was the first time she felt useful. Small wins.",
    "Peer had a stillbirth on the obstetrics rotation. Very heavy debrief. Referred to wellbeing with consent.",
    "Peer's cat had to be put down during exam week. Grief is grief; validated.",
    "Peer is a carer for her younger brother with Down syndrome on weekends. Proud of it, but tired.",
    "Peer asked about Munchausen by proxy after a lecture and realised she was worrying about something at home. Explored gently; no disclosures made; gave 1800 011 511 just in case.",
    "Peer's Easter was spent on call. Made the most of it with hot cross buns in the doctors' lounge.",
    "Christmas Day shift on the geriatric ward. Peer said patients were lovely and she cried in the car after.",
    "Peer's Friday 13th exam felt cursed. It wasn't; she passed.",
    "Winter term is dark and cold; peer's mood tracks the weather. Talked light exposure.",
    "Autumn leave approved. Peer taking 5 days at the beach.",
    "Peer's cohort of 240 has 3 students from her country. Loneliness is real.",
    "Peer mentioned the 1 in 3 burnout stat from a lecture; said it made her feel less alone.",
    "Peer is reading When Breath Becomes Air and it's too close to home right now. Suggested a break from it.",
    "Peer read Atul Gawande's Being Mortal for the palliative care rotation and found it beautiful.",
    "Peer said Oliver Sacks's books got her into neurology. Nice to hear what she loves.",
    "Peer plays Stardew Valley for 30 min before bed. Cozy gaming as wind-down.",
    "Peer mentioned Saint Luke, patron saint of physicians, on a medal her grandma gave her. She wears it on placement.",
    "Peer said the Buddha's teaching on impermanence helps her let go of exam results.",
    "Peer joined the Ramadan community iftar on campus; said it was the first time she felt part of something.",
    "Peer went to the Karen New Year celebration and came back with photos and a lot of food.",
    "Peer missed the Kachin Manau festival because of placement; watched a livestream.",
    "Peer attended Chin National Day events and said seeing her community helped a lot.",
]
