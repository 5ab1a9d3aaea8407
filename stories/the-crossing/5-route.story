chapter 5: The underground route, summer 2013
image chapter-5.svg: At night in a train carriage, the young woman sits in profile by the window, her reflection in the glass over the lights of a passing city
ambient bed-5.ogg captions bed-5.vtt: A train rumbling on, its wheels beating on the rail joints

== route_choice ==
place 42.89, 129.51: Yanji, China
ambient bed-4.ogg captions bed-4.vtt: Yanji outside the window: a lorry passing, a soft wind
image 5-route.svg: A night train crosses a dark plain under the moon: the locomotive's headlight shines ahead, the lit windows of the carriages make a line of small yellow squares running into the distance, two passengers' heads dark against them; telegraph poles stand along the line, and a hut by a track across the fields has one lit window.
hotspot 30% 45% The train -> fact wapo_2013: The Washington Post reported in June 2013 that the nine young North Koreans arrested in Laos that May had already travelled some 2,500 miles, about 4,000 kilometres: from the northern tip of North Korea into China, then across much of eastern China, the most dangerous part of their journey. Only then had they headed into Laos.
hotspot 87% 12% The telegraph poles -> fact natgeo_2009: National Geographic called it the Asian underground railroad in 2009: a perilous journey on foot, by road and by train across China and Southeast Asia, through an obstacle course of checkpoints, informants and treacherous terrain. Numerous defectors had been caught on it, the magazine wrote; but with the help of a small band of humanitarians, and of smugglers charging 3,000 dollars and up, some 15,000 had reached safety, most often in South Korea.

The woman who will arrange your journey speaks calmly and does not waste words. There are two ways out of China, she says. Neither is safe. Both are expensive: the people who guide you, the drivers, the tickets in other people's names; your cousin will pay part, and you will owe the rest. Either way you leave from Shenyang, not from Yanji, where the station is watched; a driver will take you there overnight.

North-west, to Mongolia: a night train to Beijing, a bus to the edge of the Gobi, then a night's walk across the border. The Mongolians, she says, hand North Koreans to the South, not back to the North. It is the short way. The desert is not short.

South, through all of China to Laos, then across the Mekong into Thailand: thousands of kilometres, weeks on the road, a dozen checkpoints. But Thailand, she says, does not send North Koreans back to the North.

fact herald_2013: The number of North Koreans reaching South Korea fell by nearly half in 2012, to 1,508 from 2,706 in 2011, mainly because of tighter border security in the North; it had peaked in 2009 at 2,929, according to Ministry of Unification figures reported in January 2013.

* Go south, through China to Laos and Thailand -> train_south
* Go north-west, to Mongolia and across the Gobi -> train_north ~ north = true

== train_south ==
after 1 day
place 41.80, 123.43: Shenyang, China
sound spot-train.ogg captions spot-train.vtt: A train passes, its wheels beating on the rails
In Shenyang a young man from the network meets you in a noodle shop. He gives you a ticket in someone else's name and a bag of bread and apples, and tells you the rules: do not speak Korean, do not sit with the others, do not look at the police, do not look away from them either.

There are four of you travelling: you, a grandmother from Chongjin, and a brother and sister who cannot be more than sixteen. You do not learn their names. It is better not to.

-> train_check

== train_check ==
after 1 day
place 28.20, 112.97: A train near Changsha, China
image train-check.svg: A hard-seat carriage on a train in the south of China: green flooded fields pass the windows, passengers sit in rows of green seats with white covers, and two railway police come down the aisle, one holding a hand-held card reader; in the nearest seat a woman turns her face to the window.
On the second day, somewhere in the south, a ripple goes down the carriage. Outside, the fields are flooded green and the air through the window is hot and wet; inside, people straighten up and children are hushed. Two railway police are working their way along the seats, checking identity cards against a hand-held reader.

They are six rows away. Five.

* [papers] Take out the card and hold it ready -> show_card else "You have no papers to show"
* Go to the toilet and lock the door -> toilet_hide
* Pretend to be asleep against the window -> pretend_sleep
timed 10s -> pretend_sleep

