-- Centres' curricula: a curriculum has numbered versions (one draft at most,
-- published versions immutable); a version is a tree of modules, lessons and
-- the centre's own learning outcomes, mapped onto ITS framework items.

create table curriculum (
    id        bigint        not null primary key,
    version   bigint        not null,
    centre_id bigint        not null references training_centre (id),
    title     varchar(200)  not null,
    audience  varchar(200),
    languages varchar(60)   not null,
    summary   varchar(2000),
    constraint uk_curriculum_title unique (centre_id, title)
);
create index ix_curriculum_centre on curriculum (centre_id);

create table curriculum_version (
    id            bigint      not null primary key,
    version       bigint      not null,
    curriculum_id bigint      not null references curriculum (id) on delete cascade,
    number        integer     not null,
    status        varchar(12) not null,
    published_at  timestamp(6) with time zone,
    published_by  varchar(60),
    -- Numbers are unique per curriculum, and a draft always takes the next
    -- number, so two concurrent "new draft" requests cannot both succeed.
    constraint uk_curriculum_version unique (curriculum_id, number),
    constraint ck_curriculum_version_status check (status in ('DRAFT', 'PUBLISHED', 'SUPERSEDED'))
);

create table curriculum_node (
    id                    bigint       not null primary key,
    version               bigint       not null,
    curriculum_version_id bigint       not null references curriculum_version (id) on delete cascade,
    parent_id             bigint references curriculum_node (id) on delete cascade,
    node_key              varchar(36)  not null,
    kind                  varchar(12)  not null,
    code                  varchar(40),
    title                 varchar(500) not null,
    minutes               integer,
    delivery_method       varchar(16),
    position              integer      not null,
    constraint uk_curriculum_node_key unique (curriculum_version_id, node_key),
    constraint ck_curriculum_node_kind check (kind in ('MODULE', 'LESSON', 'OUTCOME')),
    constraint ck_curriculum_node_minutes check (minutes is null or minutes between 0 and 100000),
    constraint ck_curriculum_node_delivery check (delivery_method is null or delivery_method in
        ('LECTURE', 'DISCUSSION', 'EXERCISE', 'SCENARIO', 'FIELD', 'E_LEARNING'))
);
create index ix_curriculum_node_version on curriculum_node (curriculum_version_id, position);
create index ix_curriculum_node_parent on curriculum_node (parent_id);

create table node_mapping (
    id       bigint      not null primary key,
    version  bigint      not null,
    node_id  bigint      not null references curriculum_node (id) on delete cascade,
    item_id  bigint      not null references framework_item (id),
    strength varchar(8)  not null,
    constraint uk_node_mapping unique (node_id, item_id),
    constraint ck_node_mapping_strength check (strength in ('FULL', 'PARTIAL', 'RELATED'))
);
create index ix_node_mapping_item on node_mapping (item_id);
