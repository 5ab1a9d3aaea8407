"""The detailed figures of The Crossing's chapters 4-7: a head with a lit face and a padded coat.

The pictures of chapters 4-7 share one face (the same brow, eye, nose and lips) lit from the side
it looks towards, so the young woman is recognisable from Yanji to Seoul. The parts are drawn
looking right in a local frame; `flip` turns them to look left. Heads sit about 80 units above the
top of the coat at scale 1 (the neck runs from y 30 to 70 in the head's frame).
"""
from figures import linear, radial  # noqa: F401 (the pictures import them from here too)

FACE = ("M-30 -40 C-20 -56 2 -60 16 -54 C28 -48 33 -38 34 -28 C35 -22 34 -19 36 -15 C38 -10 41 -5 46 2 "
        "C48 5 46 8 41 8.5 C40 10 40 12 41 14 C43.5 15 43 17 40 18.2 C42 20 41 22.5 38 23.5 C36.5 25 37.5 28 "
        "37.5 30 C37.5 36 33 40.5 25 42 C17 43.5 9 41 3 36 L-14 30 C-26 24 -34 10 -36 -6 C-37 -20 -35 -32 -30 -40 Z")
RIM = ("M34 -28 C35 -22 34 -19 36 -15 C38 -10 41 -5 46 2 C48 5 46 8 41 8.5 M41 14 C43.5 15 43 17 40 18.2 "
       "C42 20 41 22.5 38 23.5 C36.5 25 37.5 28 37.5 30 C37.5 36 33 40.5 25 42")
HAIR = {
    # her hair, long and loose, falling behind the shoulder
    "long": ('<path d="M-38 -20 C-40 -50 -14 -66 10 -62 C26 -60 36 -48 35 -32 C30 -38 20 -42 10 -40 C2 -36 -4 -30 '
             '-8 -22 C-12 -10 -14 6 -14 20 C-16 40 -20 56 -28 66 C-40 50 -42 20 -38 -20 Z" fill="{hair}"/>'
             '<path d="M-16 -52 C0 -58 20 -54 30 -42" stroke="{light}" stroke-width="1.5" fill="none" opacity=".3"/>'),
    # a man's short hair
    "short": ('<path d="M-36 -8 C-40 -44 -14 -62 10 -60 C26 -58 34 -46 34 -32 C28 -38 18 -40 8 -38 C0 -34 -6 -26 '
              '-10 -16 C-14 -8 -18 2 -22 12 C-30 8 -35 2 -36 -8 Z" fill="{hair}"/>'),
    # an older woman's hair, grey, drawn into a knot at the nape
    "knot": ('<path d="M-36 -8 C-40 -44 -14 -62 10 -60 C26 -58 34 -46 34 -32 C28 -38 18 -40 8 -38 C0 -34 -6 -26 '
             '-10 -16 C-14 -6 -16 4 -18 14 C-28 10 -35 2 -36 -8 Z" fill="{hair}"/>'
             '<circle cx="-34" cy="8" r="11" fill="{hair}"/>'
             '<path d="M-14 -50 C0 -56 18 -52 28 -42" stroke="{light}" stroke-width="1.4" fill="none" opacity=".4"/>'),
    # a wool headscarf over the hair, its edge framing the face, tied under the chin (chapters 1-3)
    "scarf": ('<path d="M26 -48 C14 -74 -28 -74 -44 -42 C-54 -18 -50 20 -40 46 L-30 72 L14 72 C8 62 16 52 30 44 '
              'C20 42 10 34 6 20 C2 4 2 -14 8 -30 C12 -40 18 -44 26 -48 Z" fill="{cloth}"/>'
              '<path d="M26 -48 C18 -44 12 -40 8 -30 C2 -14 2 4 6 20 C10 34 20 42 30 44" stroke="{light}" stroke-width="2" '
              'fill="none" opacity=".55"/><g stroke="#000" stroke-width="1.6" fill="none" opacity=".3">'
              '<path d="M-20 -62 C-30 -30 -30 10 -22 50"/><path d="M0 -66 C-8 -40 -10 -10 -6 20"/></g>'),
    # a soldier's or a man's fur hat with the ear flaps down
    "furhat": ('<path d="M-36 -8 C-40 -44 -14 -62 10 -60 C26 -58 34 -46 34 -32 C28 -38 18 -40 8 -38 C0 -34 -6 -26 '
               '-10 -16 C-14 -8 -18 2 -22 12 C-30 8 -35 2 -36 -8 Z" fill="{hair}"/>'
               '<path d="M-44 -30 C-48 -70 -10 -84 18 -76 C36 -70 42 -56 40 -36 Z" fill="{cap}"/>'
               '<path d="M-46 -36 C-20 -44 14 -46 42 -40 L42 -28 C14 -34 -20 -32 -46 -24 Z" fill="#000" opacity=".25"/>'
               '<path d="M-26 -30 L2 -30 C4 -10 2 10 -4 24 L-24 26 C-30 10 -30 -12 -26 -30 Z" fill="{cap}"/>'
               '<path d="M-44 -30 C-48 -70 -10 -84 18 -76 C36 -70 42 -56 40 -36" stroke="{light}" stroke-width="2" fill="none" opacity=".35"/>'),
    # a police cap with a peak
    "cap": ('<path d="M-36 -8 C-40 -44 -14 -62 10 -60 C26 -58 34 -46 34 -32 C28 -38 18 -40 8 -38 C0 -34 -6 -26 '
            '-10 -16 C-14 -8 -18 2 -22 12 C-30 8 -35 2 -36 -8 Z" fill="{hair}"/>'
            '<path d="M-40 -34 C-44 -60 -10 -74 20 -66 C34 -62 40 -52 38 -42 Z" fill="{cap}"/>'
            '<path d="M-38 -40 L38 -42 L38 -32 L-36 -30 Z" fill="#10141c"/><path d="M22 -36 L56 -32 C54 -28 40 -28 22 -30 Z" fill="#0a0c10"/>'
            '<circle cx="6" cy="-52" r="4" fill="#c8a040"/>'),
}


