-- Files of counts left in a data folder by a version before journeys were counted once
-- (DATA/pending-counts.tsv, "crossing pending counts 1"): totals per story version, added to
-- play_count at a start. Each file is added once, known by the SHA-256 of its bytes, in the same
-- transaction as its counts, so a node that dies before it renames the file does not add it again.
create table old_counts_file (
    sha256    text        primary key,
    added_at  timestamptz not null,
    counts    bigint      not null
);
