#!/usr/bin/env bash
# Makes every sound of The Crossing from nothing but ffmpeg's own generators (noise, sine and
# expression sources) and filters: no recording or sample from anywhere else. Run it from any
# folder; it writes into ../media beside this script. The same ffmpeg gives the same files:
# every noise source has a fixed seed.
#
#   stories/the-crossing/media-src/make-sounds.sh            # every sound
#   stories/the-crossing/media-src/make-sounds.sh bed-3      # only the sounds whose name starts so
#
# Each sound is written three times: NAME.ogg (Vorbis, mono), NAME.mp3 (the same for browsers
# without Vorbis) and NAME.vtt (captions that say what is heard). Chapter beds (bed-N) are
# seamless loops: LENGTH+FADE seconds are made and the last FADE seconds are laid over the first
# with an equal-power crossfade, so the end flows into the start. The loop begins FADE seconds
# into what the graph made: an event at second 9 of the graph is heard at second 1 (FADE is 8).
# Every sound is brought to a fixed loudness (beds -24 LUFS, spot sounds -20 LUFS) by measuring
# it and applying one gain.
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
out="$here/../media"
only="${1:-}"
rate=48000
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

wanted() { [[ -z "$only" || "$1" == "$only"* ]]; }

# loudness FILE -> integrated loudness in LUFS (EBU R128), as ffmpeg's loudnorm measures it
loudness() {
  ffmpeg -hide_banner -nostats -i "$1" -af loudnorm=print_format=summary -f null - 2>&1 \
    | awk '/^Input Integrated:/ {print $3}'
}

# encode NAME RAW.wav TARGET_LUFS: one gain to the target, then Vorbis and MP3
encode() {
  local name="$1" raw="$2" target="$3" measured gain
  measured="$(loudness "$raw")"
  gain="$(awk -v t="$target" -v m="$measured" 'BEGIN {printf "%.2f", t - m}')"
  ffmpeg -hide_banner -loglevel error -y -i "$raw" -af "volume=${gain}dB,alimiter=limit=0.7:level=false" \
    -ac 1 -ar "$rate" -c:a libvorbis -b:a 56k -map_metadata -1 -fflags +bitexact "$out/$name.ogg"
  ffmpeg -hide_banner -loglevel error -y -i "$raw" -af "volume=${gain}dB,alimiter=limit=0.7:level=false" \
    -ac 1 -ar "$rate" -c:a libmp3lame -b:a 64k -map_metadata -1 -write_xing 1 -fflags +bitexact "$out/$name.mp3"
  echo "$name: ${measured} LUFS raised by ${gain} dB to ${target}"
}

# captions NAME then pairs of "START END TEXT" lines on standard input (seconds)
captions() {
  local name="$1"
  {
    echo "WEBVTT"
    while read -r start end text; do
      printf '\n%s --> %s\n%s\n' "$(stamp "$start")" "$(stamp "$end")" "$text"
    done
  } > "$out/$name.vtt"
}
stamp() { awk -v s="$1" 'BEGIN {printf "%02d:%06.3f", int(s / 60), s - 60 * int(s / 60)}'; }

# bed NAME LENGTH GRAPH: GRAPH is a filtergraph that makes at least LENGTH+8 seconds into [a]
bed() {
  local name="$1" length="$2" graph="$3" fade=8
  wanted "$name" || return 0
  ffmpeg -hide_banner -loglevel error -y -filter_complex "$graph;
    [a]atrim=0:$((length + fade)),asetpts=N/SR/TB,asplit=2[p][q];
    [p]atrim=$fade:$((length + fade)),asetpts=N/SR/TB[body];
    [q]atrim=0:$fade,asetpts=N/SR/TB[head];
    [body][head]acrossfade=d=$fade:c1=qsin:c2=qsin[out]" -map '[out]' -ac 1 -ar "$rate" "$tmp/$name.wav"
  encode "$name" "$tmp/$name.wav" -24
}

