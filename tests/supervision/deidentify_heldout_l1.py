# ruff: noqa: E501
"""Held-out L, part 1: long rambling notes (8-15 sentences) by night-shift and rural-placement supporters, terse bullet notes with arrows and abbreviations (pt, hx, f/u, ++, ?), notes quoting emails and group-chat messages, notes by supporters writing English as a second language with small grammar slips, and notes mentioning hospital wards, rosters, timetables and exam schedules. Name cohorts: Filipino, Indonesian, Javanese, Korean, Japanese, Hmong, Lao, Khmer, Nepali, Sinhalese, Punjabi, Gujarati, Bengali, Persian, Kurdish, Turkish, Lebanese, Egyptian, Somali, Amharic, Tigrinya, Yoruba, Igbo, Samoan, Tongan, Fijian, Māori, Torres Strait Islander, Polish, Croatian, Serbian, Ukrainian, Italian, Spanish, Scottish and Welsh. Written blind; every identifier is invented."""

from __future__ import annotations

DIRECTORY_NUMBERS = ["000", "13 11 14", "1300 659 467", "1800 650 890", "(03) 9035 5511"]
STUDENT_ID_PATTERN = r"\b[A-Z]{3}\d{5}\b"

IDENTIFYING: list[tuple[str, str]] = [
    (
        "person_name",
        "Night shift contact, around 2:40am, from the doctors' quarters at the base hospital. Peer had just finished a twelve-hour run on the surgical ward and could not settle. She said the registrar, Dr Harpreet Sandhu, had snapped at her in front of the nurses at handover and she kept replaying it. We talked for about 35 minutes. I mostly listened and reflected back that being corrected publicly at 1am is hard for anyone. She was eating crackers from the vending machine and that was her dinner. No safety concerns, she denied thoughts of self-harm when I asked directly. She wants to sleep first and then maybe email the term supervisor. I sent the Lifeline number and the EAP details. Will check in after her day off.",
    ),
    (
        "person_name",
        "- pt = peer, 4th yr -> rural rotation\n- hx: poor sleep ++, missing family\n- flatmate Sione keeps bringing mates home till 2am\n- ? burnout, no SI\n- f/u Thurs",
    ),
    (
        "person_name",
        "She is very stress about the OSCE next week because her partner Bikash has move back to Kathmandu and she is alone in the unit now. I suggest her to make a study timetable with breaks. She say she will try.",
    ),
    (
        "person_name",
        "Peer forwarded me the group chat. Message from the rotation lead read: 'Roster for 6B is final, no more swaps, talk to Luka Babić if you have an issue.' Peer feels trapped because she has a family wedding that weekend.",
    ),
    (
        "person_name",
        "Rural placement, week 5. I am writing this from the nurses' station in the tiny ED because it is the only place with signal. Peer rang me after her clinic day. She has been living in the hospital accommodation with two physio students and says it is fine but lonely. The GP supervisor is kind but very busy and she does not want to bother him. She said the only person she really talks to is the practice manager, Aunty Litia, who brings her leftovers. She cried a bit when she talked about her mum's health back in the city. We talked about calling home more often and about the weekend drive to the coast. She has no risk factors that I could see. She is eating, sleeping okay-ish, not drinking. She will ring the faculty rural wellbeing line if it gets worse. I will call her again Sunday night.",
    ),
    (
        "person_name",
        "pt anxious ++ re: ward round tomorrow on 7 North -> consultant Prof Matsuda pimps hard, pt froze last wk. hx panic attacks yr 2. plan: breathing, prep 3 topics, f/u after round.",
    ),
    (
        "person_name",
        "Peer said her housemate maricel has been covering her share of rent for two months and she feels ashamed about it. Talked through Centrelink options and the uni hardship fund.",
    ),
    (
        "person_name",
        "He tell me his brother Tou was in hospital last week and he missed two tutorials for go to Fresno by phone every night. Now he feel behind in everything. We made a small plan for catch up.",
    ),
    (
        "person_name",
        "Email peer shared (from her tutor): 'Hi all, I have noticed some of you are struggling with the pharmacology block. My door is open. Best, Kenji Oshiro.' She wants to reply but is worried it will look weak.",
    ),
    (
        "person_name",
        "- peer distressed after MET call on ward, pt died\n- debrief not offered\n- spoke to intern Dara Pich who was also there, both shaky\n- -> suggest formal debrief, EAP\n- f/u 48h",
    ),
    (
        "person_name",
        "Peer is Nepali, first in her family to do medicine. Her dad keeps ringing about marks. She mentioned her cousin Sujata Gurung studied nursing here and she could maybe stay with her for exam week.",
    ),
    (
        "person_name",
        "Night 3 of 4. Peer messaged me at 3:15am from the break room off the birthing suite. She had been in a delivery that went badly, the baby needed resus and went to NICU. She kept saying she should have noticed the trace earlier, even though she is a student and it was not her call. The midwife on with her, Mereana, told her she did fine, but she does not believe it. We talked about how shift work makes everything feel bigger at 3am. I asked about safety and she said she is sad, not unsafe. She said she would try to nap in the on-call room. I suggested she ask for a debrief with the unit educator. I will message her at lunchtime.",
    ),
    (
        "person_name",
        "Group chat screenshot the peer showed me: 'who is covering Kovalenko's shift on Sat?? she is out again lol'. Peer is Oksana's friend and feels the chat is bullying her.",
    ),
    (
        "person_name",
        "He is worry because his dad, Mr Chhim, is sick in Phnom Penh and the timetable does not allow him to go before the end-of-year exams. I tell him to ask the faculty about special consideration.",
    ),
    (
        "person_name",
        "pt -> vented re: roster clash, ortho + psych same wk. hx: ADHD, on meds. says Nikola from the admin office 'laughed' at her. ? escalate to student services. f/u Mon.",
    ),
    (
        "person_name",
        "Peer feeling isolated on the Thursday Island placement. Says the only person who checks on her is Uncle Frank Gela from the clinic, who takes her fishing. Otherwise okay.",
    ),
    (
        "person_name",
        "Peer's girlfriend Hope has been unwell and he has been driving her to appointments between ward shifts. He looked exhausted. We talked about asking for a roster adjustment.",
    ),
    (
        "person_name",
        "Rang at 11:50pm. Peer on ED nights for the first time. Said the senior nurse, a lady called Sister Mereoni, was amazing but everyone else ignored him. Felt useless, ate nothing. Advised food, water, and telling the ED term supervisor. No risk.",
    ),
    (
        "person_name",
        "She write me that 'my friend Gurleen is not talk to me since the exam results' and she don't know why. She think maybe it is because she passed and Gurleen not. We talk about give some space.",
    ),
    (
        "person_name",
        "- exam timetable released -> peer has 3 written papers in 4 days\n- hx: failed MCQ last yr\n- lives w/ aunt in Lakemba, Aunty Rania very supportive\n- anxious ++, sleep 4h\n- f/u after paper 1",
    ),
    (
        "person_name",
        "Long call tonight. The peer is on a rural placement three hours from the nearest city, and the weather has been awful, so the road out was closed for two days. She said she had been going a bit stir crazy in the nurses' quarters. Her supervisor is kind but the hospital is short-staffed so she ends up doing a lot of scut work on the general ward. She said she has started to dread the mornings. When I asked what helps, she said video calls with her boyfriend, Javier, but the signal drops out constantly. We talked about writing things down instead, and about the Friday telehealth session with the uni counsellor. She is sleeping about six hours. She is not drinking much. She said she is not having any thoughts of hurting herself. Plan is to check in on Wednesday when the road reopens.",
    ),
    (
        "person_name",
        "Peer forwarded the email from the clerkship coordinator: 'Please see Ms Chidinma Okafor regarding your attendance on 5 West before Friday.' He thinks he is in trouble. Reassured, helped draft a reply.",
    ),
    (
        "person_name",
        "peer upset, her flatmate kasun ate her food again and left the kitchen filthy before her night shift. small thing but she is running on empty. talked about a house meeting.",
    ),
    (
        "person_name",
        "He say that in his country the student does not question the consultant, so when Dr Tesfaye asked him to present the patient he was very shy and forgot everything. He feel stupid. I say it is normal at the beginning.",
    ),
    (
        "person_name",
        "- contact via Teams, ~20 min\n- peer on psych rotation, pt assaulted staff on ward\n- peer's friend Hodan witnessed it too -> both shaken\n- no injuries\n- ? debrief, EAP sent\n- f/u tmrw",
    ),
    (
        "person_name",
        "Peer's nan, Nana Morag, passed away in Inverness last week and the funeral is during the surgery exam. She is torn. We talked about special consideration and deferral.",
    ),
    (
        "person_name",
        "Peer read me a WhatsApp from her dad: 'Arash, why you not answer? Your mother is worry.' He has been avoiding calls because he is behind and ashamed. We planned one short call home tomorrow.",
    ),
    (
        "person_name",
        "Peer on night roster for general medicine. Said the med reg, Will Pritchard, was supportive after she made a drug chart error that was caught. Still she is replaying it. Normalised, reviewed reporting process.",
    ),
    (
        "person_name",
        "Peer told me her best mate summer has stopped coming to lectures and posts sad stuff at 3am. Peer is worried but does not know how to bring it up. Coached her on asking directly.",
    ),
    (
        "person_name",
        "He is from Samoa and feel the cold here very much, and also he miss the church. His uncle Tavita Faleolo lives in Ipswich and invite him for Sunday lunch. I encourage him to go.",
    ),
    (
        "person_name",
        "Night shift, 1:30am. Peer is doing her elective in the ICU and messaged that a patient she had looked after for a week died tonight. She said she was the one who had talked with the patient's daughter every morning, and that the daughter hugged her afterwards. She does not know why that hit so hard. We talked about grief and the weird closeness you get on long stays. She is on again tomorrow night, 8pm to 8am. I asked if she had eaten and she said a muesli bar. She said the charge nurse, Ngozi, sat with her for ten minutes, which helped. No self-harm thoughts. She is going to sleep in the morning and then walk by the river. I will message at 4pm.",
    ),
    (
        "person_name",
        "pt tearful, fail OSCE station 4 -> examiner was Dr B. Oladipo, 'cold'. hx: anxiety, seeing GP. ? remediation. f/u post results mtg.",
    ),
    (
        "person_name",
        "Peer says the new flatmate, Rose, keeps inviting her to parties the night before exams and she does not know how to say no. Practised a script together.",
    ),
    (
        "person_name",
        "Quoted from the cohort chat: 'anyone know if Fifita is ok? she left the tute crying'. Peer is Mele's close friend and wants advice on what to say. Talked about checking in privately.",
    ),
    (
        "person_name",
        "She explain me that her husband Agus lost his job and now she must work at the supermarket three nights a week plus the placement. She is sleeping four hours. We talk about financial aid from the uni.",
    ),
    (
        "person_name",
        "- peer in ED, brought by housemate\n- hx: panic, no SI\n- housemate = Rebwar, stayed w/ her\n- discharged 2am\n- f/u by me + GP",
    ),
    (
        "person_name",
        "Peer is on the rural stream in the wheatbelt and shares a car with another student, Isla Buchanan, to get to the clinic. They had a big fight and now the drives are silent. She asked for advice about how to repair it.",
    ),
    (
        "person_name",
        "Peer shared the email: 'Dear student, your supplementary exam has been scheduled. Contact Mr Jignesh Mehta in the assessment office with any questions.' She is panicking about the timing. Reassured.",
    ),
    (
        "person_name",
        "He has a fight with his girlfriend, she is call Dilan, because he is always on the wards and never home. He say maybe they break up. I listen and suggest talk when both calm.",
    ),
    (
        "person_name",
        "2:10am. Peer on the overnight roster at the regional hospital messaged because the resident she is shadowing, Callum, left her alone with a deteriorating patient for twenty minutes. She called a MET herself and it went okay but she is shaking. I told her she did the right thing. Talked about reporting it in the morning to the DCT. She is going back to the ward now. Will check at 8.",
    ),
    (
        "person_name",
        "Peer told me Nonna Pina has been in and out of hospital and she is her main carer on weekends. Exams in three weeks. Talked about carer support and asking for an extension.",
    ),
    (
        "person_name",
        "pt (peer) -> ?depression, flat, missing tutes ++. hx: similar in yr 1. lives alone. sister Bethan visiting next wk. f/u + encourage GP.",
    ),
    (
        "person_name",
        "He say his friend Pemba Sherpa from the same cohort is drinking too much after night shifts and he is scared. He don't want to report him. We talk about options.",
    ),
    (
        "person_name",
        "Peer forwarded a message from her mum: 'Nourhan habibti please eat something, you look so thin on the video.' Peer admitted she has been skipping meals during the surgical rotation.",
    ),
    (
        "person_name",
        "Long one. Peer called me while on a rural placement in a mining town, sitting in her car outside the hospital because she did not want her housemates to hear. She said her supervisor criticised her in front of a patient and she has been feeling like she cannot do anything right. She also said the housing is noisy, there are trucks all night, and she is lucky to get five hours. She told me she has been calling her old high school friend, Taufa, most nights, which helps, but he is in Auckland and the time difference makes it hard. We talked about whether she wanted to raise the supervisor issue with the rural clinical school. She said not yet. I asked about self-harm and suicidal thoughts and she said no. She did say she has been crying in the shower. I gave her the 24/7 line. We agreed on a call Friday after her clinic. She thanked me and said she felt a bit lighter.",
    ),
    (
        "person_name",
        "peer said her study buddy hetal patel dropped out of the group without warning and now she is studying alone for the written. feels abandoned. suggested new group.",
    ),
    (
        "person_name",
        "- peer back from leave\n- hx: bereavement (father)\n- anxious re: re-entry to 3 East\n- mentor = Dr Youssef Abdelrahman, peer likes him\n- plan: phased return\n- f/u wk 2",
    ),
    (
        "person_name",
        "She is a bit confuse because the timetable change and she miss the paediatrics tutorial. Her friend Putri tell her too late. Now she think the tutor is angry. I say she can just email.",
    ),
    (
        "person_name",
        "Peer read out an email from her landlord: 'Dear Soksavanh, rent is overdue two weeks, please advise.' She is behind because her casual hours were cut. Linked her to emergency relief.",
    ),
    (
        "person_name",
        "Peer upset because her partner Hunter does not understand why she has to do night shifts on the rural placement. They argue every call. Talked about setting a regular call time.",
    ),
    (
        "person_name",
        "Peer said 'Wojtek is the only one who gets it' about her friend from the anatomy lab. He has been walking her home after late practicals. She is feeling less scared since the incident on campus.",
    ),
    (
        "person_name",
        "Shift finished at 11pm and peer rang me from the bus. Said the ward clerk on 9 South, Mrs Haddad, told her off for using the phone. It is small but it tipped her over after a long day. Mostly venting. Okay by the end.",
    ),
    (
        "person_name",
        "pt -> frustrated w/ roster, 4 nights in a row. spoke to coordinator Ivana -> no change. hx: migraines ++ w/ nights. ? med cert. f/u Fri.",
    ),
    (
        "person_name",
        "He say he is alone in Toowoomba for the placement and the only friend is his housemate Sefo, but Sefo is working all the time. He feel very lonely at night. We talk about the rugby club.",
    ),
    (
        "person_name",
        "Message from the peer's study group (quoted): 'Ok so Tolu is doing cardio, I'm doing resp, who has renal?' Peer feels left out because no one asked her. Talked about speaking up.",
    ),
    (
        "person_name",
        "Rural placement check-in. The peer is in a town of about 2000 people and she has been recognised at the supermarket by patients, which she finds uncomfortable. She said the nurse unit manager at the hospital has been very welcoming. She is struggling with the quiet at night though. Her sister, Shirin Tehrani, is coming up to visit on the long weekend and she is counting down the days. We talked about structure for evenings, maybe an online class. She is not in any danger. Plan is to touch base after the visit.",
    ),
    (
        "person_name",
        "Peer is worried about her little brother Obinna who is being bullied at school in Perth, and she cannot focus on the paeds block. Suggested she talk to her family about the school counsellor.",
    ),
    (
        "person_name",
        "- peer on O&G rotation\n- witnessed stillbirth -> distressed ++\n- registrar Dr Mina Girgis gave debrief, helpful\n- sleep poor\n- f/u 1 wk",
    ),
    (
        "person_name",
        "She tell me the exam schedule is put the anatomy spot test on the same day as her sister wedding. Her sister is Dhruvi, and the family say she must come. She is very sad. We look at the deferral form.",
    ),
    (
        "person_name",
        "Night shift supporter note. Peer texted at 4:05am: 'can't sleep, keep thinking about the guy from bed 12'. When I called, she said the patient was a young man with a head injury and she kept thinking about how he looked like her brother, Dawit. We talked for about 25 minutes. She calmed down. She has a tutorial at 10. I suggested she go anyway but leave if she needs. Will check at noon.",
    ),
    (
        "person_name",
        "Peer says his rural GP supervisor, Dr Bambang Suharjo, has been really good, letting him run his own clinic list. But he feels he is not good enough to deserve it. Imposter stuff. Talked it through.",
    ),
    (
        "person_name",
        "peer's ex, sunny, keeps turning up at the hospital library. she does not feel unsafe exactly but it rattles her before exams. talked about security escort and reporting.",
    ),
    (
        "person_name",
        "He write a message to me: 'Yonas my friend is in hospital, I visit him every day after lecture, but now the exam coming I cannot go, I feel guilty.' We talk about balance and call him instead some days.",
    ),
    (
        "person_name",
        "- pt -> overwhelmed, 3 assignments + roster change\n- partner: Faadumo, supportive\n- hx: nil psych\n- ? time mgmt vs mood\n- f/u after due date",
    ),
    (
        "person_name",
        "Peer forwarded the email from her placement: 'Hi, unfortunately Dr Arnab Banerjee is on leave and your clinic is cancelled this week.' She is worried she won't get enough sign-offs. Reassured, suggested emailing the coordinator.",
    ),
    (
        "person_name",
        "She feel homesick for Kyiv, and her mother Yulia call every day crying about the situation. The student cannot concentrate on the cardiology lectures. We talk about the uni counselling for international students.",
    ),
    (
        "person_name",
        "Peer is night shift on the surgical ward this week. She says the reg, Fraser McAllister, has been making comments about her accent. She does not want to make a complaint yet. Documented, gave options, will follow up.",
    ),
    (
        "person_name",
        "Peer said she talked to her grandma, Lola Nena, on video and that was the first time she smiled all week. Placement in Broken Hill is hard because she knows nobody.",
    ),
    (
        "person_name",
        "Group chat quote peer showed me: 'Heads up guys, Aroha is the one who complained about the tutor, don't tell her anything.' Peer feels horrible because she was the one who complained, not Aroha.",
    ),
    (
        "person_name",
        "pt = 5th yr, rural -> Kununurra. hx: burnout. says supervising RN Kaiya Ahmat 'lifesaver'. sleeping ok now. f/u monthly.",
    ),
    (
        "person_name",
        "He tell me his cousin Manveer is sick with dengue in Punjab and the family want him to send money. But he is student, no money. He feel stuck between family and study. We talk about uni financial counselling.",
    ),
    (
        "person_name",
        "This was a long call, maybe an hour. The peer is on a rural placement and was supposed to finish her last shift on the acute ward at 9pm but ended up staying until nearly midnight because of an emergency. She felt like she had been treated as free labour. She also mentioned the hospital accommodation has no heating and she has been sleeping in her jumper. She has not told her family because they were against her going rural in the first place. She says the one bright spot is the physio student in the next room, Carys, who cooks for both of them. We talked about raising the heating with the rural clinical school because that is a practical thing they can fix. I asked about low mood and she said she has been flat but not hopeless. I suggested she book a GP telehealth. She will call me Sunday.",
    ),
    (
        "person_name",
        "Peer is worried her flatmate, Jelena Petrović, has an eating disorder and is exercising after every night shift. Does not know whether to say something. Talked through how to raise it kindly.",
    ),
    (
        "person_name",
        "- peer anxious re: viva\n- examiner list posted -> includes Prof Tanabe\n- peer had bad experience w/ him in yr 3\n- ? request change\n- f/u before viva",
    ),
    (
        "person_name",
        "Peer said that at Eid her aunt, Aunty Nusrat, asked loudly in front of everyone why she failed a unit. She has been ashamed since. Talked about boundaries with family.",
    ),
    (
        "person_name",
        "Peer read me a text from her mentor: 'You're going to be fine. Sleep. Eat. Ring me if the ward gets too much. - Marija.' Peer says it made her cry in a good way.",
    ),
    (
        "person_name",
        "He say the night roster is make him very tired and his wife Wahyuningsih is angry because he never see their baby. He want to quit. We talk about what he really want and not decide tonight.",
    ),
    (
        "person_name",
        "Peer called from the car park after an ED shift. A drunk patient grabbed her arm. Security came quickly. Her friend from the same rotation, Matej, drove her home. She is okay, shaken. Advised incident report.",
    ),
    (
        "person_name",
        "pt -> worried about friend ('jaspreet') who hasn't answered in 3 days. hx: friend has depression. pt going to knock on door. advised 000 if any concern. f/u tonight.",
    ),
    (
        "person_name",
        "Peer said the only reason she is still in the course is her tutor from first year, Mrs Wickramasinghe, who believed in her. She wants to write her a thank-you note. Lovely call.",
    ),
    (
        "person_name",
        "Peer shared email from her ex: 'Elie here. I know you said no contact but I need to talk.' She has blocked him elsewhere. Talked about safety planning and support.",
    ),
    (
        "person_name",
        "Night shift. Peer texted from the ward toilet at 1am because she could not stop crying. The patient she had clerked earlier was diagnosed with metastatic cancer and told while she was in the room. The patient's wife held her hand. She felt she should not be the one who was upset. We talked about empathy and that tears are okay. The nurse in charge, a woman named Bisi, noticed and gave her a break. She finished her shift and is home now. No safety concerns. Follow up tomorrow afternoon.",
    ),
    (
        "person_name",
        "She say the Korean friend Park Ji-woo is only one who study with her in library, but now Ji-woo go back to Seoul for the winter break. She worry she will not study alone. We make a schedule together.",
    ),
    (
        "person_name",
        "- peer stressed, timetable clash psych/surgery\n- asked admin -> told to 'sort it out'\n- Dr Elif Yıldız (unit chair) cc'd on email\n- ? escalate\n- f/u Weds",
    ),
    (
        "person_name",
        "Peer's partner, June, is pregnant and due right in the middle of his final exams. He is excited and terrified. Talked about planning ahead with the faculty.",
    ),
    (
        "person_name",
        "Peer says the bloke on her rotation, Rhys Llewellyn, keeps taking credit for her presentations in front of the consultant. It is getting to her. Talked about speaking to him directly first.",
    ),
    (
        "person_name",
        "Peer texted me: 'Kim Seo-yeon just told me she's dropping out. I don't know what to do.' Called her. She is worried about her friend and sad. Talked about being a friend, not a counsellor.",
    ),
    (
        "person_name",
        "pt -> on ward 4B, consultant humiliated her on round. hx: nil. friend Shilan was there, supportive. pt wants to make complaint. gave info. f/u.",
    ),
    (
        "person_name",
        "Peer on rural placement told me she has been staying with a local family, the Taufas, because the accommodation fell through. They have been great but she feels like a burden.",
    ),
    (
        "person_name",
        "He explain he has no friends in the cohort because he is older and from Tehran, and most of the students are younger. Only Dariush from the pharmacy school talk with him. We talk about student clubs.",
    ),
    (
        "person_name",
        "I am writing this after a very long night shift myself, so apologies if it rambles. The peer rang me at about 3am. She is on the psych inpatient unit this term and a patient had been secluded tonight. She found it really confronting and kept asking whether it was the right decision. We talked a lot about the ethics and how she felt powerless. She said she does not have anyone on the unit to talk to except the intern, a guy called Álvaro, who seems as rattled as she is. She has been feeling more and more disconnected from her friends outside medicine. I asked directly about suicidal thoughts and she said no, but she has been feeling numb. She agreed to book in with her GP. I said I would text her this evening. She said thanks for picking up.",
    ),
    (
        "person_name",
        "Peer says her mum keeps comparing her with her cousin Giulia Rossi, who is doing law and always gets high distinctions. She feels she can never be good enough. Long chat about self-worth.",
    ),
    (
        "person_name",
        "- peer on paeds rotation\n- sick child pt reminded her of little brother\n- brother = Tama, 8 y/o\n- tearful ++, no SI\n- f/u w/ debrief offer",
    ),
    (
        "person_name",
        "Quote from the rotation group chat: 'lol who put Mehta on the nights roster for Christmas, that's brutal'. Peer is the one on nights and now feels everyone is laughing at her.",
    ),
    (
        "person_name",
        "He say his father, Mr Adeyemi, want him to become surgeon but he like psychiatry. He afraid to tell. Exams soon and he cannot focus because of this pressure.",
    ),
    (
        "person_name",
        "Peer mentioned her housemate, Francesca, has been really unwell with COVID and she has been looking after her while doing ward shifts. Now she is feeling sick too. Advised testing and calling in.",
    ),
    (
        "person_name",
        "Peer said her housemate Bliss has been sleeping on the couch for a month since a break-up and she doesn't know how to ask her to leave before the exam block. Talked through options.",
    ),
    (
        "person_name",
        "- pt: yr 3, Hmong background\n- hx: family pressure ++\n- older sister Pa Nhia Vang is a nurse, pt feels compared\n- mood low, eating ok\n- f/u 1/52",
    ),
    (
        "person_name",
        "He tell me his best friend from the church, Viliami Hufanga, is very depressed after failing the anatomy exam and he don't know how to help. I give him some ideas and the Lifeline number to pass on.",
    ),
    (
        "person_name",
        "Peer showed me an email from the rural clinical school: 'Your accommodation at the nurses' quarters is confirmed. Your contact on site will be Sister Josaia Naivalu.' She is nervous about going so far from home.",
    ),
    (
        "person_name",
        "Night shift, around midnight. Peer on the acute medical unit rang because she had been asked to break bad news to a family alone by a resident who then disappeared. She managed but felt awful. The family were kind to her. She says the older nurse, Precious, stayed with her in the relatives' room afterwards and that helped more than anything. We talked about how that should never have been left to a student and whether she wanted to raise it. She does. I gave her the process. She is safe, tired, and wants to sleep. I will follow up at the end of her roster block.",
    ),
    (
        "person_name",
        "peer said 'blessing keeps saying I'm fine and I'm overreacting' about her housemate. feels dismissed. talked about validation and finding other supports.",
    ),
    (
        "person_name",
        "She say her Indonesian friend Rina Siregar is the only one who understand why she fast during Ramadan on the surgical rotation. Other students make jokes. We talk about inform the supervisor.",
    ),
    (
        "person_name",
        "- peer on ward 10A nights\n- reg = Dr Zeynep Arslan, 'tough but fair'\n- pt made error, no harm\n- anxious ++ re: consequences\n- f/u after incident mtg",
    ),
    (
        "person_name",
        "Peer quoted her partner's text: 'Joy, you promised you would come to my graduation, you always choose the hospital.' She is guilty and angry at the same time. Talked through it.",
    ),
    (
        "person_name",
        "Rural placement, Western NSW. This is a long one. The peer has been on placement for six weeks and is finding the isolation hard. She is the only medical student in the town and the nearest other student is a two-hour drive. She has been going to the pub trivia night on Wednesdays which helps a bit. Her GP supervisor is old-school and a bit gruff but fair. The one person she clicks with is the Aboriginal health worker, who has been teaching her a lot. She said her mum rang and told her that her grandfather, Papa Dragan, had a fall, and she feels helpless being so far away. We talked about whether she could get home for a weekend. She is not at risk. She is sleeping and eating. I told her to ring any time, including nights. Next check in is Tuesday.",
    ),
    (
        "person_name",
        "Peer said Dr K. Shah told her in front of the whole tutorial that she was 'not cut out for surgery'. She has not stopped thinking about it. Talked about feedback vs humiliation.",
    ),
    (
        "person_name",
        "He write to me that his landlord Mr Sutrisno is increase the rent and he must move but the exam is in two weeks. He don't know where to go. I send the housing service link.",
    ),
    (
        "person_name",
        "peer's friend sky has not been at placement for a week and won't answer messages. peer is scared. advised welfare check via friend group or police if serious concern.",
    ),
    (
        "person_name",
        "Peer forwarded email from her tutor: 'Dear all, please note that Matteo Bianchi will take the Thursday tutorial while I am away.' She had a bad experience with him last term and wants to skip. Talked about it.",
    ),
    (
        "person_name",
        "- peer on rural rotation -> Mount Isa\n- hx: depression, on sertraline\n- GP: Dr Sri Rahayu in home town\n- needs script refill ? telehealth\n- f/u 3/7",
    ),
    (
        "person_name",
        "Peer's nickname for her cousin is Jun-Jun, and she says he is the only family who calls without asking about marks. She is feeling crushed by expectations.",
    ),
    (
        "person_name",
        "She is tell me the roster for the ED is change every week without warning. The coordinator, Ms Noy Keomany, say this is normal for the hospital. She cannot plan her part-time job. We talk about ask for fixed roster.",
    ),
    (
        "person_name",
        "Late call, 12:40am. Peer was on the evening shift on the cardiology ward and a patient she had been following went into VF. She watched the resus. Patient survived but she is buzzing with adrenaline and cannot sleep. She said the med student she is paired with, Kao Thao, was amazing and did compressions. She feels she froze. We talked about how freezing is a normal first response. She will try to rest. Follow up tomorrow.",
    ),
    (
        "person_name",
        "Peer said 'Uncle Ned Mosby told me to come home for Coming of the Light and I can't, the roster won't let me.' She is sad about missing it. Talked about asking for leave.",
    ),
    (
        "person_name",
        "He say his supervisor, Dr Wiremu Parata, is very good teacher, but he is afraid to ask questions because his English is not perfect. I tell him every teacher prefer questions.",
    ),
    (
        "person_name",
        "Peer quoted an email from a patient's relative who found her on Facebook: 'Dear Khamla, thank you for looking after my father.' She was touched but is also scared about boundaries. Talked about privacy settings.",
    ),
    (
        "person_name",
        "- pt anxious re: exam schedule (4 papers / 6 days)\n- flatmate Agnieszka also anxious -> feeding off each other\n- ? separate study spaces\n- f/u after paper 2",
    ),
    (
        "person_name",
        "Peer told me that her ex-boyfriend Tony Fakhoury started dating someone in her clinical group and now placement is awful. Talked about asking to swap groups.",
    ),
    (
        "person_name",
        "Night supporter note. Peer texted at 2:55am saying she could not breathe. Called her, talked her through a panic attack. She was in the on-call room after being on the surgical ward since 6pm. Once settled she told me she had been holding it together because her registrar, Malia Tuiasosopo, had been so kind and she did not want to let her down. We talked about how she does not have to be perfect. She is safe, going to lie down. Follow up at 10am.",
    ),
    (
        "person_name",
        "Peer said her study partner, Ifeanyi, had a breakdown in the library and she took him to the uni health service. She is worried about him and also about her own exam. Validated, checked her own support.",
    ),
    (
        "person_name",
        "She explain me that in Lao culture you don't talk about feelings, so it is hard for her to come to me. Her aunty Khamla tell her to be strong. She is strong but tired. I say she can come any time.",
    ),
    (
        "person_name",
        "pt -> tired ++, night roster + part-time job. hx: iron deficiency. housemate Epeli cooks for her. ? talk to GP re: iron. f/u next wk.",
    ),
    (
        "person_name",
        "Peer forwarded me the message her mentor sent: 'Hey it's Morag Sinclair, heard you had a rough week on 8 East. Coffee Friday?' Peer is unsure whether to go. Encouraged her.",
    ),
    (
        "person_name",
        "Peer's girlfriend, Destiny, was in a car accident last weekend and is in the Royal Adelaide. Peer is on rotation in Whyalla and can't get back. Distressed. Talked about compassionate leave.",
    ),
    (
        "person_name",
        "He say in the exam timetable there is a Friday paper during Jumu'ah and he ask Abdirahman Farah in the student union to help him request change. He feel embarrassed to ask himself.",
    ),
    (
        "person_name",
        "- peer tearful after feedback session\n- supervisor = Dr Selamawit Bekele\n- feedback was fair but peer hx perfectionism\n- no SI\n- f/u Fri",
    ),
    (
        "person_name",
        "Peer rang from the hospital car park at 10pm. Her clinical partner, Vannak Sok, has been not turning up and she has been covering for him on the ward. She does not want to dob him in but she is exhausted. Talked about options.",
    ),
    (
        "person_name",
        "Long rambling call from a rural placement student. She is in a coastal town on a twelve-week block and most of it has been fine. But this week a patient she knew from the clinic died in the small hospital and she went to the funeral because the whole town did. She said she has never been to a funeral of a patient before and it felt very strange and very human. She stood at the back with the practice nurse. She is now second-guessing whether she should have been there. We talked about how rural medicine blurs the lines and how that is both a gift and a load. She mentioned her housemate Adebayo Ogunleye has been a good listener. She is sad but okay. She asked for the number of the rural clinical school counsellor, which I sent. Follow up next week.",
    ),
    (
        "person_name",
        "Peer says her cousin Mariam Farag is getting married in Cairo and the whole family expects her to go, but it is during the end of year exams. Talked about deferral options.",
    ),
    (
        "person_name",
        "She say she has a new friend in the cohort, a girl name Deniz, and it is the first time she feel not alone since she arrive from Istanbul. Nice conversation, mostly happy.",
    ),
    (
        "person_name",
        "peer quoted the uni email: 'Hi Bethlehem, your special consideration application has been declined.' she is devastated. went through appeal process.",
    ),
    (
        "person_name",
        "- peer on surgical nights\n- consultant Mr Dmytro Hnatyuk shouted in theatre\n- peer shaken, no injury\n- ? report\n- f/u 24h",
    ),
    (
        "person_name",
        "Peer's partner, Lucía Fernández, has been offered a job overseas and wants her to come. She is in her final year and feels torn. Long chat.",
    ),
    (
        "person_name",
        "He tell me that the ward sister, Sister Senait, always help him when he is lost on the ward. He is grateful but also feel he ask too much. I say asking is part of learning.",
    ),
    (
        "person_name",
        "Night shift, 3:20am. Peer called because a patient with dementia had called her racial slurs all night and no one stepped in. She was holding it together until the end of the handover. She said the only person who checked on her was the orderly, Epeli, who brought her a tea. We talked about what happened and how it was not okay. She wants to report it. I gave her the details. She is going home now. Follow up at 2pm.",
    ),
    (
        "person_name",
        "peer says her mate 'Ifey' keeps asking to copy her case write-ups and she feels pressured. talked about academic integrity and saying no.",
    ),
    (
        "person_name",
        "Peer said the registrar on the renal ward, Dr Aklilu, stopped her in the corridor to ask how she was because she looked pale. She burst into tears. She is okay now. Just needed to talk.",
    ),
    (
        "person_name",
        "- peer's dad hospitalised (stroke)\n- dad = Mr Chamara Jayawardena, at RPA\n- peer on rural placement Dubbo\n- requesting leave\n- f/u daily",
    ),
    (
        "person_name",
        "Peer mentioned her flatmate, Carmen Ruiz, is also doing nights and they never see each other, so the flat feels empty. Lonely. Talked about leaving notes for each other.",
    ),
    (
        "person_name",
        "Quoted from the class chat: 'Did anyone else get a weird email from Tanvir about the exam leak?' Peer is worried she is being accused. Talked about reaching out to the year coordinator.",
    ),
    (
        "person_name",
        "She tell me her grandmother, Nana Losa Aumua, is very sick in Apia and she want to go home but the ticket is too expensive. She cry a lot. I explain about emergency grant.",
    ),
    (
        "person_name",
        "Peer is angry because the timetable put the ENT clinic at the same time as the compulsory ethics seminar, and the coordinator, Mr Krunal Shah, won't answer emails. Helped draft a polite follow-up.",
    ),
    (
        "person_name",
        "peer talked about missing her dog and her little sister, april, more than anything while on placement. sweet call, low risk.",
    ),
    (
        "person_name",
        "- pt -> new to Aus, 1st placement\n- homesick ++\n- friend Katarzyna Nowak from Polish club visits\n- sleep ok\n- f/u 2/52",
    ),
    (
        "person_name",
        "Peer said her husband Taras is working nights at a warehouse and she is on ward days, and they only see each other on Sundays. Feeling like flatmates. Talked about couple counselling options through EAP.",
    ),
    (
        "person_name",
        "Rural check-in, long. Peer is on a twelve-week placement at a small hospital near the border. She has been really enjoying the clinical side, she gets to do a lot more than in the city. But her housing is a caravan behind the hospital and it has been 40 degrees. She has had trouble sleeping and has been grumpy. She said she snapped at the nurse, Feven Ghebremedhin, who is usually very nice to her, and she feels awful. We talked about apologising and about asking for a fan or a room in the main building. She said apart from the heat she is good. No risk issues. Follow up in a fortnight.",
    ),
    (
        "person_name",
        "Peer told me that Dr Florence Nwachukwu offered her a research project and she said yes without thinking, and now she has no time. Talked about how to renegotiate.",
    ),
    (
        "person_name",
        "He say his wife Sreymom Keo is pregnant and have very bad morning sickness, and he is on the night roster. He is worry about her alone. We talk about ask for day roster for some weeks.",
    ),
    (
        "person_name",
        "Peer's housemate, Mert Kaya, had a seizure in the kitchen last night and she was the one who called 000. She is shaken. She did well. Talked about looking after herself too.",
    ),
    (
        "person_name",
        "Email the peer showed me, from her old tutor: 'Parisa, I read your reflection. It was brave. Please don't be so hard on yourself.' Peer says she has read it twenty times.",
    ),
    (
        "person_name",
        "- peer anxious re: GP rotation\n- supervisor Dr Jessie Nona, TI\n- peer worried re: cultural safety, wants to do it right\n- good insight\n- f/u pre-placement",
    ),
    (
        "person_name",
        "Peer said the intern on her team, Sydney, cried in the handover room and she didn't know whether to say anything. Now she feels she should have. Talked about reaching out.",
    ),
    (
        "person_name",
        "He tell me in Nepal they celebrate Dashain and he miss it, and his mother Bishnu Adhikari send him a video of the family. He watch it every night. He is sad but also happy for the video.",
    ),
    (
        "person_name",
        "Night shift note. Peer on the overnight ED shift at a regional hospital messaged at 1:45am. An intoxicated patient threatened her. Security responded. She said the senior doctor, Dr Berivan, handled it calmly and then made sure she had a break. Peer is okay, adrenaline. Talked for 15 min. Follow up after sleep.",
    ),
    (
        "person_name",
        "peer said her boyfriend jordan keeps checking her phone and asking who she was with on night shift. she laughs it off but it sounds controlling. gently raised it, gave 1800RESPECT info.",
    ),
    (
        "person_name",
        "Peer says her supervisor on the rural placement, Dr Bethan Evans, has been amazing and even invited her for Sunday dinner. But she feels guilty that she is happy while her friends are struggling in the city.",
    ),
    (
        "person_name",
        "- pt stressed about exam schedule clash\n- friend Milica helping her study\n- hx: test anxiety\n- ? OSCE practice sessions\n- f/u wk before exam",
    ),
    (
        "person_name",
        "She say her housemate Nadeesha is always cooking curry at 2am after her shift and the smell wake her. It is small but she is tired already. We talk about house rules.",
    ),
    (
        "person_name",
        "Peer read me part of an email from her uncle: 'Tell Ahmed not to worry, we will help with the rent this month.' Peer is Ahmed. Feels relief and shame together. Talked through it.",
    ),
    (
        "person_name",
        "Peer is on the night roster at a big metro hospital and says the night reg, Dr Gurleen Kaur Gill, keeps asking her to do things beyond her scope. She is scared to say no. Talked about how to push back.",
    ),
    (
        "person_name",
        "Long call with a rural student tonight. She rang at 9pm from the backyard of the student house because she needed space. She has been on a big rural placement for two months now. Her mum was diagnosed with breast cancer last week and she found out by text. She wants to go home but also does not want to fail the placement. Her supervisor knows and has been supportive. She said her closest friend from uni, Mou, has been calling every night and that is what is keeping her going. We went through what special consideration might look like and who to contact at the rural clinical school. She is very sad but says she is not thinking about suicide. I believe her. We agreed she would talk to the placement coordinator tomorrow and call me after.",
    ),
    (
        "person_name",
        "Peer said her friend, Kuba, has been sleeping in his car since he lost his share house. She is worried and wants to help. Gave her housing and emergency info to pass on.",
    ),
    (
        "person_name",
        "peer quoted the discord: 'Oshiro-sensei is gonna destroy us in the viva lol'. peer already terrified of him. talked about prep and normalising nerves.",
    ),
    (
        "person_name",
        "He say that his cousin Hyejin Cho is also in the course and she tell everyone in the family his marks. He feel humiliated. We talk about privacy and talk with the cousin.",
    ),
    (
        "person_name",
        "- peer post-ICU placement\n- moral distress ++ re: futile care\n- spoke to intensivist Dr Sione Taufa after, helpful\n- no SI\n- f/u 1/52",
    ),
    (
        "person_name",
        "Peer's mum, Mrs Ngata-Whaanga, rings every night to check she has eaten. Peer finds it loving but smothering during exams. Talked about negotiating a call schedule.",
    ),
    (
        "person_name",
        "Peer says her clinical partner, Chidi Eze-Okonkwo, is going through a divorce and has been crying in the car between clinics. Peer wants to support him without becoming his counsellor.",
    ),
    (
        "person_name",
        "She tell me she is afraid of the viva because the examiner, Prof Fernández-Ortega, is known as very strict. She practice every day. I say her preparation sound very good.",
    ),
    (
        "person_name",
        "Peer texted: 'Can't talk, on ward. Dawn from the other group has been spreading stuff about me.' Called later. Talked about what was said and how to respond.",
    ),
    (
        "person_name",
        "pt -> worried re: friend, Summer M., not eating, exercising ++ after shifts. ? ED. pt wants to help. discussed how to raise. f/u 3/7.",
    ),
    (
        "person_name",
        "Night shift on the rural placement again. She rang at half past midnight because the only doctor on was stuck in a retrieval and she was alone with the nurses. Nothing bad happened but she felt like she was out of her depth. She said the senior nurse, Marg Kowalczyk, was calm and told her exactly what to do. She feels she learned more tonight than in a month. Also feels scared. We talked about both. Follow up tomorrow evening.",
    ),
    (
        "person_name",
        "Peer said her friend, Ayan Jama, was the one who told her about this peer support service. Ayan had a good experience and she wanted to try. Mostly a chat about exam stress.",
    ),
    (
        "person_name",
        "- peer on ward 5C\n- RN Funmilayo 'took her under her wing'\n- peer feels more confident\n- positive call, no issues\n- f/u prn",
    ),
    (
        "person_name",
        "He write: 'My brother Dafydd is come from Wales to visit and I have no time for him because of the exam.' He feel bad. We talk about find one small day.",
    ),
    (
        "person_name",
        "Peer shared message from her group chat: 'pls nobody tell Mrs Lombardi we skipped the tute'. Peer didn't skip but is anxious about being lumped in. Reassured.",
    ),
    (
        "person_name",
        "Peer says the physio on the rehab ward, Dragan Jovanović, has been making comments about her body. She feels sick going in. Talked about reporting to the placement coordinator and safety.",
    ),
    (
        "person_name",
        "pt (peer) -> exam failure, second attempt. hx: low mood. dad Mr Rahman very disappointed. ? counselling. f/u post results.",
    ),
    (
        "person_name",
        "Peer rang me from the doctors' lounge. Her best friend Zana is in hospital after an overdose and peer is supposed to be on nights all week. She is frightened and guilty. Talked about leave, her own safety, and support.",
    ),
    (
        "person_name",
        "She tell me her friend Sokha is the only one who speak Khmer with her in Adelaide, and they cook together on Sunday. That is her happy time of the week. Mostly positive.",
    ),
    (
        "person_name",
        "- peer upset re: exam results\n- boyfriend Isaac Pelesa said 'just study harder'\n- peer feels unsupported\n- no risk\n- f/u next wk",
    ),
    (
        "person_name",
        "Peer says the night orderly, Uncle Kris, always walks her to the car park after her late finish on the rural ward. She feels safe because of him. Lovely detail in an otherwise hard week.",
    ),
    (
        "person_name",
        "Peer quoted an email from her supervisor: 'Please meet me and Dr Yui Tanabe on Monday about your attendance.' Peer is terrified she will fail. Helped her plan what to say.",
    ),
    (
        "person_name",
        "Peer talking about her friend may who also is doing rural and the two of them have been ringing each other after every shift. Sweet. Low stress call.",
    ),
    (
        "person_name",
        "Long note, sorry. Peer rang at 10:30pm on a Sunday. She is doing her rural term in a town on the Murray and has been staying in a flat above the pharmacy. She said she is fine clinically but has been getting weird messages from a local guy she met at the pub, Jake Dimitrijević, who keeps turning up at the hospital cafe. She is not sure if she is overreacting. I told her she is not. We talked about telling the practice manager and the rural clinical school, and about safety plans. She said she will lock her door and keep her phone charged. She is not in immediate danger. I gave her the local police number and 000. Follow up tomorrow morning first thing.",
    ),
    (
        "person_name",
        "Peer said her flatmate Gift has been very supportive and even drove her to the GP. Positive relationship. Peer still struggling with motivation, plan to see GP again.",
    ),
    (
        "person_name",
        "He is a bit embarrass but tell me that his girlfriend Mai Yer Lor break up with him by text during his surgery rotation. He can't stop thinking about it on ward. We talk and he feel better.",
    ),
    (
        "person_name",
        "- peer's roommate S. Habte unwell\n- peer caring + doing nights\n- exhausted ++\n- ? respite / leave\n- f/u 2/7",
    ),
    (
        "person_name",
        "- pt -> night 4/4 on 6 West, exhausted\n- reg Tevita 'Tev' Latu let her go early\n- slept in car 1h before driving\n- advised: never drive tired, use on-call room\n- f/u",
    ),
    (
        "person_name",
        "Peer said her mother-in-law, Mrs Kowalska, moved in for three months and there is no quiet place to study for the exam. Talked about library hours and the 24h study room.",
    ),
    (
        "person_name",
        "He tell me his old teacher from high school, Mr Ratu Epeli Vakaloloma, send him a message of encouragement before the OSCE and he read it many times. He feel more confident now.",
    ),
    (
        "person_name",
        "Peer quoted her sister's text: 'Layla says you're not coming for Nowruz AGAIN??' Peer is on the surgical roster over that week and feels she is failing her family.",
    ),
    (
        "person_name",
        "peer says the guy from her PBL group, hunter mcallister-reid, keeps messaging her late at night. she does not like it. talked through setting boundaries and reporting if it continues.",
    ),
    (
        "person_name",
        "Rural note. Peer rang at 8:30pm from the hospital accommodation in a small wheatbelt town. She had spent the day with the visiting dialysis team and found it really interesting. The hard part was the evening: no one to talk to, no shops open. Her partner, Ananya Desai, is in Perth and they are trying to call every night. She has been doing online yoga. She was mostly ringing because she wanted a chat. We talked for twenty minutes about nothing much. She is fine. Check-in in two weeks.",
    ),
    (
        "phone",
        "Peer asked me to save her new number in case her old phone dies on placement: 0412 863 509. Noted, will use only for this follow-up.",
    ),
    (
        "phone",
        "- pt ok to be contacted on mobile\n- mob: +61 423 118 906\n- best time after 6pm (ward days)\n- f/u Thurs",
    ),
    (
        "phone",
        "She give me the number of the house in the rural town because no mobile signal there: (08) 9071 4426. I call her on this number on Sunday.",
    ),
    (
        "phone",
        "Peer forwarded a group-chat message: 'if anyone's struggling on the nights roster text me 0438.227.951 any time'. Peer wanted to know if she should text. Said yes if she feels safe to.",
    ),
    (
        "phone",
        "Night shift contact. Peer rang from the ward phone because her mobile was flat, said to call her back on 0407119382 after she charges it. Called back at 2am, she was okay.",
    ),
    (
        "phone",
        "pt's emergency contact (her aunty) -> 03 5443 9826. pt consented to this being kept on file. f/u daily during crisis.",
    ),
    (
        "phone",
        "Peer said the landline at her placement cottage is 08-8952-1174 and she can be reached there in the evenings. Mobile coverage very patchy out there.",
    ),
    (
        "phone",
        "Email from peer quoted: 'Hi, sorry I missed your call, I'm on 4 North all day. Try me on +61 (0)4 1955 3370 after 7.' Will call tonight.",
    ),
    (
        "phone",
        "He say please call him at the new number, 0451 207 683, because the old one was stolen at the train station. I update the contact.",
    ),
    ("phone", "- peer changed phone\n- new: 0499 314 762\n- old number disconnected\n- f/u Mon"),
    (
        "phone",
        "Peer asked that I ring her partner if I can't reach her during the exam week: (02) 6882 4417. She gave permission. Noted.",
    ),
    (
        "phone",
        "Peer said her housemate left her a sticky note 'call me on +61408552391 if you need me, I'm on nights too'. Peer kept it on her fridge.",
    ),
    (
        "email",
        "Peer asked me to send the resources to her personal address, ptaufa.medic@gmail.com, because the uni inbox is full. Sent.",
    ),
    (
        "email",
        "- pt prefers email contact\n- email: hsandhu92 at gmail dot com\n- sending EAP + counselling links\n- f/u 1/52",
    ),
    (
        "email",
        "She ask me to write her on the student email, k.perera4@uqconnect.edu.au, not the phone because her phone is share with her brother.",
    ),
    (
        "email",
        "Quoted from the forwarded message: 'Reply to me at meron.tesfaye.88@outlook.com, not the uni one, I don't check it on rural.' Will use this for follow-up.",
    ),
    (
        "email",
        "Peer asked for the summary of our chat to go to obinna_e2001 at hotmail dot com. Sent after the call.",
    ),
    (
        "email",
        "pt -> wants info about special consideration. send to jpetrovic@student.unimelb.edu.au. done.",
    ),
    (
        "email",
        "Night shift contact. Peer is on nights for the whole week and asked me to email her the study timetable we worked out: s.gurung@myune.edu.au. Sent at 3:30am, she replied thanks.",
    ),
    (
        "email",
        "He write his email on the chat for me to send him the link: dawit.alemu.au@yahoo.com.au. I send it after.",
    ),
    (
        "email",
        "Peer said her old email was hacked so use the new one: isla.buchanan.med@protonmail.com for any follow-up. Noted.",
    ),
    (
        "email",
        "- peer on rural placement, no reliable phone\n- contact via email: tolu.adeyemi [at] student.adelaide.edu.au\n- f/u next Tues",
    ),
    (
        "email",
        "Peer shared her mentor's address so I could cc them with consent: l.babic@monash.edu. Peer wants the mentor to know about the roster issue.",
    ),
    (
        "email",
        "Peer asked me to forward the exam anxiety workshop dates to her private address: nusrat.c_medstudent@icloud.com.",
    ),
    (
        "street_address",
        "Peer asked if I could post the printed resources because she has no printer at her placement: Unit 4/12 Karrawirra Street, Whyalla Norrie SA. Will post Monday.",
    ),
    (
        "street_address",
        "- pt on rural placement\n- staying at 1480 Wallaroo Rd, Kadina\n- isolated, 20 min to town\n- f/u weekly",
    ),
    (
        "street_address",
        "She tell me she move to a new room at 27 Matilda Crescent, Sunshine North, because the old house was too noisy for study. More quiet now.",
    ),
    (
        "street_address",
        "Night contact, 1:15am. Peer said she was locked out of her flat at 3/88 Grange Road, Alderley, after her shift and was sitting on the step. Talked until her housemate got home. Safe.",
    ),
    (
        "street_address",
        "Peer gave me her postal address for the care package from the peer support team: PO Box 312, Moree NSW 2400.",
    ),
    (
        "street_address",
        "pt -> moving out after fight with housemate. new addr: 9 Paringa Ct, Kalgoorlie WA 6430. ? still safe there. f/u.",
    ),
    (
        "street_address",
        "Peer quoted the email from the placement office: 'Your accommodation is at Lot 7 Old Coach Road, Nimmitabel. Keys under the mat.' She is nervous about being alone out there.",
    ),
    (
        "street_address",
        "He say he live now at 15B Ferntree Gully Road, Oakleigh East, with three other students. It is cheaper but very crowded.",
    ),
    (
        "street_address",
        "Peer said she is staying at her aunt's, 221 Canterbury Rd, Lakemba, during the exam block because it's closer to the hospital. Good support there.",
    ),
    (
        "street_address",
        "- welfare check requested by peer for friend\n- friend's place: u12/5 Pearson St, Thursday Island\n- police contacted by peer\n- f/u",
    ),
    (
        "street_address",
        "Peer said mail can go to the student house at 44 Eleanor St, Footscray 3011 if we send the book vouchers. Noted with consent.",
    ),
    (
        "street_address",
        "Rural placement student gave the farm address where she boards in case of emergency: 3362 Mitchell Highway, Wellington NSW. Very remote, patchy phone.",
    ),
    (
        "date",
        "Peer mentioned her DOB is 14/03/2001 because the uni form asked for it and she was worried about the privacy. Reassured her about what we keep.",
    ),
    (
        "date",
        "- pt turns 21 on 9 Aug\n- first birthday away from family (rural)\n- low mood ++ anticipated\n- plan: call home, cake w/ housemates\n- f/u on the day",
    ),
    (
        "date",
        "He tell me his court date for the traffic matter is 19 September 2025 and it is the same day as his OSCE. He is very worry. We talk about letter from the court.",
    ),
    (
        "date",
        "Peer was admitted to the psych unit on 2024-11-07 and discharged a week later. She is back on placement now and nervous about people knowing. Talked about disclosure.",
    ),
    (
        "date",
        "Peer said she was born 07.09.1999 and feels old compared with the cohort. Talked about the advantages of life experience in medicine.",
    ),
    (
        "date",
        "Night shift note. Peer messaged at 1am: 'today is the anniversary, Mum died on the 23rd of June 2019'. She is on the ward and holding it together. Called her on her break. Follow up tomorrow.",
    ),
    ("date", "pt -> DOB 30/11/98 (given for referral form). hx: anxiety. consent to GP referral. f/u."),
    (
        "date",
        "She say her birthday is 2 February 2002 and nobody in the placement know, she will be alone. I suggest tell the team, maybe they do something.",
    ),
    (
        "date",
        "Peer's hearing at the tribunal about her visa is on Tuesday 11 March 2025 and she is terrified it will clash with the written exam. Talked about documentation.",
    ),
    (
        "date",
        "Peer told me she was admitted to Royal Darwin on 5/1/2024 after the car accident and still has flashbacks when she drives to placement.",
    ),
    (
        "date",
        "- peer's DOB: 1 Jan 2000 (she laughed about it)\n- needed for Medicare form help\n- no other issues\n- f/u prn",
    ),
    (
        "date",
        "Email quoted by peer: 'Your disciplinary meeting is set for 28/05/2025 at 10am.' She is scared she'll be kicked out. Talked about bringing a support person.",
    ),
    (
        "student_id",
        "Peer gave her student ID so I could check the special consideration portal with her: MDS40217. Did it together on the call.",
    ),
    ("student_id", "- pt student no. z5234817\n- needs help w/ exam deferral form\n- f/u after submitting"),
    (
        "student_id",
        "He write his student number in the chat because he is confuse with the form: u7123456. I help him fill the form.",
    ),
    (
        "student_id",
        "Peer read out the email: 'Student s4412093, your clinical placement has been reallocated.' She is upset about being moved from her rural site.",
    ),
    (
        "student_id",
        "pt -> exam results withheld, admin says quote ID BMS71834. pt anxious ++. f/u after admin reply.",
    ),
    (
        "student_id",
        "Night contact. Peer couldn't log into the roster portal and asked me to help reset it. Her student number is 31847265. Walked her through, sorted by 2am.",
    ),
    (
        "student_id",
        "Peer said she put the wrong student ID on the exam paper, wrote MED30592 instead of her real one, and is panicking. Told her to email the exams office first thing.",
    ),
    (
        "student_id",
        "She tell me her SID is 460218377 and she cannot see her timetable in the system since three days. I send the IT help number.",
    ),
    ("student_id", "- peer's ID: z3390418\n- forgot to enrol in clinical unit\n- deadline Fri\n- f/u Thurs"),
    (
        "student_id",
        "Peer quoted the group chat: 'someone posted a screenshot with a student no. on it, u6650139, pls delete'. It was her number. She is upset. Helped her report to admin.",
    ),
    ("student_id", "Peer asked me to note her ID for the follow-up referral: RCS22816. Consent given."),
    (
        "student_id",
        "He say the library fine is on student number 2198734 and he cannot pay now. Small thing but stress on top of exams.",
    ),
    (
        "medicare",
        "Peer needed help booking a bulk-billed GP near her rural placement. Read out her Medicare number so I could help with the online form: 5420 99274 5.",
    ),
    ("medicare", "- pt: Medicare 2716805892\n- booking telehealth GP\n- f/u post-appt"),
    (
        "medicare",
        "She give me her Medicare card number for the referral form, 3482 33001 3, and say her card is expire soon. I remind her to update.",
    ),
    (
        "medicare",
        "Peer quoted the clinic email: 'We have your Medicare as 4893-50128-3, please confirm.' She wasn't sure if it was right, checked her card, it was.",
    ),
    (
        "medicare",
        "Night shift note. Peer went to the ED with chest pain (turned out to be anxiety) and they asked for Medicare, 6823 15247 2. She texted me a photo of the details by mistake. Told her I'd delete it.",
    ),
    ("medicare", "pt -> GP referral for psych, Medicare no. 2598 71394 4. MHCP discussed. f/u after appt."),
    (
        "medicare",
        "He say his Medicare is 2002 03780 3 and the card is at his brother house, so he need a copy. I explain how to use the app.",
    ),
    (
        "medicare",
        "Peer asked me to write down her Medicare details because she keeps forgetting: 6757461131 ref 1. Noted for the form only.",
    ),
    ("medicare", "- peer needs bulk-bill counsellor\n- Medicare # 5672 97985 2\n- on waitlist\n- f/u 2/52"),
    (
        "medicare",
        "Peer read out her Medicare number at the start of our call thinking I needed it (I don't): 6330 94034 2. Told her not to share it in future.",
    ),
    (
        "tfn",
        "Peer was doing a casual hospital orderly job and asked me to help with the super form. TFN she gave: 544 080 571. Helped with the form.",
    ),
    ("tfn", "- pt stressed re: tax return\n- TFN 872037413\n- Centrelink issue\n- f/u after lodging"),
    (
        "tfn",
        "She ask me if it is ok to put her tax file number, 541-262-819, on the casual job form at the hospital cafe. I say yes for the employer only.",
    ),
    (
        "tfn",
        "Peer forwarded the email from the new employer: 'Please confirm TFN 254 641 608 before your first shift.' She is working weekends on top of placement.",
    ),
    (
        "tfn",
        "Night contact. Peer is doing nights as an AIN on top of med school to pay rent. She read out her tax file number from the payslip, 326 541 682, when asking about tax. Explained where to get help.",
    ),
    (
        "tfn",
        "pt -> Centrelink letter re: TFN mismatch, 286005142. pt anxious ++ re: payment stop. f/u next wk.",
    ),
    (
        "tfn",
        "He say the payroll ask his TFN, 806 991 093, again and again, and still no pay since one month. He can't buy food. I send him to the student union for advice and emergency food.",
    ),
    (
        "tfn",
        "Peer shared her TFN (273.666.809) by text because the tax agent asked for it and she wanted me to check it looked right. Advised only giving to the agent.",
    ),
    (
        "tfn",
        "- peer: new casual job (aged care)\n- TFN declaration: 915 163 190\n- worried re: hours vs placement\n- f/u",
    ),
    (
        "tfn",
        "Peer quoted a scam text she got: 'ATO: confirm your TFN 418 798 109 to avoid penalty'. It had her real TFN in it and she is frightened. Told her to ring the ATO directly.",
    ),
    (
        "url",
        "Peer sent me a link to her fundraising page for her dad's medical bills: gofundme.com/f/help-mele-fifita-bring-dad-home. She feels ashamed asking.",
    ),
    (
        "url",
        "- pt shared doc w/ study timetable\n- docs.google.com/document/d/1xYq7RkP2mTz0bVwLs4nHe8UjC3aFdG9/edit\n- f/u after exam",
    ),
    (
        "url",
        "She send me her LinkedIn link to ask if it look professional for the internship application: linkedin.com/in/kasun-perera-b41a2. I say yes looks good.",
    ),
    (
        "url",
        "Peer is upset about a post someone made mocking her presentation: https://www.reddit.com/r/medicalschoolAU/comments/1b7xq2k/ that she says names her. Talked about reporting it.",
    ),
    (
        "url",
        "Peer shared her personal blog about rural placement life: https://notesfromthewheatbelt.wordpress.com/about-me. Lovely writing, but I gently mentioned patient privacy.",
    ),
    (
        "url",
        "pt -> someone made fake FB profile of her: facebook.com/profile.php?id=100089274463512. distressed ++. helped report. f/u.",
    ),
    (
        "url",
        "Peer forwarded the group-chat link to a video someone took of her crying in the ward corridor: https://www.tiktok.com/@randomuser/video/7321094458812304641. Very upset. Talked about removal and reporting.",
    ),
    (
        "url",
        "He send me his portfolio website, hmongmedstudent.net/about, and ask if it is ok to show the family photos. I say be careful with privacy.",
    ),
    (
        "url",
        "Peer shared her Spotify playlist 'songs for night shift' but it's on her personal profile: open.spotify.com/user/dilani.w.1999. Cute. Low stress call.",
    ),
    (
        "url",
        "Peer says her ex posted a photo of her at the hospital on Instagram: instagram.com/p/C4kT9xLvQ2m and tagged the ward. She wants it down. Helped with report.",
    ),
    ("social_handle", "Peer said to message her on Insta if she doesn't pick up: @meron.t_ . Noted."),
    ("social_handle", "- pt prefers Snapchat\n- snap: sione_t44\n- f/u Sat"),
    (
        "social_handle",
        "She say her TikTok is @kuya.paolo.draws and she post her drawings to relax after exam. Very nice drawings.",
    ),
    (
        "social_handle",
        "Peer's friend made an anonymous account @nightshiftconfessions_rmh that posts about the ward, and peer thinks it's him. She is worried. Talked about what to do.",
    ),
    (
        "social_handle",
        "Peer asked me to add her on Discord for study sessions: oshiro.k#4471. I said I'd keep it to the service channels.",
    ),
    (
        "social_handle",
        "pt -> being harassed by account @fijiangirl_litia99 on IG. ? know the person. pt distressed. f/u.",
    ),
    (
        "social_handle",
        "Night shift. Peer said the group-chat is on Telegram and the admin is @tekle_yonas_md. She wants to leave the chat but feels she can't. Talked about it.",
    ),
    (
        "social_handle",
        "Peer said her insta is chidi.okafor_ and that someone from her placement has been leaving creepy comments. Helped her lock the account.",
    ),
    (
        "social_handle",
        "He give me his Twitter, @gujju_doc_2026, because he want to share a thread about exam stress. I say maybe keep it anonymous.",
    ),
    (
        "social_handle",
        "Peer said her BeReal name is ngata.aroha and a random person from the hospital added her. She isn't sure if it's okay. Talked about boundaries.",
    ),
    (
        "ip_address",
        "Peer forwarded a login alert from her uni account: 'New sign-in from 203.45.118.72, Melbourne'. It wasn't her and she is scared someone is reading her emails.",
    ),
    (
        "ip_address",
        "- pt got 'suspicious login' email\n- IP 49.186.22.173\n- pt on rural placement, not her\n- advised: change pw, contact IT\n- f/u",
    ),
    (
        "ip_address",
        "She send me the screenshot of the alert: sign-in from 2001:8003:1c4a:9e00:5d2:77ff:fe31:a0c4. She don't understand. I explain and say call IT.",
    ),
    (
        "ip_address",
        "Peer said her ex has been logging into her email, the alert showed 101.188.67.240 which she says is his house. Talked about safety and changing passwords.",
    ),
    (
        "ip_address",
        "Night contact. Peer got an alert at 2am during her shift: 'Unusual activity from 58.96.33.150'. Panicked that her exam notes would be deleted. Helped her contact IT.",
    ),
    (
        "ip_address",
        "pt -> harassment emails traced (by pt's brother) to 120.156.44.9. pt wants to report. f/u.",
    ),
    (
        "ip_address",
        "Peer quoted the Microsoft email: 'Someone signed in from IP 2403:5800:9100:4f00:e1b3:2a7:33c1:8d0e'. She is worried about being hacked. Advised MFA.",
    ),
    (
        "ip_address",
        "He say the Facebook tell him new login from 1.145.203.61 and he think it is his old housemate. He is worry about his messages.",
    ),
    (
        "ip_address",
        "- peer's Moodle account accessed from 180.150.38.221\n- not her\n- exam submission changed?\n- urgent IT ticket\n- f/u",
    ),
    (
        "ip_address",
        "Peer showed me the login history: last access from 2001:44b8:31a2:d100::7c while she was on the ward. Not her. Encouraged reporting to uni IT security.",
    ),
]

