#!/usr/bin/env python3
"""Draws the pictures of The Crossing's chapters 1-3 that are made from shared figures.

    python3 stories/the-crossing/media-src/draw.py            # every picture
    python3 stories/the-crossing/media-src/draw.py market     # only those whose name starts so

Writes SVG into ../media beside this folder. Nothing random: the same script gives the same files.
"""
import os
import sys

from figures import head, grain, linear, radial, svg
from people import head as phead, coat, Rand

MEDIA = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "media")


def person(x, y, s, flip, inner):
    """Wraps parts drawn in a head's frame (the head's box at 0..100, 0..130) at (x, y), scale s."""
    sx = -s if flip else s
    tx = x + (100 * s if flip else 0)
    return f'<g transform="translate({tx:g} {y:g}) scale({sx:g} {s:g})">{inner}</g>'


def seated(coat, light, fold="#0c0f14"):
    """A woman sitting low behind her goods, knees drawn up, in a padded coat; head's frame."""
    return (f'<path d="M6 320 C0 260 2 196 12 166 C20 140 44 124 66 120 L88 122 C112 130 128 148 134 174 '
            f'C152 190 162 232 164 320 Z" fill="{coat}"/>'
            f'<g stroke="{fold}" stroke-width="2.5" fill="none" opacity=".7"><path d="M16 200 C50 210 90 210 120 200"/>'
            f'<path d="M8 256 C50 268 110 268 156 252"/></g>'
            f'<path d="M86 126 C104 134 116 152 122 178 C146 192 156 230 158 280" stroke="{light}" stroke-width="2.5" '
            f'fill="none" opacity=".55"/>'
            f'<path d="M70 170 C96 176 124 200 140 236 C146 250 136 258 126 252 C112 226 92 206 68 198 Z" fill="{fold}" opacity=".55"/>'
            f'<path d="M126 236 C138 232 150 240 146 252 C140 260 128 258 126 250 Z" fill="#7a665e"/>')


# The near row's sellers: coat and its lit edge, the face's rim light, headscarf and its edge.
SELLERS = {
    "red": ("url(#coatA)", "#9eb0c8", "#fff4e6", "url(#scarfR)", "#e0a090"),   # the heroine
    "grey": ("url(#coatB)", "#c9a88a", "#fff0e0", "url(#scarfG)", "#c8c8be"),
    "blue": ("url(#coatC)", "#a8b8cc", "#fff4e6", "url(#scarfB)", "#a8b8d8"),
}


def seller(x, y, s, flip, look):
    """A woman of the market's near row, seated behind her goods, in one of the SELLERS' colours."""
    coat, light, rim, scarf, edge = SELLERS[look]
    return person(x, y, s, flip, seated(coat, light) + head(0, 0, 1, skin="url(#skinL)", rim=rim, cloth=scarf, edge=edge))


def market():
    W, H = 2400, 800
    defs = [
        linear("sky", [(0, "#56677c"), (.6, "#8e9aa8"), (1, "#b8bcc0")]),
        linear("snow", [(0, "#c9cfd6"), (1, "#8f98a3")]),
        linear("skinL", [(0, "#e0c2a8"), (.4, "#a07a66"), (1, "#4a3430")], x1=1, x2=0, y2=0),
        linear("coatA", [(0, "#5a6270"), (1, "#262b34")], x1=1, x2=0, y2=0),
        linear("coatB", [(0, "#6e5646"), (1, "#2e241f")], x1=1, x2=0, y2=0),
        linear("coatC", [(0, "#46586a"), (1, "#1c232c")], x1=1, x2=0, y2=0),
        linear("scarfR", [(0, "#a4483e"), (1, "#4a1e1c")], x1=1, x2=0),
        linear("scarfG", [(0, "#7a7a70"), (1, "#34342e")], x1=1, x2=0),
        linear("scarfB", [(0, "#5a6a8a"), (1, "#262c3c")], x1=1, x2=0),
        radial("sun", [(0, "#fff4dc", .9), (.4, "#f4dcb0", .3), (1, "#f4dcb0", 0)]),
        grain(seed=5, tint=(.45, .45, .5)),
    ]
    b = [f'<rect width="{W}" height="{H}" fill="url(#sky)"/>',
         '<circle cx="1900" cy="150" r="300" fill="url(#sun)"/><circle cx="1900" cy="150" r="34" fill="#fbf0d8" opacity=".8"/>',
         # China across the river: pale, flat with distance; then the ice
         '<path d="M0 330 C300 300 600 318 900 296 C1200 276 1500 304 1800 290 C2100 276 2300 296 2400 290 L2400 380 L0 380 Z" fill="#9aa4ae"/>',
         '<g fill="#8a949e"><rect x="300" y="330" width="60" height="30"/><rect x="380" y="318" width="40" height="42"/><rect x="1500" y="324" width="80" height="36"/>'
         '<rect x="1600" y="312" width="30" height="48"/><rect x="1660" y="330" width="70" height="30"/><rect x="2000" y="322" width="50" height="38"/></g>',
         '<path d="M0 372 L2400 364 L2400 410 L0 418 Z" fill="#c4cbd2"/>',
         # bare poplars along the far bank, pale with distance
         '<g stroke="#8a949e" fill="none" stroke-linecap="round">' + "".join(
             f'<path d="M{x} 372 C{x - 2} 340 {x + 3} 310 {x} {270 - (x % 7) * 6}" stroke-width="5"/>'
             f'<path d="M{x} 330 C{x + 10} 316 {x + 16} 304 {x + 20} 290" stroke-width="2"/>'
             f'<path d="M{x} 320 C{x - 10} 306 {x - 14} 296 {x - 20} 284" stroke-width="2"/>' for x in range(1480, 2380, 70)) + '</g>',
         # a loudspeaker on a pole, and the wires that run from it along the market
         '<path d="M640 470 L640 120" stroke="#3a4048" stroke-width="10"/><path d="M620 150 L660 150" stroke="#3a4048" stroke-width="6"/>',
         '<path d="M646 130 L690 114 L690 160 L646 146 Z" fill="#4a5058"/><path d="M690 110 L706 104 L706 170 L690 164 Z" fill="#2e3238"/>',
         '<path d="M0 190 C200 230 420 220 640 150 C900 200 1200 210 1500 160 C1800 210 2100 220 2400 180" stroke="#2e343c" stroke-width="2" fill="none"/>',
         '<path d="M1500 160 L1500 470" stroke="#3a4048" stroke-width="8"/>',
         # chimney smoke from the sheds
         '<path d="M2100 360 C2090 320 2120 290 2100 250 C2086 220 2110 190 2096 160" stroke="#c8ced6" stroke-width="16" fill="none" opacity=".3" stroke-linecap="round"/>',
         '<path d="M300 372 C290 330 318 300 300 260 C288 230 312 200 300 170" stroke="#c8ced6" stroke-width="14" fill="none" opacity=".3" stroke-linecap="round"/>',
         # the market's back wall: low sheds and a concrete wall with a slogan board (no words)
         '<path d="M0 410 L2400 400 L2400 470 L0 478 Z" fill="#6e7680"/>',
         '<g fill="#5a616b"><rect x="80" y="380" width="320" height="96"/><rect x="1880" y="370" width="360" height="100"/></g>',
         '<g fill="#dfe4ea"><path d="M60 384 L420 384 L400 372 L80 372 Z"/><path d="M1860 374 L2260 374 L2240 360 L1880 360 Z"/></g>',
         '<rect x="1020" y="330" width="360" height="70" fill="#7a2a26"/><rect x="1030" y="340" width="340" height="50" fill="#8e3a30"/>'
         '<path d="M1060 404 V470 M1340 404 V470" stroke="#4a4f57" stroke-width="8"/>',
         '<g fill="#4a5058" opacity=".6"><rect x="500" y="420" width="30" height="60"/><rect x="700" y="416" width="26" height="62"/><rect x="2300" y="410" width="24" height="60"/></g>',
         f'<path d="M0 470 C600 462 1800 460 2400 456 L2400 {H} L0 {H} Z" fill="url(#snow)"/>',
         # trodden paths in the snow between the rows
         '<g stroke="#7e8792" stroke-width="3" opacity=".5" fill="none"><path d="M0 560 C600 548 1800 552 2400 540"/><path d="M0 700 C700 690 1700 700 2400 684"/></g>',
         ]
    # A far row of sellers, small and pale with distance (back, left and right), then the near row.
    far = []
    for i, x in enumerate(range(140, 2400, 190)):
        if 880 < x < 1500:
            continue
        coat = ["#5e6670", "#6a5e56", "#56606c"][i % 3]
        scarf = ["#8a6660", "#7a7e84", "#6a7488"][i % 3]
        far.append(person(x, 420, .42, i % 2 == 1,
                          seated(coat, "#aab2bc") + head(0, 0, 1, skin="#9a8274", rim="#d8c4b4", cloth=scarf)))
        far.append(f'<rect x="{x - 10}" y="548" width="90" height="12" fill="#7a6a5a" opacity=".8"/>')
    b.append('<g opacity=".85">' + "".join(far) + '</g>')
    # The guard who collects the fee, standing, notebook in hand: just behind the heroine, turned
    # towards her and the machine, so he stands in the picture's middle third (what a phone shows
    # without a script) and further back than the sellers, his boots hidden behind the near row.
    guard = ('<path d="M26 112 C14 200 18 300 24 420 L48 420 L54 300 L64 300 L70 420 L94 420 C100 300 100 200 92 112 Z" fill="#3c4a3a"/>'
             '<path d="M30 108 C40 100 78 100 90 108 L94 136 L24 136 Z" fill="#465644"/>'
             '<path d="M88 140 C100 180 104 230 98 280" stroke="#8aa08a" stroke-width="3" fill="none" opacity=".6"/>'
             '<path d="M84 200 C110 210 126 226 120 240 L100 236 C96 226 88 222 80 220 Z" fill="#3c4a3a"/>'
             '<rect x="104" y="222" width="30" height="22" fill="#e8e4d8" transform="rotate(-12 119 233)"/>'
             '<path d="M24 420 L50 420 L50 430 L18 430 Z M70 420 L96 420 L100 430 L70 430 Z" fill="#1a1a1a"/>')
    b.append(person(935, 236, .95, True, guard +
                    head(0, 0, 1, skin="url(#skinL)", rim="#fff4e6", cloth="#34402f", edge="#90a088", wear="cap",
                         shade="#5a4236", neck="#6a4e44")))
    # Left: a woman with a cloth of dried fish
    b += ['<rect x="180" y="700" width="260" height="36" fill="#5a4a3e"/><g fill="#b8a48a">'
          + "".join(f'<path d="M{x} 712 C{x + 20} 704 {x + 50} 706 {x + 64} 714 L{x + 74} 706 L{x + 74} 722 L{x + 64} 716 C{x + 50} 724 {x + 20} 724 {x} 716 Z"/>'
                    for x in (200, 290, 360)) + '</g>',
          seller(90, 420, 1.05, False, "grey")]
    # Centre: the heroine, her rice cakes on a cloth, the sewing machine wrapped in its blanket; one
    # place along, a woman behind her sacks of maize; two places along, the woman in Chinese goods
    # behind her soap, batteries and cigarettes.
    b += ['<rect x="820" y="700" width="260" height="40" fill="#6a3a30"/><g fill="#f0ead8"><ellipse cx="870" cy="712" rx="20" ry="10"/>'
          '<ellipse cx="920" cy="714" rx="20" ry="10"/><ellipse cx="970" cy="712" rx="20" ry="10"/></g>',
          seller(720, 400, 1.2, False, "red"),
          '<g><path d="M1060 560 C1070 520 1150 510 1190 530 C1230 550 1240 620 1220 700 L1060 700 Z" fill="#7a5a8a"/>'
          '<path d="M1070 600 C1110 590 1170 594 1226 610 M1066 650 C1110 640 1180 644 1224 660" stroke="#4a3458" stroke-width="4" fill="none"/>'
          '<path d="M1150 520 L1170 500 L1200 504" stroke="#2a2a2e" stroke-width="8" fill="none"/>'
          '<path d="M1080 700 C1070 640 1090 580 1110 560" stroke="#b8a0c8" stroke-width="3" fill="none" opacity=".6"/></g>',
          seller(1400, 470, 1.0, True, "grey"),
          '<g><ellipse cx="1340" cy="706" rx="96" ry="56" fill="#c8a45a"/><ellipse cx="1446" cy="722" rx="80" ry="46" fill="#b8944a"/>'
          '<path d="M1262 696 C1302 666 1382 662 1432 686" stroke="#8a6a2a" stroke-width="3" fill="none"/>'
          '<path d="M1272 720 C1312 740 1372 744 1422 734 M1390 740 C1430 756 1480 758 1516 744" stroke="#7a5a22" stroke-width="2.5" fill="none" opacity=".7"/>'
          '<g fill="#e8c86a"><circle cx="1310" cy="674" r="5"/><circle cx="1330" cy="668" r="5"/><circle cx="1350" cy="670" r="5"/>'
          '<circle cx="1322" cy="682" r="5"/><circle cx="1342" cy="680" r="5"/></g></g>',
          seller(1820, 396, 1.2, True, "blue"),
          '<rect x="1710" y="690" width="320" height="44" fill="#3a4a5a"/>'
          '<g><rect x="1730" y="660" width="60" height="34" fill="#e8e0d0"/><rect x="1800" y="664" width="40" height="30" fill="#3a6ab0"/>'
          '<rect x="1850" y="668" width="70" height="24" fill="#d04030"/><rect x="1930" y="662" width="40" height="32" fill="#e8c040"/>'
          '<rect x="1980" y="670" width="36" height="22" fill="#408050"/></g>',
          ]
    # Far right: cigarettes and batteries on a crate
    b += ['<rect x="2200" y="640" width="140" height="80" fill="#6a5038"/><g fill="#e8e0c8"><rect x="2210" y="626" width="40" height="16"/>'
          '<rect x="2260" y="626" width="40" height="16"/></g><g fill="#2a2a30"><rect x="2220" y="610" width="12" height="18"/><rect x="2236" y="610" width="12" height="18"/></g>']
    # breath in the cold
    b += ['<g stroke="#f4f6f8" stroke-width="6" fill="none" opacity=".35" stroke-linecap="round">'
          '<path d="M818 488 C840 478 860 484 880 472"/><path d="M1914 484 C1890 474 1870 480 1850 468"/><path d="M186 510 C206 500 226 506 240 496"/>'
          '<path d="M1396 546 C1376 536 1356 542 1342 532"/></g>']
    b += ['<g fill="#f4f6f8" opacity=".6">' + "".join(
        f'<circle cx="{(i * 397) % W}" cy="{(i * 173) % 620}" r="{1.4 + (i % 4) * .5}"/>' for i in range(1, 44)) + '</g>']
    title = ("Hyesan market in the snow on a winter morning: women in padded coats and headscarves sit in rows behind sacks "
             "and cloths; at the centre, beside rice cakes on a cloth, a woman in a red headscarf turns towards a sewing machine "
             "wrapped in a purple blanket, the market guard stands just behind her with his notebook, a woman sits behind her "
             "sacks of maize, and a woman selling Chinese soap, batteries and cigarettes watches the machine; beyond the wall, "
             "the frozen river and China.")
    return svg(W, H, title, defs, b, grain_opacity=.12)


