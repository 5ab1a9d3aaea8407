chapter 2: The train

== carriage ==
~ nerve += 1
video carriage.mp4 captions carriage.vtt: The carriage at night, lit by a single lamp
The carriage smells of coal smoke and dried fish. {pass: Your pass is folded in your sleeve. | You keep your ticket in your fist.}
{nerve >= 2: You feel *steady*{nerve >= 3:, almost calm}. | Your hands will not stay still.}

fact lankov_2013: Since the famine of the 1990s, most North Korean families have lived on what they trade in private markets.

* Sleep against the window -> inspector
* Talk to the old woman opposite -> old_woman

== old_woman ==
audio lullaby.wav transcript lullaby.txt: The old woman hums a song from her childhood
The old woman shares her boiled potatoes and tells you about her son in Hyesan.
"Get off one stop early," she whispers. "They check the last stop."
* Thank her and rest -> inspector ~ nerve += 1

== inspector ==
A torch beam moves down the aisle. The inspector is three rows away, then two.
* Offer him money -> bribe ~ money -= 2
* Stay silent and show your ticket -> silent
* [seen(old_woman)] Slip out at the stop before Hyesan -> early_stop
timed 10s -> silent

== inspector_at_gate ==
A railway inspector takes your arm at the gate. "Where are you going at this hour, {name}?"
* Say you are visiting your aunt -> carriage ~ nerve -= 1
* Run for the end of the platform -> caught