ORDINARY: list[str] = [
    "Night shift contact, about 2:30am. Peer rang from the on-call room at a big metropolitan hospital after a run of admissions on the general medicine ward. She said she had clerked five patients since 10pm and the last one was a frail elderly man with sepsis who reminded her of her grandfather. She was not crying but her voice was flat. We talked about how nights distort everything and how the body wants to sleep at this hour. She had not eaten since lunch, so I asked her to find something, even toast from the ward kitchen. I asked directly about self-harm and suicidal thoughts and she said no, just wrung out. She has two more nights on the roster. She knows Lifeline is 13 11 14 if she wants someone while I am asleep. Plan is a text from me at 4pm and a proper chat after her last night.",
    "- pt (peer) yr 4, surgical rotation\n- hx: nil psych, high achiever\n- sleep 5h ++, coffee ++\n- ? burnout vs normal term fatigue\n- no SI, no SH\n- -> encouraged GP review, sleep hygiene\n- f/u 1/52",
    "She is very tired because the roster put her on four night shift in a row and then a morning tutorial. She say she cannot think. I suggest her to ask the coordinator for swap the tutorial. She will try tomorrow.",
    "Peer forwarded the email from the clerkship office: 'Reminder: the rotation roster for weeks 5-8 is now final and cannot be changed except in exceptional circumstances.' She has a family event and feels stuck. Talked about what counts as exceptional and how to ask.",
    "Will check in again on Friday after the OSCE. Peer was calmer by the end of the call.",
    "Hope is a strong word, she said, but she does feel a bit more hope after speaking to the counsellor. Mood improving slowly. Plan to keep weekly contact.",
    "Grace period for the assignment ends Monday, so the peer feels a little less pressure. We made a plan for the weekend: two study blocks, one walk, one proper meal.",
    "Mark the date of the results release in the calendar and plan something nice for that evening regardless of outcome, that was the idea we landed on. Peer liked it.",
    "Peer on rural placement in Broken Hill. Says the hospital is great, the red dirt is amazing, but she is lonely on weekends. Suggested the local parkrun and the uni's online social hour.",
    "Still struggling with the Crohn's patient case write-up, he said, and the deadline is Thursday. Mostly academic stress. No wellbeing concerns beyond tiredness.",
    "Peer watched a whole season of Grey's Anatomy instead of studying and now feels guilty. We laughed about Meredith Grey never sleeping either. Talked about guilt-free breaks with limits.",
    "- night shift ++, 3rd in a row\n- pt forgot to eat -> dizzy on ward round\n- RN gave juice, ok now\n- plan: meal prep before nights\n- f/u after block",
    "He tell me that the exam timetable is release and he have the written paper on Monday at 9am and the OSCE on Wednesday. He feel okay but nervous. We talk about sleep before the exam.",
    "Peer rang at 11pm from the nurses' quarters in Alice Springs. Heat has been brutal, 44 degrees today, and the aircon in her room is broken. Gave her the maintenance contact for the rural clinical school and we talked about cooling tricks.",
    "Sunny morning for once, peer said, and she sat outside the hospital cafe before her shift and felt almost normal. Good call, low risk.",
    "Peer is worried she has Parkinson's because her hand tremors when she is stressed. We talked about med student syndrome and anxiety tremor, and about seeing a GP if it persists.",
    "Quote from the cohort group chat the peer showed me: 'ok who else is crying in the library rn'. Lots of replies. Peer found it comforting that she is not the only one.",
    "Summer term is nearly over and the peer is counting down to the break. She plans to go home to Darwin for three weeks. Mood okay.",
    "Peer says the Apgar score lecture made her think of her own birth story and she got emotional in the tutorial. Talked about how content can hit personally.",
    "Night supporter note. I am on a night shift myself this week so this was a quiet chat between two owls. Peer is on the psych rotation at a regional hospital and finds the night-time ward rounds eerie. She said one patient talks to the moon and she found it beautiful rather than scary, and then felt weird for thinking that. We talked about the humanity of psychiatry. She is sleeping in the day with an eye mask and earplugs and says it works. No risk. She wanted to share something that moved her. Follow up only if she wants.",
    "- peer anxious re: GCS assessment in OSCE\n- practised with me on the phone\n- E4 V5 M6 etc -> good recall\n- confidence ++ by end\n- f/u post exam",
    "She say in Korea the students study until midnight in the library and she think she is lazy because she stop at 9pm. I tell her rest is also part of study. She laugh.",
    "Peer is hooked on Stardew Valley as a way to decompress after ward shifts. Worried it's eating into sleep. Agreed on a 30-minute timer before bed.",
    "Peer rang from the hospital car park at Royal Melbourne Hospital after a long day on 7 North. Her car battery was flat. Mostly a vent while she waited for roadside assist. Fine.",
    "Rose early, peer said, and did a full revision session before the ward round, and then it all went out of her head when the consultant asked about Cushing's. Normal. We laughed about it.",
    "Peer forwarded this from the year group chat: 'Exam timetable is OUT. Paper 1 Monday 9am, Paper 2 Wednesday 1:30pm, OSCE week after.' She is relieved it's spaced out.",
    "He tell me he is not sleep well since he start the night roster on the orthopaedic ward. He try melatonin 2mg but not much help. I suggest to talk with GP and keep the room very dark.",
    "Peer on her Centrelink claim: Youth Allowance was cut off because of a form she missed. Walked her through reapplying online and the student union welfare officer.",
    "Peer said the patient on Ward 6B with Guillain-Barré was her favourite to talk with, and when he was transferred to ICU she felt unexpectedly sad. Talked about attachment to patients.",
    "Long call from a rural placement student tonight. She is in a town of about 3000 people, three hours from the nearest city. She has been there six weeks and says clinically it has been incredible, she has sutured, she has done her first cannulas, she has seen a snakebite. But she says she is exhausted from being 'the med student' everywhere, at the shop, at the pub, at the footy. People ask her about their rashes at the servo. We talked about boundaries in small towns and how to say 'I'm off duty' kindly. She also said she has been missing her cat. She is eating well, sleeping okay, drinking a bit more than usual on weekends. I asked her to keep an eye on that. No thoughts of self-harm. We agreed to talk in two weeks.",
    "- exam schedule: MCQ 18th, OSCE 25th\n- pt anxious ++ but prepared\n- hx: exam anxiety, uses propranolol 10mg prn (GP prescribed)\n- f/u day before OSCE",
    "She explain me the timetable is very confuse because the lectures are online and the tutorials in the hospital, and sometimes the same time. I help her make a colour calendar.",
    "Peer said she watched Scrubs again and JD's inner monologue is basically her entire internal life on the wards. Lighthearted chat, low stress week.",
    "Night shift note, 4:10am. Peer texted: 'is it normal to feel nothing after a code?' Called her. She had been in a resus on the cardiology ward that did not succeed. She felt numb and then guilty for feeling numb. We talked about shock and how feelings often come later. She is finishing at 8am and going straight to bed. Plan to check in after she wakes.",
    "Peer received the email: 'Your application for special consideration has been approved. You will sit the deferred exam in the next available sitting.' Huge relief. Celebratory call.",
    "Peer is anxious about the AMC exam timeline after graduation and what it means for her partner's visa. Referred to the international student office and the uni's migration advice clinic.",
    "Peer said the Glasgow Coma Scale station made her panic last year and she is dreading it again. Practised out loud together. More confident by the end.",
    "- pt on rural rotation (Kalgoorlie)\n- isolation ++, weekends worst\n- ? join local netball\n- mood ok, sleep ok\n- f/u 2/52",
    "He say the ward sister on 5 East is very strict and shout at the students if they touch the notes without wash hands. He is afraid now. I say she is strict for infection control, not personal.",
    "Peer says she's been listening to Troye Sivan on repeat on the drive to placement and crying a bit each time. Not in a bad way, just releasing. Fine.",
    "Peer got an email from the faculty: 'Due to staffing, the Thursday ethics seminar is moved to Friday 2pm in Room 3.14.' Now it clashes with her clinic. Helped her write to the coordinator.",
    "Peer asked if it's normal to dream about ward rounds. I said yes, very. We talked about winding down rituals after shifts.",
    "Peer mentioned she gets her hydroxychloroquine and prednisolone from the hospital pharmacy and on a rural placement it's hard. Linked her to the local pharmacy and her specialist's telehealth.",
    "Night shift again for me, 1:20am. Peer is a fifth year on the emergency roster at a regional base hospital. She texted because she had just seen a young person after a suicide attempt and it shook her. She said the patient was her age and studying too. We talked for about 30 minutes. I asked about her own safety directly and she said she is okay, just shaken. She has a counsellor she sees monthly and will ring them. I reminded her of the 1300 659 467 number too. She will finish her shift and go home to her partner. I will text her tomorrow afternoon.",
    "- peer upset re: feedback on long case\n- 'disorganised presentation'\n- pt hx perfectionism\n- reframed as learning\n- f/u before next long case",
    "She tell me that Ramadan is start and the roster have her on the afternoon shift, so she break the fast on the ward. She is okay but tired. I suggest bring dates and water.",
    "Peer is obsessed with Hospital Playlist and says the Korean doctors being friends gives her hope that she will find her people in medicine. Sweet chat.",
    "Peer said the ward clerk on 4 West gave her a lollipop after a horrible day and she nearly cried from the kindness. Mostly positive call.",
    "Peer is on the exam roster for the anatomy spot test at 8am and lives 90 minutes away by public transport. Worried about getting there. Talked about staying near campus the night before.",
    "Still no word on the rural placement allocation and it's week 10. Peer can't plan housing or tell her boss at the pharmacy. Suggested she email student services and cc the year coordinator.",
    "He say he is worry because he have headache every day since the exam period start. He take Panadol 1g two times a day. I suggest to see GP if continue, and to drink water and sleep.",
    "Peer spent Diwali on the ward this year. Said the patients were lovely and one gave her a sweet. Still felt homesick. Talked about celebrating late with friends.",
    "Peer says her flat is freezing and the heater costs too much to run, $80 a week. She's been studying in the hospital library until it closes at 10pm. Linked to hardship fund.",
    "Long note, apologies. Peer rang me on a Sunday afternoon from a rural placement in the Riverina. She has been there four weeks. She said the first two weeks were fine but since then she has felt more and more flat. She isn't enjoying things she normally enjoys, like running. She's sleeping ten hours and still tired. She thinks it might be the quiet, or the weather, or something else. We talked about depression screening and she did a PHQ-9 with me, score of 12. I encouraged her to see a GP in town or via telehealth and she agreed. She denied suicidal thoughts. She has good support from her family by phone. She will also talk to the rural clinical school wellbeing officer. Follow up next Sunday.",
    "- pt on ED roster at Westmead\n- verbal aggression from pt's relative\n- security called, pt ok\n- debrief w/ NUM done\n- f/u 3/7",
    "Peer said she read The Body Keeps the Score on the bus to placement and it made her rethink her own stress responses. Good reflective conversation.",
    "Peer says the consultant on the respiratory ward asked her about Kussmaul breathing, Cheyne-Stokes and Biot's and she blanked on all three. Now she thinks she is hopeless. Reassured, made a revision list.",
    "She say the exam timetable is put two papers on the same day, morning and afternoon, and she is afraid she will be too tired. I tell her to bring food and have a rest between.",
    "Peer joked that she wants Dr Gregory House as her supervisor because at least he'd be honest. Underneath was frustration with vague feedback. Talked about asking for specific feedback.",
    "Peer got this email: 'Your placement at Mount Isa Hospital has been confirmed for Term 3. Accommodation is provided.' She is excited and scared. Talked about what to pack and how to stay connected.",
    "- pt fatigue ++\n- ? anaemia, iron studies pending (own GP)\n- on rural rotation, night roster\n- f/u when results back",
    "Peer asked if she should disclose her ADHD to the placement supervisor. Talked through pros and cons, and the uni's disability support plan.",
    "Night shift, 3am. Peer called me from the break room on the maternity ward. She had been at a birth where the baby had a low Apgar and needed resus; the baby is now fine in SCN. But she cannot stop shaking. We did some grounding together. She said the midwives were brilliant. She is going to eat something and finish the shift. Follow up when she wakes.",
    "He tell me he play FIFA with his brother online every night for relax, even the brother is in Sydney and he is in Wagga for placement. I say this is good, keep connection.",
    "Peer said she cried in the car after hearing Archie Roach on the radio on the way back from the remote clinic. Said it felt like a release. Talked about music as processing.",
    "Peer feels the rotation roster is unfair: she has had every public holiday shift this term. Showed me the spreadsheet. Helped her compile a polite email to the coordinator.",
    "Peer asked if it's normal to fear the Babinski sign station because she once got kicked by a patient. Laughed. Talked about exam nerves more generally.",
    "Joy was the word she used for the day she finally got her first cannula in on the renal ward. Happy call. Celebrated.",
    "Peer's Medicare card expired and she doesn't know how to get a new one while on rural placement. Showed her the myGov steps. Sorted.",
    "- pt re: intern applications\n- anxious ++ re: ranking\n- hx: GAD, well managed\n- f/u after offers released",
    "She say the Friday tutorial is at 7:30am and she live far, so she must wake at 5. She is always tired. We talk about maybe sleep at friend house on Thursday.",
    "Peer said the Welsh consultant on the colorectal unit sings on ward rounds and it's the only thing getting her through the term. Cute. Low risk.",
    "Peer rang at 10pm. She had a long day on the stroke ward and said watching a patient lose speech was heartbreaking. Talked about compassion fatigue and self-care routines.",
    "Peer's landlord is selling and she has 60 days to move out, right in the middle of exams. Referred to tenancy advice and uni housing.",
    "Long rambling night note. Peer is a final year on the rural generalist pathway doing her acting intern term at a base hospital. She rang at 1am because a patient with advanced Alzheimer's kept trying to leave the ward and she was the only person free to sit with him. She said she spent two hours walking the corridor with him and it was oddly peaceful. Then she got told off by a reg for not seeing another patient sooner. She feels pulled in two directions. We talked about priorities, and about how the sitting-with was real medicine too. She is tired but okay. She has a day off tomorrow. Follow up in a couple of days.",
    "- peer on paeds ward, pt w/ Kawasaki disease\n- peer found parents' distress hard\n- good debrief w/ team\n- ok\n- f/u prn",
    "He say he try the GAMSAT three times before get in, so now he is very afraid to fail anything. I tell him he is here now and it is a strength he did not give up.",
    "Peer quoted from an email from the medical school: 'We recognise this has been a difficult term for many students.' She said it felt like a form letter. Talked about what support she actually wants.",
    "Peer is reading Haruki Murakami on night breaks because it feels like the right mood. Said Norwegian Wood made her cry in the doctors' lounge. Reflective call.",
    "Peer asked about the Lifeline number for her housemate who is struggling. Gave 13 11 14 and the 1300 659 467 line, and talked about how to encourage someone to call.",
    "Peer said Hashimoto's was diagnosed last year and her energy is still up and down. Sees endocrinology every three months. Wants to know about adjusting placement hours. Linked to disability support.",
    "Peer says the consultant told her she has good hands for surgery and she's been floating all week. Lovely call.",
    "- pt tearful after ward round, 9 South\n- consultant 'sighed' at her presentation\n- pt reading into it ++\n- reframed\n- f/u after next round",
    "She is confuse about the new timetable because the app show different from the email. I say check with the admin office. She is worry to miss something.",
    "Peer's favourite comfort show is Bluey and she watched three episodes after a hard shift. Said Bandit is the dad everyone wants. Light chat.",
    "Peer is anxious about the progress test next month and feels she doesn't know anything. We looked at what she does know. Made a small plan.",
    "Night shift. Peer called at 2:50am from the ED short-stay unit. She was asked to do a pelvic exam on an intoxicated patient and refused because the patient couldn't consent; the registrar was annoyed. She feels she did the right thing but is rattled. I agreed. Talked about documenting. Follow up after her shift.",
    "Peer's Youth Allowance and rent assistance got mixed up after she moved for her rural term. Talked about calling Centrelink early in the morning to avoid the queue.",
    "Peer said watching Dylan Alcott's speech about disability and sport made her want to do rehab medicine. Nice reflective conversation about career direction.",
    "Peer is doing Hajj preparation reading in her downtime and says faith is helping her through the exam block. Respectful chat.",
    "He say the patient with Marfan syndrome was so tall and kind and tell him about his life. He feel happy he learn so much from one patient. Nice story.",
    "Peer felt bad she laughed at a joke about a patient in the tearoom on 3 East. Talked about gallows humour and where the line is.",
    "- peer's car broke down en route to rural site\n- RACV arrived, ok\n- missed morning clinic\n- worried re: attendance\n- reassured, emailed supervisor",
    "Long call with a night shift peer who is also a carer for her younger siblings during the day. She is on the evening roster on the oncology ward and then up at 7 to do the school run. She said she is running on four hours of sleep. She wasn't complaining, just stating it, which worried me more. We talked about Carer Gateway and whether the faculty could give her a day roster. She said she had not told anyone because she does not want special treatment. I said this is not special treatment, it's what the policy is for. She agreed to email the year coordinator. No thoughts of self-harm. I'll follow up Thursday.",
    "Peer found out she passed the MCQ with 72% and she was convinced she'd failed. Celebration call.",
    "Peer is nervous about the Ottawa ankle rules station and the Wells score questions. Practised on the phone. Feeling better.",
    "She say her hostel is near the hospital but very noise at night because of the ambulance. She cannot sleep after night shift. I suggest ear plug and white noise app.",
    "Peer rang after watching the Matildas win and said it was the first time in weeks she'd felt part of something. Nice. Talked about joining a social sport team.",
    "Peer quoted her unit's announcement: 'The ward will be closed for renovations from Monday; students will be redeployed to the medical assessment unit.' She is anxious about a new team. Reassured.",
    "- pt panic attack in library\n- 2nd this month\n- hx: panic d/o, on escitalopram 10mg\n- ? dose review w/ GP\n- f/u 1/52",
    "Peer's Eid plans fell through because she's rostered on the weekend. Feels sad. Talked about celebrating with the hospital Muslim prayer group after her shift.",
    "Peer says the ward she's on has a cat that visits the palliative patients. She thinks it's the best thing about the hospital. Heartwarming call.",
    "Night note. Peer at a regional hospital couldn't get home because of floods and is sleeping in the doctors' quarters. She's fine, just frustrated and a bit scared about the weather. Talked for 20 minutes.",
    "He tell me the exam is on Saturday and he must work at the restaurant Friday night until 11pm because the boss don't give him off. He very stress. We talk about his rights and ask again.",
    "Peer asked how to tell the difference between stress and depression. Gave general info and the headspace and Beyond Blue resources. She'll see her GP.",
    "Peer loves the Mario Kart nights her housemates organise on Fridays and said it's the only time she laughs during the exam block. Encouraged her to keep it.",
    "- pt on rural rotation Geraldton\n- hx: asthma, Ventolin running low\n- sorted via local GP\n- ok\n- f/u 2/52",
    "Peer felt humiliated after fainting in theatre during a Whipple procedure. The scrub nurse was kind. Talked about vasovagal episodes and how common this is.",
    "She say the Aussie slang on the ward is very difficult, like 'arvo' and 'servo' and 'chuck a sickie', and she feel stupid to ask. We laugh and I teach her some.",
    "Peer rang from a cafe near the Alfred because she needed to talk before her ward round. Mostly about imposter feelings. Felt better after 15 minutes.",
    "Peer is worried her use of caffeine is out of control: four energy drinks a day on nights. Talked about tapering and sleep.",
    "Long note. Peer is a fourth year doing her rural term in far north Queensland. She rang on Saturday morning because she had been at a barbecue the night before and a local had had a heart attack in front of everyone. She did CPR until the ambulance came, about 18 minutes. The man survived to hospital and was flown to Townsville. She is amazed and shaken and proud and scared. She said her hands are still sore. We talked through the whole thing and how she felt, and how normal all of it is. She will tell her supervisor on Monday and ask for a debrief. No risk concerns. Follow up Monday evening.",
    "Peer sent me the group chat message: 'anyone else think the new roster is cooked? 3 weekends in a row??' Lots of people agreed. Peer feels less alone.",
    "Peer is anxious about the Brudzinski and Kernig's sign demonstration in the clinical skills exam. We went through it. Better.",
    "- pt stressed re: rent ($420/wk)\n- casual job hours cut\n- ? hardship fund, Centrelink\n- f/u after applying",
    "He tell me his favourite thing to calm down is watch One Piece and think about Luffy never give up. I say that's a good captain to follow.",
    "Peer says she's been using the Smiling Mind app and it helps before exams. Good coping. Brief call.",
    "Peer worries the rural placement will damage her relationship. Talked about communication and planning visits. Mostly okay.",
    "Night shift check-in at 12:30am. Peer is on the medical assessment unit and had just admitted a patient in DKA. She said she felt useful for once. Good call, she's okay.",
    "Peer said she'd like to be like Fred Hollows, doing eye surgery in remote communities. Talked about the rural generalist pathway and ophthalmology.",
    "Peer received the email: 'Your OSCE is scheduled for Station Block C, Tuesday 8:00am, Level 2 Clinical Skills Centre.' She is glad to know the time. Planned her morning routine.",
    "She explain the patient with Down syndrome on the ward give her a drawing and she keep it in her bag. She very happy. Positive call.",
    "Peer can't afford the $350 textbook for the surgical rotation. Linked her to the library and the second-hand book group. Small but meaningful.",
    "- pt worried re: Raynaud's in cold theatres\n- sees GP, on nifedipine\n- ? gloves, layers\n- f/u prn",
    "Peer is pondering whether to take a year off. Talked through leave of absence options. No pressure either way.",
    "Peer listens to Tame Impala while writing case notes and says it's the only way she can focus. Light call.",
    "Peer said the nurses on the haematology ward call the students 'the ducklings' because they follow the reg everywhere. She found it funny. Mood good.",
    "Peer forwarded: 'Attendance reminder: students must record 80% attendance at clinical sessions to be eligible for the end-of-year exam.' She's at 78%. Anxious. Talked about catching up and documentation of illness.",
    "Long rambling night-shift note from me, sorry. Peer rang at 3:40am because she was sitting in her car in the hospital car park and didn't want to go home to an empty apartment after a death on the ward. She said the patient was young and had a rare sarcoma and she had been part of the team for three weeks. She just needed to say it out loud to someone. We talked for 40 minutes. She cried. She laughed about a joke the patient had made earlier in the week. She said she had not eaten since 2pm. I asked about safety and she said she felt sad and empty but not unsafe. She agreed to drive home carefully, eat, and sleep. She'll call the EAP later in the day. I'll text at 3pm.",
    "Peer is worried about the upcoming Christmas roster and missing midnight mass with her family. Talked about requesting the evening off in advance.",
    "- pt anxious about meeting w/ faculty re: professionalism\n- late to 3 tutes due to transport\n- ? support person\n- f/u after mtg",
    "He say the Hindi films are his comfort and he watch one with Shah Rukh Khan every Sunday. I tell him that's good self-care.",
    "Peer feels the dermatology clinic is boring and feels guilty for thinking that. Talked about it being normal not to love every specialty.",
    "Peer asked whether it's okay to take sertraline during exams or if it'll affect her memory. Encouraged her to ask her prescriber; gave general reassurance.",
    "Peer is on the Hunter New England rural stream and says the drive between sites is beautiful but lonely. Suggested podcasts and scheduled calls.",
    "Peer said the Friday tutorial room, 2.07, has no windows and she gets headaches. Asked if she could request another room. Suggested she ask the tutor.",
    "Peer said her mood lifts when she goes to Sunday church in the rural town because the congregation adopted her. Positive call.",
    "Night shift, 1am. Peer was on the surgical ward and a patient pulled out his cannula and bled everywhere. She handled it but felt gross and panicky after. Talked through it. She'll be fine.",
    "- pt re: OSCE fail (station 6)\n- resit in 3 wks\n- hx: anxiety\n- plan: practice w/ peers, clinical skills lab\n- f/u wkly till resit",
    "She tell me she afraid to call the patient by the wrong name because the names are difficult for her. I say ask the patient how to say, they like it.",
    "Peer compared her supervisor to Professor Snape, grumpy but secretly on her side. Funny call, feels supported.",
    "Peer's part-time job at the supermarket is rostered Thursday nights and placement starts 7am Friday. Talked about asking for a different shift.",
    "Peer asked about the difference between the uni counselling service and a private psychologist under a Mental Health Care Plan. Explained. She'll book with GP.",
    "Peer said she saw a patient with Bell's palsy who thought he was having a stroke. She was the one who reassured him after the consultant's assessment. Felt good.",
    "Rural placement, Pilbara. Peer rang on a Tuesday night because she had just finished her first week and wanted to debrief. The hospital is small, the team is tiny and she is on call one weekend in three. She said the heat makes her dizzy in the afternoons and the flies are unbelievable. She loves the Aboriginal health service clinic days and has learned more about rheumatic heart disease in a week than in three years of lectures. She is staying in a donga with a pharmacy student who keeps to herself. She said she has not really had a proper conversation with anyone outside work yet. We talked about the community choir and the Thursday night touch footy. She is eating and sleeping fine. No risk at all, she just wanted to talk. Next call in a fortnight.",
    "- pt: yr 5 -> AIT term\n- roster: 7 nights on, 7 off\n- sleep disrupted ++\n- ? melatonin, blackout curtains\n- mood ok\n- f/u end of nights",
    "She say the examiners in the OSCE is very serious and nobody smile, so she think she fail, but the result come and she pass. Now she is very happy and want to celebrate.",
    "Peer forwarded the faculty email: 'Please note that the Semester 2 examination schedule has been amended. Check the portal for your updated timetable.' Her paper moved to the same day as her brother's wedding interstate. Talked through options.",
    "Will the roster ever be fair, she asked, half-joking. Talked about what she can change and what she can't. Ended on a good note.",
    "Bliss, she called it, the first full night of sleep after finishing the night block. Happy call. No concerns.",
    "Precious little sleep this week, the peer said, because of the exam timetable and her part-time job. Made a plan to drop one shift.",
    "Peer said the term Hunter's syndrome came up in the genetics lecture and she realised she'd confused it with Hurler's all year. Laughed about it. Mostly exam stress.",
    "Dawn shift starts at 6:30am on the surgical ward and she is struggling with the early starts. Talked about going to bed earlier and a proper breakfast.",
    "Peer said she feels like Sisyphus with the assignment rewrites. Talked about chunking the task and asking for feedback earlier.",
    "Night contact. Peer rang at 2:10am from the respiratory ward where a patient with COPD had been very breathless all night. She kept going back to check and the nurses told her to sit down. She feels responsible. Talked about the difference between caring and carrying. She's okay.",
    "- exam anxiety ++\n- pt uses Anki 3h/day\n- burnt out on cards\n- ? reduce, add practice Qs\n- f/u 1/52",
    "He explain me that in Japan the hospital is very quiet and here is very noisy and everybody call by first name, he is shock. He is adjusting slowly. Positive.",
    "Peer is loving the Eisteddfod-style singing night the rural town puts on. Said she did a duet with the pharmacist. Joyful call.",
    "Peer quoted the group chat: 'If anyone wants to do OSCE practice tonight we're in Room 1.22 from 6pm'. She went and felt much better. Good news call.",
    "Peer is anxious about Medicare billing questions in the GP term exam. Went through what she needs to know. Practical call.",
    "Long one, from a night-shift supporter. Peer rang at 12:15am from the psych unit at a large hospital in Sydney. A patient had disclosed childhood abuse to her during an interview and she had not known what to say. She had escalated to the registrar and followed protocol, but she felt she had opened something up and then walked away. She couldn't stop thinking about the patient's face. We talked about vicarious trauma, about how she did exactly the right thing, and about how she can ask the team how the patient is doing tomorrow. She said she has a psychologist she sees and will bring it up. I asked about her own safety and she said she is fine, just heavy-hearted. Follow up tomorrow evening.",
    "Peer said Animal Crossing is her night-shift recovery ritual. Harmless. Mood good.",
    "She tell me the roster is make her to work on Vesak day and she want to go to the temple. I suggest ask for swap with a friend. She will try.",
    "Peer said her favourite lecturer quotes Hippocrates every lecture and it's become a drinking game in the cohort. Laughed. Low stress.",
    "- pt -> Ward 3B, ortho\n- pt witnessed fall, pt #NOF\n- felt responsible (wasn't)\n- reassured, incident process explained\n- f/u 2/7",
    "Peer's scholarship payment is late and she has $40 until Friday. Linked her to the student union food pantry and emergency loan. Will follow up.",
    "Peer said the Ménière's patient she clerked had the worst vertigo she'd ever seen and she felt sick watching. Laughed about empathy vomit. Fine.",
    "Peer's favourite thing this week was seeing a baby born in the birth suite at Fiona Stanley. Happy call.",
    "He say he is very proud because he finish the surgery rotation and the consultant say 'good work'. I say congratulation. Positive.",
    "Peer is frustrated that the Friday radiology tutorial starts at 4pm and runs to 6pm, so she misses her Friday prayers. Talked about asking for accommodation.",
    "Night note. Peer is on the night roster at a rural hospital and the only doctor is in the ED. She was asked to review a fall on the ward and was nervous. She did it well. She called me after to say she managed. Proud of her.",
    "- pt hx: Crohn's, flare ++\n- missing placement days\n- ? special consideration\n- gastro appt next wk\n- f/u after appt",
    "Peer is rereading the Harry Potter books as comfort reading during exams. Said Hermione would have colour-coded the timetable. Laughed.",
    "Peer said her exam is in the Royal Exhibition Building and the size of the room freaks her out. Talked about visiting beforehand.",
    "She tell me she buy the new stethoscope with her first pay from the casual job, a Littmann, and she is so proud. Happy call.",
    "Long rural note. Peer is placed in a remote community in the Northern Territory for eight weeks. She rang from the clinic after hours because it's the only place with wi-fi. She said the community has been welcoming and the health workers have been teaching her a lot about kinship and cultural protocols. She is learning how much she does not know. The hard part is the heat and the loneliness in the evenings, and a dog fight outside her house that scared her last night. She asked how other students cope. We talked about keeping a journal, regular calls home and the rural clinical school's weekly video catch-up. She is okay, no risk. Next call in a week.",
    "Peer said the psych reg compared the ward to One Flew Over the Cuckoo's Nest as a joke and she found it offensive. Talked about how to raise it.",
    "- pt tearful, exam results\n- passed but lower than expected (58%)\n- hx perfectionism\n- reframed\n- f/u prn",
    "Peer asked about the best way to approach a consultant about a reference letter. Gave tips. Practical call.",
    "He tell me he afraid to drive on the highway to the rural clinic because the kangaroos at night. I say drive in day if possible and the clinic will understand.",
    "Peer found the Coming of the Light celebration on Thursday Island amazing and the community invited her to the feast. Great experience. Positive.",
    "Peer quoted the faculty email: 'Students who miss more than two clinical days must provide a medical certificate.' She missed three with gastro and didn't get one. Talked about telehealth certificates.",
    "Peer said her Hashimoto's and the night roster don't mix. She's seeing her endocrinologist. Talked about reasonable adjustments.",
    "Night shift, 3:30am. Peer called from the oncology ward. A patient asked her if he was going to die and she didn't know what to say. She said 'I don't know, but I'm here.' We talked about how that was a good answer. She is tired and sad, but okay.",
    "Peer's Centrelink payment stopped because she's over the income threshold after a few extra shifts. Talked about reporting income properly and the payment recovery process.",
    "Peer said she cried watching Moana because of the grandmother scenes. Missing home in the islands. Talked about calling family.",
    "- peer anxious about viva\n- examiners announced\n- hx: stammer when nervous\n- ? request adjustments\n- f/u before viva",
    "She say her room in the student village is very small and she study in bed and then cannot sleep. I suggest study in library and keep bed for sleep only.",
    "Peer is annoyed that the hospital canteen closes at 7pm and there's no food on nights. Talked about meal prep. Practical.",
    "Peer says she wants to be the next Catherine Hamlin and work in fistula surgery. Talked about global surgery electives.",
    "Peer asked about safe drinking after exams since she had a blackout at the end-of-term party. Talked gently about it and gave resources.",
    "Long night shift note. Peer rang me at 1:55am. She is on her AIT term on the gen med ward at a regional hospital. She had to tell a family that their mother had died because the resident was stuck in a MET call. She said she did it, it went okay, and the family thanked her. Then she went to the stairwell and cried for ten minutes. She felt silly. We talked about how normal it is to feel it, and that it means she cares. She is eating a sandwich now. She has a day off tomorrow. She is okay. Plan is a check-in tomorrow afternoon.",
    "- pt -> roster: weekend nights x3\n- family wedding missed\n- sad ++\n- no SI\n- f/u after roster",
    "He say his favourite band is BTS and he listen on the bus to the hospital every morning to feel motivate. Good.",
    "Peer described the Trendelenburg position incident in theatre where she nearly knocked over the drip stand. Embarrassed but laughing. Fine.",
    "Peer said the 2am tea trolley on the maternity ward is the highlight of her nights. Cute detail. Low risk.",
    "She tell me the exam is in the big hall with 400 students and she feel panic in big crowd. I tell her to ask the special consideration for a small room.",
    "Peer rang from the Royal Brisbane and Women's car park in tears after a difficult ward round. Mostly about a harsh comment. Calmer after 20 minutes.",
    "Peer is excited about the Matariki long weekend and is going to the stars festival. Nice call, mood up.",
    "- pt worried re: needle-stick injury on ward\n- bloods taken per protocol\n- anxious ++ waiting results\n- f/u when results back",
    "Peer is annoyed that she keeps getting the same feedback about her handwriting in the notes. Talked about typing where possible and asking what specifically.",
    "Peer's cohort has a running joke about who's most like Doogie Howser. She wins because she's 20. Lighthearted.",
    "He is worry that he will not get internship in Australia because he is international student. I explain the process and the timeline. He feel better with information.",
    "Night note, 11:45pm. Peer on evening shift at the children's hospital had a toddler with a febrile convulsion in front of her. She called for help and it was managed. She is shaky. Talked it through. She did well.",
    "Peer said she prayed to St Luke, patron saint of physicians, before her exam. We talked about faith as a coping resource. Positive.",
    "- peer on rural rotation (Bendigo)\n- car accident on way to clinic, minor\n- no injuries\n- shaken ++\n- f/u 1/7",
    "She say the hospital she work is very big, like a city, and she get lost every day. I tell her everyone get lost the first weeks.",
    "Peer watched the Wimbledon final at 1am on her night off and regretted it. Laughed. Talked about protecting sleep.",
    "Peer said the consultant's comment 'you'll never make a surgeon' has been living in her head for a week. Talked about who gets to decide that.",
    "Peer quoted the group chat: 'no one tell the reg we went to the Christmas party lol'. Peer wasn't there but laughed. Mood light.",
    "Long call. Peer is on her rural term in the Wimmera and has been doing a lot of farm injury presentations. She said she loves the work but is feeling isolated in a share house with two students who are always out. She's been going for long walks at sunset on the lake. She misses the city food. She said the nurses at the hospital have been teaching her how to cook with a slow cooker. She was laughing by the end of the call. She is okay. Low risk. Follow up in a month.",
    "Peer said her Ramadan fasting is making the surgical rotation hard, especially in the long theatre lists. Talked about talking to the team about breaks at iftar.",
    "- pt on Ward 8A, psych\n- pt nervous re: aggressive pt\n- safety brief done\n- ok\n- f/u prn",
    "He say the new antidepressant, escitalopram, make him nausea in the first week, but now better. He is happy he start. I say keep talk with GP.",
    "Peer wants to take up boxing because she saw a documentary about Muhammad Ali and thought it would help with stress. Good idea, we said.",
    "Peer's Nowruz celebration was on the same night as her OSCE prep session. She chose the session, then regretted it. Talked about balance.",
    "Peer asked if she should report the consultant who keeps making jokes about women in surgery. Gave options and support.",
    "Night shift, 4:40am. Peer is the only student on the ED roster tonight and a patient died after a road trauma. She had been doing compressions. She said her arms hurt and her head is empty. We talked for 25 minutes. She is going to sit in the staff room until handover. Will follow up when she's rested.",
    "She tell me the timetable for the clinical school is change again and now she have lecture at 8am on Monday after weekend on call. She so tired. We look at options.",
    "Peer said she's been watching cooking videos of Gordon Ramsay to switch off. We laughed that at least her consultant doesn't shout like that. Light call.",
    "- pt exam stress, MCQ Mon\n- sleeping 5h\n- ? stop studying at 10pm\n- f/u Tues",
    "Peer got an email from the medical school: 'Congratulations on completing your rural placement. Please complete the feedback survey.' She laughed that she'd be brutally honest about the aircon.",
    "Peer said the Battle's sign she saw on a trauma patient was the first time textbook met real life. Excited and a bit shaken.",
    "Peer is homesick during Chuseok and the family's video call made her cry. Talked about finding a Korean community event.",
    "He tell me in Nepal they say 'doctor is god' and here the patient argue with the doctor, he is surprise. We talk about patient autonomy. Interesting chat.",
    "Peer's friend group is planning a trip after exams and she can't afford it. Feels left out. Talked about honesty with friends and cheaper alternatives.",
    "Long rambling night note from me. I'm writing this at 5am after a long shift myself. Peer rang at 3am, she's on the surgical roster at a tertiary hospital and had been assisting in an emergency laparotomy. She said the patient almost died on the table and the anaesthetist was incredible. She is wired and shaky and can't sleep. She kept replaying the moment the blood pressure dropped. We did a breathing exercise together and talked about how her body is still in fight-or-flight. She said she hasn't called her mum in two weeks and feels guilty. She agreed to call her on the weekend. She's safe. Follow up after she sleeps.",
    "- peer on Ward 6 North\n- pt w/ Huntington's, peer found it sad\n- genetics reflection\n- ok\n- f/u prn",
    "Peer said watching Cathy Freeman's 400m run on YouTube before exams gives her courage. Sweet. Mood ok.",
    "She say the accommodation for the rural placement is share with six students and only one bathroom. Very hard in the morning. I suggest make a roster for the bathroom. She laugh.",
    "Peer is grateful for the Thursday morning teaching from the ICU team. Says it's the best of the week. Positive.",
    "Peer got a parking fine at the hospital for $120 and it was the last straw in a long week. Talked about appeal process and the real stress under it.",
    "Peer quoted the faculty notice: 'Lifeline 13 11 14 and the after-hours support line 1800 650 890 are available to all students.' She saved both numbers. Good.",
    "- pt re: drug calc error in OSCE station\n- gent dose 7mg/kg\n- panic ++\n- probably still passed\n- f/u after results",
    "He say he love the hospital food because it is cheap and warm. Funny. He is ok.",
    "Peer said she found the Torres Strait Islander cultural awareness day really moving and wants to do her elective on Thursday Island. Positive call.",
    "Peer is angry at the Friday 5pm deadline for the reflective essay when she's on nights. Helped her write an extension request.",
    "Night shift, 12:50am. Peer on the stroke unit said a patient with aphasia cried when she understood what he wanted. She cried too. Beautiful moment. She wanted to share.",
    "Peer said Frodo carrying the ring is how she feels about the research project. Laughed. Talked about breaking it into chunks.",
    "- peer re: sexual harassment on ward\n- reported to uni\n- feeling unsafe ++\n- safety plan made\n- f/u tomorrow",
    "She tell me she not understand why the consultant ask her 'what's the plan?' every time. I explain it's teaching method. She feel better.",
    "Peer passed her GAMSAT retake with a 68 and is over the moon. Happy call.",
    "Peer is nervous about her first time presenting at grand rounds in the lecture theatre. Practised with me on the phone. More confident.",
    "Long rural note. Peer rang from a small hospital in Tasmania's north-west on a Saturday. She's been on her rural term for ten weeks. She said she loves the community and has started volunteering at the local footy club as a trainer. But she also told me she had a bad week: a child presented with non-accidental injuries and she was part of the mandatory reporting. She has never been involved in anything like that. She's been thinking about the kid all week. We talked about vicarious trauma and using the debrief offered by the hospital social worker. She said she would. She is okay, no risk. Follow up next weekend.",
    "Peer said she binge-watched Squid Game during study week and now can't hear the 'red light, green light' song without panicking. Laughed. Fine.",
    "- pt on rural term -> Port Augusta\n- no friends yet\n- ? sport, community groups\n- f/u 2/52",
    "He tell me his medication for ADHD, the Vyvanse, is very expensive and not on PBS for adults. He is worry about money. I suggest talk with GP about options.",
    "Peer said the Korotkoff sounds practical was the first time she felt like a real doctor. Sweet.",
    "Peer says her church group meets on Wednesdays and she's missed three weeks because of the roster. Feels disconnected. Talked about asking for Wednesday evenings off.",
    "Peer quoted the chat: 'who's on the call roster for Easter Sunday? not me I hope lol'. She is on it. Laughed it off. Mood okay.",
    "Night note, 2:25am. Peer at the regional base hospital was asked to certify a death for the first time. She said it was quiet and strange. She felt a mix of calm and sadness. We talked about rituals. She's okay.",
    "Peer is grateful the faculty extended the assignment deadline after the floods. Relief. Low risk.",
    "- pt burnt out\n- studying 12h/day\n- hx: depression\n- ? GP, reduce hours\n- f/u 1/52",
    "She say she like the Sinulog festival at home and here she feel lonely in January. I suggest find the Filipino community group. She will look.",
    "Peer says her favourite basketballer, Patty Mills, makes her proud to be a hoops fan. Light chat while waiting for a bus.",
    "Peer rang from Sir Charles Gairdner after her shift because she was too tired to drive home. Talked about staying in the student accommodation or getting a lift.",
    "Peer said the new ward, 7 West, has great nurses but terrible wi-fi so she can't access the online resources. Practical issue.",
    "Long night note. Peer on her O&G term at a large women's hospital rang at 1:30am. She had been in a delivery where a mother had a postpartum haemorrhage and needed to go to theatre. She said there was so much blood she felt faint. The midwife told her to sit down and she felt embarrassed. The mother is okay. We talked about vasovagal responses and how this happens to many students and doctors. She said she feels like she's not cut out for O&G. We talked about how one night doesn't decide that. She's going to sleep. Follow up tomorrow.",
    "He say the patient with Tourette's was so funny and kind and teach him about the condition. He learn more than the textbook. Positive.",
    "Peer is anxious about the AHPRA registration and whether her history of anxiety will be a problem. Gave info about mandatory reporting thresholds and health practitioner support.",
    "- peer lost wallet on ward\n- found by security\n- relieved\n- f/u nil",
    "Peer says she loves the Wednesday morning grand round at the Austin because there's free coffee. Funny. Mood good.",
    "She tell me she very tired because her visa renewal and the exam is same time, and the immigration office ask many documents. I give her the international student office.",
    "Peer said the Virchow's triad question in the MCQ tripped her up and she's sure she got it wrong. Talked about letting go of single questions.",
    "Peer quoted a message from the class WhatsApp: 'Reminder: clinical skills lab open Saturday 10-2 for OSCE practice'. Went along, felt better.",
    "Peer likes to sing Lorde songs loudly in the car on the way home from nights. Said it's her therapy. Good.",
    "Night shift, 2am. Peer on the rehab ward said a patient had a fall and she was the first on the scene. He was okay. She's shaky. Reassured.",
    "- pt on rural rotation Mildura\n- heat + isolation\n- good support from GP supervisor\n- f/u 2/52",
    "Peer is worried about her weight gain on quetiapine and how it affects her confidence on the wards. Encouraged a conversation with her psychiatrist.",
    "He tell me the hospital is give free flu vaccine and he is scared of needle but he do it anyway. He proud. Funny chat.",
    "Peer rang during Holi to say her friends threw colour at her and she felt so happy. Good call.",
    "Peer said she reads Rumi before bed to calm her mind after shifts. Talked about what lines stuck with her.",
    "Peer says she's been rostered in Theatre 4 for the whole week and the surgeon plays heavy metal. She's grown to like it. Funny.",
    "- pt: exam clash (surgery written + psych OSCE)\n- emailed faculty\n- awaiting reply\n- f/u Thurs",
    "She say the new ward is very busy and the nurse say to her 'you're in the way' and she feel very bad. I say it's busy ward, not personal.",
    "Peer joked that the rural clinical school is like the Shire from The Hobbit: peaceful and full of food. She's loving it. Positive.",
    "Long night note. Peer rang me at 12:40am from the staff room of a regional ED. She had seen a young farmer with a serious hand injury from machinery. She said she was fine during it, helping with the tourniquet, but afterwards her hands started shaking. She was worried the team would think she was weak. We talked about the adrenaline drop and how normal it is. She also said she is behind on her logbook and stressed about the end-of-term sign-off. We talked about asking for help with that. She is okay. I'll call her in two days.",
    "Peer is frustrated that the weekly timetable is only released on Friday afternoons so she can't plan her casual shifts. Talked about asking the coordinator.",
    "- pt c/o insomnia since starting ED nights\n- hx: nil\n- sleep hygiene discussed\n- f/u 1/52",
    "Peer says her mum watches every episode of The Good Doctor and keeps asking if she's like Shaun Murphy. She laughs. Mood good.",
    "Peer's scholarship requires a 70 average and she got 68. Worried she'll lose it. Talked about appeals and options.",
    "He say the exam results come out at midnight and he is staying awake to check. I suggest sleep and check in the morning. He say no way. We laugh.",
    "Peer found out the rural placement has been extended by two weeks because of staffing. She's disappointed. Talked about what it means for her plans.",
    "Peer says her favourite part of the paediatric ward is the play therapist and the Lego. Nice call.",
    "Night shift, 3:15am. Peer called from the medical ward because the nurse yelled at her for not charting fluids properly. She cried. Talked about feedback vs hostility. She's okay.",
    "- pt re: SIM session on anaphylaxis\n- froze, adrenaline 0.5mg IM forgotten\n- embarrassed ++\n- reframed as learning\n- f/u prn",
    "She tell me the graduation ceremony is in December and her parents come from Colombo. She very excited but nervous about the final exam before. Positive.",
    "Peer described her supervisor as 'a Ted Lasso type' who believes in her more than she does. Lovely. Feels supported.",
    "Peer said the 24h study room at the medical library is her second home this month. Talked about balancing that with rest.",
    "Peer's mood has been up and down since starting the night roster. Talked about structure, meals and sunlight. No risk.",
    "Long rambling note, night shift. Peer rang at 1am from the ward's linen cupboard because she needed privacy. She had overheard two registrars discussing her performance in a negative way. She said she was ashamed and angry. She'd been trying so hard on the rotation. We talked about how overheard comments often lack context, and about whether she wanted to ask for feedback formally. She decided to wait until her mid-term assessment. She said she has been sleeping poorly and eating okay. No thoughts of self-harm. She finished her shift at 8am and texted me that she was heading home. Follow up tomorrow.",
    "- pt homesick, Fiji Day missed\n- video call w/ family helped\n- mood ok\n- f/u prn",
    "He say he watch the Champions League final at 5am and then go to the ward. Very tired but happy because his team win. Funny.",
    "Peer said the nurse unit manager on 4 South is a legend and gave the students a tour on day one. Positive.",
    "Peer's Christmas plans fell apart because of the roster. Talked about a Christmas lunch with other students who are stuck too.",
    "Peer is scared of the progress test because last year she scored in the bottom 10%. Made a study plan with her.",
    "Peer was relieved after the Friday feedback session went well. Said the consultant was 'weirdly nice'. Laughed.",
    "She tell me she try the yoga class on Tuesday evening at the hospital gym and it is very good for the stress. Positive.",
    "Peer asked if it's normal to feel nothing at all on the anatomy dissection days. Talked about coping mechanisms and emotional distance.",
    "Night note, 4am. Peer said the only thing keeping her awake on the ward is Red Bull and fear. Talked about alternatives and sleep after.",
    "- pt re: shared accommodation conflict (rural)\n- noise, dishes\n- ? house meeting\n- f/u 1/52",
    "Peer loves the Geordie surgeon on her team who calls everyone 'pet'. Funny detail. Low risk.",
    "He tell me he is worry about his English in the OSCE because the actors talk very fast. We practise some phrases together.",
    "Peer says the Tuesday teaching from the renal physicians is the best thing about the rotation. Positive.",
    "Peer said she's reading Chimamanda Ngozi Adichie on night breaks and it makes her feel less alone. Reflective.",
    "Peer is annoyed about the $90 parking permit at the rural hospital. Talked about reimbursement from the rural clinical school.",
    "Long rural note. Peer is on her rural generalist term in the Kimberley. She called me after a long day at the Aboriginal Medical Service. She said she saw a child with trachoma and felt angry that this still happens in Australia. We talked about her feelings and how to channel them. She said the community has been welcoming and the health workers are patient with her. She misses her partner in Perth. She's sleeping okay. No concerns. We agreed to talk again in two weeks.",
    "- pt: 1st week on ICU\n- overwhelmed by machines ++\n- normal\n- f/u end of week",
    "She say she very happy because she do the first lumbar puncture with the registrar watching and it work. She want to tell everyone.",
    "Peer says the exam invigilators at the convention centre were playing Elton John before the paper started and it calmed her. Nice detail.",
    "Peer is worried about her sister's health but says her family is handling it. Mostly talked about her own exam stress. No risk.",
    "Peer forwarded the notice: 'Ward 9A is under outbreak precautions; students are not to attend until further notice.' She's relieved and worried about missing days.",
    "Night shift, 12:10am. Peer had just finished a long handover and was asked to cover two wards. She felt overwhelmed. Talked about prioritisation and asking the reg. She's okay.",
    "Peer said she laughed so hard at Mr Bean on the plane back from placement that the person next to her asked if she was okay. Funny. Mood good.",
    "Peer said she keeps a quote from Florence Nightingale taped inside her locker on the ward and reads it before every night shift. Sweet detail, mood steady.",
    "- pt re-reading Atticus Finch bits from To Kill a Mockingbird on breaks\n- says it helps her be brave w/ consultants\n- mood ok\n- f/u prn",
    "She tell me her little brother love Naruto and she watch it with him on video call every Sunday even she is on rural placement. It make her calm.",
    "Peer said Dr Karl on the radio explaining sleep cycles was more useful than the whole sleep medicine lecture. Laughed. Talked about her own sleep on nights.",
    "Night shift, 2:45am. Peer texted that she feels like Sherlock Holmes chasing a diagnosis on a patient with fevers nobody can explain. Called her; she's buzzing rather than distressed. Reminded her to eat and hand over properly.",
    "Peer is a big fan of Ash Barty and said her retirement speech about choosing happiness over titles made her question whether she's in medicine for the right reasons. Long reflective chat, no risk.",
    "Quote from the cohort group chat the peer sent me: 'Gandalf energy from the consultant today: you shall not pass (the station)'. She laughed and then admitted she's nervous about the resit.",
    "He say he listen to Burna Boy every morning on the bus to the hospital because it remind him of home in Lagos. Good mood today.",
    "Peer said she re-watched Spirited Away and felt like Chihiro working in the bathhouse, new world, strange rules, everyone busy. That's the first term on the wards, we agreed.",
    "- pt obsessed w/ Jessica Mauboy's new album\n- sings on the drive to the rural clinic\n- mood ++ this wk\n- f/u 2/52",
    "Peer compared the surgical registrar to Gordon Gekko from Wall Street and then felt bad for saying it. Talked about the toxic moments on the team and what she can control.",
    "Peer said Kylie Minogue was playing in the theatre while they closed and the whole team sang along. Best day of the rotation.",
    "Peer says Yoda's 'do or do not' is on a sticky note above her desk for the exam block. Lighthearted call, she's prepared.",
    "Peer's dad keeps sending her clips of Ian Thorpe talking about mental health. She found it touching. Opened up a good conversation about how her family sees depression.",
]