def without(name, start, end):
    """A chapter opening's text with the part between two comments (a figure) left out."""
    with open(os.path.join(MEDIA, name), encoding="utf-8") as f:
        text = f.read()
    i, j = text.index(start), text.index(end)
    return text[:i] + text[j:]


def reframed(text, title, view):
    """The same drawing seen through another window, as a 1200x800 scene picture."""
    head_end = text.index("<title>")
    title_end = text.index("</title>") + len("</title>")
    return (f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="{view}" width="1200" height="800">\n'
            f'<title>{title}</title>' + text[title_end:])


def home():
    text = without("chapter-1.svg", "<!-- the woman:", "<!-- falling snow -->")
    # what the lane holds at dawn: a fence of poles and wire, footprints, firewood, icicles
    fence = ('<g stroke="#1e242e" stroke-width="6" stroke-linecap="round">' + "".join(
        f'<path d="M{x} {y} L{x + 2} {y - h}"/>' for x, y, h in
        [(420, 700, 80), (470, 690, 74), (520, 680, 70), (566, 670, 64), (610, 660, 58), (650, 650, 52), (686, 640, 46)]) +
        '</g><path d="M420 650 L686 604 M420 680 L686 624" stroke="#2a313c" stroke-width="2" fill="none"/>'
        '<g fill="#2e3644" opacity=".7">' + "".join(
            f'<ellipse cx="{x}" cy="{y}" rx="{r}" ry="{r / 2.6:.1f}"/>' for x, y, r in
            [(800, 880, 12), (836, 846, 11), (812, 808, 10), (842, 776, 9), (820, 742, 8), (846, 712, 7), (826, 684, 6.5),
             (848, 660, 6), (830, 638, 5.5), (848, 620, 5)]) + '</g>'
        '<g fill="#3a2a20"><rect x="120" y="690" width="130" height="16" rx="6"/><rect x="126" y="674" width="120" height="16" rx="6"/>'
        '<rect x="134" y="658" width="104" height="16" rx="6"/></g><path d="M118 690 L252 690" stroke="#c8d0dc" stroke-width="3"/>'
        '<g fill="#c8d4e4" opacity=".8"><path d="M20 604 l4 18 l4 -18 Z"/><path d="M90 604 l3 14 l3 -14 Z"/><path d="M170 604 l4 22 l4 -22 Z"/>'
        '<path d="M240 604 l3 12 l3 -12 Z"/><path d="M370 624 l3 14 l3 -14 Z"/><path d="M450 624 l3 18 l3 -18 Z"/></g>\n')
    text = text.replace("<!-- falling snow -->", fence + "<!-- falling snow -->")
    return reframed(text, "Low houses with snow on their roofs before dawn, one window lit; a lane runs down to the "
                          "frozen river, and beyond it the lamps of the Chinese town burn along the far bank.",
                    "0 0 1350 900")


def river():
    text = without("chapter-3.svg", "<!-- the woman, crouched low", "<!-- reeds in front of her")
    return reframed(text, "A frozen river at night between dark banks; from a guard tower on the near bank a "
                          "searchlight beam sweeps slowly across the ice, and reeds stand black in the foreground.",
                    "150 0 1350 900")


def sewing_machine():
    W, H = 800, 600
    defs = [radial("lamp", [(0, "#6a5a48"), (.6, "#2e2620"), (1, "#141010")], cx=.5, cy=.4, r=.75),
            linear("body", [(0, "#3a3a40"), (.5, "#16161a"), (1, "#060608")], x1=0, y1=0, x2=0, y2=1),
            linear("blanket", [(0, "#8a6a9a"), (1, "#3e2a4a")]),
            grain(seed=9, tint=(.55, .5, .45))]
    b = [f'<rect width="{W}" height="{H}" fill="url(#lamp)"/>',
         # the blanket it was carried in, folded open
         '<path d="M40 470 C120 420 300 430 420 440 C560 450 700 420 780 460 L800 600 L0 600 Z" fill="url(#blanket)"/>',
         '<g stroke="#2a1a32" stroke-width="4" fill="none" opacity=".7"><path d="M80 500 C200 480 340 494 460 486"/><path d="M420 520 C540 506 660 500 760 516"/></g>',
         # the machine: a base, the arm, the wheel, the needle
         '<rect x="140" y="380" width="520" height="70" rx="6" fill="#2a1c14"/><rect x="150" y="372" width="500" height="14" fill="#4a3426"/>',
         '<path d="M180 380 L180 240 C180 200 210 180 250 180 L560 180 C600 180 620 200 620 240 L620 380 L560 380 L560 262 C560 250 552 244 540 244 L270 244 C256 244 248 252 248 264 L248 380 Z" fill="url(#body)"/>',
         '<path d="M200 200 C210 188 240 184 260 184 L560 184" stroke="#8a8a94" stroke-width="3" fill="none" opacity=".6"/>',
         '<rect x="196" y="244" width="40" height="80" fill="#1a1a1e"/><path d="M210 324 V356" stroke="#b8b8c0" stroke-width="3"/><path d="M204 356 L216 356" stroke="#b8b8c0" stroke-width="2"/>',
         '<circle cx="660" cy="230" r="62" fill="#1a1a1e" stroke="#6a6a74" stroke-width="5"/><circle cx="660" cy="230" r="12" fill="#8a8a94"/>'
         '<path d="M660 230 L700 180" stroke="#6a6a74" stroke-width="6"/><circle cx="700" cy="180" r="8" fill="#2a1c14"/>',
         # the gold scrollwork, worn away where hands held it
         '<g stroke="#c8a050" stroke-width="3" fill="none" opacity=".8"><path d="M300 214 C320 196 350 196 364 214 C376 230 404 230 416 214 C430 196 460 196 476 212"/>'
         '<path d="M500 214 C510 204 524 204 532 214"/><path d="M300 230 L476 230" opacity=".5"/></g>',
         '<g fill="#c8a050" opacity=".7"><circle cx="390" cy="262" r="4"/><circle cx="410" cy="262" r="4"/></g>',
         '<rect x="236" y="330" width="330" height="4" fill="#6a6a74" opacity=".5"/>',
         '<ellipse cx="400" cy="150" rx="300" ry="60" fill="#f0d8b0" opacity=".05"/>']
    return svg(W, H, "Her mother's sewing machine, unwrapped from its blanket: black, hand-cranked, the gold "
                     "scrollwork on its arm worn away where hands have held it.", defs, b, grain_opacity=.18)



