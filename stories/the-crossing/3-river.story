chapter 3: The river, January 2013
image chapter-3.svg: At night, the young woman crouches in the reeds in profile while a searchlight on a watchtower sweeps the frozen river
ambient bed-3.ogg captions bed-3.vtt: The ice groaning somewhere far off

== decide_go ==
after 4 days
place 41.40, 128.18: Hyesan
ambient bed-2.ogg captions bed-2.vtt: Indoors at night: the wind muffled by the walls
The boy comes on the fourth night: a teenager in a fur hat who talks fast and low. He says there are two ways. Here, on the Yalu, at the bend below the town, where the uncle has paid a guard to look the other way for ten minutes. Or east, a day's journey by lorry, to the Tumen near Musan, where the uncle's own people work a quiet stretch of bank.

Here is close, he says, and quick. There is also more to go wrong.

image 3-river.svg: A frozen river at night between dark banks; from a guard tower on the near bank a searchlight beam sweeps slowly across the ice, and reeds stand black in the foreground.
hotspot 60% 58% The ice -> fact sunsentinel_2009: The Sun-Sentinel reported in 2009 that the Tumen is one of the two rivers, with the Yalu, that make up the border between China and North Korea, some 850 miles long, and that it is almost made for people crossing where they should not. A wire fence had gone up along some of its shallower stretches in 2008, before the Beijing Olympics. People still came across, the paper wrote, and those the Chinese caught were promptly sent home.
hotspot 9% 33% The searchlight -> fact economist_2013: The Economist reported in February 2013 that border police, especially on the North Korean side, were known to take bribes to let smuggled goods across the Yalu, and that North Korean border guards had shot dead three Chinese smugglers in 2010. As goods went into North Korea, the paper wrote, people went on leaving it.

* Cross here, on the Yalu, where a guard has been paid -> yalu_paid
* Go east to the Tumen with the uncle's people -> tumen_road

== decide_alone ==
after 2 weeks
place 41.41, 128.19: The Yalu at Hyesan
ambient wind.ogg captions wind.vtt: Wind blowing steadily over the snow
sound spot-steps-snow.ogg captions spot-steps-snow.vtt: Footsteps crunching on snow at the edge of town
You wait for the darkest night of the month. You put on every piece of clothing you own, one over the other, and sew the money into the hem of your coat. You leave your mother sleeping, or pretending to sleep, and you do not look back at the door, because you know that if you look back you will not go.

At the edge of town the lane runs out into reeds and snow, and then the river: white, flat, wider than it ever looked from the end of the street.

-> yalu_alone

== yalu_paid ==
place 41.41, 128.19: The Yalu at Hyesan
image guard.svg: By a dead willow on the bank of the frozen river, a very young border guard in a fur hat and greatcoat, a rifle on his shoulder, a cheap watch on his wrist, keeps his eyes on the dark far bank.
The guard is waiting by the dead willow, exactly where the boy said he would be. He is very young. He counts the minutes on a cheap watch and keeps his eyes on the far bank.

"Ten minutes," he says. "Walk, do not run; running makes noise. If someone shouts, keep walking. It will not be me."

* Follow him down onto the ice -> ice_crossing ~ trust += 1
* Something is wrong: slip back into the town -> turned_back

== yalu_alone ==
place 41.41, 128.19: The Yalu at Hyesan
image chapter-3.svg: Night on the frozen Yalu: a woman crouches in the reeds on the bank, watching a searchlight from a guard tower sweep across the ice towards the dark Chinese shore.
You crouch in the reeds. Fifty metres upstream, the glow of a cigarette: a guard, stamping his feet against the cold. As you watch, he turns and begins to walk slowly away from you along the bank.

Out on the ice the searchlight has started to move.

* Run now, while his back is turned -> ice_crossing ~ strength -= 1
* Wait for the searchlight to pass -> searchlight
* Turn back while you still can -> turned_back
timed 12s -> searchlight

== searchlight ==
place 41.41, 128.19: The Yalu at Hyesan
image chapter-3.svg: Night on the frozen Yalu: a woman crouches in the reeds on the bank, watching a searchlight from a guard tower sweep across the ice towards the dark Chinese shore.
The beam does not pass. It comes back, slowly, sweeping the ice towards the reeds where you are crouched, and the guard has stopped walking.

* Lie flat in the snow and do not move -> lie_flat
* Run for the far bank -> ice_crossing ~ strength -= 1
timed 6s -> lie_flat

== lie_flat ==
place 41.41, 128.19: The Yalu at Hyesan
image lie-flat.svg: Low over the snow at night: a woman lies flat on the bank with her face pressed into the snow while the white beam of the searchlight slides across her back, and every crystal of snow around her shines.
You press your face into the snow. The light goes over you, white and enormous, and for a moment you can see every crystal in front of your eyes. You cannot tell if it has stopped on you. You cannot breathe.

