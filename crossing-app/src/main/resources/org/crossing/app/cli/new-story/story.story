// Your story. The language is described in docs/story-language.md.
// Check it with:  crossing check THIS_FOLDER     Play it with:  crossing play THIS_FOLDER
title: {{title}}
author: Your name
language: en
start: first_light
content note: A short example story; replace this with what readers should know before they begin.
description: A two-minute example of a Crossing story.

var courage = 1 between 0 and 3
var has_map = false

source crossing_docs
  title: The Crossing story language
  publisher: Crossing
  year: 2026

chapter 1: Morning

== first_light ==
image dawn.svg: A low sun over a river with a footbridge
place 48.86, 2.35: A city by a river
The river is quiet at first light. You have {courage > 0: a little courage | no courage left}.

fact crossing_docs: Every factual claim in a story is a fact with its source.

* Take the map from the table -> first_light ~ has_map = true
* [has_map] Walk to the bridge -> bridge else "You would be lost without the map"
+ Wait a moment longer -> waiting ~ courage += 1

== waiting ==
Birds cross the water. *Nothing* else moves.
-> first_light

== bridge ==
The footbridge sways above the current.
* Cross now -> crossing
* Turn back -> home
timed 15s -> home

== crossing ==
You step out onto the planks.
continue: Keep walking
chance [courage >= 2] 90% -> far_bank
chance [courage < 2] 50% -> far_bank
otherwise -> home

== far_bank ==
You reach the far bank as the city wakes.
ending safe: Crossed the river at dawn

== home ==
You go home and fold the map away for another day.
ending turned-back: Turned back at the bridge
