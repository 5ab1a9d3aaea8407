#!/usr/bin/env python3
"""Draws pictures of The Crossing's chapters 4-6: the decision points that had none, and the night train.

    python3 stories/the-crossing/media-src/draw_decisions.py            # every picture
    python3 stories/the-crossing/media-src/draw_decisions.py kunming    # only those whose name starts so

Writes SVG into ../media beside this folder. Nothing random: the same script gives the same files.
"""
import os
import sys

from people import head, coat, grain, linear, radial, svg, Rand

MEDIA = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "media")


def figure(x, y, s, *, flip=False, face=None, body=None, hid, cid):
    """A standing person: coat top at (x, y), head above it; face and body are keyword dicts."""
    hx = x - 5 * s if flip else x + 5 * s
    return coat(x, y, s, flip=flip, gid=cid, **(body or {})) + head(hx, y - 76 * s, s * .98, flip=flip, gid=hid, **(face or {}))


def stars(r, n, w, h, colour="#dfe6f0"):
    return "".join(f'<circle cx="{r.between(0, w):.0f}" cy="{r.between(0, h):.0f}" r="{r.between(.6, 1.6):.1f}" '
                   f'fill="{colour}" opacity="{r.between(.3, .9):.2f}"/>' for _ in range(n))


def broker_car():
    W, H = 1200, 800
    r = Rand(41)
    defs = [
        linear("sky", [(0, "#070b16"), (.55, "#142038"), (1, "#2c3a52")]),
        linear("snow", [(0, "#55627a"), (1, "#1c2434")]),
        linear("road", [(0, "#3a4252"), (1, "#12161e")]),
        linear("beam", [(0, "#f4f0da", .55), (1, "#f4f0da", 0)], x1=1, x2=0, y2=0),
        radial("dome", [(0, "#ffd8a0", .85), (.35, "#ffb870", .35), (1, "#ffb870", 0)]),
        radial("head1", [(0, "#fffbe8"), (.2, "#fff4c8", .7), (1, "#fff4c8", 0)]),
        linear("car2", [(0, "#3a3f4a"), (1, "#0e1016")]),
        linear("car1", [(0, "#4a5060"), (1, "#101218")]),
        grain(seed=41),
    ]
    b = [f'<rect width="{W}" height="{H}" fill="url(#sky)"/>', stars(r, 90, W, 330),
         # far hills and a village with one light, blue with distance
         '<path d="M0 420 C160 380 320 396 480 372 C640 350 800 386 960 366 C1080 352 1160 372 1200 368 L1200 460 L0 460 Z" fill="#26324a"/>',
         '<g fill="#1c2538"><rect x="150" y="430" width="40" height="20"/><rect x="196" y="424" width="28" height="26"/><rect x="1020" y="426" width="46" height="22"/></g>',
         '<rect x="206" y="432" width="6" height="6" fill="#ffc070" opacity=".8"/><circle cx="209" cy="435" r="14" fill="url(#dome)" opacity=".5"/>',
         # the snow field and the far road with its poplars
         f'<path d="M0 452 L{W} 446 L{W} {H} L0 {H} Z" fill="url(#snow)"/>',
         '<g stroke="#3a465e" stroke-width="2" opacity=".14" fill="none">' + "".join(
             f'<path d="M{x} 470 L{x * 1.9 - 560:.0f} {H}"/>' for x in range(-200, 1500, 60)) + '</g>',
         '<path d="M0 470 L1200 462 L1200 476 L0 486 Z" fill="#2a3244"/>',
         '<g stroke="#10151f" fill="none" stroke-linecap="round">' + "".join(
             f'<path d="M{x} 468 L{x + 1} {380 - (x * 7) % 40}" stroke-width="4"/>'
             f'<path d="M{x} 420 L{x + 14} {396 - (x * 7) % 40}" stroke-width="1.5"/><path d="M{x} 430 L{x - 12} {404 - (x * 7) % 40}" stroke-width="1.5"/>'
             for x in range(20, 1200, 64)) + '</g>',
         # the near road coming from the bottom right to the crossroads
         '<path d="M560 476 L760 470 L1200 640 L1200 800 L700 800 Z" fill="url(#road)"/>',
         '<path d="M660 474 L950 800" stroke="#6a7080" stroke-width="3" stroke-dasharray="30 34" opacity=".5"/>',
         # the headlights of the first car, off the right edge, lie on the road and on the second car
         '<path d="M1200 560 L300 420 L320 560 L1200 620 Z" fill="url(#beam)" opacity=".5"/>',
         # the second car, side on, its back door held open and its light on
         '<ellipse cx="430" cy="548" rx="250" ry="18" fill="#0a0c12" opacity=".6"/>',
         '<path d="M210 540 C206 510 214 494 240 488 L300 482 C330 454 360 440 420 438 L520 438 C560 440 590 462 620 482 '
         'L660 488 C680 494 688 514 684 540 Z" fill="url(#car2)"/>',
         '<path d="M318 484 C344 460 368 452 420 450 L432 450 L432 484 Z" fill="#0c0e14"/>',
         '<path d="M446 450 L516 450 C548 452 568 466 590 484 L446 484 Z" fill="#ffcf94" opacity=".75"/>',
         '<path d="M446 450 L516 450 C548 452 568 466 590 484 L446 484 Z" fill="url(#dome)"/>',
         '<circle cx="520" cy="470" r="90" fill="url(#dome)" opacity=".8"/>',
         # inside, the empty back seat waiting
         '<path d="M456 470 C470 460 520 460 560 470 L570 520 L450 520 Z" fill="#6a4a34" opacity=".9"/>',
         '<path d="M446 486 L590 486 L596 530 L446 530 Z" fill="#e0a870" opacity=".55"/>',
         # the open door, swung out towards us on its hinge
         '<path d="M592 450 L640 470 L646 566 L594 534 Z" fill="#1c1f27"/><path d="M594 452 L638 471 L640 508 L594 486 Z" fill="#2e3340"/>',
         '<path d="M594 452 L638 471" stroke="#ffcf94" stroke-width="2" opacity=".6"/>',
         '<g fill="#08090c"><circle cx="280" cy="540" r="30"/><circle cx="620" cy="540" r="30"/></g>',
         '<g fill="#3a3e48"><circle cx="280" cy="540" r="12"/><circle cx="620" cy="540" r="12"/></g>',
         '<path d="M664 496 L684 500 L684 512 L666 510 Z" fill="#fff4c8"/><circle cx="690" cy="505" r="40" fill="url(#head1)" opacity=".6"/>',
         '<path d="M212 500 L222 498 L222 514 L212 514 Z" fill="#c0302a"/>',
         # exhaust in the cold
         '<path d="M210 530 C180 520 160 500 130 506 C100 512 80 494 60 500" stroke="#8a96aa" stroke-width="14" fill="none" opacity=".25" stroke-linecap="round"/>',
         # the second man, standing by the open door with a hand on it, the car's headlight behind him
         '<ellipse cx="712" cy="584" rx="56" ry="7" fill="#06070a" opacity=".6"/>',
         '<path d="M692 540 L688 580 L704 580 L712 552 L718 580 L734 580 L730 540 Z" fill="#0c0c10"/>',
         '<path d="M684 578 L706 578 L706 586 L680 586 Z M716 578 L740 578 L742 586 L716 586 Z" fill="#050506"/>',
         coat(712, 440, .56, light="#e8dcc8", mid="#2c2c32", dark="#0a0a0e", gid="c2", arm=False, length=190),
         '<path d="M690 452 C672 458 656 464 646 470 L650 480 C662 476 678 470 694 466 Z" fill="#1c1c22"/>',
         '<path d="M640 466 C648 460 656 464 654 472 C650 478 642 478 640 472 Z" fill="#8a6248"/>',
         head(715, 397, .55, light="#f0e0c8", mid="#6a5040", dark="#1a1210", hair="#0a0808", wear="short", gid="h2"),
         '<path d="M740 448 C754 470 758 520 754 546" stroke="#f4ecd8" stroke-width="2.5" fill="none" opacity=".5"/>',
         # the first car's bonnet at the right edge, its headlight glaring
         '<path d="M1080 800 C1090 700 1120 640 1200 620 L1200 800 Z" fill="url(#car1)"/>',
         '<circle cx="1196" cy="624" r="120" fill="url(#head1)" opacity=".55"/><circle cx="1196" cy="624" r="34" fill="url(#head1)"/>',
         # her, standing in the snow between the cars, her back to the first car's lights
         '<ellipse cx="900" cy="790" rx="120" ry="14" fill="#0a0d14" opacity=".5"/>',
         figure(900, 470, 1.18, flip=True, hid="hw", cid="cw",
                face=dict(light="#ffe0b8", mid="#9a7058", dark="#241814"),
                body=dict(light="#b09a8a", mid="#3a3a44", dark="#0e0f14", hand="#a07a64")),
         # the cold light of the headlights on her back and hair
         '<path d="M970 500 C980 540 982 620 980 800" stroke="#e8ecf4" stroke-width="4" fill="none" opacity=".4"/>',
         '<path d="M930 318 C938 340 940 380 932 424" stroke="#e8ecf4" stroke-width="2" fill="none" opacity=".3"/>',
         # her breath
         '<path d="M838 412 C826 410 818 414 808 410" stroke="#c8d2e0" stroke-width="10" fill="none" opacity=".2" stroke-linecap="round"/>',
         ]
    return svg(W, H, "Night at a crossroads among snowy fields: a man holds open the back door of a waiting car whose light is on inside; "
               "the young woman stands in the snow and looks at him, with the first car's headlights behind her.", defs, b)


