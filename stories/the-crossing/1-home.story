chapter 1: Hyesan, January 2013
image chapter-1.svg: At night, a young woman wrapped in a padded coat stands in the snow in profile, her breath clouding in the cold, looking across the frozen river at the lights of the Chinese bank; behind her one window glows in a row of low houses
ambient bed-1.ogg captions bed-1.vtt: Wind outside, over the snow between the low houses

== dawn ==
place 41.40, 128.18: Hyesan
ambient wind.ogg captions wind.vtt: The wind outside, blowing steadily over the snow
image 1-home.svg: Low houses with snow on their roofs before dawn, one window lit; a lane runs down to the frozen river, and beyond it the lamps of the Chinese town burn along the far bank.
hotspot 6% 79% The lit window -> fact dailynk_2006: Daily NK reported in December 2006 that homes in Musan, Onsong and Hoeryong, in North Hamgyong Province, were to have electricity for six days around a holiday, and that workers went from house to house asking each household to light only one bulb. Power had been short since the economic collapse of the mid-1990s, the site wrote, and was worse in winter, because the hydroelectric plants that make most of the country's electricity cannot run in the dry season; that year only army barracks, strategic facilities and rice mills had been supplied.
hotspot 34% 55% The river -> fact asiapress_2019: ASIAPRESS reported in 2019 that the upper reaches of the Yalu are the stretch of the border smugglers use most, because the river is narrowest there. It usually freezes in mid-December, and then even large lorries can drive across the ice.
hotspot 80% 45% The lamps of Changbai -> fact economist_2013: The Economist reported in February 2013 from the Chinese bank of the Yalu that, as New Year fireworks boomed among the neon on that side, a low block of flats on the North Korean side was pitch-black but for a single light. Fuel, rice and consumer goods went into North Korea legally over the bridges, the paper wrote, and a thriving black-market trade crossed both ways by boat.

The cold wakes you before the light does. Frost has grown on the inside of the window, and the stove holds only grey ash. Behind the curtain your mother is coughing, the dry cough she has had since the autumn.

You count what is left in the sack by feel: two handfuls of maize, perhaps three. Your husband has been dead for two winters. The factory where you are still registered has not paid anyone since the summer, and nobody in your street has seen a ration in months.

On the table, under a cloth, are the rice cakes you made last night from a kilo of rice bought on credit from a neighbour. If they sell, you can pay her back and there will be maize for a week. If they do not, you will owe her a kilo of rice.

fact amnesty_2000: Amnesty International reported in 2000 that North Koreans were fleeing to China because of food shortages, although their government made leaving without permission a crime.

* Take the rice cakes to the market -> market
* Look around the room first -> room_look

== room_look ==
place 41.40, 128.18: Hyesan
The room is small enough to cross in four steps. Two framed portraits hang on the best wall, dusted every morning because the neighbourhood unit checks them. Under them stands the radio, its dial sealed to the state frequency.

Everything else you own would fit into one sack: the quilts, two pots, your mother's winter boots by the door. Only one thing is too big for a sack. It stands in the corner, under a cloth.

fact coi_findings: The UN commission of inquiry's detailed findings, dated 7 February 2014 and made public on 17 February, include a chapter on violations of the freedom of movement and residence, including the freedom to leave one's own country.

* Lift the cloth in the corner -> room_machine
* Take the rice cakes to the market -> market

== room_machine ==
place 41.40, 128.18: Hyesan
Under the cloth is the sewing machine your mother brought to her wedding. She made every coat in this house on it, and turned every collar twice. It is the only thing you own that anyone would buy, and until this winter you never once thought of it as money.

The little drawer under its arm will not quite close. Something has been pushed in at the back.

* Open the drawer -> room_photo
* Take the rice cakes to the market -> market

== room_photo ==
place 41.40, 128.18: Hyesan
At the back of the drawer is a photograph of your cousin. It was taken the year before she went to China and did not come back, and she is laughing at whoever held the camera.

On the back, in pencil, in your mother's hand: a row of numbers too long to be a number anywhere in Hyesan. Your mother has never said your cousin's name aloud since she left. She has kept this.

You put the photograph back exactly as it was, and the cloth over the machine.

