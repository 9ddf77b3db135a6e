# ruff: noqa: E501 — long notes are kept whole, one note per entry, as their authors wrote them
"""Held-out J, part 1: contact notes pasted from a structured app form (What happened / What helped / Risk / Follow-up), end-of-shift handovers between supporters, supporter group-chat logs with timestamps and quoting, notes describing social-media posts, screenshots and DMs, notes listing several people in one sentence, dictated notes with dictation artefacts, and notes dense with non-identifying numbers (money, scores, doses, times, wards, rooms, bus routes, course codes). Name cohorts mixed: Punjabi, Bengali, Malayali, Kannada, Sinhalese, Pakistani, Bangladeshi, Nepali, Tibetan, Hmong, Lao, Khmer, Karen and Chin, Javanese single names, Filipino, Samoan, Tongan, Fijian, Maori, Aboriginal and Torres Strait Islander, Greek, Italian, Irish, Scottish and Anglo-Australian nicknames, including everyday-word and lowercase names. Written blind; every identifier is invented."""

from __future__ import annotations

DIRECTORY_NUMBERS = ["000", "13 11 14", "1800 650 890", "1300 659 467", "(03) 9905 3020"]
STUDENT_ID_PATTERN = r"\b[A-Z]{3}\d{5}\b"

IDENTIFYING: list[tuple[str, str]] = [
    (
        "person_name",
        "What happened: peer failed the MED2011 OSCE re-sit, scored 58/100, pass mark 60. Says her dad Harjinder has already told the whole gurdwara she'll be a doctor by 2028. What helped: breathing, naming the shame. Risk: low, no SI. Follow-up: check in Thurs 4pm.",
    ),
    (
        "person_name",
        "passing on to you: the Bengali 3rd year from the Clayton group, goes by Rumi, still hasn't heard back about special consideration. I said you'd text him tomorrow after 10. he's fine for now, just wound up.",
    ),
    (
        "person_name",
        "[21:14] Priya S: anyone free to take a follow-up tmrw?\n[21:15] Tom: > anyone free to take a follow-up tmrw?\nme, who is it\n[21:15] Priya S: the Sinhalese guy from placement, Dilshan, he said he prefers a bloke\n[21:16] Tom: ok send the summary to the shared inbox not here",
    ),
    (
        "person_name",
        "peer showed me a screenshot of a group chat where her flatmates Shaz, Bronte and a guy called Davo were joking about her 'never leaving her room'. she felt humiliated. we talked about whether to raise it at the house meeting.",
    ),
    (
        "person_name",
        "dictated: met peer at the library café full stop he is worried about his younger brother anish who has been skipping school in year 10 full stop new line no risk identified full stop follow up next week",
    ),
    (
        "person_name",
        "Peer took 2 x 500mg paracetamol at 1am for a headache, not an overdose, clarified twice. Lives in room 14 on level 3. Ate $9 of Maccas. Her Tongan cousin Salote drives her to uni on the 737 days when the bus is late. Overall coping.",
    ),
    (
        "person_name",
        "What happened: argument with partner Kieran over moving to Bendigo for rural placement.\nWhat helped: making a pros/cons list.\nRisk: none.\nFollow-up: peer will email when she's decided.",
    ),
    (
        "person_name",
        "handover - peer from the Tibetan student society, Tenzin D., rang twice tonight, wants someone to go with him to the GP on Monday. I couldn't commit. over to you.",
    ),
    (
        "person_name",
        "Peer's registrar (Dr Okonkwo-Reilly) reportedly told him in front of the team that he 'wasn't cut out for surgery'. Peer in tears for most of the 40 min. Encouraged him to document it.",
    ),
    (
        "person_name",
        "She listed everyone at the dinner: her mum, Aunty Lanuola, her two brothers Ioane and Sefo, and the pastor. Said nobody asked how exams went. Felt invisible. Samoan family, very close, very loud.",
    ),
    (
        "person_name",
        "[08:02] Jess: morning all. the peer from last night (hope) messaged again\n[08:03] Raf: hope as in the name or hope as in hopefully lol\n[08:03] Jess: the name 🙃 she's ok, just wanted to say thanks\n[08:05] Raf: 👍 log it",
    ),
    (
        "person_name",
        "dictated note colon peer called micky not mickey comma says his housemate keeps taking his food full stop new paragraph worked through assertiveness script full stop",
    ),
    (
        "person_name",
        "Instagram story the peer showed me: a black square captioned 'done with all of it'. Posted by her friend Nimmi from the Kandy cohort, not by the peer. Peer worried about Nimmi; we went through how she could reach out and when to call 000.",
    ),
    (
        "person_name",
        "Peer got 14/20 on the pharm quiz, 62% overall, 3 hrs sleep, 4 coffees. Tutor Mr Pham Vang (Hmong, she said he gets it) offered an extension. Feeling a bit better.",
    ),
    (
        "person_name",
        "passing on to you: Macca from the rugby club (the peer's teammate, not the peer) is the one driving him home after placement, so if you can't reach the peer try around 6 when they're in the car. peer consented to this.",
    ),
    (
        "person_name",
        "What happened: peer's grandmother in Fiji passed away, can't afford flights ($1,450 return). Her cousin Mereani is organising the funeral.\nWhat helped: talking about the bula songs her nana used to sing.\nRisk: grief, no SI.\nFollow-up: compassionate leave info sent.",
    ),
    (
        "person_name",
        "Met in the Monash Hub, bench near the escalators. Peer (Sokha, Khmer background) said the anatomy demonstrator laughed at his accent. Sokha wants to make a complaint but is scared of being known.",
    ),
    (
        "person_name",
        "Peer described her lab group: Aroha, a Māori student who mostly carries the group, plus two guys who never turn up. Frustrated more than distressed. PHQ-2 of 1.",
    ),
    (
        "person_name",
        "DMs the peer showed me were from someone called 'Jules' threatening to share photos. Peer very scared. Walked her through eSafety reporting, encouraged police report. Risk moderate.",
    ),
    (
        "person_name",
        "dictated: peer is a fourth year full stop his uncle (Uncle Wiremu) is unwell in Rotorua and he's thinking of deferring full stop comma sorry delete comma new line follow up friday",
    ),
    (
        "person_name",
        "[13:40] Nat: quick q, can I mention to the peer's flatmate that I'm worried?\n[13:42] Hemi: no. not without consent\n[13:42] Nat: > not without consent\nyeah fair. it's just that Lalita said she'd keep an eye on her\n[13:43] Hemi: lalita is the flatmate? then still no",
    ),
    (
        "person_name",
        "Peer is Karen from Burma — ethnic group, not a name, clarified — and his name is Saw Eh Htoo. Arrived via Mae La camp as a kid. Today he mostly wanted to vent about ward rounds on 6 North.",
    ),
    (
        "person_name",
        "Long call. Peer's mum called him at 2am three nights in a row because his dad had been drinking. He has the EMS2052 exam on Wednesday at 9:30 in Building 64. He mentioned Aunty Rupinder has offered him her spare room in Dandenong for the week and he's considering it. We talked about sleep, about whether he feels safe going home, and about the fact that he keeps apologising for 'wasting my time'. Risk: no thoughts of self-harm; worried about mum. Follow-up: will text Thursday.",
    ),
    (
        "person_name",
        "Handover to Sam from Ash, 11pm: peer is a Chin student, Van Lian, prefers Lian. Was upset about his visa renewal. Calmer at end. Don't bring up the family back in Hakha unless he does.",
    ),
    (
        "person_name",
        "the peer forwarded me a TikTok of a girl crying in her car captioned 'medicine is killing me' and said 'that's literally Ana from our year'. wants to know if she should say something. she's not sure Ana knows she's seen it.",
    ),
    (
        "person_name",
        "She rattled off her flatmates in one breath: Giorgos, who's loud, Efi, who's never home, and a Scottish postgrad called Fraser who plays bagpipes at 7am (not a joke). Sleep 4h a night. Laughing through it but clearly exhausted.",
    ),
    (
        "person_name",
        "What happened: peer dropped out of netball because coach Theresa kept picking on her weight.\nWhat helped: validating.\nRisk: some restricting, no purging. Discussed Butterfly line.\nFollow-up: 1 week.",
    ),
    (
        "person_name",
        "Davo (peer's older brother) rang the peer drunk at the pub and had a go at her about 'being too good for the family now'. She's got rural placement in Mildura and it's her first week. Cried, then laughed. Fine by the end.",
    ),
    (
        "person_name",
        "Group chat paste —\n[19:02] Leilani: peer cancelled, rebooked Mon\n[19:03] Kofi: thanks. did she say why\n[19:05] Leilani: exam clash. she's fine\n(Leilani is the supporter, peer not named in thread)",
    ),
    (
        "person_name",
        "peer's tutor for the PBL group is Dr Sandhu. peer says Dr Sandhu marked her down on purpose. we talked about how to ask for feedback rather than assume.",
    ),
    (
        "person_name",
        "Peer says she's the only one in the house who cleans. Listed: Paddy, Siobhan and 'the other Irish one whose name I can never remember'. Rent $240/wk each. We drafted a chore roster.",
    ),
    (
        "person_name",
        "dictated: peer mentioned her daughter grace is 4 and has started kinder full stop she feels guilty about being on nights full stop new line discussed childcare subsidy",
    ),
    (
        "person_name",
        "Screenshot of a Facebook post the peer showed me: her ex, Ravindu Jayasekara, tagged her in a 'throwback' photo with a nasty caption. Peer has blocked him now. Talked about boundaries.",
    ),
    (
        "person_name",
        "What happened: panic attack in the ED during shift on the 3rd floor.\nWhat helped: 5-4-3-2-1 grounding, water, sitting in the staff room.\nRisk: nil.\nFollow-up: she'll see the uni GP, Dr Lwin, next week.",
    ),
    (
        "person_name",
        "handover: 'Bunny' is the peer's nickname, she asked to be called that in follow-ups. lives with nan. needs a call after 5.",
    ),
    (
        "person_name",
        "Peer (Javanese, single name Sutrisno) says his landlord keeps entering without notice. Rent $310/fortnight. Gave him the Tenants Victoria number and info on notice periods.",
    ),
    (
        "person_name",
        "[22:31] Mo: I'm out of my depth with this one\n[22:31] Mo: peer saying he's 'not going to be around for the exam'\n[22:32] Aisha: call me now\n[22:40] Aisha: ok sorted. Mo stayed on with him, we called 13 11 14 together. for the log: peer is Arjun, 2nd yr",
    ),
    (
        "person_name",
        "She said the team-mates who'd noticed were Kalani, Tevita and the physio, Bec. Nobody from uni knows. Plays rugby 7s twice a week, 2 injuries this season. Low mood since the concussion.",
    ),
    (
        "person_name",
        "dictated: the peer's name is Rosa spelled R O S A full stop she is nervous about her first clinical rotation at the Alfred full stop",
    ),
    (
        "person_name",
        "Peer described being iced out by the other interns. Names given: Caoimhe, Lachlan and 'Big Rob'. She's on Ward 4C, nights, 10 shifts in a row. Exhausted, angry, not unsafe.",
    ),
    (
        "person_name",
        "What happened: Pema's visa was refused and she has 28 days to leave.\nWhat helped: practical plan, migration agent contacts.\nRisk: moderate distress, no SI.\nFollow-up: 2 days.",
    ),
    (
        "person_name",
        "peer's sister Bishnu (Nepali, older, lives in Sydney) is the only family member who knows about the depression. peer relies on her a lot. we talked about widening the circle.",
    ),
    (
        "person_name",
        "DM the peer showed me from 'Mr Ferraro' - her clinical supervisor - at 11:48pm asking if she 'wanted to grab a drink'. Uncomfortable. Discussed reporting lines; she'll think about it.",
    ),
    (
        "person_name",
        "Peer is Lao, his friends call him Noy. He's been gaming until 4am and sleeping through his 9am tutes. Said it's the only time he feels like himself.",
    ),
    (
        "person_name",
        "Handover notes (end of shift, Wed):\n- peer 1: fine, no follow-up\n- peer 2: wants a call back. prefers to be called Jack (legal name different)\n- peer 3: referred to CAPS\nPassing on to you, cheers.",
    ),
    (
        "person_name",
        "Peer's Filipino tita, Tita Marites, has been sending her Bible verses every morning and she's finding it sweet but also a bit much. Mostly we laughed. Exam stress, 2 weeks out.",
    ),
    (
        "person_name",
        "peer says his best mate Tama (from the Kapa haka group) noticed he wasn't eating and told him to reach out. good mate. peer low but engaged.",
    ),
    (
        "person_name",
        "Multi-number note: 5 ED shifts, 48 hrs, $0 pay (unpaid placement), 2 hrs commute on the 900 bus, sleep avg 5h. Peer's partner Jasmeet is covering rent. Peer feels guilty.",
    ),
    (
        "person_name",
        "dictated: peer said her aboriginal mentor aunty june has been amazing full stop she's connected to the indigenous health unit full stop no risk",
    ),
    (
        "person_name",
        "[17:05] Kez: heads up, the peer you saw monday (the Greek one) mentioned you by name to me\n[17:06] Ollie: oh?\n[17:06] Kez: said 'Ollie was really kind'. thought you'd like to know\n[17:07] Ollie: 🥹 ok. she's Eleni right\n[17:07] Kez: yep",
    ),
    (
        "email",
        "What happened: peer wants a written summary of what we discussed.\nWhat helped: agreeing what goes in it.\nRisk: none.\nFollow-up: send to her personal address, kiran.bhullar94@gmail.com, not the uni one.",
    ),
    (
        "email",
        "dictated: peer's email is tashi dot dolkar at outlook dot com full stop send the CAPS leaflet there full stop",
    ),
    (
        "email",
        "passing on to you: peer asked for the referral info by email - rehana_k_2001 (at) hotmail (dot) com. I haven't sent it yet, sorry, ran out of time.",
    ),
    (
        "email",
        "[20:11] S2: peer gave me her email to send the hardship form\n[20:11] S2: mele.fifita.t@yahoo.com.au\n[20:12] S4: pls don't post that in here 😬 delete and put it in the case file",
    ),
    (
        "email",
        "Peer showed me an email he'd received from an anonymous address, hatesmedstudents@protonmail.com, listing his failed units. Scary. Reported to IT security and the faculty.",
    ),
    (
        "email",
        "Form paste — Follow-up: peer prefers contact via email only, sione . vaipulu @ icloud . com, no calls because her dad checks her phone.",
    ),
    (
        "email",
        "Peer forwarded me a chain of 14 emails between her and the placement coordinator. The most recent came from her partner's address, dinesh.perera.work@gmail.com, because she'd been locked out of hers. 3 placement swaps refused. Frustrated.",
    ),
    (
        "email",
        "She wants the safety plan emailed: b-i-n-d-u underscore m-e-n-o-n at gmail. spelled it out twice for me.",
    ),
    (
        "email",
        "Handover: peer (the Kannada postgrad) asked for a follow-up email rather than a call — shreyas.gowda.k@bigpond.com. he'll reply by Friday.",
    ),
    (
        "email",
        "What happened: peer's ex set up a fake email, sad.maddie.loves.u@gmail.com, to keep contacting her after she blocked him.\nWhat helped: eSafety steps.\nRisk: moderate.\nFollow-up: 48h.",
    ),
    (
        "email",
        "dictated: his email is ngata underscore rangi at live dot com dot au comma please send the group schedule full stop new line",
    ),
    (
        "email",
        "The DM had a link to 'contact me' and an address: jimmy.tran.investments@gmail.com. Looks like a scam targeting international students. Peer lost $600. Referred to Scamwatch and the bank.",
    ),
    (
        "email",
        "Peer asked me to write it down for her: p.kyaw2003 at yahoo dot com — she's Karen, has trouble with the uni portal, wants resources there instead.",
    ),
    (
        "email",
        "Two numbers, four dates, and one email address in her notes: 90 minutes of study, $55 on textbooks, exams on 3, 7, 10 and 14 Nov (unit dates, nothing personal), and she wants the summary sent to lucia.romano.96@outlook.com.",
    ),
    ("phone", "Peer gave me her mobile for follow-up: 0412 559 803. Best after 6pm."),
    (
        "phone",
        "dictated: call him back on oh four three one, two two seven, nine six four full stop not before ten am",
    ),
    (
        "phone",
        "passing on to you: peer's number is 0438-117-620, she's expecting a call Tuesday arvo. go gently, she's had a rough week.",
    ),
    (
        "phone",
        "[19:55] S1: peer wants a callback, 0402 918 377\n[19:56] S3: > 0402 918 377\nnumbers go in the case file not the chat pls\n[19:56] S1: oops sorry, deleting",
    ),
    (
        "phone",
        "What happened: peer's mum in Dhaka keeps calling at 3am our time.\nWhat helped: setting do-not-disturb hours.\nRisk: nil.\nFollow-up: peer asked me to ring her on +880 1712 345 678 while she's over there for the break, declined politely (only AU numbers).",
    ),
    (
        "phone",
        "Peer's landlord's number (he asked me to keep it in case the dispute escalates): (03) 9546 2231. Rent $290/wk, 3 months arrears claimed.",
    ),
    (
        "phone",
        "She showed me a text from an unknown number, 0477 302 115, saying 'I know where you park'. Referred to campus security (and police). Risk high-ish for safety, not self-harm.",
    ),
    ("phone", "Form — Follow-up: call peer on +61 421 660 094 Thursday 4pm."),
    (
        "phone",
        "dictated: new line peer's sister's number in case of emergency colon zero four nine nine, three eight one, two zero two full stop",
    ),
    (
        "phone",
        "Handover: peer on nights at Monash Medical Centre (Ward 21), wants a text not a call, 0416 883 291. She'll reply between 7 and 8am after handover.",
    ),
    (
        "phone",
        "The flyer the peer photographed had a tear-off strip with 'Tutoring $40/hr — call Ravi 0455 671 209'. She tried it, guy was creepy. Reported.",
    ),
    (
        "phone",
        "Peer is Fijian, parents in Suva, he gave me his dad's number +679 992 4518 in case we can't reach him. Explained we wouldn't call family without consent except in emergency.",
    ),
    (
        "phone",
        "So many numbers in this one: 3 exams, 2 placements, $1,200 in fees owed, 1300 659 467 (given to peer), 13 11 14 (given), and her home landline (02) 6284 7719 because her mobile is broken.",
    ),
    (
        "phone",
        "she reads her number as oh-four-one-oh, five-five-five, seven-three-one... actually it's 0410 555 731 with the fives. call after her 2pm lecture.",
    ),
    (
        "url",
        "Peer showed me the GoFundMe her cousin set up for her dad's funeral: gofundme.com/f/bring-uncle-manu-home-to-tonga. She's embarrassed by it.",
    ),
    (
        "url",
        "What happened: peer found a blog post about her, written by an ex: https://medium.com/@anon_truths/the-med-student-who-cheated-4f2a91\nWhat helped: planning takedown request.\nRisk: moderate.\nFollow-up: tomorrow.",
    ),
    (
        "url",
        "passing on to you: peer wants us to read his Google Doc before the next session — docs.google.com/document/d/1xR7kPq_vLm2Nh8ZtQw9/edit — it's his 'letter to the faculty'. I haven't opened it.",
    ),
    (
        "url",
        "[16:20] S2: the peer posted her story on her blog, said we could read it\n[16:20] S2: https://lotusandthestethoscope.wordpress.com/2025/08/why-i-nearly-quit\n[16:22] S4: I'll read it before our session 💙",
    ),
    (
        "url",
        "Screenshot of a LinkedIn profile, linkedin.com/in/dr-aiden-macleod-rmo, the peer says this registrar has been messaging her. Discussed reporting.",
    ),
    (
        "url",
        "dictated: the link is w w w dot facebook dot com slash sokhom dot chea dot 7 full stop that's where the harassment was posted full stop",
    ),
    (
        "url",
        "Peer's fundraiser for her brother's surgery is at https://www.chuffed.org/project/help-tenzin-walk-again — she wants to know if it's OK to share in the med society chat.",
    ),
    (
        "url",
        "What happened: someone made a fake Instagram account with her photos, instagram.com/real.ana.tuilagi_\nWhat helped: reporting flow.\nRisk: moderate distress.\nFollow-up: 2 days.",
    ),
    (
        "url",
        "Handover: peer sent a YouTube link to a video her ex posted of her crying, youtu.be/Qz8fL2kP0aX — do NOT share further, flagged to eSafety. Peer is safe at her aunt's.",
    ),
    (
        "url",
        "Peer showed me the Reddit post, reddit.com/r/melbourne/comments/1b9xk2q/my_flatmate_keeps_stealing, written by her flatmate, about her. She's mortified.",
    ),
    (
        "url",
        "She'd made a Linktree for her art business — linktr.ee/pemaddraws — and wanted to know if promoting it would look unprofessional to the faculty.",
    ),
    (
        "url",
        "The DM contained a Dropbox link, dropbox.com/s/7hq2lk9/malia_photos.zip, that the sender claimed had private photos of the peer. She hasn't opened it. Police report advised.",
    ),
    (
        "url",
        "Peer has 4 subjects, 2 x 3000-word essays, 1 quiz, and she runs a Substack (kavyawrites.substack.com) with 80 subscribers that she's thinking of shutting because a lecturer found it.",
    ),
    (
        "social_handle",
        "Peer showed me DMs from @jaz.kaur.x on Instagram, an old school friend, saying horrible things about her weight.",
    ),
    (
        "social_handle",
        "passing on to you: peer said the harassment is coming from a TikTok account, @medschoolexposed_mel, which she thinks is a classmate. she's screenshotted everything.",
    ),
    (
        "social_handle",
        "[14:02] S1: the peer from tuesday says a u/ account is posting about her\n[14:02] S1: u/thrwaway_bendigo_md\n[14:03] S3: take it out of the chat pls, we don't keep handles here",
    ),
    (
        "social_handle",
        "dictated: peer's snapchat is at sign lani underscore fono full stop she prefers follow-ups there apparently comma told her we can't full stop",
    ),
    (
        "social_handle",
        "What happened: peer's Discord friend, gamertag 'xXKhmerKnightXx', said in a server he was 'going to end it tonight'.\nWhat helped: peer contacted Discord trust & safety, called 000.\nRisk: to friend, high.\nFollow-up: check on peer tomorrow.",
    ),
    (
        "social_handle",
        "Screenshot from X (Twitter): @dr_tenzing_rmo quote-tweeted the peer's thread about burnout with 'cry more'. Peer upset, considering deleting account.",
    ),
    (
        "social_handle",
        "Peer plays Valorant most nights till 3am with a guy whose tag is 'VanLianHakha#4412'. Says he's her only friend here. Gaming as coping, not clearly harmful.",
    ),
    (
        "social_handle",
        "Handover: peer wants to stay in touch via Insta (@koa.hau.med). Explained we only use the booking system. She was understanding.",
    ),
    (
        "social_handle",
        "Group chat the peer showed me: someone called 'bengali_baddie_03' had added her to a chat called 'med girls roast'. 19 members. Ongoing bullying.",
    ),
    (
        "social_handle",
        "She's being followed by a burner, @punjabi.prince.0042, which she thinks is her ex. 3 new accounts this month. Blocked all.",
    ),
    (
        "social_handle",
        "Peer's brother streams on Twitch as twitch.tv/sefo_plays, and said in a stream that the peer was 'a failure'. 600 viewers. She's devastated.",
    ),
    (
        "social_handle",
        "TikTok account the peer wants reported: @nepalimedstudent_real — someone impersonating her. 2.1k followers already.",
    ),
    (
        "social_handle",
        "dictated: her discord is mai underscore hmong hash one two three four full stop that's who was messaging her late at night full stop new line flagged",
    ),
    (
        "ip_address",
        "Peer showed me the Microsoft security alert: sign-in to her uni account from 185.220.101.47, location Germany. She's never been there. Helped her reset password and contact IT.",
    ),
    (
        "ip_address",
        "What happened: peer thinks her ex is logging into her email.\nWhat helped: checking recent activity — logins from 203.45.118.92 which matches his home internet she says.\nRisk: moderate, coercive control.\nFollow-up: safety planning 2 days.",
    ),
    (
        "ip_address",
        "dictated: the IP in the screenshot was one twenty one dot two hundred dot eighteen dot seven full stop peer says that's her old flat's wifi full stop",
    ),
    (
        "ip_address",
        "passing on to you: peer is convinced someone in the anatomy group is behind the anonymous Moodle posts. the forum admin apparently told her the posts came from 10.14.233.58 (uni network). she's going to the faculty.",
    ),
    (
        "ip_address",
        "[10:30] S2: the peer's account got hacked, alert said 49.176.22.130\n[10:31] S4: ok but don't put the IP in here\n[10:31] S2: > don't put the IP in here\nfair, removing",
    ),
    (
        "ip_address",
        "Someone doxxed the peer on a forum: posted her suburb, her uni, and the line 'her IP is 101.188.67.214 lol'. She's terrified. Police report, eSafety, uni security all discussed.",
    ),
    (
        "ip_address",
        "Peer got a threatening email and the header showed it originated from 58.96.14.203. He wants to take it to the police. 2 previous threats, same wording.",
    ),
    (
        "ip_address",
        "Form — What happened: peer's gaming account hacked, the Steam alert listed 2001:8003:1c4a:e100:5d2:9b1f:aa10:3c7e as the new login. Lost $340 of skins.\nRisk: none.\nFollow-up: no.",
    ),
    (
        "ip_address",
        "Peer manages her family's small business website and found her uncle's home IP, 124.168.9.77, in the logs posting nasty comments about her. Family conflict is the real issue.",
    ),
    (
        "ip_address",
        "Handover: the peer with the stalker — she's been given a router log showing a device at 192.168.1.23 on her home wifi that isn't hers. She thinks her flatmate gave the password out. Feeling unsafe at home.",
    ),
    (
        "ip_address",
        "She reads out numbers like she's reading a chart: 120/80, HR 96, PHQ 15, and then '110.33.141.6, that's the one that logged in to my Instagram at 3am'. Security steps done.",
    ),
    (
        "ip_address",
        "Screenshot of the anonymous confession page admin reply: 'post came from 27.32.190.115, not tracing it further'. Peer wants the page taken down.",
    ),
    (
        "ip_address",
        "dictated: new line the login came from ip one five nine dot one nine six dot four dot two two full stop she doesn't recognise it full stop",
    ),
    (
        "student_id",
        "What happened: peer's special consideration was lodged under the wrong number.\nWhat helped: finding the correct one, PMR48213.\nRisk: none.\nFollow-up: faculty office Mon.",
    ),
    (
        "student_id",
        "passing on to you: peer asked us to pass her student number to the disability office - it's KTS20917 - only with her written consent, which I have in the file.",
    ),
    (
        "student_id",
        "dictated: student number is capital H capital L capital D three seven four zero two full stop",
    ),
    (
        "student_id",
        "[11:45] S3: peer asked if we can look up his results\n[11:46] S3: he gave me RVD55120\n[11:46] S1: we can't and pls don't post IDs here",
    ),
    (
        "student_id",
        "Peer's ID card photo was posted in a Snapchat group by someone mocking her, with her number SNG61288 clearly visible. Distressed. Asked for a replacement card.",
    ),
    (
        "student_id",
        "Form paste — Follow-up: escalate to Academic Progress, case ref under TMA30655 (peer's student no.), hearing next week.",
    ),
    (
        "student_id",
        "Numbers everywhere: 3 units (MED2011, MED2022, MED2042), 24 credit points, WAM 61.4, and her student ID JBK72044 on the letter she showed me from the Dean.",
    ),
    (
        "student_id",
        "Handover: the peer whose enrolment got cancelled for unpaid fees ($3,420) — ID LFT09183. Student services are reinstating. Needs a check-in tomorrow.",
    ),
    (
        "student_id",
        "peer is at La Trobe too for a joint unit, his LTU number is 21984375 and the Monash one is WAH48701, he's mixed up which portal has his grades.",
    ),
    (
        "student_id",
        "She read the ID off the exam docket: GKN33590, seat 214, Hall B, 9:30am. Anxious it would be wrong. It was fine.",
    ),
    (
        "student_id",
        "dictated: peer said his number is E D W four four one nine two full stop he's worried the plagiarism flag is on the wrong student full stop",
    ),
    (
        "student_id",
        "Screenshot of the email from the exams office: 'Dear student CRM81126, your re-sit has been scheduled'. Peer confused why it didn't use her name.",
    ),
    (
        "student_id",
        "The peer is an exchange student from UQ, uni ID s4491207, and wanted to know if our service covers her. It does.",
    ),
    (
        "medicare",
        "What happened: peer's Medicare card was lost with her wallet.\nWhat helped: photo of old card, 6773 38578 1.\nRisk: none.\nFollow-up: Services Australia appt.",
    ),
    (
        "medicare",
        "dictated: medicare number six four six three zero nine three six nine six full stop irn two full stop peer wants it on the referral full stop",
    ),
    (
        "medicare",
        "passing on to you: peer asked us to pass her Medicare to the GP she's booked with (4392 72797 2, IRN 1). I said she needs to bring the card herself, we don't pass that on.",
    ),
    (
        "medicare",
        "[15:02] S2: peer sent a photo of her medicare card by accident\n[15:03] S2: 2048 34575 9\n[15:03] S4: oh no delete delete\n[15:04] S2: done, sorry",
    ),
    (
        "medicare",
        "Peer's GP bill showed 'Medicare no: 5448146754, ref 3' and a gap fee of $47.60. She wanted help understanding the gap.",
    ),
    (
        "medicare",
        "Long one. Peer had an ED presentation last week (chest pain, turned out to be anxiety). She's embarrassed and scared that the hospital will tell the uni. She showed me the discharge summary on her phone — Medicare 3218 76146 7, ward ED short stay, 4 hours. We went through confidentiality, what hospitals share and don't, and what the fitness-to-practise rules actually say. She relaxed a lot. Follow-up Friday.",
    ),
    (
        "medicare",
        "Handover: peer on a student visa, just got her first Medicare card via the reciprocal agreement (she's Irish), number 6717 10619 2. She wants to know if it covers psychologist sessions. It partly does.",
    ),
    (
        "medicare",
        "Form — Follow-up: peer to book a mental health care plan; she's giving the clinic Medicare 2022 80853 5 / 1 over the phone.",
    ),
    (
        "medicare",
        "She's carrying her mum's card too — 6095 87377 4 — because her mum doesn't speak English and she handles all the appointments. Carer load is huge.",
    ),
    (
        "medicare",
        "peer photographed the pharmacy receipt: Medicare No 4611754447 IRN 4, escitalopram 10mg x 28, $31.60. Wanted to know if the safety net will kick in.",
    ),
    (
        "medicare",
        "dictated: the card number is four two eight one space four seven one two five space four full stop new line she's worried it was stolen full stop",
    ),
    (
        "medicare",
        "The form the peer filled in for the psych referral had her Medicare on it (6885906484) and she left it in the library printer. Panicking. We called the library desk, they had it.",
    ),
    (
        "medicare",
        "Handover: just so you know, the peer showed me her medicare card for the bulk billing question — 2433 59785 6. Not recorded anywhere else.",
    ),
    (
        "tfn",
        "What happened: peer got a scam call claiming to be the ATO.\nWhat helped: checking myGov together.\nRisk: none.\nFollow-up: she'd already given them her TFN, 110 463 767 — reported to ATO.",
    ),
    (
        "tfn",
        "passing on to you: peer wants help filling in the Centrelink form. she read out her TFN (625 849 391) before I could stop her. didn't write it anywhere else.",
    ),
    (
        "tfn",
        "dictated: tax file number two five five four five eight eight six three full stop she wants to know why her pay is taxed so high full stop",
    ),
    (
        "tfn",
        "[09:47] S1: peer's employer has her TFN wrong on the payslip, 799 494 645\n[09:48] S3: please don't put those in the chat",
    ),
    (
        "tfn",
        "Payslip photo the peer showed me: 38 hours, $1,083.00 gross, $214 tax, TFN 778 427 200. She thinks she's been overtaxed because she ticked the wrong box.",
    ),
    (
        "tfn",
        "Handover: the peer with the dodgy employer at the restaurant — he's asked her for her TFN (811578956) and hasn't paid super in 6 months. Referred to Fair Work.",
    ),
    (
        "tfn",
        "Form paste — What happened: identity theft, someone used her TFN 336-992-622 to lodge a return.\nWhat helped: ATO identity team contact.\nRisk: distress moderate.\nFollow-up: 3 days.",
    ),
    (
        "tfn",
        "Peer is Bangladeshi, first job in Australia, at a warehouse, 20 hrs a week (visa max 48/fortnight), TFN 651 598 347 on the onboarding form she asked me to check. We checked it together.",
    ),
    (
        "tfn",
        "she wrote her TFN on a sticky note on her monitor, 300 867 550, and her flatmate photographed it 'as a joke'. Peer upset. Talked about trust and the ATO steps.",
    ),
    (
        "tfn",
        "dictated: new line TFN is seven one zero zero zero seven one one five full stop centrelink keeps rejecting it full stop",
    ),
    (
        "tfn",
        "The tax agent email the peer showed me: 'Client TFN: 775467854, refund estimate $1,240'. She needs that money for rent and is anxious about the delay.",
    ),
    (
        "tfn",
        "Peer showed me her Youth Allowance letter (Centrelink) with TFN 314 909 279 on it. She's been cut off because of her partner's income.",
    ),
    (
        "tfn",
        "Handover: peer at the uni bar job gave me her TFN when asking about the tax-free threshold — 118 878 513. I've not recorded it. Just flagging for the next shift that she needs help with tax.",
    ),
    (
        "date",
        "What happened: peer's court date for the AVO is 17 March.\nWhat helped: court support info.\nRisk: moderate, ex has breached before.\nFollow-up: before the hearing.",
    ),
    (
        "date",
        "dictated: peer's birthday is the twenty third of august two thousand and three full stop she's dreading it this year full stop",
    ),
    (
        "date",
        "passing on to you: the peer whose brother died — funeral was 4/9/2025. anniversary stuff may come up. go gently.",
    ),
    (
        "date",
        "[18:03] S2: peer's mum passed on the 12th of June last year, she wants us to know so we don't book her that week\n[18:05] S4: noted, thanks",
    ),
    (
        "date",
        "Form — Risk: peer was admitted to the Alfred psych unit on 2 Feb 2024 after an overdose. Currently well. Follow-up: weekly.",
    ),
    ("date", "Peer (DOB 07/11/2001) asked if her age affects the hardship grant. It doesn't."),
    (
        "date",
        "Handover: peer's magistrates' court hearing is on Thursday 21 August at 10am, drink driving. He's terrified it'll end his career. Needs a check-in the day before.",
    ),
    (
        "date",
        "Screenshot of the Facebook memorial page the peer showed me: 'In loving memory, 1998 – 14 January 2025'. It's her cousin. She hasn't grieved yet.",
    ),
    (
        "date",
        "Peer was born 29 Feb 2000, leap day, and always gets teased. This year she turns '6'. Lighter chat, mood good.",
    ),
    (
        "date",
        "Lots of numbers: 3 night shifts, 2 x 12h days, 55 kg, 4 coffees, and the date she was discharged from hospital, 30.05.2023, which she keeps coming back to.",
    ),
    (
        "date",
        "dictated: discharge was on the first of october full stop she says the anniversary is coming up full stop new line risk low full stop",
    ),
    (
        "date",
        "Peer's grandmother in Kerala died on 8 Dec; she couldn't fly back. Ammachi raised her. Grieving, guilty, exams on.",
    ),
    (
        "date",
        "She said her father's deportation hearing is set for 03-04-2026 at the AAT. 'After that we'll know.' Anxiety very high.",
    ),
    (
        "street_address",
        "What happened: peer was locked out of her flat at 14/220 Clayton Rd.\nWhat helped: calling the landlord together.\nRisk: none.\nFollow-up: no.",
    ),
    (
        "street_address",
        "dictated: peer lives at forty two wattle grove comma narre warren full stop she wants the letter sent there not to the uni full stop",
    ),
    (
        "street_address",
        "passing on to you: peer has moved to her aunt's at 7 Karrakatta St, Dandenong North. if there's a welfare concern that's where she is.",
    ),
    (
        "street_address",
        "[23:12] S1: peer says she's not safe at home, she's going to stay at 88 Lygon St Carlton with a friend\n[23:13] S3: ok we don't need the address in here, but good she has somewhere",
    ),
    (
        "street_address",
        "Form — Follow-up: peer wants the hardship fund cheque posted to Unit 3, 19 Beaconsfield Pde, St Kilda 3182.",
    ),
    (
        "street_address",
        "Screenshot from the peer's Marketplace listing — 'pickup from 5 Coolabah Ct, Berwick' — which her stalker then turned up to. Police involved.",
    ),
    (
        "street_address",
        "Handover: the peer in the overcrowded share house — 11 people, 4 bedrooms, 63 Princes Hwy, Springvale. Rent $180/wk each. Unsafe, referred to tenancy services.",
    ),
    (
        "street_address",
        "Peer is doing rural placement and staying on a farm: 1420 Wangaratta-Whitfield Road, Oxley. No phone reception after 7pm so texts may be delayed.",
    ),
    (
        "street_address",
        "She listed all the addresses she's lived at this year — too many to list here, but the current one is 2/9 ashburn grove, ashburton. 6 moves in 12 months. Housing instability is the core issue.",
    ),
    (
        "street_address",
        "dictated: the address is unit twelve slash thirty one burwood highway burwood full stop she's there from monday full stop",
    ),
    (
        "street_address",
        "Numbers galore: bus 733 then 742, 45 min each way, room 3.17 in the Learning Centre, $14 lunch, and she's moving to 54 McCrae Street, Bendigo next month for the rural year.",
    ),
    (
        "street_address",
        "Peer's ex has been parking outside her place (18 Gordon Ave, Oakleigh East) every night this week. Safety planning, police notified.",
    ),
    (
        "street_address",
        "Handover: peer asked us to send the book she left to her new place, Flat 6, 2 Darling St, South Yarra. We don't do postage — let her know gently.",
    ),
    (
        "person_name",
        "What happened: peer's flatmate Gurpreet moved out without paying the last 2 weeks ($560).\nWhat helped: VCAT info.\nRisk: nil.\nFollow-up: none.",
    ),
    (
        "person_name",
        "passing on to you: will — the peer, Will, not a typo — needs a call tomorrow. he's the one who asked about withdrawing before census date.",
    ),
    (
        "person_name",
        "dictated: peer's boyfriend comma whose name is river comma has been really supportive full stop no risk full stop",
    ),
    (
        "person_name",
        "[20:40] S2: anyone seen the peer Summer today? she missed her slot\n[20:41] S4: the 4th year? she messaged me, she's sick\n[20:41] S2: ok phew",
    ),
    (
        "person_name",
        "Peer listed who's in her PBL: Tasnim, Farhan, Joy, Nikolaos, Rhys and 'a quiet girl from Bhutan'. Only Joy talks to her outside class.",
    ),
    (
        "person_name",
        "Screenshot of Messenger: her mum (saved as 'Ammu') asking 'why you not call' 11 times in a row. Peer laughing but also overwhelmed. Bangladeshi family, she's the eldest.",
    ),
    (
        "person_name",
        "Handover — the peer (Baz, Anglo-Aussie, 5th year) wants a follow-up after his rural allocation comes out. Says he's fine but he said that last time too.",
    ),
    (
        "person_name",
        "Form paste —\nWhat happened: peer's supervisor Dr Fitzgerald-Kaur refused sign-off for the 3rd time.\nWhat helped: email template.\nRisk: low.\nFollow-up: after meeting.",
    ),
    (
        "person_name",
        "peer's youngest sister Faith has a heart condition and is at the Royal Children's this week. peer can't concentrate. wants to defer the OSCE.",
    ),
    (
        "person_name",
        "She mentioned everyone at once: her coach (Sina), her captain (Ofa), two team-mates (Losana and Mere), and her physio. All Tongan or Fijian netball girls, she's the only med student. They're her rock.",
    ),
    (
        "person_name",
        "dictated: the peer's cousin is called sunny comma s u n n y comma and he's the one who drove her to hospital full stop",
    ),
    (
        "person_name",
        "Peer showed me an Instagram post of her dad's restaurant with 200 comments, one from a 'Mrs Kostopoulos' saying 'your daughter will never be a real doctor'. Neighbour drama. Very hurt.",
    ),
    (
        "person_name",
        "[07:55] S1: morning. peer from last night — she said to tell 'the nice one, Ruby' thanks\n[07:56] S5: that's me 😊\n[07:56] S1: > that's me 😊\nlog it as a follow-up if you want",
    ),
    (
        "person_name",
        "Peer said the consultant on 8 West, Prof. Jayawardena, is a legend and made her feel welcome. Rare good news day.",
    ),
    (
        "person_name",
        "Too many numbers: 11 patients, 3 discharges, 2 codes, Ward 9A, bed 21, 14-hour shift, 1 sandwich. The intern who helped her, Cormac, stayed back 2 hours. She cried telling me that.",
    ),
    (
        "person_name",
        "Peer (Thai-Lao background, nickname Nok) is being pressured by her parents to marry after graduation. She's 23. Wants space to think.",
    ),
    (
        "person_name",
        "What happened: peer's younger brother Pasang was in a car accident in Pokhara.\nWhat helped: space to cry.\nRisk: nil.\nFollow-up: peer will message.",
    ),
    (
        "person_name",
        "passing on to you: the peer is Hmong, family name Xiong, he asked that we not mention his family name if we ever call the house. just 'a friend from uni'.",
    ),
    (
        "person_name",
        "dictated: he said his grandfather pop kev is the only one who gets it full stop kev spelled k e v full stop",
    ),
    (
        "person_name",
        "Peer's housemates: Tiarne (works nights), Josh (never home), and Sina (mentioned twice, seems close). She feels like a ghost in the house.",
    ),
    (
        "person_name",
        "Peer's Tagalog-speaking lola, Lola Caring, is in aged care in Footscray and he visits every Sunday. Guilt about not visiting more during exams.",
    ),
    (
        "person_name",
        "The peer showed me DMs from 'Hamish' on Hinge who went from friendly to abusive in 3 days. Blocked now. She wanted to know if she overreacted. She didn't.",
    ),
    (
        "person_name",
        "Handover (Fri, 6pm): peer is Malayali, name Anjali Nair, asked for a follow-up on Tuesday about the exam anxiety plan. Prefers WhatsApp but we can only use the booking line, she knows.",
    ),
    (
        "person_name",
        "[15:10] S3: anyone know if the peer Joy is on the booking list for tomorrow?\n[15:12] S2: yes 11am\n[15:12] S3: ty",
    ),
    (
        "person_name",
        "Peer said her best friend Honey (real name, Sri Lankan Tamil family) has been ghosting her since she got into med. Friendship grief.",
    ),
    (
        "person_name",
        "What happened: peer cancelled plans with her partner Matiu for the 5th time this month to study.\nWhat helped: reframing rest.\nRisk: none.\nFollow-up: none needed.",
    ),
    (
        "person_name",
        "dictated: peer's mentor is doctor obeyesekere full stop o b e y e s e k e r e full stop she's helpful full stop",
    ),
    (
        "person_name",
        "Peer describes her Greek yiayia's house as 'the only place I can breathe'. Yiayia Despina feeds her till she can't move. Good protective factor.",
    ),
    (
        "person_name",
        "Peer forwarded me a Facebook Messenger screenshot from his uncle Bhupinder: 'Don't come home if you fail'. Peer shaken, not unsafe. Long talk about family pressure.",
    ),
    (
        "person_name",
        "The peer uses 'Bree' but her enrolment name is Breanna. Everything else today was routine: sleep 6h, mood 6/10, one exam left.",
    ),
    (
        "person_name",
        "passing on to you: peer says his flatmate 'Scotty' has been drinking heavily and getting aggressive. peer is staying at his girlfriend's. check in Mon.",
    ),
    (
        "person_name",
        "Peer mentioned three people who've been kind: a nurse on the ward called Mele, the ward clerk, and her tutor Ms Rinpoche... then laughed and said 'no, Ms Lhamo, Rinpoche is a title'.",
    ),
    (
        "person_name",
        "Screenshot of TikTok comments under the peer's video about failing: one from a user with the display name 'Khun Sopheap' saying 'I failed too and now I'm a reg'. She found it comforting. Display name only, no handle.",
    ),
    (
        "person_name",
        "dictated: peer is khmer full stop her mum's name is chanthy full stop mum doesn't know about the depression full stop new line respect confidentiality",
    ),
    (
        "person_name",
        "Form —\nWhat happened: peer's co-worker at Kmart, Tayla, keeps swapping shifts onto exam days.\nWhat helped: roster conversation script.\nRisk: none.\nFollow-up: no.",
    ),
    (
        "person_name",
        "Peer is a Torres Strait Islander from Thursday Island, home for Coming of the Light last July; Uncle Ned rang to say he's proud of her. Happy tears.",
    ),
    (
        "person_name",
        "[21:50] S2: quick vent, the peer I just had was really rude\n[21:51] S4: aw you ok?\n[21:51] S2: yeah. he kept calling me 'sweetheart'\n[21:52] S4: not ok. note it. (for the record the peer is Gianluca, 6th year)",
    ),
    (
        "person_name",
        "She counted them off: mum, dad, Nonna Pina, Zia Carmela, two cousins, and the parish priest — all at the house for the anniversary mass. She escaped to study and felt guilty.",
    ),
    (
        "person_name",
        "Peer showed me an old school photo of herself with her year 12 teacher, Mr Dalgleish, who she credits for getting her into med. He's just died. Grief.",
    ),
    (
        "person_name",
        "handover: peer went quiet mid-call. rang back 10 min later, all OK, phone died. name's Mahbub, he'll message if needed.",
    ),
    (
        "person_name",
        "Peer's mum has been in and out of the Northern Hospital (4 admissions, 2 to ICU). Peer is the only English speaker at home. Her brother Ashik 'does nothing'. Burnt out.",
    ),
    ("person_name", "dictated: peer's name is hope with a capital h full stop she's from Geelong full stop"),
    (
        "person_name",
        "Peer is the captain of the uni hockey team; said team-mates Ella, Kirra and coach 'Smithy' have noticed she's withdrawn. She came in because of them.",
    ),
    (
        "person_name",
        "What happened: peer's girlfriend Salma broke up with her because she's 'always studying'.\nWhat helped: just listening.\nRisk: low.\nFollow-up: 1 week.",
    ),
    (
        "person_name",
        "Peer says the registrar on the colorectal team, 'Dr Mac' (MacPherson), throws instruments. 3 incidents. Wants to report but scared.",
    ),
    (
        "person_name",
        "He is Fijian-Indian, grandfather came on the girmit ships. His dad Ramesh runs a shop in Suva. Peer is the first in the family at uni. Lots of pride, lots of pressure.",
    ),
    (
        "person_name",
        "[12:30] S1: anyone free to cover my 3pm?\n[12:31] S5: yep\n[12:31] S1: the peer is Dorje, he's lovely, 2nd follow-up\n[12:32] S5: 👍",
    ),
    (
        "person_name",
        "Peer's DMs with his study buddy Navin (shown to me) are mostly memes, then a message at 2am saying 'I don't think I can do this anymore'. That was the peer's message, not Navin's. Risk assessed: passive SI, no plan. Safety plan made.",
    ),
    (
        "person_name",
        "Peer (Samoan, goes by Junior) said his dad wants him home for the faalavelave and he's got 4 exams in 8 days. Cultural obligation vs study.",
    ),
    (
        "person_name",
        "Peer's Irish housemate Orla and Scottish housemate Ailsa have started a 'sad girls' walk club at 6am. Peer joined. Going well, she's sleeping better.",
    ),
    (
        "person_name",
        "dictated: follow up with anand period no comma anand is the peer's brother not the peer full stop peer is fine full stop",
    ),
    (
        "person_name",
        "Peer worried about the ward clerk, Marj, who has been crying at work. Peer not at risk herself; just a caring soul. Talked about boundaries.",
    ),
    (
        "person_name",
        "Handover: peer from the Pasifika club, Tavita, rang to thank us. no follow-up needed. 🙏",
    ),
    (
        "person_name",
        "The peer's Facebook status she showed me: 'Thanks Aunty Nerida for the yarn, needed it'. She's Wiradjuri, mob back home keep her grounded.",
    ),
    (
        "person_name",
        "What happened: peer's study partner Mohammed Iqbal dropped out suddenly, no goodbye.\nWhat helped: talking about loss.\nRisk: low.\nFollow-up: 2 weeks.",
    ),
    (
        "person_name",
        "passing on to you: peer prefers 'Lucky' — it's his actual nickname from home in Punjab, not a joke. he'll call the line Thurs.",
    ),
    (
        "person_name",
        "dictated: peer says his aunty mala is the one who pays his fees full stop so he can't tell her he failed full stop new line",
    ),
    (
        "person_name",
        "[14:20] S3: has anyone followed up with the Malayali peer from Sunday\n[14:21] S1: you mean Sreeja? yes, she's doing well",
    ),
    (
        "person_name",
        "Screenshot of a WhatsApp family group called 'Rao Family 🙏' where her uncle Prakash posted her exam results without asking. Humiliated.",
    ),
    (
        "person_name",
        "Peer named the whole rotation team: consultant Dr Lim, reg Dr Papadakis, RMO Niamh, and the two other students, Kaveesha and Bryce. She feels like the 'spare part'.",
    ),
    (
        "person_name",
        "Handover: peer is from Ipswich in QLD (not the UK), Aboriginal, goes by Mikey. Said he's ok but he's lost 8 kg in 2 months. Please follow up re eating.",
    ),
    (
        "person_name",
        "Form —\nWhat happened: peer's dad (Sanjeewa) got a cancer diagnosis back in Sri Lanka.\nWhat helped: planning flights, leave.\nRisk: grief, no SI.\nFollow-up: before she flies.",
    ),
    (
        "person_name",
        "dictated: peer's surname is tupou full stop t u p o u full stop she asked us to use it not her first name full stop",
    ),
    (
        "person_name",
        "Peer showed me a Snapchat from her ex-girlfriend Shreya at 4am: 'u ruined my life'. Peer not at risk; worried about Shreya. We talked about what she can and can't do.",
    ),
    (
        "person_name",
        "Numbers: PHQ-9 13, GAD-7 12, 5.5h sleep, 3 units of alcohol per week, 120 min commute. Her mum, Kamala, is visiting from Kathmandu for 6 weeks which is helping and also not.",
    ),
    (
        "person_name",
        "Peer's Chin friends from church (Par, Thang and Cing) are his main support. He's the only one doing medicine. Pressure from the community to 'be the doctor'.",
    ),
    (
        "person_name",
        "[23:01] S4: tough one tonight\n[23:02] S4: peer's name is Lokelani, Hawaiian-Samoan, she said her dad hits her mum\n[23:03] S2: are they safe right now?\n[23:04] S4: yes, at aunty's. 1800RESPECT given.",
    ),
    (
        "person_name",
        "What happened: a patient on the ward (Mr Rossi, bed 7) died and the peer had been looking after him for 3 weeks.\nWhat helped: telling stories about him.\nRisk: none.\nFollow-up: 1 week.",
    ),
    (
        "person_name",
        "Peer's flatmates are all Indonesian: Wahyu, Sri, and Budi. They cook together every Sunday. He says it's the best thing about Melbourne.",
    ),
    (
        "person_name",
        "passing on to you — peer said 'tell Meg thanks'. Meg is the supporter from last week (it's me, passing on to you lol).",
    ),
    (
        "person_name",
        "dictated: the peer's partner is called august full stop like the month full stop they've been together three years full stop",
    ),
    (
        "person_name",
        "Peer's Tibetan grandmother, Mola Yangchen, is in the Dharamsala settlement and unwell; he sends $200 a month home. Can't afford to go.",
    ),
    (
        "person_name",
        "The DM the peer showed me was from her clinical tutor, a Dr Patel (Hiren), asking her to 'come to my office alone'. Concerning. Reporting pathways discussed.",
    ),
    (
        "person_name",
        "Peer (Pakistani, first-gen) says his older brother Zubair is already a surgeon and the comparison at every dinner is crushing.",
    ),
    (
        "person_name",
        "Handover: the peer who called crying at 9pm — Kalinda — is safe, staying with her mum in Mildura for the weekend. follow-up Mon morning.",
    ),
    (
        "person_name",
        "She listed the people who've let her down this year: her ex, her best friend Georgia, her mum, and 'Dr H from psych'. Heavy session.",
    ),
    (
        "person_name",
        "[16:45] S2: > peer from Tues\nyeah that's Bao, he's Hmong not Vietnamese, he made a point of it\n[16:46] S1: good to know thx",
    ),
    (
        "person_name",
        "Peer's Facebook post (shown to me) thanking 'Aunty Moana and Uncle Hone for the koha' so she could buy textbooks. Māori whānau support strong.",
    ),
    (
        "person_name",
        "dictated: peer said my name is dylan full stop not dillon full stop he was pretty upset the last supporter got it wrong full stop",
    ),
    (
        "person_name",
        "Form paste —\nWhat happened: peer being bullied on placement by the nurse unit manager, 'Sharon from ICU'.\nWhat helped: documenting.\nRisk: low.\nFollow-up: after speaking to the coordinator.",
    ),
    (
        "person_name",
        "Peer's dad Manuel (Filipino, works nights at Coles) and mum (nurse) both work so much that the peer is raising her two younger brothers. She's 21.",
    ),
    (
        "person_name",
        "Peer said his mates Gav and Dazza took him to the pub after the exam and he ended up crying in the beer garden. He laughed about it. Low-level risk, alcohol discussed.",
    ),
    (
        "person_name",
        "Lots of figures: $19 textbook PDF, $240 stethoscope, $85 GP, $0 left. Her brother Kasun lent her $100. She feels ashamed.",
    ),
    (
        "person_name",
        "Handover: peer is Chin, name is Biak, he's 1st year and very quiet. speaks Hakha Chin and some Burmese. went well with short questions.",
    ),
    (
        "person_name",
        "Peer was outed on an Instagram story by a friend, Tahlia, who posted a photo of her at a Pride event. Family doesn't know. Safety planning re family.",
    ),
    (
        "person_name",
        "What happened: peer's tutor, Associate Prof. Nguyen-Baxter, called her 'slow' in front of the group.\nWhat helped: reframing, feedback route.\nRisk: low.\nFollow-up: none.",
    ),
    (
        "person_name",
        "dictated: peer's housemate new line named jake new line is dealing drugs out of the house full stop peer wants to move full stop",
    ),
    (
        "person_name",
        "[21:20] S1: logging off. the peer I saw — call her Ash? she asked for that — wants a callback tomorrow\n[21:21] S3: got it",
    ),
    (
        "person_name",
        "Peer is Nepali, family in Biratnagar. His father (Buddhi) had a heart attack. Peer is trying to raise money to fly home.",
    ),
    (
        "person_name",
        "Peer showed the group chat of her netball team where captain Losa said 'just miss the exam lol'. Peer feels pulled between team and study.",
    ),
    (
        "person_name",
        "Passing on to you: this is the Bengali peer (Nusrat) who asked for info on the Muslim prayer room near the clinical school. found it: Level 2, room 2.14.",
    ),
    (
        "person_name",
        "Peer described her Scottish landlord, Mr Buchanan, as 'weirdly nice' — he dropped soup off when she had COVID. Small comfort.",
    ),
    (
        "person_name",
        "She's Lao-Australian, her mum calls her 'Bee' and that's what she asked us to use. Mood lifting, exams finished.",
    ),
    (
        "person_name",
        "What happened: peer's team-mates Tui and Rawiri found him sleeping in his car after training.\nWhat helped: housing referral.\nRisk: moderate (homeless).\nFollow-up: tomorrow.",
    ),
    (
        "person_name",
        "dictated: peer was crying about his grandmother nana pat full stop she died last friday full stop",
    ),
    (
        "person_name",
        "The peer read me a text from her sister (Priyanka) that said 'mum says stop being dramatic'. Family invalidation. We validated.",
    ),
    (
        "person_name",
        "Peer says everyone knows him as Stavros but his legal name is Efstathios. Asked us to use Stavros. Session on exam nerves.",
    ),
    (
        "person_name",
        "Handover: peer's manager at the bar, Nicko, has been underpaying her ($18/hr cash). she's considering Fair Work. follow up next week.",
    ),
    (
        "person_name",
        "[13:00] S5: the peer I saw at lunch was Sefa, Samoan, 3rd year. super funny, really struggling underneath. booked for Friday.",
    ),
    (
        "person_name",
        "Peer's dad, a Karen pastor named Saw Htoo Paw, wants him to return to the Thai border to work at the clinic after graduating. Peer conflicted.",
    ),
    (
        "person_name",
        "Peer listed her support team: GP Dr Wickramasinghe, psych Dr Abbott, and best friend Nadia. Great network.",
    ),
    (
        "person_name",
        "dictated: the peer said tell kiri I said thanks full stop kiri is her previous supporter full stop",
    ),
    (
        "person_name",
        "Peer's flatmates Ahmed and Rasel (both Bangladeshi, both engineering) have started leaving food outside her door. She cried about it, in a good way.",
    ),
    (
        "person_name",
        "Peer's younger cousin Tevita tagged her in an Instagram reel of their family dancing at a wedding in Nuku'alofa. She's homesick but smiling.",
    ),
    (
        "person_name",
        "What happened: peer told her coach (Fitzy) she's quitting footy.\nWhat helped: talking through identity outside sport.\nRisk: low.\nFollow-up: 2 weeks.",
    ),
    (
        "person_name",
        "Peer described her nephew, little Arav, as 'the only person who doesn't ask about my marks'. Aww.",
    ),
    (
        "person_name",
        "passing on to you: peer keeps referring to her supervisor as 'JT' — she's scared of him. two incidents this week. she'll decide about reporting by Friday.",
    ),
    (
        "person_name",
        "What happened: peer's consultant, Dr K, told her to 'toughen up' after she cried in clinic.\nWhat helped: validation.\nRisk: low.\nFollow-up: next week.",
    ),
    (
        "person_name",
        "dictated: follow up with peer re her flatmate m j full stop initials only full stop m j has been taking her medication full stop",
    ),
    (
        "person_name",
        "[22:05] S3: the peer said 'ask sione, he knows'\n[22:05] S3: sione is her brother apparently\n[22:06] S1: ok we don't contact family, but good she has him",
    ),
    (
        "person_name",
        "Peer is a Sinhalese 2nd year who goes by 'Chamo' (short for Chamodi). Quick check-in before the exam. Fine.",
    ),
    (
        "person_name",
        "Screenshot of the peer's Messenger: a long message from 'Nan' (her nan, Beryl) saying she's proud of her. Peer cried. Good tears.",
    ),
    (
        "person_name",
        "Numbers: 14 shifts, 3 weeks, $0. Dose: 50mg sertraline. Score: 11 on PHQ-9. Bus: 742. And one name — her ex, Raj — who keeps turning up at the hospital café.",
    ),
    (
        "person_name",
        "Handover: peer from the Samoan students' club is called Faith (actual name). she'll call back Mon. no risk.",
    ),
    (
        "person_name",
        "Peer says her mum, dad, sister Dechen, and the family's lama all think she should come home after graduation. She wants to stay in Melbourne.",
    ),
    (
        "person_name",
        "dictated: peer mentioned sorry new line peer mentioned her tutor mrs o'brien is very supportive full stop",
    ),
    (
        "person_name",
        "What happened: peer's best friend (Bronwyn, 'Bron') was hospitalised for anorexia.\nWhat helped: carer information.\nRisk: peer none.\nFollow-up: 1 week.",
    ),
    (
        "person_name",
        "The DM the peer showed me: 'hey its ur cousin pavel from the wedding' — Greek-Russian family, asking for money. Peer unsure if it's really him. Probably a scam.",
    ),
    (
        "person_name",
        "Peer's Karen housemate, Naw Paw, helps her with cooking. Peer is Hmong. They met at the refugee youth group 6 years ago.",
    ),
    (
        "person_name",
        "[09:44] S2: the peer this morning asked for 'the one with the nose ring'\n[09:45] S5: lol that's Harpreet\n[09:45] S2: > that's Harpreet\nok I'll tell her she's not on till Thurs",
    ),
    (
        "person_name",
        "peer said her father sunil would never accept her leaving medicine full stop sorry, that's from my dictation habit. anyway. heavy session, low risk.",
    ),
    (
        "person_name",
        "Peer listed everyone she's lived with in Melbourne: 'Connor, Aoife, Matty, Priyanka, and some guy called Spud'. 5 houses in 3 years. Unsettled.",
    ),
    (
        "person_name",
        "Form —\nWhat happened: peer's netball coach, Miss Tuilagi, called her parents about her weight.\nWhat helped: discussing boundaries.\nRisk: low-moderate.\nFollow-up: 3 days.",
    ),
    (
        "person_name",
        "Peer's dad goes by Bapu at home; she called him that throughout. He's in hospital in Ludhiana. She's torn about flying back before the exam.",
    ),
    (
        "person_name",
        "Peer mentioned the pharmacist at the local Chemist Warehouse, Mr Haddad, noticed her buying paracetamol in bulk and asked if she was OK. She was — it was for the whole house. But it touched her.",
    ),
    (
        "person_name",
        "dictated: peer's girlfriend is called sky full stop s k y full stop they've broken up full stop",
    ),
    (
        "person_name",
        "Peer's team on the ward: the reg (Dr Teo), the intern (Rangi), and the charge nurse. Peer says they're 'a dream'. Lovely to hear.",
    ),
    (
        "person_name",
        "Handover: peer, Aboriginal woman from Shepparton, goes by Shaz. she's on Yorta Yorta country for the school holidays. call after the 15th.",
    ),
    (
        "person_name",
        "Peer's friend Hoku posted a cryptic Insta story (a sunset, 'goodbye for now'). Peer worried. We talked through how to check in. Turned out Hoku is moving to Hawaii.",
    ),
    (
        "person_name",
        "Peer says the registrar, whom she calls 'Dr B', yelled at her in front of a patient. Third time. We discussed reporting to the clinical dean.",
    ),
]

