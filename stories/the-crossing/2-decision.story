chapter 2: The decision, January 2013
image chapter-2.svg: By candlelight at the table, the young woman sits in profile, her hand beside the candle; behind her, her mother warms herself at the stove under the two framed portraits
ambient bed-2.ogg captions bed-2.vtt: Wind muffled by the walls, a faint electric hum

// She never sets out on this ending, so it is not "turned back": she stays, for now, for her reasons.
ending kind stayed: neutral, Stayed

== broker_meet ==
place 41.40, 128.18: Hyesan
ambient bed-1.ogg captions bed-1.vtt: Wind in the alley, over the snow between the low houses
sound spot-steps-snow.ogg captions spot-steps-snow.vtt: Footsteps crunching on snow behind the bathhouse
image 2-decision.svg: Night in a narrow alley behind the bathhouse: a woman in a padded coat and headscarf faces a man of her height in a good wool coat and fur hat; the only light is a lamp behind a steamed-up window above them.
hotspot 50% 75% The uncle -> fact chosun_2015: The Chosun Ilbo reported in March 2015 on a family who crossed the frozen Tumen early in 2014 owing brokers tens of millions of won. After Hanawon the three were given 18 million won to settle, 6 million each; every won of it went to the brokers, and they still owed 10 million. A clear majority of North Korean defectors, the paper wrote, end up in debt to the people who smuggled them out.
hotspot 69% 30% The bathhouse window -> fact nkew_2006: Andrei Lankov wrote in The Korea Times in 2006 that private bathrooms were nearly absent in North Korea: few homes in the countryside had anywhere to bathe, and outside Pyongyang even blocks of flats often had only a tap in the kitchen. For daily use, he wrote, there was the humble public bathhouse.

The uncle is smaller than you expected, in a good coat, and he does not offer his name. He looks at your hands, your shoes and your face, in that order.

The real fee, he says, is paid in dollars, thousands of them, and it is paid later: by your cousin's people in China, or by you, out of the resettlement money, if you ever reach the South. What he needs now is something to show you are serious.

fact bbc_2011: In 2011 a woman who helps people escape told the BBC that bringing a person out of North Korea into China cost about 3.5 million won, some 3,500 US dollars, and the journey on from China to South Korea about 2,500 dollars more.

* [money >= 3] Give him 300 yuan as a deposit -> broker_deal ~ money -= 3, trust += 1 else "You do not have 300 yuan"
* Promise to pay everything later, from the South -> evening ~ broker = true
* Walk away: he could be working for the police -> evening

== broker_deal ==
place 41.40, 128.18: Hyesan
ambient bed-1.ogg captions bed-1.vtt: Wind in the lanes, over the snow between the low houses
He takes the notes without counting them in front of you, which you decide is a kind of courtesy. "Be ready from tomorrow," he says. "Warm clothes, nothing in your hands. When my boy comes for you, you go that night or not at all."

Walking home, you keep touching the place in your coat where the money was.

~ broker = true
-> evening

