chapter 1: The storm

== lantern ==
fact eddystone: The first Eddystone Lighthouse, built by Henry Winstanley, was lit in 1698 and swept away in the Great Storm of 1703.
The flame steadies. Out in the dark, a ship's light appears and vanishes between the waves.
* [oil > 2 and (wind < 5 or rang_bell)] Keep the light burning all night -> dawn ~ oil -= 2
* [not rang_bell] Ring the fog bell -> bell ~ rang_bell = true
* Go down to the boat -> boat
timed 15s -> boat

== gallery ==
audio gale.wav captions gale.vtt: The gale on the gallery
The gale nearly takes you off your feet. The ship is closer now, heading for the rocks.
* Signal with the hand lamp -> lantern ~ log += " signalled;"
* Go down to the boat -> boat

chapter 2: Morning

== bell ==
The bell rings out over the water, once, twice, a hundred times.
-> lantern

== boat ==
You push the little boat into the surf.
continue: Row
chance 50% -> ship_saved
chance 50% -> lost ~ wind = -(-5)

== dawn ==
Grey light. The ship rides at anchor in the lee of the rock; they saw your light.
ending safe: Kept the light through the night ({log})

== ship_saved ==
The crew haul you aboard, soaked and shaking. {log != "Log:": Someone reads your log aloud.}
ending safe: Rowed out and reached the ship

== lost ==
The sea takes the boat at the second wave.
ending died: Lost at sea off the Eddystone rocks
