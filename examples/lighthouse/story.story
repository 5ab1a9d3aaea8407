title: The Last Keeper
author: Crossing team
language: en
start: tower
description: A storm, a lamp running low on oil, and a ship that does not see the rocks.

var oil = 6 between 0 and 6        // hours of oil left in the tank
var wind = 3 between 1 and 5
var rang_bell = false
var log = "Log:"

source eddystone
  title: Eddystone Lighthouse
  publisher: Wikipedia
  year: 2024
  url: https://en.wikipedia.org/wiki/Eddystone_Lighthouse

source fresnel
  title: Fresnel lens
  publisher: Wikipedia
  year: 2024
  url: https://en.wikipedia.org/wiki/Fresnel_lens

chapter 1: The storm

== tower ==
place 50.18, -4.26: The Eddystone rocks
image tower.svg: A stone lighthouse on a rock, waves breaking white around its base
hotspot 50% 15% The lantern -> fact fresnel: The first Fresnel lens in a lighthouse was lit at Cordouan, France, in 1823.
ambient storm.wav transcript storm.txt: Rain against glass and the sea booming below
The wind is force {wind} and rising. The tank holds {oil} hours of oil, *{oil * 60} minutes*.
{not rang_bell and oil < 3: You have not rung the bell, and the light is failing.}
* Trim the wick to save oil -> lantern ~ oil = oil - 1, log += " trimmed the wick;"
* Climb to the gallery -> gallery ~ wind += 1
+ Check the barometer -> barometer

== barometer ==
The needle sits at *{29 - wind / 2}* inches and falls while you watch. {visits(barometer) % 2 == 0: It fell again. | You tap the glass.}
-> tower