def toilet_hide():
    W, H = 1200, 800
    defs = [
        linear("wall", [(0, "#3c4640"), (1, "#1a201e")]),
        linear("side", [(0, "#2a322e"), (1, "#0e1211")], x1=0, x2=1, y2=0),
        linear("floor", [(0, "#2a2c28"), (1, "#0c0d0c")]),
        linear("door", [(0, "#4a5450"), (1, "#22282a")], x1=0, x2=1, y2=0),
        radial("win", [(0, "#e8f0e0", .9), (.5, "#b8c8b0", .35), (1, "#b8c8b0", 0)]),
        radial("slit", [(0, "#fff2d0", .8), (.5, "#f0d8a8", .25), (1, "#f0d8a8", 0)]),
        linear("bowl", [(0, "#a8b0a6"), (1, "#2e342e")], x1=1, x2=0, y2=0),
        radial("vig", [(0, "#000", 0), (.6, "#000", .1), (1, "#000", .7)], cx=.55, cy=.45, r=.75),
        grain(seed=52),
    ]
    b = [f'<rect width="{W}" height="{H}" fill="url(#wall)"/>',
         # the back wall's steel panels, the left wall in shadow, the door on the right
         '<g stroke="#141a18" stroke-width="3" opacity=".7"><path d="M300 0 V600 M620 0 V600"/><path d="M0 300 H900"/></g>',
         '<g fill="#7a8a80" opacity=".35">' + "".join(f'<circle cx="{x}" cy="{y}" r="3"/>' for x in (310, 610, 630) for y in (20, 290, 310, 580)) + '</g>',
         '<path d="M0 0 L150 60 L150 640 L0 800 Z" fill="url(#side)"/>',
         f'<path d="M150 640 L900 640 L1200 800 L0 800 Z" fill="url(#floor)"/>',
         # the small frosted window, the only daylight, a fields' green in it
         '<rect x="420" y="90" width="230" height="150" rx="6" fill="#2a3230"/>',
         '<rect x="432" y="102" width="206" height="126" fill="#c8d4c0"/>',
         '<path d="M432 190 C500 176 560 200 638 184 L638 228 L432 228 Z" fill="#9ab08e" opacity=".7"/>',
         '<rect x="432" y="102" width="206" height="126" fill="#e8eee4" opacity=".35"/>',
         '<circle cx="535" cy="165" r="260" fill="url(#win)" opacity=".55"/>',
         # the steel basin and tap in the corner
         '<path d="M160 380 L300 372 L296 410 C260 430 200 430 164 414 Z" fill="#8a948e"/><path d="M170 382 L290 376 L286 392 C250 400 210 400 174 394 Z" fill="#2a302c"/>',
         '<path d="M236 372 L236 350 L256 350" stroke="#9aa49e" stroke-width="6" fill="none"/>',
         '<path d="M164 414 L170 640" stroke="#141816" stroke-width="8"/>',
         # the door: bolt shot, handle pushed down from outside, and light under it broken by two feet
         '<path d="M900 40 L1160 0 L1160 800 L900 660 Z" fill="url(#door)"/>',
         '<path d="M920 80 L1140 50 L1140 380 L920 390 Z" fill="#000" opacity=".12"/>',
         '<path d="M930 420 L968 418 L968 432 L930 434 Z" fill="#9aa49e"/><path d="M944 414 L956 414 L956 438 L944 438 Z" fill="#c8d0c8"/>',
         '<g transform="rotate(28 952 330)"><rect x="934" y="322" width="64" height="14" rx="7" fill="#b8c0b8"/></g><circle cx="940" cy="330" r="10" fill="#6a726c"/>',
         '<path d="M900 660 L1160 800 L1200 800 L1200 784 L916 642 Z" fill="#fff0c8" opacity=".95"/>',
         '<path d="M980 690 L1040 722 L1030 740 L970 708 Z M1070 738 L1126 768 L1116 786 L1060 756 Z" fill="#0a0a08"/>',
         '<path d="M760 800 L900 660 L1200 800 Z" fill="url(#slit)" opacity=".6"/>',
         # the toilet she sits on, its lid closed
         '<path d="M390 640 C380 600 390 560 420 548 L600 548 C630 560 636 600 626 640 Z" fill="url(#bowl)"/>',
         '<path d="M380 548 C380 530 400 520 430 520 L600 520 C630 520 640 532 636 550 Z" fill="#7e867c"/>',
         '<path d="M330 330 L420 330 L420 548 L330 548 Z" fill="#5e665e"/><path d="M330 330 L420 330 L420 346 L330 346 Z" fill="#8a9288"/>',
         # her: seated, knees together, the bag held in both arms, face turned to the door
         '<path d="M430 520 C420 440 424 380 446 340 C460 318 488 306 516 304 L560 306 C590 314 606 336 612 366 C620 420 622 470 620 530 Z" fill="#3e4a44"/>',
         '<path d="M596 330 C612 360 618 420 618 520" stroke="#a8b8a8" stroke-width="3" fill="none" opacity=".5"/>',
         '<path d="M470 306 C484 322 520 326 552 310 C560 322 556 336 544 342 C520 352 492 350 474 338 C466 328 466 314 470 306 Z" fill="#141a16"/>',
         # thighs forward, shins down, shoes together
         '<path d="M470 500 C520 486 620 486 700 494 C740 500 756 530 746 556 C720 566 640 566 560 564 C500 562 460 550 456 520 Z" fill="#2a302c"/>',
         '<path d="M520 492 C600 484 680 488 724 500" stroke="#8a9a90" stroke-width="3" fill="none" opacity=".4"/>',
         '<path d="M690 520 C712 600 716 680 712 744 L748 744 C754 680 752 600 744 540 Z" fill="#22282a"/>',
         '<path d="M660 524 C676 604 680 680 676 748 L708 748 C712 680 710 604 700 540 Z" fill="#1a1e20"/>',
         '<path d="M672 744 C690 740 730 740 772 750 C778 760 770 766 750 766 L674 766 Z" fill="#0c0c0c"/>',
         # the cloth bag on her knees, and her arms around it
         '<path d="M560 410 C600 396 680 400 720 416 C736 440 734 488 720 506 C680 516 600 514 566 504 C552 480 550 436 560 410 Z" fill="#6a5a48"/>',
         '<path d="M572 420 C620 410 680 412 714 424" stroke="#b8a488" stroke-width="3" fill="none" opacity=".6"/>',
         '<path d="M610 404 C630 370 660 370 680 402" stroke="#4a3e32" stroke-width="6" fill="none"/>',
         '<path d="M470 370 C470 420 500 460 560 470 C610 476 660 470 700 456 C716 450 716 436 704 432 C660 440 610 444 570 436 C530 428 512 400 510 370 Z" fill="#46544c"/>',
         '<path d="M560 470 C610 476 660 470 700 456" stroke="#141a16" stroke-width="4" fill="none" opacity=".8"/>',
         '<path d="M696 424 C712 418 728 428 724 442 C718 452 704 452 698 444 Z" fill="#b08a6a"/>',
         '<path d="M702 422 C714 420 724 428 724 436" stroke="#f0e0c0" stroke-width="2" fill="none" opacity=".7"/>',
         head(508, 232, 1.08, light="#f0e8d0", mid="#8a7060", dark="#1e1814", gid="ht"),
         f'<rect width="{W}" height="{H}" fill="url(#vig)"/>',
         ]
    return svg(W, H, "Inside a train's cramped toilet, in half-dark: the young woman sits on the closed lid with her bag in her arms "
               "and looks at the bolted door; its handle is pushed down from outside, and the light under the door is broken by the shadow of two feet.", defs, b)


def kunming():
    W, H = 1200, 800
    defs = [
        linear("room", [(0, "#3a2e28"), (1, "#1a1412")]),
        linear("curt", [(0, "#b0704a"), (.5, "#8a4e34"), (1, "#5a3222")], x1=0, x2=1, y2=0),
        linear("out", [(0, "#e8f0f0"), (.45, "#c8dcc8"), (1, "#7aa070")]),
        linear("ray", [(0, "#fff4d8", .5), (1, "#fff4d8", 0)]),
        radial("tv", [(0, "#a8c8ff", .7), (.4, "#6a90d0", .25), (1, "#6a90d0", 0)]),
        radial("glow", [(0, "#fff0d0", .5), (1, "#fff0d0", 0)]),
        linear("blanket", [(0, "#6a5a7a"), (1, "#2a2232")]),
        grain(seed=25),
    ]
    folds = "".join(f'<path d="M{x} 60 C{x + 8} 240 {x - 8} 420 {x + 4} 620" stroke="#3a1e14" stroke-width="{6 + (x % 3) * 3}" fill="none" opacity=".35"/>'
                    for x in range(400, 1200, 46) if not 790 < x < 900)
    b = [f'<rect width="{W}" height="{H}" fill="url(#room)"/>',
         '<path d="M0 600 L1200 590 L1200 800 L0 800 Z" fill="#241a16"/>',
         '<path d="M0 600 L1200 590" stroke="#4a3a30" stroke-width="3"/>',
         # the gap in the curtains: a slice of Kunming in daylight, green hills, balconies with flowers
         '<rect x="800" y="60" width="96" height="540" fill="url(#out)"/>',
         '<path d="M800 300 C830 280 860 290 896 270 L896 420 L800 420 Z" fill="#8ab080" opacity=".8"/>',
         '<rect x="812" y="330" width="84" height="270" fill="#c8b8a0"/><g fill="#5a6a70"><rect x="822" y="340" width="26" height="30"/><rect x="858" y="340" width="26" height="30"/><rect x="822" y="410" width="26" height="30"/><rect x="858" y="410" width="26" height="30"/><rect x="822" y="480" width="26" height="30"/><rect x="858" y="480" width="26" height="30"/><rect x="822" y="550" width="26" height="30"/><rect x="858" y="550" width="26" height="30"/></g>',
         '<g fill="#a8a090">' + "".join(f'<rect x="812" y="{y}" width="84" height="8"/>' for y in (380, 450, 520)) + '</g>',
         '<g>' + "".join(f'<circle cx="{x}" cy="{y - 6}" r="9" fill="{c}"/><rect x="{x - 7}" y="{y - 4}" width="14" height="6" fill="#8a4a2a"/>' for x, y, c in
                          ((826, 380, "#c83a3a"), (850, 380, "#e0a030"), (878, 450, "#c83a6a"), (830, 450, "#5a9a4a"),
                           (862, 520, "#d04a3a"), (884, 380, "#5a9a4a"))) + '</g>',
         '<rect x="800" y="60" width="96" height="540" fill="#fffaf0" opacity=".1"/>',
         # the curtains, glowing where the sun is behind them
         '<path d="M380 40 L808 40 C800 200 812 400 804 604 L380 612 Z" fill="url(#curt)"/>',
         '<path d="M890 40 L1200 40 L1200 604 L896 604 C888 400 900 200 890 40 Z" fill="url(#curt)"/>',
         folds,
         '<rect x="370" y="30" width="840" height="12" rx="4" fill="#2a1e18"/>',
         '<circle cx="848" cy="300" r="260" fill="url(#glow)"/>',
         # the sunlight from the gap, across the floor
         '<path d="M800 600 L896 600 L1010 800 L620 800 Z" fill="url(#ray)"/>',
         # the left of the room: a television on a low cabinet, the sound turned down
         '<rect x="40" y="470" width="230" height="140" fill="#2a201c"/><rect x="40" y="470" width="230" height="8" fill="#4a3a32"/>',
         '<rect x="70" y="340" width="170" height="128" rx="6" fill="#141416"/><rect x="82" y="350" width="146" height="106" fill="#8ab0e8"/>',
         '<path d="M82 420 C120 400 170 430 228 410 L228 456 L82 456 Z" fill="#4a70b0"/><path d="M140 456 C140 420 150 400 164 396 C178 400 186 420 186 456 Z" fill="#2a3a60"/><circle cx="164" cy="384" r="12" fill="#2a3a60"/>',
         '<circle cx="155" cy="403" r="330" fill="url(#tv)"/>',
         # the grandmother on a mattress on the floor, lying on her side towards the screen, under a blanket
         '<path d="M40 700 L520 690 L540 740 L30 752 Z" fill="#8a8e9c"/><path d="M30 752 L540 740 L540 756 L30 768 Z" fill="#4a4c56"/>',
         # she sits up on it, her knees drawn up under the blanket, turned to the screen
         '<path d="M170 700 C150 640 180 600 240 590 C300 584 340 610 352 650 C360 680 356 700 350 706 Z" fill="url(#blanket)"/>',
         '<path d="M190 640 C230 610 290 604 336 628" stroke="#9a90b8" stroke-width="3" fill="none" opacity=".5"/>',
         coat(330, 540, .7, flip=True, light="#a8b8e0", mid="#4a4a5a", dark="#141418", hand="#8a7a78", gid="cg", length=230),
         head(327, 488, .68, flip=True, light="#d0dcf8", mid="#7a6e70", dark="#1e1a1c", hair="#9a968e", wear="knot", gid="hg"),
         # the young woman at the gap in the curtains, looking out, the daylight on her face
         figure(690, 330, 1.12, hid="hk", cid="ck",
                face=dict(light="#fff6e4", mid="#b08868", dark="#2a1c16"),
                body=dict(light="#e0d0b8", mid="#5a5e5a", dark="#161614", hand="#c09a7a", length=440)),
         ]
    return svg(W, H, "A flat high up in Kunming with the curtains drawn: the young woman stands at a gap in them, her face in the daylight, "
               "looking out at green hills and balconies with flowers in pots; behind her, the grandmother lies on a mattress on the floor "
               "in the light of a television with the sound turned down.", defs, b)


