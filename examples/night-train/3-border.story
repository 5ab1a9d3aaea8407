chapter 3: Hyesan

== bribe ==
The inspector weighs the notes in his palm.
continue: Hold your breath
chance [money >= 2] 60% -> hyesan
otherwise -> caught

== silent ==
He studies your ticket for a long time.
continue: Wait
chance [pass] 50% -> hyesan
chance 40% -> hyesan
otherwise -> caught

== early_stop ==
place 41.35, 128.10: A halt outside Hyesan
You step down into the dark before the train stops properly. Nobody follows.
The old woman's son is waiting with a bicycle.
* Go with him -> hiding
* Walk on alone to the river -> hyesan

== hiding ==
He hides you in the storeroom behind his shop, between sacks of rice.
ending in-hiding: Hiding in a storeroom outside Hyesan

== hyesan ==
place 41.40, 128.18: Hyesan
image river.svg: The frozen Yalu river under a thin moon, the far bank dark
The train wheezes into Hyesan at dawn. Across the frozen river, the lights of China.
\* The rest of the journey is another story.
ending safe: Reached Hyesan with {money} thousand won and {nerve > 0: nerve to spare | no nerve left}

== caught ==
The inspector writes your name in his book.
ending captured: Taken off the night train by an inspector