If the beam stops on you, the guard will come. If it moves on, the dark comes back, and the ice is still there to cross.

continue: Stay down, and hope the light moves on
chance 25% -> captured_river
otherwise -> ice_crossing

== ice_crossing ==
place 41.41, 128.19: The Yalu at Hyesan
image ice.svg: Seen from the bank: one small dark figure walks alone across the middle of the frozen river, the only dark thing on a white field, towards the black line of the far shore; a crack runs through the ice in the foreground.
sound spot-ice-groan.ogg captions spot-ice-groan.vtt: The ice groans under her weight
The ice groans under your weight: a deep, slow sound that seems to come from the whole river at once. In the middle there is no cover at all. You are the only dark thing on a white field.

Anyone who looks this way from either bank will see you. And nobody can tell you how thick the ice is further on.

continue: Keep walking across the open ice
chance [trust >= 2] 5% -> captured_river
chance [trust < 2] 15% -> captured_river
chance 10% -> ice_breaks ~ strength -= 1
otherwise -> far_bank

== ice_breaks ==
place 41.42, 128.20: The Yalu near Changbai
sound spot-ice-crack.ogg captions spot-ice-crack.vtt: The ice cracks and gives way into water
Near the far bank the ice is thinner, where the current runs under it. It gives way with a crack and you go through to the waist. The cold knocks the breath out of you.

You do not remember getting out. You remember the reeds in your fists, and your trousers freezing stiff as boards, and the thought, very clear and calm, that you must not stop moving.

-> far_bank

== tumen_road ==
after 1 day
place 41.80, 128.80: The road to Musan
ambient lorry.ogg captions lorry.vtt: A lorry's diesel engine idling, and its tarpaulin flapping in the wind
sound spot-truck.ogg captions spot-truck.vtt: A lorry's engine slows, brakes squeal, the engine idles
You travel east in the back of a lorry, under a tarpaulin, among sacks that smell of fertiliser. Two other women are buried somewhere deeper in the load; neither of them speaks. Before you set out the driver told you: past the county line the checkpoints ask for a travel pass, and you have none. Now the lorry slows and stops.

image truck.svg: Night at a checkpoint on the road to Musan: a lorry stopped at the barrier, seen from behind; under its tarpaulin a woman's face looks out from a gap between the sacks of its load towards two soldiers in fur hats, who shine their torches at the load.
hotspot 66% 55% The barrier -> fact nkew_2011: Andrei Lankov wrote in The Korea Times in January 2011 that for decades no North Korean could leave their home county without a travel permit from the local authorities, except into a county next to it; anyone found outside it without one was arrested and sent back to be punished. Trips to special areas, such as Pyongyang or the districts near the DMZ, needed a permit confirmed in Pyongyang. Over the year before, he wrote, control over movement inside the country had been greatly relaxed.

From the gap at the tailboard you can see the barrier, and two soldiers with torches coming round to the back of the lorry. The driver knocks twice on the cab wall: the sign, he told you, that money might work here, and that it will have to be yours.

* [money >= 2] Hold 200 yuan out over the tailboard for the soldiers -> tumen_bank ~ money -= 2 else "You do not have 200 yuan"
* Burrow down under the sacks and hold still -> truck_check

== truck_check ==
place 41.80, 128.80: The road to Musan
ambient lorry.ogg captions lorry.vtt: A lorry's diesel engine idling, and its tarpaulin flapping in the wind
image truck-hidden.svg: Night at a checkpoint on the road to Musan: a lorry stopped at the barrier, seen from behind, its load of sacks piled up under the tarpaulin; beside it two soldiers in fur hats shine their torches into the load.
A torch beam moves over the tarpaulin. Someone climbs up onto the tailboard. A boot rests on the sack above your head, and stays there, while the soldier talks to the driver about cigarettes.

If he moves the sacks, he will find you. If you move, he will hear you.

continue: Hold still, and hope he does not look under the sacks
chance 20% -> checkpoint_caught
otherwise -> tumen_bank

== checkpoint_caught ==
place 41.80, 128.80: The road to Musan
ambient bed-2.ogg captions bed-2.vtt: Indoors: the wind muffled by the walls of the holding centre
image truck-hidden.svg: Night at a checkpoint on the road to Musan: a lorry stopped at the barrier, seen from behind, its load of sacks piled up under the tarpaulin; beside it two soldiers in fur hats shine their torches into the load.
The soldier pulls the sacks aside one by one, almost lazily, as if he has done this many times. He finds the other women first, then you. The driver is already talking, already offering, but this soldier is not for sale tonight, or not at that price.