# spot NAME LENGTH GRAPH: GRAPH makes LENGTH seconds into [a]; faded in and out at its ends
spot() {
  local name="$1" length="$2" graph="$3"
  wanted "$name" || return 0
  ffmpeg -hide_banner -loglevel error -y -filter_complex "$graph;
    [a]atrim=0:$length,asetpts=N/SR/TB,afade=t=in:d=0.05,afade=t=out:st=$(awk -v l="$length" 'BEGIN {print l - 0.6}'):d=0.6[out]" \
    -map '[out]' -ac 1 -ar "$rate" "$tmp/$name.wav"
  encode "$name" "$tmp/$name.wav" -20
}

# Wind over open snow: pink noise in three bands that swell and fall at unrelated slow rates,
# so the gusts never repeat within the loop. $1 = seed, $2 = how hard (1 normal), $3 = length.
wind() {
  local s="$1" k="$2" d="$3"
  echo "anoisesrc=d=$d:c=pink:r=$rate:a=0.8:s=$s,bandpass=f=380:w=500,volume='$k*(0.55+0.3*sin(2*PI*t/13.7)+0.15*sin(2*PI*t/5.3+1))':eval=frame[w1];
    anoisesrc=d=$d:c=white:r=$rate:a=0.4:s=$((s + 1)),bandpass=f=900:width_type=q:w=5,volume='$k*0.5*pow(max(0,sin(2*PI*t/17.1+2)),3)':eval=frame[w2];
    anoisesrc=d=$d:c=white:r=$rate:a=0.3:s=$((s + 2)),bandpass=f=1500:width_type=q:w=7,volume='$k*0.35*pow(max(0,sin(2*PI*t/23.3+4)),4)':eval=frame[w3];
    anoisesrc=d=$d:c=brown:r=$rate:a=0.6:s=$((s + 3)),lowpass=f=120,volume='0.6+0.4*sin(2*PI*t/9.1)':eval=frame[w4];
    [w1][w2][w3][w4]amix=inputs=4:normalize=0"
}

mkdir -p "$out"

# ---- Chapter beds: 48 seconds each -----------------------------------------------------------

# 1 Hyesan, January: wind over the snow of a town, low and steady, a whistle in the eaves; heard
# from indoors as much as out, so its captions say "outside". Scenes out in the lanes of chapter 2
# use it as their own loop, over that chapter's indoor bed.
bed bed-1 48 "$(wind 11 1 56)[a]"
captions bed-1 <<'EOF'
0 24 [Wind over the snow outside, between the low houses]
24 48 [The wind rises to a thin whistle and falls again]
EOF

# 2 The decision, night indoors: the wind muffled by walls, the stove ticking as it cools, and
# the hum of the one hour of electricity.
bed bed-2 48 "$(wind 21 0.8 56)[w];[w]lowpass=f=260,lowpass=f=260[muffled];
  aevalsrc='0.05*sin(2*PI*50*t)+0.03*sin(2*PI*100*t)+0.015*sin(2*PI*150*t)':d=56:s=$rate,volume='0.5+0.5*sin(2*PI*t/28)':eval=frame[hum];
  anoisesrc=d=56:c=white:r=$rate:a=1:s=23,aeval='val(0)*gt(val(0),0.9997)*8':c=same,bandpass=f=2400:width_type=q:w=3,aecho=0.6:0.3:17:0.3[ticks];
  [muffled][hum][ticks]amix=inputs=3:normalize=0:weights=1 0.7 1[a]"
captions bed-2 <<'EOF'
0 24 [Wind muffled by the walls; a faint electric hum]
24 48 [The cooling stove ticks now and then; the wind outside]
EOF

# 3 The river: a colder, emptier wind over the open ice, and the ice itself, groaning far off.
bed bed-3 48 "$(wind 31 1.2 56)[w];
  aevalsrc='0.5*sin(2*PI*(55*t-1.2*t*t+0.4*sin(2*PI*t/3)))*exp(-pow((t-9)/1.4,2))+0.4*sin(2*PI*(48*(t-31)-0.8*(t-31)*(t-31)))*exp(-pow((t-31)/1.8,2))+0.35*sin(2*PI*(62*(t-44)+0.5*sin(2*PI*(t-44)/2)))*exp(-pow((t-44)/1.1,2))':d=56:s=$rate,lowpass=f=300,aecho=0.8:0.7:120|260:0.4|0.25[groan];
  [w][groan]amix=inputs=2:normalize=0:weights=1 1.2[a]"
