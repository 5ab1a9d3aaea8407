-- Anonymous play counters: how many journeys began, took each choice and reached each ending,
-- per story version. No player data. Nodes add to them with batched upserts.
create table play_count (
    story          text   not null,
    story_version  text   not null,
    kind           text   not null check (kind in ('BEGIN', 'CHOICE', 'ENDING')),
    scene          text   not null,
    item           int    not null,
    count          bigint not null,
    primary key (story, story_version, kind, scene, item)
);

create index play_count_version on play_count (story_version);
