# ruff: noqa: E501 — long notes are kept whole, one note per entry, as their authors wrote them
"""Held-out G, part 2: supervision notes written blind (without reading the detector, its tests or any other corpus) in SOAP form, as e-mails with greetings and sign-offs, as questions to the supervisor, in the second person, in all lowercase without punctuation, and with autocorrect and dictation errors; very long notes (200-400 words) mix many numbers that identify no one (doses, scores, money, times, rooms, directory lines) with one identifier that does. Cohorts: rural and remote placements (ACCHOs, mining and FIFO towns, the RFDS, station properties), LGBTQ+ students with chosen names, pronouns and deadnames, mature-age students with children and partners, students with disability, elite athletes, parents and siblings calling in; names from Aboriginal and Torres Strait Islander, Vietnamese, Japanese, Dinka, Hazara, Pashtun, Iranian, Turkish, Kurdish, Portuguese, Chilean, Russian, Ukrainian, Sinhalese, Filipino, Samoan, Irish, Scottish, Dutch and Italian families, unisex names, surnames as first names and everyday-word names used as names. Every identifier is invented; Medicare numbers carry a valid check digit and tax file numbers pass the ATO checksum."""

from __future__ import annotations

DIRECTORY_NUMBERS = ["000", "13 11 14", "1300 22 4636", "1800 55 1800", "1737"]
STUDENT_ID_PATTERN = r"\b[A-Z]{2}\d{6}\b"