captions bed-3 <<'EOF'
0 3 [The ice groans somewhere far off]
3 22 [An open, cold wind over the frozen river]
22 25 [A long, low groan from the ice]
25 35 [The wind over the ice]
35 38 [The ice groans again]
38 48 [The wind over the ice]
EOF

# 4 China: a soft wind and a far road, heard out in a farm valley or through a window in
# town, so its captions say "outside" and fit both; scenes indoors elsewhere use it too.
bed bed-4 48 "$(wind 41 0.5 56)[w];
  anoisesrc=d=56:c=brown:r=$rate:a=0.5:s=43,lowpass=f=180,volume='0.2+0.8*pow(max(0,sin(2*PI*t/24-1)),6)':eval=frame[road];
  [w][road]amix=inputs=2:normalize=0:weights=1 0.8[a]"
captions bed-4 <<'EOF'
0 4 [A lorry passes on a road somewhere outside]
4 22 [A soft wind outside]
22 30 [Another lorry passes outside]
30 48 [A soft wind outside]
EOF

# 5 The underground route: the rumble of a train and the beat of its wheels on the rail joints.
# The beat repeats every 2 seconds, a whole number of times in the loop, so the seam keeps time.
bed bed-5 48 "anoisesrc=d=56:c=brown:r=$rate:a=0.9:s=51,lowpass=f=220,volume='0.7+0.15*sin(2*PI*t/8)':eval=frame[rumble];
  aevalsrc='(exp(-60*mod(t,2))+0.8*exp(-60*mod(t-0.18,2))+exp(-60*mod(t-1,2))+0.8*exp(-60*mod(t-1.18,2)))*sin(2*PI*95*t)':d=56:s=$rate,lowpass=f=600[clack];
  anoisesrc=d=56:c=pink:r=$rate:a=0.2:s=52,highpass=f=1500,lowpass=f=5000[hiss];
  [rumble][clack][hiss]amix=inputs=3:normalize=0:weights=1 0.9 0.5[a]"
captions bed-5 <<'EOF'
0 24 [A train rumbles on; its wheels beat on the rail joints]
24 48 [The steady rhythm of the wheels]
EOF

# 6 The last border: a tropical night, insects pulsing high up, frogs, water far off.
bed bed-6 48 "anoisesrc=d=56:c=white:r=$rate:a=0.5:s=61,bandpass=f=4300:width_type=q:w=12,volume='0.5*(0.5+0.5*sin(2*PI*31*t))*(0.6+0.4*sin(2*PI*t/7))':eval=frame[insects];
  anoisesrc=d=56:c=white:r=$rate:a=0.4:s=62,bandpass=f=6100:width_type=q:w=16,volume='0.3*gt(sin(2*PI*t/1.3),0.2)*(0.5+0.5*sin(2*PI*47*t))':eval=frame[cicada];
  aevalsrc='0.25*sin(2*PI*310*t)*pow(max(0,sin(2*PI*4*t)),8)*pow(max(0,sin(2*PI*t/6.1)),12)+0.2*sin(2*PI*270*t)*pow(max(0,sin(2*PI*3.3*t)),8)*pow(max(0,sin(2*PI*t/9.7+2)),14)':d=56:s=$rate[frogs];
  anoisesrc=d=56:c=pink:r=$rate:a=0.5:s=63,lowpass=f=500,volume='0.5+0.2*sin(2*PI*t/11)':eval=frame[water];
  [insects][cicada][frogs][water]amix=inputs=4:normalize=0[a]"
captions bed-6 <<'EOF'
0 24 [Insects pulse in the night; frogs call]
24 48 [Insects, and the sound of water far off]
EOF