def walker(x, y, s, colour, r, bag=False):
    """A small person in a crowd, seen from far: head, coat, legs mid-stride; (x, y) at the feet."""
    stride = r.between(-6, 6)
    w = r.between(13, 17)
    out = (f'<g transform="translate({x:.0f} {y:.0f}) scale({s:.2f})" fill="{colour}">'
           f'<path d="M-5 0 L{-4 + stride:.0f} -34 L{4 + stride:.0f} -34 L6 0 L2 0 L0 -22 L-2 0 Z"/>'
           f'<path d="M-{w:.0f} -30 C-{w:.0f} -60 -12 -72 0 -72 C12 -72 {w:.0f} -60 {w:.0f} -30 Z"/>'
           f'<circle cx="0" cy="-82" r="10"/>')
    if bag:
        out += f'<rect x="{w - 2:.0f}" y="-40" width="14" height="18" rx="3"/>'
    return out + '</g>'


WALKERS = ('<g id="w0"><path d="M-5 0 L-8 -34 L0 -34 L6 0 L2 0 L0 -22 L-2 0 Z"/><path d="M-15 -30 C-15 -60 -12 -72 0 -72 C12 -72 15 -60 15 -30 Z"/><circle cx="0" cy="-82" r="10"/></g>'
           '<g id="w1"><path d="M-5 0 L0 -34 L8 -34 L6 0 L2 0 L0 -22 L-2 0 Z"/><path d="M-14 -30 C-14 -60 -12 -72 0 -72 C12 -72 14 -60 14 -30 Z"/><circle cx="0" cy="-82" r="10"/></g>'
           '<g id="w2"><use href="#w0"/><rect x="13" y="-40" width="14" height="18" rx="3"/></g>'
           '<g id="w3"><use href="#w1"/><rect x="-26" y="-42" width="14" height="20" rx="3"/></g>')


def crowd(x, y, s, colour, r):
    """One of the crowd from WALKERS, at (x, y) (the feet), scale s."""
    return f'<use href="#w{int(r() * 4)}" transform="translate({x:.0f} {y:.0f}) scale({s:.2f})" fill="{colour}"/>'


def beijing():
    W, H = 2400, 800
    r = Rand(39)
    defs = [
        linear("hall", [(0, "#2a1e1a"), (.5, "#6a4a34"), (1, "#b07a4a")]),
        linear("floor", [(0, "#8a6a4e"), (1, "#2a201a")]),
        linear("win", [(0, "#3a4a6a"), (.6, "#c87a4a"), (1, "#f0b070")]),
        radial("lamp", [(0, "#ffe0a0", .9), (.3, "#ffc070", .3), (1, "#ffc070", 0)]),
        radial("haze", [(0, "#f0b070", .45), (1, "#f0b070", 0)]),
        WALKERS,
        grain(seed=39),
    ]
    b = [f'<rect width="{W}" height="{H}" fill="url(#hall)"/>',
         # the far wall: a row of tall windows on the dusk, the city's sodium light
         '<rect x="0" y="150" width="2400" height="330" fill="#4a3428"/>',
         '<g fill="url(#win)">' + "".join(f'<path d="M{x} 470 L{x} 230 C{x} 180 {x + 110} 180 {x + 110} 230 L{x + 110} 470 Z"/>' for x in range(60, 2400, 160)) + '</g>',
         '<g fill="#2a1c16" opacity=".7">' + "".join(f'<rect x="{x + 52}" y="200" width="6" height="270"/><rect x="{x}" y="330" width="110" height="5"/>' for x in range(60, 2400, 160)) + '</g>',
         '<circle cx="1200" cy="400" r="900" fill="url(#haze)"/>',
         # the ceiling: beams running to the far wall, and lamps hung in rows
         '<path d="M0 0 L2400 0 L2400 150 L0 150 Z" fill="#1e1612"/>',
         '<g stroke="#3a2a20" stroke-width="8">' + "".join(f'<path d="M{x} 0 L{x} 150"/>' for x in range(0, 2401, 120)) + '</g>',
         '<path d="M0 150 L2400 150" stroke="#5a4030" stroke-width="10"/>',
         "".join(f'<path d="M{x} 0 V{110 + (x % 3) * 10}" stroke="#1a120e" stroke-width="2"/><circle cx="{x}" cy="{120 + (x % 3) * 10}" r="70" fill="url(#lamp)"/>'
                 f'<circle cx="{x}" cy="{120 + (x % 3) * 10}" r="8" fill="#fff0c8"/>' for x in range(100, 2400, 220)),
         # the departure board across the middle of the hall: red rows of lit characters, not readable from here
         '<rect x="860" y="180" width="680" height="190" fill="#120c0a"/><rect x="860" y="180" width="680" height="190" fill="none" stroke="#3a2a22" stroke-width="8"/>',
         '<g fill="#ff3a24" opacity=".85">' + "".join(
             f'<rect x="{880 + c * 56 + (row * 13) % 20}" y="{200 + row * 22}" width="{r.between(18, 44):.0f}" height="9"/>'
             for row in range(7) for c in range(11)) + '</g>',
         '<g fill="#ffd040" opacity=".8">' + "".join(f'<rect x="1470" y="{200 + row * 22}" width="40" height="9"/>' for row in range(7)) + '</g>',
         # the floor, polished, taking the light
         '<path d="M0 480 L2400 480 L2400 800 L0 800 Z" fill="url(#floor)"/>',
         '<g stroke="#c89060" stroke-width="2" opacity=".25">' + "".join(f'<path d="M{1200 + (x - 1200) * .3:.0f} 480 L{x} 800"/>' for x in range(-1400, 3800, 200)) + '</g>',
         '<g opacity=".25">' + "".join(f'<ellipse cx="{x}" cy="560" rx="40" ry="6" fill="#ffe0a0"/>' for x in range(100, 2400, 220)) + '</g>',
         ]
    # the crowd, in rows from the far wall forward: smaller, paler and hazier with distance
    rows = [(486, .55, "#8a6a52"), (510, .7, "#6e5242"), (540, .9, "#503a30"), (580, 1.15, "#38281e")]
    for y, sc, col in rows:
        x = r.between(-40, 40)
        while x < W:
            if not (1080 < x < 1440 and sc > 1):  # leave room round her and the guide
                b.append(crowd(x, y + r.between(-6, 6), sc * r.between(.9, 1.1), col, r))
            x += r.between(30, 90) * sc
    # the poles with cameras and loudspeakers, and police in pairs
    for x, top in ((420, 200), (1720, 190), (2200, 220)):
        b.append(f'<path d="M{x} 600 V{top}" stroke="#2a201a" stroke-width="10"/><path d="M{x} {top + 10} H{x + 44}" stroke="#2a201a" stroke-width="6"/>'
                 f'<path d="M{x + 30} {top + 12} L{x + 62} {top + 20} L{x + 60} {top + 36} L{x + 28} {top + 30} Z" fill="#d8d0c4"/>'
                 f'<circle cx="{x + 62}" cy="{top + 28}" r="4" fill="#ff3a24"/>'
                 f'<path d="M{x - 4} {top + 50} L{x - 40} {top + 36} L{x - 40} {top + 84} L{x - 4} {top + 70} Z" fill="#3a3028"/>')
    for x in (640, 690, 1880, 1926):
        b.append(walker(x, 600, 1.3, "#1a2234", r) + f'<path d="M{x - 13} 483 L{x + 13} 483 L{x + 16} 490 L{x - 16} 490 Z" fill="#1a2234"/>'
                 f'<path d="M{x - 11} 482 C{x - 10} 470 {x + 10} 470 {x + 11} 482 Z" fill="#1e2a44"/>')
    # the guide, walking away fast without looking back, and her behind him, looking up at a camera
    b += ['<ellipse cx="1290" cy="780" rx="260" ry="20" fill="#120c08" opacity=".4"/>',
          # the guide from behind, mid-stride, a bag in his hand, the hall's light on his shoulders
          '<g transform="translate(1420 700)">'
          '<path d="M-30 -150 L-44 0 L-24 0 L-8 -120 L4 -120 L30 -4 L50 -8 L24 -150 Z" fill="#16120f"/>'
          '<path d="M-46 4 L-20 4 L-22 -6 L-44 -6 Z M28 -2 L56 -6 L52 -14 L30 -12 Z" fill="#0a0808"/>'
          '<path d="M-52 -140 C-58 -200 -56 -250 -40 -268 C-26 -280 26 -280 40 -268 C56 -250 58 -200 52 -140 Z" fill="#241e1a"/>'
          '<path d="M-40 -268 C-26 -280 26 -280 40 -268" stroke="#ffc080" stroke-width="4" fill="none" opacity=".55"/>'
          '<path d="M0 -270 L2 -140" stroke="#0e0b09" stroke-width="2" opacity=".6"/>'
          '<path d="M-14 -276 L-12 -292 L12 -292 L14 -276 Z" fill="#3a2a20"/>'
          '<ellipse cx="0" cy="-312" rx="24" ry="28" fill="#120e0c"/>'
          '<path d="M-20 -326 C-12 -340 12 -340 20 -326" stroke="#ffc080" stroke-width="3" fill="none" opacity=".4"/>'
          '<path d="M-24 -306 C-28 -300 -26 -292 -22 -292 Z M24 -306 C28 -300 26 -292 22 -292 Z" fill="#6a4a34"/>'
          '<path d="M50 -250 C62 -210 64 -180 60 -150" stroke="#241e1a" stroke-width="20" fill="none" stroke-linecap="round"/>'
          '<rect x="44" y="-156" width="50" height="62" rx="8" fill="#2e2620"/><path d="M52 -156 C56 -176 80 -176 84 -156" stroke="#2e2620" stroke-width="5" fill="none"/>'
          '</g>',
          coat(1200, 460, 1.15, gid="cb", light="#f0c890", mid="#4a4038", dark="#141010", hand="#b88a62", length=300),
          '<g transform="rotate(-9 1210 440)">' + head(1206, 373, 1.13, gid="hb", light="#ffe2b0", mid="#a0724e", dark="#2a1a12") + '</g>',
          '<path d="M1268 470 C1290 520 1296 600 1292 760" stroke="#ffd8a0" stroke-width="4" fill="none" opacity=".45"/>']
    return svg(W, H, "The hall of Beijing station at dusk: a crowd crosses the polished floor under rows of lamps and a red departure board; "
               "cameras and loudspeakers on poles, police in pairs; in the middle the young woman follows the guide, who walks fast "
               "ahead of her without looking back, and she looks up at the cameras.", defs, b)


