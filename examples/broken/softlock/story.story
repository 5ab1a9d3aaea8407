// Broken on purpose: once in the forest, the paths only lead round and round.
title: Softlock
language: en
start: edge

== edge ==
The forest begins here.
* Walk into the forest -> clearing
* Stay on the road -> road

== clearing ==
A clearing, and two paths.
+ Take the left path -> stream

== stream ==
A stream, and a path back.
+ Follow the path -> clearing

== road ==
The road leads to town.
ending safe: Reached the town by the road
