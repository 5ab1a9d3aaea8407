chapter 3: The river

== decide_go ==
place 41.40, 128.18: Hyesan
The boy comes on the fourth night: a teenager in a fur hat who does not meet your eyes. He says there are two ways. Here, on the Yalu, at the bend below the town, where the uncle has paid a guard to look the other way for ten minutes. Or east, a day's journey by truck, to the Tumen near Musan, where the uncle's own people work a quiet stretch of bank.

Here is close, he says, and quick. There is also more to go wrong.

image 3-river.svg: A frozen river at night between dark banks; a searchlight beam sweeps slowly across the ice.
hotspot 50% 55% The ice -> fact sunsentinel_2009: The border between China and North Korea follows two rivers, the Yalu and the Tumen.
hotspot 85% 20% The searchlight -> text: Guard posts stand along the North Korean bank. Their lights are not always on; nobody on the bank knows when they will be.

* Cross here, on the Yalu, where a guard has been paid -> yalu_paid
* Go east to the Tumen with the uncle's people -> tumen_road

== decide_alone ==
place 41.41, 128.19: The Yalu at Hyesan
ambient wind.ogg captions wind.vtt: Wind blowing steadily over the snow
You wait for the darkest night of the month. You put on every piece of clothing you own, one over the other, and sew the money into the hem of your coat. You leave your mother sleeping, or pretending to sleep, and you do not look back at the door, because you know that if you look back you will not go.

At the edge of town the lane runs out into reeds and snow, and then the river: white, flat, wider than it ever looked from the end of the street.

-> yalu_alone

== yalu_paid ==
place 41.41, 128.19: The Yalu at Hyesan
The guard is waiting by the dead willow, exactly where the boy said he would be. He is very young. He counts the minutes on a cheap watch and will not look at your face.

"Ten minutes," he says. "Walk, do not run; running makes noise. If someone shouts, keep walking. It will not be me."

* Follow him down onto the ice -> ice_crossing ~ trust += 1
* Something is wrong: slip back into the town -> turned_back

== yalu_alone ==
place 41.41, 128.19: The Yalu at Hyesan
You crouch in the reeds. Fifty metres upstream, the glow of a cigarette: a guard, stamping his feet against the cold. As you watch, he turns and begins to walk slowly away from you along the bank.

Out on the ice the searchlight has started to move.

* Run now, while his back is turned -> ice_crossing ~ strength -= 1
* Wait for the searchlight to pass -> searchlight
* Turn back while you still can -> turned_back
timed 12s -> searchlight

== searchlight ==
place 41.41, 128.19: The Yalu at Hyesan
image 3-river.svg: A frozen river at night between dark banks; a searchlight beam sweeps slowly across the ice.
The beam does not pass. It comes back, slowly, sweeping the ice towards the reeds where you are crouched, and the guard has stopped walking.

* Lie flat in the snow and do not move -> lie_flat
* Run for the far bank -> ice_crossing ~ strength -= 1
timed 6s -> lie_flat

== lie_flat ==
place 41.41, 128.19: The Yalu at Hyesan
You press your face into the snow. The light goes over you, white and enormous, and for a moment you can see every crystal in front of your eyes. You cannot tell if it has stopped on you. You cannot breathe.

continue: Wait
chance 25% -> captured_river
otherwise -> ice_crossing

== ice_crossing ==
place 41.41, 128.19: The Yalu at Hyesan
The ice groans under your weight: a deep, slow sound that seems to come from the whole river at once. In the middle there is no cover at all. You are the only dark thing on a white field.

continue: Keep walking
chance [trust >= 2] 5% -> captured_river
chance [trust < 2] 15% -> captured_river
chance 10% -> ice_breaks ~ strength -= 1
otherwise -> far_bank

== ice_breaks ==
place 41.42, 128.20: The Yalu near Changbai
Near the far bank the ice is thinner, where the current runs under it. It gives way with a sound like a shot and you go through to the waist. The cold is not like cold; it is like being struck.

You do not remember getting out. You remember the reeds in your fists, and your trousers freezing stiff as boards, and the thought, very clear and calm, that you must not stop moving.

-> far_bank

