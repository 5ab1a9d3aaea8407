chapter 6: The last border, summer 2013
image chapter-6.svg: A summer night before the last border: under a sky thick with stars and the Milky Way, the young woman stands in profile in a thin jacket, her hair loose, and looks ahead into the dark; below the horizon the land is black, and a track runs away into it
ambient bed-6.ogg captions bed-6.vtt: Insects pulsing in the night, frogs calling

== laos_border ==
after 2 days
place 21.18, 101.68: The China-Laos border near Mohan
image laos.svg: A hillside road in the south of Yunnan at night: a car has pulled over with a door open and its light on; the guide stands by it smoking, and a woman stands by the open door looking down the valley, where the road winds between hills planted with rows of rubber trees to a barrier and a small lit hut under a low moon.
hotspot 77% 72% The checkpoint -> fact latimes_2013: The Los Angeles Times reported that on 10 May 2013 Laotian authorities arrested nine young North Korean defectors, most of them homeless teenagers, just across the border from China in Laos's Oudomxay province, with two South Korean missionaries who were helping them. South Korea gives asylum to every North Korean, the paper explained, but because of its relations with China it will not take them in at its embassy or consulates there, so they often cross into Laos, Vietnam or Mongolia.
hotspot 88% 50% The hills -> fact lee_2015: Hyeonseo Lee wrote in The Girl with Seven Names (2015) that when she brought her mother and brother south through China, the broker switched them from Vietnam to Laos at the last moment: two days before, a group of North Koreans had been caught in Vietnam and sent back to China. They would be guided over the border into Laos early in the morning, he told her, and on to the South Korean embassy in Vientiane. Asked whether it was safe, he said that nothing was guaranteed.

The guide stops the car an hour before the border. From here, he says, there are two ways. He can walk you through the forest, around the border post, four or five hours up and down in the dark. Or you can ride in a minivan with Lao plates whose driver has made an arrangement with someone; the arrangement usually holds.

* Walk through the forest with the guide -> laos_forest ~ strength -= 1
* Ride in the minivan on the road -> laos_road

== laos_forest ==
place 21.15, 101.70: The forest at the China-Laos border
image laos-forest.svg: Near dawn at the edge of the forest in Laos: a red dirt road comes round a bend, and the glare of lights coming along it shines through the trees; at the roadside the young woman and the guide turn away from the road towards the dark scrub, and the grandmother, behind them, looks back at the lights.
The path goes straight up and then straight down. Leeches, thorns, a stream you cross three times. The grandmother falls and gets up, falls and gets up. Near dawn you come out onto a red dirt road in Laos, and there are lights on it, coming towards you.

