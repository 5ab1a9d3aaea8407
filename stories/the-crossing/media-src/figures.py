"""Shared parts of The Crossing's drawn pictures: heads with faces, bodies in padded coats, grain.

Every picture of chapters 1-3 that shows a person draws her or him from these parts, so the
woman has the same face from the market to the river, lit by whatever light the scene has. The
parts return SVG text; the pictures that use them are made by draw.py beside this file.
"""

# A face in profile looking right, drawn in a box about 100 wide and 130 high: forehead at
# (60, 20), nose tip at (80, 62), mouth at (76, 74), chin at (66, 94), neck down to y 128.
FACE = ("M60 20 C68 22 72 30 72 40 L74 44 C73 47 72 48 73 51 L80 62 C81 64 80 66 76 66 "
        "L75 68 C77 69 77 71 76 72 C75 73 75 73 76 74 C76 76 75 77 74 78 C72 80 72 82 73 84 "
        "C74 88 72 92 66 94 C58 96 52 92 48 86 L44 50 Z")
# The lit edge of the profile: brow, nose, lips and chin catch the light first.
RIM = ("M72 40 L74 44 C73 47 72 48 73 51 L80 62 C81 64 80 66 76 66 M76 72 C75 73 75 73 76 74 "
       "M73 84 C74 88 72 92 66 94")

HEADWEAR = {
    # a wool headscarf over the head and tied under the chin
    "scarf": ('<path d="M64 18 C56 2 30 0 18 16 C6 32 8 64 18 92 C24 108 30 124 36 130 L56 130 '
              'C50 118 48 104 52 96 C46 80 44 60 46 42 C50 32 58 26 66 26 Z" fill="{cloth}"/>'
              '<path d="M66 26 C58 26 50 32 46 42" stroke="{edge}" stroke-width="2" fill="none" opacity=".6"/>'
              '<path d="M52 96 C58 100 66 100 70 96 L72 104 C64 110 54 110 48 104 Z" fill="{cloth}"/>'
              '<g stroke="#000" stroke-width="1.5" fill="none" opacity=".3"><path d="M24 30 C30 50 30 80 36 110"/>'
              '<path d="M36 14 C40 30 42 60 44 90"/></g>'),
    # hair drawn back into a knot
    "hair": ('<ellipse cx="50" cy="58" rx="5" ry="8" fill="{shade}"/>'
             '<path d="M64 18 C56 2 30 0 18 16 C8 30 8 52 16 66 C24 78 34 82 44 78 L46 66 C44 60 44 50 46 42 '
             'C50 32 58 26 66 26 Z" fill="#151012"/><circle cx="16" cy="50" r="13" fill="#120d0f"/>'
             '<path d="M66 24 C60 22 54 26 48 32" stroke="{edge}" stroke-width="1.6" fill="none" opacity=".7"/>'),
    # a fur hat with ear flaps, as men and soldiers wear in winter
    "furhat": ('<path d="M64 18 C56 2 30 0 18 16 C8 30 8 52 16 66 C24 78 34 82 44 78 L46 66 C44 60 44 50 46 42 '
               'C50 32 58 26 66 26 Z" fill="#151012"/>'
               '<path d="M72 34 C76 12 56 -4 34 0 C16 4 6 20 10 42 Z" fill="{cloth}"/>'
               '<path d="M8 42 C30 32 56 28 76 32 L76 42 C56 38 30 40 10 50 Z" fill="{edge}" opacity=".8"/>'
               '<path d="M14 46 C10 62 16 78 30 84 L42 80 C40 66 38 54 40 46 Z" fill="{cloth}"/>'),
    # a peaked cap
    "cap": ('<path d="M64 18 C56 2 30 0 18 16 C8 30 8 52 16 66 C24 78 34 82 44 78 L46 66 C44 60 44 50 46 42 '
            'C50 32 58 26 66 26 Z" fill="#151012"/><ellipse cx="50" cy="58" rx="5" ry="8" fill="{shade}"/>'
            '<path d="M18 40 C14 28 20 14 36 10 C52 6 66 12 70 26 L84 30 C84 34 76 34 68 34 L18 44 Z" fill="{cloth}"/>'
            '<path d="M68 32 L84 30" stroke="{edge}" stroke-width="2" opacity=".7"/>'
            '<path d="M22 44 C20 56 24 66 30 72 L44 70 C44 60 44 50 46 42 Z" fill="#141012"/>'),
}


