chapter 4: China, January 2013
image chapter-4.svg: At night in the Chinese countryside, the young woman stands in profile in her padded coat, soaked from the river, her breath in the cold; behind her, under the moon, bare poplars, a sleeping village of low brick houses with one lit window and smoking chimneys, and a lorry with its headlights on along the road
ambient bed-4.ogg captions bed-4.vtt: A lorry passing on a road somewhere outside, a soft wind

== far_bank ==
place 41.42, 128.20: Changbai, China
image 4-china.svg: Night on the Chinese bank: a woman soaked from the river crouches in the reeds; across a snowy field of maize stubble a farmhouse has one lit window and smoke rising from its chimney, a dark barn stands closer, and a lorry with its headlights on drives along the road above, under a line of bare poplars.
hotspot 51% 66% The farmhouse -> fact guardian_2004: The Guardian reported in 2004 from the Chinese bank of the Yalu that whole villages there appeared to be involved in the smuggling trade across the river. The sale of North Korean women, it wrote, was as commonplace as it was illegal: many people there knew someone who had bought a wife smuggled over the border.
hotspot 21% 72% The barn -> fact guardian_2015: Hyeonseo Lee, who grew up in Hyesan, told in The Guardian in 2015 of the night her mother and brother crossed the river there. She waited for them on the Chinese bank, crouched behind the wall of a derelict house among the trees some 200 yards from the water, watching North Korean patrols pass on the far side. Her brother was to lead their mother waist-deep through the water and help her up one of the ladders on the Chinese bank.
hotspot 80% 54% The road -> fact coi_findings: Numerous witnesses told the UN commission of inquiry that they had been arrested by Chinese officials once it was found that they were North Koreans and could not show valid papers. In a number of cases, the commission found, there seemed to be targeted operations to find and arrest them.

China looks, at first, exactly like the bank you left: reeds, snow, a dyke, a dark field. Then a lorry passes on a road above you with its headlights on, not caring who sees it, and you understand that you are somewhere else.

