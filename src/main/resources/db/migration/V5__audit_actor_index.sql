-- Sign-in throttling counts a username's recent refused sign-ins.
create index ix_audit_actor on audit_entry (actor, occurred_at);