def sitting(x, y, s, *, light, mid, dark, hand, gid, flip=False):
    """Someone sitting on the floor or a bag, knees drawn up; (x, y) is the top of the coat."""
    sx = f"scale({-s:g} {s:g})" if flip else f"scale({s:g})"
    return (coat(x, y, s, flip=flip, light=light, mid=mid, dark=dark, hand=hand, gid=gid, arm=False, length=170)
            + f'<g transform="translate({x:g} {y:g}) {sx}">'
            f'<path d="M-40 170 C-40 120 20 90 90 96 C130 100 150 130 146 170 C140 200 120 214 100 214 L-40 214 Z" fill="url(#{gid})"/>'
            f'<path d="M20 104 C70 92 120 100 140 136" stroke="{light}" stroke-width="3" fill="none" opacity=".6"/>'
            f'<path d="M110 150 C114 180 116 200 112 214 L150 214 C152 196 150 176 146 160 Z" fill="{dark}"/>'
            f'<path d="M104 208 C120 204 150 204 170 212 L170 222 L104 222 Z" fill="#0c0a08"/>'
            f'<path d="M-10 40 C-30 80 -10 120 40 122 C70 124 100 120 118 112 C126 106 122 96 112 96 C84 100 60 102 40 96 C20 88 14 64 16 44 Z" fill="url(#{gid})"/>'
            f'<path d="M108 92 C120 88 130 96 128 106 C124 114 112 114 108 106 Z" fill="{hand}"/></g>')


def station_wait():
    W, H = 1200, 800
    r = Rand(77)
    defs = [
        linear("hall", [(0, "#2a1e1a"), (.55, "#6a4a34"), (1, "#9a6a44")]),
        linear("floor", [(0, "#7a5c44"), (1, "#1e1612")]),
        linear("pillar", [(0, "#1a1410"), (.6, "#6a5444"), (1, "#a88a6a")], x1=0, x2=1, y2=0),
        radial("lamp", [(0, "#ffe0a0", .9), (.3, "#ffc070", .3), (1, "#ffc070", 0)]),
        radial("pool", [(0, "#ffd8a0", .35), (1, "#ffd8a0", 0)]),
        WALKERS,
        grain(seed=77),
    ]
    b = [f'<rect width="{W}" height="{H}" fill="url(#hall)"/>',
         '<path d="M0 0 H1200 V120 H0 Z" fill="#1e1612"/>',
         "".join(f'<path d="M{x} 0 V{90 + (x % 3) * 12}" stroke="#120c0a" stroke-width="2"/><circle cx="{x}" cy="{100 + (x % 3) * 12}" r="60" fill="url(#lamp)"/>'
                 f'<circle cx="{x}" cy="{100 + (x % 3) * 12}" r="6" fill="#fff0c8"/>' for x in range(90, 1200, 200)),
         # the far side of the waiting hall: rows of plastic seats, a few people asleep on them, far pillars
         '<path d="M0 420 H1200 V800 H0 Z" fill="url(#floor)"/>',
         '<g fill="#4a3428">' + "".join(f'<rect x="{x}" y="150" width="60" height="300"/>' for x in (560, 980)) + '</g>',
         '<g fill="#5a4232">' + "".join(f'<rect x="{x}" y="{y}" width="36" height="22" rx="4"/>' for y in (420, 450) for x in range(420, 1200, 44)) + '</g>',
         '<g fill="#3a2a22">' + "".join(f'<rect x="{x}" y="{y + 22}" width="36" height="6"/>' for y in (420, 450) for x in range(420, 1200, 44)) + '</g>',
         ''.join(crowd(x, 470, .62, "#6a4c3a", r) for x in (470, 640, 760, 1100, 1150)),
         '<path d="M820 440 C830 426 880 424 900 436 L900 446 L820 446 Z" fill="#3a2a22"/><circle cx="812" cy="436" r="9" fill="#3a2a22"/>',
         '<circle cx="880" cy="660" r="320" fill="url(#pool)"/>',
         # the policeman: he had walked past, and has turned round to look at them
         '<ellipse cx="870" cy="640" rx="60" ry="8" fill="#120c0a" opacity=".5"/>',
         '<path d="M842 560 L836 640 L856 640 L866 584 L874 640 L894 640 L892 560 Z" fill="#141a28"/>',
         coat(866, 408, .6, flip=True, light="#c8a888", mid="#243048", dark="#0c1018", hand="#b08a6a", gid="cp", length=270),
         head(863, 362, .6, flip=True, light="#ffdcb0", mid="#9a7050", dark="#22160e", hair="#0e0a08", wear="cap", cap="#1e2a44", gid="hp"),
         # the pillar they sit against
         '<rect x="120" y="0" width="190" height="800" fill="url(#pillar)"/>',
         # the mother, the boy coughing into his hand against her, and the young woman on her bag
         sitting(300, 470, .95, light="#c8a07a", mid="#4a3a44", dark="#141016", hand="#a07a60", gid="cm"),
         head(305, 398, .93, light="#f0d0a8", mid="#9a7458", dark="#22160e", hair="#0e0a08", wear="knot", gid="hm", eye="shut"),
         coat(420, 560, .55, light="#d8b080", mid="#3a4a5a", dark="#101418", hand="#b08a6a", gid="cboy", arm=False, length=180),
         head(423, 518, .55, light="#ffe0b8", mid="#a07a58", dark="#22160e", hair="#0e0a08", wear="short", gid="hboy", eye="shut"),
         '<path d="M444 528 C456 522 466 530 462 540 C456 548 446 546 444 538 Z" fill="#b08a6a"/>',
         '<path d="M466 530 C476 528 482 532 488 530 M468 538 C478 540 486 538 492 542" stroke="#e8dcc8" stroke-width="2" fill="none" opacity=".5"/>',
         '<path d="M500 700 C500 660 520 650 600 650 C680 650 700 660 700 700 L700 740 C660 760 540 760 500 740 Z" fill="#5a4434"/>',
         '<path d="M510 670 C560 660 640 660 690 672" stroke="#b89468" stroke-width="3" fill="none" opacity=".6"/>',
         sitting(560, 500, 1.0, light="#f0c890", mid="#4a4038", dark="#141010", hand="#b88a62", gid="cw"),
         head(565, 424, .98, light="#ffe2b0", mid="#a0724e", dark="#2a1a12", gid="hw"),
         ]
    return svg(W, H, "A waiting hall in Beijing station: the young woman sits on her bag against a pillar beside the mother, whose son "
               "coughs into his hand; a few metres away a policeman who had walked past has turned round to look at them.", defs, b)


def erenhot():
    W, H = 1200, 800
    defs = [
        linear("sky", [(0, "#6a5a6a"), (.5, "#c89a74"), (1, "#f0c890")]),
        linear("street", [(0, "#c8a07a"), (1, "#5a4232")]),
        radial("sun", [(0, "#fff0c8"), (.15, "#ffe0a0", .8), (1, "#ffc080", 0)]),
        linear("dust", [(0, "#e8c090", 0), (1, "#e8c090", .5)]),
        grain(seed=13),
    ]
    b = [f'<rect width="{W}" height="{H}" fill="url(#sky)"/>',
         '<circle cx="600" cy="420" r="420" fill="url(#sun)"/>',
         # the wide empty street running to the desert, low buildings either side, pale with dust
         '<path d="M0 440 L1200 440 L1200 800 L0 800 Z" fill="url(#street)"/>',
         '<path d="M560 440 L640 440 L1100 800 L100 800 Z" fill="#a88a6c" opacity=".5"/>',
         '<path d="M600 444 L600 800" stroke="#f0e0c0" stroke-width="4" stroke-dasharray="20 40" opacity=".5"/>',
         '<g fill="#9a7a6a" opacity=".8"><path d="M0 320 L200 340 L200 460 L0 470 Z"/><path d="M200 360 L420 400 L420 446 L200 456 Z"/>'
         '<path d="M780 400 L1000 356 L1000 456 L780 446 Z"/><path d="M1000 330 L1200 300 L1200 470 L1000 460 Z"/></g>',
         '<g fill="#e8c890" opacity=".7">' + "".join(f'<rect x="{x}" y="{y}" width="14" height="18"/>' for x, y in
                                                      ((40, 380), (90, 384), (140, 390), (1040, 360), (1100, 350), (1150, 344), (860, 410))) + '</g>',
         # the dinosaur statue at the end of the street, dark against the sun
         '<g fill="#4a3a3a" opacity=".85"><path d="M780 436 C782 400 800 384 830 380 C860 376 900 380 920 394 C930 400 936 420 936 436 '
         'L926 436 L924 414 L912 436 L900 436 L898 404 L846 404 L842 436 L830 436 L826 410 L800 436 Z"/>'
         '<path d="M830 384 C820 340 800 300 770 280 C760 274 752 276 754 284 C770 290 790 320 806 388 Z"/>'
         '<path d="M756 276 C746 272 740 280 748 286 Z"/><path d="M920 396 C960 400 990 410 1010 432 C990 424 960 416 930 414 Z"/></g>',
         '<rect x="0" y="300" width="1200" height="260" fill="url(#dust)"/>',
         '<path d="M0 520 C200 500 400 540 600 516 C800 492 1000 530 1200 506" stroke="#f0d0a0" stroke-width="30" fill="none" opacity=".15"/>',
         # the guide, holding out the compass on his palm; the mother and the young woman lean in to look
         '<ellipse cx="600" cy="790" rx="520" ry="20" fill="#3a2a20" opacity=".4"/>',
         coat(250, 430, 1.15, light="#f0c890", mid="#4a3c34", dark="#16120e", hand="#a87a58", gid="cg", arm=False, length=340),
         '<path d="M290 470 C330 520 380 560 460 566 L470 590 C380 596 310 560 266 510 Z" fill="#3a302a"/>',
         '<path d="M450 560 C470 552 510 552 530 560 C534 572 520 580 490 582 C466 582 450 576 450 560 Z" fill="#b08058"/>',
         '<path d="M456 556 C480 550 510 550 528 558" stroke="#ffe0b0" stroke-width="2" fill="none" opacity=".8"/>',
         '<circle cx="494" cy="556" r="17" fill="#2a2420"/><circle cx="494" cy="556" r="13" fill="#e8e0c8"/>',
         '<path d="M494 556 L500 545" stroke="#c8302a" stroke-width="3"/><path d="M494 556 L488 567" stroke="#2a2a2a" stroke-width="3"/>',
         '<g transform="rotate(12 256 420)">' + head(256, 342, 1.12, light="#ffe0b0", mid="#9a6e4e", dark="#22140e", hair="#0e0a08", wear="short", gid="hg", eye="shut") + '</g>',
         coat(900, 480, 1.0, flip=True, light="#e8b888", mid="#4a3c44", dark="#141016", hand="#a07a60", gid="cm", length=340),
         '<g transform="rotate(-10 895 470)">' + head(895, 404, .98, flip=True, light="#ffd8a8", mid="#9a7458", dark="#22160e", hair="#0e0a08", wear="knot", gid="hm", eye="shut") + '</g>',
         '<g transform="rotate(-16 650 440)">' + head(644, 362, 1.14, flip=True, light="#ffe2b0", mid="#a0724e", dark="#2a1a12", gid="hw", eye="shut") + '</g>',
         coat(650, 450, 1.16, flip=True, light="#f0c890", mid="#4a4038", dark="#141010", hand="#b88a62", gid="cw", length=340),
         ]
    return svg(W, H, "Dusk in Erenhot: on a wide empty street that runs out towards the desert, the guide holds a compass out on his palm, "
               "and the young woman and the mother lean in to look at it; at the end of the street a dinosaur statue stands dark "
               "against a low sun in a sky hazy with sand.", defs, b)