def head(x, y, s, *, flip=False, skin, rim, cloth, edge="#9a7c78", wear="scarf", shade="#3a2a26",
         eye_light="#f0e8e0", mouth="#3a2424", neck="#2a2224"):
    """A head at (x, y) scaled by s, looking right (or left when flip), lit from the side it faces.

    skin is a paint for the face (a gradient id whose light end is x=1), rim the colour of the lit
    edge, cloth and edge the headwear's paint and highlight.
    """
    sx = -s if flip else s
    tx = x + (100 * s if flip else 0)
    parts = [
        f'<g transform="translate({tx:g} {y:g}) scale({sx:g} {s:g})">',
        f'<path d="M46 84 C47 100 45 112 40 128 L74 128 C70 112 68 102 68 92 Z" fill="{neck}"/>',
        f'<path d="{FACE}" fill="{skin}"/>',
        f'<path d="{RIM}" stroke="{rim}" stroke-width="1.4" fill="none" opacity=".85"/>',
        '<path d="M61 45 Q66 41.5 72 44" stroke="#1a1212" stroke-width="2.2" fill="none" stroke-linecap="round"/>',
        '<path d="M63 51 Q67 48.5 70.5 51 Q67 53 63 51 Z" fill="#140e0e"/>',
        '<path d="M63 50.6 Q67 48 70.6 50.8" stroke="#0e0a0a" stroke-width="1.2" fill="none"/>',
        f'<circle cx="68.6" cy="50.8" r=".85" fill="{eye_light}"/>',
        '<path d="M75 64 Q73 63 72 61" stroke="#3a2a28" stroke-width="1.2" fill="none"/>',
        f'<path d="M76 74 L70 74.6" stroke="{mouth}" stroke-width="1.4" stroke-linecap="round"/>',
        HEADWEAR[wear].format(cloth=cloth, edge=edge, shade=shade),
        '</g>',
    ]
    return "".join(parts)


def grain(fid="grain", seed=3, tint=(.5, .5, .55)):
    """One cheap grain filter per picture: fractal noise at two octaves, mostly transparent."""
    r, g, b = tint
    return (f'<filter id="{fid}" x="0" y="0" width="100%" height="100%">'
            f'<feTurbulence type="fractalNoise" baseFrequency=".9" numOctaves="2" seed="{seed}"/>'
            f'<feColorMatrix values="0 0 0 0 {r}  0 0 0 0 {g}  0 0 0 0 {b}  0 0 0 .5 0"/></filter>')


def linear(gid, stops, x1=0, y1=0, x2=0, y2=1):
    s = "".join(f'<stop offset="{o}" stop-color="{c}"' + (f' stop-opacity="{a}"' if a != 1 else "") + '/>'
                for o, c, a in (st if len(st) == 3 else (*st, 1) for st in stops))
    return f'<linearGradient id="{gid}" x1="{x1}" y1="{y1}" x2="{x2}" y2="{y2}">{s}</linearGradient>'


def radial(gid, stops, cx=.5, cy=.5, r=.5):
    s = "".join(f'<stop offset="{o}" stop-color="{c}"' + (f' stop-opacity="{a}"' if a != 1 else "") + '/>'
                for o, c, a in (st if len(st) == 3 else (*st, 1) for st in stops))
    return f'<radialGradient id="{gid}" cx="{cx}" cy="{cy}" r="{r}">{s}</radialGradient>'


def svg(width, height, title, defs, body, grain_opacity=.15):
    return (f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" width="{width}" height="{height}">\n'
            f'<title>{title}</title>\n<defs>{"".join(defs)}</defs>\n' + "\n".join(body) +
            f'\n<rect width="{width}" height="{height}" filter="url(#grain)" opacity="{grain_opacity}"/>\n</svg>\n')
