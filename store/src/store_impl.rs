//! The half of every backend that is the same on each: its database handle and the forwarding
//! from every repository method to the queries written once in
//! [`shared_queries!`](crate::shared_queries) (or, for people, in the backend's own `own`
//! module, since their columns and bulk insert differ).
//!
//! [`backend!`] expands, inside a backend crate, to:
//!
//! - the handle type (`$db`): a pooled connection taken at its first query (for
//!   [`Store::reads`](crate::Store::reads)), or a transaction (for
//!   [`Store::begin`](crate::Store::begin)), with the audit events appended in it;
//! - `impl Store for $store`, and every `…Reads` / `…Writes` trait for the handle;
//! - `impl Transaction for $db`, whose `commit` queues the audit events appended, then
//!   commits; `sequence` places queued events in the chain under the log's lock. A backend
//!   whose transactions already hold the database's only write lock (SQLite, `BEGIN
//!   IMMEDIATE`) chains them in the same commit instead (`chain_at_commit`), straight into
//!   `audit_events` without passing through the queue: no second transaction, no second disk
//!   flush, no row written and deleted again.
//!
//! A new repository method is forwarded here once, not once per backend.

/// Expands to a backend's handle and its implementations (see the module docs). The store type
/// must have a `pool` field of `sqlx::Pool<$database>` and a `write_gate` field
/// (`Option<Arc<tokio::sync::Mutex<()>>>`: when set, one transaction at a time is opened); the crate must have invoked
/// `shared_queries!` (module `shared`) and have a module `own` with the people queries.
#[macro_export]
macro_rules! backend {
    (
        store = $store:ident,
        db = $db:ident,
        database = $database:ty,
        name = $name:literal,
        begin = $begin:literal,
        audit_lock = $lock:literal,
        chain_at_commit = $chain_at_commit:literal $(,)?
    ) => {
        /// A handle on the database: lookups through a pooled connection, or a transaction.
        pub struct $db {
            state: DbState,
            audit: Vec<candour_domain::audit::NewAuditEvent>,
            /// This process's turn to write, held until the transaction ends (SQLite only).
            _turn: Option<tokio::sync::OwnedMutexGuard<()>>,
        }

        /// Where a handle's connection is.
        enum DbState {
            /// Not yet connected: the first query takes a connection from the pool.
            Idle(sqlx::Pool<$database>),
            /// A pooled connection, for lookups.
            Pooled(sqlx::pool::PoolConnection<$database>),
            /// An open transaction.
            Transaction(sqlx::Transaction<'static, $database>),
        }

        impl $db {
            async fn conn(
                &mut self,
            ) -> candour_store::StoreResult<&mut <$database as sqlx::Database>::Connection> {
                if let DbState::Idle(pool) = &self.state {
                    let pooled = pool.acquire().await.map_err(shared::database)?;
                    self.state = DbState::Pooled(pooled);
                }
                match &mut self.state {
                    DbState::Pooled(conn) => Ok(&mut **conn),
                    DbState::Transaction(tx) => Ok(&mut **tx),
                    DbState::Idle(_) => Err(candour_store::StoreError::Unavailable(
                        "no connection".to_owned(),
                    )),
                }
            }
        }

        #[async_trait::async_trait]
        impl candour_store::Store for $store {
            fn backend(&self) -> &'static str {
                $name
            }

            async fn ping(&self) -> candour_store::StoreResult<()> {
                sqlx::query("SELECT 1")
                    .execute(&self.pool)
                    .await
                    .map(|_| ())
                    .map_err(shared::database)
            }

            fn reads(&self) -> Box<dyn candour_store::Reads> {
                Box::new($db {
                    state: DbState::Idle(self.pool.clone()),
                    audit: Vec::new(),
                    _turn: None,
                })
            }

            async fn begin(&self) -> candour_store::StoreResult<Box<dyn candour_store::Transaction>> {
                let turn = match &self.write_gate {
                    Some(gate) => Some(gate.clone().lock_owned().await),
                    None => None,
                };
                let tx = if $begin.is_empty() {
                    self.pool.begin().await
                } else {
                    self.pool.begin_with($begin).await
                }
                .map_err(shared::database)?;
                Ok(Box::new($db {
                    state: DbState::Transaction(tx),
                    audit: Vec::new(),
                    _turn: turn,
                }))
            }
        }

        #[async_trait::async_trait]
        impl candour_store::Transaction for $db {
            async fn commit(
                mut self: Box<Self>,
            ) -> candour_store::StoreResult<candour_store::repo::audit::Committed> {
                use candour_store::repo::audit::Committed;
                let events = std::mem::take(&mut self.audit);
                let conn = self.conn().await?;
                let committed = if $chain_at_commit {
                    // This transaction already holds the only write lock there is: place the
                    // events in the chain now, in the same commit, without the queue (nothing
                    // waits, nothing is written twice). Anything a server of an older version
                    // left queued is placed by the sequencer at start-up.
                    shared::chain_audit(conn, &events.iter().collect::<Vec<_>>())
                        .await?
                        .map_or(Committed::NoEvents, Committed::Chained)
                } else {
                    shared::queue_audit(conn, &events)
                        .await?
                        .map_or(Committed::NoEvents, Committed::Queued)
                };
                match self.state {
                    DbState::Transaction(tx) => tx
                        .commit()
                        .await
                        .map(|()| committed)
                        .map_err(shared::database),
                    DbState::Idle(_) | DbState::Pooled(_) => Err(candour_store::StoreError::Database(
                        "commit on a handle that is not a transaction".to_owned(),
                    )),
                }
            }
        }

        $crate::forward! { $db;
            candour_store::repo::people::PeopleReads {
                own::count_people() -> u64;
                own::person(id: candour_domain::person::PersonId) -> Option<candour_domain::person::Person>;
                own::person_by_source_id(source_id: &str) -> Option<candour_domain::person::Person>;
                own::people_after(after: Option<candour_domain::person::PersonId>, limit: u32) -> Vec<candour_domain::person::Person>;
                own::person_by_nhs_number(nhs_number: &str) -> Option<candour_domain::person::Person>;
                own::find_people(words: &str, born: Option<chrono::NaiveDate>, limit: u32) -> Vec<candour_domain::person::Person>;
            }
            candour_store::repo::people::PeopleWrites {
                own::insert_people(people: &[candour_domain::person::PersonDetails], organisation: Option<&str>) -> u64;
            }
            candour_store::repo::settings::SettingsReads {
                shared::setting(key: &str) -> Option<String>;
            }
            candour_store::repo::settings::SettingsWrites {
                shared::set_setting(key: &str, value: &str) -> ();
                shared::remove_setting(key: &str) -> ();
            }
            candour_store::repo::accounts::AccountReads {
                shared::account(id: candour_domain::access::AccountId) -> Option<candour_domain::account::Account>;
                shared::staff_with_role(role: candour_domain::access::Role) -> Vec<candour_domain::account::Account>;
            }
            candour_store::repo::accounts::AccountWrites {
                shared::upsert_account(account: &candour_domain::account::NewAccount, now: i64) -> candour_domain::account::Account;
                shared::link_account(id: candour_domain::access::AccountId, person: Option<candour_domain::person::PersonId>) -> ();
            }
            candour_store::repo::sessions::SessionReads {
                shared::session(id_hash: &str) -> Option<candour_store::records::SessionRecord>;
            }
            candour_store::repo::sessions::SessionWrites {
                shared::create_session(session: &candour_store::records::SessionRecord) -> ();
                shared::touch_session(id_hash: &str, now: i64) -> ();
                shared::set_acting_for(id_hash: &str, person: Option<candour_domain::person::PersonId>) -> ();
                shared::end_session(id_hash: &str, now: i64) -> bool;
                shared::save_sign_in_attempt(attempt: &candour_store::records::SignInAttempt, stale_before: i64) -> ();
                shared::take_sign_in_attempt(id_hash: &str) -> Option<candour_store::records::SignInAttempt>;
            }
            candour_store::repo::delegates::DelegationReads {
                shared::delegation(id: candour_domain::delegation::DelegationId) -> Option<candour_domain::delegation::Delegation>;
                shared::delegations_for_person(person: candour_domain::person::PersonId) -> Vec<candour_domain::delegation::Delegation>;
                shared::delegations_for_delegate(account: candour_domain::access::AccountId) -> Vec<candour_domain::delegation::Delegation>;
                shared::open_invitation(code_hash: &str) -> Option<candour_domain::delegation::Delegation>;
                shared::delegations_awaiting_approval() -> Vec<candour_domain::delegation::Delegation>;
            }
            candour_store::repo::delegates::DelegationWrites {
                shared::create_delegation(delegation: &candour_domain::delegation::NewDelegation, now: i64) -> candour_domain::delegation::DelegationId;
                shared::accept_invitation(
                    code_hash: &str,
                    account: candour_domain::access::AccountId,
                    own_person: Option<candour_domain::person::PersonId>,
                    own_email_hash: Option<&str>,
                    made_after: i64,
                    now: i64
                ) -> Option<candour_domain::delegation::Delegation>;
                shared::approve_delegation(
                    id: candour_domain::delegation::DelegationId,
                    by: candour_domain::access::AccountId,
                    now: i64
                ) -> bool;
                shared::end_delegation(
                    id: candour_domain::delegation::DelegationId,
                    person: candour_domain::person::PersonId,
                    by: candour_domain::access::AccountId,
                    now: i64
                ) -> bool;
            }
            candour_store::repo::requests::RequestReads {
                shared::request_of(person: candour_domain::person::PersonId, id: candour_domain::rights::RequestId) -> Option<candour_domain::rights::RightsRequest>;
                shared::request(id: candour_domain::rights::RequestId) -> Option<candour_domain::rights::RightsRequest>;
                shared::requests_for_person(person: candour_domain::person::PersonId) -> Vec<candour_domain::rights::RightsRequest>;
                shared::open_requests() -> Vec<candour_domain::rights::RightsRequest>;
                shared::request_queue(query: &candour_store::queue::QueueQuery, offset: u64, limit: u32) -> candour_store::queue::QueuePage;
                shared::disagreements_for_person(person: candour_domain::person::PersonId) -> Vec<candour_domain::rectification::Disagreement>;
                shared::draft(session_hash: &str) -> Option<String>;
            }
            candour_store::repo::requests::RequestWrites {
                shared::create_request(request: &candour_domain::rights::NewRequest, due: Option<chrono::NaiveDate>, now: i64) -> candour_domain::rights::RequestId;
                shared::set_due_dates(dues: &[(candour_domain::rights::RequestId, Option<chrono::NaiveDate>)]) -> u64;
                shared::add_request_event(
                    id: candour_domain::rights::RequestId,
                    event: &candour_domain::rights::RequestEvent,
                    due: Option<chrono::NaiveDate>,
                    now: i64
                ) -> ();
                shared::save_disagreement(
                    person: candour_domain::person::PersonId,
                    disagreement: &candour_domain::rectification::Disagreement,
                    by: candour_domain::access::AccountId,
                    now: i64
                ) -> ();
                shared::assign_request(id: candour_domain::rights::RequestId, to: Option<candour_domain::access::AccountId>) -> bool;
                shared::save_draft(session_hash: &str, answers: &str, now: i64) -> ();
                shared::clear_draft(session_hash: &str) -> ();
            }
            candour_store::repo::records::RecordReads {
                shared::entry(person: candour_domain::person::PersonId, id: candour_domain::record::EntryId) -> Option<candour_domain::record::Entry>;
                shared::entries_by_source_ids(person: candour_domain::person::PersonId, source_ids: &[String]) -> Vec<candour_domain::record::Entry>;
                shared::entries_for_person(
                    person: candour_domain::person::PersonId,
                    kind: Option<candour_domain::record::EntryKind>,
                    search: Option<&str>,
                    offset: u32,
                    limit: u32
                ) -> (Vec<candour_domain::record::Entry>, u64);
                shared::record_parts(person: candour_domain::person::PersonId) -> Vec<candour_store::records::RecordPart>;
                shared::entries_due_for_check(checked_before: chrono::NaiveDate, offset: u32, limit: u32) -> (Vec<candour_domain::record::Entry>, u64);
                shared::entry_versions(person: candour_domain::person::PersonId, id: candour_domain::record::EntryId) -> Vec<(i64, candour_domain::record::NewEntry)>;
                shared::entry_by_source(organisation: &str, person_source_id: &str, entry_source_id: &str) -> Option<candour_domain::record::Entry>;
                shared::opened(session_hash: &str, person: candour_domain::person::PersonId, entry: candour_domain::record::EntryId, why: &str) -> bool;
            }
            candour_store::repo::records::RecordWrites {
                shared::upsert_entry(entry: &candour_domain::record::NewEntry, now: i64) -> candour_domain::record::EntryId;
                shared::mark_entry_checked(
                    person: candour_domain::person::PersonId,
                    id: candour_domain::record::EntryId,
                    on: chrono::NaiveDate,
                    by: candour_domain::access::AccountId
                ) -> bool;
                shared::import(batch: &candour_domain::ingest::Batch, organisation: &str, now: i64)
                    -> Result<candour_store::records::ImportSummary, Vec<candour_domain::ingest::Problem>>;
                shared::keep_opening(session_hash: &str, person: candour_domain::person::PersonId, entry: candour_domain::record::EntryId, why: &str, now: i64) -> ();
            }
            candour_store::repo::questions::QuestionReads {
                shared::questions_for_person(person: candour_domain::person::PersonId) -> Vec<candour_domain::question::Question>;
                shared::question(id: i64) -> Option<candour_domain::question::Question>;
                shared::open_questions(limit: u32) -> Vec<candour_domain::question::Question>;
            }
            candour_store::repo::questions::QuestionWrites {
                shared::ask_question(question: &candour_domain::question::NewQuestion) -> i64;
                shared::answer_question(id: i64, answer: &candour_domain::question::Answer) -> bool;
            }
            candour_store::repo::alerts::AlertReads {
                shared::reason_given(session_hash: &str, person: candour_domain::person::PersonId) -> bool;
                shared::alerts_for_person(person: candour_domain::person::PersonId) -> Vec<candour_domain::closed_case::Alert>;
                shared::alert(id: i64) -> Option<candour_domain::closed_case::Alert>;
                shared::alerts(limit: u32) -> Vec<candour_domain::closed_case::Alert>;
            }
            candour_store::repo::alerts::AlertWrites {
                shared::raise_alert(alert: &candour_domain::closed_case::NewAlert) -> i64;
                shared::decide_alert(id: i64, outcome: &candour_domain::closed_case::Outcome) -> Option<Option<i64>>;
            }
            candour_store::repo::sharing::SharingReads {
                shared::sharing_for_person(person: candour_domain::person::PersonId) -> Vec<candour_domain::sharing::Sharing>;
                shared::shares_with_ids(person: candour_domain::person::PersonId) -> Vec<(i64, candour_domain::sharing::Sharing)>;
                shared::untold_shares(limit: u32) -> Vec<candour_store::repo::sharing::UntoldShare>;
                shared::share_draft(session_hash: &str, person: candour_domain::person::PersonId) -> Option<String>;
            }
            candour_store::repo::sharing::SharingWrites {
                shared::save_sharing(person: candour_domain::person::PersonId, sharing: &candour_domain::sharing::Sharing, now: i64) -> ();
                shared::save_share_draft(session_hash: &str, person: candour_domain::person::PersonId, answers: &str, now: i64) -> ();
                shared::clear_share_draft(session_hash: &str, person: candour_domain::person::PersonId) -> ();
            }
            candour_store::repo::consent::ConsentReads {
                shared::consents_for_person(person: candour_domain::person::PersonId) -> Vec<candour_domain::consent::Consent>;
                shared::consents_on_record(person: candour_domain::person::PersonId) -> Vec<candour_domain::consent::ConsentOnRecord>;
                shared::recipient_notices(person: candour_domain::person::PersonId) -> Vec<candour_domain::consent::StoredNotice>;
                shared::people_with_withdrawals() -> Vec<candour_domain::person::PersonId>;
                shared::consent_owner(consent: i64) -> Option<candour_domain::person::PersonId>;
            }
            candour_store::repo::consent::ConsentWrites {
                shared::save_consent(person: candour_domain::person::PersonId, consent: &candour_domain::consent::Consent, now: i64) -> ();
                shared::record_consent_change(consent: i64, sequence: i64, change: &candour_domain::consent::OnlineChange) -> Option<i64>;
                shared::record_recipient_notice(consent: i64, withdrawn_on: chrono::NaiveDate, organisation: &str, step: candour_domain::consent::NoticeStep, on: chrono::NaiveDate) -> bool;
            }
            candour_store::repo::outbox::OutboxReads {
                shared::notifications(person: candour_domain::person::PersonId, limit: u32) -> Vec<candour_store::records::Notification>;
                shared::unread_notifications(person: candour_domain::person::PersonId) -> u64;
                shared::emails_to_send(max_attempts: u32, limit: u32) -> Vec<(i64, candour_store::records::OutgoingEmail)>;
                shared::news_choice(person: candour_domain::person::PersonId) -> candour_domain::news::NewsChoice;
            }
            candour_store::repo::outbox::OutboxWrites {
                shared::notify(person: candour_domain::person::PersonId, kind: &str, args: &str, now: i64) -> ();
                shared::mark_notifications_read(person: candour_domain::person::PersonId, now: i64) -> u64;
                shared::queue_email(email: &candour_store::records::OutgoingEmail, now: i64) -> ();
                shared::email_sent(id: i64, now: i64) -> ();
                shared::email_failed(id: i64, error: &str) -> ();
                shared::choose_news(person: candour_domain::person::PersonId, choice: &candour_domain::news::NewsChoice, now: i64) -> ();
            }
            candour_store::repo::api_clients::ApiClientReads {
                shared::api_client(client_id: &str) -> Option<candour_store::records::ApiClient>;
                shared::api_clients() -> Vec<candour_store::records::ApiClient>;
            }
            candour_store::repo::api_clients::ApiClientWrites {
                shared::create_api_client(client: &candour_store::records::ApiClient) -> ();
                shared::revoke_api_client(client_id: &str, now: i64) -> bool;
            }
            candour_store::repo::copies::CopyReads {
                shared::access_copy(person: candour_domain::person::PersonId, request: candour_domain::rights::RequestId, now: i64)
                    -> Option<candour_store::records::AccessCopyRecord>;
            }
            candour_store::repo::copies::CopyWrites {
                shared::save_access_copy(copy: &candour_store::records::AccessCopyRecord) -> ();
                shared::remove_expired_access_copies(now: i64) -> u64;
            }
            candour_store::repo::limits::LimitWrites {
                shared::try_once(bucket: &str, limit: candour_domain::abuse::Limit, now_ms: i64) -> candour_domain::abuse::Verdict;
                shared::forget_old_tries(now_ms: i64) -> u64;
            }
            candour_store::repo::audit::AuditReads {
                shared::audit_events_after(after: i64, limit: u32)
                    -> Vec<(candour_domain::audit::AuditEvent, Option<candour_domain::audit::PersonalContent>)>;
                shared::audit_for_person(person: candour_domain::person::PersonId, limit: u32)
                    -> Vec<(candour_domain::audit::AuditEvent, Option<candour_domain::audit::PersonalContent>)>;
                shared::audit_of_person_by(
                    person: candour_domain::person::PersonId,
                    by: &candour_store::repo::audit::EventsBy,
                    window: candour_domain::paging::Window,
                    limit: u32
                ) -> (Vec<(candour_domain::audit::AuditEvent, Option<candour_domain::audit::PersonalContent>)>, u64);
                shared::reported_organisations(person: candour_domain::person::PersonId) -> Vec<String>;
                shared::audit_event_of_person(person: candour_domain::person::PersonId, seq: i64) -> Option<(candour_domain::audit::AuditEvent, Option<candour_domain::audit::PersonalContent>)>;
                shared::audit_head() -> Option<candour_store::repo::audit::ChainHead>;
                shared::checkpoints() -> Vec<candour_domain::audit::Checkpoint>;
                shared::latest_checkpoint() -> Option<candour_domain::audit::Checkpoint>;
                shared::earlier_activity() -> Option<Vec<candour_store::records::Activity>>;
                shared::audit_queued() -> u64;
                shared::audit_waiting(up_to: i64) -> bool;
            }
        }

        #[async_trait::async_trait]
        impl candour_store::repo::audit::AuditWrites for $db {
            async fn append(
                &mut self,
                event: candour_domain::audit::NewAuditEvent,
            ) -> candour_store::StoreResult<()> {
                self.audit.push(event);
                Ok(())
            }

            async fn save_checkpoint(
                &mut self,
                checkpoint: &candour_domain::audit::Checkpoint,
            ) -> candour_store::StoreResult<()> {
                shared::save_checkpoint(self.conn().await?, checkpoint).await
            }

            async fn erase_audit_content(
                &mut self,
                person: candour_domain::person::PersonId,
            ) -> candour_store::StoreResult<u64> {
                shared::erase_audit_content(self.conn().await?, person).await
            }

            async fn drop_earlier_activity(&mut self) -> candour_store::StoreResult<()> {
                shared::drop_earlier_activity(self.conn().await?).await
            }

            async fn sequence(&mut self, limit: u32) -> candour_store::StoreResult<Option<i64>> {
                shared::sequence_audit(self.conn().await?, $lock, limit).await
            }
        }
    };
}

/// Implements repository traits for a handle type by forwarding each method to a function of
/// the same name taking the handle's connection first.
#[macro_export]
macro_rules! forward {
    ($db:ident; $(
        $trait:path {
            $( $module:ident :: $method:ident ( $( $arg:ident : $ty:ty ),* $(,)? ) -> $ret:ty ; )*
        }
    )*) => {
        $(
            #[async_trait::async_trait]
            impl $trait for $db {
                $(
                    async fn $method(&mut self, $( $arg: $ty ),*) -> candour_store::StoreResult<$ret> {
                        $module::$method(self.conn().await?, $( $arg ),*).await
                    }
                )*
            }
        )*
    };
}