def thai_shore():
    W, H = 1200, 800
    r = Rand(61)
    defs = [
        linear("sky", [(0, "#060a08"), (1, "#14201a")]),
        linear("river", [(0, "#1a2620"), (1, "#0a100c")]),
        linear("mud", [(0, "#3a3224"), (1, "#120e0a")]),
        radial("lamp", [(0, "#ffd890", .95), (.25, "#ffb860", .4), (1, "#ffb860", 0)]),
        grain(seed=61),
    ]
    glyphs = ("c4 -8 12 -8 12 0 c0 6 -8 8 -8 2", "c0 -10 8 -12 10 -4 l0 8", "c-4 0 -4 -8 2 -8 c6 0 6 10 0 12",
              "l0 -10 c4 -4 10 -2 10 4 l0 6", "c6 -2 8 4 4 6 c-4 2 -6 -2 -2 -4 l6 -6")
    script = "".join(f'<path d="M{x} {216 + (i % 2) * 2} {glyphs[(i * 3) % 5]}"/>' for i, x in enumerate(range(842, 966, 15)))
    b = [f'<rect width="{W}" height="{H}" fill="url(#sky)"/>', stars(r, 40, W, 200, "#c8d8c8"),
         # the bank rising to the road: a streetlight, a sign in a script she cannot read, a dog barking
         # the Lao bank across the river, low and dark, one lantern still lit
         '<path d="M0 350 C120 330 260 344 400 330 C520 320 620 336 700 330 L700 390 L0 390 Z" fill="#0e1612"/>',
         '<circle cx="230" cy="352" r="2.5" fill="#ffc870"/><circle cx="230" cy="352" r="16" fill="url(#lamp)" opacity=".5"/>',
         # the river, wide and brown-black, a little sky on it
         '<path d="M0 372 L760 372 L760 700 L0 700 Z" fill="url(#river)"/>',
         '<g stroke="#4a6a5a" stroke-width="2" fill="none" opacity=".35"><path d="M20 420 C120 414 220 418 320 412"/><path d="M60 470 C200 462 300 470 420 460"/>'
         '<path d="M10 540 C110 534 190 540 270 532"/></g>',
         '<path d="M228 362 L232 362 L240 520 L220 520 Z" fill="#ffc870" opacity=".08"/>',
         # the Thai bank rising from the water to the road
         '<path d="M260 700 C420 600 560 390 800 300 C950 288 1100 290 1200 292 L1200 800 L0 800 L0 700 Z" fill="#18201a"/>',
         '<path d="M560 336 L1200 290 L1200 312 L560 356 Z" fill="#2a2a26"/>',
         '<path d="M1000 300 V110 C1000 90 1020 84 1040 86" stroke="#2a2e2a" stroke-width="8" fill="none"/>',
         '<circle cx="1044" cy="92" r="220" fill="url(#lamp)"/><path d="M1030 84 L1058 84 L1054 94 L1034 94 Z" fill="#fff0c8"/>',
         '<path d="M1044 94 L900 330 L1200 330 L1200 250 Z" fill="#ffd890" opacity=".08"/>',
         '<path d="M880 316 V250 M960 316 V250" stroke="#3a3a34" stroke-width="6"/><rect x="830" y="190" width="150" height="62" rx="4" fill="#2a5a8a"/>',
         f'<g stroke="#f0f0e8" stroke-width="3" fill="none" stroke-linecap="round">{script}</g>',
         '<path d="M846 238 H966" stroke="#f0f0e8" stroke-width="2" opacity=".6"/>',
         '<g fill="#0a0c0a"><path d="M700 330 C702 318 716 312 736 314 L752 306 C758 300 766 302 764 310 L760 320 C760 332 752 338 744 338 '
         'L742 350 L736 350 L734 338 L716 338 L712 350 L706 350 L706 336 C700 336 696 334 700 330 Z"/></g>',
         '<path d="M770 300 C780 296 786 298 790 294 M772 308 C782 308 790 306 796 308" stroke="#c8d0c0" stroke-width="2" opacity=".5" fill="none"/>',
         # reeds and scrub on the bank
         '<g stroke="#0c120e" stroke-width="3" fill="none">' + "".join(
             f'<path d="M{x:.0f} {y:.0f} C{x + 4:.0f} {y - 40:.0f} {x - 6:.0f} {y - 80:.0f} {x + r.between(-20, 20):.0f} {y - r.between(90, 150):.0f}"/>'
             for x, y in ((r.between(0, 560), r.between(470, 600)) for _ in range(50))) + '</g>',
         # the boat going back across without lights, its wake spreading behind it
         '<path d="M118 452 L196 448 L206 440 L130 442 Z" fill="#050705"/><path d="M190 444 L192 428 L198 428 L198 444 Z" fill="#050705"/>',
         '<g stroke="#8aa89a" stroke-width="2" fill="none" opacity=".45"><path d="M200 452 C260 470 330 490 420 520"/><path d="M200 450 C250 452 320 446 400 436"/></g>',
         # the mud at her feet, wet and taking the streetlight
         '<path d="M0 800 L0 640 C200 600 500 610 760 640 C900 660 1100 650 1200 640 L1200 800 Z" fill="url(#mud)"/>',
         '<g stroke="#8a7a5a" stroke-width="2" opacity=".3" fill="none"><path d="M100 690 C200 684 300 686 380 694"/><path d="M640 720 C700 714 780 716 840 724"/></g>',
         # her: soaked, her shirt clinging, looking up the bank at the light
         '<ellipse cx="560" cy="792" rx="140" ry="12" fill="#060504" opacity=".6"/>',
         coat(560, 430, 1.18, gid="cs", light="#d8b080", mid="#2e3a30", dark="#0a0e0a", hand="#a07a5a", length=330),
         '<g transform="rotate(-9 570 420)">' + head(566, 340, 1.16, gid="hs", light="#ffe0a8", mid="#8a6a4e", dark="#1a120c") + '</g>',
         '<g stroke="#d8e8d8" stroke-width="2" fill="none" opacity=".35"><path d="M560 520 C566 580 560 640 566 720"/><path d="M600 600 C604 640 600 680 604 740"/></g>',
         '<g fill="#c8dcd0" opacity=".6"><circle cx="540" cy="760" r="2"/><circle cx="610" cy="740" r="2"/><circle cx="520" cy="420" r="1.6"/></g>',
         ]
    return svg(W, H, "Night on the Thai bank of the Mekong: the young woman stands soaked in the mud at the water's edge and looks up the bank "
               "to a road with one streetlight, a blue sign in Thai script and a barking dog; behind her on the dark river the boat "
               "is going back without lights.", defs, b)