== evening ==
place 41.40, 128.18: Hyesan
// A promise to pay later comes straight here from the uncle, so this scene tells his answer.
image evening.svg: Evening in the house: under a bare bulb, a woman sits at a low table with her face turned to the light; behind her, by the red glow of the stove, her mother sits mending in the dark. Two framed portraits hang on the wall.
{broker and not seen(broker_deal): He laughed once at your promise, not unkindly. Everyone promises, he said. But your cousin's name means something on the other side, and he has been paid that way before. He will take you, and the debt will follow you all the way to Seoul. "Be ready," he said. "When my boy comes, you go that night."}
The power comes on after dark, for an hour. Your mother sits close to the stove, mending a glove that has been mended so often it is mostly thread.

{broker: Somewhere in town a man now knows your name and what you want. | You have told no one anything, and yet the thought will not leave you.} If you go, the neighbourhood unit will notice the empty house within days. People whose relatives vanish are questioned. Sometimes they lose their homes.

* Tell your mother what you are thinking -> tell_mother ~ trust += 1
* Tell her nothing: what she does not know cannot be forced out of her -> friend_house

== tell_mother ==
place 41.40, 128.18: Hyesan
She does not cry, which is worse. She puts the glove down and takes your face in her cold hands and says that she has been waiting for you to say it since the autumn.

Then she works the ring off her finger, a thin band of gold she hid through every bad year, and closes your fist around it. "Sell it over there," she says. "Not here. Here they would cheat you."

~ money += 2
-> friend_house

== friend_house ==
place 41.40, 128.18: Hyesan
// Telling her mother nothing comes straight here, so this scene begins with that evening.
image friend.svg: By the light of a small oil lamp, a woman in a headscarf holds out a small mobile phone over two lifted floorboards and an open tin.
{not seen(tell_mother): You talk about the price of maize, and about the neighbour's son who joined the army. Your mother watches you while you talk. When you go to bed she says, into the dark, "Whatever it is, be careful," and nothing more.}
Your oldest friend lives three lanes away. Her husband drives a truck to the border posts, and in a tin under the floor she keeps a Chinese mobile phone that can catch the signal from across the river, if you stand in the right corner of the yard.

Using it is a crime. Being found with it is worse. She holds it out to you anyway.

* Call your cousin in China -> cousin_call
* Give it back: it is too dangerous for both of you -> night_knock

== cousin_call ==
place 41.40, 128.18: Hyesan
ambient bed-1.ogg captions bed-1.vtt: Wind across the yard, over the snow between the low houses
image phone.svg: In the dark corner of a yard a woman holds a small phone to her ear under her headscarf; its screen lights her fingers and the edge of her face. Far off, the lamps of the Chinese bank.
sound spot-phone-line.ogg captions spot-phone-line.vtt: A click, a hissing line, and a second click
The line clicks and hisses. Then your cousin's voice, older than you remember and with a Chinese lilt in it now, saying your childhood name.

She talks fast. She knows the uncle. She can pay him, in part, from what she earns. There are people in China who help, and people who sell. "Do not go with anyone I have not named," she says. "Do you hear me? Anyone." There is a noise on the line, a second click that should not be there.

* Ask her to vouch for you with the uncle -> cousin_vouch ~ trust += 1, broker = true
* Hang up now: the line may be listened to -> night_knock
timed 10s -> night_knock

== cousin_vouch ==
place 41.40, 128.18: Hyesan
ambient bed-1.ogg captions bed-1.vtt: Wind across the yard, over the snow between the low houses
"I will call him tonight," she says. "He will come for you. Bring nothing you cannot carry in your pockets." Then, more quietly: "It is not what you think, over here. But it is alive."

The line goes dead. Your friend takes the phone back and buries it before you have finished thanking her.

-> night_knock

== night_knock ==
place 41.40, 128.18: Hyesan
image knock.svg: Night inside the house: torchlight shows through the gaps of the plank door; a woman stands beside it in the dark, her hand raised towards the latch.
sound spot-knock.ogg captions spot-knock.vtt: Three knocks at the door
Late that night someone knocks. Three knocks, then the voice of the head of your neighbourhood unit and a man you do not know: a household inspection. They come like this sometimes, without warning, to count who sleeps where.

There is nothing to do but open: a door kept shut is a confession. {broker: If anyone has talked about the uncle, they will know what to look for. | You have done nothing yet that could be found, but they do not always need to find anything.}

continue: Open the door, and hope nobody has talked
chance [broker] 10% -> caught_before
chance [not broker] 4% -> caught_before
otherwise -> inspection_pass

== caught_before ==
place 41.40, 128.18: Hyesan
ambient bed-1.ogg captions bed-1.vtt: Wind over the snow between the low houses, before dawn
image taken.svg: Before dawn in the snow: a woman's mother stands in the lit doorway of the house, one hand on the frame; footprints lead away from the door to three dark figures, a woman between two men, walking off into the night.
The stranger ignores the portraits. He goes straight to your coat and turns out the lining, as if he already knew. Someone has talked: the woman at the market, the uncle, a neighbour who heard a phone ring where no phone should be. You will never know who.

They take you away before dawn. Your mother stands in the doorway in the cold and does not call after you, because calling after you would only make it worse for both of you.

Eleven years later, in the winter of 2024, footprints were found one morning on the ice of the Yalu at Hyesan, and the watch on the people of the city tightened again.

fact asiapress_2024: ASIAPRESS reported that on 29 January 2024 officials told a Socialist Women's League session in Hyesan that anyone who defects is a traitor and will be imprisoned or executed by firing squad, and that neighbourhood watch units set up security posts at the entrances to apartments and villages to check everyone entering or leaving.

ending captured: Detained in Hyesan before she could leave

== inspection_pass ==
place 41.40, 128.18: Hyesan
image awake.svg: Night after the inspection: close on a woman lying awake, her head on the pillow and the quilt drawn up to her chin, her eyes open in the pale light of a frosted window; beyond a curtain, her mother's mat.
They check the portraits for dust. They look under the blankets and behind the curtain, where your mother pretends to sleep. They write something in a notebook and leave, and the cold they let in stays in the room until morning.

You lie awake. {broker: The uncle's boy could come any night now. | Nobody is coming for you. If you go, you go alone.} It is the middle of winter: the river will not stay frozen for ever.

fact dailynk_2013: Daily NK reported in January 2013 that attempts to cross rise every winter when the Tumen freezes, that night patrols in North Hamgyong Province had been stepped up early that year because the river froze early, and that they were expected to last until the ice begins to thaw, around March.

* [broker] Go with the uncle's people when they come -> decide_go
* Go on your own, across the ice at the edge of town -> decide_alone
* Stay, not this winter -> stay_home

== stay_home ==
after 3 months
place 41.40, 128.18: Hyesan
ambient bed-1.ogg captions bed-1.vtt: Wind along the river at the end of the lane
image stay.svg: A spring evening at the end of the lane in Hyesan: the ice has gone from the river and the snow from the roofs; a woman in a headscarf stands looking across the dark water at the lamps of the Chinese town.
You stay. You sell rice cakes when you can get rice, and maize when you cannot, and your mother's cough eases with the spring. When the ice goes out of the river, the decision goes with it, for this year.

Staying is a decision too, made for reasons: a mother who cannot walk far, a debt, the family of anyone who leaves. The street lamps across the river are still there every night, at the end of the lane.

For many who stayed, the price of leaving rose out of reach in the years that followed.

fact ktimes_2016: The Korea Times reported in April 2016, citing CBS No-Cut News, that a broker's fee for leaving North Korea had risen to 12 million won, about 10,000 US dollars, a person, from 8 million won the year before, and that many North Koreans could not cross the border because they could not afford the cost.

ending stayed: Stayed in Hyesan, for this winter
