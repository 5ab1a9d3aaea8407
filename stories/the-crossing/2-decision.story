chapter 2: The decision

== broker_meet ==
place 41.40, 128.18: Hyesan
image 2-decision.svg: Two figures face each other in a narrow alley between walls, lit only by a lamp behind a steamed-up window.
hotspot 48% 40% The uncle -> text: Brokers are often traders first: they move goods across the border, and sometimes people.
hotspot 80% 30% The bathhouse window -> text: Steam, a weak bulb, the sound of water. Nobody looks out.

The uncle is smaller than you expected, in a good coat, and he does not offer his name. He looks at your hands, your shoes and your face, in that order, as if pricing them.

The real fee, he says, is paid in dollars, thousands of them, and it is paid later: by your cousin's people in China, or by you, out of the resettlement money, if you ever reach the South. What he needs now is something to show you are serious.

fact ktimes_2016: In 2016 The Korea Times reported that a broker's fee for leaving North Korea had risen to about 12 million won, roughly 10,000 US dollars, a person.

* [money >= 3] Give him 300 yuan as a deposit -> broker_deal ~ money -= 3, trust += 1 else "You do not have 300 yuan"
* Promise to pay everything later, from the South -> broker_debt
* Walk away: he could be working for the police -> evening

== broker_deal ==
place 41.40, 128.18: Hyesan
He takes the notes without counting them in front of you, which you decide is a kind of courtesy. "Be ready from tomorrow," he says. "Warm clothes, nothing in your hands. When my boy comes for you, you go that night or not at all."

Walking home, you feel the absence of the money in your coat like a missing tooth.

~ broker = true
-> evening

== broker_debt ==
place 41.40, 128.18: Hyesan
He laughs once, not unkindly. Everyone promises, he says. But your cousin's name means something on the other side, and he has been paid that way before. He will take you, and the debt will follow you all the way to Seoul.

"Be ready," he says. "When my boy comes, you go that night."

~ broker = true
-> evening

== evening ==
place 41.40, 128.18: Hyesan
The power comes on for an hour after dark. Your mother sits close to the stove, mending a glove that has been mended so often it is mostly thread.

{broker: Somewhere in town a man now knows your name and what you want. | You have told no one anything, and yet the thought will not leave you.} If you go, the neighbourhood unit will notice the empty house within days. People whose relatives vanish are questioned. Sometimes they lose their homes.

* Tell your mother what you are thinking -> tell_mother ~ trust += 1
* Tell her nothing: what she does not know cannot be forced out of her -> tell_nobody

== tell_mother ==
place 41.40, 128.18: Hyesan
She does not cry, which is worse. She puts the glove down and takes your face in her cold hands and says that she has been waiting for you to say it since the autumn.

Then she works the ring off her finger, a thin band of gold she hid through every bad year, and closes your fist around it. "Sell it over there," she says. "Not here. Here they would cheat you."

~ money += 2
-> friend_house

== tell_nobody ==
place 41.40, 128.18: Hyesan
You talk about the price of maize, and about the neighbour's son who joined the army. Your mother watches you while you talk. When you go to bed she says, into the dark, "Whatever it is, be careful," and nothing more.

-> friend_house

== friend_house ==
place 41.40, 128.18: Hyesan
Your oldest friend lives three lanes away. Her husband drives a truck to the border posts, and in a tin under the floor she keeps a Chinese mobile phone that can catch the signal from across the river, if you stand in the right corner of the yard.

Using it is a crime. Being found with it is worse. She holds it out to you anyway.

fact coi_findings: The commission's detailed findings describe how, from the 1990s, hunger turned illegal crossing into China into a mass phenomenon, even though it was a crime.

* Call your cousin in China -> cousin_call
* Give it back: it is too dangerous for both of you -> night_knock

== cousin_call ==
place 41.40, 128.18: Hyesan
image phone.svg: A small phone screen glows in the dark, lighting a hand and the edge of a face.
The line clicks and hisses. Then your cousin's voice, older than you remember and with a Chinese lilt in it now, saying your childhood name.

She talks fast. She knows the uncle. She can pay him, in part, from what she earns. There are people in China who help, and people who sell. "Do not go with anyone I have not named," she says. "Do you hear me? Anyone." There is a noise on the line, a second click that should not be there.

* Ask her to vouch for you with the uncle -> cousin_vouch ~ trust += 1, broker = true
* Hang up now: the line may be listened to -> night_knock
timed 10s -> night_knock

== cousin_vouch ==
place 41.40, 128.18: Hyesan
"I will call him tonight," she says. "He will come for you. Bring nothing you cannot carry in your pockets." Then, more quietly: "It is not what you think, over here. But it is alive."

The line goes dead. Your friend takes the phone back and buries it before you have finished thanking her.

-> night_knock

== night_knock ==
place 41.40, 128.18: Hyesan
Late that night someone knocks. Three knocks, then the voice of the head of your neighbourhood unit and a man you do not know: a household inspection. They come like this sometimes, without warning, to count who sleeps where.

continue: Open the door
chance [broker] 10% -> caught_before
chance [not broker] 4% -> caught_before
otherwise -> inspection_pass

== caught_before ==
place 41.40, 128.18: Hyesan
The stranger does not look at the portraits. He goes straight to your coat and turns out the lining, as if he already knew. Someone has talked: the woman at the market, the uncle, a neighbour who heard a phone ring where no phone should be. You will never know who.

They take you away before dawn. Your mother stands in the doorway in the cold and does not call after you, because calling after you would only make it worse for both of you.

fact ohchr_women_2020: A 2020 report of the UN human rights office, based on the accounts of 100 women detained in North Korea between 2009 and 2019, documented beatings, forced labour and sexual violence in detention.

This story is a composite of documented accounts. To learn more, read the UN commission of inquiry's report on human rights in North Korea (2014) and the other sources listed below.

ending captured: Detained in Hyesan before she could leave

== inspection_pass ==
place 41.40, 128.18: Hyesan
They check the portraits for dust. They look under the blankets and behind the curtain, where your mother pretends to sleep. They write something in a notebook and leave, and the cold they let in stays in the room until morning.

You lie awake. {broker: The uncle's boy could come any night now. | Nobody is coming for you. If you go, you go alone.} It is the middle of winter: the river will not stay frozen for ever.

fact dailynk_2013: Daily NK reported in 2013 that the Tumen freezes every winter, that attempts to cross rise, and that night patrols are stepped up until the ice begins to thaw, around March.

* [broker] Go with the uncle's people when they come -> decide_go
* Go on your own, across the ice at the edge of town -> decide_alone
* Stay. Not this winter. -> stay_home

== stay_home ==
place 41.40, 128.18: Hyesan
You stay. You sell the rice cakes and, later, whatever else can be sold, and your mother's cough eases with the spring. When the ice goes out of the river, the decision goes with it, for this year.

Many people who leave have made this choice before, sometimes for years. Staying is not nothing: it is a choice made with every reason in the world. But the street lamps across the river are still there every night, at the end of the lane.

fact herald_2022: Arrivals in the South fell sharply when borders closed during the pandemic: 1,047 North Koreans reached South Korea in 2019, 229 in 2020 and only 63 in 2021.

This story is a composite of documented accounts. To learn more, read the UN commission of inquiry's report on human rights in North Korea (2014) and the other sources listed below.

ending turned-back: Stayed in Hyesan, for this winter