def standing(coat, light, fold="#0b0d12", long=False):
    """A standing figure in a padded (or long wool) coat, arms at the sides; head's frame."""
    hem = 560 if long else 470
    return (f'<path d="M34 108 C8 116 -4 142 -4 196 C-4 260 2 320 6 380 L10 {hem} L110 {hem} L114 380 '
            f'C120 320 124 260 124 200 C124 146 112 116 88 108 Z" fill="{coat}"/>'
            f'<g stroke="{fold}" stroke-width="3" fill="none" opacity=".6"><path d="M0 160 C2 220 8 280 14 330"/>'
            f'<path d="M120 160 C120 220 114 280 106 330"/></g>'
            f'<path d="M30 108 C44 100 76 100 92 108 L96 132 C80 124 44 124 26 132 Z" fill="{fold}" opacity=".6"/>'
            f'<path d="M92 110 C114 118 124 150 124 200 C124 250 120 300 114 360" stroke="{light}" stroke-width="2.5" fill="none" opacity=".55"/>'
            f'<g stroke="{fold}" stroke-width="2.5" fill="none" opacity=".7"><path d="M60 130 L58 {hem}"/>'
            f'<path d="M6 {"300 C40 310 80 310 114 300" if not long else "260 C30 270 40 360 40 560"}"/></g>'
            f'<path d="M96 150 C110 200 114 260 106 320 L92 322 C96 260 92 200 84 160 Z" fill="{fold}" opacity=".5"/>'
            f'<path d="M104 328 C114 326 120 336 116 348 C110 356 100 352 100 344 Z" fill="#6e5a52"/>')


def alley():
    W, H = 1200, 800
    defs = [linear("sky", [(0, "#05070c"), (1, "#141a24")]),
            radial("window", [(0, "#ffd79a", .95), (.25, "#f0a860", .45), (1, "#f0a860", 0)]),
            linear("wallL", [(0, "#1a1d24"), (1, "#2e2b2c")], x1=0, y1=0, x2=1, y2=0),
            linear("wallR", [(0, "#3a3230"), (1, "#15161b")], x1=0, y1=0, x2=1, y2=0),
            linear("snow", [(0, "#4a4a52"), (1, "#1c1e24")]),
            linear("skinW", [(0, "#f2c89a"), (.35, "#9a6c54"), (1, "#2c1e1c")], x1=1, x2=0, y2=0),
            linear("coatH", [(0, "#5a5460"), (1, "#15151b")], x1=1, x2=0, y2=0),
            linear("coatU", [(0, "#4a3a34"), (1, "#120e0e")], x1=1, x2=0, y2=0),
            linear("scarfH", [(0, "#8a4a44"), (1, "#2a1618")], x1=1, x2=0),
            grain(seed=13, tint=(.5, .45, .42))]
    b = [f'<rect width="{W}" height="{H}" fill="url(#sky)"/>',
         '<path d="M0 0 L420 0 L600 300 L600 470 L420 800 L0 800 Z" fill="url(#wallL)"/>',
         '<path d="M1200 0 L820 0 L660 300 L660 470 L820 800 L1200 800 Z" fill="url(#wallR)"/>',
         '<path d="M600 300 L660 300 L660 470 L600 470 Z" fill="#0c0e12"/>',
         '<path d="M0 800 L420 800 L600 470 L660 470 L820 800 L1200 800 Z" fill="url(#snow)"/>',
         '<g stroke="#0c0d10" stroke-width="2" opacity=".6"><path d="M0 160 L500 170 M0 330 L560 330 M0 520 L520 470"/><path d="M1200 190 L740 200 M1200 560 L760 480"/></g>',
         # the bathhouse window: steam on the glass, a weak bulb behind it
         '<path d="M860 180 L1000 160 L1000 330 L860 336 Z" fill="#c88a50"/>',
         '<g fill="#f4dcb8" opacity=".35"><ellipse cx="910" cy="230" rx="50" ry="30"/><ellipse cx="960" cy="290" rx="40" ry="26"/></g>',
         '<path d="M860 180 L1000 160 L1000 330 L860 336 Z" fill="none" stroke="#1c1410" stroke-width="10"/><path d="M930 170 L930 334" stroke="#1c1410" stroke-width="6"/>',
         '<circle cx="930" cy="250" r="430" fill="url(#window)"/>',
         '<g fill="#f0e0c8" opacity=".12"><ellipse cx="1010" cy="130" rx="40" ry="60"/><ellipse cx="1040" cy="60" rx="30" ry="50"/></g>',
         '<ellipse cx="600" cy="760" rx="420" ry="40" fill="#000" opacity=".35"/>',
         person(236, 250, 1.62, False, standing("url(#coatH)", "#d8a888") +
                head(0, 0, 1, skin="url(#skinW)", rim="#ffe8c8", cloth="url(#scarfH)", edge="#e8a080", neck="#3a2622")),
         person(640, 262, 1.5, True, standing("url(#coatU)", "#e0b088", long=True) +
                head(0, 0, 1, skin="url(#skinW)", rim="#ffe8c8", cloth="#2a2220", edge="#8a7a70", wear="furhat",
                     shade="#4a3026", neck="#3a2622")),
         '<g stroke="#e8dcc8" stroke-width="5" fill="none" opacity=".25" stroke-linecap="round"><path d="M370 372 C390 362 404 368 420 356"/></g>']
    return svg(W, H, "Night in a narrow alley behind the bathhouse: a woman in a padded coat and headscarf faces a "
                     "man of her height in a good wool coat and fur hat; the only light is a lamp behind a "
                     "steamed-up window above them.", defs, b, grain_opacity=.15)


def phone():
    W, H = 1200, 800
    defs = [linear("night", [(0, "#04060a"), (1, "#10141c")]),
            radial("screen", [(0, "#d8ecff", .9), (.25, "#8ab8f0", .35), (1, "#6a98e0", 0)]),
            linear("skinP", [(0, "#d4e2f4"), (.3, "#7a86a0"), (.8, "#1c2030"), (1, "#0c0e14")], x1=1, y1=.4, x2=0, y2=0),
            linear("scarfP", [(0, "#4a5678"), (1, "#0c0e16")], x1=1, x2=0),
            linear("coatP", [(0, "#3a4660"), (1, "#0a0c12")], x1=1, x2=0, y2=0),
            grain(seed=17, tint=(.45, .5, .6))]
    b = [f'<rect width="{W}" height="{H}" fill="url(#night)"/>',
         # the corner of the yard where the signal reaches, and China's lamps far off
         '<path d="M0 520 L300 500 L300 800 L0 800 Z" fill="#0a0c10"/><path d="M0 520 L300 500" stroke="#3a4458" stroke-width="3"/>',
         '<g fill="#ffc274"><circle cx="1010" cy="330" r="2"/><circle cx="1060" cy="326" r="1.6"/><circle cx="1120" cy="332" r="2.2"/><circle cx="1170" cy="328" r="1.5"/></g>',
         '<g fill="#ffc274" opacity=".12"><circle cx="1010" cy="330" r="18"/><circle cx="1120" cy="332" r="22"/></g>',
         '<path d="M880 350 C960 344 1100 346 1200 342" stroke="#1a2030" stroke-width="3"/>',
         person(300, 80, 5.2, False,
                '<path d="M20 118 C4 140 -20 200 -30 240 L140 240 C130 190 110 140 94 118 Z" fill="url(#coatP)"/>' +
                head(0, 0, 1, skin="url(#skinP)", rim="#e8f4ff", cloth="url(#scarfP)", edge="#8aa0c8", eye_light="#e8f4ff",
                     neck="#1a1e2a")),
         # the phone pressed to her ear; its screen lights the cheek and the fingers that hold it
         '<circle cx="640" cy="430" r="250" fill="url(#screen)"/>',
         '<g transform="rotate(-28 612 440)"><rect x="588" y="372" width="50" height="136" rx="8" fill="#0c0d10"/>'
         '<rect x="636" y="380" width="4" height="120" fill="#bcdcff"/></g>',
         '<path d="M560 800 C570 720 590 620 600 560 C606 530 640 520 656 540 C668 560 660 600 650 630 C640 690 630 740 626 800 Z" fill="#262c3a"/>',
         '<g fill="#3e4860"><path d="M634 520 C650 500 672 494 680 506 C684 518 668 530 652 540 Z"/><path d="M640 476 C658 462 678 462 682 474 C684 486 666 494 648 498 Z"/>'
         '<path d="M626 436 C644 422 664 424 666 436 C666 448 648 454 632 456 Z"/></g>',
         '<g stroke="#c8dcf8" stroke-width="2.2" fill="none" opacity=".85"><path d="M656 512 C666 500 676 500 680 508"/><path d="M660 470 C670 464 680 466 682 474"/><path d="M646 430 C656 424 664 428 666 436"/>'
         '<path d="M600 560 C604 540 620 528 640 528"/></g>']
    return svg(W, H, "In the dark corner of a yard, a woman in a headscarf holds a small phone to her ear; its "
                     "screen lights her fingers and the edge of her face. Far off, the lamps of the Chinese "
                     "bank.", defs, b, grain_opacity=.16)



def evening():
    """The evening at home: the chapter 2 opening before the ring, lit by the hour of electricity."""
    text = without("chapter-2.svg", "<!-- the low table and the candle -->", "<!-- the woman at the table")
    text = without_text(text, "<!-- her arm along the table", "<g transform=")
    table = ('<path d="M520 640 L1240 640 L1280 690 L480 690 Z" fill="url(#table)"/>'
             '<rect x="480" y="690" width="800" height="22" fill="#24160f"/>'
             '<rect x="520" y="712" width="26" height="120" fill="#1a100c"/><rect x="1214" y="712" width="26" height="120" fill="#1a100c"/>'
             '<path d="M1040 0 V372" stroke="#0c0908" stroke-width="3"/>'
             '<ellipse cx="1040" cy="400" rx="560" ry="480" fill="url(#flame)"/>'
             '<path d="M1032 372 L1048 372 L1048 384 L1032 384 Z" fill="#3a3028"/>'
             '<path d="M1040 384 C1024 386 1020 404 1026 414 C1030 420 1050 420 1054 414 C1060 404 1056 386 1040 384 Z" fill="#fff2c8"/>'
             '<path d="M760 684 C820 666 900 660 940 668 C960 672 962 690 948 696 C900 704 840 706 790 710 C764 712 750 694 760 684 Z" fill="#4a3428"/>'
             '<path d="M800 670 C860 660 910 660 944 668" stroke="#c08a60" stroke-width="3" fill="none" opacity=".6"/>\n')
    text = text.replace("<!-- the woman at the table", table + "<!-- the woman at the table")
    return reframed(text, "Evening in the house: under a bare bulb, a woman sits at a low table with her face turned "
                          "to the light; behind her, by the red glow of the stove, her mother sits mending in the "
                          "dark. Two framed portraits hang on the wall.", "150 0 1350 900")


def without_text(text, start, end):
    i, j = text.index(start), text.index(end, text.index(start))
    return text[:i] + text[j:]