== tumen_road ==
place 41.80, 128.80: The road to Musan
You travel in the back of a truck loaded with sacks of something that smells of fertiliser, under a tarpaulin, with two other women who do not speak. Travel between provinces needs a pass you do not have. Ahead, the truck slows: a checkpoint, a barrier, soldiers with torches.

The driver knocks twice on the cab wall. That means: decide.

* [money >= 2] Hand 200 yuan through the gap for the soldiers -> tumen_bank ~ money -= 2 else "You do not have 200 yuan"
* Burrow down under the sacks and hold still -> truck_check

== truck_check ==
place 41.80, 128.80: The road to Musan
A torch beam moves over the tarpaulin. Someone climbs up onto the tailboard. A boot rests on the sack above your head, and stays there, while the soldier talks to the driver about cigarettes.

continue: Hold still
chance 20% -> checkpoint_caught
otherwise -> tumen_bank

== checkpoint_caught ==
place 41.80, 128.80: The road to Musan
The soldier pulls the sacks aside one by one, almost lazily, as if he has done this many times. He finds the other women first, then you. The driver is already talking, already offering, but this soldier is not for sale tonight, or not at that price.

You are taken to the county's holding centre. People in the cells say that those caught on the way to the border are treated more lightly than those caught coming back from China. Nobody says how much more lightly.

fact ohchr_women_2020: A 2020 report of the UN human rights office, based on the accounts of 100 women detained in North Korea between 2009 and 2019, documented beatings, forced labour and sexual violence in detention.

This story is a composite of documented accounts. To learn more, read the UN commission of inquiry's report on human rights in North Korea (2014) and the other sources listed below.

ending captured: Caught at a checkpoint on the road to the border

== tumen_bank ==
place 42.23, 129.20: The Tumen near Musan
The Tumen here is narrow enough to throw a stone across. On the far side, the dark hills of China, and no lights at all. The uncle's man, older than his boy, lies on his stomach beside you watching the patrol path.

"Now," he breathes. "Now is good." But you have just heard something on the path behind you: a cough, or a dog.

* Go now, when he says -> tumen_cross
* Wait for whoever is on the path to pass -> tumen_wait
timed 10s -> tumen_cross

== tumen_wait ==
place 42.23, 129.20: The Tumen near Musan
You grip his sleeve and shake your head. He swears under his breath and stays. Footsteps on the frozen path: two soldiers, close enough that you can hear one of them complaining about his boots.

continue: Wait
chance 30% -> captured_river
otherwise -> tumen_cross

== tumen_cross ==
place 42.23, 129.20: The Tumen near Musan
You go down the bank on your backside, the way he shows you, and out onto the ice. It is only thirty steps. You count them. At twenty the ice turns grey and wet underfoot, and you walk through a hand's depth of open water without feeling it at all.

At thirty you are in China, lying in a ditch full of old snow, and the man is already gone back the way you came.

-> far_bank_tumen

== captured_river ==
// Reached from both rivers, so it has no single place on the map.
A shout. Then more shouts, and boots on the ice, and a torch in your face. They are not gentle. They are very young, and frightened of their officers, and you are the evidence that they did their job.

You will be questioned about where you were going and whom you were going to meet. They will ask about your cousin. What happens next depends on what they decide you were: someone looking for food, or someone trying to reach the South.

fact coi_findings: The commission's detailed findings describe the torture, arbitrary imprisonment and other gross human rights violations that await people forcibly returned to North Korea from China.

This story is a composite of documented accounts. To learn more, read the UN commission of inquiry's report on human rights in North Korea (2014) and the other sources listed below.

ending captured: Caught at the river by border guards

== turned_back ==
place 41.40, 128.18: Hyesan
You turn around. You walk back up the lane in your own footprints, past the sleeping houses, and let yourself in. Nobody saw you, or nobody said so.

In the morning you unpick the money from the hem of your coat. Your mother looks at your wet boots and says nothing. Some people try several times. Some never try again. Both are common, and neither is cowardice.

fact dailynk_2013: Daily NK reported in 2013 that the Tumen freezes every winter, that attempts to cross rise, and that night patrols are stepped up until the ice begins to thaw, around March.

This story is a composite of documented accounts. To learn more, read the UN commission of inquiry's report on human rights in North Korea (2014) and the other sources listed below.

ending turned-back: Turned back at the river's edge
