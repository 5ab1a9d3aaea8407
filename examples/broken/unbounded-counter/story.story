// Broken on purpose: 'days' has no bounds, grows each time you wait, and the bus
// runs only every seventh day: the check cannot tell any two days apart.
title: Unbounded Counter
language: en
start: hut
var days = 0

== hut ==
You have waited {days} days.
+ Wait another day -> hut ~ days += 1
* [days % 7 == 6] Take the Sunday bus -> road

== road ==
You leave.
ending safe: Left after {days} days