You are taken to the county's holding centre. People in the cells say that those caught on the way to the border are treated more lightly than those caught coming back from China. Nobody says how much more lightly.

Bribes had always been part of the crossing, and so had the purges of those who took them. In the winter of 2006 to 2007 the authorities sent inspection groups to the Tumen to investigate the border guards.

fact dailynk_2007: Daily NK reported in early 2007 that since December 2006 inspection groups had been investigating border guards, that many guards had been caught taking money to help people cross, and that many people had been arrested near the Tumen, some because of the guards they had paid.

ending captured: Caught at a checkpoint on the road to the border

== tumen_bank ==
place 42.23, 129.20: The Tumen near Musan
image tumen.svg: Night on the bank of the Tumen near Musan: the river is narrow and black, the hills of China beyond it dark, with no lights; a woman and an older man lie on their stomachs at the top of the bank, watching, the man's hand raised.
The Tumen here is narrow enough to throw a stone across. On the far side, the dark hills of China, and no lights at all. The uncle's man, older than his boy, lies on his stomach beside you watching the patrol path.

"Now," he breathes. "Now is good." But you have just heard something on the path behind you: a cough, or a dog.

* Go now, when he says -> tumen_cross
* Wait for whoever is on the path to pass -> tumen_wait
timed 10s -> tumen_cross

== tumen_wait ==
place 42.23, 129.20: The Tumen near Musan
image tumen.svg: Night on the bank of the Tumen near Musan: the river is narrow and black, the hills of China beyond it dark, with no lights; a woman and an older man lie on their stomachs at the top of the bank, watching, the man's hand raised.
sound spot-steps-snow.ogg captions spot-steps-snow.vtt: Two soldiers' footsteps on the frozen path
You grip his sleeve and shake your head. He swears under his breath and stays. Footsteps on the frozen path: two soldiers, close enough that you can hear one of them complaining about his boots.

If they look down the bank, they will see you both. If they walk on, the way across is yours.

continue: Lie still, and hope they walk on
chance 30% -> captured_river
otherwise -> tumen_cross

== tumen_cross ==
place 42.23, 129.20: The Tumen near Musan
You go down the bank on your backside, the way he shows you, and out onto the ice. It is only thirty steps. You count them. At twenty the ice turns grey and wet underfoot, and you walk through a hand's depth of open water without feeling it at all.

At thirty you are in China, lying in a ditch full of old snow, and the man is already gone back the way you came.

-> far_bank_tumen

== captured_river ==
// Reached from both rivers, so it has no single place on the map.
image captured.svg: A torch shines full in a woman's face on the ice at night: her eyes narrow against the glare, and a gloved hand grips her shoulder.
A shout. Then more shouts, and boots on the ice, and a torch in your face. They are not gentle. They are very young, and frightened of their officers, and you are the evidence that they did their job.

You will be questioned about where you were going and whom you were going to meet. They will ask about your cousin. What happens next depends on what they decide you were: someone looking for food, or someone trying to reach the South.

The river was fenced in the years that followed, on the Chinese bank first and then on the North Korean one. In November 2022, at Musan on the Tumen, a father and his son tried to cross without anyone paid to look away; the father was too weak from hunger to run, and both were caught.

fact asiapress_2022: ASIAPRESS reported that on 22 November 2022 a father and his son were arrested trying to cross the Tumen into China in Musan County, that the father could not run because of malnutrition, and that its reporting partner had heard they were executed by firing squad, without being sure. It reported that a barbed-wire fence went up on the Chinese bank in 2015, and later one on the North Korean bank.

ending captured: Caught at the river by border guards

== turned_back ==
place 41.40, 128.18: Hyesan
ambient bed-1.ogg captions bed-1.vtt: Wind over the snow between the low houses
image 1-home.svg: Low houses with snow on their roofs before dawn, one window lit; a lane runs down to the frozen river, and beyond it the lamps of the Chinese town burn along the far bank.
You turn around. You walk back up the lane in your own footprints, past the sleeping houses, and let yourself in. Nobody saw you, or nobody said so.

In the morning you unpick the money from the hem of your coat. Your mother looks at your wet boots and says nothing. There will be other winters, you tell yourself, and other nights without a moon. Turning back is not cowardice.

There were fewer such winters than anyone in Hyesan expected. In August 2020, with the pandemic as its reason, the state reportedly drew a buffer zone along the whole northern border and ordered that anyone entering it without permission be shot.

fact newsweek_2021: The Associated Press reported in 2021 that UN human rights investigators had asked North Korea whether a Daily NK report was true: photographs of a poster showing an order of August 2020 under which anyone entering a buffer zone of one to two kilometres along the northern border without permission "shall be shot unconditionally".

ending turned-back: Turned back at the river's edge