def stay():
    """Spring at the end of the lane: the chapter 1 opening with the ice gone and the snow melted."""
    with open(os.path.join(MEDIA, "chapter-1.svg"), encoding="utf-8") as f:
        text = f.read()
    for old, new in [('<stop offset="0" stop-color="#3f4d62"/><stop offset="1" stop-color="#63728a"/>',
                      '<stop offset="0" stop-color="#1c2836"/><stop offset="1" stop-color="#2c3a4a"/>'),
                     ('<stop offset="0" stop-color="#9aa6b8"/><stop offset=".6" stop-color="#5d6879"/><stop offset="1" stop-color="#2c3440"/>',
                      '<stop offset="0" stop-color="#5a5a50"/><stop offset=".6" stop-color="#3a3a34"/><stop offset="1" stop-color="#1e1e1c"/>'),
                     ('<stop offset="0" stop-color="#070d18"/><stop offset=".55" stop-color="#1a2638"/><stop offset="1" stop-color="#3d4a5c"/>',
                      '<stop offset="0" stop-color="#0a0f1c"/><stop offset=".55" stop-color="#243048"/><stop offset="1" stop-color="#5a5a6a"/>'),
                     ('fill="#c8d0dc"', 'fill="#4a4440"'), ('fill="#b9c2cf"', 'fill="#403a36"'),
                     ('stroke="#9aa7b8" stroke-width="2" opacity=".5"', 'stroke="#e0a860" stroke-width="2" opacity=".25"')]:
        text = text.replace(old, new)
    text = without_text(text, "<!-- her breath", "</g>\n<!-- falling snow -->")
    text = without_text(text, "<!-- falling snow -->", '<rect width="1600" height="900" filter')
    text = text.replace("<!-- the frozen Yalu", '<g fill="#e0a860" opacity=".3"><rect x="1007" y="440" width="4" height="90"/>'
                        '<rect x="1187" y="440" width="4" height="110"/><rect x="1357" y="440" width="4" height="80"/></g>\n<!-- the frozen Yalu')
    return reframed(text, "A spring evening at the end of the lane in Hyesan: the ice has gone from the river and the "
                          "snow from the roofs; a woman in a headscarf stands looking across the dark water at the "
                          "lamps of the Chinese town.", "125 0 1350 900")


def knock():
    W, H = 1200, 800
    defs = [linear("dark", [(0, "#0a0a0e"), (1, "#16141a")]),
            linear("torch", [(0, "#f4f0e0", .8), (1, "#f4f0e0", 0)], x1=1, y1=0, x2=0, y2=0),
            linear("skinK", [(0, "#e8e2d6"), (.3, "#8a7e78"), (1, "#1e1a1c")], x1=0, x2=1, y2=0),
            linear("doorK", [(0, "#1a1614"), (1, "#0e0c0c")], x1=0, x2=1, y2=0),
            grain(seed=19, tint=(.5, .48, .46))]
    b = [f'<rect width="{W}" height="{H}" fill="url(#dark)"/>',
         # the door, its planks, and the light of a torch through every gap
         '<rect x="640" y="60" width="380" height="700" fill="url(#doorK)"/>',
         '<g stroke="#0a0808" stroke-width="4"><path d="M735 60 V760 M830 60 V760 M925 60 V760"/></g>',
         '<g stroke="#fff6dc" stroke-width="3" opacity=".9"><path d="M642 60 V760"/><path d="M735 220 V420"/><path d="M830 480 V560"/></g>',
         '<path d="M642 150 L200 80 L140 800 L642 640 Z" fill="url(#torch)" opacity=".22"/>',
         '<path d="M736 240 L560 200 L520 560 L736 400 Z" fill="#f4f0e0" opacity=".05"/>',
         '<rect x="600" y="380" width="48" height="20" fill="#4a4038"/><rect x="560" y="384" width="50" height="10" fill="#6a5e50"/>',
         '<rect x="620" y="60" width="22" height="700" fill="#1c1614"/><rect x="1020" y="60" width="22" height="700" fill="#1c1614"/>',
         '<rect x="560" y="40" width="540" height="30" fill="#120e0e"/>',
         # the woman by the door, her hand near the latch, the crack of light across her face
         person(380, 220, 1.55, False,
                '<path d="M30 110 C2 118 -14 150 -12 210 C-10 300 0 400 6 560 L116 560 C122 400 130 300 128 210 '
                'C126 150 112 118 88 110 Z" fill="#1c1a20"/>'
                '<path d="M92 114 C118 124 128 160 128 210" stroke="#c8c0b0" stroke-width="2.4" fill="none" opacity=".6"/>'
                '<path d="M96 170 C130 160 150 150 160 104 L170 100 C172 140 160 180 110 200 Z" fill="#24222a"/>'
                '<path d="M158 96 C168 88 178 94 176 106 C172 114 162 112 160 106 Z" fill="#b8aca0"/>' +
                head(0, 0, 1, skin="url(#skinK)", rim="#fffaf0", cloth="#151216", edge="#6a5e58", wear="hair",
                     shade="#4a3a36", neck="#241e20")),
         '<path d="M470 300 L660 280 L660 300 L470 330 Z" fill="#fff6dc" opacity=".12"/>']
    return svg(W, H, "Night inside the house: torchlight shows through the gaps of the plank door; a woman stands "
                     "beside it in the dark, her hand raised towards the latch.", defs, b, grain_opacity=.16)


def awake():
    W, H = 1200, 800
    r = Rand(23)
    defs = [linear("roomA", [(0, "#0c1018"), (1, "#05070a")]),
            radial("moon", [(0, "#9ab0d0", .5), (.5, "#7a90b0", .15), (1, "#9ab0d0", 0)]),
            linear("quilt", [(0, "#4a5a7c"), (.5, "#26304a"), (1, "#0e121c")]),
            linear("pillow", [(0, "#c8d2e2"), (1, "#4a5468")]),
            linear("ray", [(0, "#b8cae4", .22), (1, "#b8cae4", 0)], x1=1, y1=0, x2=0, y2=1),
            grain(seed=23, tint=(.45, .5, .58))]
    frost = "".join(f'<path d="M{x:.0f} {y:.0f} l{r.between(-20, 20):.0f} -{r.between(10, 30):.0f} m0 0 l{r.between(-12, 12):.0f} -{r.between(6, 16):.0f}"/>'
                    for x, y in ((r.between(870, 1070), r.between(80, 236)) for _ in range(30)))
    b = [f'<rect width="{W}" height="{H}" fill="url(#roomA)"/>',
         # the frosted window high on the wall, ferns of ice on it, and the pale light it lets in
         '<rect x="860" y="40" width="220" height="200" fill="#5a6e8c"/>',
         f'<g stroke="#d8e4f4" stroke-width="1.5" fill="none" opacity=".5">{frost}</g>',
         '<rect x="860" y="40" width="220" height="200" fill="none" stroke="#0c0e12" stroke-width="12"/><path d="M970 40 V240 M860 140 H1080" stroke="#0c0e12" stroke-width="8"/>',
         '<path d="M860 240 L1080 240 L700 800 L160 800 Z" fill="url(#ray)"/>',
         '<circle cx="900" cy="220" r="600" fill="url(#moon)"/>',
         # the curtain across the room, hanging from a string; below its hem, her mother's mat and her shape under a blanket
         '<path d="M30 110 C200 104 400 104 580 112" stroke="#2a2a34" stroke-width="3" fill="none"/>',
         '<path d="M40 112 C120 110 300 108 560 114 L566 360 C480 370 420 356 340 366 C240 376 140 360 40 368 Z" fill="#221e2a"/>',
         '<g stroke="#0a0a10" stroke-width="6" opacity=".5" fill="none"><path d="M100 114 C104 200 96 290 104 366"/>'
         '<path d="M190 112 C196 200 186 290 194 370"/><path d="M290 112 C296 200 286 280 294 368"/><path d="M400 112 C406 200 396 290 404 360"/>'
         '<path d="M490 114 C494 200 488 290 494 362"/></g>',
         '<path d="M566 114 C570 200 560 300 566 360" stroke="#6a7a98" stroke-width="2" fill="none" opacity=".4"/>',
         '<path d="M20 420 L600 420 L590 380 L30 384 Z" fill="#2e3240"/>',
         '<path d="M60 402 C120 372 260 366 380 374 C460 380 520 392 540 404 L60 410 Z" fill="#3a3448"/>',
         '<path d="M120 380 C240 368 380 370 520 392" stroke="#8a96b4" stroke-width="2" fill="none" opacity=".3"/>',
         '<path d="M0 420 L1200 420 L1200 800 L0 800 Z" fill="#0e1118"/>',
         '<path d="M0 420 L1200 420" stroke="#1e2430" stroke-width="3"/>',
         # close: the pillow, her hair spread on it, her face turned up, eyes open in the dark
         '<ellipse cx="330" cy="612" rx="300" ry="96" fill="url(#pillow)"/>',
         '<path d="M250 520 C200 530 150 560 120 600 C100 630 110 660 140 670 C180 680 230 660 260 640 Z" fill="#0c0a0c" opacity=".9"/>',
         '<g stroke="#0c0a0c" stroke-width="2.5" fill="none" stroke-linecap="round" opacity=".8"><path d="M140 600 C110 620 96 650 80 660"/>'
         '<path d="M150 640 C130 670 120 690 96 700"/><path d="M130 580 C100 586 80 600 66 620"/></g>',
         '<g stroke="#6a7488" stroke-width="1.5" fill="none" opacity=".5"><path d="M200 560 C170 580 150 610 146 640"/></g>',
         '<g transform="translate(390 572) rotate(-90)">' + phead(0, 0, 2.6, light="#dce6f6", mid="#6a7486", dark="#161a24",
                                                              hair="#0c0a0c", gid="skA", lips=.35) + '</g>',
         # the quilt drawn up to her chin, her fingers over its edge
         '<path d="M470 800 C450 680 452 560 500 514 C540 486 620 474 720 470 C900 466 1060 486 1200 520 L1200 800 Z" fill="url(#quilt)"/>',
         '<path d="M486 620 C480 560 500 520 536 500 C580 480 660 474 740 472 C900 468 1060 488 1200 522" stroke="#b0c4e4" stroke-width="3" fill="none" opacity=".55"/>',
         '<g stroke="#080a10" stroke-width="4" fill="none" opacity=".6"><path d="M560 600 C760 570 960 580 1200 610"/><path d="M520 720 C760 690 980 700 1200 720"/>'
         '<path d="M760 480 C770 560 770 680 760 800"/><path d="M1000 490 C1010 580 1010 700 1000 800"/></g>',
         '<path d="M540 500 C556 484 590 480 610 490 C622 498 618 510 604 512 C586 508 566 510 550 516 Z" fill="#8a8ea0"/>',
         '<path d="M556 490 C572 482 596 482 610 490" stroke="#e8eef8" stroke-width="2" fill="none" opacity=".6"/>',
         '<g stroke="#3a3e4c" stroke-width="1.5" fill="none"><path d="M568 496 L570 508 M584 492 L586 508 M598 492 L598 506"/></g>']
    return svg(W, H, "Night after the inspection: close on a woman lying awake, her head on the pillow and the quilt "
                     "drawn up to her chin, her eyes open in the pale light of a frosted window; beyond a curtain, "
                     "her mother's mat.", defs, b, grain_opacity=.16)