def head(x, y, s, *, flip=False, light="#fff0d8", mid="#a07a5a", dark="#2a1a14", hair="#0e0a08", wear="long",
         cap="#2a3448", cloth="#3a2c34", gid="sk", lips=.45, eye="open"):
    """A head at (x, y) scaled by s, looking right (left when flip), the face lit from the front."""
    sx = f"scale({-s:g} {s:g})" if flip else f"scale({s:g})"
    if eye == "open":
        eyes = ('<path d="M23 -11.5 C26 -14.5 29.5 -14 31 -11.2 L30.6 -10.4 C28.5 -9 25.5 -9.4 23 -11.5 Z" fill="#e6dcd2" opacity=".9"/>'
                '<path d="M27.6 -13.9 C29.6 -13.4 30.8 -12 30.8 -10.8 C29.8 -9.8 28.2 -9.6 27.2 -10 C26.6 -11.4 26.8 -13 27.6 -13.9 Z" fill="#1a1210"/>'
                '<circle cx="29.3" cy="-12.4" r=".55" fill="#fff" opacity=".8"/>'
                '<path d="M22.5 -11.6 C25.5 -15.4 29.5 -15 31.6 -11" stroke="#1e1512" stroke-width="1.7" fill="none" stroke-linecap="round"/>')
    elif eye == "narrow":  # screwed up against a glare: a slit under a lowered lid, the cheek pushed up
        eyes = ('<path d="M23 -11 C26 -12.6 29.5 -12.4 31.2 -11 C29 -10.2 25.5 -10.2 23 -11 Z" fill="#1a1210"/>'
                '<path d="M22.5 -11.4 C25.5 -13.8 29.5 -13.6 31.6 -11.2" stroke="#1e1512" stroke-width="1.9" fill="none" stroke-linecap="round"/>'
                '<path d="M23.5 -9.2 C26.5 -8 29.5 -8.2 31 -9.6" stroke="#1e1512" stroke-width="1" fill="none" opacity=".7"/>'
                '<path d="M31 -11 L34 -12.5 M31 -10 L34 -9" stroke="#1e1512" stroke-width=".7" opacity=".6"/>')
    else:  # shut, or looking down
        eyes = ('<path d="M22.5 -10.8 C25.5 -8.6 29 -8.8 31.4 -10.8" stroke="#1e1512" stroke-width="1.8" fill="none" stroke-linecap="round"/>')
    return (f'<g transform="translate({x:g} {y:g}) {sx}">'
            f'<linearGradient id="{gid}" x1="1" y1="0" x2="0" y2="0"><stop offset="0" stop-color="{light}"/>'
            f'<stop offset=".45" stop-color="{mid}"/><stop offset="1" stop-color="{dark}"/></linearGradient>'
            f'<path d="M-14 30 C-12 44 -10 56 -12 70 L20 70 C18 58 18 48 20 40 Z" fill="{dark}"/>'
            f'<path d="{FACE}" fill="url(#{gid})"/>'
            f'<path d="M6 24 C14 31 24 35 32 34" stroke="{dark}" stroke-width="1.5" fill="none" opacity=".25"/>'
            f'<path d="M17 -16 C22 -19 30 -18 34 -13 C30 -7 23 -6 18 -9 Z" fill="{dark}" opacity=".22"/>'
            + eyes +
            f'<path d="M24 -9.8 C26.5 -8.8 29 -9 30.6 -10.2" stroke="{dark}" stroke-width=".9" fill="none" opacity=".6"/>'
            '<path d="M16 -20 C22 -24 30 -23.5 35 -19" stroke="#241a16" stroke-width="2.6" fill="none" stroke-linecap="round"/>'
            f'<path d="M36 6 C38 7.5 40 7.5 41 6.5" stroke="{dark}" stroke-width="1.5" fill="none"/>'
            f'<path d="M36.5 14.6 C38.5 14.2 40.5 14.6 41 15.4 C41.5 16.6 40.5 17.8 40 18.2 L35 18.6 Z" fill="#8a4a40" opacity="{lips}"/>'
            f'<path d="M35.5 18.8 C37.5 18.5 39 19 40 18.4 C41.6 19.8 41 22 38.4 23.2 C37 22.4 36 20.6 35.5 18.8 Z" fill="#9a5a4c" opacity="{lips}"/>'
            '<path d="M33 18.9 C36 18.7 38.5 18.6 40.5 18.2" stroke="#3a1e1a" stroke-width="1.3" fill="none"/>'
            f'<path d="{RIM}" stroke="{light}" stroke-width="1.6" fill="none" opacity=".9"/>'
            + HAIR[wear].format(hair=hair, light=light, cap=cap, cloth=cloth) +
            ('' if wear in ("scarf", "furhat") else f'<path d="M-10 -8 C-4 -12 2 -8 1 0 C0 8 -4 10 -8 8 Z" fill="{mid}"/>') + '</g>')