def route():
    W, H = 1200, 800
    r = Rand(5)
    VX, VY = 1180, 318  # where the rails meet at the horizon

    def along(x0, y0, z):
        """A point of the near end (x0, y0) pushed z deep towards the vanishing point."""
        return VX - (VX - x0) / z, VY - (VY - y0) / z

    defs = [
        linear("sky", [(0, "#05080f"), (.6, "#16243a"), (1, "#34465e")]),
        linear("plain", [(0, "#2a3444"), (1, "#0a0e14")]),
        radial("moon", [(0, "#f0ecdc", .8), (.12, "#c8d0dc", .35), (1, "#c8d0dc", 0)]),
        radial("win", [(0, "#ffd890", .6), (1, "#ffd890", 0)]),
        linear("beam", [(0, "#fff4d0", .5), (1, "#fff4d0", 0)], x1=1, x2=0, y2=0),
        linear("side", [(0, "#2e4a3e"), (1, "#142420")]),
        grain(seed=5),
    ]
    b = [f'<rect width="{W}" height="{H}" fill="url(#sky)"/>', stars(r, 70, W, 260),
         '<circle cx="860" cy="110" r="260" fill="url(#moon)"/><circle cx="860" cy="110" r="24" fill="#f4f0e2"/>',
         '<g fill="#4a5a72" opacity=".4"><ellipse cx="760" cy="150" rx="170" ry="12"/><ellipse cx="980" cy="170" rx="140" ry="9"/><ellipse cx="880" cy="132" rx="90" ry="6"/></g>',
         # far hills, pale with distance, and a village's few lights
         '<path d="M0 300 C150 250 300 270 450 240 C600 214 760 260 900 250 C1040 240 1140 270 1200 262 L1200 330 L0 340 Z" fill="#3a4a62"/>',
         '<path d="M0 330 C200 300 400 316 600 300 C800 290 1000 310 1200 304 L1200 340 L0 350 Z" fill="#2a3850"/>',
         '<g fill="#ffc878">' + "".join(f'<rect x="{x}" y="{y}" width="3" height="3" opacity=".8"/>' for x, y in ((640, 318), (652, 320), (700, 316), (1010, 312))) + '</g>',
         f'<path d="M0 336 L{W} 316 L{W} {H} L0 {H} Z" fill="url(#plain)"/>',
         # furrows of the stubble fields running to the horizon
         '<g stroke="#3e4a5c" stroke-width="2" opacity=".18">' + "".join(f'<path d="M{VX} {VY} L{x} {H}"/>' for x in range(-2400, 1200, 220)) + '</g>',
         # the embankment and rails
         f'<path d="M{VX} {VY} L-200 560 L-200 620 Z" fill="#1a1e26"/>',
         f'<path d="M{VX} {VY} L-200 548" stroke="#8a96a8" stroke-width="2" opacity=".6"/>',
         # the headlight's beam, ahead of the train and out of the picture
         '<path d="M130 380 L-20 300 L-20 520 Z" fill="url(#beam)"/>']
    # the train: carriages in perspective from the locomotive near us to the last one far off
    top0, bot0, x0 = 250, 470, 170
    zs = [1 + i * .62 for i in range(12)]
    cars = []
    for i in range(11):
        za, zb = zs[i], zs[i + 1]
        (xa, ta), (_, ba) = along(x0, top0, za), along(x0, bot0, za)
        (xb, tb), (_, bb) = along(x0, top0, zb), along(x0, bot0, zb)
        gap = (xb - xa) * .03
        xa2, xb2 = xa + gap, xb - gap
        def at(x, frac):  # y on this carriage's side at x, frac 0 = roof, 1 = floor
            k = (x - xa) / (xb - xa)
            t, bt = ta + (tb - ta) * k, ba + (bb - ba) * k
            return t + (bt - t) * frac
        fill = "#1a2a26" if i else "#2a2a30"
        cars.append(f'<path d="M{xa2:.0f} {at(xa2, .9):.0f} L{xb2:.0f} {at(xb2, .9):.0f} L{xb2:.0f} {at(xb2, 1.04):.0f} L{xa2:.0f} {at(xa2, 1.04):.0f} Z" fill="#07090c"/>'
                    f'<path d="M{xa2:.0f} {at(xa2, .04):.0f} L{xb2:.0f} {at(xb2, .04):.0f} L{xb2:.0f} {at(xb2, .92):.0f} L{xa2:.0f} {at(xa2, .92):.0f} Z" fill="url(#side)"/>'
                    f'<path d="M{xa2:.0f} {at(xa2, .04):.0f} L{xb2:.0f} {at(xb2, .04):.0f}" stroke="#a8b8c8" stroke-width="{max(1, 3 / za):.1f}" opacity=".6"/>'
                    f'<path d="M{xa2:.0f} {at(xa2, .7):.0f} L{xb2:.0f} {at(xb2, .7):.0f}" stroke="#c8c0a0" stroke-width="{max(.8, 4 / za):.1f}" opacity=".5"/>')
        if i == 0:
            continue  # the locomotive has no passenger windows
        n = 6
        for w in range(n):
            wa = xa2 + (xb2 - xa2) * (w + .2) / n
            wb = xa2 + (xb2 - xa2) * (w + .8) / n
            cars.append(f'<path d="M{wa:.1f} {at(wa, .22):.1f} L{wb:.1f} {at(wb, .22):.1f} L{wb:.1f} {at(wb, .52):.1f} L{wa:.1f} {at(wa, .52):.1f} Z" fill="#f0c470"/>')
            if i == 1 and w in (1, 4):  # passengers' heads against the light, in the nearest carriage
                cx = (wa + wb) / 2
                cars.append(f'<ellipse cx="{cx:.0f}" cy="{at(cx, .38):.0f}" rx="{9 if w == 1 else 8}" ry="11" fill="#1a1210"/>'
                            f'<path d="M{cx - 16:.0f} {at(cx, .53):.0f} C{cx - 14:.0f} {at(cx, .44):.0f} {cx + 14:.0f} {at(cx, .44):.0f} {cx + 16:.0f} {at(cx, .53):.0f} Z" fill="#1a1210"/>')
    b += cars
    (xa, ta), (_, ba) = along(x0, top0, 1), along(x0, bot0, 1)
    b += [  # the locomotive's front, turned towards us, its headlight on
          f'<path d="M{xa:.0f} {ta + 6:.0f} L112 268 L104 460 L{xa:.0f} {ba - 16:.0f} Z" fill="#3a3a44"/>',
          '<path d="M116 290 L166 276 L166 340 L114 350 Z" fill="#8aa0b8" opacity=".4"/>',
          '<path d="M104 460 L172 452 L172 470 L100 478 Z" fill="#b5473a"/>',
          '<circle cx="132" cy="400" r="12" fill="#fffbe8"/><circle cx="132" cy="400" r="70" fill="url(#win)"/>',
          '<g fill="#8a96a8" opacity=".09"><ellipse cx="170" cy="226" rx="40" ry="22"/><ellipse cx="220" cy="190" rx="60" ry="30"/><ellipse cx="300" cy="160" rx="80" ry="34"/><ellipse cx="400" cy="140" rx="100" ry="34"/></g>',
          # a crossing keeper's hut by the line, its window lit, a track running off across the fields
          '<path d="M520 800 C560 700 600 620 640 560 C660 532 680 516 700 506" stroke="#2a3242" stroke-width="40" fill="none" opacity=".7"/>',
          '<path d="M600 560 L600 500 L640 480 L680 500 L680 560 Z" fill="#10141c"/><path d="M592 504 L640 476 L688 504" stroke="#6a7a90" stroke-width="3" fill="none"/>',
          '<rect x="650" y="512" width="16" height="16" fill="#ffc870"/><circle cx="658" cy="520" r="50" fill="url(#win)"/>',
          '<path d="M0 600 C300 560 600 580 900 540 C1000 530 1100 536 1200 530" stroke="#7a8aa8" stroke-width="60" fill="none" opacity=".06"/>',
          # telegraph poles along the line, the nearest sliding past at the right
          '<g stroke="#0a0c10" stroke-linecap="round">'
          '<path d="M1040 800 L1046 40" stroke-width="16"/><path d="M980 84 L1110 72" stroke-width="9"/><path d="M990 124 L1100 114" stroke-width="7"/>'
          '<path d="M860 520 L862 200" stroke-width="8"/><path d="M826 220 L896 214" stroke-width="5"/>'
          '<path d="M760 410 L761 250" stroke-width="5"/><path d="M740 262 L782 258" stroke-width="3"/></g>',
          '<g fill="#c8d0dc" opacity=".7"><circle cx="990" cy="78" r="5"/><circle cx="1100" cy="68" r="5"/><circle cx="830" cy="214" r="3"/><circle cx="892" cy="210" r="3"/></g>',
          '<g stroke="#0e1218" stroke-width="1.6" fill="none"><path d="M990 80 C920 160 880 200 830 216 C800 236 770 250 742 262 L600 300"/>'
          '<path d="M1100 70 C1000 150 930 200 892 212 C850 230 800 250 780 258 L650 296"/><path d="M990 80 C900 40 800 40 700 60 L0 160"/></g>',
          # frosted grass in the foreground
          '<g stroke="#4a5a6e" stroke-width="2" fill="none" opacity=".8">' + "".join(
              f'<path d="M{x:.0f} 800 C{x + 4:.0f} 770 {x - 4:.0f} 740 {x + r.between(-16, 16):.0f} {800 - r.between(40, 110):.0f}"/>' for x in (r.between(0, 1200) for _ in range(70))) + '</g>',
          ]
    return svg(W, H, "A night train crosses a dark plain under the moon: the locomotive's headlight shines ahead, the lit windows of the carriages "
               "make a line of small yellow squares running into the distance, two passengers' heads dark against them; telegraph "
               "poles stand along the line, and a hut by a track across the fields has one lit window.", defs, b)


def farm_phone():
    """farm_escape: the night she takes his phone from under the pillow and calls her cousin."""
    W, H = 1200, 800
    defs = [
        linear("wall", [(0, "#0a0b10"), (.7, "#15161e"), (1, "#1c1c24")]),
        linear("kang", [(0, "#3a2c22"), (1, "#120e0c")]),
        linear("mat", [(0, "#4a3c2c"), (1, "#2a2018")]),
        linear("quilt", [(0, "#5a3a3c"), (1, "#22161a")]),
        linear("shaft", [(0, "#b8c8e8", .09), (1, "#b8c8e8", .03)]),
        radial("screen", [(0, "#e8f4ff", .95), (.18, "#9ec4f0", .5), (.55, "#6a94d0", .12), (1, "#6a94d0", 0)]),
        radial("moonpane", [(0, "#d8e4f8"), (1, "#7a8cb0")]),
        grain(seed=53),
    ]
    panes = "".join(f'<rect x="{x}" y="{y}" width="40" height="40"/>' for x in range(884, 1064, 44) for y in (144, 188, 232, 276))
    b = [f'<rect width="{W}" height="{H}" fill="url(#wall)"/>',
         # the mud-plastered wall: a crack, a calendar's pale square where a picture hung
         '<path d="M140 80 C150 140 136 200 150 260 M152 180 C170 196 176 220 172 240" stroke="#22232c" stroke-width="3" fill="none"/>',
         '<rect x="300" y="150" width="120" height="160" fill="#1e1f28"/>',
         # the window: paper panes with the moon behind them, and the light they let in across the kang
         '<rect x="874" y="134" width="190" height="190" fill="#0c0d12"/>',
         f'<g fill="url(#moonpane)" opacity=".85">{panes}</g>',
         # the door on the right, shut, the hasp and padlock on its frame catching the moon
         '<rect x="1110" y="90" width="90" height="610" fill="#100e10"/><rect x="1104" y="90" width="10" height="610" fill="#1e1a1a"/>',
         '<rect x="1118" y="360" width="26" height="8" fill="#8a94a8"/><path d="M1126 368 C1126 386 1142 386 1142 368" stroke="#8a94a8" stroke-width="4" fill="none"/>'
         '<rect x="1120" y="380" width="26" height="22" rx="3" fill="#5a6478"/>',
         # the kang: the heated brick bed along the wall, its front face, the reed mat on top
         '<path d="M0 700 L1200 700 L1200 800 L0 800 Z" fill="#0a0908"/>',
         '<g stroke="#1a1614" stroke-width="2" opacity=".7">' + "".join(f'<path d="M{x} 700 L{x * 1.3 - 180:.0f} 800"/>' for x in range(0, 1300, 90)) + '</g>',
         '<path d="M0 500 L1100 500 L1100 700 L0 700 Z" fill="url(#kang)"/>',
         '<path d="M0 470 L1100 470 L1100 520 L0 520 Z" fill="url(#mat)"/>',
         '<g stroke="#1e1610" stroke-width="1.5" opacity=".6">' + "".join(f'<path d="M{x} 470 L{x + 6} 520"/>' for x in range(0, 1100, 22)) + '</g>',
         '<path d="M0 520 L1100 520" stroke="#6a5840" stroke-width="3" opacity=".5"/>',
         '<g stroke="#0c0908" stroke-width="3" opacity=".25">' + "".join(f'<path d="M0 {y} H1100"/>' for y in range(580, 700, 60)) + "".join(
             f'<path d="M{x + (y // 60 % 2) * 60} {y - 60} V{y}"/>' for y in range(580, 760, 60) for x in range(60, 1100, 120)) + '</g>',
         # him, asleep on his side under the quilt with his back to her, his head on the pillow
         '<path d="M150 470 C160 400 260 372 380 380 C480 386 560 410 600 440 C620 456 624 470 620 476 L150 476 Z" fill="url(#quilt)"/>',
         '<path d="M190 440 C300 420 440 424 580 450 M240 404 C320 396 420 400 520 420" stroke="#120a0c" stroke-width="3" fill="none" opacity=".5"/>',
         '<path d="M380 382 C470 388 560 414 604 446" stroke="#a8b8d8" stroke-width="2.5" fill="none" opacity=".4"/>',
         '<path d="M40 476 C40 450 60 438 110 438 C150 438 168 450 168 476 Z" fill="#3a3440"/>',
         # the back of his head on the pillow, the hair cropped short, one ear
         '<path d="M96 446 C92 420 108 404 132 404 C156 404 170 420 168 442 C166 456 152 462 132 462 C112 462 98 458 96 446 Z" fill="#0c0a0a"/>',
         '<path d="M110 410 C126 402 148 404 160 416" stroke="#6a7890" stroke-width="2" fill="none" opacity=".5"/>',
         '<path d="M150 432 C158 428 164 434 160 444 C156 450 150 448 150 442 Z" fill="#4a3a36"/>',
         '<path d="M166 440 C180 446 196 444 210 438 L214 470 L164 470 Z" fill="#2e2430"/>',
         # her, kneeling on the edge of the kang, turned towards him, the phone at her ear
         sitting(720, 330, .95, flip=True, light="#b8c8e0", mid="#3a3440", dark="#0e0c12", hand="#8a7a7a", gid="cw"),
         '<circle cx="700" cy="258" r="150" fill="url(#screen)"/>',
         head(715, 258, .94, flip=True, light="#dfe8f6", mid="#7a6a6a", dark="#1a1214", gid="hw"),
         # her hand cupped round the phone against her cheek, the screen's light between her fingers
         '<path d="M718 236 L734 238 L736 292 L720 292 Z" fill="#141620"/><path d="M719 240 L731 241 L733 286 L721 286 Z" fill="#d8ecff"/>',
         '<path d="M716 300 C706 290 706 268 714 258 C722 252 732 256 736 266 C740 280 740 298 734 310 C728 318 720 312 716 300 Z" fill="#4e4446"/>',
         '<path d="M714 260 C720 254 730 256 734 264" stroke="#d8ecff" stroke-width="2.5" fill="none" opacity=".8"/>',
         '<path d="M736 270 C744 290 742 320 730 340" stroke="#4e4446" stroke-width="16" fill="none" stroke-linecap="round"/>',
         # her cloth shoes on the floor below the bed, set side by side, ready
         '<path d="M700 760 C700 744 716 738 740 740 L790 744 C806 746 810 756 806 764 L704 766 Z" fill="#2a2624"/>'
         '<path d="M730 772 C730 756 746 750 770 752 L820 756 C836 758 840 768 836 776 L734 778 Z" fill="#332e2a"/>',
         '<path d="M740 752 C760 750 800 754 834 760" stroke="#9aaccc" stroke-width="2" fill="none" opacity=".5"/>',
         # moonlight from the window falls across the mat and her back
         '<path d="M884 324 L1064 324 L1000 520 L640 520 Z" fill="url(#shaft)"/>',
         ]
    return svg(W, H, "Night in a locked room of a farmhouse: on the heated brick bed a man sleeps under a quilt with his back "
               "turned, and at the other end of the bed a woman sits with her knees drawn up, turned towards him, holding a small "
               "phone to her ear; its screen lights her hand and her face. Her cloth shoes wait side by side on the floor below. "
               "Moonlight comes through the paper window, and a padlock hangs on the door.", defs, b)


