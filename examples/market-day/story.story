title: Market Day
author: Crossing team
language: en
start: market
content note: Mentions hunger and a police patrol.
hashtag: MarketDay

var coins = 2 between 0 and 20      // thousands of won
var goods = "a sewing machine"
var sold = false
var standing = 0 between -3 and 3   // what the other traders think of you
var seller = "Mrs. Song"

source demick_2009
  title: Nothing to Envy: Ordinary Lives in North Korea
  publisher: Spiegel & Grau
  year: 2009

chapter 1: Before dawn

== market ==
place 41.40, 128.18: Hyesan market
image market.svg: Women selling from sacks laid out on the snow before dawn
Before dawn the market fills with women. {seller + " has " + goods} to sell, and {coins} thousand won.
fact demick_2009: In the famine years of the 1990s, many women in Chongjin fed their families by trading in the markets.
* Lay out the sewing machine on a sack -> haggle
* [standing >= 0] Ask the rice seller to watch your pitch -> rice_seller
* Leave the machine with your neighbour and go home -> home ~ goods = "nothing"

== rice_seller ==
The rice seller nods. "Half of what you make," she says, "or a quarter if you bring me tea."
* Agree to half -> haggle ~ standing += 1
* Refuse -> haggle ~ standing -= 1

== haggle ==
A man in a padded coat turns the machine's wheel. "{coins * 2 + 4} thousand," he offers.
continue: Shake his hand
chance [standing > 0] 50% -> sale ~ coins += 6, sold = true
chance 30% -> sale ~ coins += 4, sold = true
chance [standing < 0] 40% -> patrol
otherwise -> patrol

chapter 2: The patrol

== sale ==
The notes are warm from his pocket. Now you have **{coins}** thousand won{coins / 2 > 3:, enough for a month of rice}.
* Go home with the money -> home
* Buy a train ticket to the border instead -> ticket ~ coins -= 5

== patrol ==
A patrol works its way down the row. {sold == false: Your machine is still on the sack. | Your money is in your sleeve.}
* Hide behind the rice sacks -> hidden
* Talk your way out -> questioned ~ standing = -standing

== questioned ==
"Whose machine is this?" {standing != 0: Someone in the row speaks up for you. | Nobody says a word.}
* Say it is yours -> arrested
* Say you have never seen it -> home ~ goods = "nothing"
timed 8s -> silence

== silence ==
You open your mouth and nothing comes out. The patrolman shrugs and writes.
-> arrested

== hidden ==
audio whisper.wav transcript whisper.txt: A neighbour whispers a warning
You crouch behind the sacks until the boots have passed, and stay there until dark.
ending in-hiding: Hid from the patrol behind the rice sacks

== home ==
You climb the hill home {goods == "nothing": with empty hands. | with {goods} on your back.}
ending turned-back: Went home from the market with {coins} thousand won

== ticket ==
You buy a ticket on the evening train. The border is a night away.
ending safe: Bought a ticket to the border with money from the market

== arrested ==
The patrol takes you and the machine to the station.
ending captured: Arrested at the market for selling without a permit
