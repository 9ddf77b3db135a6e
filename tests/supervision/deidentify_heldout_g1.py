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
    (
        "person_name",
        "[13:12] peer: I think I need to drop a unit\n[13:13] supporter: ok, that's a big decision. what's making you think that?\n[13:15] peer: Sloane (my study partner) dropped out and I can't keep up alone\n[13:16] supporter: it sounds like losing her has changed a lot for you",
    ),
    (
        "person_name",
        "[02:14] peer: cant sleep\n[02:14] peer: keep thinking about the patient who died on my placement\n[02:15] peer: mr oyelaran. he was so kind to me\n[02:17] supporter: I'm so sorry. that's a real loss, even as a student. do you want to tell me about him?",
    ),
    (
        "person_name",
        "[19:40] supporter: hi, how did the meeting with the year coordinator go?\n[19:44] peer: ok actually. Assoc Prof Kowalczyk was way nicer than I expected\n[19:44] peer: she gave me an extension\n[19:45] supporter: that's great news, well done for going",
    ),
    (
        "person_name",
        "[10:30] peer: hey its me again from tuesday\n[10:31] peer: I talked to Morgan like you suggested\n[10:31] peer: we're ok now i think\n[10:32] supporter: that's really good. how did it feel to have that conversation?",
    ),
    (
        "person_name",
        "[17:55] peer: can i ask smth weird\n[17:56] supporter: of course\n[17:58] peer: is it normal that i cry after every time i see Dr Lefiti? she's not mean, i just feel so stupid in front of her\n[17:59] supporter: it's not weird at all, lots of students feel that way with senior clinicians",
    ),
    (
        "person_name",
        "[00:22] peer: hey sorry\n[00:22] peer: my brother Tamás just called from Budapest and my dad is in ICU\n[00:23] supporter: I'm so sorry. that's frightening news to get at night, and so far away.\n[00:25] peer: I don't know whether to fly home",
    ),
    (
        "person_name",
        "[14:02] peer: just letting you know I won't be at the peer session\n[14:02] peer: Ah Ming's wedding is this weekend in HK\n[14:03] supporter: no problem at all, enjoy it! we'll see you when you're back",
    ),
    (
        "person_name",
        "[20:51] peer: my mum keeps sending me articles about burnout lol\n[20:52] peer: and my sister Ji-yeon says I look thin in photos\n[20:53] supporter: it sounds like your family are noticing something. what do you think?\n[20:57] peer: I think they're right maybe",
    ),
    (
        "person_name",
        "[08:45] peer: quick update, the GP referred me to a psychologist\n[08:45] peer: her name is Dr Mekonnen, first appt is next week\n[08:46] supporter: that's a really good step. how are you feeling about it?",
    ),
    (
        "person_name",
        "[22:05] peer: i think my flatmate is using again\n[22:05] peer: Riley I mean\n[22:06] supporter: that sounds worrying. are you or Riley in any danger right now?\n[22:08] peer: no he's asleep. I just don't know what to do tomorrow",
    ),
    (
        "person_name",
        "Today student come to see me, she is from my same country so she talk more easy. Her name is Enkhjin. She is very tired, she say she work in restaurant every night and study in day, no time for sleep. I tell her about hardship fund and she don't know about this before. We make plan she will email student support tomorrow. She is not danger, I ask this. I will see her next week again.",
    ),
    (
        "person_name",
        "Contact note. The student, very upset about result of written exam. He say his father Mr Abdi will be very angry when he know. I listen mostly. He not want to talk to faculty yet. I give him information of CAPS and also we talk about how to tell to family. No risk, I ask directly. Follow up Friday.",
    ),
    (
        "person_name",
        "Peer came because of problem with group project. One member, Kamal, he do not do any work and the others they are afraid to say. She ask me what is fair. I not give answer but we think together about what she can say to tutor. She feel more calm at the end. Also she mention she is sleeping 4 hours only, I suggest to look at this.",
    ),
    (
        "person_name",
        "Yesterday I meet with student in library. She say her boyfriend, name is Arif, want her to move with him to Perth after graduate and she not sure. Many tears. We talk about what she want for herself, not for him or for family. She say nobody ask her this before. No safety problem. She will come again maybe.",
    ),
    (
        "person_name",
        "Short note. Student is worry because her friend Siosaia has not come to class three week and not answer message. She not know his address. I explain she can tell year coordinator who can check on him, this is not breaking friendship. She agree. I also check how she herself is, she is okay.",
    ),
    (
        "person_name",
        "Student tell me about his placement, the registrar Dr Panagiotopoulos shout at him in theatre because he contaminate the field. He feel very shame, want to stop surgery rotation. We talk about this is common mistake in learning, and about who he can talk to in clinical school. He is not want to make complaint. He sleep okay. Check again after one week.",
    ),
    (
        "person_name",
        "Meeting today with first year student. Very quiet, only she speak when I ask. She live with auntie, her name Mrs Amanuel, in outer suburb and travel 2 hours every day. Very tired. She think about move closer but money is problem. I give information for accommodation service and scholarship office. Next time I will ask more about how she feel, today was mainly practical.",
    ),
    (
        "person_name",
        "I am not sure I do this correct so I write to supervisor also. Student say his cousin Bilal say to him that he is 'not real doctor material' and now he cannot stop thinking it. He compare himself always. I try reflect his feelings. He say he feel better to say out loud. He not have any harm thoughts, I ask.",
    ),
    (
        "person_name",
        "Peer (2nd year) talk with me about Ramadan and exams at same time. She fast and she has OSCE afternoon, very worry about concentration. Her sister Hodan also is in medicine and tell her just to push through. We talk about option, she can ask for adjustment for religious reason. She not know this possible. She will email today.",
    ),
    (
        "person_name",
        "Student come with friend. Friend is name Pornthip, she do the talking. The student she is very homesick, cry every night, want to go back to Chiang Mai. Both they are first year. I listen and give information of international student support and CAPS. Student agree to see counsellor. Friend is very good support for her.",
    ),
    (
        "person_name",
        "Contact on Monday. The peer say he have problem with his landlord, Mr Fonoti, who want him leave the room with one week notice. He don't know his right. I give information of tenancy advice service of student union. He is stress but not danger. We will talk again after he see the advice person.",
    ),
    (
        "person_name",
        "Student very happy today!! She pass the resit exam. She want to thank her tutor Sagarika who help her every week for free. She say also thank to this service. Nothing to follow, just I want to write the good news also.",
    ),
    (
        "person_name",
        "## Handover: Tuesday evening drop-in\n\n### Contacts\n- 3 students seen, all 2nd year\n- One follow-up needed: Rowan (anxiety re: upcoming OSCE, agreed to check in Thursday)\n\n### Risk\n- None identified\n\n### Notes for next shift\n- Printer in the drop-in room is out of toner",
    ),
    (
        "person_name",
        "# Weekend handover\n\n**Open items**\n- Follow up with Dilnoza re: special consideration form (she asked for help with wording)\n- Restock Lifeline cards\n\n**Closed**\n- Exam stress contact from Friday, no further action",
    ),
    (
        "person_name",
        "## Handover, Wed 5 pm\n\n- Seen: first year, homesickness, linked with international student office\n- Seen: fourth year, placement stress, GP already involved\n- **Please follow up:** Ikaika asked for a call back tomorrow morning, he prefers a call over text\n- Supervisor informed of nothing urgent",
    ),
    (
        "person_name",
        "### Shift notes\n\n* Quiet night, 1 contact\n* Contact was a housemate of someone called Nurlan who is worried about him not eating\n* Gave housemate advice on how to raise it and the after-hours crisis options\n* No direct contact with Nurlan himself",
    ),
    (
        "person_name",
        "## Handover to Monday team\n\n### Follow-ups\n1. Check in with the student who wanted info on the carers' group\n2. **Teuila** wants to come to the Thursday group but isn't sure about the time, please send her the details via the program inbox\n3. Order more headspace brochures\n\n### Risk\nNil",
    ),
    (
        "person_name",
        "# Handover (Thu)\n\n## Seen today\n- 2nd yr, exam anxiety, breathing techniques, will see GP\n- 3rd yr, relationship breakup, coping ok\n\n## Note\n- Dr Wiśniewska from the clinical school called back about the student on her team, said she'd reach out to him directly, nothing further needed from us",
    ),
    (
        "person_name",
        "## Late shift\n\n- Phone contact from a peer whose friend Jia Hui had a panic attack after the pharmacology exam\n- Talked through grounding; friend settled, went home with flatmate\n- Suggested CAPS appointment this week\n- No ongoing risk",
    ),
    (
        "person_name",
        "### Handover notes\n\n- **Grace** (first year) came back for a second session. Much better, sleeping again. Didn't need another booking.\n- Drop-in room booking for week 10 still not confirmed, chase facilities\n- Headspace posters up in the foyer",
    ),
    (
        "person_name",
        "## Saturday\n\n**Contacts:** 1\n\n- Peer whose partner (Bongani) moved out last week. Lots of grief, working 2 jobs. Talked about support at uni and with family. Agreed check-in Tue.\n\n**Risk:** none disclosed, asked directly",
    ),
    (
        "person_name",
        "# Handover\n\n- Two walk-ins, both exam stress, both linked with CAPS\n- Phone message from a parent, **Mrs Ochieng**, asking us to check on her son. Followed consent process, did not confirm he uses the service. Passed to supervisor.\n- Need more tissues",
    ),
    (
        "person_name",
        "Group debrief, Friday. Present: program coordinator, two senior supporters, four supporters, clinical psychologist (supervisor). We went round on the week. Main discussion was the contact where a peer disclosed her friend Paora had stopped taking his medication. The supporter felt unsure whether to act. Supervisor clarified the difference between concern and duty, and praised the supporter for encouraging the peer to talk to Paora directly. Coordinator will circulate the updated escalation guide.",
    ),
    (
        "person_name",
        "Debrief notes (monthly). Attending: coordinator, supervisor, 6 supporters, one apology. Themes: loneliness in first year, placement travel costs, a cluster of contacts about one tutor. Several supporters independently mentioned students feeling belittled in Dr Halloran's tutorials. Supervisor advised we don't investigate but we can note the pattern to the coordinator, who will raise it through the proper channel without naming students.",
    ),
    (
        "person_name",
        "Debrief after the critical incident. Present: on-call supervisor, coordinator, the two supporters on shift, and the counsellor from CAPS. We talked through the evening step by step. The supporter who took the call said she kept thinking about what Marama's sister had said on the phone. The counsellor reminded us that we did exactly what the protocol asked. We agreed everyone on shift gets a follow-up check-in next week.",
    ),
    (
        "person_name",
        "Team debrief, end of semester. Coordinator thanked everyone. Supervisor summarised numbers: around 140 contacts, 9 escalations, no serious incidents. Senior supporter Lowanna is finishing with the program to start her internship and gave a short reflection on what she'd learned. Supporters shared highlights. Discussion of recruiting for next year, training dates TBC.",
    ),
    (
        "person_name",
        "Debrief (small group). Supporters on the Thursday roster plus supervisor. One supporter raised discomfort about a contact where the peer talked at length about his ex, Khadija, and the supporter felt it drifted into gossip. Supervisor suggested gently redirecting to the peer's own feelings. Another supporter raised burnout in herself; agreed she'd take a fortnight off the roster.",
    ),
    (
        "person_name",
        "Group debrief minutes. Present: coordinator (chair), supervisor, senior supporters x2, supporters x5. Item 1: a peer has complained that a supporter mentioned their contact to a mutual friend. Coordinator will follow up privately. Item 2: Autumn from the Wednesday team is running the new supporter training on the 4th. Item 3: we need a second supervisor for after-hours.",
    ),
    (
        "person_name",
        "Debrief, placement block. Clinical school liaison, coordinator and four supporters who are on rural rotations. Issues raised: isolation, car troubles, two students sharing a house with a difficult housemate called Benedek. Liaison suggested the rural clinical school's own wellbeing officer. Coordinator to check the phone reception issue for the video drop-ins.",
    ),
    (
        "person_name",
        "Debrief notes: supervisor, coordinator, all supporters from the OSCE week roster. We discussed the day one supporter was asked by a peer to 'tell Professor Okonkwo' about her panic attacks. Supervisor clarified we never pass information to staff without consent and even then only through the coordinator. Good discussion about the pull to advocate.",
    ),
    (
        "person_name",
        "Debrief: three supporters, supervisor. Reflected on the week's contact where a student said her friend Shirin was cutting. Supporter handled it well: stayed calm, encouraged the peer to talk to Shirin and to a GP, gave crisis lines. Supervisor discussed the limits of what we can do for third parties.",
    ),
    (
        "person_name",
        "Monthly debrief. In attendance: coordinator, supervisor, senior supporters, supporters and a guest from student health. The guest explained the new bulk-billing arrangement. Supporter raised that one peer, Nomvula, has been to the drop-in seven times this month and might need more than we can give; supervisor to discuss a warm referral with her directly.",
    ),
    (
        "person_name",
        "Had a realy good chat with Taylor today, she's feeling mush better since her extention got approved. She said the sleep is still a bit rubbish but she's going to try the app. No risk, didn't book another session.",
    ),
    (
        "person_name",
        "Student was very up set about the results, she said her dad, Mr Kaczmarek, had already told the whole family she'd passed. We talked about how to tell them, and about the resit. Shes going to call home tonight. Cheek in on Friday.",
    ),
    (
        "person_name",
        "Peer reported that his house mate Ngaio has been drinking a lot and not going to placements. He's worried but doesnt want to be a snitch. We practised what he could say. He's going to try tomorow. Gave him the after hours numbers just in case.",
    ),
    (
        "person_name",
        "Meet with a student who's been fighting with her sister Efua over whose turn it is to look after there mum. She's exhausted. Talked about carer support and the special consideration proccess. She's going to look at both. No concerns about safety.",
    ),
    (
        "person_name",
        "student say's her tutor Fenella keeps picking on her in PBL and she doesnt want to go anymore. We talked about option's, including a quiet word to the year coordinator. She's going to think about it. Mood low-ish but ok, no risk.",
    ),
    (
        "person_name",
        "Contact with fisrt year who is homesick and misses her boyfriend Kawika back home in Hilo. Lots of crying. We talked about the international student meet-ups and keeping a routine. She liked the idea of a fixed call time each week. Will check in next Tuesday.",
    ),
    (
        "person_name",
        "Hope rang the on-call line at about 9 pm, shaky after a bad day on the surgical rotation. She said the registrar had been short with her all morning and she'd then dropped a tray in theatre. We talked it through; she calmed down a lot. Agreed to touch base after the weekend.",
    ),
    (
        "person_name",
        "Sage came to the drop-in for the first time today. Third year, very articulate, says she is 'fine on paper' but has stopped enjoying anything. I asked about sleep, appetite, energy, and suicidal thoughts (none). We talked about seeing a GP for a proper mood check and she agreed to book.",
    ),
    (
        "person_name",
        "Peer wants to know how to support her friend Will, who's just been diagnosed with type 1 diabetes in the middle of second year. She's scared of saying the wrong thing. We talked about asking him what helps rather than guessing.",
    ),
    (
        "person_name",
        "JT said he didn't want anything written down about his family, so this is brief: exam stress, poor sleep, a lot of pressure from home. Agreed follow-up next week, he'll text the program number if anything changes.",
    ),
    (
        "person_name",
        "Spoke with a second year about her friendship with MK, which has gone sour since MK started dating her ex. Mostly she needed to vent. Low mood, no risk, didn't want a follow-up.",
    ),
    (
        "person_name",
        "Contact on behalf of a friend: the peer is worried about 'Bao' (nickname, real name not given) who has been posting very dark things on his story. Talked about reaching out directly, asking about suicide, and calling 000 if he says he's in danger. Peer will message him tonight.",
    ),
    (
        "person_name",
        "catch up with siti after the anatomy exam, she's relieved it's over but still wobbly. her mum is flying in from surabaya next week which should help. no follow up needed.",
    ),
    (
        "person_name",
        "PEER IS WORRIED ABOUT HER COUSIN WAYAN WHO IS ALSO IN FIRST YEAR AND HASN'T BEEN SEEN IN CLASS. SORRY CAPS LOCK STUCK. ADVISED SHE CAN LET THE YEAR COORDINATOR KNOW. SHE'S GOING TO TRY CALLING HIM FIRST.",
    ),
    (
        "person_name",
        "Dewi is back from leave and settling in okay. She's still on the medication her psychiatrist started in July and feels steady. Wants a fortnightly check-in for the rest of term, booked.",
    ),
    (
        "person_name",
        "Peer came in with questions about her housemate Ka-Wai, who she thinks has an eating disorder. Talked about what she'd noticed, what she could say, and the Butterfly Foundation helpline. She was relieved to have a plan.",
    ),
    (
        "person_name",
        "Phone contact with a third year who wanted to talk about his father, Mr Chan Tai-man, who has just been diagnosed with early-onset dementia. He's the eldest son and feels he should be home in Hong Kong. A lot of grief and guilt. Talked about options and special consideration.",
    ),
    (
        "person_name",
        "Gwilym dropped in to say thank you. He passed the resit and said our chat in week 4 got him to the GP. Nothing to follow up, just a lovely moment.",
    ),
    (
        "person_name",
        "Peer is struggling with her PBL group. Specifically Llewellyn, who dominates every session. She's thinking about asking the facilitator to rotate the scribe role. Felt better after talking it through.",
    ),
    (
        "person_name",
        "Contact with a first year who said her roommate Zsófia cries every night and she doesn't know whether to say something. We went through a gentle way to check in and where she could point her. She'll try this week.",
    ),
    (
        "person_name",
        "Student wanted to talk about being outed to her family by her cousin, Joãozinho, at a barbecue. She's staying with friends this week. She feels safe physically. Lots of anger and sadness. Linked with the Queer Collective and CAPS.",
    ),
    (
        "person_name",
        "Talked with Larissa, who's in her first clinical year, about a patient interaction that stayed with her: a young mum who died on the ward. She hadn't told anyone. We spent most of the time just on that. She's going to raise it at the Balint group.",
    ),
    (
        "person_name",
        "Elie came in about money. His dad in Beirut can't send money easily at the moment because of the banks, and rent is due. Linked him with the hardship fund and the student union's emergency grants. Also talked about how he's coping, which he said was 'about 5 out of 10'.",
    ),
    (
        "person_name",
        "Peer's friend Rania has been staying on her couch for three weeks after a fight at home. The peer is exhausted and feels guilty for wanting her space back. We talked about both of their needs and about the housing service.",
    ),
    (
        "person_name",
        "Check-in with a second year whose mum, Georgette, is having chemo. She's travelling home every weekend. Tired but coping, has told her year coordinator. Follow-up in two weeks.",
    ),
    (
        "person_name",
        "Eleni asked me whether it is normal to feel nothing in the anatomy lab. We talked about how people cope differently with dissection and that feeling numb is a common response. She wants to talk to the anatomy chaplain.",
    ),
    (
        "person_name",
        "Contact with a student who is worried about her ex, Stavros, who has been turning up outside her lectures. She doesn't feel in immediate danger but she's scared. Linked her with campus security and safer communities, and gave 1800RESPECT. Supervisor informed.",
    ),
    (
        "person_name",
        "Spoke with Tsegaye about feeling out of place in a cohort where most people went to private schools. He said nobody says anything mean, it's just a feeling. We talked about first-in-family networks. He'll go to the next meetup.",
    ),
    (
        "person_name",
        "Peer disclosed that her friend Hiwot has been self-harming. We talked about how to respond without panicking, and about the friend seeing a GP or headspace. Peer is going to talk to her tomorrow.",
    ),
    (
        "person_name",
        "Student upset that his aunt, Hawa Warsame, was refused a visa to come to his graduation. He's been looking forward to it for six years. A lot of sadness. Nothing to follow up, just needed someone to hear it.",
    ),
    (
        "person_name",
        "Contact with a fourth year who mentioned that a resident, Dr Mahamud, had been kind to her on a difficult night shift, and she wished she could thank him. We talked about writing a note through the clinical school.",
    ),
    (
        "person_name",
        "Check-in with Oyunchimeg about the winter break. She is not going home to Mongolia this year because of cost and is dreading the empty residence. We made a list of what's open on campus and she'll come to the Christmas lunch.",
    ),
    (
        "person_name",
        "The student said her sister Tsetseg keeps comparing their grades. Family pressure, low self-worth. We talked about what she values in herself apart from marks. She found that hard. Follow-up Thursday.",
    ),
    (
        "person_name",
        "Chat with Bishnu after he got his placement allocation. He got the rural site he didn't want, four hours away from his wife. He's going to appeal on family grounds. We talked about the wording.",
    ),
    (
        "person_name",
        "Peer worried about her friend Sabina Gurung, who is on a student visa and has been told her work hours are over the limit. She's terrified of being deported. Linked with the international student advisers, who do confidential visa advice.",
    ),
    (
        "person_name",
        "Student talked about her father, Abdur Rahman, who wants her to come home to Sylhet for a family wedding in the middle of exams. She can't say no. Explored the options, including deferring one exam.",
    ),
    (
        "person_name",
        "Spoke with a peer whose flatmate, Nusrat, keeps borrowing money and not paying it back. It's become a friendship crisis. We talked about how to say no kindly.",
    ),
    (
        "person_name",
        "Supat said the hardest part of placement is that patients don't understand his accent and ask for 'the Australian student'. He laughed about it but it clearly hurt. We talked about who he could tell, and about the clinical school's inclusion officer.",
    ),
    (
        "person_name",
        "Peer came to talk about her brother Kittisak, who's in his final year of school back home and wants to drop out. She feels responsible from a distance. A lot of worry, no risk for her.",
    ),
    (
        "person_name",
        "Follow-up with Hemi. The GP has started him on an antidepressant and he's got his first psych appointment. Mood a bit better. We're going to keep checking in fortnightly.",
    ),
    (
        "person_name",
        "Student told me her koro (grandfather), Hohepa, is in palliative care in Rotorua. She's driving up every weekend. Tired, sad, coping. Linked with bereavement support for when she needs it.",
    ),
    (
        "person_name",
        "Pita came in because his rugby mates think med students are 'soft' and he's been hiding how stressed he is. Big conversation about masculinity and asking for help. He's going to come to the men's group.",
    ),
    (
        "person_name",
        "Check-in with 'Lupe' (she prefers that to her full name). Still struggling with the commute from the outer suburbs. She's applying for the college scholarship. Mood okay.",
    ),
    (
        "person_name",
        "Peer worried about her friend, Ana Vaipulu, who told her she'd been 'thinking about not being here'. Peer was very frightened. We talked through how to ask directly, and I gave her Lifeline and 000. Peer agreed to go with her friend to the GP tomorrow. Supervisor informed as per protocol.",
    ),
    (
        "person_name",
        "Contact about a flatmate conflict. The peer said Mr Pryce-Jones, the landlord, won't fix the heating and the flatmates are fighting about money for a heater. Linked with tenancy advice.",
    ),
    (
        "person_name",
        "Peer says her study buddy Cerys is the only reason she's still in the course. Cerys is going on exchange next semester and she's panicking. We talked about building a wider network.",
    ),
    (
        "person_name",
        "Peer came in to talk about their partner Ferenc, who was just made redundant, and how she's now paying all the rent while studying full time. Linked with the hardship fund.",
    ),
    (
        "person_name",
        "Spoke with a student whose grandmother Erzsébet died last week. She couldn't go home to the funeral because of exams. We talked about grief from a distance and a small ritual she could do here.",
    ),
    (
        "person_name",
        "The student said Kwok (his housemate) keeps inviting friends over until late and he can't study. They've talked but nothing changed. Options discussed: mediation, library, noise-cancelling headphones.",
    ),
    (
        "person_name",
        "Peer talked about her mum, Wong Mei Ling, wanting her to switch to dentistry because it's 'less stressful'. She loves medicine but feels torn. Mostly listening. She'll think about how to talk to her mum.",
    ),
    (
        "person_name",
        "Seo-yeon said she's been having panic attacks before every clinical skills session. First time telling anyone. We did some grounding and she's going to see student health this week.",
    ),
    (
        "person_name",
        "Contact with a peer whose friend Minjun hasn't left his room in days and says he's 'fine'. Talked about what the peer can do and when to get help from others. She'll knock on his door tonight.",
    ),
    (
        "email",
        "Reflective entry. The peer I saw this afternoon asked whether she could keep talking to me over email between drop-ins, and gave me her personal address, kiwi.stethoscope88@gmail.com, because she doesn't check her uni inbox. I didn't take it up: we don't do one-to-one email outside the program, and I explained that kindly. She understood, though I could see she felt a bit rejected, and I want to think about how to say no to closeness without it landing as a brush-off. The contact itself was about falling behind in pharmacology after a bout of glandular fever. We talked about special consideration, catch-up tutoring, and whether she's resting enough. She's going to see the year coordinator. For supervision: boundaries with the students who most want connection.",
    ),
    (
        "email",
        "[21:30] peer: can you send me the CAPS link\n[21:31] supporter: sure, I'll post it here\n[21:31] peer: or to my email, tamar.j.sdfk@outlook.com\n[21:32] supporter: I'll just paste it in the chat so it stays in the program",
    ),
    (
        "email",
        "Voicemail: hi, um, I can't really talk on the phone at the moment, my flatmates are home, could you email me instead, it's, um, bluegum underscore med at hotmail dot com, thanks, um, bye.",
    ),
    (
        "email",
        "Student asked to be contacted at his private email, which is nepalcloud.rk at gmail dot com, because his uni account is being monitored by his scholarship sponsor (his words). Noted; passed to coordinator to decide.",
    ),
    (
        "email",
        "## Handover\n\n- Follow-up requested by email only: **lanternfish.2004@proton.me**\n- Topic: exam anxiety, no risk\n- Please use the program inbox, not personal accounts",
    ),
    (
        "email",
        "Peer say she not want phone call, only email, her email is mbali_kz@yahoo.com.au. Topic is stress from group assignment. No danger.",
    ),
    (
        "email",
        "Debrief: a supporter raised that a peer had emailed her personally from rainyday.med@icloud.com after finding her on the uni directory. Coordinator reminded the group to redirect any personal contact to the program inbox.",
    ),
    (
        "email",
        "She wanted the workbook sent to her at s.k.p.h.d (at) uni-mail (dot) org because the portal hasn't been working. Sent via program account after checking with coordinator.",
    ),
    (
        "email",
        "Contact via the online form. Reply address given: xoxo.mango.sticky.rice@gmail.com. Request: help finding a GP who bulk bills near campus. Replied with the student health info.",
    ),
    (
        "email",
        "Peer wrote her email on the sign-in sheet instead of the contact box: tongatapu.girl07@gmail.com. Crossed it out after she left and asked the coordinator to shred the sheet.",
    ),
    (
        "email",
        "Transcribed voicemail: yeah hi it's about the support group thing, can you send the details to, um, dr dot wannabe dot 21 at gmail dot com, no spaces, cheers.",
    ),
    (
        "email",
        "Journal. The student who came at 3 had printed out an email chain between herself and her research supervisor and wanted me to read it, which I did only partly. At the top was her address, ella.wk.research@outlook.com, and the tone of the supervisor's replies was curt. I was careful not to act as a judge of the supervisor. We focused on how she felt reading the emails (small, stupid, like she was bothering him) and what she needs from the supervision relationship. She decided to ask for a fortnightly meeting with an agenda. I think she'll be okay, but I noticed how easily I could have been drawn into taking sides. Bringing to supervision.",
    ),
    (
        "email",
        "[15:05] peer: my uni email is full so pls use mine: sunflower_seeds_99@hotmail.com\n[15:06] supporter: we can only reply through the program, but I can help you clear your uni inbox if you like",
    ),
    (
        "email",
        "Autocorrect ate my notes: peer gave her e mail as ocean-breze12@gmial.com (she said it really is gmial, typo on her part when she made it years ago). Follow up by program inbox re housing stress.",
    ),
    (
        "url",
        "Reflection. The student shared her blog with me, where she has been writing about her depression anonymously, or so she thinks: https://quietwardnotes.wordpress.com/about has a photo of her in scrubs. I gently raised that it might identify her to patients and staff. She hadn't thought about it and was grateful, though a bit embarrassed. Most of our time was on the content, which was raw and honest and also showed someone slowly getting better. She's seeing a psychologist and writing helps her. I want to check with my supervisor whether I should have said anything at all about the photo, because it wasn't what she came for.",
    ),
    (
        "url",
        "[19:12] peer: this is the post I was talking about\n[19:12] peer: https://www.reddit.com/user/sleepless_intern_22/comments/1x9d3k/\n[19:13] supporter: thanks for sharing. I won't open it without you, but do you want to tell me what's in it?",
    ),
    (
        "url",
        "Peer asked me to look at his fundraising page for his mum's cancer treatment, gofundme.com/f/help-mama-recover-kathmandu. Said he feels ashamed asking for money. Talked about that shame.",
    ),
    (
        "url",
        "Handover:\n- Student linked her TikTok video about burnout: tiktok.com/@medstudentmelts/video/7301129984 - a lot of mean comments on it. Talked about taking it down or turning comments off.\n- No risk.",
    ),
    (
        "url",
        "She sent me her LinkedIn, linkedin.com/in/ayu-pratiwi-medicine-8b2, to show me her research position that she thinks she's about to lose. We talked about the fear mostly.",
    ),
    (
        "url",
        "Voicemail: hi, um, I made a, um, a playlist for the students in the study room like we talked about, it's at open dot spotify dot com slash user slash jellyfish dash anatomy, anyway, cheers.",
    ),
    (
        "url",
        "Debrief note: a supporter mentioned that a peer's personal YouTube channel, youtube.com/@dailyscrubsvlog, was being shared around the cohort with mocking comments. Supervisor: support the peer, don't go looking at the channel ourselves.",
    ),
    (
        "url",
        "Student linked her portfolio site, https://www.kanya-sutthi.com, where she posts her medical illustrations. She's thinking of leaving medicine for art. Mostly listening.",
    ),
    (
        "url",
        "The peer showed me the Facebook post where her ex wrote about her: facebook.com/profile.php?id=100084412367702. She was humiliated. Talked about reporting it and about safer communities.",
    ),
    (
        "url",
        "Peer student very sad because someone make fake account of her at instagram.com/p/Cz8qLk1rT4a and post her photo. I help her to report. She is scared. Also give information of eSafety.",
    ),
    (
        "url",
        "## Contact summary\n\n- Peer wants feedback on her personal statement for a rural bonded place\n- Shared doc: docs.google.com/document/d/1Qx7bN-4rTzF9pLmW2kYvA8/edit\n- I explained this is outside scope; referred to the careers service",
    ),
    (
        "url",
        "Peer had written an open letter about burnout on Medium (medium.com/@tired.but.trying/why-i-almost-quit) and it went viral in the cohort. Now she's anxious about being recognised. Lots of support given.",
    ),
    (
        "url",
        "Check-in over chat. Peer pasted a link to her Strava profile, strava.com/athletes/48113920, to show she has been running every day, which she says is the only thing keeping her sane. Good coping; also watching she's not overdoing it.",
    ),
    (
        "url",
        "Student's younger brother set up a page to find a kidney donor for their father: www.kidneyfordadtv.org. She's overwhelmed. Talked about the weight of being the 'medical one' in the family.",
    ),
    (
        "social_handle",
        "Journal. The contact tonight was mostly about a group chat that's turned nasty. The peer showed me messages from an anonymous account, @anatomy.tea.spill, that's been posting rumours about students in the cohort, including about her. She feels sick going to campus. We spent a while on the feelings (humiliation, anger, fear that people believe it) before the practical side: reporting the account, keeping screenshots, and the university's bullying procedure. She's not sure she wants to report because she thinks it'll make things worse. I didn't push. I'm bringing to supervision the question of whether there's anything the program should do when several peers mention the same account.",
    ),
    (
        "social_handle",
        "[20:44] peer: can we just talk on insta instead\n[20:44] peer: I'm mel.anin.99\n[20:45] supporter: I can only talk here on the program chat, but I'm here now",
    ),
    (
        "social_handle",
        "Voicemail: hey it's, um, it's me from Tuesday, I don't use my phone much, my snap is, um, koala underscore kush 02, if you want to, er, reach me, actually no, forget it, I'll come to the drop-in.",
    ),
    (
        "social_handle",
        "Peer give me her Discord, she is sleepyNeuron#4471, for send the study group link. I explain I can't add personal. She understand.",
    ),
    (
        "social_handle",
        "## Handover\n\n- Peer reported harassment from TikTok account **@surgeon.wannabe.x** (not a student, she thinks)\n- Linked with eSafety reporting and safer communities\n- Follow up Thursday",
    ),
    (
        "social_handle",
        "Student said she found her flatmate's finsta, @rottingbrainz_, with posts about not eating. Worried. Talked about how to raise it with her flatmate without mentioning she'd seen it.",
    ),
    (
        "social_handle",
        "Debrief: supporter raised that a peer kept asking her to follow his Twitter, @sdnyMedBro, and she felt uncomfortable. Group agreed to hold the line on no personal socials.",
    ),
    (
        "social_handle",
        "[01:12] peer: he posted again on his story\n[01:12] peer: his handle is @d.a.r.k.m.a.t.t.e.r\n[01:13] supporter: that sounds worrying. is he with anyone right now?",
    ),
    (
        "social_handle",
        "The peer said her ex keeps commenting on her posts from a new account every time she blocks one, latest is 'ghost_of_ortho_past' on Instagram. She's scared and angry. Linked with safer communities.",
    ),
    (
        "social_handle",
        "Contact: peer wants to start a study Discord for first-gen students. Gave her ideas. She asked me to join as 'pulse.oxi' on Discord, I said the program can't, but the student union can help promote it.",
    ),
    (
        "social_handle",
        "peer said her friend posted a goodbye-sounding message on snapchat (username: bubblytea_2k5). We talked through reaching out tonight and calling 000 if she can't reach her and is worried. Supervisor informed.",
    ),
    (
        "social_handle",
        "Student told me about being trolled on Reddit by u/CadaverKing after asking a question about failing. She deleted the post but keeps checking. Talked about stepping away from the forum.",
    ),
    (
        "social_handle",
        "transcribed VM: hi um just if you need to find me I'm on telegram as @dormroom_doc, phone's broken, okay bye.",
    ),
    (
        "social_handle",
        "Peer's brother runs a gaming stream as 'TheRealPhalanx' on Twitch and mocks her studying medicine on air. She finds it funny and also hurtful. Talked about family teasing and where it crosses a line.",
    ),
    (
        "ip_address",
        "Handover, tech note: the online booking form logged a peer's submission from 203.47.118.92 twice, with a message saying 'please don't tell anyone'. There was no name. Coordinator to check with IT whether we can even see who it was, and whether we should.",
    ),
    (
        "ip_address",
        "Journal. Odd contact today. A peer came in convinced that someone in her year was logging into her LMS account, because she'd had a login alert from an unfamiliar address, 101.182.46.7, at 3 in the morning. She was frightened and angry and had barely slept. I don't know anything about IT security and said so; we focused on how she was feeling and on practical steps: change password, turn on two-factor, contact IT. Underneath the fear was a story about a friendship breakup in the cohort and a sense that people were watching her. I want to talk with my supervisor about where normal worry ends and something more concerning might begin, because I genuinely couldn't tell.",
    ),
    (
        "ip_address",
        "[22:17] peer: I think my ex is tracking me, the router log shows his laptop at 192.168.1.44 still connected to our wifi\n[22:18] supporter: that sounds really unsettling. are you safe right now?",
    ),
    (
        "ip_address",
        "Peer worried that his anonymous complaint about a tutor might be traced, because the form showed 'submitted from 49.186.203.15'. Explained we don't have that info; suggested he ask the complaints unit about anonymity.",
    ),
    (
        "ip_address",
        "## Incident note\n\n- Abusive message received on the program's online form\n- Source address recorded by the form: **58.96.71.230**\n- Passed to coordinator and IT; no action by supporters",
    ),
    (
        "ip_address",
        "Student say someone post bad comment about her in forum, and the forum show IP 1.145.88.201. She want to know if this is student from her class. I say I cannot know, and we talk about her feeling.",
    ),
    (
        "ip_address",
        "Debrief: supporter asked whether we log IPs on the chat tool. Coordinator said the vendor does. Example raised: a peer who saw her own address, 120.154.9.63, in a screenshot and panicked that we could find her. Agreed to update the privacy blurb.",
    ),
    (
        "ip_address",
        "Voicemail: um hi, the chat thing kicked me out and said my address, er, 27.33.140.5, was blocked, I don't know why, I just wanted to talk, I'll try the drop-in.",
    ),
    (
        "ip_address",
        "Peer worried her housemate reads her messages because his PC keeps showing up on her network as 10.0.0.23 even when he's out. Mostly a conversation about trust in the house.",
    ),
    (
        "ip_address",
        "Student got an email from the university saying her account was accessed from 2001:8003:4c1d:9e00::2a in another country. She's terrified her research data is gone. Talked about IT and about the panic.",
    ),
    (
        "ip_address",
        "The peer brought a printout of a threatening anonymous email. The header showed it came from 144.132.77.18. Advised her to take it to campus security; she was shaking. Supervisor informed.",
    ),
    (
        "ip_address",
        "Autocorrect note: peer says the hacker (her word) logged in from 114.77.203.9 and changed her password. IT has it now. Shes stressed but ok.",
    ),
    (
        "phone",
        "Journal. The student I saw tonight has been thinking about leaving her share house because one of the housemates has become aggressive when he drinks. She hasn't been hurt but has started sleeping with her door locked. She asked me to write down her number so a supervisor could call her, 0412 776 309, because she wasn't sure she could bring herself to call. We talked about safety planning for tonight, where she could go, and the accommodation service's emergency housing. I checked she knew to call 000 if she felt in danger. The supervisor has her number and will call tomorrow morning. I'm finding it hard to stop thinking about her; bringing to supervision.",
    ),
    (
        "phone",
        "[23:03] peer: can someone call me instead, typing is hard rn\n[23:03] peer: 0433 918 254\n[23:04] supporter: I'll ask the on-call supervisor to call you now. please stay on the chat till they do",
    ),
    (
        "phone",
        "Voicemail: hi it's, um, calling back about the, er, the appointment, my number is oh four oh eight, two two one, five six nine, thanks.",
    ),
    (
        "phone",
        "Student ask me to call her mobile 0455-302-817 after 6 because she is in placement all day. Topic is housing problem.",
    ),
    (
        "phone",
        "## Handover\n\n- Peer wants a call back from a senior supporter: (03) 9417 6628 (landline at her aunt's place, ask for her by first name)\n- Topic: placement bullying, no immediate risk",
    ),
    (
        "phone",
        "Peer gave her dad's number in Lagos, +234 803 412 7765, in case she can't be reached over the break. Explained we wouldn't ring family. She was relieved, actually.",
    ),
    (
        "phone",
        "Contact: student's international number +82 10-4471-2093 (she's on exchange in Seoul). Follow-up by video next week about homesickness in reverse.",
    ),
    (
        "phone",
        "Debrief: a supporter shared her personal number, 0499 017 452, with a peer by mistake in a text. Coordinator advised how to handle it; no harm done.",
    ),
    (
        "phone",
        "Peer gave the number of the share house, 02 6249 7713, as the best way to reach her because her phone is cracked. Follow-up Monday.",
    ),
    (
        "phone",
        "transcribed VM: hey um can you call me back on zero four one nine, eight eight three, oh two six, I'm at work till four, cheers.",
    ),
    (
        "phone",
        "pls call on 0478112590 — peer's text to the program line, about a friend who's not answering. Supervisor rang back within 10 min.",
    ),
    (
        "phone",
        "Student from Nepal give me her cousin number +977 984-1239047 in case something happen during her trip home. I explain we not usually keep this. She okay with that.",
    ),
    (
        "phone",
        "Peer's brother called the program line from 07 3846 2950 looking for her. Followed consent process. Passed to coordinator.",
    ),
    (
        "phone",
        "Follow up needed: peer wants a text, not a call, to +61 421 660 893. Topic is exam stress and family pressure.",
    ),
    (
        "ip_address",
        "[10:44] peer: my laptop says someone at 203.221.16.140 tried to log into my email 20 times last night\n[10:45] supporter: that sounds scary. have you been able to talk to IT yet?",
    ),
    (
        "ip_address",
        "Peer thinks her old school friend is the one posting about her, because the blog's stats show visits from 110.143.52.71, which she says is her town's library. We talked about how much energy she's spending on this.",
    ),
    (
        "medicare",
        "Journal. Today's contact was practical on the surface and emotional underneath. The student, an international student who recently got permanent residency, had just received her Medicare card and kept it out on the table the whole time, as if she needed to look at it. She read out the number, 3565 65291 1, to ask whether it meant she could now see a GP without paying. I said she'd need to check with the clinic about bulk billing, and gently suggested she put the card away. Then she cried, because it was the first thing in four years that made her feel like she belonged here. We spent most of the time on that: the years of feeling temporary, of not being able to plan, of being anxious every time her visa came up. No risk. I felt privileged to be with her for that moment.",
    ),
    (
        "medicare",
        "[14:20] peer: the GP reception asked for my medicare and I panicked\n[14:21] peer: it's 2969 73442 3 I think?\n[14:21] supporter: no need to share it here. want to talk about what made you panic?",
    ),
    (
        "medicare",
        "Voicemail: hi, um, I'm at the pharmacy and they need my Medicare number and my card's at home, is it, um, 2999 88175 8, sorry, I don't know why I'm calling you, I'm just really stressed, okay, bye.",
    ),
    (
        "medicare",
        "Student show me her Medicare card number 2905095605 to ask if she can use for psychologist. I explain about mental health plan from GP. Tell her not show number to others.",
    ),
    (
        "medicare",
        "## Handover\n\n- Peer left a referral letter in the drop-in room with her Medicare no. on it (6514 31107 5, ref 2). Shredded after phoning her. Tell her next time she's in.\n- Otherwise quiet",
    ),
    (
        "medicare",
        "Peer filling in the CAPS intake form in the drop-in asked me to check it. I noticed she'd written her Medicare as 6077 80501 1 in the wrong box. Showed her. Topic of the contact was exam stress.",
    ),
    (
        "medicare",
        "Debrief: supporter mentioned that a peer emailed a photo of her Medicare card (4675 53851 8 / 3) to the program inbox to prove eligibility for something. Coordinator deleted it and will remind peers we never need it.",
    ),
    (
        "medicare",
        "autocorect note - peer asked whether her medicare 2617038873 would cover the skin cancer check her dad is nagging her about. Told her to ask the clinic. Talked about her dad's cancer scare.",
    ),
    (
        "medicare",
        "Peer say the hospital bill is wrong because they write her Medicare 2730 10777 1 wrong on the form. She very stress, almost 800 dollar. I give her number of student advocacy.",
    ),
    (
        "medicare",
        "Check-in: student read out her medicare number (2823 17513 7, position 4 on the family card) while booking a GP on her phone in front of me. Mentioned it afterwards. Main topic was low mood after a breakup.",
    ),
    (
        "medicare",
        "transcribed VM: hi, um, I think I gave the wrong medicare on the intake form, the right one is five nine six seven, nine eight nine oh three, one, sorry, thanks.",
    ),
    (
        "medicare",
        "Student's mum's Medicare card (5454723662) was in the envelope of documents she brought to ask about carer's leave. Handed it back and suggested she keep them separately.",
    ),
    (
        "medicare",
        "[09:31] peer: do i need my medicare for the psych\n[09:31] peer: 2990 72263 9\n[09:32] supporter: the clinic will ask for it, no need to send it here. do you have a mental health plan from the GP?",
    ),
    (
        "medicare",
        "Note for follow-up: peer worried her ex still has her Medicare details (5873 77508 3) and is using them to find out where she goes to the doctor. Linked with safer communities and Services Australia.",
    ),
    (
        "tfn",
        "Journal. The student talked about money, which is the thing I find hardest to talk about. She'd started a casual job at a pharmacy and her first payslip had taken far more tax than she expected. She had her TFN declaration with her, TFN 487 298 954, and had ticked the wrong box about the tax-free threshold because she also works weekends at a cafe. I'm not a tax advisor and said so, but I could point her to the student union's free tax help. What really came up was the fear that she can't afford to stay in medicine, and that her parents will have to sell something. I listened a lot. No risk. I noticed my own anxiety rising as she talked, because I'm in a similar position.",
    ),
    (
        "tfn",
        "[18:02] peer: my new job wants my tax file number and i dont know if i gave it right\n[18:02] peer: 244 381 662\n[18:03] supporter: please don't post that here, it's private. the payroll office can check it with you",
    ),
    (
        "tfn",
        "Voicemail: hi um sorry, quick question, I put my TFN on the Centrelink form as four five oh, oh three oh, five oh three and it got rejected, I know that's not your thing, I'm just freaking out, okay, bye.",
    ),
    (
        "tfn",
        "Peer ask me help with scholarship form, there is box for TFN, she write 444675676. I say I cannot give tax advice but tax help at student union can.",
    ),
    (
        "tfn",
        "## Handover\n\n- Left on the drop-in table: a payslip with TFN 963 695 745. Put in locked drawer for the coordinator.\n- Contacts: 2, both exam-related",
    ),
    (
        "tfn",
        "Student brought her tax return to ask why she owed money. TFN 438-076-116 was on the top. I suggested the free tax clinic. She was very anxious about debt; we spent most of the time on that.",
    ),
    (
        "tfn",
        "Debrief: one supporter had a peer read out their TFN (599161184) while on the phone to the ATO during a session. Group discussed how to gently pause a peer doing that.",
    ),
    (
        "tfn",
        "tax file no. 922 540 541 - peer asked if her employer could use it to look up her medical records (no). Underlying: fear that her depression diagnosis will affect her registration.",
    ),
    (
        "tfn",
        "Peer's TFN letter (TFN 544 007 261) came to the wrong address and her old flatmate opened it. She's worried about identity theft. Linked with the ATO and student legal service.",
    ),
    (
        "tfn",
        "Student say employer pay too less, she think because TFN wrong, her TFN is 763213798. We talk also about her tired and stress, she work too much hours.",
    ),
    (
        "tfn",
        "[12:40] peer: sorry random but is 360 565 918 a real TFN format, my boss said its wrong\n[12:41] supporter: I can't check that, but the ATO can. is everything okay at work?",
    ),
    (
        "tfn",
        "Check-in. Peer was filling her Youth Allowance claim on her phone during our chat and asked me to read out her TFN to her from the letter: 726 568 564. I did not keep it. Topic was housing stress.",
    ),
    (
        "tfn",
        "Transcribed voicemail: um the tax thing came back and it says my tax file number is seven nine five, five seven three, four oh oh, but the form says something else, I'm so confused, can someone call me.",
    ),
    (
        "tfn",
        "Autocorrect-heavy note: peer needed help with the tax free thresh hold question, TFN 330870886 on form, referred to student union tax help, she is stressed about monye.",
    ),
    (
        "student_id",
        "Journal. The contact that stays with me today was a first year who came in clutching an academic misconduct letter. The letter had her student number, KP204981, at the top and accused her of collusion on a lab report. She was adamant she hadn't copied, and distraught that it would end her career before it started. I'm not an advocate and I was careful not to promise anything about the outcome. What I could do was help her slow down: read the letter together, notice the dates and the process, and get her in touch with student advocacy, who can go to the meeting with her. She calmed down when she had a plan. No risk disclosed, but she hadn't eaten all day, so we got her a sandwich.",
    ),
    (
        "student_id",
        "[11:05] peer: the exams office needs my SID for special consideration, is it ok to put it on the form?\n[11:05] peer: it's MR558102\n[11:06] supporter: yes, the exams office form is the right place. no need to share it in this chat though",
    ),
    (
        "student_id",
        "Voicemail: hi, um, my zID is z5318847, I was told to leave it so someone could look up my booking, sorry, I don't know if that's how it works, bye.",
    ),
    (
        "student_id",
        "Student give me his student number 4492031 because he think I can check his results. I explain I cannot. He very worried about fail in anatomy.",
    ),
    (
        "student_id",
        "## Handover\n\n- Lost property: student card, ID **TN771346**, found in drop-in room. Handed to security desk.\n- 3 contacts, no risk",
    ),
    (
        "student_id",
        "Peer had written her student ID, HW903517, on the feedback card. Removed the card from the box and gave it to the coordinator to shred.",
    ),
    (
        "student_id",
        "Debrief: a peer sent her transcript (student no. 3381964) to the program inbox asking if we could argue a grade. Coordinator clarified scope and deleted the attachment.",
    ),
    (
        "student_id",
        "Contact note. Peer upset about an email from the faculty addressed to 'Student QL640228' rather than her name, about unsatisfactory progress. She felt like a number. Much of the session on feeling anonymous and unseen.",
    ),
    (
        "student_id",
        "[16:48] peer: my portal login keeps failing, z3902716, is it just me\n[16:49] supporter: it's not just you, IT had an outage today. how are you going otherwise?",
    ),
    (
        "student_id",
        "transcribed VM: hi, um, my student number is five five two, oh eight, nine four, I was booked in with someone at two and I can't find the room, um, call me back.",
    ),
    (
        "student_id",
        "Peer asked me to check if her enrolment was cancelled. Her SID is DB118650. Referred to student central; she was panicking about her visa depending on full-time enrolment.",
    ),
    (
        "student_id",
        "Student very stress because her ID card CJ402877 not work at library door and she has exam tomorrow. Small problem but she is cry. We talk about how everything feel big now.",
    ),
    (
        "student_id",
        "Autocorrect note: peer's student numbr (RW330194) was on the extension aproval she showed me. Topic: her granddad in hospital.",
    ),
    (
        "student_id",
        "Peer says the faculty's email about her misconduct hearing went to the wrong student, one number off from hers, z5044172. She's anxious about privacy. Linked with student advocacy.",
    ),
    (
        "date",
        "Journal. Anniversaries are a theme this week. The student I saw today said her brother died on 9 November 2021, and every year the lead-up to that date flattens her, which this year falls in the middle of the end-of-year exams. She hadn't told anyone in the faculty. I asked what she'd done in other years and she said she usually goes to the beach where they used to swim. We talked about whether she could apply for special consideration in advance, which she hadn't known was possible, and about having someone with her on the day. I gave her the CAPS details and Lifeline. She wasn't at risk, she said, just sad, and tired of being sad. I felt the weight of it after she left.",
    ),
    (
        "date",
        "[21:15] peer: my DOB is 14/03/2003 so technically I'm still a teenager in my head lol\n[21:16] supporter: haha. what's been going on tonight?",
    ),
    (
        "date",
        "Voicemail: hi, er, I'm calling about the form, it asks for my date of birth, it's the, um, third of July two thousand and two, and I wasn't sure if I should put that on a peer support form, um, yeah, call me back.",
    ),
    (
        "date",
        "Student tell me she arrive Australia on 17 February 2024 and since then she never go home. Very homesick. We talk about plan for the break.",
    ),
    (
        "date",
        "## Handover\n\n- Peer's surgery is booked for **28 January 2026**; she wants a check-in the week before\n- Anxiety about anaesthetic, no other risk",
    ),
    (
        "date",
        "Peer's father had his heart attack on 2 October 2025 and she's been flying back and forth since. Exhausted. Linked with carer support.",
    ),
    (
        "date",
        "Debrief: supporter raised a peer who disclosed an assault that happened on 21/06/2025. Supervisor led discussion on trauma-informed responses; peer was linked with the sexual assault service with consent.",
    ),
    (
        "date",
        "The student told me she was diagnosed with epilepsy on 5 May 2019 and is scared of having a seizure during the OSCE. Talked about disclosure and reasonable adjustments.",
    ),
    (
        "date",
        "[00:40] peer: it's been a year since my first panic attack. 12 August 2025. I remember it exactly\n[00:41] supporter: that's a big anniversary. how are you doing with it tonight?",
    ),
    (
        "date",
        "Transcribed VM: hi, um, my court date is, er, the nineteenth of March twenty twenty-six, for the, um, the tenancy thing, and I have an exam that week, I don't know what to do.",
    ),
    (
        "date",
        "Peer was born 30.11.2004 and turned 21 yesterday alone in her room. Very flat. Talked about who she could spend the weekend with.",
    ),
    (
        "date",
        "Student say her visa finish 01/04/2026 and she not know if she can extend, very worry. Refer to international student advisers.",
    ),
    (
        "date",
        "autocorrect note: peer's mum passed away on 7 Septmeber 2024, and the grief is hitting harder this term. Checked risk (none). Follow up in a week.",
    ),
    (
        "date",
        "Peer said her miscarriage was on 23 July 2025 and nobody at uni knows. Gentle, long conversation. Linked with the Pink Elephants support and CAPS.",
    ),
    (
        "street_address",
        "Journal. Tonight's contact was with a student who is couch-surfing. She left her share house at 14 Kerr St after a falling-out with the lease holder and has been staying with different friends for two weeks. She's still going to every lecture, which amazed me, but she looks exhausted and carries everything in her backpack. We went through the university's emergency accommodation and the hardship fund, and I helped her find the form. What she really wanted to talk about was how ashamed she feels, as a medical student, to be homeless. I listened and reflected, and we talked about how common housing stress is. No risk. I'll check with the coordinator tomorrow whether emergency accommodation has space.",
    ),
    (
        "street_address",
        "[19:20] peer: can you send the counsellor to my place, I can't leave today\n[19:20] peer: Unit 3/27 Beach Rd\n[19:21] supporter: we can't do home visits, but if you feel unsafe please call 000. can we talk about what's happening?",
    ),
    (
        "street_address",
        "Voicemail: hi, um, I moved, so if you're sending the, er, the letter about the group, it's now forty-two Wattle Grove, um, Apartment 6, okay thanks.",
    ),
    (
        "street_address",
        "Student live at 118 Princes Highway with six other students, very noisy, cannot sleep. She want to move. Give information of housing service.",
    ),
    (
        "street_address",
        "## Handover\n\n- Peer's mail going to her old address (PO Box 2291) which her ex collects. Linked with safer communities.\n- Quiet otherwise",
    ),
    (
        "street_address",
        "Peer asked us to post the reading list to her grandmother's house, 7 Tarana Close, because she's staying there during the placement. Told her we can email it instead.",
    ),
    (
        "street_address",
        "Debrief: supporter mentioned a peer disclosed she'd been followed home to 55a Marsden Street. Supervisor: good that she was linked with campus security and police. Supporter offered a debrief session.",
    ),
    (
        "street_address",
        "Student upset because her landlord at 9/310 Glenferrie Rd won't return her bond. Linked with tenancy advice at the student union.",
    ),
    (
        "street_address",
        "[23:30] peer: i'm outside 61 Railway Pde and i can't go in, my housemate is yelling\n[23:31] supporter: are you safe where you are right now? if you feel in danger please call 000",
    ),
    (
        "street_address",
        "transcribed VM: hi, it's about the care package from the, er, the food bank, I'm at twelve Oakleigh Crescent, the blue door, um, thanks.",
    ),
    (
        "street_address",
        "Peer's share house at 203 Parramatta Road flooded last week. She's lost her notes and laptop. Hardship fund form done together.",
    ),
    (
        "street_address",
        "Student say she now stay in Flat 2, 88 Dhoby Lane with her cousin because the residence is too expensive. Long travel. Tired.",
    ),
    (
        "street_address",
        "Autocorrect note: peer's new place is 4 Banksia Cresent (sic), she moved to get away from her old houesmates. Feels safer. Follow up in 2 weeks.",
    ),
    (
        "street_address",
        "Peer gave her address, 17 Melaleuca Drive, for the on-call supervisor in case of emergency. Noted in the secure system only; topic was escalating panic attacks.",
    ),
    (
        "person_name",
        "Journal. I've started to notice that students who use the service more than once tend to open with something small. Today Joy opened with a parking fine and forty minutes later we were talking about her parents' divorce, which happened over the winter break while she was on an elective in Fiji. She said she found out by text. Her mother has moved in with an aunt and her father has stopped answering calls. She is the oldest and her younger brothers keep ringing her for reassurance she doesn't have. She has been 'fine' at uni, by which she means she hasn't missed anything, but she's not sleeping and has lost weight. I asked directly about self-harm and suicide and she said no, clearly. We talked about CAPS and about telling one friend in the cohort. I'm going to ask my supervisor whether I should have gone to the family stuff sooner or waited as I did.",
    ),
    (
        "person_name",
        "Reflection. Victor has been coming for three weeks now and today was the first time he talked about his father, a doctor in Lagos who expected him to follow, and who now doesn't ask about his studies at all. He said the silence is worse than the pressure was. I noticed I wanted to interpret that for him and I didn't; I asked what he made of it. He said he thinks his father is disappointed he came to Australia instead of staying. We sat with that. There's no risk, his mood is okay, and he's sleeping. I think the sessions are helping him put words to things he's been carrying for years. Plan is to continue fortnightly until exams.",
    ),
    (
        "person_name",
        "Journal. Tough contact. Iris, a third year, came in after a clinical skills assessor made a comment about her hijab being a 'sterility issue' in the simulation lab. She was calm when she described it, then not. We talked through what had happened, how she felt, and her options, which include the faculty's discrimination contact officer and the student union's advocacy service. She wants to think about it before deciding. I was angry on her behalf and I kept that out of the room, I think. Bringing to supervision: what we do when students describe something that may be discrimination, and how to hold my own reaction.",
    ),
    (
        "person_name",
        "Reflecting on today's group session for first-in-family students. Eight came. The facilitator (me and a senior supporter) asked everyone to share one thing they wish they'd known in week 1. Frank said he wished he'd known it was okay not to understand the lecture the first time. Several people laughed with relief. It was a good session and I want to remember how much lighter a room gets when one person admits something others are hiding. I'll write this up for the coordinator as a format worth repeating.",
    ),
    (
        "person_name",
        "Journal. April (she told me her parents named her after the month she was born in, which made us both laugh) came in with a clear agenda: she wanted to decide whether to intermit for a semester. Her mental health has been poor since her assault last year and she is in treatment. We made a pros and cons list, but mostly I listened to what each option felt like in her body, which is a thing my supervisor encouraged. She leaned towards intermitting and will talk to her psychologist and the faculty. No acute risk, safety plan in place with her psychologist. I felt quietly proud of how she held herself.",
    ),
    (
        "person_name",
        "Long reflection. The peer today was a fourth year called Summer who is the main carer for her younger brother, who has cerebral palsy, while their mum works nights. She was matter-of-fact. The pressure point is the upcoming rural term, when she'll be away for eight weeks and doesn't know who will do the mornings. She had not told the clinical school. I felt a bit helpless because the practical answer isn't something I can give her. We went through what she could ask for: a metropolitan placement on carer grounds, or a split term. She'll email the placements office. I'm noting that carers come up a lot this year.",
    ),
    (
        "person_name",
        "Journal. Mark, a graduate-entry student who used to be a paramedic, wanted to talk about the difference between being competent in his old job and being a novice here. He said the hardest moment was being told off by a resident for doing something he'd done a thousand times on the road. He's not depressed, he's frustrated and a bit lost. We talked about identity and about how long it takes. He laughed about the irony of a paramedic being nervous on a ward round. No follow-up needed, but he's welcome back.",
    ),
    (
        "person_name",
        "Reflection. Dawn, a mature-age student with two kids, came in after the school called her out of a tutorial because her youngest was sick. She's running on four hours' sleep and a lot of guilt. I asked what support she has; her partner works FIFO and is away three weeks at a time. We talked about the faculty's parent-student provisions and the childcare subsidy. She said mostly she wanted someone to say it was hard. So I said it.",
    ),
    (
        "email",
        "Journal. A quiet evening, one long contact. The peer had written a letter to her younger self as part of a reflective assignment and wanted to read it to me before submitting. It was beautiful and sad, about growing up in a house with a parent who drank. At the end she asked if I'd like a copy and, before I could answer, wrote her private address on a sticky note: wattlebird.notes@gmail.com. I didn't keep the note, and explained why. What I most want to remember is how she held her own story with care. We talked about whether the assignment was safe to submit, given what it disclosed, and she decided to talk to her tutor about an alternative piece. No risk.",
    ),
    (
        "url",
        "Journal. The peer has been running an anonymous Instagram account for med students about mental health, and it's become big. Today she showed me a post she regretted, at instagram.com/p/Cw3LmZtR7x2, where she described a patient in enough detail that she now thinks they could be recognised. She was panicking about a professionalism complaint. We slowed it down: she can take it down tonight, and she can talk to the professionalism advisor in confidence. Then we talked about why the account matters so much to her, and about the loneliness of being the person everyone tells their struggles to. I want to check with my supervisor about the professionalism side.",
    ),
    (
        "social_handle",
        "Journal. The student I saw is being messaged every night by someone from her old school who has found her through a new account, most recently @night.owl.meds_, asking where she lives now. She has blocked four accounts already. She isn't sure if she's overreacting; I said no, this is frightening and it makes sense to take it seriously. We talked about screenshots, reporting, eSafety, and the safer communities team, and about telling her family. Her main fear was that she'd be seen as dramatic. I felt protective and also mindful I'm not a security service. Supervisor informed.",
    ),
    (
        "ip_address",
        "Long entry. The peer had been locked out of the online exam twice because, according to the proctoring software, her connection kept switching between two addresses, the second being 180.150.38.211, and it flagged her as a possible cheat. She lives in a share house with patchy wifi and had been hotspotting from her phone. She was in tears, terrified the flag would become a misconduct case. We talked through the exam office's technical incident process, and I suggested she write down what happened while it was fresh. Underneath was a lot of shame about not being able to afford decent internet. No risk.",
    ),
    (
        "phone",
        "Journal. The contact tonight was a first year whose flatmate had gone out after a fight and hadn't come back, and wasn't answering. The peer was frightened. She read out the flatmate's mobile, 0401 553 872, and we tried it once together; it rang out. We talked about who else might know where the flatmate was, and agreed that if she hadn't heard by midnight and was worried for her safety, she'd call the police. The flatmate texted at 10:40 to say she was at a friend's. The peer cried with relief. I noticed how much adrenaline I had afterwards. Debrief booked.",
    ),
    (
        "medicare",
        "Journal. The peer is an older student who's just left an abusive relationship and is trying to untangle her life from her ex's. Among everything else, she realised she was still on his Medicare card, number 4120 87541 1, and that he could see her claims, including her psychologist visits. She felt sick about it. We talked about getting her own card through Services Australia and about the family violence support they have. Then mostly we talked about how exhausting it is to undo a shared life. She has a safety plan and a support worker. I'm struck by how much admin is part of leaving.",
    ),
    (
        "tfn",
        "Journal. The student brought a letter from the ATO saying her tax file number, 821 573 681, had been used to lodge a return she didn't make. She was frightened and didn't know who could have done it; the only person she'd given it to was an old employer. We went through the ATO's identity theft line and the student legal service. Most of the session was on the feeling of being violated, and her fear that her finances, already precarious, would fall apart. I was aware I know very little about this and I said so. She'll come back next week.",
    ),
    (
        "student_id",
        "Journal. A peer came in with her exam timetable, which listed her by ID only, JB617429, with a clash the exams office hadn't picked up: two papers on the same morning. She'd been trying to reach them for three days. It sounds small, but she'd worked herself into a state where she was convinced she'd have to repeat the year. We rang the exams office together from the drop-in room, which was a first for me, and they fixed it in five minutes. She cried from relief. We then talked about how quickly her mind goes to catastrophe and whether she'd like to work on that with someone.",
    ),
    (
        "date",
        "Journal. Today the peer wanted to talk about her mum's death, on 16 April 2023, which she realised she'd never spoken about to anyone at uni. She said it was the week of her first anatomy exam and she sat it anyway. I asked what that was like and she said she doesn't remember any of it. We talked about grief that gets put on hold, and how it can arrive later. She's not at risk and she has a GP she trusts. She'd like to see a grief counsellor and I gave her the CAPS details. I felt privileged she chose me to tell.",
    ),
    (
        "street_address",
        "Journal. The peer is living in a room above a shop at 231 Sydney Road with no working heater and a landlord who isn't answering. She has a cough that won't go away and is studying in the library until it closes to stay warm. We went through tenancy rights and the student union's housing officer, and the hardship fund for a heater. She was embarrassed to need help. I reminded her that a lot of students are in similar situations this year. I'm going to ask the coordinator whether we can have a list of emergency housing options at the drop-in desk.",
    ),
    (
        "person_name",
        "Peer says Nowakowski, the anatomy demonstrator, made a joke about her accent in front of the whole lab. She laughed along and then cried in the bathroom. Talked about what she'd like to happen next.",
    ),
    (
        "person_name",
        "[19:02] peer: Georgiou is in my PBL again this rotation\n[19:02] peer: the one who made fun of my stutter\n[19:03] supporter: that sounds really hard to face again. how are you feeling about it?",
    ),
    (
        "person_name",
        "Student say her supervisor Park is very strict, never smile, and she feel always she do wrong. We talk about this is his style maybe not about her. She will ask for feedback meeting.",
    ),
    (
        "person_name",
        "peer mentioned that tunde has been sleeping on the couch at the study centre for a week because he got evicted. he didnt want to tell anyone. talked about how she could nudge him towards the housing service.",
    ),
    (
        "person_name",
        "Check-in with Zsuzsi (short for Zsuzsanna, she says nobody here gets it right). Still homesick, but she's joined the orchestra and has something to look forward to on Thursdays.",
    ),
    (
        "person_name",
        "Peer's roommate, who everyone calls Nong, fainted in the anatomy lab and the peer has been worried about her ever since. Talked about what the peer can and can't do.",
    ),
    (
        "person_name",
        "Contact with a student whose best friend, Juninho, has gone back to Porto Alegre without saying goodbye. Hurt and confused. Mostly listening.",
    ),
    (
        "person_name",
        "Voicemail: hiya, it's, um, Dafydd, from the rural stream, the reception out here is awful, just ringing to say I'm okay, the placement's hard, I'll call properly at the weekend, hwyl.",
    ),
    (
        "person_name",
        "## Handover\n\n- **Follow up:** Adaeze re: appeal outcome, she asked for a call on Thursday after 3\n- Nothing else outstanding",
    ),
    (
        "person_name",
        "Debrief: supervisor, coordinator, four supporters. A supporter reflected on a contact with Nimmi, a peer she'd seen three times, who said she finally told her parents she wanted to leave medicine. The supporter was moved. Supervisor talked about being a witness to change.",
    ),
]