# 7 Arrival: a warm, slow chord under the hum of a city far away.
bed bed-7 48 "aevalsrc='(0.20*sin(2*PI*110*t)+0.12*sin(2*PI*164.81*t+1)+0.10*sin(2*PI*220*t+2)+0.07*sin(2*PI*277.18*t+3)+0.05*sin(2*PI*329.63*t))*(0.6+0.25*sin(2*PI*t/12)+0.15*sin(2*PI*t/7.5))':d=56:s=$rate,lowpass=f=1200,aecho=0.8:0.6:400|700:0.3|0.2[chord];
  anoisesrc=d=56:c=brown:r=$rate:a=0.4:s=71,lowpass=f=250[city];
  [chord][city]amix=inputs=2:normalize=0:weights=1 0.5[a]"
captions bed-7 <<'EOF'
0 24 [A slow, warm chord; the hum of a city far away]
24 48 [The chord swells and settles]
EOF

# ---- Scene loops: the wind on the snow (Hyesan, the Yalu, the Gobi) and a river at night ------

# Wind, harder and nearer than the bed of chapter 1, for the scenes out in the open (snow or desert).
bed wind 48 "$(wind 201 1.3 56)[a]"
captions wind <<'EOF'
0 24 [Wind blowing steadily, rising and falling]
24 48 [Gusts of wind, then a lull]
EOF

# A wide river at night: the flow, and water lapping against reeds and a hull at uneven beats.
bed river 48 "anoisesrc=d=56:c=pink:r=$rate:a=0.7:s=211,lowpass=f=700,highpass=f=60,volume='0.6+0.2*sin(2*PI*t/9.3)':eval=frame[flow];
  anoisesrc=d=56:c=white:r=$rate:a=0.6:s=212,bandpass=f=900:w=700,volume='pow(max(0,sin(2*PI*t/1.9)),12)+0.7*pow(max(0,sin(2*PI*t/2.7+1)),14)+0.5*pow(max(0,sin(2*PI*t/3.4+2)),16)':eval=frame[lap];
  aevalsrc='0.15*sin(2*PI*(300+200*sin(2*PI*t*3))*t)*pow(max(0,sin(2*PI*t/7.7)),40)':d=56:s=$rate,lowpass=f=900[gurgle];
  [flow][lap][gurgle]amix=inputs=3:normalize=0:weights=1 0.8 1[a]"
captions river <<'EOF'
0 24 [A wide river flowing at night, water lapping against reeds]
24 48 [The water laps and gurgles along the bank]
EOF

# A lorry stopped at a barrier, heard from under its tarpaulin: the diesel idling (its firing
# beat under the drone), the canvas flapping in the gusts, a little wind. For the lorry scenes of
# chapter 3, where the bed of the open ice would be false.
bed lorry 48 "aevalsrc='(0.5*sin(2*PI*26*t)+0.35*sin(4*PI*26*t)+0.25*sin(6*PI*26*t)+0.15*sin(10*PI*26*t))*(0.8+0.2*sin(2*PI*6.5*t))*(0.9+0.1*sin(2*PI*t/7.3))':d=56:s=$rate,lowpass=f=450[engine];
  anoisesrc=d=56:c=white:r=$rate:a=0.5:s=221,bandpass=f=700:w=900,volume='(pow(max(0,sin(2*PI*t/6.1)),6)+0.6*pow(max(0,sin(2*PI*t/9.7+1)),8))*(0.6+0.4*sin(2*PI*13*t))':eval=frame[flap];
  $(wind 223 0.5 56)[w];
  [engine][flap][w]amix=inputs=3:normalize=0:weights=1 0.6 0.5[a]"