def chapter_6():
    """Chapter 6's opening, true for both its routes: a summer night before the last border, no land to be read in the dark."""
    W, H = 1600, 900
    r = Rand(606)
    defs = [
        linear("sky", [(0, "#02040a"), (.55, "#071019"), (.82, "#0f2028"), (1, "#1a2e34")]),
        radial("band", [(0, "#b4c8d8", .2), (.5, "#9ab4c8", .08), (1, "#9ab4c8", 0)]),
        linear("land", [(0, "#05080a"), (1, "#010203")]),
        linear("road", [(0, "#2a343a"), (1, "#0c1012")]),
        radial("glow", [(0, "#a8c8d0", .22), (1, "#a8c8d0", 0)]),
        grain(seed=606),
    ]
    # the Milky Way: a pale band from low on the left up to the right, thick with small stars
    band = "".join(f'<circle cx="{x:.0f}" cy="{y:.0f}" r="{r.between(.5, 1.3):.1f}" opacity="{r.between(.25, .8):.2f}"/>'
                   for x, y in ((t + r.between(-90, 90), 620 - t * .52 + r.between(-70, 70))
                                for t in (r.between(0, 1600) for _ in range(260))))
    b = [f'<rect width="{W}" height="{H}" fill="url(#sky)"/>',
         '<g transform="rotate(-27.5 800 204)"><ellipse cx="800" cy="204" rx="1100" ry="130" fill="url(#band)"/>'
         '<ellipse cx="620" cy="214" rx="520" ry="60" fill="url(#band)"/><ellipse cx="1040" cy="190" rx="420" ry="44" fill="url(#band)"/></g>',
         f'<g fill="#e4ecf4">{band}</g>', stars(r, 160, W, 620, "#dfe8f0"),
         # a few bright ones
         "".join(f'<circle cx="{x}" cy="{y}" r="2.4" fill="#f4f8ff"/><circle cx="{x}" cy="{y}" r="9" fill="#dfe8f0" opacity=".12"/>'
                 for x, y in ((212, 140), (1330, 96), (1460, 300), (560, 70), (1090, 210))),
         # the last light of the sky along the horizon, and the land black below it: nothing in it to tell desert from hills
         '<ellipse cx="1150" cy="640" rx="700" ry="120" fill="url(#glow)"/>',
         '<path d="M0 652 C200 640 420 648 640 636 C860 624 1080 640 1300 630 C1440 624 1540 630 1600 628 L1600 900 L0 900 Z" fill="url(#land)"/>',
         # the road they were left beside, running away towards the horizon
         '<path d="M1044 640 L1056 640 C1150 720 1260 800 1400 900 L1250 900 C1170 800 1100 720 1044 640 Z" fill="url(#road)" opacity=".55"/>',
         # her, in a thin summer jacket, her hair loose, looking ahead into the dark; the sky's light on her face
         coat(790, 466, 1.75, light="#7e9aa6", mid="#26323a", dark="#080b0e", hand="#8a7a70", gid="c6", length=260),
         head(800, 366, 1.5, light="#cfe0e6", mid="#6a5e58", dark="#1a1416", hair="#060506", gid="h6"),
         ]
    return svg(W, H, "A summer night before the last border: under a sky thick with stars and the Milky Way, the young woman "
               "stands in profile in a thin jacket, her hair loose, and looks ahead into the dark; below the horizon the land "
               "is black, and a track runs away into it.", defs, b)


def leaves(r, n, x0, x1, y0, y1, colour, size=(30, 70)):
    """Broad jungle leaves and fronds, drooping, in one colour: a plane of the forest."""
    out = []
    for _ in range(n):
        x, y, L = r.between(x0, x1), r.between(y0, y1), r.between(*size)
        a = r.between(-70, 70)
        out.append(f'<path transform="translate({x:.0f} {y:.0f}) rotate({a:.0f})" d="M0 0 C{L * .3:.0f} -{L * .22:.0f} {L * .8:.0f} -{L * .18:.0f} {L:.0f} {L * .1:.0f} '
                   f'C{L * .7:.0f} {L * .16:.0f} {L * .3:.0f} {L * .16:.0f} 0 0 Z"/>')
    return f'<g fill="{colour}">' + "".join(out) + '</g>'


def laos_forest():
    """laos_forest: near dawn, out of the forest onto a red dirt road, and lights coming round the bend."""
    W, H = 1200, 800
    r = Rand(71)
    defs = [
        linear("sky", [(0, "#0e1a20"), (.6, "#2a3e44"), (1, "#5a6a66")]),
        linear("road", [(0, "#6a3a26"), (1, "#2a140c")]),
        linear("mist", [(0, "#8aa0a0", 0), (.5, "#8aa0a0", .22), (1, "#8aa0a0", 0)]),
        radial("lights", [(0, "#fff6dc"), (.12, "#ffeab0", .8), (.4, "#ffd890", .2), (1, "#ffd890", 0)]),
        linear("beams", [(0, "#ffeab0", .35), (1, "#ffeab0", 0)], x1=1, x2=0, y2=.3),
        grain(seed=71),
    ]
    b = [f'<rect width="{W}" height="{H}" fill="url(#sky)"/>',
         # far ridges, blue-green with the first grey of the morning
         '<path d="M0 300 C140 250 260 280 380 240 C520 196 640 250 780 220 C900 196 1040 240 1200 210 L1200 420 L0 420 Z" fill="#24363a"/>',
         '<path d="M0 360 C160 320 320 350 480 320 C620 296 760 330 900 306 C1020 290 1120 310 1200 300 L1200 460 L0 460 Z" fill="#18272a"/>',
         '<rect x="0" y="300" width="1200" height="120" fill="url(#mist)"/>',
         # the forest wall behind the road
         '<path d="M0 400 C80 370 160 392 240 372 C330 350 420 384 520 366 C620 348 720 380 820 362 C920 346 1040 374 1200 356 L1200 560 L0 560 Z" fill="#0e1a18"/>',
         leaves(r, 80, -40, 1240, 340, 420, "#0e1a18", (40, 80)),
         # the ground at the road's edge: grass and scrub, dark
         '<path d="M0 520 C300 500 700 490 1200 480 L1200 800 L0 800 Z" fill="#0a1210"/>',
         # the red dirt road coming round the bend from the right, wet and rutted
         '<path d="M1200 436 C1040 444 900 478 820 550 C760 610 690 700 620 800 L1160 800 C1100 710 1080 620 1110 556 C1136 506 1170 478 1200 470 Z" fill="url(#road)"/>',
         '<g stroke="#2a1208" stroke-width="4" fill="none" opacity=".6"><path d="M1200 450 C1060 470 950 520 900 590 C850 660 800 730 770 800"/>'
         '<path d="M1200 460 C1100 490 1030 540 1000 610 C980 670 990 740 1010 800"/></g>',
         '<g fill="#9a8a78" opacity=".35"><ellipse cx="930" cy="640" rx="40" ry="6"/><ellipse cx="1060" cy="560" rx="30" ry="4"/></g>',
         # the lights coming round the bend, through the trees, laid along the road
         '<path d="M1200 380 L760 520 L900 560 L1200 470 Z" fill="url(#beams)"/>',
         '<circle cx="1150" cy="430" r="130" fill="url(#lights)"/><circle cx="1196" cy="436" r="90" fill="url(#lights)"/>',
         leaves(r, 24, 1060, 1240, 340, 420, "#0a1412", (40, 80)),
         '<circle cx="1142" cy="446" r="7" fill="#fffbea"/><circle cx="1186" cy="450" r="7" fill="#fffbea"/>',
         # her, the guide and the grandmother at the road's edge, turning off it into the scrub on the left
         '<ellipse cx="470" cy="700" rx="260" ry="16" fill="#050807" opacity=".5"/>',
         coat(300, 520, .62, flip=True, light="#7a8a88", mid="#2a2826", dark="#0c0a0a", hand="#7a6454", gid="cg", arm=False, length=200),
         head(297, 473, .6, flip=True, light="#c8d0cc", mid="#7a5e4a", dark="#1a120e", hair="#0a0808", wear="short", gid="hg"),
         coat(660, 560, .55, light="#c8b090", mid="#4a3e3a", dark="#100c0c", hand="#9a7a66", gid="cm", arm=False, length=170),
         '<g transform="rotate(14 660 560)">' + head(664, 518, .53, light="#e0ccb0", mid="#7a6050", dark="#1a120e", hair="#8a8480", wear="knot", gid="hm", eye="shut") + '</g>',
         '<path d="M680 600 C700 640 690 680 700 700" stroke="#2a2624" stroke-width="5" fill="none"/>',
         coat(480, 440, 1.0, flip=True, light="#8a9c9a", mid="#26302e", dark="#0a0e0c", hand="#8a7466", gid="cw", length=270),
         head(482, 360, .98, flip=True, light="#d8e0dc", mid="#7a6458", dark="#1e140e", gid="hw"),
         # the lights' edge on the right of their faces and backs
         '<path d="M548 470 C560 520 562 600 556 700" stroke="#ffeab0" stroke-width="3" fill="none" opacity=".35"/>',
         # scrub and broad leaves in front, darkest of all
         leaves(r, 70, -60, 760, 630, 830, "#050a08", (50, 120)),
         leaves(r, 16, 1120, 1260, 660, 820, "#050a08", (50, 110)),
         ]
    return svg(W, H, "Near dawn at the edge of the forest in Laos: a red dirt road comes round a bend, and the glare of lights coming "
               "along it shines through the trees; at the roadside the young woman and the guide turn away from the road towards "
               "the dark scrub, and the grandmother, behind them, looks back at the lights.", defs, b)