If they are police, anyone still on the road when they come round the bend will be seen. {strength < 2: After the night's climb your legs will hardly carry you. | You still have the strength to move fast; the grandmother does not.}

continue: Get off the road, into the scrub
chance [strength < 2] 35% -> laos_caught
chance [strength >= 2] 10% -> laos_caught
otherwise -> laos_through

== laos_road ==
place 21.18, 101.68: The China-Laos border near Boten
image laos-road.svg: Night at a police post beside a bridge in Laos: a minivan has slowed under the post's fluorescent light, its driver talking with his arm out of the window to a policeman in a cap who holds up his torch; behind the driver, among cardboard boxes, the young woman's face looks out of the window at him.
The minivan is full of cardboard boxes and a Lao family asleep in the back row. At the border the driver gets out with an envelope and comes back without it. Twenty kilometres on, at a police post beside a bridge, he does not stop talking as he slows down, and you understand from his voice that this was not part of the arrangement.

The envelope at the border was the arrangement. Whether it reaches as far as this post, nobody can tell you.

continue: Sit still and let the driver talk
chance 35% -> laos_caught
otherwise -> laos_through

== laos_caught ==
// A Lao police post: reached from the road, the forest and the river.
image lao-post.svg: A Lao police post at night under a fluorescent tube: a woman sits on a wooden bench, looking towards the open doorway, where a man in a grey suit stands outside in the dark talking on a telephone; on the desk lie papers and a camera.
The Lao police are polite and tired and not interested in money, at first. They photograph you. They ask questions through a man who speaks some Chinese. Nobody says the words North Korea until the next morning, when a man in a grey suit arrives who speaks Korean with a Pyongyang accent, and the room goes quiet.

On the way, the guide told you about the nine young people arrested in Laos in May and sent back. Until then, he said, Laos had let people like you go on to the South.

fact chosun_2013: The Chosun Ilbo reported on 29 May 2013, citing South Korean activists, that the nine North Koreans arrested in Laos that month were seven males aged 15 to 23 and two females, and that they were flown to Kunming in China.

* [money >= 3] Offer the officer everything in your coat -> laos_bribe ~ money -= 3 else "You have nothing left to offer"
* Ask, again and again, to be handed to the South Korean embassy -> laos_embassy

== laos_bribe ==
// No place of its own: the police post is wherever she was caught (the forest, the road or the Mekong bank).
image lao-post.svg: A Lao police post at night under a fluorescent tube: a woman sits on a wooden bench, looking towards the open doorway, where a man in a grey suit stands outside in the dark talking on a telephone; on the desk lie papers and a camera.
The officer looks at the notes for a long time. Then at the door. Then at the man in the grey suit, who is on the telephone outside.

He can take the money and let you go, or take it and keep you. Everything you had is already on his desk.

continue: Wait for his answer
chance 50% -> laos_released
otherwise -> sent_back_laos

== laos_released ==
// No place of its own: the police post is wherever she was caught (the forest, the road or the Mekong bank).
image lao-post.svg: A Lao police post at night under a fluorescent tube: a woman sits on a wooden bench, looking towards the open doorway, where a man in a grey suit stands outside in the dark talking on a telephone; on the desk lie papers and a camera.
The officer counts the notes once more and nods at the door. {seen(mekong_patrol): By nightfall you are back on the bank where they caught you. The boy is there with his boat, as if he had never run, and this time nobody waits for the patrol to pass. | Down the road the guide is waiting, as if he had never been gone.}

-> {seen(mekong_patrol): mekong_boat | laos_through}

== laos_embassy ==
after 1 day
place 17.97, 102.61: Vientiane, Laos
image detention.svg: An immigration detention room in the heat: light falls through high barred windows onto rows of mats where women lie or sit, a single ceiling fan turns above them, and a woman sits up on her mat among them with her knees drawn up, awake.
You are driven south to Vientiane, a long day on mountain roads. At the immigration detention centre you are kept with Vietnamese, Chinese, and a Hmong family. Every day you say the same sentence to every official who passes: South Korea, please, the embassy. For two weeks nothing happens, and then people begin to ask different questions.

Since the nine were sent back in May, nobody here can say which way a North Korean will go: onto the plane for Incheon, or back the way she came.

fact dailynk_2013b: Daily NK reported in 2013 that Laos had usually questioned North Koreans for one to two weeks and then sent those who wished to go to South Korea on to Incheon by plane, before the case of the nine.

continue: Wait for their decision
chance 50% -> sent_back_laos
otherwise -> incheon

== laos_through ==
place 20.40, 100.40: Northern Laos
{not seen(laos_bribe) and seen(laos_forest): The lights on the road are a farmer's truck, and it passes you without slowing.}{not seen(laos_bribe) and seen(laos_road): The driver talks his way past the post, or the envelope was enough. He does not say which, and you do not ask.} For two days you travel south and west through northern Laos. You ride in the back of a pickup, under a tarpaulin that drums with rain, past villages on stilts and red mud roads. The guide hands you on to another guide, who hands you on to a boatman. Each one takes a cut, and none of them tells you more than the next step.

On the evening of the third day you reach a village on a wide brown river. On the far bank, lights: Thailand.

-> mekong_bank

== mekong_bank ==
after 2 days
place 20.29, 100.09: The Mekong, Laos bank
ambient river.ogg captions river.vtt: A wide river flowing at night, water lapping against reeds
image 6-mekong.svg: Night on the Lao bank of the Mekong: among the reeds a barefoot boy points at a patrol boat whose searchlight lies on the water mid-river; beside his long-tail boat, pulled up on the mud, a woman crouches and watches him; across the wide river the lights of Thailand; at the left a village of houses on stilts, one lantern lit.
hotspot 66% 38% The far bank -> fact reuters_2017: Thai immigration officials told Reuters in 2017 that most North Koreans enter Thailand at its northernmost tip near the Golden Triangle, from Laos. Thailand lies on a popular transit route, the agency wrote: hundreds of North Koreans a year flee to China and reach Thailand overland, and from there they are usually sent on to South Korea.
hotspot 62% 90% The boat -> fact afp_2012: AFP reported in June 2012 that 19 North Koreans, eleven women and eight men, were arrested on the Thai bank of the Mekong in Chiang Rai province after they got off a boat. The river runs from China's Yunnan province past Myanmar and Laos to Thailand, the agency wrote, and refugees often come ashore there knowing that the Thai authorities will not send them back to North Korea.
hotspot 83% 56% The patrol boat -> audio spot-boat.ogg captions spot-boat.vtt: An engine on the water, far off
hotspot 53% 84% The guide's sketch -> photo mekong-map.svg: A page torn from a squared school notebook, folded once, with a ballpoint sketch: the river as two wavy lines with an arrow for the current, two huts and a circled cross on this bank, a dotted line and a small boat over the water, and on the far bank a square with a flag, the police post, below the hills.
hotspot 20% 72% The lantern -> fact rfa_2005: Radio Free Asia reported in November 2005 that more and more North Koreans were making the risky journey through China to Laos, to enter Thailand and ask for asylum. A missionary in Thailand told it that those caught in Laos or Burma were sent to China, and those caught in Thailand to the immigration camp: "If they can make it to Thailand, they are safe."

The boatman is a boy of perhaps fourteen, barefoot, with a long-tail boat pulled up among the reeds. He points at a light moving slowly downstream in the middle of the river: a patrol boat. Then he points at the boat and at you, and makes a small impatient gesture: now, or wait, your choice, quickly.

* Get into the boat now -> mekong_boat
* Wait for the patrol boat to pass -> mekong_wait
timed 10s -> mekong_boat

== mekong_wait ==
place 20.29, 100.09: The Mekong, Laos bank
image 6-mekong.svg: Night on the Lao bank of the Mekong: among the reeds a barefoot boy points at a patrol boat whose searchlight lies on the water mid-river; beside his long-tail boat, pulled up on the mud, a woman crouches and watches him; across the wide river the lights of Thailand; at the left a village of houses on stilts, one lantern lit.
You crouch lower in the reeds beside the boy's boat. The patrol light comes closer, stops, turns. A searchlight goes over the water, over the reeds, over the boy's boat.

If the light stops on the boat, they will come in to look. If it moves on, the river is clear until it comes back.

continue: Keep down in the reeds until the light moves on
chance 20% -> mekong_patrol
otherwise -> mekong_boat

== mekong_patrol ==
place 20.29, 100.09: The Mekong, Laos bank
The patrol boat turns in towards the bank. The boy is already gone, running along the shore. Men with torches step out into the shallows and call to you in Lao, and then in Chinese.

-> laos_caught

== mekong_boat ==
place 20.28, 100.09: The Mekong
sound spot-boat.ogg captions spot-boat.vtt: An outboard engine is pulled into life and putters over the water
ambient river.ogg captions river.vtt: A wide river flowing at night, water lapping against reeds
The engine is loud, terribly loud. Spray in your face. The river is high and brown with the rains, wider than it looked, and the current pulls the boat sideways, downstream; the boy steers into it without slowing. You hold the gunwale with both hands and do not breathe until the bottom of the boat grinds onto sand.

-> thai_shore

== thai_shore ==
place 20.27, 100.08: Chiang Saen, Thailand
image thai-shore.svg: Night on the Thai bank of the Mekong: the young woman stands soaked in the mud at the water's edge and looks up the bank to a road with one streetlight, a blue sign in Thai script and a barking dog; behind her on the dark river the boat is going back without lights.
You are standing in mud on a riverbank in Thailand. The boy pushes off and is gone. Somewhere up the bank a dog is barking, and there is a road with a streetlight, and a sign in a script you cannot read.

The network's instructions were clear: walk to the police and give yourself up. In Thailand, being arrested is the way in. But every part of you that has learned how to survive the last months says: hide.

* Walk to the police post and give yourself up -> thai_police
* Hide, and try to reach Bangkok on your own -> bus_bangkok

== bus_bangkok ==
place 19.91, 99.83: Chiang Rai, Thailand
You get as far as the bus station in Chiang Rai. At the first checkpoint on the highway south, the police walk down the bus asking for identity cards, and you have nothing to show, and for once it does not matter. They take you off the bus, and it is the easiest arrest in the world.

fact afp_2008: AFP reported in March 2008 that eight North Koreans were arrested in Chiang Rai province on a bus bound for Bangkok after failing to show identity cards at a police check, and that Thai courts regularly declared North Koreans refugees, rather than jailing them, and allowed them to be resettled in South Korea.

-> thai_police

== sent_back_laos ==
after 2 weeks
place 17.97, 102.61: Vientiane, Laos
image plane-back.svg: An airport apron at dawn in Vientiane: two men in grey suits walk a woman between them to the steps of a passenger plane, one holding her arm; she looks ahead at the open door.
One morning they come for you before breakfast. A van, an airport, a plane. You do not know where the plane is going until it lands in Kunming and the men in grey suits take your arm and do not let go. Then another airport, another plane, and the last one lands in Pyongyang.

Months of walking and hiding and paying, undone in two days.

The nine young people arrested in Laos that May went back the same way. The UN human rights office said it had credible information that they had been returned to North Korea via China, and that all of them were reported to be orphans.

fact wapo_2013: The Washington Post reported in June 2013 that Laos had detained the nine young defectors for travelling without documents and handed them over to North Korean agents, who took them back to Pyongyang on a series of commercial flights, reversing years in which Laos had quietly helped thousands reach South Korea.

ending captured: Arrested in Laos and sent back

== gobi_night ==
place 43.60, 111.85: The China-Mongolia border near Erenhot
ambient wind.ogg captions wind.vtt: Wind blowing over open desert
image gobi.svg: Night in the desert at the Mongolian border: under a huge sky of stars a woman in a headscarf stops and looks towards a pair of headlights far off on the flat horizon; a mother and her son walk a few steps behind her, and a line of fence posts runs away to the horizon.
hotspot 68% 17% The stars -> fact park_2015: Yeonmi Park, who crossed from Erenhot into Mongolia with her mother, wrote in her memoir In Order to Live (2015) that the group was given two torches and two compasses, and that their guide showed the man leading them how to set a bearing before leaving them near the border. They were to walk north-west and pass five barbed-wire fences; a very tall one after them would mean they had reached the border.
hotspot 84% 70% The headlights -> fact demick_2009: Barbara Demick wrote in Nothing to Envy (2009) that, unlike China, Mongolia allowed the South Korean embassy in Ulaanbaatar to take in North Korean defectors. Being arrested in Mongolia was in effect a free plane ticket to Seoul, she wrote, and the country had become a major stop on the underground railroad to the South.

The guide leaves you in the dark beside the road with a wave. The heat of the day is gone at once; the desert is cold at night, even in summer. You walk north-west by the compass, the mother, the boy and you, and climb through one fence, then another. Then, far off on a track, a pair of headlights swings towards you.

* Lie flat behind the scrub -> gobi_walk
* Run for the next fence -> gobi_run ~ strength -= 1
timed 8s -> gobi_walk

== gobi_run ==
place 43.62, 111.82: The China-Mongolia border near Erenhot
ambient wind.ogg captions wind.vtt: Wind blowing over open desert
image gobi.svg: Night in the desert at the Mongolian border: under a huge sky of stars a woman in a headscarf stops and looks towards a pair of headlights far off on the flat horizon; a mother and her son walk a few steps behind her, and a line of fence posts runs away to the horizon.
You run. The boy runs with you; his mother stumbles after you, further behind at every step. Behind you the headlights stop, and a door slams.

The last fence is somewhere ahead in the dark. If they are Chinese police and they reach you on this side of it, it is over.

continue: Keep running for the last fence
chance 25% -> sent_back_china
otherwise -> gobi_walk

== gobi_walk ==
place 43.80, 111.60: The Gobi, Mongolia
ambient wind.ogg captions wind.vtt: Wind blowing over open desert
image gobi-day.svg: Day in the Gobi: under a pale, burning sky a woman in a pale headscarf walks on with her eyes half shut against the glare; a mother and her son follow further back across stones and scrub, a vehicle track runs away across the gravel, and the last border fence is far behind them.
At the last fence, the tall one, the boy climbs first and you pass his mother over. Then you are in Mongolia, and there is nothing in Mongolia: no road, no light, no guards, only stones and scrub to the edge of the world.

You walk through the rest of the night and into the day. By noon the sun is fierce and there is no shade anywhere. {strength <= 1: Your legs stopped obeying you some time ago; you keep walking by habit. | You are tired, but you can still count your steps.}

Somewhere to the north-west are the Mongolian posts. Lose the bearing, or the water, before you find one, and the desert is wide enough to lose you.

continue: Keep walking north-west by the compass
chance [strength <= 1] 50% -> gobi_lost
chance [strength >= 2] 15% -> gobi_lost
otherwise -> mongolia_guards

== gobi_lost ==
after 1 day
place 44.00, 111.40: The Gobi, Mongolia
ambient wind.ogg captions wind.vtt: Wind blowing over open desert
image gobi-day.svg: Day in the Gobi: under a pale, burning sky a woman in a pale headscarf walks on with her eyes half shut against the glare; a mother and her son follow further back across stones and scrub, a vehicle track runs away across the gravel, and the last border fence is far behind them.
The water is finished. The compass says north-west, but north-west looks exactly like every other direction. The boy has stopped talking. In the afternoon you find a vehicle track, two ruts in the gravel, running somewhere.

Walking on, you might reach a post before your strength gives out. Staying, you might be found by whoever drives this track, if anyone does.

* Keep walking north, away from the track -> gobi_last
* Stay by the track and wait for someone to come -> gobi_wait

== gobi_last ==
place 44.10, 111.30: The Gobi, Mongolia
ambient wind.ogg captions wind.vtt: Wind blowing over open desert
image gobi-day.svg: Day in the Gobi: under a pale, burning sky a woman in a pale headscarf walks on with her eyes half shut against the glare; a mother and her son follow further back across stones and scrub, a vehicle track runs away across the gravel, and the last border fence is far behind them.
You walk. You stop seeing the ground. You are thinking, very clearly, about the frost on the window in Hyesan, and how you used to press your hand against it to make a shape.

continue: Keep walking while you can
chance [strength >= 1] 60% -> mongolia_guards
otherwise -> died_gobi

== gobi_wait ==
place 44.00, 111.40: The Gobi, Mongolia
ambient wind.ogg captions wind.vtt: Wind blowing over open desert
image gobi-day.svg: Day in the Gobi: under a pale, burning sky a woman in a pale headscarf walks on with her eyes half shut against the glare; a mother and her son follow further back across stones and scrub, a vehicle track runs away across the gravel, and the last border fence is far behind them.
You sit in the thin shade of your own coat, stretched over two stones, with the boy's head on your knee. You listen for an engine for so long that you hear engines everywhere.

continue: Wait by the track for an engine
chance 65% -> mongolia_guards
otherwise -> died_gobi

== died_gobi ==
place 44.05, 111.35: The Gobi, Mongolia
ambient wind.ogg captions wind.vtt: Wind blowing over open desert
image gobi-shade.svg: The Gobi in the afternoon glare: a padded coat is stretched between two stones for shade beside a vehicle track, an empty water bottle lies in the gravel, and far off in the heat haze a patrol jeep is coming along the track.
{seen(gobi_wait): No engine comes that day, or the next. | You walk until you cannot, and stretch your coat over two stones for shade, beside a track you do not remember crossing.} The Mongolian patrol finds the place three days later, a few kilometres from one of their posts. The mother and the boy are alive, barely. You are not.

In the group whose crossing Barbara Demick recounts, it was the boy who did not survive: the water ran out in the heat, and a ten-year-old boy died by a small pond while one of the group ran to fetch water.

fact demick_2009: Barbara Demick's Nothing to Envy (2009) recounts a group of North Koreans crossing the Gobi into Mongolia as temperatures rose into the 90s Fahrenheit; the six litres of water they had brought were finished, and a ten-year-old boy in the group died.

ending died: Died in the Gobi, a few kilometres from help