ORDINARY: list[str] = [
    "Journal, Thursday evening. I keep coming back to this afternoon's contact. The student sat in the study nook on level 3 with her laptop closed and said she hadn't opened the anatomy slides in nine days. What struck me was how calm she sounded while describing something that is clearly frightening her. I did what the training says: reflected, didn't rush to fix, asked about sleep and eating. She is eating once a day. She has not told anyone at home because her mum already thinks medicine was a mistake. I noticed my own urge to reassure her that everyone falls behind, and I held it back, which I think was right. We agreed she would email the year coordinator tomorrow and I would check in on Monday. For supervision: how to hold the line between being a friend in the year and being her supporter, because we share a PBL group.",
    "Reflection after Wednesday's contact. The student talked mostly about her older brother, who has been unwell since he came back from Addis Ababa in the winter. She drives him to appointments and translates for her parents, and she has been missing the Tuesday clinical skills sessions to do it. She did not frame any of this as a problem; she framed it as her job. I was moved and also a bit out of my depth with the family dynamics. We talked about whether special consideration could recognise carer load, and she was surprised that it might. No risk indicators. Plan: she will look at the carer provisions on the student portal, and I'll ask my supervisor whether there is a carers' group on campus.",
    "Long one tonight sorry. A second year asked for me at the courtyard because his flatmate had used the service last term. He was worried about the flatmate more than himself: not leaving his room, curtains shut, food outside the door, missing both placement days this week. He wanted to know if he was overreacting. I said no, that noticing and asking is exactly right, and we went through what he could say tonight, plainly, including asking directly about suicide if it felt like it was heading there. We practised the words. I gave him Lifeline 13 11 14 and told him 000 if he was ever worried about immediate safety. I felt the weight of being one step removed from the person who might actually be at risk.",
    "Supervision journal. I noticed I had been avoiding writing up yesterday's contact for two days. I think it's because it went badly, or felt like it did. She came in angry about a Year 2 exam result and I got defensive on behalf of the faculty, which is not my role. I said something like 'the marking is usually fair' and I saw her shut down. We recovered a little when I apologised and asked what she needed, which was to be heard that it felt unjust. Her family back in Ulaanbaatar are paying a lot for her to be here and a fail feels like it lands on all of them. Lesson: notice when I'm siding with the institution. Supervisor question: how do I repair if I see her again?",
    "Reflecting on a walk-and-talk. He prefers walking to sitting, which I've started to notice a few students do. We did two laps of the oval. He described staying up until 3 or 4 am on his phone, then sleeping through morning lectures and catching up on recordings at double speed, so he never feels like he has learnt anything. He called himself lazy more than once. I gently questioned the word and we talked about what else might be going on. He mentioned his dad's heart surgery back in Pokhara in September and that he couldn't fly home for it. I think grief and guilt sit under the sleep stuff. He agreed to book with a GP. Follow-up in a week.",
    "Evening reflection. Sat with a graduate-entry student for almost an hour in the library courtyard. She's older than most of her cohort and feels invisible in tutorials. In Bangkok she was a pharmacist for six years and here she feels like a beginner at everything. I related to that a bit and had to be careful not to make it about me. We talked about the competence she brings that others don't see, and she laughed for the first time when she described correcting a tutor's drug interaction. Low mood, no risk. She wants to try the mature-age meetups; I'll send the link through the program.",
    "Supervision log. Contact with a Year 4 student in the car park after placement. His consultant had made a comment on the ward round about him being too slow, in front of a patient and the whole team. His voice kept cracking. He didn't want to complain formally because it would follow him. We talked through the options without pushing: the confidential clinical school contact, writing down what happened while it was fresh, talking to his supervisor. I was aware of my own anger on his behalf. I want to check how we handle reports about clinicians in our notes, and I've kept this one general.",
    "Reflection, late. She said things are better, which I want to believe, but she said it very quickly and then changed the subject to her sister's wedding in Thessaloniki. I asked again later, differently, about the nights, and she admitted she still wakes at 2 am with her heart racing before every OSCE week. I was relieved at the 'better' and almost let it go. Plan: she'll go back to the GP about the panic symptoms and try the breathing app. Supervision: how to check in without making someone feel caught out.",
    "Thoughts after today. A first year came to the drop-in because her roommate had posted on the flat group chat that he was 'done with all of it'. She was shaking. We rang him together and he answered; he was with his cousin and said he meant the course, not his life, but she still wasn't sure. I talked her through asking him directly tonight and staying with him, and calling 000 if anything changed. I reminded her she is not responsible for keeping him alive on her own. I've flagged to the on-call supervisor as the protocol says.",
    "Journal. Short but important: he asked me not to write anything about his family, so only this: he works 30 hours a week in a warehouse on top of full-time study and sends money home to Tonga. He's fallen asleep in two tutorials and laughed it off. There's shame about money. We talked about equity scholarships and the hardship fund and he was surprised they exist for medical students. Supervision: how to talk about money without it feeling like charity.",
    "Supervision journal, week 7. Did well: I stayed quiet for a long pause and he filled it with what he'd come to say, that he'd been thinking about leaving medicine. Didn't do well: I jumped in with 'but you're so close to the end of the year', which I regretted immediately. His parents in Seoul are doctors and leaving would feel like betrayal. He'll talk to the careers service, not as a decision, just information. No risk indicators. I'm going to practise tolerating that kind of disclosure without reassuring.",
    "Reflection. I've been seeing one student every fortnight since O-week and today she said she doesn't need to come any more. I felt a pang, which surprised me; I think I'd become attached to being useful. She's found a study group, has a GP she trusts, and she's sleeping. This is exactly what the program is for. My supervisor said it's worth noticing when ending is hard for us, not just for the student.",
    "Long reflection. Tonight's call was from a student whose nana died on Saturday. She wants to go home for the tangi, which will take most of a week, and she's terrified about missing the mid-semester assessment. The faculty's policy talks about 'immediate family' only and she felt it didn't fit. We worked on the wording of her special consideration application, explaining her nana's role in raising her. She cried for a while and I stayed with it. I'll raise with the coordinator whether the bereavement language fits whānau structures.",
    "Entry for supervision. Contact lasted 50 minutes. Perfectionism: she rewrites case notes four or five times and gets to bed at 1 am even with no deadline. Her planner is colour-coded to the quarter hour. Her father in Debrecen was a surgeon and she grew up believing 95% was a failure. We worked on what 'good enough' could look like for one task this week; she picked the reflective essay. I gently suggested talking to a GP about a psych referral.",
    "Reflecting on the 4 pm contact. She was flat and talked about her housemate's new partner being over every night and feeling pushed out of her own kitchen. Underneath it was loneliness in the cohort, a sense everyone had friendship groups sorted by week 3. We talked about the year-level social and the volunteering society. She seemed lighter by the end. Loneliness comes up in almost every second-year contact this term.",
    "Reflective note. I'm unsettled after this morning. She disclosed that the relative she lives with is controlling about money and who she sees, and that she's not allowed to stay late at uni. She was clear she didn't want me to do anything and isn't in danger. I respected that, told her about 1800RESPECT on 1800 737 732 and the safer communities team. I need to check in supervision whether this crosses any threshold for me to act.",
    "Supervision journal. Today's student was in his first week back after deferring for a year after a depressive episode, most of it spent at home in Swansea. He said it felt like walking into a party where everyone already knows each other. He's seeing a psychiatrist, on medication, and feels stable, but he's scared of relapsing in exam season. We made a simple plan of early warning signs and who he'd tell. Follow up in two weeks.",
    "Journal. I saw an international student from Recife at the drop-in. Homesick at Christmas, her first away from family. She laughed about the heat being wrong, the food being wrong, everything being wrong. Underneath, her grandmother is unwell and she doesn't know if she'll see her again. We made a loose plan for the break: the international students' Christmas lunch, video calls, a list of things for the worst days. She was much lighter talking about food.",
    "Um hi, it's, er, from the second year group, I was told to leave a message on this number if nobody picks up. I'm okay, I'm not in danger or anything, I just wanted to talk to someone about the exam stuff, it's a lot at the moment. I'll try the drop-in tomorrow I guess. Okay, bye.",
    "Voicemail transcript: hey it's, um, calling about my friend, she's really not good and I don't know if I should be calling you or like the hospital, she's not hurt, she's just crying a lot and says she can't go to placement, can someone please call me back, I'll keep my phone on, thanks.",
    "Transcribed voicemail, 11:52 pm: hi, er, I'm a third-year, I had a meeting booked for Thursday but I can't make it because my grandmother died and I'm flying to Gdańsk tomorrow night, so if someone could cancel it or move it, sorry, and, um, thank you.",
    "voicemail (transcribed by the app, unedited): hi its from the Wednesday group um I said I'd check in after the exam and I just wanted to say I'm okay-ish, the exam was rough, I'm going home to my parents for the weekend to sleep, yeah that's all, speak next week.",
    "VM 08:14: Good morning, it's the clinical school returning a call from one of your volunteers about a student on a team, you can reach us through the clinical school front desk, um, I'll try again after the ward round, thanks.",
    "Voicemail: um hello, sorry to call this number, it's a parent, our daughter gave it to us in case, we just haven't been able to reach her since Sunday and we're a bit worried, she's probably studying, but if someone could, er, check, thank you very much, goodbye.",
    "transcribed voicemail, Saturday 2:30 am: hey um it's me again, sorry for calling so late, I know nobody's there, I just needed to say it out loud to someone, I'm okay, I'm not going to do anything, I just feel really alone, I'll come to the drop-in on Monday, okay, bye.",
    "Voicemail, transcribed: hi, um, we talked last week about my sleep, I just wanted to let you know I went to the GP like we said and she was really nice and we've got a plan, so I will keep going with it, thanks, you don't need to call back.",
    "Voicemail: er hi, I am the friend of a student you spoke to, he says it's okay for me to call, I am worried because he is not eating and sleeps all day, can someone call back please, I don't know what to do, thank you.",
    "VM (transcribed, poor line): hi... I'm on the train so sorry if it cuts out... I wanted to ask about the, um, the group for students with chronic illness... my rheumatologist said you might know... Crohn's mostly... yeah so if someone could call... thanks.",
    "Voicemail, 6:40 pm: hello, I saw the poster about peer support in the anatomy building and I don't really know how it works, do I just come in, or do I need to book, I'm a first year, I'm okay, I just want to talk to someone who isn't my family, thanks, I'll have faith it works out.",
    "voicemail: hey um just calling to say sorry I missed our catch up, my car broke down on the way to placement and then everything went bad, I'll email to rebook, I'm fine, honestly, bye.",
    "[22:41] supporter: hi, thanks for messaging, how are you going tonight?\n[22:43] peer: not great tbh\n[22:43] peer: its the thing with my PBL group again\n[22:44] supporter: do you want to tell me what happened?\n[22:47] peer: one of them told the whole group chat I copied his notes\n[22:47] peer: I didnt",
    "[09:02] peer: morning, can we move our chat to 11\n[09:03] supporter: sure, 11 works\n[09:05] peer: thanks, my housemate needs me to drive her to the GP first\n[09:05] supporter: no worries, see you at 11",
    "[21:10] peer: I feel like I can't breathe when I think about the OSCE\n[21:11] supporter: that sounds really scary. are you safe right now?\n[21:11] peer: yeah I'm safe. my flatmate is here with me\n[21:12] supporter: good, I'm glad you're not alone. can we do some slow breathing together?",
    "[23:58] peer: sorry its late\n[23:58] peer: i just got off the phone with my mum\n[23:59] peer: she says my aunty is in hospital again and i should come home\n[00:01] supporter: that's a lot to hold at midnight. how are you feeling?\n[00:03] peer: numb i think",
    "[16:20] peer: my PBL tutor said I should talk to you guys\n[16:21] supporter: I'm glad you reached out. what's been happening?\n[16:24] peer: I failed the long case and I've been hiding in the library since",
    "[20:05] peer: quick q, can I bring someone to the drop in\n[20:06] supporter: yes of course, if that helps\n[20:06] peer: my boyfriend, he drives me\n[20:07] supporter: that's fine, he can wait with you or come in, whatever you prefer",
    "[13:12] peer: I think I need to drop a unit\n[13:13] supporter: ok, that's a big decision. what's making you think that?\n[13:15] peer: my study partner dropped out and I can't keep up alone\n[13:16] supporter: it sounds like losing her has changed a lot for you",
    "[02:14] peer: cant sleep\n[02:14] peer: keep thinking about the patient who died on my placement\n[02:15] peer: bed 14. he was so kind to me\n[02:17] supporter: I'm so sorry. that's a real loss, even as a student. do you want to tell me about him?",
    "[19:40] supporter: hi, how did the meeting with the year coordinator go?\n[19:44] peer: ok actually. the assoc prof was way nicer than I expected\n[19:44] peer: she gave me an extension\n[19:45] supporter: that's great news, well done for going",
    "[17:55] peer: can i ask smth weird\n[17:56] supporter: of course\n[17:58] peer: is it normal that i cry after every ward round with the consultant? she's not mean, i just feel so stupid in front of her\n[17:59] supporter: it's not weird at all, lots of students feel that way with senior clinicians",
    "[00:22] peer: hey sorry\n[00:22] peer: my brother just called from Budapest and my dad is in ICU\n[00:23] supporter: I'm so sorry. that's frightening news to get at night, and so far away.\n[00:25] peer: I don't know whether to fly home",
    "[14:02] peer: just letting you know I won't be at the peer session\n[14:02] peer: my cousin's wedding is this weekend in HK\n[14:03] supporter: no problem at all, enjoy it! we'll see you when you're back",
    "[08:45] peer: quick update, the GP referred me to a psychologist\n[08:45] peer: first appt is next week\n[08:46] supporter: that's a really good step. how are you feeling about it?",
    "[22:05] peer: i think my flatmate is using again\n[22:06] supporter: that sounds worrying. are you or he in any danger right now?\n[22:08] peer: no he's asleep. I just don't know what to do tomorrow",
    "Today student come to see me, she is from my same country so she talk more easy. She is very tired, she say she work in restaurant every night and study in day, no time for sleep. I tell her about hardship fund and she don't know about this before. We make plan she will email student support tomorrow. She is not danger, I ask this. I will see her next week again.",
    "Contact note. The student, very upset about result of written exam. He say his father will be very angry when he know. I listen mostly. He not want to talk to faculty yet. I give him information of CAPS and also we talk about how to tell to family. No risk, I ask directly. Follow up Friday.",
    "Peer came because of problem with group project. One member, he do not do any work and the others they are afraid to say. She ask me what is fair. I not give answer but we think together about what she can say to tutor. She feel more calm at the end. Also she mention she is sleeping 4 hours only, I suggest to look at this.",
    "Yesterday I meet with student in library. She say her boyfriend want her to move with him to Perth after graduate and she not sure. Many tears. We talk about what she want for herself, not for him or for family. She say nobody ask her this before. No safety problem. She will come again maybe.",
    "Short note. Student is worry because her friend has not come to class three week and not answer message. I explain she can tell year coordinator who can check on him, this is not breaking friendship. She agree. I also check how she herself is, she is okay.",
    "Student tell me about his placement, the registrar shout at him in theatre because he contaminate the field. He feel very shame, want to stop surgery rotation. We talk about this is common mistake in learning, and about who he can talk to in clinical school. He not want to make complaint. He sleep okay. Check again after one week.",
    "Peer say she live with auntie in outer suburb and travel 2 hours every day. Very tired. She think about move closer but money is problem. I give information for accommodation service and scholarship office. Next time I will ask more about how she feel, today was mainly practical.",
    "I am not sure I do this correct so I write to supervisor also. Student say his cousin say to him that he is 'not real doctor material' and now he cannot stop thinking it. He compare himself always. I try reflect his feelings. He say he feel better to say out loud. He not have any harm thoughts, I ask.",
    "Peer (2nd year) talk with me about Ramadan and exams at same time. She fast and she has OSCE afternoon, very worry about concentration. Her sister also is in medicine and tell her just push through. We talk about option, she can ask for adjustment for religious reason. She not know this possible. She will email today.",
    "Student come with friend. Friend do the talking. The student she is very homesick, cry every night, want to go back to Chiang Mai. Both they are first year. I listen and give information of international student support and CAPS. Student agree to see counsellor. Friend is very good support for her.",
    "Contact on Monday. The peer say he have problem with his landlord who want him leave the room with one week notice. He don't know his right. I give information of tenancy advice service of student union. He is stress but not danger. We will talk again after he see the advice person.",
    "Student very happy today!! She pass the resit exam. She want to thank her tutor who help her every week for free. She say also thank to this service. Nothing to follow, just I want to write the good news also.",
    "## Handover: Tuesday evening drop-in\n\n### Contacts\n- 3 students seen, all 2nd year\n- One follow-up needed: anxiety re upcoming OSCE, agreed to check in Thursday\n\n### Risk\n- None identified\n\n### Notes for next shift\n- Printer in the drop-in room is out of toner",
    "# Weekend handover\n\n**Open items**\n- Follow up re special consideration form (peer asked for help with wording)\n- Restock Lifeline cards (13 11 14) and Beyond Blue cards (1300 22 4636)\n\n**Closed**\n- Exam stress contact from Friday, no further action",
    "## Handover, Wed 5 pm\n\n- Seen: first year, homesickness, linked with international student office\n- Seen: fourth year, placement stress, GP already involved\n- **Please follow up:** third year asked for a call back tomorrow morning, prefers a call over text, number is in the secure system\n- Supervisor informed of nothing urgent",
    "### Shift notes\n\n* Quiet night, 1 contact\n* Contact was a housemate worried about someone not eating\n* Gave housemate advice on how to raise it and the after-hours crisis options\n* No direct contact with the person of concern",
    "## Handover to Monday team\n\n### Follow-ups\n1. Check in with the student who wanted info on the carers' group\n2. A second year wants to come to the Thursday group but isn't sure about the time; send details via the program inbox\n3. Order more Headspace brochures\n\n### Risk\nNil",
    "# Handover (Thu)\n\n## Seen today\n- 2nd yr, exam anxiety, breathing techniques, will see GP\n- 3rd yr, relationship breakup, coping ok\n\n## Note\n- The clinical school called back about the student on the gen med team, said they'd reach out directly, nothing further needed from us",
    "## Late shift\n\n- Phone contact from a peer whose friend had a panic attack after the pharmacology exam (PHAR2011)\n- Talked through grounding; friend settled, went home with flatmate\n- Suggested CAPS appointment this week\n- No ongoing risk",
    "### Handover notes\n\n- First year came back for a second session. Much better, sleeping again. Didn't need another booking. Saying grace before meals with her family on video calls is helping her feel connected.\n- Drop-in room booking for week 10 still not confirmed, chase facilities\n- Headspace posters up in the foyer",
    "## Saturday\n\n**Contacts:** 1\n\n- Peer whose partner moved out last week. Lots of grief, working 2 jobs. Talked about support at uni and with family. Agreed check-in Tue.\n\n**Risk:** none disclosed, asked directly",
    "# Handover\n\n- Two walk-ins, both exam stress, both linked with CAPS\n- Phone message from a parent asking us to check on their son. Followed consent process, did not confirm he uses the service. Passed to supervisor.\n- Need more tissues",
    "Group debrief, Friday. Present: program coordinator, two senior supporters, four supporters, clinical psychologist (supervisor). Main discussion was the contact where a peer disclosed a friend had stopped taking his medication. The supporter felt unsure whether to act. Supervisor clarified the difference between concern and duty, and praised the supporter for encouraging the peer to talk to the friend directly. Coordinator will circulate the updated escalation guide.",
    "Debrief notes (monthly). Attending: coordinator, supervisor, 6 supporters, one apology. Themes: loneliness in first year, placement travel costs, a cluster of contacts about one tutorial group. Supervisor advised we don't investigate but we can note the pattern to the coordinator, who will raise it through the proper channel without naming students or staff.",
    "Debrief after the critical incident. Present: on-call supervisor, coordinator, the two supporters on shift, and a counsellor from CAPS. We walked through the evening step by step. The supporter who took the call said she kept thinking about what the caller's sister had said on the phone. The counsellor reminded us we did exactly what the protocol asked. Everyone on shift gets a follow-up check-in next week.",
    "Team debrief, end of semester. Coordinator thanked everyone. Supervisor summarised numbers: around 140 contacts, 9 escalations, no serious incidents. A senior supporter is finishing with the program to start her internship at Westmead and gave a short reflection. Discussion of recruiting for next year, training dates TBC.",
    "Debrief (small group). Thursday roster plus supervisor. One supporter raised discomfort about a contact where the peer talked at length about his ex and it drifted into gossip. Supervisor suggested gently redirecting to the peer's own feelings. Another supporter raised burnout in herself; agreed she'd take a fortnight off the roster.",
    "Group debrief minutes. Present: coordinator (chair), supervisor, senior supporters x2, supporters x5. Item 1: a peer complained that a supporter mentioned their contact to a mutual friend; coordinator will follow up privately. Item 2: new supporter training on the 4th, Room G.07. Item 3: we need a second supervisor for after-hours.",
    "Debrief, placement block. Clinical school liaison, coordinator and four supporters on rural rotations in the Hunter and New England. Issues raised: isolation, car troubles, two students sharing a house with a difficult housemate. Liaison suggested the rural clinical school's wellbeing officer. Coordinator to check the phone reception issue for the video drop-ins.",
    "Debrief notes: supervisor, coordinator, all supporters from the OSCE week roster. We discussed the day a peer asked a supporter to 'tell the professor' about her panic attacks. Supervisor clarified we never pass information to staff without consent and even then only through the coordinator. Good discussion about the pull to advocate.",
    "Debrief: three supporters, supervisor. Reflected on the contact where a student said her friend was cutting. Supporter handled it well: stayed calm, encouraged the peer to talk to her friend and to a GP or headspace, gave crisis lines. Supervisor discussed the limits of what we can do for third parties.",
    "Had a realy good chat today, she's feeling mush better since her extention got approved. She said the sleep is still a bit rubbish but she's going to try the app. No risk, didn't book another session.",
    "Student was very up set about the results, she said her dad had already told the whole family she'd passed. We talked about how to tell them, and about the resit. Shes going to call home tonight. Cheek in on Friday.",
    "Peer reported that his house mate has been drinking a lot and not going to placements. He's worried but doesnt want to be a snitch. We practised what he could say. He's going to try tomorow. Gave him the after hours numbers just in case.",
    "Meet with a student who's been fighting with her sister over whose turn it is to look after there mum. She's exhausted. Talked about carer support and the special consideration proccess. She's going to look at both. No concerns about safety.",
    "student say's her PBL tutor keeps picking on her and she doesnt want to go anymore. We talked about option's, including a quiet word to the year coordinator. She's going to think about it. Mood low-ish but ok, no risk.",
    "Contact with fisrt year who is homesick and misses her boyfriend back home in Hilo. Lots of crying. We talked about the international student meet-ups and keeping a routine. She liked the idea of a fixed call time each week. Will check in next Tuesday.",
    "Peer hopes to get through the rotation without crying in front of the team again. We talked about where she can go for five minutes when it gets too much. There is hope; she said the last week was better than the one before.",
    "Peer will try the sleep hygiene handout and come back in a fortnight. No risk. Good rapport.",
    "Peer support contact, 20 min. Student wanted to vent about the Apgar scoring station in the OSCE, which she thinks she fumbled. Reality-tested a bit. She's okay.",
    "Peer was pretty frank about drinking more since exams started, four or five drinks most nights. We talked about it without judgement, and she's going to try alcohol-free weekdays. Gave her the student health link.",
    "Student's grandmother has Parkinson's and she's been helping her parents with care on weekends. Tired, guilty about not studying. Talked about carer provisions.",
    "Peer disclosed a Crohn's flare during exams. Linked with disability services for a plan. She didn't know she could register a chronic illness.",
    "Student recently diagnosed with Hashimoto's and says the fatigue is making everything harder. Talked about pacing and about telling her year coordinator.",
    "Peer talked about being assessed for ADHD and Asperger's as an adult and how strange it is to study the criteria she's being assessed against. Lots of laughter and some tears.",
    "Student on the Cushing's case in PBL said it hit close to home because of her own steroid treatment. Just needed to say it out loud.",
    "Peer shaken after a trauma call on placement where the patient's Glasgow Coma Scale was 3. First death she'd seen. Debriefed, linked with the clinical school's support.",
    "Peer at St Vincent's for her psych rotation says the ward is full and she's finding the acute unit confronting. Talked about the Balint group and her supervisor.",
    "Student on rotation at the Alfred said the commute from the western suburbs is 90 minutes each way. Exhausted. Linked with the travel subsidy.",
    "Peer on placement at Royal Melbourne has been doing night shifts and can't sleep during the day. Talked about blackout curtains and the GP.",
    "Student wanted info on Headspace vs CAPS vs a GP mental health plan. Walked through all three. She'll start with the GP.",
    "Peer was on the phone to Centrelink for 2 hours before our session about her Youth Allowance. Mostly we talked about how powerless that felt.",
    "Peer said Lifeline helped her on Sunday night when she couldn't reach anyone else. She wanted us to know it worked.",
    "Student asked if it's okay to call Beyond Blue on 1300 22 4636 rather than a counsellor because she doesn't want anything on her record. Talked about what records exist and confidentiality.",
    "Peer's younger brother called Kids Helpline (1800 55 1800) after a family fight and she felt guilty for not being there. Long conversation about being the eldest.",
    "Student used 1737 to text after a panic attack while visiting family in Auckland. Said it helped. Back now, settling.",
    "Peer said the only joy this week was a sunny lunch on the lawn with her PBL group. Everything else has felt grey. Low mood for about three weeks; agreed she'll see the GP.",
    "Student failed to mark the OSCE station timing and ran out of time. She's convinced she's failed the whole thing. Reality-tested; results come out in week 12.",
    "Peer got a power bill of $640 and can't pay it. Linked with the hardship fund and the energy retailer's hardship program.",
    "Pat on the back to the Wednesday team for handling a busy night so well. Five contacts, all linked where needed.",
    "Peer brought a rose from the campus garden to say thanks for last week. Small moment, recorded because it was nice.",
    "Student said the dawn shifts on the surgical rotation (rounds at 6:30) are wrecking her sleep. Talked about naps and weekend recovery.",
    "Peer finds it hard to study when it's sunny and everyone is at the beach. Laughed about it. Underneath, some FOMO and loneliness.",
    "May be worth following up with the first year who came in at 4 pm; she was vague about how she's eating.",
    "Exams start in June and the peer is already panicking in April. Made a study timetable with breaks built in.",
    "Peer's August placement in Alice Springs is confirmed and she's anxious about being so far from home. Talked about what support is there.",
    "Student was frank about not wanting to be a doctor any more. Mostly listened. Suggested a careers chat, no pressure.",
    "Peer is sick of having to chase the faculty for a response about her extension. Drafted a polite follow-up email together.",
    "A ray of light: peer passed her resit and came by to say so. Nothing to follow up.",
    "Student on the ophthalmology elective saw a melanoma of the iris and it shook her because of her family history. Talked it through.",
    "Peer's urine dipstick practical ran late and she was crying in the amber-lit corridor outside the lab when a friend sent her to us. Calmer after 20 min.",
    "Summer school unit (MEDI1001) clashing with her job. Linked with the faculty about options.",
    "Autumn is the worst time for the peer's mood every year, she says. We talked about light, routine and the GP.",
    "Student jacked up about the exam, hasn't slept. Caffeine since 5 am. We did breathing and she went home to rest.",
    "Peer was robbed on the train platform last night; phone and laptop gone. Shaken. Linked with campus security, police report done, hardship fund for a replacement laptop.",
    "Student worried she'll be sued if she makes a mistake on placement. Talked about supervision, indemnity, and the fear underneath.",
    "Peer loves art and wonders if she should have done a fine arts degree. We talked about keeping art in her life alongside medicine.",
    "Student's gene therapy lecture set off a lot of worry about her family's BRCA status. Linked with the genetic counselling info on the student health site.",
    "Peer sang carols at the hospital Christmas party and said it was the first time she'd felt part of the team. Lovely update.",
    "Student can't get past page 3 of her research proposal. Writer's block plus anxiety. Broke it into small pieces.",
    "Peer's car was hit in the lane behind the clinical school. No one hurt, but she was very shaken. Talked about insurance stress.",
    "Student doing a rural rotation in the Hunter Valley said the team is lovely but the isolation is real.",
    "Peer feels chaos reigns in her share house and she can't study there. Library and noise-cancelling headphones discussed.",
    "Student described passing the final OSCE as a quiet victory after failing it last year. Wants to keep coming for exam season.",
    "Peer support session, 30 min. Peer said she will try again with her supervisor on Monday. Will follow up Tuesday.",
    "Peer felt faith in herself was shaken after a bad feedback session. We talked about feedback as information, not verdict.",
    "Peer said her grace period for the library fine ended and now she has a $45 charge. Small thing, last straw. Lots of tears about everything else.",
    "Bill shock from the dentist: $1,200 for a root canal. Linked with the student union dental clinic.",
    "Student started sertraline 50 mg two weeks ago and feels nauseous. Encouraged her to talk to the GP who prescribed it rather than stopping.",
    "Peer increased from 10 mg to 20 mg of escitalopram and is feeling more settled. Check-in only.",
    "Student asked whether melatonin 2 mg is safe to take before exams. Suggested she ask the pharmacist or GP. Talked about the sleep worry.",
    "Peer's K10 at the GP was 32 and she was shocked. We talked about what it means and the plan the GP made.",
    "Student's PHQ-9 of 18 on the CAPS intake scared her. Talked about it as a starting point, not a label.",
    "Peer on Ward 7B for her medicine rotation, bed 22 patient died overnight. First death. Debriefed with the team, came to us after.",
    "Student spends all day in Room 3.14 of the library. Hasn't talked to anyone in days. Loneliness.",
    "Peer arrived at 7:45 am for the early drop-in, upset after a night shift. We talked until 8:30.",
    "Student said 2024 was the worst year of her life and 2025 is better. Wanted to reflect on that.",
    "Peer got $500 from the hardship fund and nearly cried with relief. Follow-up on budgeting next week.",
    "Student failed MEDI2001 and is waiting to hear about a supplementary exam. Anxious.",
    "Peer's Year 3 Integrated Clinical Exam is in week 11 and she feels unprepared.",
    "# Wellbeing Week Planning\n\n## Ideas\n- Dog therapy day\n- Free breakfast\n- Guest talk on burnout\n\n## Owner\n- Coordinator",
    "Student taking propranolol 10 mg before presentations (prescribed) and worried it's 'cheating'. Talked about that belief.",
    "Peer uses Discord for her study group and says it's the only place she feels part of the cohort.",
    "Student's Teams meetings with her research supervisor keep getting cancelled. Frustrated.",
    "Peer can't find the lecture recordings on Canvas and has missed two weeks. Walked her through it and talked about the overwhelm.",
    "Student said 'ya Allah, I'm so tired' and laughed. Ramadan plus placement. Talked about adjustments.",
    "Peer switched between English and Tagalog when she got upset, 'nakakapagod na talaga', she's really exhausted. Talked about rest.",
    "Student said her mum calls her 'habibti' on the phone every night and it's the only thing keeping her going.",
    "Peer said 'saudade' is the only word for what she feels about home. Homesickness, first year.",
    "Student described feeling 'aroha' from her rural placement team, the whānau feeling she hadn't had in the city.",
    "Peer explained 'han' in Korean to me as the feeling she has about her family's expectations. Powerful conversation.",
    "Student typed 'im fine 🙂🙂🙂' then immediately said she wasn't. We talked for 40 minutes.",
    "Peer said 😭😭 about the anatomy result then 😂 about the bit she guessed. Mixed feelings, coping.",
    "Peer wrote 'sory for my englsh, i am tierd' at the start of the chat. Very tired, exam stress, no risk.",
    "Student anxious abut the pharmocology exam, hasnt slept, drinking to much cofee. Talked about rest.",
    "Peer cant stop chcking the results portal, refreshes every 10 min. Talked about anxiety.",
    "Peer supporters on the Tuesday roster: remember to log contacts in the secure system by 9 pm.",
    "Peer group for first-in-family students meets Wednesdays at 1 pm in the Wolfson Building.",
    "Peer mentoring program sign-ups close Friday.",
    "Peer feedback from the survey: the drop-in room is too cold and too visible from the corridor.",
    "Peer wanted to know how the program keeps notes private. Explained de-identification and retention. She seemed reassured.",
    "Student grew up in Dubbo and misses the country. Sydney feels too big.",
    "Peer from Darwin says the Melbourne winter is genuinely affecting her mood. Talked about light and vitamin D and the GP.",
    "Student's family lives in Kathmandu and the time difference makes calls hard. Homesick.",
    "Peer is from Lagos and says Australians think she's aggressive when she's just being direct. Talked about cultural code-switching and fatigue.",
    "Student's family fled Mogadishu when she was small and she's the first to go to university. Huge pride and huge pressure.",
    "Peer from Dhaka says the rain in Brisbane reminds her of home. Nice moment.",
    "Student's parents run a restaurant in Cabramatta and she works there every weekend. Tired.",
    "Peer is from Apia and talks about fa'a Samoa and what it means to be away from family obligations.",
    "Student on placement in Wagga Wagga said the rural team are the kindest she's worked with.",
    "Peer commutes from Campbelltown to Camperdown, two hours each way. Exhausted.",
    "Student is from Cardiff and says the Welsh are good at complaining about weather, so she's fine. Ha. Homesick though.",
    "Peer from Szeged says nobody here can pronounce anything Hungarian and she's given up correcting them. Laughed. Some loneliness underneath.",
    "Student from Ulaanbaatar found the dorm food bland and is cooking buuz at midnight to feel at home.",
    "Peer from Jakarta got lost in Parramatta on her first day at Westmead. Funny story, underneath anxiety about being late.",
    "Student's family are in Chiang Rai; she video calls during lunch. Settling.",
    "Peer from Auckland, Māori, says she misses kapa haka and her marae. Linked with the Indigenous student centre, who run a Pasifika and Māori group.",
    "Student grew up in Nuku'alofa and says church here feels different. Looking for a Tongan congregation nearby.",
    "Peer from São Paulo says Australians eat dinner too early. Small joke, homesickness underneath.",
    "Student from Kowloon says her Cantonese is getting rusty and she feels guilty. Talked about identity.",
    "Peer from Busan says the hardest part is eating alone. Talked about the Korean students' society.",
    "Student from Enugu says people keep asking if she's related to a famous footballer. Eye roll. Underneath, feeling exotic and not seen.",
    "Peer from Ibadan is the only Nigerian in her year and finds it isolating. Linked with the African students' association.",
    "Student from Gdańsk misses pierogi and her grandmother's cooking. Christmas will be hard.",
    "Peer from Athens finds Melbourne's Greek community comforting; she goes to Oakleigh on weekends.",
    "Student from Tripoli (Lebanon) says her family worry about her constantly and she worries about them.",
    "Peer from Addis Ababa says coffee ceremonies with friends on Sundays are what keep her sane.",
    "Student from Hargeisa finds winter in Canberra brutal. Practical chat about heating costs.",
    "Peer from Pokhara says the mountains are what she misses. Blue Mountains trip planned with friends.",
    "Student from Sylhet is fasting and on placement, talked about adjustments.",
    "Peer from Bali misses the ocean; goes to Bondi on bad days.",
    "Student on rotation in Mount Isa says it's the hottest place she's ever been. Coping.",
    "Peer supports her younger sister in Year 12 back in Toowoomba over video. Carer load from afar.",
    "Student on placement at Westmead Children's said a child's death hit her hard. Debriefed, linked with the clinical school psychologist.",
    "Peer attended the Royal Prince Alfred grand round and felt overwhelmed by how much she doesn't know. Normal, we agreed.",
    "Student at the Royal Children's for paeds says the wards are beautiful but the cases are heartbreaking.",
    "Reflective entry. The peer I saw this afternoon asked whether she could keep talking to me over email between drop-ins, and offered her personal address because she doesn't check her uni inbox. I didn't take it: we don't do one-to-one email outside the program, and I explained that kindly. She understood, though I could see she felt a bit rejected, and I want to think about how to say no to closeness without it landing as a brush-off. The contact itself was about falling behind in pharmacology after glandular fever. We talked about special consideration, catch-up tutoring, and rest. For supervision: boundaries with the students who most want connection.",
    "Journal. The student who came at 3 had printed an email chain between herself and her research supervisor and wanted me to read it, which I did only partly. The supervisor's replies were curt. I was careful not to act as a judge. We focused on how she felt reading them (small, stupid, like she was bothering him) and what she needs from supervision. She decided to ask for a fortnightly meeting with an agenda. I noticed how easily I could have been drawn into taking sides.",
    "Reflection. The student told me about her blog, where she writes about her depression anonymously, or so she thinks: there's a photo of her in scrubs on the about page. I gently raised that it might identify her to patients and staff. She hadn't thought about it and was grateful, a bit embarrassed. Most of our time was on the content, which was raw and showed someone slowly getting better. She sees a psychologist and writing helps. I want to check whether I should have mentioned the photo at all.",
    "Journal. The contact tonight was about a group chat that's turned nasty. An anonymous account has been posting rumours about students in the cohort, including her. She feels sick going to campus. We spent a while on the feelings (humiliation, anger, fear that people believe it) before the practical side: reporting the account, keeping screenshots, the bullying procedure. She's not sure she wants to report. I didn't push. Supervision: what should the program do when several peers mention the same account?",
    "Journal. Odd contact. A peer was convinced someone in her year was logging into her LMS account, because she'd had a login alert at 3 in the morning from somewhere she didn't recognise. She was frightened and had barely slept. I don't know IT security and said so; we focused on feelings and practical steps: change password, turn on two-factor, contact IT. Underneath was a friendship breakup and a sense of being watched. I want to talk with my supervisor about where normal worry ends.",
    "Journal. The student has been thinking about leaving her share house because a housemate becomes aggressive when he drinks. She hasn't been hurt but now sleeps with her door locked. She wanted a supervisor to call her because she wasn't sure she could call; her contact details are in the secure system only. We did safety planning for tonight and talked about the accommodation service's emergency housing. She knows to call 000. I'm finding it hard to stop thinking about her.",
    "Journal. Today's contact was practical on the surface and emotional underneath. A student who recently got permanent residency had just received her Medicare card and kept it on the table the whole time. She wanted to know if she could now see a GP without paying. I said to check with the clinic about bulk billing. Then she cried, because it was the first thing in four years that made her feel she belonged. We spent most of the time on the years of feeling temporary. No risk.",
    "Journal. She'd started a casual job at a pharmacy and her first payslip took far more tax than she expected; she'd ticked the wrong box about the tax-free threshold because she also works weekends at a cafe. I'm not a tax advisor but pointed her to the student union's free tax help. What really came up was the fear she can't afford to stay in medicine. I listened. No risk. I noticed my own anxiety rising because I'm in a similar position.",
    "Journal. A first year came in clutching an academic misconduct letter accusing her of collusion on a lab report. She was adamant she hadn't copied and distraught it would end her career. I didn't promise anything about the outcome. I helped her slow down: read the letter together, notice the process, and contact student advocacy, who can go to the meeting with her. She calmed down with a plan. She hadn't eaten all day, so we got her a sandwich.",
    "Journal. Anniversaries are a theme this week. The student said her brother died in November a few years ago, and every year the lead-up flattens her, and this year it falls in the end-of-year exams. We talked about applying for special consideration in advance, which she hadn't known was possible, and about having someone with her on the day. I gave her the CAPS details and Lifeline. Not at risk, she said, just sad, and tired of being sad.",
    "Journal. The student is couch-surfing. She left her share house after a falling-out with the lease holder and has been staying with different friends for two weeks. She's still going to every lecture but looks exhausted and carries everything in her backpack. We went through emergency accommodation and the hardship fund. What she wanted to talk about was shame, as a medical student, at being homeless. No risk.",
    "[21:30] peer: can you send me the CAPS link\n[21:31] supporter: sure, I'll post it here\n[21:31] peer: or to my email?\n[21:32] supporter: I'll just paste it in the chat so it stays in the program",
    "[20:44] peer: can we just talk on insta instead\n[20:45] supporter: I can only talk here on the program chat, but I'm here now",
    "[23:03] peer: can someone call me instead, typing is hard rn\n[23:04] supporter: I'll ask the on-call supervisor to call you on the number you registered with. please stay on the chat till they do",
    "[14:20] peer: the GP reception asked for my medicare and I panicked\n[14:21] supporter: want to talk about what made you panic?",
    "[18:02] peer: my new job wants my tax file number and i dont know if i gave it right\n[18:03] supporter: the payroll office can check it with you. how's the job going otherwise?",
    "[11:05] peer: the exams office needs my student number for special consideration, is that ok?\n[11:06] supporter: yes, the exams office form is the right place for it",
    "[21:15] peer: I turn 21 in March, so technically I'm still a baby in my head lol\n[21:16] supporter: haha. what's been going on tonight?",
    "[19:20] peer: can you send the counsellor to my place, I can't leave today\n[19:21] supporter: we can't do home visits, but if you feel unsafe please call 000. can we talk about what's happening?",
    "[22:17] peer: I think my ex can still see what I do on the home wifi\n[22:18] supporter: that sounds really unsettling. are you safe right now?",
    "Voicemail: hi, um, I can't really talk on the phone at the moment, my flatmates are home, could someone message me through the program chat instead, thanks, um, bye.",
    "Voicemail: hi it's calling back about the, er, the appointment, I'll try the chat instead, thanks.",
    "Voicemail: hi, um, I'm at the pharmacy and they need my Medicare number and my card's at home, sorry, I don't know why I'm calling you, I'm just really stressed, okay, bye.",
    "Voicemail: hi um sorry, quick question, my Centrelink form got rejected, I know that's not your thing, I'm just freaking out, okay, bye.",
    "transcribed VM: hi, um, I was booked in with someone at two and I can't find the room, it says G.14 but there's no G.14, um, call me back on the number you have.",
    "Transcribed VM: hi, um, my court date is in March for the, um, the tenancy thing, and I have an exam that week, I don't know what to do.",
    "Voicemail: hi, um, I moved, so if you're sending the letter about the group, just email it instead, okay thanks.",
    "Student live with six other students, very noisy, cannot sleep. She want to move. Give information of housing service.",
    "Peer give me her Discord for send the study group link. I explain I can't add personal. She understand.",
    "Student show me her Medicare card to ask if she can use for psychologist. I explain about mental health plan from GP. Tell her not show card to others.",
    "Peer ask me help with scholarship form, there is box for TFN. I say I cannot give tax advice but tax help at student union can.",
    "Student give me his student number because he think I can check his results. I explain I cannot. He very worried about fail in anatomy.",
    "Student tell me she arrive Australia in February last year and since then she never go home. Very homesick. We talk about plan for the break.",
    "Student say her visa finish in April and she not know if she can extend, very worry. Refer to international student advisers.",
    "Student say someone post bad comment about her in forum. She want to know if this is student from her class. I say I cannot know, and we talk about her feeling.",
    "Peer student very sad because someone make fake account of her at Instagram and post her photo. I help her to report. She is scared. Also give information of eSafety.",
    "## Handover\n\n- Lost property: student card found in drop-in room. Handed to security desk.\n- 3 contacts, no risk",
    "## Handover\n\n- Left on the drop-in table: a payslip. Put in locked drawer for the coordinator.\n- Contacts: 2, both exam-related",
    "## Incident note\n\n- Abusive message received on the program's online form\n- Passed to coordinator and IT; no action by supporters",
    "## Handover\n\n- Peer's surgery is booked for late January; she wants a check-in the week before\n- Anxiety about anaesthetic, no other risk",
    "## Contact summary\n\n- Peer wants feedback on her personal statement for a rural bonded place\n- I explained this is outside scope; referred to the careers service",
    "## Handover\n\n- Peer reported harassment from a TikTok account (not a student, she thinks)\n- Linked with eSafety reporting and safer communities\n- Follow up Thursday",
    "Debrief: a supporter raised that a peer had emailed her personally after finding her on the uni directory. Coordinator reminded the group to redirect any personal contact to the program inbox.",
    "Debrief: supporter raised that a peer kept asking her to follow him on Twitter and she felt uncomfortable. Group agreed to hold the line on no personal socials.",
    "Debrief: supporter asked whether we log IP addresses on the chat tool. Coordinator said the vendor does. Agreed to update the privacy blurb.",
    "Debrief: a peer sent her transcript to the program inbox asking if we could argue a grade. Coordinator clarified scope and deleted the attachment.",
    "Debrief: supporter raised a peer who disclosed an assault last winter. Supervisor led discussion on trauma-informed responses; peer was linked with the sexual assault service with consent.",
    "Debrief: supporter mentioned a peer disclosed she'd been followed home from the station. Supervisor: good that she was linked with campus security and police.",
    "Peer's share house flooded last week. She's lost her notes and laptop. Hardship fund form done together.",
    "Peer's father had his heart attack in October and she's been flying back and forth since. Exhausted. Linked with carer support.",
    "Hope is a strong word, but the peer used it twice today about next semester. Mood better than last month.",
    "Will check in with the second year on Friday as agreed. She will bring the special consideration draft.",
    "Grace under pressure: the supporter on the late shift handled a distressing call calmly and escalated correctly. Noted for the debrief.",
    "Joy and relief all round: the peer's appeal was upheld.",
    "Faith-based support is important to the peer; linked with the campus chaplaincy and the Muslim students' prayer room.",
    "Mark down the change to the Thursday roster: the drop-in moves to 2 pm in week 9.",
    "Sunny afternoon, quiet drop-in. Two walk-ins, both brief. No follow-ups.",
    "June exams are the peer's main worry. Study plan made.",
    "August intake students seem more isolated than the February cohort, according to the coordinator.",
    "Frankly the peer is exhausted and needs a break, and she knows it. Leave of absence options discussed.",
    "Summer placement in the NT confirmed for the peer. Excited and nervous.",
    "Victory lap: the peer passed all her end-of-year exams. Came in to celebrate. No follow-up.",
    "Rose-tinted glasses, the peer called it, about how she remembers first year. She's finding third year much harder.",
    "Iris and retina clinic placement was cancelled for the student, so she's doing extra ED shifts instead.",
    "Amber alert on the student wellbeing dashboard for the Year 2 cohort this week, per the coordinator.",
    "Ray of sunshine on a grim day: the peer got into the rural stream she wanted.",
    "Bill paid through the hardship fund. Peer very relieved.",
    "Patience is thin in the peer's share house during exams. Talked about boundaries.",
    "Dawn walks on the beach are the peer's main coping strategy. She'll keep them up in exam week.",
    "May I suggest the team restock the Lifeline and 1800RESPECT cards before Monday.",
    "Chase up the room booking for the Wellbeing Week stall.",
    "Hunter-gatherer joke aside, the peer is not eating properly: cereal for dinner most nights. Talked about cheap meals and the food pantry.",
    "Art therapy group at CAPS starts next term; peer is interested.",
    "Gene expression lecture was the last straw, the peer said, and she walked out. Calmer now, not at risk.",
    "Carols by candlelight on the lawn was the first social thing the peer had done all term. Progress.",
    "Page 1 of the handover template has been updated; please use the new headings.",
    "Lane closures on the freeway meant the peer was an hour late to placement and got told off. Upset, okay now.",
    "Sue the landlord? The peer half-joked about it. Linked with tenancy advice instead.",
    "Robbed of sleep by a newborn niece staying at home, the peer is struggling to study. Library and quiet rooms discussed.",
    "Jack of all trades, master of none, is how the peer describes herself in PBL. Talked about imposter feelings.",
    "Autumn semester timetable released; peer upset about 8 am starts on Mondays.",
    "Reign of terror is how the peer described her surgical rotation, jokingly. Underneath, genuinely stressed.",
    "Sage advice from the senior supporter at debrief: it's fine to say 'I don't know, let's find out together'.",
    "Rowan trees are flowering outside the medical library, the peer noted, and that's how she knew a year had passed since she started here.",
    "PEER SUPPORT DROP-IN: MONDAY TO THURSDAY, 12 TO 2, LEVEL 2 STUDENT HUB",
    "WELLBEING CHECK-IN FORM: PLEASE COMPLETE AFTER EVERY CONTACT",
    "Student's GCS was normal after the fall at the rugby, but the concussion is affecting her concentration. Linked with student health.",
    "Peer on Ward 4 North said the nurses have been wonderful to her. Good placement.",
    "Student got 62% in the anatomy spot test and thinks that's a disaster. Talked about what a pass means.",
    "Peer is on ondansetron 4 mg for her nausea from the pregnancy and worried about OSCE day. Adjustments discussed.",
    "Student's rent went up by $80 a week. Looking at share options further out.",
    "Peer had a panic attack in Lecture Theatre 2 at 9:10 this morning. Grounding, then CAPS booking.",
    "Student arrived at 11:55 pm via chat, upset after a phone call with her parents. Talked till 12:40.",
    "Peer asked about the Dean's List and whether she'll lose her place if she takes a lighter load. Talked about priorities.",
    "Student in the MD program's Scholarly Project stream says the workload is crushing.",
    "Peer wants to apply for the John Flynn Placement Program and is anxious about the interview.",
    "Peer asked whether the Hippocratic Oath includes looking after yourself. Nice conversation about the modern Declaration of Geneva.",
    "Student referenced the Yerkes-Dodson curve to explain why she needs some stress but not this much. Insightful.",
    "Peer said her Myers-Briggs type means she hates group work. Laughed, then talked about the group.",
    "Student's Holter monitor results came back normal; palpitations likely anxiety. Relief.",
]
