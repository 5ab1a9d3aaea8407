// The Crossing: header, variables and sources.
// The story itself is in the chapter files 1-home.story to 7-arrival.story.

title: The Crossing
author: Crossing team
language: en
start: dawn
content note: This story depicts hunger, state surveillance, detention, human trafficking and death. Its protagonist is a composite drawn from documented accounts, not a real person, and no real private person is named. Every factual claim is shown with its source.
description: See through the eyes of a woman leaving North Korea in winter, choose her path across three borders, and find out where it ends.
hashtag: EscapeNorthKorea

// Money is counted in hundreds of yuan: 3 means 300 yuan.
var money = 2 between 0 and 10
// How far she can rely on the people helping her.
var trust = 0 between 0 and 3
// Her strength: cold, hunger and fear wear it down.
var strength = 3 between 0 and 3
// A forged Chinese identity card.
var papers = false
// A mobile phone of her own.
var phone = false
// Whether a broker has agreed to take her.
var broker = false
// Whether she took the northern route, through Mongolia.
var north = false

source coi_report
  title: Report of the commission of inquiry on human rights in the Democratic People's Republic of Korea (A/HRC/25/63)
  publisher: United Nations Human Rights Council
  year: 2014
  url: https://www.ohchr.org/en/hr-bodies/hrc/co-idprk/reportofthe-commission-of-inquiry-dprk

source coi_findings
  title: Report of the detailed findings of the commission of inquiry on human rights in the Democratic People's Republic of Korea (A/HRC/25/CRP.1)
  publisher: United Nations Human Rights Council
  year: 2014
  url: https://www.ohchr.org/en/hr-bodies/hrc/co-idprk/reportofthe-commission-of-inquiry-dprk

source ohchr_women_2020
  title: "I still feel the pain...": Human rights violations against women detained in the Democratic People's Republic of Korea
  publisher: Office of the United Nations High Commissioner for Human Rights
  year: 2020

source amnesty_2000
  title: Persecuting the starving: The plight of North Koreans fleeing to China (ASA 24/003/2000)
  publisher: Amnesty International
  year: 2000
  url: https://www.amnesty.org/en/documents/asa24/003/2000/en/

source herald_2013
  title: N. Korean defector arrivals fall by nearly half in 2012
  publisher: The Korea Herald (Yonhap)
  year: 2013
  url: http://m.koreaherald.com/view.php?ud=20130102000701

source nkew_2014
  title: 2013 DPRK defection numbers (reporting Ministry of Unification figures via Yonhap)
  publisher: North Korean Economy Watch
  year: 2014
  url: http://www.nkeconwatch.com/2014/01/02/2013-dprk-defection-numbers/

source herald_2022
  title: Number of N. Korean defectors plunges in 2021 amid pandemic
  publisher: The Korea Herald (Yonhap)
  year: 2022
  url: http://www.koreaherald.com/view.php?ud=20220120000783

source herald_2021
  title: Report on arrivals at the Hanawon resettlement centre in the first half of 2021 (30 June 2021)
  publisher: The Korea Herald (Yonhap)
  year: 2021
  url: http://www.koreaherald.com/view.php?ud=20210630000974

source latimes_2013
  title: Laos assailed for sending young defectors back to North Korea
  publisher: Los Angeles Times
  year: 2013
  url: https://www.latimes.com/world/la-xpm-2013-jun-02-la-fg-wn-laos-defectors-north-korea-20130602-story.html

source chosun_2013
  title: Laos Hands 9 Defectors Over to N.Korea
  publisher: The Chosun Ilbo
  year: 2013
  url: http://english.chosun.com/site/data/html_dir/2013/05/29/2013052901014.html

source wapo_2013
  title: For those fleeing North Korea, Laos poses new problems
  publisher: The Washington Post
  year: 2013
  url: https://www.washingtonpost.com/world/for-those-fleeing-north-korea-laos-poses-new-problems/2013/06/14/ff5aa790-d27f-11e2-a73e-826d299ff459_story.html

source voa_2006
  title: Report on Thailand's decision to deport 92 North Koreans detained near Bangkok (October 2006)
  publisher: Voice of America
  year: 2006
  url: https://voa.pangea-cms.com/preview/en-US/a/a-13-2006-10-27-voa18/318923.html

source reuters_2017
  title: Surge in North Koreans slipping into Thailand, say immigration bureau officials (Reuters report)
  publisher: Reuters, republished by Times of Oman
  year: 2017
  url: https://timesofoman.com/article/39022-surge-in-north-koreans-slipping-into-thailand-say-immigration-bureau-officials

source demick_2009
  title: Nothing to Envy: Ordinary Lives in North Korea, by Barbara Demick
  publisher: Spiegel & Grau
  year: 2009

source ktimes_2016
  title: Report by Lee Jin-a on the rising cost of escaping North Korea (April 2016)
  publisher: The Korea Times
  year: 2016
  url: http://www.koreatimes.co.kr/www/news/nation/2016/04/485_202920.html

source natgeo_2009
  title: Escape from North Korea, by Tom O'Neill (February 2009 issue)
  publisher: National Geographic
  year: 2009

source sunsentinel_2009
  title: Forbidden border gets blurry in Chinese town
  publisher: South Florida Sun-Sentinel
  year: 2009
  url: https://www.sun-sentinel.com/news/fl-xpm-2009-04-03-0904020488-story.html

source dailynk_2013
  title: Frozen Tumen River Leads to Increased Border Patrols
  publisher: Daily NK
  year: 2013
  url: http://www.dailynk.com/english/read.php?cataId=nk01500&num=10225

source asiapress_2024
  title: Rimjin-gang report on tightened border security as the Yalu and Tumen freeze (February 2024)
  publisher: ASIAPRESS
  year: 2024
  url: https://www.asiapress.org/rimjin-gang/2024/02/society-economy/escape/

source state_2008
  title: A Struggle for Survival: Trafficking of North Korean Women (remarks by Mark P. Lagon at the Woodrow Wilson International Center for Scholars)
  publisher: United States Department of State
  year: 2008

source dailynk_2013b
  title: Laos Plunges Defectors into Crisis
  publisher: Daily NK
  year: 2013
  url: https://www.dailynk.com/english/laos-plunges-defectors-into-crisis/

source afp_2008
  title: Thailand arrests eight North Korean refugees: police (AFP report)
  publisher: MGR Online
  year: 2008
  url: https://mgronline.com/general/detail/9510000031781
