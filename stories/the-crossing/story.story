// The Crossing: header, variables and sources.
// The story itself is in the chapter files 1-home.story to 7-arrival.story.

title: The Crossing
author: Crossing team
language: en
start: dawn
content note: This story depicts hunger, state surveillance, detention, human trafficking and death. It is set in 2013: the journey starts in Hyesan in January of that year, and what changed later is told at the ends. Its protagonist is a composite drawn from documented accounts, not a real person, and no real private person is named. Factual claims are shown as fact cards with their sources; the rest is her experience.
description: A woman leaves Hyesan, North Korea, in January 2013. See what she sees, choose her path across three borders, and learn what happened to real people who took each path.

// Money is counted in hundreds of yuan: 3 means 300 yuan. She starts with nothing.
var money = 0 between 0 and 10
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

// Sources. docs/the-crossing.md lists, for every fact card, the passage of the source it rests
// on and when and how it was checked.

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
  url: https://www.ohchr.org/en/stories/2020/07/report-women-detainees-face-serious-human-rights-violations

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

source nknews_2024
  title: Number of North Korean defectors who reached South tripled to 196 last year
  publisher: NK News
  year: 2024
  url: https://www.nknews.org/2024/01/number-of-north-korean-defectors-who-reached-south-tripled-to-196-last-year/

source herald_2021
  title: No. of NK defectors entering resettlement center drops 85% on year to 57 in first half
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

source dailynk_2013b
  title: Laos Plunges Defectors into Crisis
  publisher: Daily NK
  year: 2013
  url: https://www.dailynk.com/english/laos-plunges-defectors-into-crisis/

source voa_2006
  title: Report from Bangkok on Thailand's decision to deport 92 North Koreans, 27 October 2006 (headline not confirmed)
  publisher: Voice of America
  year: 2006
  url: https://www.voanews.com/a/a-13-2006-10-27-voa18/318923.html

source reuters_2017
  title: Surge in North Koreans slipping into Thailand, say immigration bureau officials (Reuters report)
  publisher: Reuters, republished by Times of Oman
  year: 2017
  url: https://timesofoman.com/article/39022-surge-in-north-koreans-slipping-into-thailand-say-immigration-bureau-officials

source afp_2008
  title: Thailand arrests eight North Korean refugees: police (AFP report)
  publisher: MGR Online
  year: 2008
  url: https://mgronline.com/general/detail/9510000031781

source afp_2012
  title: Thai police arrest 19 North Korean refugees (AFP report)
  publisher: The Korea Herald
  year: 2012
  url: http://www01.koreaherald.com/view.php?ud=20120622001174

source demick_2009
  title: Nothing to Envy: Ordinary Lives in North Korea
  author: Barbara Demick
  publisher: Spiegel & Grau
  year: 2009

source bbc_2011
  title: Shadowy world of Korea's people smugglers
  author: Lucy Williamson
  publisher: BBC News
  year: 2011

source ktimes_2016
  title: Report on the rising cost of escaping North Korea, April 2016 (headline not confirmed)
  author: Lee Jin-a
  publisher: The Korea Times
  year: 2016
  url: http://www.koreatimes.co.kr/www/news/nation/2016/04/485_202920.html

source natgeo_2009
  title: Escape from North Korea
  author: Tom O'Neill
  publisher: National Geographic
  year: 2009
  url: https://www.nationalgeographic.com/magazine/article/escape-from-north-korea

source sunsentinel_2009
  title: Forbidden border gets blurry in Chinese town
  publisher: South Florida Sun-Sentinel
  year: 2009
  url: https://www.sun-sentinel.com/news/fl-xpm-2009-04-03-0904020488-story.html

source dailynk_2007
  title: Another 6 Months Before More Defects At Tumen River
  publisher: Daily NK
  year: 2007
  url: https://www.dailynk.com/english/another-6-months-before-more-defec/

source dailynk_2013
  title: Frozen Tumen River Leads to Increased Border Patrols
  publisher: Daily NK
  year: 2013
  url: http://www.dailynk.com/english/read.php?cataId=nk01500&num=10225

source asiapress_2022
  title: Report from Musan County on a father and son arrested crossing the Tumen, 22 November 2022 (headline not confirmed)
  publisher: ASIAPRESS
  year: 2022
  url: https://www.asiapress.org/rimjin-gang/2022/12/society-economy/defect/

source asiapress_2024
  title: Report on tightened border security as the Yalu and Tumen freeze, January 2024 (headline not confirmed)
  publisher: ASIAPRESS
  year: 2024
  url: https://www.asiapress.org/rimjin-gang/2024/02/society-economy/escape/

