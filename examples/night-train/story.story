// The Night Train: a short example story for Crossing.
// It shows the header, variables, sources and a story split over several files.

title: The Night Train
author: Crossing team
author: Ji-woo Han
language: en
start: platform
content note: This story depicts fear of arrest and a family separated by a border. It is fiction built on documented accounts.
description: One night, one train, one chance to reach the border town before the inspector reaches you.
hashtag: NightTrain
launch: 2027-02-01T09:00:00Z

var money = 5 between 0 and 9       // thousands of won, sewn into your coat
var nerve = 2 between 0 and 3
var pass = false                    // a travel pass, which you do not have yet
var name = "Mi-ran"

source coi_2014
  title: Report of the commission of inquiry on human rights in the Democratic People's Republic of Korea (A/HRC/25/63)
  publisher: United Nations Human Rights Council
  year: 2014
  url: https://www.ohchr.org/en/hr-bodies/hrc/co-idprk/reportofthe-commission-of-inquiry-dprk

source lankov_2013
  title: The Real North Korea: Life and Politics in the Failed Stalinist Utopia
  publisher: Oxford University Press
  year: 2013
