title: The River
author: Crossing tests
language: en
start: reeds
description: A small story the scene page's browser tests play.

source ice_report
  title: Report on river crossings
  publisher: River Office
  year: 2020
  url: https://example.org/ice

chapter 1: The Yalu, February
image opening.svg: The frozen river under a low moon
ambient bed.ogg captions bed.vtt: Wind over the ice

== reeds ==
You crouch in the reeds. The far bank is a dark line beyond the ice.
fact ice_report: Most crossings are made in winter, when the river is frozen.
fact ice_report: Guards are paid to look away at some bends of the river.
image bank.svg: The far bank at night: a hut with one lit window, a woman by the shore, a pole
hotspot 15% 55% The lit window -> text: Someone is still awake in the hut.
hotspot 50% 58% The woman -> photo note.svg: A folded note with three lines of writing
hotspot 84% 50% The pole -> fact ice_report: Poles mark the safe line across the ice.
* Cross now -> ice
* Wait for the patrol to pass -> wait

== wait ==
ambient bed.ogg captions bed.vtt: Wind rising in the reeds
You wait. The cold climbs into your knees.
-> searchlight

== searchlight ==
A searchlight sweeps the ice towards you. It will find you soon.
image opening.svg: The frozen river under a low moon

The beam comes back, slower now, and stops on the reeds a little upstream. A dog barks on the far bank. The guard's torch turns your way and goes out again.

You count the seconds between the sweeps of the light, as the boy told you to: eight, then seven, then six.
* Run for the far bank -> ice
* Lie flat in the snow -> ice
timed 20s -> caught

== ice ==
The ice groans under your weight.
image bank.svg: The far bank at night: a hut with one lit window, a woman by the shore, a pole
hotspot 50% 80% The ice -> audio crack.ogg captions crack.vtt: The ice cracking under a foot
sound crack.ogg captions crack.vtt: The ice cracks underfoot
* Keep going -> shore
* Turn back -> caught

== shore ==
sound engine.ogg captions engine.vtt: A boat engine starting downstream
You climb onto the far bank. Downstream, an engine starts.
* Walk inland -> road

== road ==
ambient dogs.ogg captions dogs.vtt: A dog barking far off
The road inland is empty. A dog barks somewhere.
audio dogs.ogg captions dogs.vtt: A dog barking on the far bank
* Walk on -> bank

== bank ==
You reach the far bank.
ending safe: Crossed the river

== caught ==
The light finds you.
ending captured: Caught on the ice
