chapter 1: The station

== platform ==
place 41.79, 129.78: Chongjin station
image station.svg: A dim railway platform at night, a single lamp over a waiting train
hotspot 20% 70% The notice board -> fact coi_2014: In 2014 a UN commission of inquiry found that North Koreans are, in practice, not free to travel inside their own country.
hotspot 55% 30% The lamp -> photo lamp.svg: A bare bulb in a wire cage
hotspot 80% 60% The loudspeaker -> audio announcement.wav transcript announcement.txt: The evening announcement
hotspot 40% 85% Your shoes -> text: Canvas shoes, the soles worn thin on the walk from town.
ambient platform-wind.wav captions platform-wind.vtt: Wind along the platform and a diesel engine idling

The night train to Hyesan leaves at ten, *if* it leaves at all.
Your name, tonight, is **{name}**. Sewn into your coat: {money} thousand won.

{seen(timetable): You know the train stops twice before the border. | You have not read the timetable.}

* Buy a ticket from the woman at the window -> ticket ~ money -= 2
* [pass] Show your travel pass at the gate -> carriage else "You have no travel pass"
* Ask the porter about a pass -> porter
+ Read the timetable again -> timetable

== timetable ==
The timetable is chalk on a board, smudged by a sleeve.
{visits(timetable) > 1: You read it once more; it has not changed. | Chongjin, Kilju, Hyesan. Ten hours, perhaps twenty.}
-> platform

== porter ==
The porter looks at your coat, then at your face.
"A pass costs more than a ticket," he says, "and a ticket costs more than you think."
* [money >= 4] Pay him for a pass -> platform ~ pass = true, money -= 4
* Thank him and walk away -> platform ~ nerve -= 1

== ticket ==
The woman counts your notes twice.
continue: Wait for her answer
chance 70% -> carriage
chance [money < 3] 20% -> turned_away
otherwise -> inspector_at_gate ~ nerve -= 1

== turned_away ==
"Not enough," she says, and pushes the notes back under the glass.
You walk home along the tracks, and the train leaves without you.
ending turned-back: Turned back at Chongjin station with {money} thousand won
