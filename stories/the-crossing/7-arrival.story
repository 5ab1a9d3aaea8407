chapter 7: Arrival, summer 2013
image chapter-7.svg: The young woman stands in profile by the railing of the Han River in pale morning light, the towers of Seoul behind her and a plane climbing overhead
ambient bed-7.ogg captions bed-7.vtt: A slow, warm chord over the hum of a distant city

== thai_police ==
place 20.27, 100.08: Chiang Saen, Thailand
image thai-police.svg: A police post in Chiang Saen at night: behind his desk an officer in an olive uniform, a bowl of noodles put aside, holds a telephone to his ear; a woman muddy to the knees stands before the desk, and through the window a streetlight shines on the river road.
hotspot 18% 47% The window -> fact voa_2006: A spokesman for Thailand's foreign ministry told VOA in October 2006 that Thai law required 92 North Koreans who had entered illegally to be deported, but that he did not think they would be sent to North Korea: it was up to a third country to offer them asylum. South Korea, he said, had taken most of the 400 or so North Koreans who had reached Thailand that year.
hotspot 93% 66% The telephone -> fact afp_2012: AFP reported in June 2012 that North Koreans arrested on the bank of the Mekong in Chiang Rai province were charged with illegal entry, and would be fined or jailed in lieu of a fine and sent to a holding centre in Bangkok to wait for another country to accept them. "They said they want to go to a third country, which normally means South Korea," the immigration chief of Chiang Saen district told the agency.

The police officer at the desk in Chiang Saen is eating noodles. He looks up at you, muddy to the knees, and says a word you do not understand, and then, carefully, in English: "Korea?" You nod. "North?" You nod again. He puts down his chopsticks and picks up the telephone, and his voice, as he talks, is not angry. It is almost bored. He has done this before.

You are charged with illegal entry. A court, a fine you cannot pay, days in a cell instead, and then a bus south to Bangkok.

-> bangkok_detention

== bangkok_detention ==
after 2 weeks
place 13.72, 100.54: Immigration detention, Bangkok
image detention.svg: An immigration detention room in the heat: light falls through high barred windows onto rows of mats where women lie or sit, a single ceiling fan turns above them, and a woman sits up on her mat among them with her knees drawn up, awake.
The immigration detention centre in Bangkok is hot and loud and full. Women from everywhere sleep on mats in rows under a single turning fan. There are other North Koreans here. They teach you the few words of Thai you need and the order in which things happen: interviews, papers, waiting, and one day a list with your name on it.

A woman from the South Korean embassy comes to take your details. She asks where you want to go.

* Ask to go to South Korea -> incheon
* First tell her about the others still in China, and where they are -> testimony_bkk