ORDINARY: list[str] = [
    "What happened: peer failed the MED3031 written paper (54%, pass 55%).\nWhat helped: looking at the re-sit dates together, 3rd week of Jan.\nRisk: low. PHQ-9 11.\nFollow-up: Tuesday 2pm.",
    "passing on to you: 2 peers today, both fine. first one wants info on special consideration, second just needed a vent about the 7am ward rounds. nothing urgent, no follow-ups booked.",
    "[21:02] S1: anyone on tonight?\n[21:03] S2: me till 11\n[21:03] S1: > me till 11\ncool, I've got a peer who might ring back after 10\n[21:04] S2: np I'll keep the phone on",
    "Hope is in short supply this week, she said. Exams in 9 days, 3 subjects, 2 of them cumulative. We split revision into 45-minute blocks.",
    "dictated: peer is a third year full stop worried about the rural placement in Shepparton full stop new line no risk identified full stop will follow up after the allocation email on the 14th",
    "Will power isn't the issue, he said, it's that he's running on 4 hours of sleep. Talked about caffeine cut-off after 2pm.",
    "Peer showed me an Instagram post from a wellness account saying 'you can't pour from an empty cup'. She found it patronising. Fair enough honestly.",
    "Grace period for the assignment ends Friday 5pm. Peer has 1,200 of 2,500 words. Plan made. Feeling OK.",
    "What happened: argument with flatmates over the power bill ($412 for the quarter, split 4 ways).\nWhat helped: doing the maths out loud.\nRisk: none.\nFollow-up: not needed.",
    "Peer on placement at the Royal Melbourne, Ward 7B, says the nurses have been great but the consultant round is brutal. 6 patients each, finishes 7:30pm most days.",
    "Took 1 x 10mg of her prescribed escitalopram late, panicked that she'd double-dosed. Talked it through, she hadn't. Suggested pharmacist line if unsure next time.",
    "handover to next shift: quiet night. one call at 22:40, peer wanted to talk about Diwali at home vs here. homesick. fine by end. no follow-up.",
    "Frank talk with the peer about whether medicine is still what she wants. She's not sure. That's OK. Year 4 of 6.",
    "Peer has Crohn's, flare this month, missed 3 of 5 tutorials. Worried about attendance hurdle (80%). Gave disability services info.",
    "dictated: peer has a grand total of dollar sign forty two in the bank full stop rent due monday full stop referred to hardship fund full stop",
    "Screenshot the peer showed me was of the Moodle page saying 'result withheld'. She assumed she'd failed. It was a processing delay. Huge relief.",
    "[09:15] S3: reminder training is thursday 6pm room G14\n[09:16] S1: 👍\n[09:20] S2: will there be pizza\n[09:21] S3: > will there be pizza\nthere is always pizza",
    "Peer took the 601 shuttle from Huntingdale then the 630 bus because the 601 was cancelled. 55 minutes late to the OSCE briefing. Examiner kind about it. He's still rattled.",
    "Bundled up in a Kathmandu puffer in the library in 32 degrees because the aircon is set to 17. Peer laughing about it. Mood OK, sleep OK, eating OK.",
    "She's fasting for Ramadan and has her anatomy spotter at 3pm. Talked about scheduling study around iftar and suhoor.",
    "What happened: missed a dose of sertraline for 3 days.\nWhat helped: setting a phone alarm.\nRisk: low.\nFollow-up: GP review in 2 weeks.",
    "Peer's scores: 72 in biochem, 68 in physiology, 49 in the ethics essay. He's fixated on the 49. We talked about what a single mark means.",
    "passing on to you: peer cancelled, will rebook via the form. nothing else. have a good shift 💛",
    "Peer doing Hashimoto's bloods this week, thinks fatigue might be thyroid not depression. We talked about both being possible.",
    "Summer school clash with his job at Woolies (Sat/Sun 6am-2pm, $28.50/hr). He can't drop the shifts. Looking at the part-time enrolment rules.",
    "dictated: new line what happened colon peer felt overwhelmed at the hospital full stop new line what helped colon walking around the car park full stop",
    "Peer showed me a Reddit thread in r/medicalschool titled 'is it normal to cry after every shift'. 300+ comments saying yes. She found it comforting.",
    "Ward 5 East, bed 12, a patient died during her shift. First death she's seen. We talked for 50 min. Debrief with the team is booked for Thursday.",
    "Group chat:\n[18:44] S2: peer asked if we can meet off campus\n[18:45] S4: policy says on campus or phone only\n[18:45] S2: > policy says on campus or phone only\nthat's what I told her, she was fine with it",
    "River walk along the Yarra helped, she said. 5 km, 40 minutes, phone on aeroplane mode.",
    "Peer is vegan, Tamil, and it's Pongal next week; homesick for her mum's cooking. We looked up the Tamil Sangam event at the uni on the 15th.",
    "Aspirin 100mg daily, ventolin PRN, nothing else. Peer just wanted to check that asthma wouldn't stop her doing the 12-hour shifts.",
    "What happened: peer's laptop died 2 hours before the 11:59pm deadline.\nWhat helped: library loan laptop, extension request.\nRisk: none.\nFollow-up: none.",
    "She said 'Jack of all trades, master of none' about herself. Three part-time jobs, a 0.8 load, and a netball team. Burnout risk.",
    "dictated: peer says there are too many cooks in the kitchen at home comma mum dad two aunties comma full stop wants to move out full stop",
    "Peer's Medicare card expired, he's worried about the GP bill ($85, $41.20 back). Gave him the bulk-billing clinic info on campus.",
    "[23:58] S1: signing off. nothing to hand over\n[23:59] S2: ta. night x",
    "Peer is in Year 2, unit MED2000, the 2022 cohort. Failed one hurdle quiz (6/15). Can re-sit. Just needed to hear it's not the end.",
    "Dawn shifts at the Alfred are killing her, 6:30am start, 2 trams and a train. She's been crying on the 96 tram.",
    "Peer showed a Snapchat from friends at a party she'd declined. FOMO, loneliness. No risk. We planned a low-key thing for the weekend.",
    "Passing on to you: peer wants to know about the Lifeline text line, I gave her 13 11 14 and the text option. she'll decide.",
    "Rose-tinted memories of first year, he said. Now it's 50-hour weeks and he's lost 6 kg. Encouraged GP visit.",
    "What happened: peer received 2 parking fines ($99 each) at the Box Hill campus.\nWhat helped: appeal template.\nRisk: none.\nFollow-up: no.",
    "Peer is Sikh, mentioned Vaisakhi and that the gurdwara in Craigieburn is where she feels most at home. Lovely chat.",
    "Patience is wearing thin with her lab partner, she said. 3rd time he's not shown up. We talked about how to raise it with the unit coordinator.",
    "Dose went up from 50 to 100mg. Feeling flat and nauseous. Has a GP review in 10 days. Advised to call the GP sooner if it gets worse.",
    "dictated: peer said he feels like a burden period no full stop sorry full stop assessed risk comma no plan comma no intent full stop safety plan reviewed",
    "Peer's ATAR was 99.85 and now she's bottom quartile. Identity crisis. We talked about big-fish-small-pond.",
    "Handover: nothing outstanding except the peer from earlier who wants a call back re: the Ramadan exam adjustments. She said any time after 8pm.",
    "Peer showed me the TikTok 'day in the life of a med student' and said hers is just crying in the Menzies building toilets. Laughing, sort of.",
    "[12:10] S5: does anyone know the CAPS after-hours number?\n[12:11] S1: 1300 659 467\n[12:11] S5: legend",
    "Patient in room 8 (not the peer's own, on her rotation) shouted at her. She's shaken. We debriefed.",
    "Peer celebrating Lunar New Year by herself because flights to Kuala Lumpur were $1,100. Video call with family at 9pm.",
    "Brandy in the hot milk, her nan's remedy. Peer said it didn't help. Insomnia 3 weeks. GP referral discussed.",
    "What happened: crying in the car park at Dandenong Hospital between shifts.\nWhat helped: talking about her dog.\nRisk: low.\nFollow-up: Friday.",
    "Peer has Asperger's diagnosis (her word), finds OSCE small talk stations exhausting. Looking into reasonable adjustments via the access plan.",
    "PHQ-9 19, GAD-7 16. No SI. Referred to GP with a mental health care plan. Peer agreed.",
    "Waits 20 min every morning at the stop on Sunny Bank Rd for the 733, then it sails past full. Timetable frustration more than anything.",
    "Peer's Mass at St Patrick's on Sunday is her one hour off. Feels guilty taking it. We talked about rest as part of study.",
    "handover: passing on to you — nothing. literally nothing tonight. enjoy the quiet ☕",
    "What happened: peer locked out of her flat after a night shift.\nWhat helped: waiting with her on the phone till the locksmith came ($180).\nRisk: none.\nFollow-up: none.",
    "passing on to you: peer from 2pm wants to talk again about the intercalated year. she's leaning towards doing it. no risk. call any weekday after 3.",
    "dictated: peer is worried about the mid semester exam on the twelfth full stop it's worth forty percent full stop new line study plan made full stop",
    "[19:30] S4: anyone know when the Ward 3 placement lists come out?\n[19:31] S1: friday apparently\n[19:31] S4: > friday apparently\nthx, peer is spiralling about it",
    "Peer showed me a screenshot of her bank balance: $7.43. Rent due in 3 days. Centrelink payment delayed. Referred to the emergency grant and the food bank at the Campus Centre.",
    "Grace under pressure is something she used to have, she says. Now she snaps at everyone. Sleep 5h, caffeine 600mg. Advised cutting back.",
    "Frank discussion of alcohol use: 4-5 drinks on 3 nights a week. AUDIT-C 7. Peer open to cutting back. Follow-up in 2 weeks.",
    "What happened: fainted in theatre (orthopaedics, 4-hour case).\nWhat helped: eating before theatre, compression socks.\nRisk: none.\nFollow-up: optional.",
    "Group chat the peer showed me (her year group): 140 people, 40 messages in an hour all panicking about the Step-style practice exam. She muted it. Good call.",
    "Peer on the 8:12 Pakenham line train every morning, then the 704 to campus. 1h40 each way. Considering moving closer; $320/wk rooms in Clayton vs $210 at home.",
    "Dictated: peer feels like an imposter full stop. New line. Scored 78% on the last exam full stop. We discussed evidence against the thought full stop.",
    "Will she pass? Probably, she said, but it doesn't feel like it. 2 hurdles left, both historically 90%+ pass rates.",
    "Peer asked about Ramadan accommodations for the 8am OSCE. The exams office offers alternative times; gave her the form name.",
    "Handover: no follow-ups booked. one walk-in at the Clayton hub who wanted a chat about Christmas plans (she's staying here, family in Chennai). nothing concerning.",
    "[22:00] S2: anyone up for a debrief after a tough call?\n[22:02] S3: here\n[22:15] S2: thanks for that. feeling better. peer safe, plan in place, crisis line given.",
    "Peer takes lithium, 900mg nocte, levels due this week. Asked how to explain missing a tutorial for the blood test. Just say 'medical appointment'.",
    "Peer is Catholic and it's Lent; she's given up chocolate and social media. Says the social media bit is actually helping.",
    "Her PHQ-9 went from 17 to 9 in 6 weeks. She's proud. So am I. Follow-up in a month.",
    "The bus (route 900) was diverted because of roadworks on Princes Hwy, peer missed her 9am clinical skills. Got marked absent. Appeal form sent.",
    "Screenshot the peer showed me: Moodle forum post from the unit coordinator saying 'results will be released Friday 4pm AEST'. Peer's anxiety peaks every Friday at 4pm now.",
    "Form paste —\nWhat happened: peer struggling with long COVID fatigue.\nWhat helped: pacing plan.\nRisk: low.\nFollow-up: after GP.",
    "dictated: peer took two panadol and went to sleep full stop not an overdose comma confirmed full stop new paragraph mood better today",
    "Peer on nights at the Austin, 10pm-8:30am, 7 in a row. Ward 6 West. Wants to know if it's normal to feel this flat. Yes, and also: get the bloods done.",
    "Peer showed a DM from a recruitment agency offering '$50/hr locum scribe work'. Wanted to know if it was legit. Looked dodgy. Advised against sharing details.",
    "Patience, she said, is the one thing medicine has taught her. Said with a laugh after a 90-minute wait for a 3-minute consultant review.",
    "Handover: passing on to you. the peer who was worried about the OSCE got 3 of 4 stations 'clear pass'. she's thrilled. no further contact needed.",
    "Peer explained EMS3030, MED4100 and IMP5021 are all running in the same semester and the timetables overlap on Tuesdays 10-12. Admin nightmare, not a mental health one.",
    "Peer in Ward 14 (maternity) on placement, watched a stillbirth. Heavy. 45-minute debrief. Risk none. Follow-up offered for next week.",
    "Peer's dad had a stroke and is in rehab at Caulfield. She's driving 50 min each way after placement. Carer strain. Gave Carer Gateway info.",
    "Grandma's cooking, Sunday roast, footy on TV — what she misses most about Warrnambool. Homesick first year.",
    "[10:02] S1: reminder: we don't put names, numbers or handles in this chat\n[10:02] S2: 👍\n[10:03] S4: 👍👍",
    "Peer's vitamin D was 28 nmol/L, iron 6, B12 fine. Started supplements. She wonders if it explains the fatigue.",
    "Peer asked whether Lifeline (13 11 14) would tell the uni if she called. No. Reassured.",
    "Dictated: peer is from the Tiwi Islands full stop she's missing country full stop connected with the Indigenous support unit on level 2 full stop",
    "So the numbers: 6 years, $75,000 HECS, 2 failed units, 1 re-sit. Peer doing the maths of whether to continue. Not a crisis, a decision.",
    "Bishop's Court area of campus has no shade and she has hay fever; joking about it. Actual issue: her grandmother's illness back in Colombo.",
    "Peer took a screenshot of the Weet-Bix box that says 'Aussie kids are Weet-Bix kids' and said 'I'm an Aussie med student, I'm a 2-minute noodles kid'. Light session.",
    "What happened: peer had a panic attack before the Pharmacology quiz (30 Qs, 40 min).\nWhat helped: box breathing.\nRisk: none.\nFollow-up: before the final.",
    "passing on to you: peer says thanks for the CAPS referral, first appointment next Wed. all good, close the case after that unless she asks.",
    "Peer is Buddhist, Vesak is coming up and she wants to go to the temple in Keysborough. We built her study week around it.",
    "Joy is not a word she'd use for medicine right now. Third year is hard. Mood 4/10. Two close friends in the cohort. No risk.",
    "Peer got 32/50 on the anatomy spotter, needs 25. Passed. Wanted to celebrate with someone. Happy to be that someone.",
    "Peer's dog is sick ($1,800 vet bill) and she can't afford it. Honestly this is what broke her, not the exams. Hardship options discussed.",
    "dictated: bus three zero one was late again full stop peer missed ward round full stop she's worried the consultant thinks she's lazy full stop",
    "[17:40] S3: peer requested a female supporter for next time\n[17:41] S1: noted, I'll flag it in the system",
    "Peer described the Austin's Olivia Newton-John centre as the place she wants to work one day. Career chat, future-focused, good.",
    "Prescribed quetiapine 25mg for sleep, feels hungover. GP review in a week. We talked about sleep hygiene as well.",
    "Peer feels the Dean's list is out of reach (WAM 74, needs 80). Perfectionism. Explored what 'good enough' looks like.",
    "Handover: the peer from Mon is doing fine, she texted the booking line to say she passed her re-sit. nothing more.",
    "Peer's car (a 2009 Corolla) broke down on the Monash freeway; tow was $250. She's on rural placement in Traralgon and needs the car. Stress, not crisis.",
    "Screenshot from the official med society Instagram announcing the 'Med Ball, Sat 8pm, $120 ticket'. Peer can't afford it and feels left out.",
    "Peer's Eid plans: prayers at the mosque in Preston, lunch at her aunty's, then back for a 6pm ED shift. Feels torn.",
    "Grace, Mercy and Hope are the names of the three wards at the hospice where she's placed. She found it oddly comforting.",
    "What happened: fire alarm in the residence at 3am (3rd time this week).\nWhat helped: venting.\nRisk: none.\nFollow-up: none.",
    "peer says her GP prescribed propranolol 10mg before OSCEs. works well. she just wanted to talk about it being 'cheating'. it isn't.",
    "Dictated: comma peer says the MMI interviews for the Malaysia campus are in week 9 full stop she is helping as a volunteer actor full stop feeling useful full stop",
    "Peer was at Tim Hortons in Southland at 1am studying because it's open and warm. Housing issue underneath it. Referred to the housing officer.",
    "[08:30] S5: heads up CAPS are closed today for a staff day, use 1300 659 467 after hours\n[08:31] S2: ta",
    "Peer had Bell's palsy last year and still has a slight droop; a patient commented on it. Hurt. We talked about how to respond next time.",
    "Peer got a HD (85) in the ethics essay. First HD ever. She was quietly thrilled. Just wanted to tell someone.",
    "What happened: peer missed Onam at home in Kochi for the 3rd year running.\nWhat helped: the Malayali association's sadya on campus, $15.\nRisk: none.\nFollow-up: none.",
    "passing on to you: peer asked about Dashain leave, it clashes with the week 10 quiz. told her to lodge a special consideration for cultural/religious observance. no risk.",
    "dictated: peer said tashi delek at the start full stop Losar is next week full stop she's happy full stop",
    "[18:02] S1: anyone know if the Hmong New Year event is on campus or in Braybrook this year?\n[18:04] S3: Braybrook I think, the peer will know\n[18:04] S1: > the peer will know\nshe does, she's going, all good",
    "Peer showed me a reel from a Sinhala and Tamil New Year party in Dandenong, kiribath and kavum everywhere. She's homesick but in a good way.",
    "Talofa! She greeted me in Samoan and then spent 20 minutes explaining White Sunday to me. Mood great. Just needed to talk to someone.",
    "Handover: peer from 6pm has Matariki plans with the Māori students' association, wanted to check it's OK to miss the Friday tutorial. Told her to email the tutor.",
    "Bula vinaka, he said on the way out. Fiji Day is coming up and he's cooking for 30 people. Stress is mostly good stress.",
    "Peer is from Alice Springs (Mparntwe), flew home for NAIDOC Week, back on Monday. Just checking in. Fine.",
    "Form —\nWhat happened: peer stuck in Kathmandu after Tihar, flight cancelled, missing week 1.\nWhat helped: email to unit coordinators.\nRisk: none.\nFollow-up: on return.",
    "dictated: peer says khmer new year in april is the only time the whole family's together full stop she wants to go home full stop exam clash full stop",
    "Peer's Greek Easter means a midnight service and a lamb on a spit at 6am. Then a 2pm lecture. She laughed: 'Christos anesti and then cardiology'.",
    "Ferragosto at nonna's in August is sacred, she says, even in Melbourne winter. It clashes with nothing this year. Small wins.",
    "Pi Mai Lao was last weekend; peer got soaked in the water-throwing and caught a cold. Mood fine, throat not.",
    "[12:15] S2: does anyone know the time of the Vaisakhi nagar kirtan? peer wants to go\n[12:16] S4: Sunday 11am, Craigieburn gurdwara\n[12:16] S2: ty",
    "Peer described Durga Puja at the community hall in Springvale — the pandal, the dhak drummers, her mum's shukto. She went for 2 hours between study blocks.",
    "Peer is Christian Karen and Karen New Year is coming up; wants to help at the church event in Werribee but has a 9am quiz. We made it work.",
    "passing on to you: peer in good spirits, said 'malo aupito' at the end. Tongan. Exams over. closing the case.",
    "Peer used the word 'sabr' a lot — patience. Religious coping is a big strength for her. Eid al-Adha next week.",
    "Salamat po, she said, and laughed because she'd slipped into Tagalog. Simbang Gabi masses at 5am every day for 9 days before Christmas, plus placement. Tired.",
    "dictated: peer spent holi with friends in the park full stop colour everywhere full stop needed the joy full stop no risk",
    "Peer's Scottish uni mates back home are doing Burns Night; she's doing a neuro exam. Homesick for haggis, apparently.",
    "Handover: the Irish peer is fine. she said 'grand' 14 times. I counted. exams finished, flying to Dublin on the 19th.",
    "Peer is a Kannada speaker from Mysuru; Dasara back home is a huge deal. She watched the procession on a livestream at 3am.",
    "What happened: peer fasting for Ramadan, fainted on the ward at 4pm.\nWhat helped: discussing exemptions for travellers/ill, her imam's advice.\nRisk: low.\nFollow-up: after Eid.",
    "[20:10] S1: peer used 'kia ora' to start and 'ka kite' to end, it was lovely\n[20:11] S5: 🥰",
    "Peer from Bangladesh said 'bhalo nei' when I asked how she was. Not good. Then the full story: failed a unit, scared to tell her parents. Talked it through. Risk low.",
    "Peer is a Buddhist from Sri Lanka. Poya days she doesn't eat meat and goes to the temple in Noble Park. It's grounding. PHQ-9 8.",
    "Peer explained the Tongan tradition of the 'fakaafe' and how she's been asked to host after church. Cultural pride + time pressure.",
    "Dictated: peer misses Aussie Christmas at the beach in Lorne full stop she's on the ED roster 24th to 27th full stop",
    "Fifth year, rural stream, based in Warragul. Peer says the country GP practice is 'the kindest place I've ever been'. Good session.",
    "Peer compares the Alfred's trauma bay to 'a Bunnings on a Saturday'. Loud, bright, chaotic. She likes it. Checking in because she's worried she likes it too much.",
    "Peer's score on the OSCE: 13 of 15 stations passed. Needs 11. She was certain she'd failed. Ha.",
    "Handover: one contact, peer in 1st year, wants to know if it's normal to have no friends by week 4. we talked about clubs. gave the Clubs & Societies expo date (Weds, 11-2, Campus Centre).",
    "peer showed me her Spotify Wrapped: 'You listened to 87,000 minutes of lo-fi beats'. We both laughed. Study stress is real.",
    "Peer is on citalopram 20mg, going up to 30mg. Side effects: yawning, nausea. Talked about what to expect in the first 2 weeks.",
    "[11:40] S3: peer asked whether Butterfly is only for eating disorders\n[11:41] S1: yes 1800 33 4673, but they also support carers\n[11:41] S3: perfect",
    "What happened: peer's laptop stolen from the library.\nWhat helped: police report, IT loan.\nRisk: none.\nFollow-up: none.",
    "Peer on placement at the Royal Children's, 4th floor (Koala ward). Seeing sick kids is hitting her harder than expected.",
    "Peer's grandmother's remedies: turmeric milk (haldi doodh), ajwain water, and prayers. She's trying all three for her exam cold.",
    "Dictated: peer said she's been working at Harvey Norman twenty hours a week full stop plus placement full stop she's exhausted full stop",
    "Ward 2 North, night shift, 2 students, 28 beds. Peer says the night reg was kind. Nice change.",
    "Peer said 'Justice for med students!' as a joke about unpaid placements. Then we actually talked about the cost: $4,500 this year in travel alone.",
    "Peer's IELTS score from 3 years ago (7.5) is 'proof' to her that she doesn't belong. Imposter syndrome. We explored that.",
    "passing on to you: nothing urgent. peer from Tues is in Hobart for the rural week. fine.",
    "Peer described a Mother's Day brunch at the Windsor where she felt like 'the family disappointment'. Ouch. No risk, lots of feelings.",
    "[09:20] S2: there's a Holi event on the lawn today 12-2\n[09:21] S4: any peers asking, send them!",
    "Peer, 4th year, says Parkville campus in winter is 'a wind tunnel from hell'. Mostly just venting. Mood OK.",
    "What happened: rejected from 3 research positions.\nWhat helped: reframing, trying smaller labs.\nRisk: none.\nFollow-up: optional.",
    "peer has Raynaud's and the hospital is freezing. wearing gloves under gloves. she wanted to laugh about it.",
    "Handover: peer who called at 8 said she's on Ward 7B today and 8C tomorrow. she wanted to know if we can meet at the Parkville hub at 1pm Thurs. I said yes.",
    "Screenshot of the peer's iPhone screen-time: 9h 14m daily average, mostly TikTok. She's horrified. We talked about it without judgement.",
    "Peer said 'Mabuhay!' on the way in. Mood bright. Came to tell us she got the rural scholarship ($6,000).",
    "Dictated: peer mentioned Tourette's full stop she gets tics under stress full stop OSCE examiners were understanding full stop",
    "Peer is doing the Kokoda walk next year for charity, 96 km. It's her reason to keep going, she said, literally. Clarified: not SI, she means motivation.",
    "[22:44] S2: > peer isn't answering\nshe texted, she's asleep lol\n[22:45] S1: 😅 ok",
    "Peer's stats: 3 jobs, 2 placements, 1 assignment overdue, 0 weekends off since March. Burnout assessment done. Needs to drop a job.",
    "Peer says the chapel at the Mercy Hospital is her quiet spot between shifts. Not religious, just quiet.",
    "What happened: peer failed their driving test (3rd time).\nWhat helped: laughing, then planning.\nRisk: none.\nFollow-up: none.",
    "Honestly just a chat about Marvel films. Peer needed to not think about medicine for 30 minutes. Job done.",
    "Long session, about 70 minutes. Peer is a 3rd year on the surgical rotation at Monash Medical Centre, Ward 21. She's doing 6:30am starts, finishing most days after 7pm, then studying for the end-of-rotation exam (worth 60%) until midnight. She's eating once a day, usually a $6 sausage roll from the kiosk on level 1. She said the consultant is fair but the registrar is 'scary'. We talked about what's within her control: sleep, one proper meal, and asking the MO for a half-day to study. No thoughts of self-harm. PHQ-9 12, GAD-7 14. She agreed to see the GP about sleep. Follow-up next Thursday.",
    "passing on to you: quiet shift. 2 calls. 1) first-year wanting to know how to drop a unit before census (31 March) — sent to student admin. 2) a 5th year venting about the ward. both fine, no follow-ups.",
    "dictated: new paragraph what happened colon peer could not get out of bed for the nine am lecture for the fourth day in a row full stop what helped colon small goals full stop risk colon low full stop follow up colon monday full stop",
    "[16:05] S4: anyone know where the quiet room is at Clayton?\n[16:06] S2: Level 1 Campus Centre, next to the prayer room, room 1.31\n[16:06] S4: ta, peer needs it",
    "What happened: peer was told her placement in Sale was moved to Bairnsdale, 1 week's notice.\nWhat helped: calling the rural coordinator together.\nRisk: none.\nFollow-up: after she's settled.",
    "Peer showed me her WAM history: 68.2, 71.0, 66.5, 73.9. She thinks it's 'going down'. It isn't. Graphed it on a napkin.",
    "Peer's medication list: sertraline 100mg mane, melatonin 2mg nocte, ventolin PRN, iron tablets. Wanted to check none interact with the antihistamine she just started. Pointed her to her pharmacist.",
    "Peer's rent went from $380 to $450/wk. She's looking at the uni residence (Richardson Hall, $310/wk catered). Tough decision, no risk.",
    "Dictated: peer is a 1st year full stop says Orientation week was overwhelming full stop 900 people in the lecture theatre full stop",
    "Handover: no active risk. peer from the 4pm slot asked for info on the 1800 650 890 line (the Student Health line) — given. she'll ring.",
    "Peer took the 8:05 V/Line from Ballarat, arrived 9:25, lecture at 9:30 in S3. Every day. She's tired but determined.",
    "Summer placements at the Bendigo Base are what she's aiming for. Career hope is a protective factor.",
    "Peer got pulled over for an RBT at 2am after a night shift — 0.00, but it shook her. Exhausted driving is the bigger risk. Talked about a nap before driving.",
    "[21:33] S1: > PHQ 21\nthat's high, did you do a risk assessment?\n[21:34] S3: yes, no plan, no intent, GP tomorrow, safety plan done, 13 11 14 given",
    "Peer is a mature-age student (started med at 34) and feels out of place with 19-year-olds. We talked about what her life experience brings to the OSCE stations.",
    "Peer's coffee count: 5 today. Sleep: 4h. Exams: 2 tomorrow (MED3000 at 9:00, MED3010 at 14:00). We did a quick plan and she went home to sleep.",
    "Peer's screenshot of the Medicine Student Society Facebook group: a poll, 'How many hours did you sleep before the exam?' — most said 2-4. She felt less alone.",
    "Will-writing came up, oddly — her dad is unwell and the family is sorting his will. It's stirred up a lot. No risk. Grief ahead of time.",
    "Peer wondered if her ADHD meds (dexamphetamine 10mg bd) are 'an unfair advantage'. They're not. It's treatment.",
    "Form — What happened: exam results released at 4pm, peer failed 1 of 4 units (44%). What helped: supplementary exam info. Risk: low. Follow-up: week of the supp.",
    "dictated: the peer uses they them pronouns full stop new line they are worried about being misgendered on placement full stop",
    "Peer described the St Vincent's cafeteria as 'the only good coffee in Fitzroy' which led to a long, nice talk about cafés. Nothing clinical to note.",
    "Handover: passing on to you. peer you saw on Mon emailed the booking line to cancel — she's doing great, no need to call.",
    "Peer's parents run a dairy farm near Leongatha; it's calving season and she's been driving home every weekend (2h each way) to help. Tired, not unwell.",
    "[14:00] S5: reminder to log your contacts by Sunday 5pm\n[14:05] S2: done ✅\n[14:07] S4: doing it now",
    "What happened: peer got a 'concern' flag on her professionalism for being late 3 times.\nWhat helped: understanding the process.\nRisk: low.\nFollow-up: after the meeting.",
    "Peer says the blood bank fridge on Level 3 is the coldest place in the hospital and she hides there for 2 minutes when overwhelmed. Not ideal; we found better options.",
    "Peer showed me a group chat of her family in Lahore — mostly recipes and forwarded prayers. Comforting, she says. No concerns.",
    "Peer doing the Cert IV in Training on the side because she wants to teach anatomy one day. Aspirational session.",
    "Dictated: peer says PHQ nine is fourteen full stop GAD seven eleven full stop no risk full stop follow up two weeks full stop",
    "Peer weighs 48 kg, height 165 cm (BMI ~17.6). Restricting since exams started. Eating disorder screening done, referred to the GP and to Butterfly. Risk moderate.",
    "Peer asked about the Hippocratic oath ceremony in Year 6. She's 'terrified of the speech'. Cute worry, low stakes.",
    "Handover: the walk-in from 1pm was a Bengali speaker, very anxious about her visa conditions (48h per fortnight work limit). referred to the international student advisers.",
    "Page from the peer's diary she read me: 'March: 31 days, 29 of them studying, 2 crying'. We laughed a little. Then planned a day off.",
    "Peer on amitriptyline 10mg for migraines, vivid dreams. Just wanted to share. Nothing to action.",
    "[19:48] S2: anyone know if Lifeline has a text service?\n[19:49] S1: 0477 13 11 14\n[19:49] S2: thx",
    "Peer's placement at the Northern, ED, 10am-6pm, 4 days. Sees lots of trauma. Debriefs with the team at 5:30. She's coping well.",
    "Patience and Prudence are the names of the two hospital therapy dogs. Peer got to pat both. Best day this month.",
    "peer said she's 'one Woolies meal deal away from a breakdown'. Humour as coping. Real issue: finances. Hardship info given.",
    "What happened: peer's mouse died at 11:58pm during an online exam.\nWhat helped: incident form, tech support screenshot.\nRisk: none.\nFollow-up: if needed.",
    "Peer explained the difference between Hakha Chin, Falam and Tedim dialects for 15 minutes. I learnt heaps. Session was mostly about homesickness.",
    "Peer says the Grampians hike (3 days, 36 km) she did over the break reset her completely. Encouraged more of that.",
    "Dictated: comma peer asked whether the wellbeing service is confidential question mark full stop yes full stop",
    "Handover: 1 contact. peer on rural placement in Horsham, said the local footy club has taken her in. happy. no follow-up.",
    "Peer's parents want her to do the Indian Medical Graduate pathway 'just in case'. She's Australian-born. Family expectations. No risk.",
    "Peer says 'Lord, give me strength' whenever she opens Moodle. Now she says it in the session. Ha.",
    "Costs this year: $12,000 in rent, $2,400 textbooks and equipment, $900 in fuel for placement. Peer working 25 hrs/week. Unsustainable. Looked at scholarships.",
    "Peer passed the PAL test. 94 out of 100. She cried with relief.",
    "[10:35] S3: can someone cover the 2pm at Peninsula campus?\n[10:40] S4: yep, I'm there anyway\n[10:40] S3: legend 🙏",
    "Peer worried about a Hep B needlestick (source negative). Followed protocol, bloods done, nothing to worry about. Still shaken.",
    "Peer asked what to do on Anzac Day, lectures are off and she feels weird about the day. Her grandfather was in Vietnam. We talked about it.",
    "Dictated: peer is in ward seven bee full stop seven B full stop not seven D full stop she's got her ward wrong on the roster full stop",
    "Peer from Geelong, doing 6 weeks in Colac. Said the bakery there has the best vanilla slice in Victoria. Mood good.",
    "Form —\nWhat happened: peer feels guilty about enjoying a weekend away.\nWhat helped: naming guilt.\nRisk: none.\nFollow-up: none.",
    "Peer in the carpark of the Maroondah Hospital at 7:50pm, crying, then said 'ok I'm fine, I just needed to do that'. Stayed on the line 10 minutes.",
    "Peer had a Bunnings sausage sizzle for lunch and counted it as a win. Small joys are the theme today.",
    "Peer shared the JMO forum post saying 60% of interns report burnout. She says 'so it's not just me'. Normalising helped.",
    "handover: peer from yesterday called back. just to say thanks. nothing else. 😊",
    "Peer's panic attacks: 3 this week, 10-15 min each, no triggers she can identify. GP referral already done, waiting 6 weeks for a psychologist. Bridged with the CAPS drop-in.",
    "Crohn's, coeliac and now possible Addison's — peer says her body's 'an exam question'. Dark humour, low risk.",
    "She listed everyone at home: mum, dad, two younger brothers, her grandmother, an uncle who's 'visiting' for 8 months, and a cousin on the couch. 8 people, 3 bedrooms. No study space. Library hours discussed.",
    "Peer described her flatmates without naming them: the engineer, the nurse, and 'the one who plays drums at midnight'. Conflict mostly about noise. Mediation service info given.",
    "Team-mates, coach, physio and the club president all noticed she'd gone quiet. She came in because the whole netball team staged a gentle intervention. Sweet. PHQ-9 10.",
    "Peer's family group chat, which she showed me: 11 members, 400 unread, all about a cousin's wedding in Jalandhar in December. She's expected to fly over. Exam results come out the week before.",
    "passing on to you: the staff on the ward (nurse unit manager, 2 nurses, the ward clerk) have been really kind to the peer. it's the medical team that's the problem. peer wants to talk about reporting options next time.",
    "[15:31] S2: peer showed me a screenshot of a nasty anonymous comment on the med confessions page\n[15:32] S4: did she want to report it?\n[15:33] S2: yes, we did the form together. page admin removed it within the hour",
    "Dictated: peer's parents comma sister comma and grandparents all live in one house in Keysborough full stop she has no privacy full stop we talked about the library full stop",
    "What happened: peer was sent a meme mocking her ethnicity in a year-level group chat.\nWhat helped: reporting to the faculty's respect officer.\nRisk: low.\nFollow-up: 1 week.",
    "Peer's Instagram post (public, shown to me) was a selfie in scrubs captioned 'halfway there 🩺'. 300 likes. She was proud and wanted to share with someone who 'gets it'.",
    "Peer read me 3 DMs from year-level peers, all kind, all checking in after she missed the exam. She's overwhelmed by the kindness. Good.",
    "Ward 9 East, room 912, the patient who asked for 'the nice student'. Peer was so chuffed. Protective moment.",
    "Total cost of the rural year estimated by the peer: $8,400 (rent $190/wk x 40, fuel, food). Scholarship of $5,000 pending. She's anxious about the gap.",
    "Peer had 3 exams in 5 days: 2 MCQ (120 Qs each) and 1 OSCE (12 stations). She slept 14 hours after. Reset.",
    "Dictated: peer says she feels like a robot full stop wake eat placement study sleep full stop new line we talked about one thing a day just for her full stop",
    "Peer is on the 6am 900 bus from Stud Park to Monash every day. She knows all the drivers. It's oddly comforting.",
    "Handover: the 2 walk-ins this arvo were both about the ethics assignment (due 5pm Friday, 2,000 words). both fine. one wanted library skills help - referred.",
    "[08:10] S1: has anyone got the new rural placement list?\n[08:12] S5: not released till 5pm\n[08:12] S1: > not released till 5pm\npeers are going to be on edge all day",
    "Peer's mental health care plan: 10 sessions, 6 used, $0 gap at the campus psych. She wonders what happens after session 10. Explained options.",
    "Peer's friend group (5 of them) all failed the same unit. They've formed a study group called 'The Supplementals'. Gallows humour, actually pretty healthy.",
    "Peer showed me the hospital's email saying the 'Wellbeing Week' includes a free massage and a bingo session. She was unimpressed. 'I want rostered breaks, not bingo.' Fair.",
    "What happened: peer's mum back in Yangon can't get money out due to bank limits.\nWhat helped: looking at remittance options.\nRisk: distress, no SI.\nFollow-up: 1 week.",
    "Peer said the Vietnamese bakery near Springvale station does banh mi for $7 and it's her 'reward' after each exam. 2 left.",
    "dictated: peer said stop stop I mean she said it's too much full stop we paused full stop then continued full stop",
    "Peer from Darwin, she says the cold here is a crime. 8 degrees this morning. She bought a heater from Kmart ($39) and feels 'rich'.",
    "Handover: contact with a peer who wanted to know if CAPS do couples counselling. They don't, gave Relationships Australia info (1300 364 277).",
    "Peer doing her Honours year at the Baker Institute. Project: 2 years, 1 supervisor, 0 results so far. Research anxiety.",
    "[20:55] S3: peer spiralling about the 8am exam tomorrow\n[20:58] S3: ok did grounding, she's going to bed\n[20:58] S2: nice work",
    "Peer's CV has: 2 publications, 4 volunteering roles, 1 leadership role, and she's still sure she won't get an intern spot. Let's see in 6 months.",
    "Pages and pages of notes, she says, and she remembers none of it. Tested her on 5 random questions; she got 4. Memory is fine, confidence isn't.",
    "Peer in the Alfred's Level 5 staff room at 2:30am, night shift, eating a muesli bar, called just to hear a voice. Fine.",
    "Peer's Hindu family celebrated Navratri for 9 nights; she joined for garba on the weekends. 2 nights, $25 entry. Joyful.",
    "Dictated: question mark is it normal to dread placement question mark full stop yes full stop we talked full stop",
    "What happened: the hospital car park ($22/day) is eating her budget.\nWhat helped: park-and-ride options.\nRisk: none.\nFollow-up: none.",
    "Peer on metformin for PCOS, plus the pill. Worried about mood effects. GP review suggested.",
    "Handover: peer in 2nd year wants to switch to part-time. said the 0.5 load form is on the student portal, deadline end of week 4. she'll do it.",
    "Peer's Discord study server has 60 members. She's the admin. It's a big responsibility and she's getting burnt out by moderating. Talked about stepping back.",
    "Peer says the Heimlich manoeuvre demo in clinical skills triggered memories of her choking as a kid. Processed it. Fine by the end.",
    "Ward 3A, bed 4, her first patient in the rotation: an old man who taught her three card tricks. She's going to miss him.",
    "Peer's screenshot of a Tinder bio that said 'looking for a doctor wife'. She laughed for 5 minutes. Then we talked about dating in med school.",
    "[13:25] S4: peer asked me what RUOK day is about\n[13:26] S1: second Thursday in September, national\n[13:26] S4: perfect",
    "Peer's triple-shot oat latte costs $7.20. She has 2 a day. That's $100 a week, she worked out. Shocked. We laughed.",
    "Dictated: peer has a job interview at the Epworth full stop as a clinical assistant full stop nervous full stop practised answers full stop",
    "Peer can't decide between surgery and GP. Mentioned Noosa as where she'd like to retire, 'in about 40 years'. Dreaming. Nice session.",
    "Peer mentioned she'd had Kawasaki disease as a child and that's why she went into medicine. Lovely story.",
    "What happened: peer's visa nearly lapsed (27 days left).\nWhat helped: lodging the application on the spot together.\nRisk: anxiety high, no SI.\nFollow-up: when it's granted.",
    "Peer from Perth, 3,400 km from family. Flights $480 return. She goes home once a year. Lonely.",
    "Handover: one call, anonymous, didn't give a name, just wanted to talk about a friend. gave info, no follow-up possible.",
    "Peer is terrified of the Year 5 'barrier OSCE' (pass rate 92%). Says she'll be 'the 8%'. We explored the catastrophising.",
    "[19:00] S2: who's on for the Friday late?\n[19:01] S3: me\n[19:01] S5: me too, I'll do 7-9 and S3 9-11?\n[19:02] S3: 👌",
    "Peer listed her team on placement: 2 consultants, 3 regs, 4 RMOs, 1 intern and 'approximately a million students'. Feels invisible.",
    "Peer's Cantonese grandmother calls her 'doctor' already. Sweet and terrifying, she says.",
    "Peer has Ehlers-Danlos, dislocated her shoulder lifting a patient's leg. On sling for 3 weeks. Worried about the clinical skills assessment.",
    "Dictated: apostrophe peer feels alone apostrophe is what she wrote on the form full stop we talked about it full stop no risk full stop",
    "Peer's scores on the practice exam: 52%, 58%, 61%, 67%. Trending up. She can't see it. We put them on a graph.",
    "Peer described Chinatown at 11pm after a shift, dumplings at the 24-hour place on Little Bourke. Her happy place.",
    "Form —\nWhat happened: noise complaint from neighbours about her 5am alarm.\nWhat helped: laughter.\nRisk: none.\nFollow-up: none.",
    "Peer on the Sunshine Coast for a 2-week rural elective, says the ocean is saving her. Checking in by phone. Fine.",
    "Peer asked whether we can write a letter for special consideration. We can't. Gave her the GP/CAPS route. 3 days to lodge.",
    "Handover: nothing. quiet Tuesday. I made tea. 🫖",
    "Peer's mum is a nurse at Box Hill on nights, dad drives Uber. Peer does the school run for her siblings at 8am. Then a 9am lecture. Carer load large.",
    "passing on to you: peer keeps calling her supervisor 'the boss'. she's scared of him. two incidents this week. she'll decide about reporting by Friday.",
    "What happened: peer's consultant told her to 'toughen up' after she cried in clinic.\nWhat helped: validation.\nRisk: low.\nFollow-up: next week.",
    "[22:05] S3: the peer said 'ask her brother, he knows'\n[22:06] S1: ok we don't contact family, but good she has him",
    "Numbers: 14 shifts, 3 weeks, $0. Dose: 50mg sertraline. Score: 11 on PHQ-9. Bus: 742. Ward: 4 South. Room: 4.12. Nothing else to note.",
    "dictated: peer mentioned sorry new line peer mentioned her tutor is very supportive full stop",
    "Handover: peer from the Samoan students' club will call back Mon. faith-based coping is strong for her. no risk.",
    "Sky-high anxiety before the results release, 8/10. Came down to 4/10 by the end. Walked her through the supp exam timeline.",
    "Peer listed the houses she's lived in: Clayton, Oakleigh, Carlton, Brunswick, Footscray. 5 houses in 3 years. Unsettled.",
    "Peer's dad is in hospital in Ludhiana. She's torn about flying back before the exam ($1,650 return). Compassionate leave explained.",
    "Peer mentioned the pharmacist at the local Chemist Warehouse noticed her buying paracetamol in bulk and asked if she was OK. She was — it was for the whole house. But it touched her.",
    "Peer's team on the ward: the reg, the intern and the charge nurse. She says they're 'a dream'. Lovely to hear.",
    "Faith in the system is low, she said, after the 3rd appeal got knocked back. Next step is the Ombudsman. Not a crisis; she's angry, not hopeless.",
    "Hope Street is where the GP clinic is, she said, and she laughed because 'that's on the nose'. Session was about starting an SSRI.",
    "Will Rogers' phenomenon came up in the epidemiology tutorial and she was the only one who got it. Small confidence boost.",
    "Ivy League, she said — her parents wanted her to apply to US unis and she chose Melbourne instead. Mostly a session about family expectations.",
    "Peer's 'Summer reading' is the Oxford Handbook of Clinical Medicine. She'd like a novel instead. We picked one.",
    "[17:20] S2: > is the 5pm still on?\nyep, room G.03\n[17:21] S4: 🙏",
    "Ruby Tuesday's on the jukebox at the pub she works at, every shift, she says, and she can't stand it anymore. Job-stress chat. Risk none.",
    "Dictated: peer's mood is seven out of ten full stop sleep six hours full stop bus three oh one full stop all fine full stop",
    "Peer's grandfather's Sikh Kara (steel bracelet) gets flagged on the OR checklist; she wanted to know the policy. Theatre allows covered religious items. Relief.",
    "Peer started the Couch to 5K app. Week 3 of 9. It's the first thing she's stuck to all year.",
    "Peer said 'Jesus, Mary and Joseph' about the new roster. Irish nan's influence. 13 shifts in a row. Raised it with the rostering office.",
    "Peer's favourite tutor is on long service leave this semester and she feels unmoored. We talked about other anchors.",
    "Handover: peer is Jewish, Yom Kippur falls on the exam day. She's lodged the religious observance form. Just wanted reassurance it's normal. It is.",
    "Mercy ships documentary got her into medicine, she said. We talked about global health and the elective in year 6.",
]
