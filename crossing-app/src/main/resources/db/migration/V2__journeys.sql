-- Each journey's step counted once, and what the studio's analytics need (docs/operations.md,
-- "What is stored"). A journey is a random id drawn at begin and carried in its signed token:
-- nothing about the player (no address, cookie or user agent) is stored anywhere.

-- Journeys begun in the last two days, kept to count each of their steps at most once. The
-- bitmaps are bit i of byte i/8, lowest bit first: a step (0 the begin, n+1 the action taken
-- after n steps), a scene index, or a chapter number. Rows are removed 48 hours after begin,
-- when a journey that never ended is added to the STOP count of the scene where it stopped.
create table journey (
    id             uuid        primary key,
    story          text        not null,
    story_version  text        not null,
    begun_at       timestamptz not null,
    counted        bytea       not null default '',
    scenes         bytea       not null default '',
    chapters       bytea       not null default '',
    last_step      int         not null default -1,
    last_scene     text,
    ending         text
) with (fillfactor = 70);

create index journey_begun_at on journey (begun_at);

-- Counts per story version and UTC day, added to only for steps counted for the first time:
--   BEGIN    journeys begun at the start scene (scene), on the day they began
--   CHOICE   a choice taken in a scene (scene, item = the choice's index)
--   TIMEOUT  a countdown that ran out in a scene (item = the default choice taken, -1 for none)
--   CHANCE   a chance outcome drawn in a scene (item = the outcome's index)
--   SCENE    journeys that reached a scene for the first time (scene)
--   CHAPTER  journeys that reached a chapter for the first time (item = chapter number, scene '')
--   ENDING   journeys that ended, at their first ending (scene)
--   STOP     journeys that reached a scene and went no further (scene, day = the day they began),
--            added when the journey is removed, 48 hours after begin
create table play_day (
    story          text   not null,
    story_version  text   not null,
    day            date   not null,
    kind           text   not null check (kind in ('BEGIN', 'CHOICE', 'TIMEOUT', 'CHANCE', 'SCENE', 'CHAPTER', 'ENDING', 'STOP')),
    scene          text   not null,
    item           int    not null,
    count          bigint not null,
    primary key (story, story_version, day, kind, scene, item)
);

create index play_day_version on play_day (story_version, kind);

comment on table play_count is 'Totals per story version shown to players (BEGIN, CHOICE including timed defaults, ENDING); added to in the same transactions as play_day';
