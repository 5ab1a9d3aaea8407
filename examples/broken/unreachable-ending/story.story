// Broken on purpose: nothing leads to the 'rescued' ending.
title: Unreachable Ending
language: en
start: river

== river ==
The river is frozen.
* Cross -> far_bank
* Turn back -> home

== far_bank ==
You reach the far bank.
ending safe: Crossed the river

== home ==
You go home.
ending turned-back: Turned back at the river

== rescued ==
A boat finds you.
ending safe: Rescued from the ice
