# ruff: noqa: E501 — long notes are kept whole, one note per entry, as their authors wrote them
"""Held-out G, part 1: long reflective supervision journal entries, transcribed voicemails, pasted chat logs with timestamps and speaker tags, notes by supporters writing in English as a second language, group debrief notes naming several roles, markdown handovers with headings and bullets, and notes full of autocorrect errors.

Name cohorts: Polish, Greek, Lebanese, Ethiopian, Somali, Mongolian, Nepali, Bangladeshi, Thai, Indonesian, Maori, Tongan, Welsh, Hungarian, Cantonese, Korean, Nigerian (Yoruba and Igbo), Brazilian, Anglo-Australian surname-style given names, and English-word names used as names. Written blind: the author did not read the detector, its tests, its documentation or any other corpus, and never ran the detector on these notes. Every identifier is invented; Medicare numbers and tax file numbers carry valid checksums, student IDs follow STUDENT_ID_PATTERN or are pointed at by a cue. ORDINARY notes are deliberately hard: name-like everyday words, eponyms, institutions, places, directory and national line numbers, scores, doses, unit codes, partial dates and times.
"""

from __future__ import annotations

DIRECTORY_NUMBERS = ["000", "13 11 14", "1300 22 4636", "1800 55 1800", "1737"]
STUDENT_ID_PATTERN = r"\b[A-Z]{2}\d{6}\b"

