title: The Last Ferry
author: Crossing tests
language: en
start: harbour
description: A small story the web player's tests play from start to end.
content note: Contains a storm at sea.
hashtag: LastFerry

var money = 2 between 0 and 9
var ticket = false

source harbour_report
  title: Report on island ferries
  publisher: Harbour Office
  year: 2021
  url: https://example.org/ferries

chapter 1: The harbour

== harbour ==
place 60.15, 24.95: Helsinki
image harbour.svg: A ferry at the quay in the rain
hotspot 30% 60% The ticket booth -> fact harbour_report: Most ferries leave before dawn in winter.
hotspot 70% 40% A poster -> text: The poster says the last ferry leaves at six.
The last ferry leaves in an hour. You have **{money} coins**.

fact harbour_report: Ferries carried 9 million passengers in 2020.

* Buy a ticket -> booth ~ money -= 1, ticket = true
* [money >= 5] Hire a fishing boat -> boat else "You cannot afford a boat"
+ Wait for the ferry -> quay

== booth ==
The clerk stamps your ticket.
-> quay

chapter 2: The crossing

== quay ==
place 60.16, 24.96: Helsinki
ambient rain.ogg captions rain.vtt: Rain drumming on the roof
The gangway is about to be raised. {ticket: You hold your stamped ticket.}
* Run for the gangway -> storm
* Stay on the quay -> stayed
timed 5s -> stayed

== storm ==
place 59.80, 24.85: Gulf of Finland
The ferry rolls in the storm.
continue: Hold on
chance 50% -> arrived
otherwise -> turned

== boat ==
A fisherman takes you across.
-> arrived

== arrived ==
place 59.44, 24.75: Tallinn
You step onto the quay of the other city.
ending safe: Crossed the gulf to Tallinn

== turned ==
The captain turns back to port.
ending turned-back: Turned back by the storm

== stayed ==
You watch the ferry leave without you.
ending in-hiding: Stayed behind in the harbour
