// Broken on purpose: 'days' has no bounds and grows each time you wait.
title: Unbounded Counter
language: en
start: hut
var days = 0

== hut ==
You have waited {days} days.
+ Wait another day -> hut ~ days += 1
* Leave -> road

== road ==
You leave.
ending safe: Left after {days} days