* Take the rice cakes to the market -> market

== market ==
place 41.40, 128.18: Hyesan market
image market.svg: Hyesan market in the snow on a winter morning: women in padded coats and headscarves sit in rows behind sacks and cloths; at the centre, beside rice cakes on a cloth, a woman in a red headscarf turns towards a sewing machine wrapped in a purple blanket, the market guard stands just behind her with his notebook, a woman sits behind her sacks of maize, and a woman selling Chinese soap, batteries and cigarettes watches the machine; beyond the wall, the frozen river and China.
hotspot 55% 88% The sacks -> fact ap_2016: The Associated Press reported in 2016 that satellite photos and defectors' testimony showed about 400 markets in North Korea, most of them outdoors. Surveys of refugees suggested that most ordinary North Koreans lived by trading in them, because the state's rations had never been fully restored; four defectors the agency interviewed said they had received no rations at all.
hotspot 47% 76% The sewing machine -> photo sewing-machine.svg: Your mother's sewing machine, unwrapped from its blanket: black, hand-cranked, the gold scrollwork on its arm worn away where hands have held it.
hotspot 73% 86% The Chinese goods -> fact guardian_2004: The Guardian reported from the banks of the Yalu in January 2004 that smugglers on the North Korean side signalled across the river with a torch after midnight, and that on the night its reporter watched, the Chinese border guards turned a blind eye. The illegal trade, in food, consumer appliances, endangered species and women, was keeping countless people from starvation, the paper wrote.
hotspot 41% 59% The market guard -> fact ap_2016: To trade in a market, the Associated Press reported in 2016, a seller buys a stall and pays a daily tax. A woman who had sold clothes in the north-eastern town of Musan said her stall there cost 100 Chinese yuan around 2000, and that she paid the market supervisors 500 to 1,000 North Korean won a day, 6 to 12 US cents at the unofficial exchange rate.
hotspot 41% 36% The guard's whistle -> audio spot-whistle.ogg captions spot-whistle.vtt: Two sharp blasts on the guard's whistle: a seller has set out her cloth where she has not paid.

The market is the one place in town that is always busy. Women sit in long rows behind cloths spread on the snow, selling maize, batteries, cigarettes, Chinese soap.

You find a place at the end of a row and lay out the rice cakes. By mid-morning you have sold four. A woman two places along, who trades in Chinese goods, has been watching the sewing machine you carried here on your back, wrapped in a blanket, in case.

"That would fetch something," she says. "If you ever wanted it to."

* Sell the sewing machine -> market_sold ~ money += 4
* Keep it, and sell only the rice cakes -> market_whisper

== market_sold ==
place 41.40, 128.18: Hyesan market
The woman counts out four hundred yuan in Chinese notes. She does it quickly, with her body between the money and the aisle. You have never held so much at once.

Your mother will ask where the machine went. You will tell her that it paid for food, and for a while that will be true.

-> market_whisper

== market_whisper ==
place 41.40, 128.18: Hyesan market
image market.svg: Hyesan market in the snow on a winter morning: women in padded coats and headscarves sit in rows behind sacks and cloths; at the centre, beside rice cakes on a cloth, a woman in a red headscarf turns towards a sewing machine wrapped in a purple blanket, the market guard stands just behind her with his notebook, a woman sits behind her sacks of maize, and a woman selling Chinese soap, batteries and cigarettes watches the machine; beyond the wall, the frozen river and China.
// Keeping the machine comes straight here, so this scene says it first.
{not seen(market_sold): You shake your head. The machine is your mother's. By the time the light goes grey the last rice cake is sold: enough to pay back the neighbour's rice and buy maize for a few days, and nothing over. The woman shrugs. "Everyone says no," she says, "the first time."}
As you pack up, the woman leans closer and speaks without turning her head. Your cousin, she says, sent word through a man who carries goods across the river. Your cousin is well. Your cousin says: come.

The man is called only "the uncle". He meets people behind the bathhouse after dark. He is careful, the woman says, and he is not cheap.

* Ask her to arrange a meeting with the uncle -> broker_meet
* Tell her you are not interested, loudly enough to be overheard -> evening
