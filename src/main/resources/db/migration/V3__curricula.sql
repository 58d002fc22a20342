-- ITS reference frameworks (edition -> module -> lesson -> learning outcome),
-- the succession of items between editions, and the centres' curricula with
-- their versions, nodes and mappings to ITS items.

create table framework_edition (
    id              bigint        not null primary key,
    version         bigint        not null,
    code            varchar(40)   not null,
    title           varchar(300)  not null,
    family          varchar(16)   not null,
    publisher       varchar(200),
    language        varchar(8),
    description     varchar(2000),
    status          varchar(16)   not null,
    unconfirmed     boolean       not null,
    case_identifier varchar(64)   not null,
    changed_at      timestamp(6) with time zone not null,
    constraint uk_framework_edition_code unique (code),
    constraint uk_framework_edition_case unique (case_identifier),
    constraint ck_framework_edition_family check (family in ('CPTM', 'STM', 'RTP', 'MANUAL', 'OTHER')),
    constraint ck_framework_edition_status check (status in ('CURRENT', 'SUPERSEDED'))
);

create table framework_item (
    id                  bigint        not null primary key,
    version             bigint        not null,
    edition_id          bigint        not null references framework_edition (id) on delete cascade,
    parent_id           bigint references framework_item (id) on delete cascade,
    level               varchar(12)   not null,
    code                varchar(60),
    title               varchar(2000) not null,
    item_type           varchar(100),
    position            integer       not null,
    recommended_minutes integer,
    audience            varchar(200),
    themes              varchar(200),
    unconfirmed         boolean       not null,
    case_identifier     varchar(64)   not null,
    constraint uk_framework_item_case unique (edition_id, case_identifier),
    constraint ck_framework_item_level check (level in ('MODULE', 'LESSON', 'OUTCOME', 'OTHER')),
    constraint ck_framework_item_minutes check (recommended_minutes is null or recommended_minutes >= 0)
);
create index ix_framework_item_edition on framework_item (edition_id, position);
create index ix_framework_item_parent on framework_item (parent_id);

create table item_succession (
    id           bigint      not null primary key,
    version      bigint      not null,
    from_item_id bigint      not null references framework_item (id) on delete cascade,
    to_item_id   bigint      not null references framework_item (id) on delete cascade,
    relation     varchar(12) not null,
    constraint uk_item_succession unique (from_item_id, to_item_id),
    constraint ck_item_succession_relation check (relation in ('REPLACED_BY', 'SPLIT_INTO', 'MERGED_INTO'))
);
create index ix_item_succession_to on item_succession (to_item_id);

-- Long-running work (framework imports) and its progress, readable by any instance.
create table background_job (
    id          bigint        not null primary key,
    version     bigint        not null,
    kind        varchar(40)   not null,
    status      varchar(12)   not null,
    processed   integer       not null,
    total       integer       not null,
    started_by  varchar(60)   not null,
    centre_id   bigint,
    started_at  timestamp(6) with time zone not null,
    finished_at timestamp(6) with time zone,
    result_id   bigint,
    problems    varchar(8000),
    constraint ck_background_job_status check (status in ('QUEUED', 'RUNNING', 'DONE', 'FAILED'))
);