IDENTIFYING: list[tuple[str, str]] = [
    (
        "person_name",
        "S: Peer says she hasn't slept properly since the rotation at Tennant Creek started. O: Tearful, good eye contact. A: Low mood, no plan. P: Will check in again Thursday with Nguyen Thi Lan's consent to loop in her year coordinator.",
    ),
    (
        "person_name",
        "S: 'I just feel like I'm faking it.' O: Calm, articulate. A: Imposter feelings, exam stress. P: Rahel to follow up after the OSCE.",
    ),
    (
        "person_name",
        "S: Mature-age student, two kids under five, partner Brendan working FIFO in Karratha. O: Exhausted, flat affect. A: Carer strain. P: Talk about deferral options.",
    ),
    (
        "person_name",
        "S: reports harassment from a registrar on the surgical term. O: shaking when describing it. A: distressed, safe. P: encouraged her to speak with Dr Okonkwo-Farrell, the term supervisor, before Monday.",
    ),
    (
        "person_name",
        "S: Kai (they/them) says the clinical school still has their old name on the roster. O: Angry more than sad. A: Misgendering is wearing them down. P: Email the admin team about the roster.",
    ),
    (
        "person_name",
        "S: Student says deadname 'Matthew' keeps showing up on the hospital ID badge. O: Visibly upset. A: Distress linked to admin error. P: Follow up with badge office.",
    ),
    (
        "person_name",
        "S: Peer's flatmate Siobhan found her crying in the bathroom and texted me. O: Peer calm by the time we met. A: Acute stress, resolved. P: Check in tomorrow.",
    ),
    (
        "person_name",
        "S: Lost her nan last month, funeral up in Yarrabah. Says Aunty Florence raised her. O: Quiet, reflective. A: Grief, culturally appropriate support wanted. P: Link with the Indigenous student unit.",
    ),
    (
        "person_name",
        "S: peer told me Hamid has stopped answering messages since the exam results. O: n/a, second-hand. A: concern for a third party. P: asked peer to encourage him to call us.",
    ),
    (
        "person_name",
        "S: 'My dad keeps asking when I'll be a real doctor.' O: laughing it off but eyes teary. A: family pressure. P: Dang Van Minh to join next session if she wants.",
    ),
    (
        "person_name",
        "Hi team,\n\nQuick note after today's contact. The student (goes by Jesse, he/him) is struggling on the paeds rotation and says the consultant keeps calling him by his legal name. He is safe and has supports.\n\nThanks,\nPeer supporter",
    ),
    (
        "person_name",
        "Hi all,\n\nMet with a second-year who is worried about her brother Tomasz, who she says hasn't left his room in a week. She wants to know where he could go. I gave her the Headspace info.\n\nCheers",
    ),
    (
        "person_name",
        "Dear supervisor,\n\nI'm writing about a peer whose mum rang our line this afternoon. Mrs Haidari said her daughter has stopped eating and won't come home for the break. I explained what we can and can't do.\n\nKind regards",
    ),
    (
        "person_name",
        "Hello,\n\nFollow-up from Tuesday. Ngozi is doing better after the extension was approved. She asked me to pass on her thanks.\n\nBest,\nJ",
    ),
    (
        "person_name",
        "Hi,\n\nA peer on placement at the ACCHO in Katherine reached out. Her supervisor, Uncle Jimmy, has been great, but she feels very isolated at night. Planning a phone check-in weekly.\n\nWarmly",
    ),
    (
        "person_name",
        "Hey team — just flagging that Sione rang again tonight. Still sleeping in his car after the lease fell through. I've given him the Link2home number and he's going to Centrelink tomorrow. Cheers.",
    ),
    (
        "person_name",
        "Good afternoon,\n\nThe caller was a father, Mr Vieira, worried about his son who is in fifth year. He said the son sounded 'not himself' on the phone. No immediate risk identified.\n\nRegards",
    ),
    (
        "person_name",
        "Hi supervisor,\n\nI met with a peer today who disclosed her partner, Declan, has been controlling about money. She doesn't want to report yet. I gave her 1800RESPECT and we made a safety plan.\n\nThanks",
    ),
    (
        "person_name",
        "Should I be worried that Parisa mentioned she's been 'giving away her stuff'? She laughed when she said it but I couldn't tell.",
    ),
    (
        "person_name",
        "Is it okay for me to keep supporting Cooper when we're in the same PBL group? I don't want to overstep.",
    ),
    (
        "person_name",
        "Question for supervision: peer asked me not to tell anyone, but she said Thandiwe's boyfriend hit her. Do I need to escalate?",
    ),
    (
        "person_name",
        "Can I share the Headspace details with Ms Petrosyan's mum if she rings again, or does that break confidentiality?",
    ),
    (
        "person_name",
        "What do I do when a peer's sister calls the line? Bronagh rang tonight asking if her sister had been in touch with us.",
    ),
    (
        "person_name",
        "How should I handle it when the student wants me to call Dr Yilmaz for her to explain the missed shifts?",
    ),
    (
        "person_name",
        "Would it be crossing a line to drive Hudson to the ED myself if he won't call an ambulance?",
    ),
    (
        "person_name",
        "Am I allowed to tell the year coordinator that Oksana's visa situation is why she's been absent?",
    ),
    (
        "person_name",
        "You said you felt like nobody at the clinical school knew your name. You told me your preceptor, Dr Fitzgerald, only ever spoke to the intern. You want to try raising it at the mid-term review.",
    ),
    (
        "person_name",
        "You rang from the station property out past Longreach. You said Marnie, the station owner's wife, had been checking on you, but the phone signal drops out by six.",
    ),
    (
        "person_name",
        "You're doing your rural term in Moranbah and your husband Grant is back in Brisbane with the kids. You feel guilty every single day.",
    ),
    (
        "person_name",
        "You told me your pronouns are she/her and you want to be called Wren in our notes, not the name on your student record.",
    ),
    (
        "person_name",
        "You mentioned your coach, Ange, has been pushing you to train through the stress fracture before the nationals.",
    ),
    (
        "person_name",
        "You said your little brother Khalid has been having panic attacks since the family moved and you feel responsible.",
    ),
    (
        "person_name",
        "peer said her housemate kaito hasnt come out of his room since sunday and isnt answering the door she wants us to check on him",
    ),
    (
        "person_name",
        "talked to a third year tonight about her ex tiernan who keeps turning up at the library she is scared but safe at her aunties place",
    ),
    (
        "person_name",
        "he said mum and dad dont know hes failing and he cant tell them because gabriel his older brother is already a surgeon",
    ),
    (
        "person_name",
        "rang back the student from the rfds placement she said the flight nurse rosa was really kind to her after the retrieval",
    ),
    (
        "person_name",
        "peer says her partner aroha wants her to quit med and move back to auckland and she doesnt know what to do",
    ),
    (
        "person_name",
        "student was upset about the anatomy lab and said professor mcallister made a joke about her hijab in front of everyone",
    ),
    (
        "person_name",
        "Peer said her girlfriend Marisol is the only reason she got through fourth year. Wants to talk about coming out to her family in Santiago.",
    ),
    (
        "person_name",
        "Peer's partner, Ignacio Fuentes, rang to say she hadn't come home from the night shift. She turned up later, fine, phone had died.",
    ),
    (
        "person_name",
        "Chat with a mature-age student (two kids, 9 and 12). Her ex, Rowan, has stopped paying child support and she's working nights at Woolies.",
    ),
    (
        "person_name",
        "Met a student who uses a wheelchair. The clinical skills tutor, Mr Van der Berg, told her she'd 'never manage a resus'. She's furious and hurt.",
    ),
    (
        "person_name",
        "Student with ADHD says Dr Kuznetsova refused to let her use noise-cancelling headphones in the exam even though she has an approved plan.",
    ),
    (
        "person_name",
        "Deaf student said the Auslan interpreter didn't show for three lectures. Her interpreter is usually Bridie and she's been sick.",
    ),
    (
        "person_name",
        "Elite rower in second year, on the national squad. Says coach Henrik wants her at camp the same week as the written exam.",
    ),
    (
        "person_name",
        "Footballer (AFLW) in third year said her team's psych, Dr Oyelaran, suggested she talk to us as well.",
    ),
    (
        "person_name",
        "Student is a Paralympic swimmer; says her classification review is stressing her out and her physio Liesbeth is the only one she trusts.",
    ),
    (
        "person_name",
        "Call from a worried mum. Her son Arash is in second year and hasn't called home in two weeks. She's in Mashhad and couldn't reach him.",
    ),
    (
        "person_name",
        "Sister of a peer rang. Said Nhial has been sleeping all day and missing placement since their cousin died in Juba.",
    ),
    (
        "person_name",
        "Father rang about his daughter in third year. Says Akosua stopped replying after the exam and he's 'beside himself'. Gave him the university's after-hours number.",
    ),
    (
        "person_name",
        "Older brother of a peer called in from Istanbul. Worried that Elif sounded drunk on FaceTime. I explained we can't confirm she's a client.",
    ),
    (
        "person_name",
        "Student says her grandmother, Lola Remedios, is sick back in Iloilo and she's sending most of her Youth Allowance home.",
    ),
    (
        "person_name",
        "Student from a Samoan family says her dad, Tavita, wants her home every weekend for church and family obligations and she can't study.",
    ),
    (
        "person_name",
        "Peer described a rough night on the renal ward. Said the nurse in charge, Fionnuala, stepped in when the patient got aggressive.",
    ),
    (
        "person_name",
        "Peer said her best mate Callum from Dundee has been texting her at 3am saying he wants to disappear. She's scared for him.",
    ),
    (
        "person_name",
        "Student's partner Joost is Dutch and can't get a visa extension; she may have to choose between him and finishing her degree.",
    ),
    (
        "person_name",
        "Student said her nonna, Assunta, was the one who pushed her into medicine, and she died in October. Lots of guilt.",
    ),
    (
        "person_name",
        "Peer mentioned Yusuf from her anatomy group has been making comments about her body. She doesn't want to report yet.",
    ),
    (
        "person_name",
        "Peer's friend Sanjeewa Perera was the one who found her after the overdose last year. She's worried about the anniversary.",
    ),
    (
        "person_name",
        "Peer reports that Olena, her housemate from Kharkiv, is having nightmares and isn't sleeping since the news from home.",
    ),
    ("person_name", "Peer said Dmitri, her boyfriend, goes through her phone every night. Gave 1800RESPECT."),
    (
        "person_name",
        "Student worried about his cousin Mohammad Nazari, who arrived from Kabul last year and seems very depressed.",
    ),
    (
        "person_name",
        "Student said Zarlasht, her younger sister, is being pressured into an engagement. She feels she can't focus on exams.",
    ),
    (
        "person_name",
        "Peer mentioned her Kurdish uncle, Kawa, who is very unwell in hospital in Erbil. She's thinking of flying home mid-semester.",
    ),
    (
        "person_name",
        "She's going by Sky now, with they/them pronouns, and asked that we stop using the old name in the contact log.",
    ),
    (
        "person_name",
        "Will said he'd rather talk on the phone than come into the office. He sounded flat but not at risk.",
    ),
    (
        "person_name",
        "Grace was much brighter today. She's started at the pool again and has a GP appointment booked.",
    ),
    ("person_name", "Hope rang back as promised and says the extension came through. Closing the loop."),
    ("person_name", "Mark didn't show for the follow-up. I've sent a text and will try once more on Monday."),
    ("person_name", "River (she/they) is moving out of college after the incident in the common room."),
    (
        "person_name",
        "Bill's wife called to say he's in the ED at the Royal Adelaide after a panic attack on the ward.",
    ),
    ("person_name", "Checked in with KB after the viva. Seemed better, still not sleeping well."),
    (
        "person_name",
        "TN was quieter than usual at the catch-up. Said the move back from Alice Springs had been harder than she expected.",
    ),
    (
        "person_name",
        "Spoke with a student who asked to be called Alex in the notes. Alex is worried about the upcoming AMC exam.",
    ),
    (
        "person_name",
        "Jordan said their dad won't use their pronouns and they've stopped going home on weekends.",
    ),
    (
        "person_name",
        "Quinn called from Broken Hill. Says the RFDS base is great but the loneliness is brutal.",
    ),
    (
        "person_name",
        "Peer mentioned Sam Delaney from her year is spreading rumours about her in the group chat.",
    ),
    (
        "person_name",
        "Peer says Parker, her tutor in Clinical Skills, has been really supportive about the adjustments.",
    ),
    ("person_name", "Peer told me Carter is dropping out and she's terrified she'll be next."),
    (
        "person_name",
        "MS MORRISON, THE RESIDENTIAL ADVISER, CALLED TO CHECK THE STUDENT HAD GOT HOME. SHE HAD.",
    ),
    (
        "person_name",
        "URGENT: student reports that DR HALLORAN made a sexual comment in theatre. She wants advice on reporting.",
    ),
    (
        "person_name",
        "Peer said her dad passed in the 2019 fires and Auntie Maureen has been her main support since. She's on the 6-week rural term at the AMS in Moree, staying in room 4 of the student accommodation, paying $180 a week. K10 today was 31, up from 24 at the last contact. PHQ-9 was 16. She's on sertraline 50 mg, started in week 3, and saw the GP on the 11th. She says the clinic is doing a great job but she's doing 10-hour days and driving 45 minutes each way. We talked about sleep, about the 13YARN line, and about whether to speak to the rural coordinator. She's agreed to call back on Friday at 4 pm. No current plan, no intent, protective factors are her younger cousins and her footy team. I gave her the 1800 55 1800 and 13 11 14 numbers as well.",
    ),
    (
        "person_name",
        "Long one, sorry. The student is 34, came to medicine after ten years as a paramedic, has three kids (aged 4, 7 and 11) and a mortgage in Toowoomba. His wife, Brooke, has just gone back to full-time work at the hospital and they're juggling daycare pickups with his 7:30 am ward rounds. He failed the Year 3 written by 2 marks (scored 58, pass was 60) and has the resit in week 14. He's been averaging 5 hours of sleep, drinking 3–4 beers a night, and his GAD-7 was 14. He said the $4,200 in childcare fees this term is the main stressor. We went through the hardship bursary, the Centrelink Parenting Payment, and the option of a leave of absence for one semester. He doesn't want to defer because he'd lose his place in the Rural Generalist pathway. Follow-up set for Wednesday 2 pm.",
    ),
    (
        "person_name",
        "Peer is doing the 8-week term at the hospital in Mount Isa. Rough week: two MVAs on the highway, a paeds arrest in bay 3, and a retrieval with the RFDS on Tuesday night. She's rostered 38 hours this week plus 2 on-call nights. Sleep about 6 hours. K10 was 27. She laughed that the only thing keeping her going is the mine canteen's $12 schnitzel night. Her mentor there, Dr Adeyemi-Clarke, has been good about debriefs but is flying out on the 20th. She asked whether we could set up a fortnightly call while she's out there; I said yes, Thursdays at 7 pm. No risk concerns. Referral to CAPS not needed at this stage.",
    ),
    (
        "person_name",
        "so i talked to the student tonight for like 40 min she is doing her placement at the aboriginal medical service out at wilcannia and says the community has been amazing to her but she had a really hard day because a kid she'd been seeing passed away and the clinic manager auntie beryl told her to take tomorrow off she is going to call her mum and sleep she said k10 about 25 no thoughts of self harm she knows the numbers",
    ),
    (
        "person_name",
        "The peer is an Olympic-pathway hurdler who trains at 5:30 am six days a week and then does a full day at the clinical school. She's been getting 5–6 hours of sleep, eating around 1,600 calories on a day she burns close to 3,000, and she's lost 4 kg since the start of semester. She had a 9/10 stress rating for the last fortnight. Her sports dietitian, Anneke Visser, raised concerns about RED-S last week. The student was tearful and said the athletics scholarship ($7,500) depends on her staying on the squad. We talked about talking to the sports medicine team at the institute and about special consideration for the block 3 assessment. Follow-up at 11 am on the 14th.",
    ),
    (
        "person_name",
        "Peer is a second year, he/him, trans, 22. He's been on testosterone for 18 months and started using his chosen name in first year. Three things happened this week: a tutor read out his old name from the class list in front of 60 people, his bank card was declined because the name didn't match, and the GP clinic on level 2 lost his referral. He scored 21 on the K10. He says his partner, Eli, has been an absolute rock. We talked about the name-change process with Registry (form 12B), the Pride collective, and QLife. No risk. He's going to email the unit coordinator about the class list himself; I'll check in next Monday.",
    ),
    (
        "person_name",
        "Peer rang from the ward at 11:40 pm. Said the on call reg, Dr Thanh Pham, yelled at her in front of the family after she missed a potassium of 6.1. She's been awake since 5 am, has had one coffee and no dinner. She's fine physically. She wanted to debrief before driving home. We did 20 minutes of grounding. She said she'd sleep at the doctors' quarters rather than drive the 60 km home.",
    ),
    (
        "person_name",
        "Student's mum, Mrs Nakamura, rang from Osaka (9 pm her time). She's worried her daughter is overworking. Explained we can't share info but gave general resources.",
    ),
    (
        "person_name",
        "Yuki said she's been feeling like a ghost in the team since the start of surgery. Nobody introduces her to patients.",
    ),
    (
        "person_name",
        "Peer's partner Hiroshi found the note and called 000 last night. Peer was admitted overnight and discharged this afternoon with a plan.",
    ),
    (
        "person_name",
        "Nguyen said exam results came in and he passed everything, but his parents only asked why he didn't get an HD.",
    ),
    (
        "person_name",
        "Peer said Tran was the one who suggested she call us, after finding her in the car park at 2 am.",
    ),
    (
        "person_name",
        "Peer said Huong, her flatmate, has been covering her rent for two months and she feels sick with guilt.",
    ),
    (
        "person_name",
        "Spoke to Deng, who is in fourth year and has been sending money to his mother in Kakuma. Stressed about rent.",
    ),
    (
        "person_name",
        "Student said Achol was her only friend from the first-year intake and she's now transferred to Perth.",
    ),
    (
        "person_name",
        "Peer talked about her uncle Garang, who was like a father to her and died last month. She couldn't go to the funeral.",
    ),
    (
        "person_name",
        "Student from a Hazara family said her older brother, Ali Reza, keeps telling her medicine is a waste of money.",
    ),
    ("person_name", "Peer's friend Gulalai came with her to the appointment for support and waited outside."),
    (
        "person_name",
        "Peer said Mehrdad, her dad, won't speak to her since she told them about her girlfriend.",
    ),
    (
        "person_name",
        "Peer says her partner Shirin is having a hard pregnancy and she's missing tutorials to get her to appointments.",
    ),
    (
        "person_name",
        "Student said her classmate Emre has been taking the blame for the group's late report and it's not fair.",
    ),
    (
        "person_name",
        "Peer mentioned that Zeynep Arslan from the year above has been a really good informal mentor.",
    ),
    (
        "person_name",
        "Peer said Rojda, her cousin, was detained at the border and the family hasn't heard from her.",
    ),
    (
        "person_name",
        "Student said her avó, Maria da Conceição, is in palliative care in Porto and she is trying to finish the term.",
    ),
    ("person_name", "Peer mentioned that Gonçalo keeps asking her out despite her saying no several times."),
    (
        "person_name",
        "Student said Valentina is moving back to Valparaíso and she's not sure she can keep the lease alone.",
    ),
    (
        "person_name",
        "Student's brother, Sergei, is in hospital in Melbourne after a car crash and she's flying down tonight.",
    ),
    (
        "person_name",
        "Peer said Bohdan, her fiancé, was called up and she hasn't heard from him in nine days.",
    ),
    (
        "person_name",
        "Peer said Dilani, her older sister, is the one who keeps the family together and she's exhausted too.",
    ),
    (
        "person_name",
        "Student said Chaminda from her PBL group saw her panic attack and has been really kind about it.",
    ),
    (
        "person_name",
        "Peer is a Filipino student whose mum, Tita Marites, is a nurse at the Royal Melbourne. Mum wants her to drop to part-time.",
    ),
    (
        "person_name",
        "Student talked about Jomar, her boyfriend, who just lost his job. They're splitting one income now.",
    ),
    (
        "person_name",
        "Peer's cousin Leilani is staying with her after leaving an abusive relationship. Crowded flat, no study space.",
    ),
    (
        "person_name",
        "Student said Fa'amoe, her grandmother, is the reason she wants to do rural medicine in the islands.",
    ),
    (
        "person_name",
        "Peer said Niamh, from the Irish exchange group, has been sleeping on her couch since the eviction.",
    ),
    (
        "person_name",
        "Student was tearful about Padraig, an old school friend who died by suicide last year. Anniversary is this week.",
    ),
    (
        "person_name",
        "Peer says Eilidh, her partner, is moving to Aberdeen for a job and wants her to follow after graduation.",
    ),
    (
        "person_name",
        "Student described Ruairidh, her clinical tutor, as 'the only one who treats me like a human'.",
    ),
    (
        "person_name",
        "Peer said Lotte and Pieter, her host parents, have been amazing since she arrived from Rotterdam.",
    ),
    (
        "person_name",
        "Student's nonno, Salvatore, is unwell and the family want her back in Griffith for the grape harvest.",
    ),
    (
        "person_name",
        "Peer's dad, Giuseppe Marchetti, phoned twice today asking whether she had 'been to see you people'.",
    ),
    (
        "person_name",
        "Peer mentioned her flatmate Chiara has been using her ADHD meds. She's not sure whether to say anything.",
    ),
    (
        "person_name",
        "Student who is blind said her guide dog handler, Mrs Okafor, is moving interstate and she'll lose her orientation support.",
    ),
    (
        "person_name",
        "Peer with chronic fatigue syndrome said her OT, Priyanka, helped her set up a pacing plan for placement.",
    ),
    (
        "person_name",
        "Autistic student said Dr Lindqvist let her take the OSCE in a quiet room and it made all the difference.",
    ),
    (
        "person_name",
        "Student with Crohn's said the ward sister, Sister Agnes, gave her access to the staff toilet and she nearly cried.",
    ),
    (
        "person_name",
        "Student on the rowing squad said Harriet, her stroke seat, has been blaming her for their loss at the regatta.",
    ),
    (
        "person_name",
        "Student plays for the Matildas development squad and said her manager, Tegan, keeps booking media on exam days.",
    ),
    (
        "person_name",
        "Student is a cricketer in the state squad. His dad, Rajesh, keeps telling him to choose between cricket and medicine.",
    ),
    (
        "person_name",
        "Peer said her partner Jess sea is really good but she doesnt want to lean on her too much (dictation, meant Jessie).",
    ),
    (
        "person_name",
        "Met with student. She said her boyfriend lock land has been drinking a lot since he lost his apprenticeship. (voice typed, it's Lachlan)",
    ),
    (
        "person_name",
        "Student said Dr patel from the ed told her she was 'too soft for emergency' and she cant stop thinking about it",
    ),
    (
        "person_name",
        "peer rang about his mate bayley who posted something worrying on his story last night and now his phone is off",
    ),
    (
        "person_name",
        "Student was really upset, she said her mum Lian has gone back to vietnam for surgery and she's looking after her two little brothers alone.",
    ),
    (
        "person_name",
        "Peer said aunty Dulcie is driving in from Cherbourg tomorrow to stay with her through the exams.",
    ),
    (
        "person_name",
        "Student said the clinic's Aboriginal health worker, Marlene Thorpe, has been her safe person at the placement.",
    ),
    (
        "person_name",
        "Peer from the Torres Strait said her uncle Kapua keeps asking when she's coming home to Thursday Island.",
    ),
    (
        "person_name",
        "Peer said Tjarra, her little cousin, was flown to Darwin with the RFDS and she couldn't get there in time.",
    ),
    (
        "person_name",
        "Student in a same-sex relationship said Mei-Ling's parents still refer to her as 'the friend'.",
    ),
    (
        "person_name",
        "Peer said Luana, her wife, had the baby on Tuesday and she is trying to work out parental leave from the course.",
    ),
    (
        "person_name",
        "Student described her ex-partner, Dominic Ashworth-Reyes, as 'charming in public and terrifying at home'.",
    ),
    (
        "email",
        "Peer asked me to send the resources to her personal address, tuyet.vo.2003@gmail.com, because she doesn't check the uni one.",
    ),
    ("email", "S: wants written summary. O: calm. A: ok. P: send to k.obrien.med@outlook.com tonight."),
    (
        "email",
        "Hi team,\n\nStudent asked that any follow-up go to her partner's inbox, bluewren_88@hotmail.com, as she's locked out of her own. Is that okay?\n\nThanks",
    ),
    (
        "email",
        "Student gave an alt contact: mahsa dot rezaei at proton dot me. Says the uni email is monitored by her dad.",
    ),
    ("email", "peer said email her at jaydenmcx at icloud dot com if we need to reschedule"),
    (
        "email",
        "Should I reply to the student from my own address or is it fine that she emailed me at my personal one? She wrote from quinn.harlow.97@yahoo.com.au.",
    ),
    (
        "email",
        "You asked me to forward the 13YARN info to your cousin's email, deng.akuei@bigpond.com, so she can help you call.",
    ),
    (
        "email",
        "Student's mum sent a long message to the general inbox from lourdes.santos64@gmail.com asking for an update.",
    ),
    ("email", "Peer used the email ryo-t@protonmail.com for the booking form, not her uni one."),
    (
        "email",
        "The student sent her assignment extension paperwork from s.dekker-vaughan@optusnet.com.au by mistake and asked me to delete it.",
    ),
    (
        "email",
        "Student's partner emailed the service from tomas_vidal_cl@gmail.com, worried about her sleep.",
    ),
    ("email", "peer said her old email was kaliopeX99 at gmail and the abusive ex still has the password"),
    (
        "email",
        "Peer gave her personal email, nur.ozdemir@student-mail.com.tr, because she's going home to Izmir for the break.",
    ),
    (
        "url",
        "Peer showed me her fundraiser for her dad's funeral costs: gofundme.com/f/bring-baba-home-kuol-family. She's embarrassed.",
    ),
    (
        "url",
        "Student said someone made a parody account of her: instagram.com/not_really_dr_marsh_2026. She's mortified.",
    ),
    (
        "url",
        "You sent me the link to your blog about being a med student with EDS, https://zebrainscrubs.wordpress.com/about, and asked if it's too identifiable.",
    ),
    (
        "url",
        "Peer's brother's LinkedIn (linkedin.com/in/hamid-sadeghi-eng) was shared in the group chat with cruel comments.",
    ),
    (
        "url",
        "Student said her ex posted photos of her at https://www.reddit.com/user/throwaway_meddie_42/ and wants to know how to get them down.",
    ),
    (
        "url",
        "Peer has a personal site at www.tamsinokoro.com.au with her CV and full name; worried placement staff are googling her.",
    ),
    (
        "url",
        "Student shared her TikTok video link (tiktok.com/@rural.doc.kiri/video/7301998812) about the placement; it went viral and people are commenting about her patients.",
    ),
    (
        "url",
        "Student's partner posted her photo on a public Facebook page, facebook.com/liam.trewartha.52, calling her a 'liar'.",
    ),
    (
        "url",
        "The OnlyFans link, onlyfans.com/sunnyday_aus, was being shared in the year group chat; student says it's not her but people think it is.",
    ),
    (
        "url",
        "peer said the spotify playlist her dead brother made is at open.spotify.com/user/ahmadz_1999 and she listens every night",
    ),
    (
        "url",
        "Student set up a Linktree, linktr.ee/marigold.rn, for her small business selling scrubs and her tutor found it.",
    ),
    (
        "url",
        "Peer wrote a Medium post about burnout (medium.com/@drjoelfrancis/why-i-almost-quit) and got a meeting request from the dean.",
    ),
    (
        "url",
        "Student's GitHub profile github.com/nadia-tkachenko has her resume and mobile. She wants help taking it down.",
    ),
    (
        "social_handle",
        "Peer's ex keeps messaging her from a new account, @bindi.m.2004, even after she blocked the last one.",
    ),
    (
        "social_handle",
        "Student said her insta is lani.k.99 and she wanted us to follow up by DM, which we can't do.",
    ),
    (
        "social_handle",
        "S: cyberbullying. O: showed screenshots. A: distressed. P: report the account @medschool_tea_2026 to the platform.",
    ),
    (
        "social_handle",
        "peer said the snap username that keeps sending her stuff is jarrah_xo_22 and she doesnt know who it is",
    ),
    ("social_handle", "You said your discord is quinnie#4471 and you'd rather chat there than on the phone."),
    (
        "social_handle",
        "Student found her brother's tiktok @tuanbui.lifts posting about wanting to end things.",
    ),
    (
        "social_handle",
        "Peer's friend on bereal (username sophiemckenzie_) posted a photo of her crying in the library.",
    ),
    (
        "social_handle",
        "Student said the harassing comments came from a twitter account, @DrHotTakes_AU, that she thinks is a classmate.",
    ),
    (
        "social_handle",
        "Student said her ex's insta is mehmet.yil.9 and he's been posting about her new girlfriend.",
    ),
    (
        "social_handle",
        "Peer asked if we could check on her little sister via her snap, nyadak.t, since no one can reach her.",
    ),
    (
        "social_handle",
        "Student's threads handle @saoirse.says was tagged in the screenshot that went round the cohort.",
    ),
    (
        "social_handle",
        "Student plays in the state netball league and fans have been trolling her on X; the main account is @netball_truth_hurts9.",
    ),
    (
        "social_handle",
        "Peer said add her on insta, it's marnie.of.the.west, if I ever want to catch up outside the service.",
    ),
    (
        "ip_address",
        "Student got abusive emails and IT traced them to IP 203.44.18.207, which she says is her ex's home connection.",
    ),
    (
        "ip_address",
        "The anonymous form that named the peer came from 10.42.7.119 on the clinical school network, according to IT.",
    ),
    (
        "ip_address",
        "peer showed me the login alert from 49.187.22.14 in sydney and she was in darwin at the time so someone is in her account",
    ),
    (
        "ip_address",
        "Question: IT says the threatening messages came from 101.112.64.3 — should we pass that on to campus security?",
    ),
    (
        "ip_address",
        "Her stalker's IP came up in the Discord audit as 120.156.44.201; she's been told to take it to police.",
    ),
    (
        "ip_address",
        "S: account hacked. O: shows login from 144.132.90.18. A: distressed. P: security team, password reset.",
    ),
    (
        "ip_address",
        "The student's smart-home camera was accessed from 58.96.103.77, which she recognised as her ex's work VPN.",
    ),
    (
        "ip_address",
        "Screenshots showed the fake account was created from 2001:8003:4c21:9e00::1a, an ipv6 address in Brisbane.",
    ),
    (
        "ip_address",
        "You said the bullying comments on the anonymous page came from 192.168.20.54 on your college network, so it's someone in your building.",
    ),
    (
        "ip_address",
        "Campus IT said the doxxing post was made from 139.218.4.66, a library desktop on level 3.",
    ),
    ("phone", "Peer asked us to call her on 0412 558 903 rather than the number on file."),
    ("phone", "Student's mum's mobile is 0438-112-765 — she wants a callback."),
    ("phone", "S: wants follow-up by phone. O: calm. A: low risk. P: call on 0401 227 639 at 6 pm."),
    ("phone", "peer said ring her on 0499 301 882 after 7 she'll be off the ward"),
    ("phone", "Student on the station near Winton can only be reached on the landline, (07) 4657 1839."),
    ("phone", "Student is on the placement in Port Hedland; her work phone is 08 9173 4421."),
    (
        "phone",
        "Hi team,\n\nThe student's dad left a message asking us to call him back on +61 425 990 117. He sounded very distressed.\n\nThanks",
    ),
    (
        "phone",
        "Peer's sister rang from Kyiv, her number is +380 67 431 2298. She wants to know if her sister is okay.",
    ),
    ("phone", "Student's partner asked us to text him on 0455882410 if she doesn't turn up tonight."),
    (
        "phone",
        "Student's grandmother's number in Manila is +63 917 552 8843; she wants us to know in case something happens.",
    ),
    ("phone", "Mother rang from Tehran, left her number as 0098 912 447 3051."),
    ("phone", "You gave me your new mobile, 04 1766 2058, because your ex has your old one."),
    ("phone", "Student said call her flatmate on 0422.651.390 if she can't be reached."),
    (
        "medicare",
        "Student asked us to hold her Medicare number, 2690 06791 2, in case she's admitted again while on placement.",
    ),
    (
        "medicare",
        "S: needs GP referral. O: had card in hand. A: fine. P: Medicare 2881428076 given to the clinic receptionist.",
    ),
    (
        "medicare",
        "Peer read out her Medicare card number 5665 35105 3 so I could help her book the bulk-billed psych.",
    ),
    ("medicare", "medicare is 4589 38614 7 she said and the gp clinic keeps saying its wrong"),
    (
        "medicare",
        "Student's mum gave the Medicare number 5199 08592 8 / 2 when she called about the hospital bill.",
    ),
    (
        "medicare",
        "Question: the student emailed me a photo of her Medicare card, number 6873105756. Should I delete it from my phone?",
    ),
    (
        "medicare",
        "Student's Medicare number (2321 81953 3, ref 1) is on the Mental Health Care Plan she left in the room.",
    ),
    (
        "medicare",
        "Peer said her Medicare no. is 3699-47338-7 and she needs help with the claim for the psychologist.",
    ),
    (
        "medicare",
        "Hi,\n\nThe student forwarded her discharge summary with Medicare 3873 19232 5 on it. I've deleted it but wanted to let you know.\n\nCheers",
    ),
    (
        "medicare",
        "You read me your Medicare number, 5390 04559 4, so we could find a bulk-billing GP near the mine site.",
    ),
    (
        "tfn",
        "Student was scammed into giving out her TFN, 200 898 037, to a fake 'ATO' caller. Gave Scamwatch and ATO info.",
    ),
    (
        "tfn",
        "Peer said her tax file number is 333 492 815 and her employer says it doesn't match; she's panicking about Centrelink.",
    ),
    (
        "tfn",
        "S: money stress. O: papers spread out. A: needs financial counselling. P: she read out TFN 803628202 — advised not to share it.",
    ),
    ("tfn", "peer read out her tfn 916 563 925 over the phone before i could stop her"),
    (
        "tfn",
        "Student posted a screenshot with her TFN (357-045-135) in the class chat by accident and wants it removed.",
    ),
    (
        "tfn",
        "Student's dad rang asking us to confirm the TFN 100 966 113 for a Youth Allowance form. We don't hold that.",
    ),
    (
        "tfn",
        "Mature-age student said her ex has been using her TFN 986 556 412 to claim. She's talking to the ATO.",
    ),
    (
        "tfn",
        "Question for supervisor: the student wrote her tax file no. 204669710 on the intake sheet. Do I shred it?",
    ),
    ("tfn", "You said your TFN, 149 967 081, was on the payslip that went missing from the pharmacy job."),
    (
        "student_id",
        "Peer's student ID is RW530381 — she asked that we note it for the special consideration form.",
    ),
    (
        "student_id",
        "S: wants support letter. O: calm. A: eligible. P: letter to registry for student KT772041.",
    ),
    ("student_id", "peer gave her zID z5398127 so the disability team can find her plan"),
    (
        "student_id",
        "Student number 47120395 was on the form she handed in; she wanted it attached to the complaint.",
    ),
    (
        "student_id",
        "Hi team,\n\nPlease link this contact to SID 22918473 for the extension request.\n\nThanks",
    ),
    (
        "student_id",
        "Student read her student card number, 10984732, so we could book the counselling appointment.",
    ),
    ("student_id", "Should I put the student ID (MP280617) in the note, or is that too identifying?"),
    ("student_id", "The student's number, LD410092, was on the screenshot of the results portal she sent."),
    (
        "student_id",
        "You asked me to put your student number, 3451209, on the request so Registry could process it.",
    ),
    ("student_id", "Student's ID for the wellbeing referral: HN665230."),
    ("date", "Peer's mum died on 17 July 2024 and the anniversary falls in the exam block."),
    (
        "date",
        "S: birthday stress. O: tearful. A: grief. P: note DOB 19.11.2001, first birthday without her dad.",
    ),
    ("date", "Student said she was born 2 Feb 2003 and that the visa mix-up has her down as 2005."),
    ("date", "peer said her brother died on 3 march 2023 and she still cant go past the beach"),
    ("date", "Student's partner had the miscarriage on 28/08/2025; she's been off placement since."),
    ("date", "The assault happened on Saturday 14 September 2024, she said, at a party after the ball."),
    ("date", "Student gave her DOB as 21-04-1999 when we did the intake for the mature-age bursary."),
    ("date", "You said your daughter was born on 5 October 2022 while you were in second year."),
    ("date", "Student's court date is 12 March 2026 for the AVO against her ex."),
    (
        "date",
        "Hi,\n\nPlease note the student's brother passed away on 30 November 2025 in Kabul. She's asking for compassionate leave.\n\nRegards",
    ),
    ("date", "Student said her surgery was on 7th of January 2026 and she still can't stand for long."),
    ("street_address", "Student is staying at her aunt's, 58 Wattle Ave, until the lease sorts out."),
    (
        "street_address",
        "S: homeless. O: car packed. A: needs housing. P: she'll stay at Unit 4/162 Station St with a friend tonight.",
    ),
    (
        "street_address",
        "peer said she lives at 17 boundary rd near the hospital and the ex knows where it is",
    ),
    (
        "street_address",
        "Student on the station placement gave the property address as Lot 12 Bore Track Rd for the RFDS to find.",
    ),
    ("street_address", "Student's mum asked us to send the letter to 3/88 Ocean Parade, not the college."),
    (
        "street_address",
        "Student moved out of college into a sharehouse at 214 Ruthven Street, the one with the bad landlord.",
    ),
    (
        "street_address",
        "You said your ex moved into 6 Coolabah Close, two doors down from you, and you're scared.",
    ),
    (
        "street_address",
        "Question: the student gave her address (41B Mirrabooka Cres) for a welfare check — do I pass it to police?",
    ),
    (
        "street_address",
        "Hi,\n\nStudent asked that the hardship grant paperwork go to 1205/23 Kent Street rather than her old place.\n\nThanks",
    ),
    (
        "street_address",
        "The peer's grandmother, who she lives with at 9 Ngarla Way, had a fall and she's the only carer.",
    ),
    (
        "medicare",
        "Long contact. Student is on the 12-week rural term at the ACCHO in Kununurra, rostered 8 am to 5 pm, plus two Saturday clinics. She pays $140 a week for the staff unit (room 2B) and drives the clinic Troopy 90 km out to the community twice a week. K10 was 29 at the first contact and 22 today. PHQ-9 is 11, GAD-7 is 9. She's on escitalopram 10 mg. She asked for help finding a psychologist who does telehealth under a Mental Health Care Plan, and read out her Medicare number, 2081 39885 2, so we could check the bulk-billing eligibility. I told her she didn't need to give it to us. She's got 6 sessions left of the 10 for the calendar year. Protective factors: her sister, her dog, and the clinic team. Follow-up in 7 days, Tuesday at 5:30 pm.",
    ),
    (
        "medicare",
        "Student's partner read out the Medicare card, 3664 33685 7 issue 1, while asking about the ED bill.",
    ),
    (
        "tfn",
        "Long note. Peer is a mature-age student (41) with two teenagers, working 15 hours a week at a pharmacy on top of the 38-hour placement. She's behind $2,300 on rent, has a $600 car rego bill due on the 30th, and her Youth Allowance was cancelled because she's over 25 — she's now on Austudy at about $600 a fortnight. Centrelink flagged a mismatch and she read out her TFN, 845 610 810, while explaining what the letter said. K10 was 33. We called the National Debt Helpline together and booked the uni financial counsellor for Monday at 10 am. She laughed for the first time when her son texted her a meme. Follow-up Wednesday.",
    ),
    (
        "tfn",
        "the tfn she gave the new job was 998 380 242 and the payroll lady read it out loud in the tearoom she is mortified",
    ),
    (
        "ip_address",
        "Student was sent a threatening message via the course forum; admin logs show it posted from 27.33.185.9 at 2:14 am.",
    ),
    (
        "student_id",
        "Long note, sorry. Peer is a second-year Dinka student who's been in Australia 6 years. He's working 20 hours a week at the warehouse on 11 pm to 5 am shifts, then attending 9 am lectures. He's failed 2 of 4 units this semester (MED2001 and MED2004) and the progress committee meets on the 18th. His K10 was 30. He sends $250 a fortnight to family in Kakuma and has $38 in his account. He asked me to help him write the show-cause response and read out his student number, BA449170, for the form. We went through the hardship fund ($1,500 cap), the Salvos, and the Student Advocacy service. No risk today. Check-in Friday at 1 pm.",
    ),
    ("student_id", "peer said her student id is JC118054 and the portal still shows her deadname under it"),
    (
        "street_address",
        "Long one. Student on the FIFO-town placement in Roxby Downs says she's doing 12-hour shifts four days on, three off. The hospital is 14 beds; she's covering ED and the GP clinic. She rents a donga for $220 a week and has been sleeping 5 hours a night. The mine bus leaves at 5:10 am and the noise keeps her up. K10 of 26. She's had two 000 calls to the clinic this week for workplace injuries and found the second one hard. She asked that the care package her mum is sending go to 27 Pecan Crescent, the share house she's moving into next week. We set up a weekly call, Wednesdays at 8 pm, and she has the Lifeline number 13 11 14.",
    ),
    (
        "street_address",
        "Student said police attended 11 Kookaburra Lane last night after her flatmate's boyfriend smashed the door.",
    ),
    (
        "phone",
        "Long note. Peer is on a 10-week placement at a station-property GP outreach near Charleville. She flies with the RFDS twice a week, covering clinics 200 to 400 km apart. She's slept 4–6 hours most nights, had 3 migraines in 10 days, and is taking sumatriptan 50 mg. K10 was 24; PHQ-9 was 8. She said the satellite phone drops out and the only reliable number is the homestead landline, 07 4654 3302, which she asked us to use for the follow-up on the 9th. She has the 13YARN and 1300 22 4636 numbers. No risk. Plan: call Thursday 7 pm.",
    ),
    (
        "date",
        "Long note. Peer is a 3rd-year, doing the 6-week psych term at the 30-bed unit. She reported a K10 of 28 and GAD-7 of 13. She's sleeping 5 hours. She's on the 2 pm to 10:30 pm shift 4 days a week. She told me her dad's anniversary is coming — he died on 22 December 2021 — and the term ends the same week. We talked about the 2 days' compassionate leave the school allows, the CAPS after-hours line, and the grief group that runs at 6 pm on Mondays. She said she'd check the roster for week 5 and let me know.",
    ),
    (
        "email",
        "Hi supervisor,\n\nLong one. Student is in the fourth week of the paeds term, 48 hours a week, plus the 2-hour commute. K10 of 30. She asked me to send her the grief resources and her exam adjustment letter at aroha.tepania.nz@gmail.com because the uni email won't open on the laptop at the clinic. She's taking 25 mg of sertraline since week 2 and says it helps a bit. We meet again at 3 pm on the 19th.\n\nThanks",
    ),
    (
        "url",
        "peer said her instagram got screenshotted and reposted here https://x.com/medtea_leaks/status/1864401288 with her face and the name of her placement",
    ),
    (
        "social_handle",
        "Long contact. Student on the elite pathway for swimming trains 10 sessions a week, 25 km total, and is doing the 8-week surgery term. Weighed in at 58 kg, down 3. Stress 8/10. She showed me DMs from an account called @swimmer_exposed_2026 spreading rumours about her and her coach. We screenshot-documented, talked about the eSafety Commissioner and the athletes' wellbeing line. K10 was 27. Follow-up at 6:45 am on Friday before training.",
    ),
]

ORDINARY: list[str] = []
