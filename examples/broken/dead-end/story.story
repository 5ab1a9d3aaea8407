// Broken on purpose: the broker's only choice needs 5 thousand won, but selling brings you to 4.
title: Dead End
language: en
start: market
var money = 3

== market ==
Before dawn the market fills with women.
* Sell the sewing machine -> broker ~ money += 1
* Go home -> home

== broker ==
The broker wants a deposit.
* [money >= 5] Pay the deposit -> border

== border ==
You cross.
ending safe: Crossed the border

== home ==
You go home.
ending turned-back: Went home
