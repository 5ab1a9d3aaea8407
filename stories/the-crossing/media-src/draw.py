#!/usr/bin/env python3
"""Draws the pictures of The Crossing's chapters 1-3 that are made from shared figures.

    python3 stories/the-crossing/media-src/draw.py            # every picture
    python3 stories/the-crossing/media-src/draw.py market     # only those whose name starts so

Writes SVG into ../media beside this folder. Nothing random: the same script gives the same files.
"""
import os
import sys

from figures import head, grain, linear, radial, svg

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
    # Left: maize sacks and a woman selling them
    b += ['<g><ellipse cx="280" cy="700" rx="110" ry="60" fill="#c8a45a"/><ellipse cx="390" cy="716" rx="90" ry="50" fill="#b8944a"/>'
          '<path d="M200 690 C240 660 320 656 370 680" stroke="#8a6a2a" stroke-width="3" fill="none"/>'
          '<g fill="#e8c86a"><circle cx="250" cy="668" r="5"/><circle cx="270" cy="662" r="5"/><circle cx="290" cy="664" r="5"/><circle cx="262" cy="676" r="5"/><circle cx="282" cy="674" r="5"/></g></g>',
          person(90, 420, 1.05, False, seated("url(#coatB)", "#c9a88a") +
                 head(0, 0, 1, skin="url(#skinL)", rim="#fff0e0", cloth="url(#scarfG)", edge="#c8c8be"))]
    # Centre: the woman in Chinese goods, looking at the sewing machine wrapped in its blanket;
    # and the heroine beside it, her rice cakes on a cloth.
    b += ['<rect x="820" y="700" width="300" height="40" fill="#6a3a30"/><g fill="#f0ead8"><ellipse cx="870" cy="712" rx="20" ry="10"/>'
          '<ellipse cx="920" cy="714" rx="20" ry="10"/><ellipse cx="970" cy="712" rx="20" ry="10"/></g>',
          '<g><path d="M1010 560 C1020 520 1100 510 1140 530 C1180 550 1190 620 1170 700 L1010 700 Z" fill="#7a5a8a"/>'
          '<path d="M1020 600 C1060 590 1120 594 1176 610 M1016 650 C1060 640 1130 644 1174 660" stroke="#4a3458" stroke-width="4" fill="none"/>'
          '<path d="M1100 520 L1120 500 L1150 504" stroke="#2a2a2e" stroke-width="8" fill="none"/>'
          '<path d="M1030 700 C1020 640 1040 580 1060 560" stroke="#b8a0c8" stroke-width="3" fill="none" opacity=".6"/></g>',
          person(720, 400, 1.2, False, seated("url(#coatA)", "#9eb0c8") +
                 head(0, 0, 1, skin="url(#skinL)", rim="#fff4e6", cloth="url(#scarfR)", edge="#e0a090")),
          '<rect x="1300" y="690" width="320" height="44" fill="#3a4a5a"/>'
          '<g><rect x="1320" y="660" width="60" height="34" fill="#e8e0d0"/><rect x="1390" y="664" width="40" height="30" fill="#3a6ab0"/>'
          '<rect x="1440" y="668" width="70" height="24" fill="#d04030"/><rect x="1520" y="662" width="40" height="32" fill="#e8c040"/>'
          '<rect x="1570" y="670" width="36" height="22" fill="#408050"/></g>',
          person(1400, 396, 1.2, True, seated("url(#coatC)", "#a8b8cc") +
                 head(0, 0, 1, skin="url(#skinL)", rim="#fff4e6", cloth="url(#scarfB)", edge="#a8b8d8")),
          ]
    # Right: the guard who collects the fee, notebook in hand, standing
    guard = ('<path d="M26 112 C14 200 18 300 24 420 L48 420 L54 300 L64 300 L70 420 L94 420 C100 300 100 200 92 112 Z" fill="#3c4a3a"/>'
             '<path d="M30 108 C40 100 78 100 90 108 L94 136 L24 136 Z" fill="#465644"/>'
             '<path d="M88 140 C100 180 104 230 98 280" stroke="#8aa08a" stroke-width="3" fill="none" opacity=".6"/>'
             '<path d="M84 200 C110 210 126 226 120 240 L100 236 C96 226 88 222 80 220 Z" fill="#3c4a3a"/>'
             '<rect x="104" y="222" width="30" height="22" fill="#e8e4d8" transform="rotate(-12 119 233)"/>'
             '<path d="M24 420 L50 420 L50 430 L18 430 Z M70 420 L96 420 L100 430 L70 430 Z" fill="#1a1a1a"/>')
    b.append(person(1960, 240, 1.15, True, guard +
                    head(0, 0, 1, skin="url(#skinL)", rim="#fff4e6", cloth="#34402f", edge="#90a088", wear="cap",
                         shade="#5a4236", neck="#6a4e44")))
    # Far right: cigarettes and batteries on a crate
    b += ['<rect x="2160" y="640" width="140" height="80" fill="#6a5038"/><g fill="#e8e0c8"><rect x="2170" y="626" width="40" height="16"/>'
          '<rect x="2220" y="626" width="40" height="16"/></g><g fill="#2a2a30"><rect x="2180" y="610" width="12" height="18"/><rect x="2196" y="610" width="12" height="18"/></g>']
    # breath in the cold
    b += ['<g stroke="#f4f6f8" stroke-width="6" fill="none" opacity=".35" stroke-linecap="round">'
          '<path d="M818 488 C840 478 860 484 880 472"/><path d="M1494 484 C1470 474 1450 480 1430 468"/><path d="M186 510 C206 500 226 506 240 496"/></g>']
    b += ['<g fill="#f4f6f8" opacity=".6">' + "".join(
        f'<circle cx="{(i * 397) % W}" cy="{(i * 173) % 620}" r="{1.4 + (i % 4) * .5}"/>' for i in range(1, 60)) + '</g>']
    title = ("Hyesan market in the snow on a winter morning: women in padded coats and headscarves sit in rows behind "
             "sacks and cloths; at the centre, beside rice cakes on a cloth, the heroine turns towards a sewing machine "
             "wrapped in a purple blanket, and a woman with Chinese soap, batteries and cigarettes watches it; on the "
             "right the market guard stands with his notebook; beyond the wall, the frozen river and China.")
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
    return (f'<path d="M34 108 C4 116 -14 142 -14 196 C-12 260 -2 320 2 380 L8 {hem} L112 {hem} L118 380 '
            f'C126 320 134 260 134 200 C134 146 118 116 88 108 Z" fill="{coat}"/>'
            f'<g stroke="{fold}" stroke-width="3" fill="none" opacity=".6"><path d="M0 160 C2 220 8 280 14 330"/>'
            f'<path d="M120 160 C120 220 114 280 106 330"/></g>'
            f'<path d="M30 108 C44 100 76 100 92 108 L96 132 C80 124 44 124 26 132 Z" fill="{fold}" opacity=".6"/>'
            f'<path d="M92 110 C120 118 134 150 134 200 C134 250 128 300 120 360" stroke="{light}" stroke-width="2.5" fill="none" opacity=".55"/>'
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



PICTURES = {"2-decision": alley, "phone": phone, "market": market, "1-home": home, "3-river": river, "sewing-machine": sewing_machine}


def main():
    only = sys.argv[1] if len(sys.argv) > 1 else ""
    for name, draw in PICTURES.items():
        if name.startswith(only):
            path = os.path.join(MEDIA, name + ".svg")
            with open(path, "w", encoding="utf-8") as f:
                f.write(draw())
            print(f"{name}.svg: {os.path.getsize(path)} bytes")


if __name__ == "__main__":
    main()