== show_card ==
place 28.20, 112.97: A train near Changsha, China
image train-check.svg: A hard-seat carriage on a train in the south of China: green flooded fields pass the windows, passengers sit in rows of green seats with white covers, and two railway police come down the aisle, one holding a hand-held card reader; in the nearest seat a woman turns her face to the window.
The policeman takes the card and looks at it, and at you, and at the card. He puts it to the reader. The reader thinks about it.

If the reader finds nothing, it is a card like any other. If it asks a computer somewhere, the card will not survive it.

continue: Wait, and keep your face still
chance 10% -> sent_back_china
otherwise -> kunming

== toilet_hide ==
place 28.20, 112.97: A train near Changsha, China
image toilet-hide.svg: Inside a train's cramped toilet, in half-dark: the young woman sits on the closed lid with her bag in her arms and looks at the bolted door; its handle is pushed down from outside, and the light under the door is broken by the shadow of two feet.
You sit on the lid of the toilet in the swaying dark, listening. Someone tries the handle. Goes away. Comes back. Knocks.

If it is the police, they will wait until the door opens. If it is only someone who needs the toilet, they will give up.

continue: Keep the door locked and wait
chance 25% -> sent_back_china
otherwise -> kunming

== pretend_sleep ==
place 28.20, 112.97: A train near Changsha, China
image train-check.svg: A hard-seat carriage on a train in the south of China: green flooded fields pass the windows, passengers sit in rows of green seats with white covers, and two railway police come down the aisle, one holding a hand-held card reader; in the nearest seat a woman turns her face to the window.
You lean your head on the cold window and make your breathing slow. You feel them stop beside your seat. Someone says something, a question, and the grandmother from Chongjin answers it in Chinese, in a voice you have never heard her use.