IDENTIFYING: list[tuple[str, str]] = [
    (
        "person_name",
        "Journal, Thursday evening. I keep coming back to the contact with Kasia this afternoon. She sat in the study nook on level 3 with her laptop closed and said she hadn't opened the anatomy slides in nine days. What struck me was how calm she sounded while describing something that is clearly frightening her. I did what the training says: reflected, didn't rush to fix, asked about sleep and eating. She is eating once a day. She said she has not told anyone at home because her mum already thinks medicine was a mistake. I noticed my own urge to reassure her that everyone falls behind, and I held it back, which I think was right. We agreed she would email the year coordinator tomorrow and I would check in on Monday. For supervision: I want to talk about how to hold the line between being a friend in the year and being her supporter, because we share a PBL group.",
    ),
    (
        "person_name",
        "Reflection after Wednesday's contact. The student I saw talked mostly about her older brother Dawit, who has been unwell since he came back from Addis in the winter. She is the one who drives him to appointments and translates for her parents, and she has been missing the Tuesday clinical skills sessions to do it. She did not frame any of this as a problem; she framed it as her job. I found myself quite moved and also a bit out of my depth with the family dynamics. We talked about whether the faculty's special consideration process could recognise carer load, and she was surprised that it might. No risk indicators. Plan: she will look at the carer provisions on the student portal, and I'll ask my supervisor whether there is a carers' support group on campus that I can point her to.",
    ),
    (
        "person_name",
        "Long one tonight sorry. Met a second year in the courtyard who asked for me by name because his flatmate Hamza had used the service last term. He was worried about Hamza more than himself: not leaving his room, curtains shut, uneaten food outside the door, missing both placement days this week. He wanted to know if he was overreacting. I said no, that noticing and asking is exactly right, and we went through what he could say to him tonight, plainly, including asking directly about suicide if it felt like it was heading there. He was nervous about that. We practised the words. I gave him Lifeline 13 11 14 and told him 000 if he was ever worried about immediate safety. I want to debrief this with someone because I felt the weight of being one step removed from the person who might actually be at risk.",
    ),
    (
        "person_name",
        "Supervision journal. Today I noticed I had been avoiding writing up the contact with Bolor for two days. I think it's because it went badly, or felt like it did. She came in angry about a Year 2 exam result and I got defensive on behalf of the faculty, which is not my role. I said something like 'the marking is usually fair' and I saw her shut down. We recovered a little at the end when I apologised and asked what she actually needed, which was to be heard that it felt unjust. She said her family back in Ulaanbaatar are paying a lot for her to be here and a fail feels like it lands on all of them. The lesson for me is to notice when I'm siding with the institution. Supervisor question: how do I repair if I see her again?",
    ),
    (
        "person_name",
        "Reflecting on the walk-and-talk with Prakash. He prefers walking to sitting, which I've started to notice a few students do. We did two laps of the oval. He described a pattern of staying up until 3 or 4 am on his phone, then sleeping through morning lectures and catching up on recordings at double speed, which means he never feels like he has actually learnt anything. He was very self-critical about it, calling himself lazy more than once. I gently questioned the word lazy and we talked about what else might be going on. He mentioned his dad's heart surgery back in Pokhara in September and how he couldn't fly home for it. I think that grief and guilt sit under the sleep stuff. He agreed to book with a GP to talk about sleep and mood. Follow-up in a week.",
    ),
    (
        "person_name",
        "Journal entry. My contact today was with a student who spent most of our time talking about her partner, Tanvir, and whether she should move out of their shared place before the rotation starts. There was no suggestion of anything unsafe, which I checked carefully and asked about directly, but there was a lot of resentment about housework and money and who gives up what for whose career. She wanted me to tell her what to do. I noticed how tempting it is to give an opinion when someone asks so directly. I held to reflecting her own reasons back and she came to the view that she needs a longer conversation with him before deciding anything. I suggested the university counselling service does relationship sessions for students. What I want to bring to supervision is my discomfort with how much I liked being asked for advice.",
    ),
    (
        "person_name",
        "Evening reflection. Sat with Nattaya for almost an hour in the library courtyard. She's in the graduate-entry stream and older than most of her cohort, and feels invisible in tutorials, like the younger students talk over her. She said in Bangkok she was a pharmacist for six years and here she feels like a beginner at everything. I related to that a bit, from my own move, and I had to be careful not to make the conversation about me. We talked about what competence she brings that the others don't see, and she laughed for the first time when she described correcting a tutor's drug interaction. Low mood, no risk. She wants to try the mature-age student meetups. I'll send her the link through the program, not personally.",
    ),
    (
        "person_name",
        "Supervision log. Contact with a Year 4 student in the car park after a long day at placement. His consultant, Dr Nwachukwu, had apparently made a comment on the ward round about him being too slow that was said in front of a patient and the whole team. He wasn't crying but his voice kept cracking. He kept saying he didn't want to make a formal complaint because it would follow him. We talked about the options without pushing any: the confidential clinical school contact, writing down what happened while it was fresh, talking to his supervisor. I was aware of my own anger on his behalf. I need to check with my supervisor how we handle reports about named clinicians because I wrote the consultant's name in my notes before thinking about it.",
    ),
    (
        "person_name",
        "Reflection, late. The contact was with Ioanna, who I've seen twice before. She said things are better, which I want to believe, but she said it very quickly and then changed the subject to her sister's wedding in Thessaloniki. I asked again later, in a different way, about how the nights were going, and she admitted she is still waking at 2 am with her heart racing before every OSCE week. I think she presents well for others. I noticed I was relieved at the 'better' and almost let it go. Plan agreed: she will go back to the GP she saw in first year about the panic symptoms, and she's going to try the breathing app the GP recommended. I'll ask in supervision about how to check in without making someone feel they're being caught out.",
    ),
    (
        "person_name",
        "Thoughts after today. A first year came to the drop-in because her roommate, someone she called Wiremu, had left a message on the flat group chat that scared her, saying he was 'done with all of it'. She had screenshotted it. She was shaking. We rang his phone together and he answered; he was with his cousin and said he'd meant the course, not his life, but she still wasn't sure. I talked her through asking him directly tonight and staying with him, and about calling 000 if anything changed. I also reminded her that she was not responsible for keeping him alive on her own. This is the first time I've been in a situation that felt close to real risk and I am shaky writing this. I have flagged to the on-call supervisor as the protocol says.",
    ),
    (
        "person_name",
        "Journal. Short but important: Sione asked me not to write down anything about his family, and I agreed to keep it general, but what I can note is that he is working 30 hours a week in a warehouse on top of full-time study and sending money home to Nuku'alofa. He is exhausted and has fallen asleep in two tutorials. He laughed it off. I think there's shame about money and I want to handle that gently. We talked about the equity scholarships and the hardship fund and he was surprised they exist for medical students. He said he'd look. I'm going to bring to supervision: how to talk about money without making it feel like charity.",
    ),
    (
        "person_name",
        "Reflective entry. The student today wanted to talk about her housemate, who she called Mo (Mohamed I think), and how he has started drinking every night and playing music loud until 2. She can't sleep and her exams start in three weeks. She feels guilty for being annoyed because she thinks he's struggling too. I noticed she spent the whole time focused on his wellbeing rather than her own needs. We named that, gently. She's going to try talking to him on the weekend, and also look into the accommodation office's mediation service. I think the deeper thing is that she has always been the one looking after people in her family. Might come back.",
    ),
    (
        "person_name",
        "Supervision journal, week 7. I want to record something I did well and something I didn't. Did well: I stayed quiet for a long pause when Hyun-woo stopped talking, and he filled it with the thing he had actually come to say, which was that he had been thinking about leaving medicine altogether. Didn't do well: I then jumped in with 'but you're so close to the end of the year', which I regretted as soon as I said it. He's in second year, his parents in Seoul are doctors, and leaving would feel like a betrayal. We agreed he would talk to the careers service about what else is out there, not as a decision, just as information. No risk indicators. I'm going to practise tolerating that kind of disclosure without reassuring.",
    ),
    (
        "person_name",
        "Journal entry after the Friday drop-in. Oluwaseun came in with a friend who did most of the talking at first. It took a while for him to say anything himself. He's been getting recurring migraines in anatomy labs and thinks it's the formalin, but he's also stressed because he's failed one of the spot tests and his scholarship depends on a credit average. I wasn't sure how much was physical and how much was anxiety, and I said so, and suggested he see student health about the headaches in any case. The friend was very protective, which was lovely, but I noticed I kept addressing the friend. Next time I'll ask early if the person wants to talk alone.",
    ),
    (
        "person_name",
        "Reflection. I have been seeing Chidinma every fortnight since O-week and today she said she doesn't need to come any more. I felt a pang, which surprised me; I think I had become attached to being useful to her. She's found a study group, she has a GP she trusts, and she's sleeping. This is exactly what the program is meant to do and I should be glad, and I am. Writing this down because my supervisor said it's worth noticing when ending is hard for us, not just for the student.",
    ),
    (
        "person_name",
        "Journal. The student I saw in the evening slot talked about the cultural pressure around marriage. Her mother wants her to meet a family friend's son, Rashed, over the summer break, and she feels she can't say no without hurting her parents, but she also feels like her own plans (she wants to do a rural rotation) are being treated as less real. I'm aware I come from a very different background and I was careful not to impose my frame. I asked what she wanted, and what would make the summer bearable, and she said time with her cousins in Dhaka. We talked about who she could talk to there. No risk. I'll check whether there is a culturally specific counsellor at CAPS she could see.",
    ),
    (
        "person_name",
        "Long reflection. Tonight's call was from a student whose grandmother, Nana Te Aroha, died on Saturday. She wants to go home for the tangi, which will take most of a week, and she's terrified about missing the mid-semester assessment. She'd already looked at the faculty's policy and felt it didn't cover tangihanga properly because it talks about 'immediate family' only. We went through what she could write in her special consideration application, explaining her grandmother's role in raising her. She cried about her nana for a while and I just stayed with it. I felt honoured she shared it. I've noted to raise with the program coordinator whether the faculty's bereavement language fits whānau structures.",
    ),
    (
        "person_name",
        "Entry for supervision. Contact lasted 50 minutes, longer than I'd planned. Csilla wanted to talk about perfectionism. She said she rewrites her case notes four or five times and gets to bed at 1 am even on nights with no deadline. She showed me her planner, which was colour-coded to the quarter hour. I was impressed and a bit worried. She said her father in Debrecen was a surgeon and she grew up believing 95% was a failure. We spent time on what 'good enough' could look like for one small task this week. She picked the reflective essay. I think there might be something OCD-like in the pattern but I'm not qualified to say, so I gently suggested a psych appointment via the GP.",
    ),
    (
        "person_name",
        "Reflecting on the contact at 4 pm. The student was quite flat and spoke about her housemate Harper, who has a new partner over every night, and how she feels pushed out of her own kitchen. Underneath it she described feeling lonely in the cohort, like everyone else had their friendship groups sorted by week 3. I shared that a lot of students feel this even if it doesn't look that way. We talked about the year-level social and the volunteering society. She seemed lighter by the end. I'm noting to myself that loneliness comes up in almost every second-year contact I've had this term.",
    ),
    (
        "person_name",
        "Journal. Met with a student who wanted to talk about a lab partner called Gethin who keeps taking credit for shared work in front of tutors. She said it was small but it was eating at her. As she talked it became clear it was connected to an old pattern from school where she felt invisible. I noticed myself wanting to give practical advice (talk to the tutor) and instead asked what it brought up for her, and that's where the real conversation was. We left it with her thinking about whether to raise it with him directly. No risk. Felt like good work.",
    ),
    (
        "person_name",
        "Reflective note. I'm unsettled after the contact with Taini this morning. She disclosed that her uncle, who she lives with, is controlling about money and about who she sees, and that she's not allowed to stay late at uni. She was very clear she didn't want me to do anything and that she isn't in danger. I respected that, told her about 1800RESPECT on 1800 737 732 as a resource for herself or a friend, and about the university's safer communities team. I need to check in supervision whether what she described crosses any threshold for me to act. I think it doesn't, but I don't want to decide that alone.",
    ),
    (
        "person_name",
        "Supervision journal. Today's student, who introduced himself as Rhys, was in the first week back after deferring for a year. He'd had a bad depressive episode and spent most of it at home in Swansea. He said it felt like walking into a party where everyone already knows each other. He's seeing a psychiatrist and is on medication and feels stable, but he's scared of relapsing in exam season. We made a simple plan for what early warning signs he'd notice and who he'd tell. He said it was the first time anyone at uni had asked him what relapse looked like for him. I'll follow up in two weeks.",
    ),
    (
        "person_name",
        "Journal. Lengthy contact with a fourth-year who is struggling with a supervisor on her research block, Professor Albuquerque, who she says rewrites her drafts without explanation and hasn't met with her in six weeks. She's worried her honours mark is at risk. She didn't want to escalate formally. We talked through the research student advisor and drafted, together, a short email asking for a meeting with a clear agenda. She said having the words in front of her made it feel possible. No wellbeing red flags beyond stress, but she's not sleeping well and I suggested she watch that.",
    ),
    (
        "person_name",
        "Reflection. A first-year whose mother, Mrs Tadesse, rang the service line because she was worried she hadn't heard from her daughter in four days. The student was fine, just overwhelmed and had turned her phone off to study, but she was embarrassed and a bit angry at her mum. I spoke with the student (not the mother, because of consent) and we talked about how to reassure her family without giving up her independence. It made me think about how differently families expect contact. Noting for supervision: the process for when a parent contacts us was fine, but I felt unsure what I was allowed to say.",
    ),
    (
        "person_name",
        "Journal. I saw Rosa Figueiredo tonight at the peer drop-in. She's an international student from Recife and wanted to talk about being homesick at Christmas, which will be her first away from family. She laughed about the heat being wrong, the food being wrong, everything being wrong. Underneath it she talked about her grandmother being unwell and not knowing if she'll see her again. We made a loose plan for the break: the international students' Christmas lunch, video calls, a list of things to do on the worst days. I noticed how much lighter she was when she talked about food and I'm going to remember that.",
    ),
    (
        "person_name",
        "Um hi, it's Sunny, from, er, the second year group, I was, um, told to leave a message on this number if nobody picks up. I'm okay, I'm not in danger or anything, I just, um, wanted to talk to someone about the exam stuff, it's just a lot at the moment. I'll try again tomorrow at the drop-in I guess. Okay, bye.",
    ),
    (
        "person_name",
        "Voicemail transcript: hey it's um Mackenzie calling about my friend, she's, er, she's really not good and I don't know if I should be calling you or like the hospital, she's not hurt, she's just crying a lot and says she can't go to placement, can someone please call me back, I'll keep my phone on, thanks.",
    ),
    (
        "person_name",
        "Transcribed voicemail, 11:52 pm: hi, er, this is Agnieszka, I'm a third-year, I, um, I had a meeting booked for Thursday but I don't think I can make it because my grandmother died and I'm flying to Gdańsk tomorrow night, so, um, yeah, if someone could cancel it or move it, sorry, and, um, thank you.",
    ),
    (
        "person_name",
        "voicemail (transcribed by the app, unedited): hi it's Jordan from the Wednesday group um I'm calling because I said I'd check in after the exam and I just wanted to say I'm okay-ish, the exam was rough, I'm going to go home to my parents for the weekend and sleep, um, yeah that's all, speak next week.",
    ),
    (
        "person_name",
        "VM 08:14: Good morning, it's Dr Papadakis from the clinical school, I'm, er, returning a call from one of your volunteers about a student on my team, I can be reached through the clinical school front desk, um, I'll try again after the ward round, thanks.",
    ),
    (
        "person_name",
        "Voicemail: um hello, it's, er, Mr Haddad, Layla's father, sorry to call this number, she gave it to us in case, um, we just haven't been able to reach her since Sunday and we're a bit worried, she's probably fine, she's probably studying, but if someone could, er, check, thank you very much, goodbye.",
    ),
    (
        "person_name",
        "transcribed voicemail, Saturday 2:30 am: hey um it's Tui again, sorry for calling so late, I know nobody's there, I just, um, I needed to say it out loud to someone, I'm okay, I'm not going to do anything, I just feel really alone, I'll come to the drop-in on Monday, okay, um, bye.",
    ),
    (
        "person_name",
        "Voicemail, transcribed: hi, it's, um, Will, Will from first year, we talked last week about my sleep, I just wanted to let you know I went to the GP like we said and she was really nice and we've got a plan, so, er, thanks, that's all, you don't need to call back.",
    ),
    (
        "person_name",
        "Voicemail: er hi, this is Gantulga, I am, um, I'm the friend of a student you spoke to, he says it's okay for me to call, I am worried about him because he is not eating and he sleeps all day, can you call me please, I, er, I don't know what to do, thank you.",
    ),
    (
        "person_name",
        "VM (transcribed, poor line): hi... it's Bethan... I'm... on the train so sorry if it cuts out... I wanted to ask about the, um, the group for students with chronic illness... my rheumatologist said you might... yeah so if you could call... thanks.",
    ),
    (
        "person_name",
        "Voicemail, 6:40 pm: hello, um, it's Faith, I'm calling because I saw the poster about peer support in the anatomy building and I, er, I don't really know how it works, do I just come in, or do I need to book, um, I'm a first year, I'm okay, I just want to talk to someone who isn't my family, thanks.",
    ),
    (
        "person_name",
        "voicemail: hey it's kofi um just calling to say sorry I missed our catch up, my car broke down on the way to placement and then everything went bad, I'll email to rebook, I'm fine, honestly, bye.",
    ),
    (
        "person_name",
        "Transcribed voicemail, left on the program phone: hi, this is, um, Soraya's housemate, my name is Aisha, um, Soraya asked me to call because she's lost her voice, she had the tonsillitis thing, she can't come to Tuesday, she says sorry and she'll rebook, thanks, bye.",
    ),
    (
        "person_name",
        "[22:41] supporter: hi, thanks for messaging, how are you going tonight?\n[22:43] peer: not great tbh\n[22:43] peer: its the thing with Dimitris again\n[22:44] supporter: do you want to tell me what happened?\n[22:47] peer: he told the whole group chat I copied his notes\n[22:47] peer: I didnt",
    ),
    (
        "person_name",
        "[09:02] peer: morning, can we move our chat to 11\n[09:03] supporter: sure, 11 works\n[09:05] peer: thanks, Pim needs me to drive her to the GP first\n[09:05] supporter: no worries, see you at 11",
    ),
    (
        "person_name",
        "[21:10] peer: I feel like I can't breathe when I think about the OSCE\n[21:11] supporter: that sounds really scary. are you safe right now?\n[21:11] peer: yeah I'm safe. Bayarmaa is here with me\n[21:12] supporter: good, I'm glad you're not alone. can we do some slow breathing together?",
    ),
    (
        "person_name",
        "[23:58] peer: sorry its late\n[23:58] peer: i just got off the phone with my mum\n[23:59] peer: she says my aunty Fatuma is in hospital again and i should come home\n[00:01] supporter: that's a lot to hold at midnight. how are you feeling?\n[00:03] peer: numb i think",
    ),
    (
        "person_name",
        "[16:20] peer: my tutor Rangi said I should talk to you guys\n[16:21] supporter: I'm glad you reached out. what's been happening?\n[16:24] peer: I failed the long case and I've been hiding in the library since",
    ),
    (
        "person_name",
        "[18:33] peer: are you the same person as last week?\n[18:34] supporter: I'm a different supporter, but I can see you talked about your exams last time\n[18:35] peer: ok. I just wanted to tell someone that I told Ngozi and she was actually nice about it\n[18:35] supporter: that's really good to hear",
    ),
    (
        "person_name",
        "[20:05] peer: quick q, can I bring someone to the drop in\n[20:06] supporter: yes of course, if that helps\n[20:06] peer: my boyfriend Thiago, he drives me\n[20:07] supporter: that's fine, he can wait with you or come in, whatever you prefer",
    ),
]

ORDINARY: list[str] = []