def guard():
    W, H = 1200, 800
    defs = [linear("skyG", [(0, "#070a12"), (1, "#1e2634")]),
            linear("iceG", [(0, "#3e4a5c"), (1, "#6a788c")]),
            linear("skinG", [(0, "#c6c8d0"), (.35, "#7a747a"), (1, "#221e24")], x1=1, x2=0, y2=0),
            linear("coatG", [(0, "#4a5444"), (1, "#141812")], x1=1, x2=0, y2=0),
            grain(seed=29, tint=(.48, .5, .55))]
    b = [f'<rect width="{W}" height="{H}" fill="url(#skyG)"/>',
         '<path d="M0 330 C200 310 400 320 600 300 C800 286 1000 300 1200 290 L1200 380 L0 380 Z" fill="#121822"/>',
         '<g fill="#ffc274"><circle cx="300" cy="360" r="1.8"/><circle cx="420" cy="356" r="1.5"/><circle cx="980" cy="352" r="2"/></g>',
         '<path d="M0 376 L1200 370 L1200 600 L0 620 Z" fill="url(#iceG)"/>',
         '<g stroke="#8a98ac" stroke-width="2" opacity=".4"><path d="M60 420 L500 410 M600 470 L1150 458 M100 540 L700 526"/></g>',
         '<path d="M0 600 C300 590 700 596 1200 580 L1200 800 L0 800 Z" fill="#1a1f28"/>',
         # the dead willow by the bank
         '<g stroke="#07090c" fill="none" stroke-linecap="round"><path d="M920 800 C930 700 910 600 940 480 C960 400 930 320 960 240" stroke-width="40"/>'
         '<path d="M950 330 C1000 280 1060 260 1120 200" stroke-width="14"/><path d="M940 420 C880 360 820 340 760 280" stroke-width="12"/>'
         '<path d="M960 260 C980 200 1010 160 1000 100" stroke-width="10"/><path d="M1120 200 C1140 260 1130 320 1140 380" stroke-width="4"/>'
         '<path d="M760 280 C740 330 750 390 740 440" stroke-width="4"/><path d="M1060 250 C1070 300 1060 360 1070 420" stroke-width="3"/>'
         '<path d="M820 320 C810 370 820 420 806 470" stroke-width="3"/></g>',
         # the young guard, looking at his watch
         person(420, 190, 1.7, True,
                '<path d="M34 108 C8 116 -4 142 -4 196 C-4 260 2 320 6 380 L10 520 L110 520 L114 380 C120 320 124 260 124 200 '
                'C124 146 112 116 88 108 Z" fill="url(#coatG)"/>'
                '<rect x="4" y="300" width="116" height="12" fill="#1a1c14"/><rect x="52" y="298" width="18" height="16" fill="#8a8460"/>'
                '<path d="M30 108 C44 100 76 100 92 108 L96 132 C80 124 44 124 26 132 Z" fill="#0c100a" opacity=".7"/>'
                '<path d="M92 110 C120 118 134 150 134 200" stroke="#a8b0a0" stroke-width="2.4" fill="none" opacity=".6"/>'
                '<path d="M110 170 C140 200 150 230 128 240 C110 236 96 214 88 190 Z" fill="#2a3226"/>'
                '<path d="M60 210 C90 214 116 222 128 240 L130 252 C110 246 80 240 58 232 Z" fill="#2a3226"/>'
                '<path d="M120 236 C132 232 142 240 138 252 C132 260 120 256 118 248 Z" fill="#a89890"/>'
                '<rect x="112" y="230" width="12" height="10" fill="#d8dce4" stroke="#2a2a2e" stroke-width="2"/>'
                '<path d="M124 120 L150 -30" stroke="#1a1c18" stroke-width="5"/>' +
                head(0, 0, 1, skin="url(#skinG)", rim="#f2f4f8", cloth="#2c3428", edge="#6a6e60", wear="furhat",
                     shade="#4a4044", neck="#2a2428")),
         '<g stroke="#e8eef6" stroke-width="4" fill="none" opacity=".25" stroke-linecap="round"><path d="M520 320 C500 310 486 316 470 304"/></g>']
    return svg(W, H, "By a dead willow on the bank of the frozen river, a very young border guard in a fur hat and "
                     "greatcoat, a rifle on his shoulder, looks at a cheap watch on his wrist; beyond him the ice "
                     "and the dark far bank.", defs, b, grain_opacity=.15)



def lie_flat():
    W, H = 1200, 800
    r = Rand(31)
    defs = [linear("nightL", [(0, "#020308"), (1, "#0e1420")]),
            linear("snowL", [(0, "#2a3446"), (1, "#0c1018")]),
            linear("beamL", [(0, "#ffffff", .9), (.5, "#e8f0ff", .45), (1, "#dfe8f8", .08)], x1=1, y1=0, x2=0, y2=.4),
            radial("spillL", [(0, "#f4f8ff", .75), (.5, "#dfe8f8", .25), (1, "#dfe8f8", 0)]),
            radial("srcL", [(0, "#ffffff"), (.1, "#f0f6ff", .8), (1, "#c8d8f0", 0)]),
            linear("coatL", [(0, "#3a4250"), (1, "#0c0f16")]),
            grain(seed=31, tint=(.55, .58, .65))]
    sparks = []
    for _ in range(260):  # snow crystals, most of them where the beam lies
        x, y = r.between(0, W), r.between(400, H)
        lit = abs(y - (244 + (1120 - x) * .38 + 120)) < 130
        if lit or r() < .25:
            o = r.between(.5, 1) if lit else r.between(.1, .3)
            sparks.append(f'<circle cx="{x:.0f}" cy="{y:.0f}" r="{r.between(.6, 1.6 + (y - 470) / 200):.1f}" opacity="{o:.2f}"/>')
    stars4 = "".join(f'<path d="M{x} {y - 9} L{x + 1.5} {y - 1.5} L{x + 9} {y} L{x + 1.5} {y + 1.5} L{x} {y + 9} L{x - 1.5} {y + 1.5} '
                     f'L{x - 9} {y} L{x - 1.5} {y - 1.5} Z"/>' for x, y in ((960, 590), (700, 600), (1060, 570), (540, 640), (860, 620), (380, 690), (240, 640)))
    b = [f'<rect width="{W}" height="{H}" fill="url(#nightL)"/>', '<g transform="translate(-230 -170) scale(1.22)">',
         # the far bank of the river and, on it, the tower the searchlight comes from
         '<path d="M0 300 L1400 300 L1400 360 L0 360 Z" fill="url(#nightL)"/><path d="M0 360 C200 350 400 364 700 354 C900 348 1060 358 1200 352 L1200 400 L0 404 Z" fill="#06080e"/>',
         '<path d="M1094 360 L1102 250 L1138 250 L1146 360 Z" fill="#05070b"/><path d="M1090 250 L1150 250 L1146 236 L1094 236 Z" fill="#0a0d14"/>',
         '<path d="M1110 360 L1120 250 M1130 360 L1120 250" stroke="#0a0d14" stroke-width="2"/>',
         '<circle cx="1120" cy="244" r="170" fill="url(#srcL)" opacity=".55"/><circle cx="1120" cy="244" r="9" fill="#ffffff"/>',
         # the snow, seen from its own height
         '<path d="M0 398 C300 392 700 400 1200 392 L1200 800 L0 800 Z" fill="url(#snowL)"/>',
         # the beam, coming down over the snow from the tower and lying across her back
         '<path d="M1120 244 L1200 270 L1200 520 L0 720 L0 560 Z" fill="url(#beamL)" opacity=".5"/>',
         '<ellipse cx="640" cy="540" rx="560" ry="120" fill="url(#spillL)" opacity=".8"/>',
         # her far arm, stretched out past her head along the snow
         '<path d="M800 478 C860 462 940 470 1000 500 C1020 512 1024 530 1010 536 C960 520 900 506 830 510 Z" fill="url(#coatL)"/>',
         '<path d="M820 474 C880 462 950 472 1004 502" stroke="#ffffff" stroke-width="3.5" fill="none" opacity=".75"/>',
         '<path d="M1004 522 C1020 516 1040 524 1040 538 C1038 548 1022 552 1010 546 Z" fill="#8a8894"/>',
         # her legs and coat, long and flat in the snow, the beam bright along the top of her back
         '<path d="M110 540 C140 528 200 524 270 528 L330 530 C360 504 430 480 520 474 C620 468 720 470 800 478 '
         'C850 484 872 510 870 540 C868 560 850 566 820 566 L300 568 C220 568 160 566 120 560 C100 554 98 546 110 540 Z" fill="url(#coatL)"/>',
         '<path d="M340 526 C380 500 440 484 520 478 C620 472 720 474 800 482" stroke="#ffffff" stroke-width="5" fill="none" opacity=".85"/>',
         '<path d="M130 536 C190 528 260 528 320 532" stroke="#e8f0ff" stroke-width="3" fill="none" opacity=".55"/>',
         '<path d="M120 548 C200 546 260 548 320 552" stroke="#05070a" stroke-width="2.5" fill="none" opacity=".6"/>',
         '<g stroke="#05070a" stroke-width="2" fill="none" opacity=".25"><path d="M460 486 C470 510 470 540 466 566"/>'
         '<path d="M580 476 C590 506 590 540 586 566"/><path d="M700 474 C710 506 712 540 708 566"/></g>',
         '<path d="M96 548 C86 540 70 544 68 556 C68 566 86 570 104 566 Z" fill="#07090c"/>',
         # her head turned down, the face pressed into the snow, the eye shut hard
         '<g transform="translate(880 500) rotate(60)">' + phead(0, 0, 1.1, light="#f4f6ff", mid="#7a7884", dark="#14121a",
                                                              wear="scarf", cloth="#4a3440", gid="skL", eye="shut") + '</g>',
         # snow heaped where her face is pressed in, and along her side
         '<path d="M800 590 C820 584 840 570 856 560 C866 552 878 546 890 544 C904 540 922 538 946 542 C990 548 1030 556 1050 566 C1062 574 1054 584 1036 586 C960 592 860 594 800 590 Z" fill="#e4ecfa"/>',
         '<path d="M890 544 C904 540 922 538 946 542" stroke="#ffffff" stroke-width="2" fill="none"/>',
         '<path d="M250 572 C400 558 600 560 840 568 C850 574 846 584 836 586 C600 590 400 590 260 586 C240 582 240 576 250 572 Z" fill="#b8c6de" opacity=".5"/>',
         f'<g fill="#ffffff">{"".join(sparks)}</g>',
         f'<g fill="#ffffff" opacity=".9">{stars4}</g>',
         # the nearest snow, out of focus, dark below the beam
         '<path d="M0 700 C200 670 400 690 600 676 C800 664 1000 690 1200 670 L1200 800 L0 800 Z" fill="#06080c" opacity=".7"/>',
         '<g stroke="#020304" stroke-width="7" fill="none" stroke-linecap="round"><path d="M40 800 C50 700 30 640 60 560"/>'
         '<path d="M90 800 C96 700 110 640 100 580"/><path d="M1150 800 C1140 720 1160 660 1140 600"/></g>', '</g>']
    return svg(W, H, "Low over the snow at night: a woman lies flat on the bank with her face pressed into the snow "
                     "while the white beam of the searchlight slides across her back, and every crystal of snow "
                     "around her shines.", defs, b, grain_opacity=.18)