You are wet and shaking. There is a house with a light on a few hundred metres away. There is a barn, closer. {seen(decide_go): Somewhere up on the road, the uncle's man should be waiting. | Nobody is waiting for you.}

* [seen(decide_go)] Climb up to the road and find the uncle's man -> broker_car
* Knock at the house with the light on -> knock_house
* Hide in the barn until morning -> barn ~ strength -= 1

== far_bank_tumen ==
place 42.24, 129.19: The Tumen near Nanping, China
Someone takes your arm in the dark and pulls you up onto a farm track. It is the uncle's man on this side, a Korean-Chinese farmer with a torch wrapped in cloth so it shows only a thread of light.

He walks you through a field of maize stubble to a car with its engine running and its lights off, and opens the back door without a word.

-> broker_car

== broker_car ==
place 42.55, 129.00: The road to Yanji
image broker-car.svg: Night at a crossroads among snowy fields: a man holds open the back door of a waiting car whose light is on inside; the young woman stands in the snow and looks at him, with the first car's headlights behind her.
sound spot-car.ogg captions spot-car.vtt: A car comes closer on a frozen road, stops and idles
The car heats up until your clothes steam. The driver speaks Korean with the accent of Yanbian and listens to Chinese pop music very quietly. Hours later, on a dark stretch of road, he stops at a crossroads where a second car is waiting, and a second man gets out and opens its door for you.

"He takes you the rest of the way," the driver says. Your cousin's voice, in your head: do not go with anyone I have not named.

* [trust >= 2] Refuse: say you go only where your cousin said -> cousin_contact else "Nobody has vouched for you: you have no right to refuse"
* Get into the second car -> farm_sold
* Run into the fields -> road_walk ~ strength -= 1

== knock_house ==
place 41.43, 128.21: Near Changbai, China
image 4-china.svg: Night on the Chinese bank: a woman soaked from the river crouches in the reeds; across a snowy field of maize stubble a farmhouse has one lit window and smoke rising from its chimney, a dark barn stands closer, and a lorry with its headlights on drives along the road above, under a line of bare poplars.
sound spot-knock.ogg captions spot-knock.vtt: Three knocks at a door
An old woman opens the door a hand's width. She looks at your frozen clothes, and past you at the river, and does not ask where you came from. Behind her, a television is on, and a young man at the table has stopped eating.

Some families on this bank take people in. Some call the police. From the step, you cannot tell which this is.

continue: Wait on the step for her answer
chance 35% -> reported
otherwise -> kind_family

== reported ==
// Reached from the house near Changbai and from the bus stop near the village where she was sold.
The police station is warm. Someone has given you tea. {seen(knock_house): The young man from the house went out after the soup and came back an hour later with two police officers; he kept his eyes on the floor while they put you in the car. | The woman in the red scarf never came. A police car did, and the man at the bus stop who had watched you since dawn pointed you out to it.}

You do not know whether anyone was paid for you. You know that in these villages a family that hides a North Korean can be punished for it, and that a family that reports one will not be.

fact coi_findings: Humanitarian activists who had worked in the provinces along the border indicated to the UN commission of inquiry that China encouraged its population to denounce North Koreans and punished those who harboured them.

-> sent_back_china

== kind_family ==
place 41.43, 128.21: Near Changbai, China
She pulls you inside and shuts the door. Her son stands up, says something sharp in Chinese, and she answers him more sharply. Then she strips off your frozen socks and puts your feet in a basin of warm water, and you cry for the first time since you left, from the pain of it.

Two days later her son drives you to Yanji: most of a day on mountain roads, with you lying on the back seat under coats. He knows a restaurant there that needs someone to wash dishes and does not ask for papers. "Do not come back here," he says. He means it kindly.

~ trust += 1
-> yanji_kitchen

== barn ==
after 1 day
place 41.43, 128.19: Near Changbai, China
image 4-china.svg: Night on the Chinese bank: a woman soaked from the river crouches in the reeds; across a snowy field of maize stubble a farmhouse has one lit window and smoke rising from its chimney, a dark barn stands closer, and a lorry with its headlights on drives along the road above, under a line of bare poplars.
You sleep in the straw between the cows for their warmth. In the morning the farmer finds you. He is not surprised; he has found people before. He brings you a bowl of rice and says, slowly, in bad Korean, that he knows a man in a village up the valley who is looking for a wife, and that it would be a good life, better than prison.

He goes to make a phone call.

* Wait for him: you have nowhere else to go -> farm_sold
* Slip away while he is on the phone -> road_walk ~ strength -= 1

== farm_sold ==
// Reached from the barn near Changbai and from the second car on the road to Yanji, so it has no single place.
image maize.svg: Spring in a village in north-east China: a woman in a red headscarf bends over a furrow planting maize; young shoots run in rows across the field, an older woman watches from beside the door of the farmhouse behind, and far off on the dirt road a police car passes.
Money changes hands, not with you but over you. The village is at the end of a dirt road, far from any bus. The man who paid is older than your father was. He paid for a wife, and he takes what he paid for. His mother locks the door at night and keeps the key.

The weeks pass. You learn enough Chinese to understand what the neighbours say about you. You learn that the man keeps his phone under his pillow. By the time the ice has gone from the rivers, you have learned when he sleeps most deeply.

fact state_2008: A US State Department official said in 2008 that North Korean women and children commonly cross into China of their own accord, but that some of them, undocumented and vulnerable, are then sold into prostitution, marriage or forced labour, and that trafficking into forced marriage is well documented.

* Stay, and survive -> hiding_farm
* Take his phone in the night and call your cousin -> farm_escape ~ phone = true

== hiding_farm ==
// The village of farm_sold.
image maize.svg: Spring in a village in north-east China: a woman in a red headscarf bends over a furrow planting maize; young shoots run in rows across the field, an older woman watches from beside the door of the farmhouse behind, and far off on the dirt road a police car passes.
You stay in the village at the end of the dirt road. In the spring you plant maize in the man's fields. In time there may be a child, who will have no papers either. When police cars come to the village, you go into the cellar.

Women who lived this life and later escaped have told researchers how it began for them: a broker, a sale, a locked door, and the choice between that and being sent back.

fact yoon_2019: Yoon Hee-soon of the Korea Future Initiative wrote in 2019, from long engagement with North Korean women and girls in China and with survivors in exile, that the great majority of North Koreans hiding in China are women, living without legal protection and exposed to human trafficking, and documented the ways women and girls are brought into prostitution and forced marriage.

ending in-hiding: Sold into a marriage, living in hiding in rural China

== farm_escape ==
after 2 months
// The village of farm_sold.
image farm-phone.svg: Night in a locked room of a farmhouse: on the heated brick bed a man sleeps under a quilt with his back turned, and at the other end of the bed a woman sits with her knees drawn up, turned towards him, holding a small phone to her ear; its screen lights her hand and her face. Her cloth shoes wait side by side on the floor below. Moonlight comes through the paper window, and a padlock hangs on the door.
sound spot-phone-line.ogg captions spot-phone-line.vtt: A click, then a hissing telephone line
Your cousin answers on the ninth ring. You whisper the name of the village, and of the nearest town, and she says: the bus stop, at six, a woman in a red scarf. You put the phone in your coat instead of back under the pillow.

To reach the bus stop you must leave the village before it wakes, by its only road. A woman alone at a bus stop at dawn is noticed, and anyone who looks at you twice will know what you are.

continue: Walk to the bus stop before dawn
chance 30% -> reported
otherwise -> cousin_contact ~ strength -= 1

== cousin_contact ==
after 1 day
place 42.89, 129.51: Yanji, China
{seen(farm_escape): The woman in the red scarf takes you to Yanji by bus. It is a long day's ride, with her ticket in your hand and her coat on your back. | The second man drives away without you, swearing into his phone. The uncle, it seems, has been reminded who is paying him. The first driver takes you on to Yanji himself.}

The woman your cousin trusts in Yanji is a widow who sells socks and phone cases from a stall by the bus station. She looks you over once, feeds you, and lets you sleep for a day and a night on her floor.

She cannot keep you: her neighbours count visitors. But the restaurant behind the bus station needs someone to wash dishes, and the cook there does not ask for papers.

-> yanji_kitchen

== road_walk ==
after 3 days
place 42.40, 128.40: The hills west of Yanji
You walk north-east, away from the river. Through maize stubble, along irrigation ditches, keeping the road in sight but never on it. You drink from a frozen puddle and sleep in a shed, then in a ditch under your coat. On the third day a woman selling sweet potatoes from a cart looks at your shoes and, without a word, gives you two. Her brother drives a lorry to Yanji; he takes you the rest of the way, hidden behind the crates.

In Yanji, behind the bus station, a restaurant has a sign in Korean in the window, and a back door, and a cook who needs someone to wash dishes and will not ask for papers.

-> yanji_kitchen

== yanji_kitchen ==
after 5 months
place 42.89, 129.51: Yanji, China
image restaurant.svg: A narrow restaurant kitchen at night: under a single hanging bulb a woman with her hair tied back washes bowls at a steel sink in the steam; clean bowls are stacked on the shelves, and a small window looks onto a street with a police box on the corner.
hotspot 31% 30% The window -> fact coi_findings: The commission of inquiry reported that in March 2013 the Chinese police in Yanbian were said to have issued a crackdown order on illegal border crossing, with money rewards for information leading to people who had crossed: the more people and the sooner, the higher the reward.
hotspot 86% 62% The bowls -> fact coi_findings: The commission of inquiry found that China seemed to take active measures to stop North Koreans from reaching foreign embassies and consulates to seek protection or asylum. It also reported that the Chinese security agency was said to have hired North Koreans to inform on others who were planning to flee to South Korea.

{seen(farm_escape): By the time you start at the sink, the ice has long gone from the rivers. | There is still snow in the streets when you start at the sink.} You sleep on a mat in the storeroom above the kitchen, between sacks of rice. You wash dishes from ten in the morning until midnight, and the owner pays you less than the Chinese girls, in cash, and you are grateful, and you hate being grateful.

{seen(farm_escape): Spring turns to summer. | Spring comes, and the start of summer.} Half the customers speak Korean. Any of them could be a policeman, or an informer, or another woman like you. Each month you sew what you can into your coat.

~ money += 3
-> yanji_room

== yanji_room ==
place 42.89, 129.51: Yanji, China
image storeroom.svg: A storeroom at night: a woman crouches behind a pile of rice sacks, her face caught by a thin line of torchlight that falls under the door; behind her a small window looks out over the roof of the shed next door.
{money > 0: You have {money * 100} yuan sewn into your coat. | Nothing is left in the lining of your coat: every yuan you sewed into it is spent.} From the storeroom window you can see the police box on the corner. You always know where the police box is.

* [money >= 4] Buy a forged Chinese identity card -> buy_papers ~ money -= 4 else "A forged card costs 400 yuan"
* [money >= 2] Buy a cheap mobile phone -> buy_phone ~ money -= 2 else "A phone costs 200 yuan"
* Ask the owner how people get to the South -> owner_talk
+ [visits(work_month) < 2 and not seen(farm_escape)] Keep your head down and work another month -> work_month ~ money += 2

== work_month ==
after 1 month
place 42.89, 129.51: Yanji, China
Another month of bowls and steam. The summer is hot and wet. You learn the Chinese for *bowl*, *hurry*, *police*. You learn which customers tip and which ones ask questions.

-> yanji_room

== buy_papers ==
place 42.89, 129.51: Yanji, China
The card belongs, or belonged, to a Korean-Chinese woman ten years older than you. The photograph could be you, in bad light. You practise her name and her birthday until you say them in your sleep.

It will not survive a computer check. It might survive a tired policeman.

~ papers = true
-> yanji_room

== buy_phone ==
place 42.89, 129.51: Yanji, China
The phone is second-hand and cracked and it is yours. You put one number in it: your cousin's. At night, under the blanket, you look at the little light of it for a long time before you sleep.

~ phone = true
-> yanji_room

== owner_talk ==
place 42.89, 129.51: Yanji, China
The owner is wiping the counter and keeps wiping it while she answers. "The South," she says, as if you had asked about the weather. "There are people who take you. Churches, brokers, both. It costs what it costs." Then, lower: "Not tonight. Tonight, go upstairs. Somebody told me the police are doing the street."

You are halfway up the stairs when the front door opens and you hear the first question, in Chinese, about papers.

-> raid

== raid ==
place 42.89, 129.51: Yanji, China
sound spot-door-bang.ogg captions spot-door-bang.vtt: Fists pound on a door, and the door is forced open with a crash
image storeroom.svg: A storeroom at night: a woman crouches behind a pile of rice sacks, her face caught by a thin line of torchlight that falls under the door; behind her a small window looks out over the roof of the shed next door.
Boots in the kitchen. A torch beam under the storeroom door. The owner is talking loudly, too loudly, so that you will hear. There is a small window behind the rice sacks that opens onto the roof of the shed next door.

* Climb out through the window -> raid_escape
* Stay still behind the sacks -> raid_hide
timed 8s -> raid_hide

== raid_hide ==
place 42.89, 129.51: Yanji, China
image storeroom.svg: A storeroom at night: a woman crouches behind a pile of rice sacks, her face caught by a thin line of torchlight that falls under the door; behind her a small window looks out over the roof of the shed next door.
The door opens. The torch moves over the sacks, over your feet, and stops. {papers: You stand up slowly, holding out the card with the other woman's name on it. | You have nothing to show them but your face.}

{papers: Now the card has to pass, in torchlight, in front of a man whose work is to doubt it. | Now everything depends on what the owner can say for you downstairs, and whether he listens.}

continue: Wait for him to decide
chance [papers] 10% -> sent_back_china
chance [not papers] 40% -> sent_back_china
otherwise -> after_raid

== raid_escape ==
place 42.89, 129.51: Yanji, China
image storeroom.svg: A storeroom at night: a woman crouches behind a pile of rice sacks, her face caught by a thin line of torchlight that falls under the door; behind her a small window looks out over the roof of the shed next door.
The window sticks, then gives. You drop onto the shed roof, slide, fall into an alley full of rubbish, and run without knowing where.

The police are in the street out front. If they see a woman running from the back of the restaurant at this hour, they will not need to ask for papers.

continue: Keep running, away from the street lights
chance 20% -> sent_back_china
otherwise -> after_raid ~ strength -= 1

== after_raid ==
place 42.89, 129.51: Yanji, China
image restaurant.svg: A narrow restaurant kitchen at night: under a single hanging bulb a woman with her hair tied back washes bowls at a steel sink in the steam; clean bowls are stacked on the shelves, and a small window looks onto a street with a police box on the corner.
{seen(raid_hide): The policeman with the torch looks at you for a long moment. Below, the owner is shouting up the stairs that the girl up there is her husband's niece from Longjing, and that she will complain to someone whose name makes him stop. He goes back down without a word. | You spend the rest of the night in a coal shed three streets away and creep back at first light.}

By morning the street is quiet again. Two of the girls from the kitchen are gone. The owner gives you your wages and tells you, without unkindness, not to come back.

Staying in Yanji now means another kitchen, another storeroom, and the next raid. The other way out is the long one.

* [phone] Call your cousin: she knows people who can get you out -> route_choice else "You have no phone"
* Find the church the cook once told you about -> church
* Find another kitchen and stay, out of sight -> hiding_yanji

== church ==
place 42.89, 129.51: Yanji, China
The church is a flat above a shop, with a cross made of red tape on the inside of the door. A woman there listens to you for a long time, and then makes a phone call in a language you do not understand, and then tells you to come back on Thursday with nothing in your hands.

fact coi_findings: The commission of inquiry found that by keeping North Koreans from the South Korean embassy and consulates in China, China denied them the chance to seek protection from South Korea and be considered for its citizenship under its constitution and laws.

~ trust += 1
-> route_choice

== hiding_yanji ==
place 42.89, 129.51: Yanji, China
image restaurant.svg: A narrow restaurant kitchen at night: under a single hanging bulb a woman with her hair tied back washes bowls at a steel sink in the steam; clean bowls are stacked on the shelves, and a small window looks onto a street with a police box on the corner.
You find another kitchen, and then another. You learn to sleep lightly and to leave by the back door without thinking about it. You send money home when you can, through a broker who takes a third.

In Yanji the journalist Tom O'Neill met two young North Korean women who had been held for a year as virtual prisoners by the man they worked for, until missionaries helped them escape. They were two of tens of thousands in hiding.

fact natgeo_2009: National Geographic reported in 2009 that some 50,000 North Koreans, and possibly many more, were hiding in China, most of them in cities and villages along the border, and that those who stayed on were left to keep hiding, often as prisoners of exploitative employers, or to take the underground railroad out.

ending in-hiding: Living in hiding in Yanji, without papers

== sent_back_china ==
// Reached from police checks all over China, so it has no single place on the map.
image bridge.svg: A grey morning on the border bridge: two women handcuffed together walk towards the North Korean bank, one looking ahead at it; a line of others is led across in front of them between steel girders, and a Chinese guard in a greatcoat watches from behind.
sound spot-truck.ogg captions spot-truck.vtt: A lorry's diesel engine slows, its brakes squeal, and it idles
The police station, then a detention centre near the border, then a lorry. You are handcuffed to a woman from Musan who has been sent back twice already and tells you, calmly, what to say and what never to say.

At the bridge the Chinese guards hand you over. On the other side, they already know your name.

fact coi_findings: The commission of inquiry found that, despite the torture, arbitrary imprisonment and other gross human rights violations awaiting people forcibly returned to North Korea, China pursues a rigorous policy of forcibly returning North Koreans who are in China without proper documents.

A hundred women who were sent back like this, and later escaped again, told the UN what happened to them next.

fact ohchr_women_2020: The UN human rights office reported in 2020, from 100 first-hand accounts by North Korean women detained after being forcibly returned between 2009 and 2019, that they were beaten during interrogation, starved, made to do forced labour and subjected to invasive body searches, rape and forced abortion.

ending captured: Arrested in China and sent back