== testimony_bkk ==
place 13.72, 100.54: Immigration detention, Bangkok
You tell her about the others first. The restaurant in Yanji, and the girls taken in the raid{seen(farm_sold):, and the village at the end of the dirt road where you were sold, and the man's mother with the key}{seen(broker_car):, and the second car that waited at the crossroads for a woman nobody had named}. {seen(pretend_sleep): You tell her about the grandmother from Chongjin, who answered the railway police for you.} She writes everything down. She does not promise anything. You did not expect her to.

Then you say it: South Korea. She nods, as if there had never been any doubt.

-> incheon

== mongolia_guards ==
place 43.72, 111.90: Near Zamyn-Uud, Mongolia
ambient wind.ogg captions wind.vtt: Wind blowing over open desert
A jeep comes out of the heat haze. Mongolian soldiers, young, sunburned, astonished. One of them gives you his own water bottle and holds it for you because your hands will not close. Another wraps the boy in a blanket.

They take you to their post, then to a town, then to a room where a man asks you questions in Korean with a Southern accent. It takes you a long time to understand that he is on your side.

-> ulaanbaatar

== ulaanbaatar ==
after 1 day
place 47.92, 106.92: Ulaanbaatar, Mongolia
In Ulaanbaatar you wait for weeks in a building with a fenced yard. Other North Koreans are there who arrived the same way: across the desert, or once, a young man says, hidden on a goods train. Nobody here is in a hurry. You sleep. You eat. You wait for papers that will let a woman with no papers get on a plane.

-> incheon

== incheon ==
after 1 month
place 37.46, 126.44: Incheon International Airport
sound spot-plane.ogg captions spot-plane.vtt: A plane roars overhead and fades into the distance
The plane comes down over grey water and mudflats and a bridge longer than any river you have crossed. Incheon airport is so bright that for a moment you think it is a mistake, that no building could be lit like this all day.

You are met at the gate, not by family, but by officials who are polite and thorough and take you straight to a place where you will be questioned for weeks: who you are, where you are from, whether you are who you say you are. After {north: the desert | the road through the south}, it feels almost restful.

fact nkew_2014: The Ministry of Unification said that 1,516 North Koreans settled in South Korea in 2013, and that women were 76 percent of them (Yonhap, via North Korean Economy Watch).

-> hanawon

== hanawon ==
after 1 month
place 37.01, 127.28: Hanawon, Anseong
image hanawon.svg: Hanawon at dusk: a low building among bare trees on a hillside, one window lit; two women walk up the path to the door together, and at the gate at the foot of the path a woman with her hair loose looks up at the lit window.
hotspot 58% 57% The lit window -> fact herald_2021: The Korea Herald (Yonhap) reported in 2021 that North Korean defectors usually receive three months of resettlement education at Hanawon, the government-run centre, after a period of questioning by the National Intelligence Service. In the first half of 2020, 380 newly arrived North Koreans entered it; in the first half of 2021, with borders closed against the pandemic, 57 did.
hotspot 36% 88% The path -> fact joongang_2025: Korea JoongAng Daily reported in 2025, from the Ministry of Unification, that Hanawon's headquarters in Anseong, just south of Seoul, helps women who have left North Korea to settle, and its branch in Hwacheon, in Gangwon Province, men. With far fewer North Koreans arriving since the pandemic, the ministry planned to merge the two.

Hanawon is in the countryside, an hour from Seoul, on a hillside among trees. For three months you go to classes, in rooms full of women like you. How to use a cash machine. How to read a subway map. What a deposit is, and a contract, and a lease. The Korean spoken in the South, full of English words you do not know.

At night the women talk about the people they left. Nobody says everything. Everybody understands.

* Spend the evenings practising at the cash machine in the hall -> hanawon_class
* Write a letter to your mother that you cannot send -> hanawon_letter

== hanawon_class ==
place 37.01, 127.28: Hanawon, Anseong
The machine talks to you in a woman's voice, cheerfully, too fast. You press the wrong button four times and the right one once, and take out ten thousand won of practice money, and stand holding it in the hall, laughing until you cry, and you do not know which one it is.

-> seoul

== hanawon_letter ==
place 37.01, 127.28: Hanawon, Anseong
You write it in pencil so that it can be changed. *I am well. I eat rice every day. It is warm here.* You do not write where here is. You fold it small and keep it in your pocket, where the money used to be sewn.

-> seoul

== seoul ==
after 3 months
place 37.57, 126.98: Seoul
image 7-arrival.svg: A flat on the eleventh floor in Seoul: a woman stands at the wide window with a phone to her ear, looking out at the Han river, wide and grey and not frozen, with a bridge across it and the city beyond; on a small table lie a folded letter and a cup.
Your flat is on the eleventh floor of a tower in a district whose name you have to practise. From the window you can see the Han river, wide and grey and not frozen, and nobody watching it. On the first Sunday your cousin calls from China, and cries, and then laughs at herself for crying.

Your debt to the people who brought you out will take you two years to pay. Your mother is still in Hyesan. You have a name, an identity card, a bank account, a job interview on Tuesday, and every one of those things is strange.

In the year you crossed, the UN set up a commission of inquiry into human rights in North Korea.

fact coi_report: The UN Human Rights Council established the commission of inquiry by its resolution 22/13 of 21 March 2013, to investigate the systematic, widespread and grave violations of human rights in North Korea. Its report is dated 7 February 2014 and was made public on 17 February 2014.

Ten years after your crossing, the way you came had all but closed. In 2023, as borders reopened after the pandemic, 196 North Koreans reached the South, most of them after long years in China or other countries on the way.

fact nknews_2024: NK News reported in January 2024 that 196 North Koreans reached South Korea in 2023, more than three times as many as the year before but still far below the numbers before the pandemic.

ending safe: Reached Seoul and began again