def ice():
    W, H = 1200, 800
    r = Rand(37)
    defs = [linear("skyI", [(0, "#070a12"), (.6, "#1e2838"), (1, "#3a4658")]),
            linear("iceI", [(0, "#8a96a8"), (.35, "#c8d2de"), (1, "#9aa6b6")]),
            radial("moonI", [(0, "#e8eef8", .6), (.3, "#c8d4e8", .2), (1, "#c8d4e8", 0)]),
            linear("crackI", [(0, "#1a2230"), (1, "#3a4a60")]),
            grain(seed=37, tint=(.5, .52, .58))]
    b = [f'<rect width="{W}" height="{H}" fill="url(#skyI)"/>',
         # a moon behind thin cloud, the light the ice takes
         '<circle cx="760" cy="120" r="300" fill="url(#moonI)"/><circle cx="760" cy="120" r="20" fill="#e8eef8" opacity=".7"/>',
         '<g fill="#2a3446" opacity=".7"><ellipse cx="700" cy="130" rx="220" ry="14"/><ellipse cx="860" cy="104" rx="160" ry="10"/>'
         '<ellipse cx="300" cy="80" rx="260" ry="16"/></g>',
         # the far shore: a black line, bare trees along it, nothing lit
         '<path d="M0 262 C200 250 400 258 600 248 C800 240 1000 252 1200 244 L1200 290 L0 296 Z" fill="#06080c"/>',
         '<g stroke="#06080c" stroke-linecap="round" fill="none">' + "".join(
             f'<path d="M{x:.0f} 256 L{x + 2:.0f} {256 - h:.0f}" stroke-width="3"/><path d="M{x:.0f} {256 - h * .6:.0f} l8 -{h * .3:.0f} M{x:.0f} {256 - h * .5:.0f} l-7 -{h * .3:.0f}" stroke-width="1.5"/>'
             for x, h in ((r.between(0, 1200), r.between(24, 60)) for _ in range(26))) + '</g>',
         # the frozen river, white under the moon, streaked by wind-blown snow
         '<path d="M0 292 L1200 286 L1200 800 L0 800 Z" fill="url(#iceI)"/>',
         '<ellipse cx="680" cy="420" rx="420" ry="200" fill="url(#moonI)" opacity=".6"/>',
         '<g stroke="#f4f8ff" stroke-linecap="round" fill="none" opacity=".3">' + "".join(
             f'<path d="M{x:.0f} {y:.0f} l{60 + y / 6:.0f} -{2 + y / 200:.0f}" stroke-width="{1 + y / 300:.1f}"/>'
             for x, y in ((r.between(-100, 1200), r.between(300, 780)) for _ in range(60))) + '</g>',
         '<g stroke="#6a7688" stroke-width="2" fill="none" opacity=".15"><path d="M0 380 C300 372 700 376 1200 366"/><path d="M0 520 C400 506 800 512 1200 496"/></g>',
         # her footprints from the bank, smaller as they go
         '<g fill="#4a5668" opacity=".7">' + "".join(
             f'<ellipse cx="{580 - (460 - y) * .28 + (8 if i % 2 else -8) * (y / 500):.0f}" cy="{y:.0f}" rx="{2 + y / 120:.1f}" ry="{1 + y / 300:.1f}"/>'
             for i, y in enumerate(range(470, 800, 22))) + '</g>',
         # one small dark figure in the middle of the white field, bent into the wind, a bundle on her back
         '<g transform="translate(580 400) scale(1.3)">'
         '<ellipse cx="0" cy="62" rx="24" ry="4" fill="#2a3240" opacity=".5"/>'
         '<path d="M-10 36 L-12 62 L-4 62 L-1 42 L2 42 L5 58 L12 57 L10 36 Z" fill="#0c0f14"/>'
         '<path d="M-15 10 C-18 22 -17 34 -12 42 L12 42 C17 34 18 22 15 10 C10 2 -10 2 -15 10 Z" fill="#141820"/>'
         '<path d="M-10 8 C-13 16 -12 28 -8 32 L8 32 C12 28 13 16 10 8 C6 4 -6 4 -10 8 Z" fill="#2e2a34"/>'
         '<path d="M-8 9 C-2 12 2 12 8 9 M-9 20 C-3 22 3 22 9 20" stroke="#4a4450" stroke-width="1.2" fill="none"/>'
         '<path d="M15 12 C18 22 18 32 13 42" stroke="#c8d4e4" stroke-width="1.3" fill="none" opacity=".8"/>'
         '<path d="M-8 -2 C-9 -12 -4 -16 0 -16 C5 -16 9 -12 8 -2 C6 4 -6 4 -8 -2 Z" fill="#3a2a34"/>'
         '<path d="M4 -15 C8 -12 9 -6 8 -2" stroke="#c8d4e4" stroke-width="1.2" fill="none" opacity=".7"/>'
         '<path d="M6 0 C12 2 20 0 26 -4" stroke="#3a2a34" stroke-width="2" fill="none" opacity=".8"/></g>',
         # the crack in the foreground ice, dark in its depth and pale along its lips
         '<path d="M0 720 C120 690 220 700 330 660 C400 636 470 640 540 604 C580 584 620 590 660 566 L664 572 C626 598 586 594 546 614 '
         'C476 650 406 648 336 672 C226 712 126 704 0 736 Z" fill="url(#crackI)"/>',
         '<path d="M0 720 C120 690 220 700 330 660 C400 636 470 640 540 604 C580 584 620 590 660 566" stroke="#f4f8ff" stroke-width="2" fill="none" opacity=".8"/>',
         '<g stroke="#2a3446" stroke-width="2" fill="none" opacity=".7"><path d="M330 662 C360 700 380 730 420 800"/>'
         '<path d="M540 606 C560 640 600 660 640 700"/><path d="M200 700 C190 740 200 770 180 800"/></g>',
         # the bank we see from: dead reeds, black, at the bottom corners
         '<g stroke="#040508" stroke-width="5" fill="none" stroke-linecap="round">' + "".join(
             f'<path d="M{x:.0f} 800 C{x + 4:.0f} 740 {x - 6:.0f} 700 {x + r.between(-30, 30):.0f} {800 - r.between(120, 260):.0f}"/>'
             for x in [r.between(0, 200) for _ in range(12)] + [r.between(1000, 1200) for _ in range(10)]) + '</g>']
    return svg(W, H, "Seen from the bank: one small dark figure walks alone across the middle of the frozen river, "
                     "the only dark thing on a white field, towards the black line of the far shore; a crack "
                     "runs through the ice in the foreground.", defs, b, grain_opacity=.16)


def truck(hidden=False):
    """The checkpoint on the road to Musan; hidden: she has burrowed down, and sacks fill the gap."""
    W, H = 1200, 800
    r = Rand(41)
    defs = [linear("skyT", [(0, "#03050a"), (1, "#121826")]),
            linear("roadT", [(0, "#3a404c"), (1, "#0c0e12")]),
            radial("torchT", [(0, "#fff4d8", .95), (.25, "#ffe0a0", .35), (1, "#ffe0a0", 0)]),
            linear("beamT", [(0, "#fff4d8", .05), (1, "#fff4d8", .45)], x1=0, y1=0, x2=1, y2=0),
            linear("tarp", [(0, "#4a5040"), (1, "#161a14")]),
            linear("sack", [(0, "#8a8270"), (1, "#3a3428")]),
            linear("coatT", [(0, "#5a6050"), (.5, "#262a22"), (1, "#0a0c0a")], x1=0, x2=1, y2=0),
            radial("hutT", [(0, "#ffc878", .6), (1, "#ffc878", 0)]),
            grain(seed=41, tint=(.5, .48, .44))]
    sacks = "".join(f'<path d="M{x} {y + 8} C{x} {y - 4} {x + 10} {y - 8} {x + w / 2:.0f} {y - 8} C{x + w - 10} {y - 8} {x + w} {y - 4} {x + w} {y + 8} '
                    f'L{x + w} {y + h - 8} C{x + w} {y + h + 2} {x + w - 10} {y + h + 6} {x + w / 2:.0f} {y + h + 6} C{x + 10} {y + h + 6} {x} {y + h + 2} {x} {y + h - 8} Z" fill="url(#sack)"/>'
                    f'<path d="M{x + 10} {y + 6} C{x + w / 3:.0f} {y + 2} {x + w * 2 / 3:.0f} {y + 2} {x + w - 10} {y + 6}" stroke="#c8bca0" stroke-width="2" fill="none" opacity=".5"/>'
                    for x, y, w, h in ((150, 450, 130, 70), (290, 452, 120, 68), (420, 448, 130, 72), (560, 452, 120, 68),
                                       (160, 380, 120, 68), (270, 376, 110, 70), (540, 378, 130, 70),
                                       (170, 310, 130, 66), (520, 306, 140, 70), (380, 440, 40, 16))
                    + (((380, 376, 150, 70), (310, 306, 200, 70)) if hidden else ()))
    b = [f'<rect width="{W}" height="{H}" fill="url(#skyT)"/>',
         '<g fill="#c8d4e8">' + "".join(f'<circle cx="{r.between(0, W):.0f}" cy="{r.between(0, 260):.0f}" r="{r.between(.5, 1.2):.1f}" '
                                          f'opacity="{r.between(.2, .6):.2f}"/>' for _ in range(50)) + '</g>',
         '<path d="M0 380 C200 330 380 350 560 320 C740 296 920 340 1200 316 L1200 420 L0 420 Z" fill="#080a10"/>',
         '<path d="M0 420 L1200 404 L1200 800 L0 800 Z" fill="url(#roadT)"/>',
         '<path d="M0 470 C300 460 700 450 1200 430" stroke="#8a96a8" stroke-width="40" fill="none" opacity=".08"/>',
         # the guard hut beyond the barrier, its one window lit
         '<path d="M1090 300 L1200 290 L1200 450 L1090 452 Z" fill="#14161c"/><path d="M1080 302 L1146 270 L1200 284" stroke="#3a3e48" stroke-width="6" fill="none"/>',
         '<rect x="1110" y="340" width="34" height="30" fill="#ffc878"/><circle cx="1127" cy="355" r="80" fill="url(#hutT)"/>',
         # the barrier across the road, red and white
         '<path d="M700 440 L1180 420" stroke="#e0d8c8" stroke-width="12"/><g stroke="#c8302a" stroke-width="12"><path d="M760 438 L810 436 M870 433 L920 431 M980 429 L1030 427 M1090 424 L1140 422"/></g>',
         '<rect x="1170" y="410" width="22" height="110" fill="#2a2c30"/>',
         # the lorry from behind: tarpaulin over its hoops, the load of sacks, the tailboard
         '<path d="M110 200 C110 150 150 120 220 120 L640 120 C700 120 730 150 730 200 L730 540 L110 540 Z" fill="url(#tarp)"/>',
         '<path d="M140 300 C140 260 160 240 200 236 L640 236 C680 240 700 260 700 300 L700 530 L140 530 Z" fill="#07080a"/>',
         '<g stroke="#0c0e0a" stroke-width="4" fill="none" opacity=".7"><path d="M180 126 C196 160 200 200 196 236"/><path d="M420 122 C430 170 428 200 424 236"/>'
         '<path d="M660 126 C676 160 680 200 676 236"/></g>',
         '<path d="M140 240 C250 250 320 236 420 250 C520 262 600 240 700 248" stroke="#6a7060" stroke-width="3" fill="none" opacity=".6"/>',
         # her face in the gap between the sacks, turned to the torches, one eye and the brow lit
         "" if hidden else phead(400, 372, .78, light="#fff2d8", mid="#8a6a58", dark="#1a1210", wear="scarf", cloth="#3a2c34", gid="skT"),
         sacks,
         '<path d="M100 530 L740 530 L740 610 L100 610 Z" fill="#2a2622"/><path d="M100 530 L740 530" stroke="#6a625a" stroke-width="4"/>',
         '<g stroke="#14120f" stroke-width="3"><path d="M260 534 V606 M420 534 V606 M580 534 V606"/></g>',
         '<rect x="120" y="560" width="44" height="18" fill="#c83a2a"/><rect x="676" y="560" width="44" height="18" fill="#c83a2a"/>',
         '<g fill="#050506"><path d="M130 610 L250 610 L250 700 L130 700 Z"/><path d="M590 610 L710 610 L710 700 L590 700 Z"/></g>',
         '<ellipse cx="420" cy="712" rx="360" ry="20" fill="#040506" opacity=".6"/>',
         # the torch beams on the load
         '<path d="M842 488 L560 330 L620 520 Z" fill="url(#beamT)"/>',
         '<path d="M1000 500 L640 440 L700 560 Z" fill="url(#beamT)" opacity=".7"/>',
         '<ellipse cx="560" cy="420" rx="140" ry="90" fill="url(#torchT)" opacity=".35"/>',
         # two soldiers in fur hats and greatcoats, torches held out at the lorry
         '<path d="M852 620 L848 700 L866 700 L874 640 L882 700 L900 700 L896 620 Z" fill="#0a0c0a"/>',
         coat(874, 430, .78, flip=True, light="#8a9078", mid="#262a22", dark="#0a0c0a", hand="#6a5a4e", gid="cT1", arm=False, length=250),
         '<path d="M856 452 C840 470 830 480 842 490 L850 494 C856 486 862 478 870 468 Z" fill="#1e221c"/>',
         '<rect x="834" y="482" width="16" height="12" rx="2" fill="#1a1a1a"/>',
         '<circle cx="842" cy="488" r="60" fill="url(#torchT)"/>',
         phead(870, 372, .76, flip=True, light="#f0dcc0", mid="#6a5a4e", dark="#141210", hair="#0c0a08", wear="furhat", cap="#3e3a32", gid="skS1"),
         '<path d="M1010 630 L1006 710 L1024 710 L1032 650 L1040 710 L1058 710 L1054 630 Z" fill="#0a0c0a"/>',
         coat(1030, 444, .8, flip=True, light="#7a8068", mid="#22261e", dark="#0a0c0a", hand="#6a5a4e", gid="cT2", arm=False, length=250),
         '<path d="M1010 466 C996 480 990 492 1000 500 L1008 504 C1014 494 1020 486 1026 478 Z" fill="#1e221c"/>',
         '<rect x="992" y="494" width="16" height="12" rx="2" fill="#1a1a1a"/>',
         '<circle cx="1000" cy="500" r="54" fill="url(#torchT)"/>',
         phead(1026, 385, .78, flip=True, light="#e8d4b8", mid="#5a4e44", dark="#141210", hair="#0c0a08", wear="furhat", cap="#36322c", gid="skS2")]
    title = ("Night at a checkpoint on the road to Musan: a lorry stopped at the barrier, seen from behind, its "
             "load of sacks piled up under the tarpaulin; beside it two soldiers in fur hats shine their torches "
             "into the load." if hidden else
             "Night at a checkpoint on the road to Musan: a lorry stopped at the barrier, seen from behind; under "
             "its tarpaulin a woman's face looks out from a gap between the sacks of its load towards two soldiers "
             "in fur hats, who shine their torches at the load.")
    return svg(W, H, title, defs, b, grain_opacity=.16)