{papers: If they touch your shoulder, you will have to open your eyes and show them a card with another woman's name. | If they touch your shoulder, you will have to open your eyes, and you have nothing to show them.}

continue: Keep your eyes shut
chance 35% -> sent_back_china
otherwise -> kunming

== kunming ==
after 1 day
place 25.04, 102.71: Kunming, China
ambient bed-4.ogg captions bed-4.vtt: The city outside the closed curtains: traffic passing far below, a soft wind
image kunming.svg: A flat high up in Kunming with the curtains drawn: the young woman stands at a gap in them, her face in the daylight, looking out at green hills and balconies with flowers in pots; behind her, the grandmother lies on a mattress on the floor in the light of a television with the sound turned down.
Kunming is mild and green after the heat of the train. Flowers in pots on balconies, people eating outside. The network keeps you in a flat on the ninth floor with the curtains closed, with a television nobody is allowed to turn up.

The guide for the next part arrives on the second day. He says the border with Laos is a long day's drive south, through hills and rubber plantations, and that the group should go tomorrow. The grandmother says she needs to rest. {strength <= 1: So do you: your feet are raw and your chest aches when you breathe. | You are tired, but you could go.}

* Rest a few days before the border -> kunming_rest
* Leave tomorrow with the group -> laos_border

== kunming_rest ==
after 2 days
place 25.04, 102.71: Kunming, China
ambient bed-4.ogg captions bed-4.vtt: The city outside the closed curtains: traffic passing far below, a soft wind
You sleep for most of two days. You eat rice and eggs and let the sores on your feet close. The brother and sister go ahead without you; the guide says they can be trusted to do as they are told, and that not everyone can.

~ strength += 1
-> laos_border

== train_north ==
after 1 day
place 41.80, 123.43: Shenyang, China
sound spot-train.ogg captions spot-train.vtt: A train passes, its wheels beating on the rails
In Shenyang you board the overnight train to Beijing with a guide. He is a thin man who works as a driver and speaks Korean and Chinese equally badly. There are three of you: you, and a mother with a son of about ten who coughs all night.

The guide has a plan for Beijing and a plan for after Beijing. He does not have a plan, he says, for if you are stopped. "Then you are on your own," he says, "and so am I."

-> beijing

== beijing ==
after 1 day
place 39.90, 116.42: Beijing, China
image beijing.svg: The hall of Beijing station at dusk: a crowd crosses the polished floor under rows of lamps and a red departure board; cameras and loudspeakers on poles, police in pairs; in the middle the young woman follows the guide, who walks fast ahead of her without looking back, and she looks up at the cameras.
hotspot 58% 32% The departure board -> fact chinadaily_2011: China Daily reported in December 2011 that from 1 January 2012 anyone buying a railway ticket anywhere in China would have to show an identity document. Tickets were to be bought against proof of identity at every station in the country.
hotspot 28% 80% The police -> fact scmp_2013: The South China Morning Post reported in November 2013, citing the Chosun Ilbo and a South Korean activist, that China had arrested more than 30 North Koreans since the start of that month. Five were taken near Beijing when public security officers checked the bus they had boarded in Tianjin; others were caught in Shenyang, Yanji, Dandong and Kunming. Except for those held in Kunming, most had already been sent back.
hotspot 62% 92% The guide -> fact bbc_2011: The BBC reported in 2011 that China's crackdowns were bringing in new, inexperienced brokers willing to take bigger risks for bigger rewards, according to Joanna Hosaniak, a human rights activist with the Citizens' Alliance for North Korean Human Rights in South Korea. Because they did not know the work, she said, they endangered many of the North Koreans who trusted them. A broker told the BBC that the price kept rising because getting people out was getting harder.
Beijing station is the biggest building you have ever been inside. Cameras on poles. Police in pairs. Loudspeakers. Ten thousand people who all know where they are going. The guide walks fast, without looking back.

The night bus to Erenhot, on the Mongolian border, leaves from a bus station across the city this evening: twelve hours across Inner Mongolia.

* Stay close behind the guide and keep walking -> erenhot
* Wait in the station until the crowd thins -> station_wait

== station_wait ==
place 39.90, 116.42: Beijing, China
image station-wait.svg: A waiting hall in Beijing station: the young woman sits on her bag against a pillar beside the mother, whose son coughs into his hand; a few metres away a policeman who had walked past has turned round to look at them.
You sit on your bag by a pillar with the mother and the boy while the guide goes to find a taxi. An hour. Two. A policeman walks past, slows, looks at the boy coughing, and walks on. Then he turns around.

{papers: If he asks for papers, your card may pass; the mother and the boy have none. | If he asks for papers, none of you has any.} If he only wanted to look, he will walk on.

continue: Sit still by the pillar
chance 20% -> sent_back_china
otherwise -> erenhot

== erenhot ==
after 1 day
place 43.65, 111.98: Erenhot, China
ambient wind.ogg captions wind.vtt: A hot wind blowing sand along the empty streets
image erenhot.svg: Dusk in Erenhot: on a wide empty street that runs out towards the desert, the guide holds a compass out on his palm, and the young woman and the mother lean in to look at it; at the end of the street a dinosaur statue stands dark against a low sun in a sky hazy with sand.
Erenhot, which the guide calls Erlian, is the last Chinese town. Wide empty streets, dinosaur statues for the tourists, and a hot wind full of sand. A guesthouse takes cash and asks for nothing. You wait there all day with the curtains closed.

At dusk the guide gives each of you a torch and a compass and shows the mother how to follow a bearing. North-west, he says, through the fences, to the last and tallest fence, which is the border. After that, walk until someone finds you. Pray that it is the Mongolians.

fact demick_2009: Barbara Demick wrote in Nothing to Envy (2009) that North Koreans who managed to cross from China into Mongolia were arrested by the Mongolian border police and handed over for deportation to South Korea, not to the North.

* [money >= 2] Spend 200 yuan on more water and food -> buy_water ~ money -= 2 else "You cannot afford more"
* Leave tonight with what you have -> gobi_night

== buy_water ==
place 43.65, 111.98: Erenhot, China
ambient wind.ogg captions wind.vtt: A hot wind blowing sand along the empty streets
You buy six bottles of water, bread, dried meat, and a scarf to tie over your mouth against the sand. The bag is heavy now. The guide nods and says nothing.

~ strength += 1
-> gobi_night