def laos_road():
    """laos_road: the minivan slows at a police post beside a bridge, twenty kilometres past the border."""
    W, H = 1200, 800
    r = Rand(83)
    defs = [
        linear("sky", [(0, "#03060a"), (1, "#0e1a1c")]),
        linear("van", [(0, "#c8ccc4"), (.5, "#8a9088"), (1, "#3a3e3a")]),
        linear("vanlow", [(0, "#90968e"), (1, "#3a3e3a")]),
        linear("road", [(0, "#1e201e"), (1, "#0a0b0a")]),
        radial("tube", [(0, "#e8fff0", .9), (.2, "#c8f0dc", .35), (1, "#c8f0dc", 0)]),
        radial("torch", [(0, "#fffbe8"), (.3, "#fff0c0", .4), (1, "#fff0c0", 0)]),
        linear("beam", [(0, "#fff4d0", .4), (1, "#fff4d0", 0)], x1=1, x2=0, y2=0),
        grain(seed=83),
    ]
    b = [f'<rect width="{W}" height="{H}" fill="url(#sky)"/>', stars(r, 50, W, 220, "#c8d8d0"),
         # hills of forest behind, black-green, and the bridge's girders running off to the left over the dark river
         '<path d="M0 300 C160 260 300 290 440 250 C600 210 760 270 900 240 C1020 216 1120 250 1200 240 L1200 420 L0 420 Z" fill="#0a1410"/>',
         '<path d="M0 392 L560 392 L560 404 L0 404 Z" fill="#2a302c"/>',
         '<g stroke="#2a302c" stroke-width="5">' + "".join(f'<path d="M{x} 392 L{x + 40} 330 L{x + 80} 392"/>' for x in range(-20, 540, 80)) +
         '<path d="M0 330 L560 330"/></g>',
         '<path d="M0 404 L560 404 L560 440 L0 440 Z" fill="#060908"/>',
         # the road, and the post on the right: a concrete hut under a fluorescent tube, a flag on a pole, a barrier raised
         '<path d="M0 440 L1200 430 L1200 800 L0 800 Z" fill="url(#road)"/>',
         '<path d="M0 560 L1200 548" stroke="#5a5e54" stroke-width="3" stroke-dasharray="40 40" opacity=".4"/>',
         '<rect x="900" y="250" width="260" height="190" fill="#4a5248"/><path d="M880 250 L1180 250 L1170 230 L890 230 Z" fill="#2a302a"/>',
         '<rect x="940" y="300" width="90" height="70" fill="#d8f0e0" opacity=".85"/><path d="M985 300 V370 M940 335 H1030" stroke="#3a4238" stroke-width="3"/>',
         '<rect x="1060" y="300" width="60" height="140" fill="#1a1e1a"/>',
         '<rect x="930" y="240" width="110" height="6" fill="#f4fff8"/><circle cx="985" cy="250" r="260" fill="url(#tube)"/>',
         '<path d="M860 440 V150" stroke="#3a3e3a" stroke-width="5"/>',
         '<rect x="862" y="152" width="66" height="14" fill="#b8262e"/><rect x="862" y="166" width="66" height="18" fill="#1e3a8a"/><rect x="862" y="184" width="66" height="14" fill="#b8262e"/>'
         '<circle cx="895" cy="175" r="6" fill="#f4f4f0"/>',
         '<path d="M840 430 L846 430 L846 380 L840 380 Z" fill="#c8c8c0"/><path d="M843 384 L780 210" stroke="#e8e4dc" stroke-width="7"/>'
         '<path d="M843 384 L780 210" stroke="#b8262e" stroke-width="7" stroke-dasharray="18 18"/>',
         '<ellipse cx="985" cy="470" rx="260" ry="40" fill="#c8f0dc" opacity=".06"/>',
         # the minivan slowing, side on, its headlights on the road ahead
         '<ellipse cx="460" cy="612" rx="330" ry="18" fill="#020302" opacity=".7"/>',
         '<path d="M140 600 L140 420 C140 396 156 382 180 380 L600 378 C640 378 664 392 690 420 L750 490 C770 500 780 520 780 548 L780 600 Z" fill="url(#van)"/>',
         '<path d="M150 424 C150 404 162 396 182 396 L600 394 C624 394 640 402 656 420 L700 476 L150 476 Z" fill="#101412"/>',
         # the boxes stacked inside, her face at the middle window, the family asleep at the back
         '<g fill="#6a5038"><rect x="160" y="420" width="70" height="56"/><rect x="236" y="436" width="60" height="40"/><rect x="170" y="400" width="50" height="22"/>'
         '<rect x="560" y="430" width="56" height="46"/></g><g stroke="#3a2a1c" stroke-width="2"><path d="M160 446 H230 M236 456 H296"/></g>',
         '<path d="M300 476 C300 450 318 440 336 444 C350 446 356 460 350 476 Z" fill="#1e2420"/><path d="M352 476 C354 456 370 452 384 458 C392 464 392 470 390 476 Z" fill="#161a18"/>',
         coat(470, 470, .48, light="#b8d0c0", mid="#30342e", dark="#0c0e0c", hand="#8a7060", gid="cw", arm=False, length=30),
         head(474, 432, .47, light="#e8f4ea", mid="#8a6e5e", dark="#1e1612", gid="hw"),
         # the van's side below the windows, in front of her
         '<path d="M140 476 L728 476 L750 490 C770 500 780 520 780 548 L780 600 L140 600 Z" fill="url(#vanlow)"/>',
         '<path d="M304 396 V476 M420 396 V476 M548 396 V476" stroke="#8a9088" stroke-width="8"/>',
         '<path d="M548 396 L548 476 L700 476 L656 420 C640 402 624 394 600 394 Z" fill="#141816"/>',
         # the driver, talking, his arm out of the window and his hand raised
         head(600, 430, .48, light="#e8d8c4", mid="#7a5a46", dark="#1a120e", hair="#0a0808", wear="short", gid="hd"),
         '<path d="M626 470 C650 476 676 478 700 470 L722 448" stroke="#3a3430" stroke-width="16" fill="none" stroke-linecap="round"/>',
         '<path d="M716 452 C716 436 724 428 732 432 C738 436 734 448 728 456 Z" fill="#9a7a62"/>',
         '<path d="M140 520 H780 M150 600 L150 476" stroke="#5a5e58" stroke-width="3" opacity=".6"/>',
         '<path d="M756 506 L780 512 L780 530 L758 526 Z" fill="#fffbe8"/><path d="M780 500 L1200 540 L1200 640 L780 540 Z" fill="url(#beam)"/>',
         '<path d="M140 520 L148 520 L148 548 L140 548 Z" fill="#b8262e"/>',
         '<g fill="#060706"><circle cx="260" cy="600" r="44"/><circle cx="660" cy="600" r="44"/></g><g fill="#3a3e3a"><circle cx="260" cy="600" r="18"/><circle cx="660" cy="600" r="18"/></g>',
         '<path d="M620 382 C660 384 680 396 700 420" stroke="#e8fff0" stroke-width="3" fill="none" opacity=".5"/>',
         # the policeman at the driver's window, cap on, his torch on the van
         '<ellipse cx="812" cy="640" rx="50" ry="8" fill="#020302" opacity=".6"/>',
         '<path d="M792 560 L786 636 L806 636 L812 586 L820 636 L840 636 L834 560 Z" fill="#2a3222"/>',
         coat(812, 420, .5, flip=True, light="#c8d8b8", mid="#3e4a30", dark="#10140c", hand="#9a7a60", gid="cp", arm=False, length=290),
         head(809, 382, .5, flip=True, light="#f0e4cc", mid="#7a5e48", dark="#1a120e", hair="#0a0808", wear="cap", cap="#3e4a30", gid="hp"),
         '<path d="M790 450 C770 470 756 480 744 484" stroke="#3e4a30" stroke-width="14" fill="none" stroke-linecap="round"/>',
         '<rect x="726" y="476" width="22" height="12" rx="3" fill="#1a1a1a" transform="rotate(-20 737 482)"/>',
         '<circle cx="726" cy="486" r="60" fill="url(#torch)"/>',
         ]
    return svg(W, H, "Night at a police post beside a bridge in Laos: a minivan has slowed under the post's fluorescent light, its driver "
               "talking with his arm out of the window to a policeman in a cap who holds up his torch; behind the driver, among "
               "cardboard boxes, the young woman's face looks out of the window at him.", defs, b)


PICTURES = {"laos-road": laos_road, "laos-forest": laos_forest, "chapter-6": chapter_6, "farm-phone": farm_phone, "5-route": route, "thai-shore": thai_shore, "erenhot": erenhot, "station-wait": station_wait, "beijing": beijing, "kunming": kunming, "broker-car": broker_car, "toilet-hide": toilet_hide}


def main():
    prefix = sys.argv[1] if len(sys.argv) > 1 else ""
    for name, draw in PICTURES.items():
        if name.startswith(prefix):
            path = os.path.join(MEDIA, name + ".svg")
            with open(path, "w") as f:
                f.write(draw())
            print(f"{path}: {os.path.getsize(path)} bytes")


if __name__ == "__main__":
    main()