def on_elbows(x, y, s, *, gid, light, raised=False, hand="#8a8894"):
    """Someone lying on the stomach up on the elbows, looking right; (x, y) the base of the neck.

    The body runs back to the left and out of the picture; with raised, the near forearm is lifted
    and the hand held up, palm out: wait.
    """
    arm = ('<path d="M-6 40 C10 64 26 86 40 104 L58 96 C52 60 50 20 56 -40 L40 -44 C30 -10 26 30 30 70 Z" fill="url(#{g})"/>'
           '<path d="M44 -42 C36 -64 44 -82 58 -80 C72 -78 74 -60 66 -40 Z" fill="{h}"/>'
           '<path d="M58 -80 C70 -78 74 -62 68 -44" stroke="{l}" stroke-width="2" fill="none" opacity=".7"/>'
           if raised else
           '<path d="M-10 40 C6 70 30 96 60 104 L130 104 C140 100 140 90 130 86 L70 84 C50 70 30 50 20 30 Z" fill="url(#{g})"/>'
           '<path d="M126 84 C140 80 152 88 150 98 C146 106 134 106 128 102 Z" fill="{h}"/>')
    return (f'<g transform="translate({x:g} {y:g}) scale({s:g})">'
            f'<path d="M-800 110 C-560 96 -360 80 -220 50 C-120 26 -70 -6 -30 -8 C0 -12 30 -2 44 30 C54 60 52 110 44 150 L-800 150 Z" fill="url(#{gid})"/>'
            f'<path d="M-800 112 C-560 98 -360 82 -220 52 C-120 28 -70 -4 -30 -6 C0 -10 28 0 42 28" stroke="{light}" stroke-width="3" fill="none" opacity=".55"/>'
            f'<g stroke="#000" stroke-width="2" fill="none" opacity=".35"><path d="M-120 30 C-110 70 -112 110 -120 150"/>'
            f'<path d="M-260 62 C-250 96 -250 126 -256 150"/><path d="M-420 84 C-412 110 -412 132 -416 150"/></g>'
            + arm.format(g=gid, h=hand, l=light) + '</g>')


def tumen():
    W, H = 1200, 800
    r = Rand(43)
    defs = [linear("skyU", [(0, "#03050a"), (.7, "#0e1422"), (1, "#1a2232")]),
            linear("bankU", [(0, "#5a6678"), (.4, "#2e3646"), (1, "#0c1018")]),
            linear("coatU", [(0, "#3a4252"), (1, "#0c0f16")], x1=1, x2=0, y2=0),
            linear("coatM", [(0, "#303a34"), (1, "#0a0d0c")], x1=1, x2=0, y2=0),
            radial("glowU", [(0, "#6a7a96", .35), (1, "#6a7a96", 0)]),
            grain(seed=43, tint=(.48, .5, .56))]
    b = [f'<rect width="{W}" height="{H}" fill="url(#skyU)"/>',
         '<g fill="#c8d4e8">' + "".join(f'<circle cx="{r.between(0, W):.0f}" cy="{r.between(0, 240):.0f}" r="{r.between(.5, 1.3):.1f}" '
                                          f'opacity="{r.between(.2, .7):.2f}"/>' for _ in range(70)) + '</g>',
         '<ellipse cx="700" cy="330" rx="700" ry="90" fill="url(#glowU)"/>', '<g transform="translate(-150 -150) scale(1.22)">',
         # China: two ridges of dark hills, the nearer darker, and not one light
         '<path d="M0 300 C120 250 240 270 360 236 C480 204 600 250 720 232 C840 214 960 250 1080 226 C1140 216 1180 226 1200 230 L1200 440 L0 440 Z" fill="#0c111a"/>',
         '<path d="M0 360 C160 320 300 350 460 320 C620 292 760 340 920 318 C1040 302 1140 330 1200 322 L1200 440 L0 440 Z" fill="#070a10"/>',
         # the river, narrow and black, a thin pale line of ice along this side
         '<path d="M0 420 C300 414 800 424 1200 412 L1200 470 L0 480 Z" fill="#020305"/>',
         '<path d="M0 476 C300 470 800 476 1200 466" stroke="#8a96ac" stroke-width="2" fill="none" opacity=".45"/>',
         # the top of the bank in snow, falling away to the river, dry grass sticking through
         '<path d="M0 520 C200 500 500 506 800 494 C960 488 1100 496 1200 490 L1200 800 L0 800 Z" fill="url(#bankU)"/>',
         '<path d="M0 520 C200 500 500 506 800 494 C960 488 1100 496 1200 490" stroke="#a8b4c8" stroke-width="2" fill="none" opacity=".5"/>',
         '<g stroke="#0a0c10" stroke-width="2.5" fill="none">' + "".join(
             f'<path d="M{x:.0f} {y:.0f} l{r.between(-8, 8):.0f} -{r.between(20, 50):.0f}"/>' for x, y in
             ((r.between(0, 1200), r.between(500, 540)) for _ in range(40))) + '</g>',
         # the woman a little behind, up on her elbows, watching the far bank
         on_elbows(470, 560, .9, gid="coatU", light="#a8b4c8", hand="#8a8894"),
         phead(448, 484, .92, light="#9aa4b8", mid="#4a4a56", dark="#14121a", wear="scarf", cloth="#4a3440", gid="skW"),
         # the older man in front of her, his hand raised: wait
         on_elbows(850, 600, 1.05, gid="coatM", light="#98a8a0", raised=True, hand="#8a8480"),
         phead(826, 524, 1.06, light="#98a2b4", mid="#4a4642", dark="#141210", hair="#1a1614", wear="furhat", cap="#3a3630", gid="skM"),
         # the nearest snow, in shadow
         '<path d="M0 740 C300 720 700 736 1200 716 L1200 800 L0 800 Z" fill="#05070b" opacity=".6"/>', '</g>']
    return svg(W, H, "Night on the bank of the Tumen near Musan: the river is narrow and black, the hills of China "
                     "beyond it dark, with no lights; a woman and an older man lie on their stomachs at the top of "
                     "the bank, watching, the man's hand raised.", defs, b, grain_opacity=.16)