def coat(x, y, s, *, flip=False, light="#c8d0b8", mid="#4a5a48", dark="#141a14", hand="#b08a6a", gid="ct",
         arm=True, length=300):
    """A padded coat from the shoulders down, its lit side towards where the head looks; one arm folded."""
    sx = f"scale({-s:g} {s:g})" if flip else f"scale({s:g})"
    L = length
    out = (f'<g transform="translate({x:g} {y:g}) {sx}">'
           f'<linearGradient id="{gid}" x1="1" y1="0" x2="0" y2="0"><stop offset="0" stop-color="{light}"/>'
           f'<stop offset=".5" stop-color="{mid}"/><stop offset="1" stop-color="{dark}"/></linearGradient>'
           f'<path d="M-72 {L} C-78 200 -74 100 -66 50 C-60 18 -40 4 -14 0 L28 0 C54 6 70 22 74 52 C80 110 82 210 80 {L} Z" fill="url(#{gid})"/>'
           f'<path d="M30 10 L10 120 L14 {L}" stroke="{dark}" stroke-width="2.5" fill="none" opacity=".7"/>'
           f'<path d="M-18 0 C-10 14 18 16 30 2 C36 10 34 22 26 28 C10 34 -10 32 -22 22 C-28 14 -26 6 -18 0 Z" fill="{dark}"/>'
           f'<path d="M28 2 C52 8 66 22 72 50" stroke="{light}" stroke-width="2.4" fill="none" opacity=".45"/>')
    if L >= 260:  # the long folds of a standing coat
        out += (f'<path d="M60 150 C66 190 70 230 70 258" stroke="{light}" stroke-width="2.4" fill="none" opacity=".45"/>'
                f'<path d="M-30 150 C-26 190 -28 230 -34 258" stroke="{dark}" stroke-width="2" fill="none" opacity=".6"/>')
    if arm:
        out += (f'<path d="M-30 14 C-56 30 -64 80 -56 120 C-50 140 -30 146 -10 142 C20 136 50 124 72 112 C84 104 82 88 70 86 '
                f'C46 90 16 100 -8 104 C-14 80 -12 50 -4 24 Z" fill="url(#{gid})"/>'
                f'<path d="M-56 120 C-50 140 -30 146 -10 142 C20 136 50 124 72 112" stroke="{dark}" stroke-width="5" fill="none" opacity=".9"/>'
                f'<path d="M-8 104 C16 100 46 90 70 86" stroke="{light}" stroke-width="3" fill="none" opacity=".8"/>'
                f'<path d="M62 84 C74 76 90 80 90 94 C90 106 78 112 68 106 C62 100 60 90 62 84 Z" fill="{hand}"/>'
                f'<path d="M70 82 C80 80 88 86 88 94" stroke="{light}" stroke-width="2" fill="none" opacity=".8"/>')
    return out + '</g>'


def grain(seed=7, opacity=.5):
    return (f'<filter id="grain" x="0" y="0" width="100%" height="100%">'
            f'<feTurbulence type="fractalNoise" baseFrequency=".85" numOctaves="2" seed="{seed}"/>'
            f'<feColorMatrix values="0 0 0 0 .5  0 0 0 0 .5  0 0 0 0 .5  0 0 0 {opacity} 0"/></filter>')


def svg(width, height, title, defs, body, grain_opacity=.14):
    return (f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" width="{width}" height="{height}">\n'
            f'<title>{title}</title>\n<defs>{"".join(defs)}</defs>\n' + "\n".join(body) +
            f'\n<rect width="{width}" height="{height}" filter="url(#grain)" opacity="{grain_opacity}" '
            f'style="mix-blend-mode:overlay"/>\n</svg>\n')


class Rand:
    """A small fixed-seed generator, so the same script always writes the same files."""

    def __init__(self, seed):
        self.x = seed

    def __call__(self):
        self.x = (self.x * 1103515245 + 12345) % 2147483648
        return self.x / 2147483648

    def between(self, a, b):
        return a + (b - a) * self()