source newsweek_2021
  title: North Korea Reportedly Enacts Shoot-On-Sight Orders for Trespassers Into Country (Associated Press report)
  publisher: Newsweek
  year: 2021
  url: https://www.newsweek.com/north-korea-reportedly-enacts-shoot-sight-orders-trespassers-country-1623669

source state_2008
  title: A Struggle for Survival: Trafficking of North Korean Women (remarks by Mark P. Lagon at the Woodrow Wilson International Center for Scholars, 3 March 2008)
  publisher: United States Department of State
  year: 2008
  url: https://www.wilsoncenter.org/event/struggle-for-survival-trafficking-north-korean-women

source yoon_2019
  title: North Korean Women and Girls Trafficked into China's Sex Trade (Journal of Trafficking and Human Exploitation 3(1), 159-178)
  author: Yoon Hee-soon
  publisher: Paris Legal Publishers
  year: 2019

source asiapress_2019
  title: Report on a Chinese smuggling broker killed on the icy road to a Yalu crossing point, November 2019 (headline not confirmed)
  publisher: ASIAPRESS
  year: 2019
  url: http://www.asiapress.org/rimjin-gang/2019/12/society-economy/smuggling-accident/

source guardian_2004
  title: Frozen frontier where illicit trade with China offers lifeline for isolated North Koreans
  publisher: The Guardian
  year: 2004
  url: https://www.theguardian.com/world/2004/jan/09/china.northkorea

source ap_2016
  title: Defectors: N. Korea would fall without capitalistic markets (Associated Press report)
  publisher: Associated Press, republished by Townhall
  year: 2016
  url: https://townhall.com/news/politics-elections/2016/11/22/defectors-n-korea-would-fall-without-capitalistic-markets-n2249054

source chosun_2015
  title: People Smugglers Tie N.Korean Defectors into Crippling Debt
  publisher: The Chosun Ilbo
  year: 2015
  url: http://english.chosun.com/site/data/html_dir/2015/03/14/2015031400471.html

source scmp_2013
  title: China arrested dozens of North Korean defectors, says South Korean media
  publisher: South China Morning Post
  year: 2013
  url: http://www.scmp.com/news/china-insider/article/1361828/china-arrested-dozens-north-korean-defectors-says-south-korean

source guardian_2015
  title: The night I helped my mother escape North Korea
  author: Hyeonseo Lee
  publisher: The Guardian
  year: 2015
  url: https://www.theguardian.com/world/2015/jun/28/my-mothers-escape-from-north-korea-the-girl-with-seven-names

source lee_2015
  title: The Girl with Seven Names
  author: Hyeonseo Lee
  publisher: William Collins
  year: 2015

source park_2015
  title: In Order to Live: A North Korean Girl's Journey to Freedom
  author: Yeonmi Park
  publisher: Penguin Press
  year: 2015

source rfa_2005
  title: Laos Is Now a Major Transit Point for North Korean Defectors
  publisher: Radio Free Asia
  year: 2005
  url: https://www.rfa.org/english/news/social/nkorea_laos-20051122.html

source joongang_2025
  title: Resettlement centers for North Korean defectors to be integrated next year (Yonhap report; headline taken from the page's address)
  publisher: Korea JoongAng Daily
  year: 2025
  url: https://koreajoongangdaily.joins.com/news/2025-12-26/national/northKorea/Resettlement-centers-for-North-Korean-defectors-to-be-integrated-next-year/2487010

source nkew_2011
  title: Travel permits in the DPRK (quoting Andrei Lankov in The Korea Times)
  publisher: North Korean Economy Watch
  year: 2011
  url: https://www.nkeconwatch.com/2011/01/02/travel-permits-in-the-dprk/

source chinadaily_2011
  title: Identity proof mandatory for buying rail tickets
  author: Wang Qian and Huang Zhiling
  publisher: China Daily
  year: 2011
  url: http://www.chinadaily.com.cn/bizchina/2011-12/22/content_14304629.htm

source dailynk_2006
  title: Electricity Resumption in Border Area, Temporarily
  author: Kang Jae Hyok
  publisher: Daily NK, republished by North Korean Economy Watch
  year: 2006
  url: https://www.nkeconwatch.com/2006/12/21/electricity-resumption-in-border-area-temporarily/

source nkew_2006
  title: North Korean Bath Houses (quoting Andrei Lankov in The Korea Times)
  publisher: North Korean Economy Watch
  year: 2006
  url: https://www.nkeconwatch.com/2006/02/26/north-korean-bath-houses/

source economist_2013
  title: Crystal meth and Tesco
  publisher: The Economist
  year: 2013
  url: https://www.economist.com/china/2013/02/16/crystal-meth-and-tesco