def captured():
    W, H = 1200, 800
    defs = [radial("torchC", [(0, "#ffffff", 1), (.12, "#fff6e0", .75), (.45, "#d8d0c0", .18), (1, "#d8d0c0", 0)], cx=.84, cy=.3, r=.75),
            linear("dark", [(0, "#07090d"), (1, "#1a1e26")]),
            linear("iceC", [(0, "#6a7688"), (1, "#1e242e")]),
            linear("coatC", [(0, "#8a8e98"), (.4, "#2a2e38"), (1, "#0c0e12")], x1=1, x2=0, y2=0),
            linear("sleeve", [(0, "#4a5040"), (1, "#1c2018")], x1=1, x2=0, y2=0),
            grain(seed=47, tint=(.52, .5, .5))]
    b = [f'<rect width="{W}" height="{H}" fill="url(#dark)"/>',
         # the ice, its sheen taking the torch
         '<path d="M0 560 C300 548 800 556 1200 536 L1200 800 L0 800 Z" fill="url(#iceC)"/>',
         '<path d="M600 560 C800 552 1000 546 1200 540 L1200 620 C1000 600 800 590 600 586 Z" fill="#e8ecf4" opacity=".25"/>',
         '<g stroke="#aab4c4" stroke-width="2" fill="none" opacity=".35"><path d="M40 640 C200 620 360 630 520 606"/><path d="M100 720 C300 700 500 712 700 690"/></g>',
         # her, close: the padded coat, the scarf, the face turned into the light, eyes screwed up
         '<path d="M180 800 C170 700 180 600 230 540 C270 500 330 480 400 476 L470 478 C540 486 590 520 616 580 C640 640 650 720 650 800 Z" fill="url(#coatC)"/>',
         '<path d="M470 480 C540 488 592 522 616 580 C636 630 646 700 648 800" stroke="#f4f0e8" stroke-width="4" fill="none" opacity=".7"/>',
         '<g stroke="#07080a" stroke-width="3" fill="none" opacity=".6"><path d="M240 600 C300 610 380 612 440 604"/><path d="M220 690 C300 702 400 704 480 694"/></g>',
         phead(382, 290, 2.75, light="#fffaf0", mid="#b8a498", dark="#1e1618", wear="scarf", cloth="#4a3040", gid="skC", eye="narrow", lips=.5),
         # the arm that comes in from the right, its gloved hand gripping her shoulder
         '<path d="M1200 430 C1000 440 800 460 640 486 L620 540 C780 528 1000 520 1200 530 Z" fill="url(#sleeve)"/>',
         '<path d="M1200 432 C1000 442 800 462 642 488" stroke="#e8e4d0" stroke-width="3" fill="none" opacity=".5"/>',
         '<path d="M660 480 C620 470 570 476 546 496 C530 512 532 532 548 540 C566 548 584 540 596 530 C612 540 632 540 646 530 L660 520 Z" fill="#14161a"/>',
         '<g stroke="#000" stroke-width="3" fill="none" opacity=".8"><path d="M552 506 C560 520 566 532 570 542"/><path d="M574 494 C582 510 590 524 594 536"/>'
         '<path d="M598 488 C606 504 612 518 616 532"/></g>',
         '<path d="M556 490 C580 478 620 474 650 480" stroke="#c8c4bc" stroke-width="2" fill="none" opacity=".55"/>',
         # the torch itself, full in her face
         f'<rect width="{W}" height="{H}" fill="url(#torchC)"/>',
         '<circle cx="1008" cy="240" r="26" fill="#ffffff"/>',
         '<g stroke="#ffffff" stroke-linecap="round" opacity=".35"><path d="M1008 170 V310" stroke-width="2"/><path d="M940 240 H1076" stroke-width="2"/></g>']
    return svg(W, H, "A torch shines full in a woman's face on the ice at night: her eyes narrow against the glare, "
                     "and a gloved hand grips her shoulder.", defs, b, grain_opacity=.18)


def taken():
    W, H = 1200, 800
    defs = [linear("skyK", [(0, "#070a12"), (1, "#2a3240")]),
            linear("snowK", [(0, "#8a96a8"), (1, "#3a4250")]),
            radial("door", [(0, "#ffcf8a", .6), (1, "#ffcf8a", 0)]),
            linear("skinM", [(0, "#e8b888"), (.4, "#8a6450"), (1, "#24181a")], x1=0, x2=1, y2=0),
            grain(seed=53, tint=(.5, .5, .55))]
    b = [f'<rect width="{W}" height="{H}" fill="url(#skyK)"/>',
         '<path d="M0 520 C300 500 800 510 1200 490 L1200 800 L0 800 Z" fill="url(#snowK)"/>',
         # the house, its door open, light falling out onto the snow
         '<path d="M-20 300 L80 230 L520 230 L600 300 Z" fill="#b8c2d0"/><rect x="0" y="298" width="580" height="280" fill="#1e242e"/>',
         '<rect x="330" y="360" width="110" height="218" fill="#ffc87a"/><circle cx="385" cy="470" r="260" fill="url(#door)"/>',
         '<path d="M330 578 L440 578 L560 800 L220 800 Z" fill="#ffcf8a" opacity=".25"/>',
         # the mother in the doorway, a hand on the frame, not calling out
         person(335, 372, .95, True,
                '<path d="M30 110 C10 120 0 150 2 200 L4 220 L114 220 C116 160 110 124 88 110 Z" fill="#1a1416"/>'
                '<path d="M4 200 L2 220 L114 220 L112 200 Z" fill="#1a1416"/>' +
                head(0, 0, 1, skin="url(#skinM)", rim="#ffe0b8", cloth="#2a2224", edge="#c89878", wear="hair", neck="#24181a")),
         '<rect x="338" y="580" width="96" height="0" fill="#000"/>',
         '<path d="M340 478 L340 578 L430 578 L430 478 Z" fill="#1a1416"/>',
         # footprints away from the door, and three figures going into the dark
         '<g fill="#2a3240" opacity=".7"><ellipse cx="520" cy="640" rx="10" ry="4"/><ellipse cx="600" cy="620" rx="9" ry="4"/><ellipse cx="680" cy="600" rx="8" ry="3"/>'
         '<ellipse cx="760" cy="584" rx="7" ry="3"/><ellipse cx="840" cy="570" rx="6" ry="3"/><ellipse cx="560" cy="660" rx="10" ry="4"/><ellipse cx="650" cy="636" rx="9" ry="4"/></g>',
         '<g fill="#0c0f14"><path d="M900 500 C896 520 896 540 900 566 L930 566 C934 540 932 520 926 500 Z"/><circle cx="913" cy="490" r="11"/>'
         '<path d="M940 506 C936 524 936 544 940 568 L966 568 C970 544 968 524 962 506 Z"/><circle cx="951" cy="496" r="10"/>'
         '<path d="M976 500 C972 520 972 540 976 566 L1006 566 C1010 540 1008 520 1002 500 Z"/><circle cx="989" cy="488" r="11"/><path d="M978 482 L1000 482 L998 474 L982 474 Z"/></g>',
         '<g fill="#e8eef6" opacity=".5">' + "".join(f'<circle cx="{(i * 331) % W}" cy="{(i * 157) % 560}" r="{1.2 + (i % 3) * .6}"/>' for i in range(1, 50)) + '</g>']
    return svg(W, H, "Before dawn in the snow: a woman's mother stands in the lit doorway of the house, one hand on "
                     "the frame; footprints lead away from the door to three dark figures, a woman between two "
                     "men, walking off into the night.", defs, b, grain_opacity=.15)



def friend():
    W, H = 1200, 800
    defs = [radial("lampF", [(0, "#ffd08a", .9), (.3, "#e89a4a", .35), (1, "#e89a4a", 0)]),
            linear("roomF", [(0, "#1a1412"), (1, "#0a0808")]),
            linear("skinF", [(0, "#f0c49a"), (.35, "#a0705a"), (1, "#2a1c1a")], x1=1, x2=0, y2=0),
            linear("coatF", [(0, "#6a4a3a"), (1, "#1a1210")], x1=1, x2=0, y2=0),
            grain(seed=59, tint=(.52, .46, .42))]
    b = [f'<rect width="{W}" height="{H}" fill="url(#roomF)"/>',
         '<path d="M0 560 L1200 540 L1200 800 L0 800 Z" fill="#22180f"/>',
         '<g stroke="#120c08" stroke-width="3"><path d="M0 620 L1200 600 M0 690 L1200 668 M0 760 L1200 740"/></g>',
         # two floorboards lifted, the hole under them, and the tin
         '<path d="M300 690 L600 680 L608 760 L302 770 Z" fill="#050403"/>',
         '<path d="M300 690 L600 680 L590 616 L294 626 Z" fill="#3a2818"/><path d="M294 626 L590 616" stroke="#8a6a3a" stroke-width="3"/>',
         '<path d="M380 712 L520 706 L526 752 L382 758 Z" fill="#6a6a70"/><path d="M380 712 L520 706" stroke="#c8c8d0" stroke-width="2"/>',
         '<path d="M372 704 L384 660 L520 654 L514 700 Z" fill="#8a8a92" opacity=".8"/>',
         '<circle cx="250" cy="560" r="340" fill="url(#lampF)"/>',
         '<path d="M230 600 C226 584 238 572 250 570 C262 572 274 584 270 600 Z" fill="#5a3a1a"/><path d="M250 570 C244 556 246 546 250 540 C254 546 256 556 250 570 Z" fill="#fff0c0"/>',
         # the friend kneeling, holding the phone out across the lamp
         person(760, 250, 1.9, True,
                '<path d="M34 108 C8 116 -4 150 -2 210 C0 260 10 300 30 330 L130 330 C136 280 130 200 120 160 C112 130 100 114 88 108 Z" fill="url(#coatF)"/>'
                '<path d="M92 110 C114 118 122 150 124 200" stroke="#e0a878" stroke-width="2.4" fill="none" opacity=".6"/>'
                '<path d="M110 170 C150 176 190 180 226 186 L228 206 C190 206 150 204 110 200 Z" fill="#3a2820"/>'
                '<path d="M222 180 C238 176 250 186 246 200 C240 210 226 208 222 200 Z" fill="#c8906a"/>' +
                head(0, 0, 1, skin="url(#skinF)", rim="#ffe4c0", cloth="#2a2026", edge="#c89878", neck="#3a2420")),
         '<path d="M462 580 L488 576 L490 624 L464 628 Z" fill="#101014"/>',
         '<rect x="466" y="584" width="20" height="28" fill="#8ab0e0" opacity=".8"/>',
         '<path d="M478 612 C492 606 504 616 498 630 C490 640 474 636 472 626 Z" fill="#c8906a"/>']
    return svg(W, H, "By the light of a small oil lamp, a woman in a headscarf holds out a small mobile phone over "
                     "two lifted floorboards and an open tin.", defs, b, grain_opacity=.15)



PICTURES = {"friend": friend, "lie-flat": lie_flat, "ice": ice, "truck": truck, "truck-hidden": lambda: truck(hidden=True), "tumen": tumen, "captured": captured, "taken": taken, "evening": evening, "stay": stay, "knock": knock, "awake": awake, "guard": guard, "2-decision": alley, "phone": phone, "market": market, "1-home": home, "3-river": river, "sewing-machine": sewing_machine}


SITE_MEDIA = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "site", "media")


def site_opening():
    """The companion site's home picture (site.yaml's image): chapter 1's opening, cut wide to 2:1."""
    with open(os.path.join(MEDIA, "chapter-1.svg"), encoding="utf-8") as f:
        text = f.read()
    title_end = text.index("</title>") + len("</title>")
    return ('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 100 1600 800" width="1600" height="800">\n'
            '<title>Before dawn in Hyesan, North Korea: a young woman in a padded coat and headscarf stands at the end of a '
            'snowy lane and looks across the frozen river at the lights of the Chinese town; behind her one window is lit.</title>'
            + text[title_end:])


def main():
    only = sys.argv[1] if len(sys.argv) > 1 else ""
    if "site-opening".startswith(only):
        path = os.path.join(SITE_MEDIA, "the-crossing.svg")
        with open(path, "w", encoding="utf-8") as f:
            f.write(site_opening())
        print(f"site/media/the-crossing.svg: {os.path.getsize(path)} bytes")
    for name, draw in PICTURES.items():
        if name.startswith(only):
            path = os.path.join(MEDIA, name + ".svg")
            with open(path, "w", encoding="utf-8") as f:
                f.write(draw())
            print(f"{name}.svg: {os.path.getsize(path)} bytes")


if __name__ == "__main__":
    main()