captions lorry <<'EOF'
0 24 [A lorry's diesel engine idles; the tarpaulin flaps in the wind]
24 48 [The engine idles on; gusts shake the canvas]
EOF

# ---- Spot sounds ------------------------------------------------------------------------------

# Footsteps on snow: each step a short crunch of crackling noise, a step every 0.62 s.
spot spot-steps-snow 5 "anoisesrc=d=5:c=white:r=$rate:a=1:s=81,aeval='val(0)*gt(abs(val(0)),0.6)':c=same,bandpass=f=1800:w=2500,volume='if(lt(mod(t-0.2,0.62),0.28),sin(PI*mod(t-0.2,0.62)/0.28)*gte(t,0.2),0)*(1-0.06*floor(t/0.62))':eval=frame,lowpass=f=5000[crunch];
  anoisesrc=d=5:c=brown:r=$rate:a=0.8:s=82,lowpass=f=150,volume='if(lt(mod(t-0.2,0.62),0.08),1,0)*gte(t,0.2)':eval=frame[thud];
  [crunch][thud]amix=inputs=2:normalize=0:weights=1 0.6[a]"
captions spot-steps-snow <<'EOF'
0 5 [Footsteps crunching on snow]
EOF

# Three knocks on a wooden door.
spot spot-knock 3 "aevalsrc='(exp(-45*(t-0.3))*gte(t,0.3)+exp(-45*(t-0.72))*gte(t,0.72)+exp(-45*(t-1.14))*gte(t,1.14))*(sin(2*PI*140*t)+0.6*sin(2*PI*233*t)+0.3*sin(2*PI*410*t))':d=3:s=$rate[tone];
  anoisesrc=d=3:c=pink:r=$rate:a=1:s=91,volume='exp(-120*(t-0.3))*gte(t,0.3)+exp(-120*(t-0.72))*gte(t,0.72)+exp(-120*(t-1.14))*gte(t,1.14)':eval=frame,lowpass=f=1500[hit];
  [tone][hit]amix=inputs=2:normalize=0:weights=1 0.7,aecho=0.7:0.4:23|41:0.25|0.15[a]"
captions spot-knock <<'EOF'
0 2 [Three knocks at the door]
EOF

# A smuggled phone's line: hiss in the telephone band, a click, a second click that should not be there.
spot spot-phone-line 5 "anoisesrc=d=5:c=white:r=$rate:a=0.15:s=101,highpass=f=300,lowpass=f=3400,volume='0.4+0.3*sin(2*PI*t*0.7)':eval=frame[hiss];
  aevalsrc='0.9*exp(-400*(t-0.4))*gte(t,0.4)*sin(2*PI*1200*t)+0.6*exp(-300*(t-3.6))*gte(t,3.6)*sin(2*PI*900*t)+0.4*exp(-300*(t-3.7))*gte(t,3.7)*sin(2*PI*700*t)':d=5:s=$rate[clicks];
  aevalsrc='0.05*sin(2*PI*425*t)*gte(t,0.5)*lt(t,1.6)':d=5:s=$rate[tone];
  [hiss][clicks][tone]amix=inputs=3:normalize=0[a]"
captions spot-phone-line <<'EOF'
0 2 [A click, then a hissing telephone line]
3.4 5 [A second click on the line]
EOF

# The ice groaning under her weight: a deep, slow moan that seems to come from the whole river.
spot spot-ice-groan 6 "aevalsrc='0.8*sin(2*PI*(70*t-4*t*t+0.6*sin(2*PI*t/0.9)))*exp(-pow((t-2.2)/1.0,2))+0.5*sin(2*PI*(95*t-6*t*t))*exp(-pow((t-3.4)/0.7,2))':d=6:s=$rate,lowpass=f=400,aecho=0.8:0.8:90|190|330:0.5|0.35|0.2[groan];
  aevalsrc='0.3*sin(2*PI*(2600*exp(-7*(t-4.3))+250)*(t-4.3))*exp(-9*(t-4.3))*gte(t,4.3)':d=6:s=$rate,aecho=0.7:0.6:60:0.4[ping];
  [groan][ping]amix=inputs=2:normalize=0[a]"
captions spot-ice-groan <<'EOF'
0 4 [The ice groans, a deep slow sound across the river]
4 6 [A high ringing ping runs through the ice]
EOF

# The ice breaking: a crack, a second, and water.
spot spot-ice-crack 5 "anoisesrc=d=5:c=white:r=$rate:a=1:s=111,volume='exp(-35*(t-0.5))*gte(t,0.5)+0.7*exp(-50*(t-0.9))*gte(t,0.9)':eval=frame,highpass=f=400,aecho=0.8:0.5:35|80:0.5|0.3[crack];
  aevalsrc='0.6*sin(2*PI*(1800*exp(-9*(t-0.5))+180)*(t-0.5))*exp(-6*(t-0.5))*gte(t,0.5)':d=5:s=$rate[ping];
  anoisesrc=d=5:c=pink:r=$rate:a=0.7:s=112,lowpass=f=900,volume='0.6*gte(t,1)*(1-exp(-4*(t-1)))*(0.6+0.4*sin(2*PI*t*3.1))':eval=frame[water];
  [crack][ping][water]amix=inputs=3:normalize=0[a]"
captions spot-ice-crack <<'EOF'
0.4 1.2 [The ice cracks sharply]
1.2 5 [Water churns through broken ice]
EOF

# A lorry's diesel engine slowing down and idling at a barrier.
spot spot-truck 7 "aevalsrc='(0.5*sin(2*PI*if(lt(t,5),34*t-0.9*t*t,147.5+25*(t-5)))+0.35*sin(4*PI*if(lt(t,5),34*t-0.9*t*t,147.5+25*(t-5)))+0.25*sin(6*PI*if(lt(t,5),34*t-0.9*t*t,147.5+25*(t-5)))+0.15*sin(10*PI*if(lt(t,5),34*t-0.9*t*t,147.5+25*(t-5))))*(0.8+0.2*sin(2*PI*7*t))':d=7:s=$rate,lowpass=f=500[engine];
  anoisesrc=d=7:c=brown:r=$rate:a=0.6:s=121,lowpass=f=300,volume='1-0.1*t':eval=frame[road];
  aevalsrc='0.3*sin(2*PI*1900*t)*exp(-20*(t-3.8))*gte(t,3.8)':d=7:s=$rate,highpass=f=1000[brake];
  [engine][road][brake]amix=inputs=3:normalize=0[a]"
captions spot-truck <<'EOF'
0 4 [A lorry's diesel engine slows]
3.8 7 [Brakes squeal; the engine idles]
EOF

# A train passing close: the rumble rises, the wheels beat past, and it fades away.
spot spot-train 8 "anoisesrc=d=8:c=brown:r=$rate:a=1:s=131,lowpass=f=400,volume='exp(-pow((t-3.8)/2,2))':eval=frame[rumble];
  aevalsrc='(exp(-50*mod(t,0.9))+0.8*exp(-50*mod(t-0.14,0.9)))*sin(2*PI*120*t)*exp(-pow((t-3.8)/1.6,2))':d=8:s=$rate,lowpass=f=900[clack];
  anoisesrc=d=8:c=pink:r=$rate:a=0.6:s=132,bandpass=f=2500:w=2000,volume='exp(-pow((t-3.6)/0.9,2))':eval=frame[whoosh];
  aevalsrc='0.12*sin(2*PI*(650-40*tanh(2*(t-3.7)))*t)*exp(-pow((t-3.6)/0.8,2))':d=8:s=$rate[horn];
  [rumble][clack][whoosh][horn]amix=inputs=4:normalize=0[a]"
captions spot-train <<'EOF'
0 8 [A train passes, its wheels beating on the rails]
EOF

# A small boat's engine starting and puttering over the water.
spot spot-boat 7 "aevalsrc='(sin(2*PI*48*t)+0.6*sin(2*PI*96*t)+0.3*sin(2*PI*144*t))*(0.5+0.5*sin(2*PI*12*t))*gte(t,1.2)*(1-exp(-3*(t-1.2)))':d=7:s=$rate,lowpass=f=700[engine];
  aevalsrc='0.5*sin(2*PI*60*t)*(exp(-8*mod(t-0.3,0.25))*gte(t,0.3)*lt(t,1.2))':d=7:s=$rate,lowpass=f=500[starter];
  anoisesrc=d=7:c=pink:r=$rate:a=0.5:s=141,lowpass=f=1200,volume='0.5+0.3*sin(2*PI*t*0.8)':eval=frame[water];
  [engine][starter][water]amix=inputs=3:normalize=0[a]"
captions spot-boat <<'EOF'
0 1.3 [An outboard engine is pulled into life]
1.3 7 [The boat's engine putters over the water]
EOF

# A plane overhead: a roar that grows, passes and thins into a high whine.
spot spot-plane 8 "anoisesrc=d=8:c=pink:r=$rate:a=1:s=151,lowpass=f=700,volume='exp(-pow((t-4)/1.8,2))':eval=frame[roar];
  anoisesrc=d=8:c=white:r=$rate:a=0.4:s=152,bandpass=f=3000:w=2500,volume='exp(-pow((t-3.4)/1.2,2))':eval=frame[hiss];
  aevalsrc='0.08*sin(2*PI*(1100-120*tanh(1.5*(t-4)))*t)*exp(-pow((t-4)/1.6,2))':d=8:s=$rate[whine];
  [roar][hiss][whine]amix=inputs=3:normalize=0[a]"
captions spot-plane <<'EOF'
0 8 [A plane roars overhead and fades into the distance]
EOF

# Fists on a door, then the door forced.
spot spot-door-bang 4 "aevalsrc='(exp(-30*(t-0.2))*gte(t,0.2)+exp(-30*(t-0.55))*gte(t,0.55)+exp(-30*(t-0.9))*gte(t,0.9)+1.5*exp(-12*(t-2.1))*gte(t,2.1))*(sin(2*PI*90*t)+0.5*sin(2*PI*170*t)+0.3*sin(2*PI*320*t))':d=4:s=$rate[tone];
  anoisesrc=d=4:c=pink:r=$rate:a=1:s=161,volume='exp(-80*(t-0.2))*gte(t,0.2)+exp(-80*(t-0.55))*gte(t,0.55)+exp(-80*(t-0.9))*gte(t,0.9)+1.5*exp(-15*(t-2.1))*gte(t,2.1)':eval=frame,lowpass=f=2500[hit];
  [tone][hit]amix=inputs=2:normalize=0,aecho=0.8:0.5:30|70:0.3|0.2[a]"
captions spot-door-bang <<'EOF'
0 1.2 [Fists pound on a door]
2 4 [The door is forced open with a crash]
EOF

# A car on a frozen dirt road, coming closer and stopping.
spot spot-car 6 "aevalsrc='(0.5*sin(2*PI*45*t)+0.3*sin(2*PI*90*t)+0.2*sin(2*PI*135*t))*min(1,t/3)*(1-0.5*gte(t,4)*min(1,(t-4)))':d=6:s=$rate,lowpass=f=600[engine];
  anoisesrc=d=6:c=white:r=$rate:a=0.5:s=171,aeval='val(0)*gt(abs(val(0)),0.7)':c=same,bandpass=f=1500:w=2000,volume='min(1,t/3)*lt(t,4.5)':eval=frame[gravel];
  [engine][gravel]amix=inputs=2:normalize=0:weights=1 0.5[a]"
captions spot-car <<'EOF'
0 4 [A car comes closer on a frozen dirt road]
4 6 [It stops; the engine idles]
EOF

# The market guard's whistle: two blasts of a pea whistle, its trill the pea rattling.
spot spot-whistle 3 "aevalsrc='0.5*sin(2*PI*(2900*t+25*sin(2*PI*34*t)))*(0.7+0.3*sin(2*PI*34*t))*(between(t,0.2,0.75)+between(t,1.0,1.9))':d=3:s=$rate,lowpass=f=6000,aecho=0.6:0.4:60|140:0.2|0.1[a]"
captions spot-whistle <<'EOF'
0 2 [Two sharp blasts on a whistle]
EOF
