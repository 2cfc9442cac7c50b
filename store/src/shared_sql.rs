//! Queries whose SQL is the same on SQLite and PostgreSQL (both take `$N` placeholders, `ON
//! CONFLICT` and `RETURNING`), written once.
//!
//! [`shared_queries!`] expands, inside a backend crate, to a module of plain async functions over
//! one of that backend's connections (a pooled one for lookups, or one inside a transaction);
//! the backend's repositories call them. Row values are read with `sqlx::Row::try_get`, which
//! both drivers support for the types used here. Functions that write several statements rely
//! on the caller's transaction; the import alone opens a savepoint of its own, so a batch with
//! problems leaves the transaction as it found it.

/// Expands to `mod shared { … }` for the row and connection types given.
#[macro_export]
macro_rules! shared_queries {
    ($row:ty, $conn:ty, json_rows = $json_rows:literal, json_array = $json_array:literal, jsonb = $jsonb:literal) => {
        /// The queries shared with every other backend (`candour_store::shared_queries!`).
        mod shared {
            use candour_domain::access::{AccountId, Assurance, AuthorityKind, DelegateScope, Role};
            use candour_domain::account::{Account, AccountKind, NewAccount};
            use candour_domain::delegation::{Delegation, DelegationId, NewDelegation};
            use candour_domain::person::PersonId;
            use candour_domain::record::{Entry, EntryId, EntryKind, NewEntry};
            use candour_domain::rights::{
                Channel, ContactPreference, EventKind, NewRequest, RequestEvent, RequestId, Right, RightsRequest,
            };
            use candour_store::records::{Activity, Notification, OutgoingEmail, SessionRecord, SignInAttempt};
            use candour_store::{StoreError, StoreResult};
            use sqlx::Row as _;
            use std::collections::BTreeSet;

                        type DbRow = $row;
            type Conn = $conn;

            /// How a JSON parameter is written into a JSON column (`::jsonb` on PostgreSQL).
            const JSONB: &str = $jsonb;

            pub fn database(error: sqlx::Error) -> StoreError {
                match error {
                    sqlx::Error::PoolTimedOut | sqlx::Error::Io(_) | sqlx::Error::PoolClosed => {
                        StoreError::Unavailable(error.to_string())
                    }
                    other => StoreError::Database(other.to_string()),
                }
            }

            fn corrupt(what: &str, detail: impl std::fmt::Display) -> StoreError {
                StoreError::Corrupt(format!("{what}: {detail}"))
            }

            fn json<T: serde::Serialize>(value: &T) -> StoreResult<String> {
                serde_json::to_string(value).map_err(|e| corrupt("json", e))
            }

            pub async fn upsert_account(conn: &mut Conn, account: &NewAccount, now: i64) -> StoreResult<Account> {
                let roles: Vec<&str> = account.roles.iter().map(|r| r.key()).collect();
                let id: i64 = sqlx::query_scalar(
                    "INSERT INTO accounts (kind, issuer, subject, display_name, email, person_id, roles, created_at) \
                     VALUES ($1, $2, $3, $4, $5, $6, $7, $8) \
                     ON CONFLICT (issuer, subject) DO UPDATE SET display_name = excluded.display_name, \
                     email = excluded.email, person_id = COALESCE(excluded.person_id, accounts.person_id), \
                     roles = excluded.roles RETURNING id",
                )
                .bind(account.kind.key())
                .bind(&account.issuer)
                .bind(&account.subject)
                .bind(&account.display_name)
                .bind(&account.email)
                .bind(account.person.map(|p| p.0))
                .bind(json(&roles)?)
                .bind(now)
                .fetch_one(&mut *conn)
                .await
                .map_err(database)?;
                self::account(&mut *conn, AccountId(id))
                    .await?
                    .ok_or_else(|| corrupt("accounts", "the account just written is missing"))
            }

            pub async fn link_account(conn: &mut Conn, id: AccountId, person: Option<PersonId>) -> StoreResult<()> {
                sqlx::query("UPDATE accounts SET person_id = $1 WHERE id = $2")
                    .bind(person.map(|p| p.0))
                    .bind(id.0)
                    .execute(&mut *conn)
                    .await
                    .map(|_| ())
                    .map_err(database)
            }

            const ACCOUNT_COLUMNS: &str = "id, kind, issuer, subject, display_name, email, person_id, roles";

            pub async fn account(conn: &mut Conn, id: AccountId) -> StoreResult<Option<Account>> {
                let sql = format!("SELECT {ACCOUNT_COLUMNS} FROM accounts WHERE id = $1");
                let row = sqlx::query(&sql).bind(id.0).fetch_optional(&mut *conn).await.map_err(database)?;
                row.as_ref().map(account_from).transpose()
            }

            pub async fn staff_with_role(conn: &mut Conn, role: Role) -> StoreResult<Vec<Account>> {
                // Roles are a JSON array of keys; the quoted key cannot match a longer role's key.
                let sql = format!(
                    "SELECT {ACCOUNT_COLUMNS} FROM accounts WHERE kind <> 'public' AND roles LIKE $1 \
                     ORDER BY display_name, id"
                );
                sqlx::query(&sql)
                    .bind(format!("%\"{}\"%", role.key()))
                    .fetch_all(&mut *conn)
                    .await
                    .map_err(database)?
                    .iter()
                    .map(account_from)
                    .collect()
            }

            fn account_from(row: &DbRow) -> StoreResult<Account> {
                let read = || -> Result<Account, sqlx::Error> {
                    let kind: String = row.try_get("kind")?;
                    let roles: String = row.try_get("roles")?;
                    let person: Option<i64> = row.try_get("person_id")?;
                    Ok(Account {
                        id: AccountId(row.try_get("id")?),
                        details: NewAccount {
                            kind: AccountKind::from_key(&kind).unwrap_or(AccountKind::Public),
                            issuer: row.try_get("issuer")?,
                            subject: row.try_get("subject")?,
                            display_name: row.try_get("display_name")?,
                            email: row.try_get("email")?,
                            person: person.map(PersonId),
                            roles: serde_json::from_str::<Vec<String>>(&roles)
                                .unwrap_or_default()
                                .iter()
                                .filter_map(|r| r.parse::<Role>().ok())
                                .collect(),
                        },
                    })
                };
                read().map_err(|e| corrupt("accounts", e))
            }

            pub async fn create_session(conn: &mut Conn, session: &SessionRecord) -> StoreResult<()> {
                sqlx::query(
                    "INSERT INTO sessions (id_hash, account_id, acting_for, assurance, created_at, last_seen_at) \
                     VALUES ($1, $2, $3, $4, $5, $6)",
                )
                .bind(&session.id_hash)
                .bind(session.account.0)
                .bind(session.acting_for.map(|p| p.0))
                .bind(assurance_key(session.assurance))
                .bind(session.created_at)
                .bind(session.last_seen_at)
                .execute(&mut *conn)
                .await
                .map(|_| ())
                .map_err(database)
            }

            fn assurance_key(assurance: Assurance) -> &'static str {
                match assurance {
                    Assurance::High => "high",
                    Assurance::Low => "low",
                }
            }

            pub async fn session(conn: &mut Conn, id_hash: &str) -> StoreResult<Option<SessionRecord>> {
                let Some(row) = sqlx::query(
                    "SELECT id_hash, account_id, acting_for, assurance, created_at, last_seen_at, ended_at \
                     FROM sessions WHERE id_hash = $1",
                )
                .bind(id_hash)
                .fetch_optional(&mut *conn)
                .await
                .map_err(database)?
                else {
                    return Ok(None);
                };
                let read = || -> Result<SessionRecord, sqlx::Error> {
                    let acting_for: Option<i64> = row.try_get("acting_for")?;
                    let assurance: String = row.try_get("assurance")?;
                    Ok(SessionRecord {
                        id_hash: row.try_get("id_hash")?,
                        account: AccountId(row.try_get("account_id")?),
                        acting_for: acting_for.map(PersonId),
                        assurance: if assurance == "high" { Assurance::High } else { Assurance::Low },
                        created_at: row.try_get("created_at")?,
                        last_seen_at: row.try_get("last_seen_at")?,
                        ended_at: row.try_get("ended_at")?,
                    })
                };
                read().map(Some).map_err(|e| corrupt("sessions", e))
            }

            pub async fn touch_session(conn: &mut Conn, id_hash: &str, now: i64) -> StoreResult<()> {
                sqlx::query("UPDATE sessions SET last_seen_at = $1 WHERE id_hash = $2 AND ended_at IS NULL")
                    .bind(now)
                    .bind(id_hash)
                    .execute(&mut *conn)
                    .await
                    .map(|_| ())
                    .map_err(database)
            }

            pub async fn set_acting_for(conn: &mut Conn, id_hash: &str, person: Option<PersonId>) -> StoreResult<()> {
                sqlx::query("UPDATE sessions SET acting_for = $1 WHERE id_hash = $2 AND ended_at IS NULL")
                    .bind(person.map(|p| p.0))
                    .bind(id_hash)
                    .execute(&mut *conn)
                    .await
                    .map(|_| ())
                    .map_err(database)
            }

            pub async fn end_session(conn: &mut Conn, id_hash: &str, now: i64) -> StoreResult<bool> {
                sqlx::query("UPDATE sessions SET ended_at = $1 WHERE id_hash = $2 AND ended_at IS NULL")
                    .bind(now)
                    .bind(id_hash)
                    .execute(&mut *conn)
                    .await
                    .map(|done| done.rows_affected() == 1)
                    .map_err(database)
            }

            pub async fn save_sign_in_attempt(conn: &mut Conn, attempt: &SignInAttempt, stale_before: i64) -> StoreResult<()> {
                sqlx::query("DELETE FROM sign_in_attempts WHERE created_at < $1")
                    .bind(stale_before)
                    .execute(&mut *conn)
                    .await
                    .map_err(database)?;
                sqlx::query(
                    "INSERT INTO sign_in_attempts (id_hash, provider, state, nonce, pkce_verifier, return_to, created_at) \
                     VALUES ($1, $2, $3, $4, $5, $6, $7)",
                )
                .bind(&attempt.id_hash)
                .bind(&attempt.provider)
                .bind(&attempt.state)
                .bind(&attempt.nonce)
                .bind(&attempt.pkce_verifier)
                .bind(&attempt.return_to)
                .bind(attempt.created_at)
                .execute(&mut *conn)
                .await
                .map(|_| ())
                .map_err(database)
            }

            pub async fn take_sign_in_attempt(conn: &mut Conn, id_hash: &str) -> StoreResult<Option<SignInAttempt>> {
                let Some(row) = sqlx::query(
                    "DELETE FROM sign_in_attempts WHERE id_hash = $1 \
                     RETURNING id_hash, provider, state, nonce, pkce_verifier, return_to, created_at",
                )
                .bind(id_hash)
                .fetch_optional(&mut *conn)
                .await
                .map_err(database)?
                else {
                    return Ok(None);
                };
                let read = || -> Result<SignInAttempt, sqlx::Error> {
                    Ok(SignInAttempt {
                        id_hash: row.try_get("id_hash")?,
                        provider: row.try_get("provider")?,
                        state: row.try_get("state")?,
                        nonce: row.try_get("nonce")?,
                        pkce_verifier: row.try_get("pkce_verifier")?,
                        return_to: row.try_get("return_to")?,
                        created_at: row.try_get("created_at")?,
                    })
                };
                read().map(Some).map_err(|e| corrupt("sign_in_attempts", e))
            }

            const DELEGATION_COLUMNS: &str = "id, person_id, delegate_account_id, delegate_name, authority, scopes, \
                 ends_on, invite_code_hash, evidence, created_by, created_at, accepted_at, ended_at, ended_by, \
                 invited_email_hash, approved_at, approved_by";

            pub async fn create_delegation(conn: &mut Conn, new: &NewDelegation, now: i64) -> StoreResult<DelegationId> {
                let scopes: Vec<&str> = new.scopes.iter().map(|s| s.key()).collect();
                let accepted = new.delegate.map(|_| now);
                sqlx::query_scalar(
                    "INSERT INTO delegations (person_id, delegate_account_id, delegate_name, authority, scopes, \
                     ends_on, invite_code_hash, evidence, created_by, created_at, accepted_at, invited_email_hash) \
                     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) RETURNING id",
                )
                .bind(new.person.0)
                .bind(new.delegate.map(|a| a.0))
                .bind(&new.delegate_name)
                .bind(new.authority.key())
                .bind(json(&scopes)?)
                .bind(new.ends_on)
                .bind(&new.invite_code_hash)
                .bind(&new.evidence)
                .bind(new.created_by.0)
                .bind(now)
                .bind(accepted)
                .bind(&new.invited_email_hash)
                .fetch_one(&mut *conn)
                .await
                .map(DelegationId)
                .map_err(database)
            }

            fn delegation_from(row: &DbRow) -> StoreResult<Delegation> {
                let read = || -> Result<Delegation, sqlx::Error> {
                    let authority: String = row.try_get("authority")?;
                    let scopes: String = row.try_get("scopes")?;
                    let delegate: Option<i64> = row.try_get("delegate_account_id")?;
                    let ended_at: Option<i64> = row.try_get("ended_at")?;
                    let ended_by: Option<i64> = row.try_get("ended_by")?;
                    let approved_at: Option<i64> = row.try_get("approved_at")?;
                    let approved_by: Option<i64> = row.try_get("approved_by")?;
                    Ok(Delegation {
                        id: DelegationId(row.try_get("id")?),
                        details: NewDelegation {
                            person: PersonId(row.try_get("person_id")?),
                            delegate: delegate.map(AccountId),
                            delegate_name: row.try_get("delegate_name")?,
                            authority: AuthorityKind::from_key(&authority).unwrap_or(AuthorityKind::PersonsAuthority),
                            scopes: serde_json::from_str::<Vec<String>>(&scopes)
                                .unwrap_or_default()
                                .iter()
                                .filter_map(|s| s.parse::<DelegateScope>().ok())
                                .collect::<BTreeSet<_>>(),
                            ends_on: row.try_get("ends_on")?,
                            invite_code_hash: row.try_get("invite_code_hash")?,
                            evidence: row.try_get("evidence")?,
                            created_by: AccountId(row.try_get("created_by")?),
                            invited_email_hash: row.try_get("invited_email_hash")?,
                        },
                        created_at: row.try_get("created_at")?,
                        accepted_at: row.try_get("accepted_at")?,
                        ended: ended_at.zip(ended_by.map(AccountId)),
                        approved: approved_at.map(|at| (at, approved_by.map(AccountId))),
                    })
                };
                read().map_err(|e| corrupt("delegations", e))
            }

            pub async fn delegation(conn: &mut Conn, id: DelegationId) -> StoreResult<Option<Delegation>> {
                let sql = format!("SELECT {DELEGATION_COLUMNS} FROM delegations WHERE id = $1");
                sqlx::query(&sql)
                    .bind(id.0)
                    .fetch_optional(&mut *conn)
                    .await
                    .map_err(database)?
                    .as_ref()
                    .map(delegation_from)
                    .transpose()
            }

            pub async fn delegations_for_person(conn: &mut Conn, person: PersonId) -> StoreResult<Vec<Delegation>> {
                let sql = format!("SELECT {DELEGATION_COLUMNS} FROM delegations WHERE person_id = $1 ORDER BY id");
                sqlx::query(&sql)
                .bind(person.0)
                .fetch_all(&mut *conn)
                .await
                .map_err(database)?
                .iter()
                .map(delegation_from)
                .collect()
            }

            pub async fn delegations_for_delegate(conn: &mut Conn, account: AccountId) -> StoreResult<Vec<Delegation>> {
                let sql = format!("SELECT {DELEGATION_COLUMNS} FROM delegations WHERE delegate_account_id = $1 ORDER BY id");
                sqlx::query(&sql)
                .bind(account.0)
                .fetch_all(&mut *conn)
                .await
                .map_err(database)?
                .iter()
                .map(delegation_from)
                .collect()
            }

            pub async fn accept_invitation(
                conn: &mut Conn,
                code_hash: &str,
                account: AccountId,
                own_person: Option<PersonId>,
                own_email_hash: Option<&str>,
                made_after: i64,
                now: i64,
            ) -> StoreResult<Option<Delegation>> {
                let id: Option<i64> = sqlx::query_scalar(
                    "UPDATE delegations SET delegate_account_id = $1, accepted_at = $2, invite_code_hash = NULL \
                     WHERE invite_code_hash = $3 AND accepted_at IS NULL AND ended_at IS NULL \
                     AND (evidence IS NULL OR approved_at IS NOT NULL) \
                     AND COALESCE(approved_at, created_at) >= $4 AND person_id <> $5 \
                     AND (invited_email_hash IS NULL OR invited_email_hash = $6) RETURNING id",
                )
                .bind(account.0)
                .bind(now)
                .bind(code_hash)
                .bind(made_after)
                .bind(own_person.map_or(-1, |p| p.0))
                .bind(own_email_hash.unwrap_or(""))
                .fetch_optional(&mut *conn)
                .await
                .map_err(database)?;
                match id {
                    Some(id) => delegation(&mut *conn, DelegationId(id)).await,
                    None => Ok(None),
                }
            }

            pub async fn open_invitation(conn: &mut Conn, code_hash: &str) -> StoreResult<Option<Delegation>> {
                let sql = format!("SELECT {DELEGATION_COLUMNS} FROM delegations WHERE invite_code_hash = $1");
                sqlx::query(&sql)
                    .bind(code_hash)
                    .fetch_optional(&mut *conn)
                    .await
                    .map_err(database)?
                    .as_ref()
                    .map(delegation_from)
                    .transpose()
            }

            pub async fn delegations_awaiting_approval(conn: &mut Conn) -> StoreResult<Vec<Delegation>> {
                let sql = format!(
                    "SELECT {DELEGATION_COLUMNS} FROM delegations \
                     WHERE evidence IS NOT NULL AND approved_at IS NULL AND ended_at IS NULL ORDER BY created_at, id"
                );
                sqlx::query(&sql)
                    .fetch_all(&mut *conn)
                    .await
                    .map_err(database)?
                    .iter()
                    .map(delegation_from)
                    .collect()
            }

            pub async fn approve_delegation(conn: &mut Conn, id: DelegationId, by: AccountId, now: i64) -> StoreResult<bool> {
                sqlx::query(
                    "UPDATE delegations SET approved_at = $1, approved_by = $2 \
                     WHERE id = $3 AND evidence IS NOT NULL AND approved_at IS NULL AND ended_at IS NULL \
                     AND created_by <> $2",
                )
                .bind(now)
                .bind(by.0)
                .bind(id.0)
                .execute(&mut *conn)
                .await
                .map(|done| done.rows_affected() == 1)
                .map_err(database)
            }

            pub async fn end_delegation(conn: &mut Conn, id: DelegationId, person: PersonId, by: AccountId, now: i64) -> StoreResult<bool> {
                sqlx::query(
                    "UPDATE delegations SET ended_at = $1, ended_by = $2 \
                     WHERE id = $3 AND person_id = $4 AND ended_at IS NULL",
                )
                .bind(now)
                .bind(by.0)
                .bind(id.0)
                .bind(person.0)
                .execute(&mut *conn)
                .await
                .map(|done| done.rows_affected() == 1)
                .map_err(database)
            }

            const REQUEST_COLUMNS: &str = "id, person_id, right_kind, channel, received_on, made_by, on_behalf, \
                 helped_by, about, wrong, should_say, contact, contact_detail, assigned_to, entry_id, statement_position";

            fn request_from(row: &DbRow) -> StoreResult<RightsRequest> {
                let read = || -> Result<RightsRequest, sqlx::Error> {
                    let right: String = row.try_get("right_kind")?;
                    let channel: String = row.try_get("channel")?;
                    let contact: String = row.try_get("contact")?;
                    Ok(RightsRequest {
                        id: RequestId(row.try_get("id")?),
                        details: NewRequest {
                            person: PersonId(row.try_get("person_id")?),
                            right: Right::from_key(&right).unwrap_or(Right::Access),
                            channel: Channel::from_key(&channel).unwrap_or(Channel::Portal),
                            received: row.try_get("received_on")?,
                            made_by: AccountId(row.try_get("made_by")?),
                            on_behalf: row.try_get("on_behalf")?,
                            helped_by: row.try_get("helped_by")?,
                            about: row.try_get("about")?,
                            wrong: row.try_get("wrong")?,
                            should_say: row.try_get("should_say")?,
                            statement: candour_store::request_rows::statement_ref(
                                row.try_get("entry_id")?,
                                row.try_get("statement_position")?,
                            ),
                            contact: ContactPreference::from_key(&contact).unwrap_or(ContactPreference::Portal),
                            contact_detail: row.try_get("contact_detail")?,
                        },
                        events: Vec::new(),
                        assigned_to: row.try_get::<Option<i64>, _>("assigned_to")?.map(AccountId),
                    })
                };
                read().map_err(|e| corrupt("rights_requests", e))
            }

            fn event_from(row: &DbRow) -> StoreResult<(i64, RequestEvent)> {
                let read = || -> Result<(i64, RequestEvent), sqlx::Error> {
                    let kind: String = row.try_get("kind")?;
                    Ok((
                        row.try_get("request_id")?,
                        RequestEvent {
                            kind: EventKind::from_key(&kind).unwrap_or(EventKind::Completed),
                            on: row.try_get("happened_on")?,
                            note: row.try_get("note")?,
                            by: AccountId(row.try_get("recorded_by")?),
                        },
                    ))
                };
                read().map_err(|e| corrupt("request_events", e))
            }

            /// The events of the requests `ids`, ordered by request, then as recorded.
            async fn events_of(conn: &mut Conn, ids: &[RequestId]) -> StoreResult<Vec<(i64, RequestEvent)>> {
                if ids.is_empty() {
                    return Ok(Vec::new());
                }
                // Request ids are integers, so listing them in the SQL text is safe.
                let ids = ids.iter().map(|id| id.0.to_string()).collect::<Vec<_>>().join(", ");
                sqlx::query(&format!(
                    "SELECT request_id, kind, happened_on, note, recorded_by FROM request_events \
                     WHERE request_id IN ({ids}) ORDER BY request_id, id"
                ))
                .fetch_all(&mut *conn)
                .await
                .map_err(database)?
                .iter()
                .map(event_from)
                .collect()
            }

            /// Attaches events (already ordered by request, then id) to their requests.
            fn attach(mut requests: Vec<RightsRequest>, events: Vec<(i64, RequestEvent)>) -> Vec<RightsRequest> {
                for (request, event) in events {
                    if let Some(r) = requests.iter_mut().find(|r| r.id.0 == request) {
                        r.events.push(event);
                    }
                }
                requests
            }

            pub async fn create_request(
                conn: &mut Conn,
                new: &NewRequest,
                due: Option<chrono::NaiveDate>,
                now: i64,
            ) -> StoreResult<RequestId> {
                sqlx::query_scalar(
                    "INSERT INTO rights_requests (person_id, right_kind, channel, received_on, made_by, on_behalf, \
                     helped_by, about, wrong, should_say, contact, contact_detail, created_at, entry_id, \
                     statement_position, due_on) \
                     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16) RETURNING id",
                )
                .bind(new.person.0)
                .bind(new.right.key())
                .bind(new.channel.key())
                .bind(new.received)
                .bind(new.made_by.0)
                .bind(new.on_behalf)
                .bind(&new.helped_by)
                .bind(&new.about)
                .bind(&new.wrong)
                .bind(&new.should_say)
                .bind(new.contact.key())
                .bind(&new.contact_detail)
                .bind(now)
                .bind(new.statement.map(|s| s.entry.0))
                .bind(new.statement.and_then(|s| i64::try_from(s.position).ok()))
                .bind(due)
                .fetch_one(&mut *conn)
                .await
                .map(RequestId)
                .map_err(database)
            }

            pub async fn request(conn: &mut Conn, id: RequestId) -> StoreResult<Option<RightsRequest>> {
                let sql = format!("SELECT {REQUEST_COLUMNS} FROM rights_requests WHERE id = $1");
                let Some(row) = sqlx::query(&sql).bind(id.0).fetch_optional(&mut *conn).await.map_err(database)? else {
                    return Ok(None);
                };
                let request = request_from(&row)?;
                let events = events_of(&mut *conn, &[request.id]).await?;
                Ok(attach(vec![request], events).pop())
            }

            pub async fn request_of(conn: &mut Conn, person: PersonId, id: RequestId) -> StoreResult<Option<RightsRequest>> {
                let sql = format!("SELECT {REQUEST_COLUMNS} FROM rights_requests WHERE id = $1 AND person_id = $2");
                let Some(row) = sqlx::query(&sql)
                    .bind(id.0)
                    .bind(person.0)
                    .fetch_optional(&mut *conn)
                    .await
                    .map_err(database)?
                else {
                    return Ok(None);
                };
                let request = request_from(&row)?;
                let events = events_of(&mut *conn, &[request.id]).await?;
                Ok(attach(vec![request], events).pop())
            }

            pub async fn requests_for_person(conn: &mut Conn, person: PersonId) -> StoreResult<Vec<RightsRequest>> {
                let sql = format!("SELECT {REQUEST_COLUMNS} FROM rights_requests WHERE person_id = $1 ORDER BY id DESC");
                let requests = sqlx::query(&sql)
                    .bind(person.0)
                    .fetch_all(&mut *conn)
                    .await
                    .map_err(database)?
                    .iter()
                    .map(request_from)
                    .collect::<StoreResult<Vec<_>>>()?;
                let ids: Vec<RequestId> = requests.iter().map(|r| r.id).collect();
                let events = events_of(&mut *conn, &ids).await?;
                Ok(attach(requests, events))
            }

            pub async fn open_requests(conn: &mut Conn) -> StoreResult<Vec<RightsRequest>> {
                use candour_store::request_rows::{
                    EVENT_JSON_KEYS, REQUEST_JSON_KEYS, json_object_arguments, requests_from_json,
                };
                let requests_sql = format!(
                    "SELECT {} FROM rights_requests r WHERE r.closed_at IS NULL",
                    format!($json_rows, json_object_arguments(REQUEST_JSON_KEYS, "r"))
                );
                let events_sql = format!(
                    "SELECT {} FROM request_events e JOIN rights_requests r ON r.id = e.request_id \
                     WHERE r.closed_at IS NULL",
                    format!($json_rows, json_object_arguments(EVENT_JSON_KEYS, "e"))
                );
                let requests: String = sqlx::query_scalar(&requests_sql).fetch_one(&mut *conn).await.map_err(database)?;
                let events: String = sqlx::query_scalar(&events_sql).fetch_one(&mut *conn).await.map_err(database)?;
                requests_from_json(&requests, &events)
            }

            /// The `WHERE` clause for `query` over `rights_requests r`, and its parameters in order.
            fn queue_filter(query: &candour_store::queue::QueueQuery) -> (String, Vec<QueueParameter>) {
                use candour_store::queue::AssignedTo;
                let mut clauses = vec!["r.closed_at IS NULL".to_owned()];
                if query.assigned == AssignedTo::Nobody {
                    clauses.push("r.assigned_to IS NULL".to_owned());
                }
                let mut parameters = Vec::new();
                let mut add = |clause: &str, parameter: QueueParameter| {
                    parameters.push(parameter);
                    clauses.push(clause.replace('?', &format!("${}", parameters.len())));
                };
                if let Some(right) = query.right {
                    add("r.right_kind = ?", QueueParameter::Text(right.key()));
                }
                if let AssignedTo::Account(account) = query.assigned {
                    add("r.assigned_to = ?", QueueParameter::Number(account.0));
                }
                if let Some(from) = query.due_from {
                    add("r.due_on >= ?", QueueParameter::Date(from));
                }
                if let Some(until) = query.due_until {
                    add("r.due_on <= ?", QueueParameter::Date(until));
                }
                (clauses.join(" AND "), parameters)
            }

            /// A value bound into a queue query.
            enum QueueParameter {
                Text(&'static str),
                Number(i64),
                Date(chrono::NaiveDate),
            }

            /// Binds `parameters` in order (for `query` and `query_scalar` alike).
            macro_rules! bind_queue_parameters {
                ($query:expr, $parameters:expr) => {{
                    let mut query = $query;
                    for parameter in $parameters {
                        query = match parameter {
                            QueueParameter::Text(text) => query.bind(*text),
                            QueueParameter::Number(number) => query.bind(*number),
                            QueueParameter::Date(date) => query.bind(*date),
                        };
                    }
                    query
                }};
            }

            pub async fn request_queue(
                conn: &mut Conn,
                query: &candour_store::queue::QueueQuery,
                offset: u64,
                limit: u32,
            ) -> StoreResult<candour_store::queue::QueuePage> {
                let (filter, parameters) = queue_filter(query);
                let count_sql = format!("SELECT COUNT(*) FROM rights_requests r WHERE {filter}");
                let total: i64 = bind_queue_parameters!(sqlx::query_scalar(&count_sql), &parameters)
                    .fetch_one(&mut *conn)
                    .await
                    .map_err(database)?;
                // Soonest due first, the clock stopped last (NULLS LAST, written so both
                // backends read it the same), then the oldest. The partial index
                // `rights_requests_queue` finds the open requests; the database then sorts
                // only their small keys for the page (10,000 open: p95 11.5 ms, README).
                let page_sql = format!(
                    "SELECT {REQUEST_COLUMNS}, due_on FROM rights_requests r WHERE {filter} \
                     ORDER BY (r.due_on IS NULL), r.due_on, r.id LIMIT {limit} OFFSET {offset}"
                );
                let rows = bind_queue_parameters!(sqlx::query(&page_sql), &parameters)
                    .fetch_all(&mut *conn)
                    .await
                    .map_err(database)?;
                let mut requests = Vec::with_capacity(rows.len());
                let mut dues = Vec::with_capacity(rows.len());
                for row in &rows {
                    requests.push(request_from(row)?);
                    dues.push(
                        row.try_get::<Option<chrono::NaiveDate>, _>("due_on")
                            .map_err(|e| corrupt("rights_requests", e))?,
                    );
                }
                let ids: Vec<RequestId> = requests.iter().map(|r| r.id).collect();
                let events = events_of(&mut *conn, &ids).await?;
                requests = attach(requests, events);
                Ok(candour_store::queue::QueuePage {
                    total: u64::try_from(total).unwrap_or_default(),
                    requests: requests.into_iter().zip(dues).collect(),
                })
            }

            pub async fn set_due_dates(
                conn: &mut Conn,
                dues: &[(RequestId, Option<chrono::NaiveDate>)],
            ) -> StoreResult<u64> {
                // One read of what is stored, then a write only where it differs: at start-up
                // nearly every date is unchanged.
                let stored: std::collections::HashMap<i64, Option<chrono::NaiveDate>> =
                    sqlx::query_as("SELECT id, due_on FROM rights_requests WHERE closed_at IS NULL")
                        .fetch_all(&mut *conn)
                        .await
                        .map_err(database)?
                        .into_iter()
                        .collect();
                let mut changed = 0;
                for (id, due) in dues {
                    // Unchanged, or closed (not in `stored`): nothing to write.
                    if stored.get(&id.0).is_none_or(|now| now == due) {
                        continue;
                    }
                    changed += sqlx::query("UPDATE rights_requests SET due_on = $1 WHERE id = $2")
                        .bind(*due)
                        .bind(id.0)
                        .execute(&mut *conn)
                        .await
                        .map_err(database)?
                        .rows_affected();
                }
                Ok(changed)
            }

            pub async fn add_request_event(
                conn: &mut Conn,
                id: RequestId,
                event: &RequestEvent,
                due: Option<chrono::NaiveDate>,
                now: i64,
            ) -> StoreResult<()> {
                add_request_event_on(conn, id, event, due, now).await
            }

            pub async fn save_disagreement(
                conn: &mut Conn,
                person: PersonId,
                disagreement: &candour_domain::rectification::Disagreement,
                by: AccountId,
                now: i64,
            ) -> StoreResult<()> {
                sqlx::query(
                    "INSERT INTO disagreements (request_id, person_id, entry_id, statement_position, text, added_on, \
                     added_by, added_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8) \
                     ON CONFLICT (request_id) DO UPDATE SET text = excluded.text, added_on = excluded.added_on, \
                     added_by = excluded.added_by, added_at = excluded.added_at",
                )
                .bind(disagreement.request.0)
                .bind(person.0)
                .bind(disagreement.statement.map(|s| s.entry.0))
                .bind(disagreement.statement.and_then(|s| i64::try_from(s.position).ok()))
                .bind(&disagreement.text)
                .bind(disagreement.added_on)
                .bind(by.0)
                .bind(now)
                .execute(&mut *conn)
                .await
                .map(|_| ())
                .map_err(database)
            }

            pub async fn disagreements_for_person(
                conn: &mut Conn,
                person: PersonId,
            ) -> StoreResult<Vec<candour_domain::rectification::Disagreement>> {
                sqlx::query(
                    "SELECT request_id, entry_id, statement_position, text, added_on FROM disagreements \
                     WHERE person_id = $1 ORDER BY request_id",
                )
                .bind(person.0)
                .fetch_all(&mut *conn)
                .await
                .map_err(database)?
                .iter()
                .map(|row| {
                    let read = || -> Result<candour_domain::rectification::Disagreement, sqlx::Error> {
                        Ok(candour_domain::rectification::Disagreement {
                            request: RequestId(row.try_get("request_id")?),
                            statement: candour_store::request_rows::statement_ref(
                                row.try_get("entry_id")?,
                                row.try_get("statement_position")?,
                            ),
                            text: row.try_get("text")?,
                            added_on: row.try_get("added_on")?,
                        })
                    };
                    read().map_err(|e| corrupt("disagreements", e))
                })
                .collect()
            }

            /// Adds a request event on a connection already in a transaction and stores the
            /// request's due date; completing or refusing closes the request.
            async fn add_request_event_on(
                conn: &mut Conn,
                id: RequestId,
                event: &RequestEvent,
                due: Option<chrono::NaiveDate>,
                now: i64,
            ) -> StoreResult<()> {
                sqlx::query(
                    "INSERT INTO request_events (request_id, kind, happened_on, note, recorded_by, recorded_at) \
                     VALUES ($1, $2, $3, $4, $5, $6)",
                )
                .bind(id.0)
                .bind(event.kind.key())
                .bind(event.on)
                .bind(&event.note)
                .bind(event.by.0)
                .bind(now)
                .execute(&mut *conn)
                .await
                .map_err(database)?;
                let closes = matches!(event.kind, EventKind::Completed | EventKind::Refused);
                sqlx::query(
                    "UPDATE rights_requests SET due_on = $1, \
                     closed_at = CASE WHEN $2 THEN $3 ELSE closed_at END WHERE id = $4",
                )
                .bind(due)
                .bind(closes)
                .bind(now)
                .bind(id.0)
                .execute(&mut *conn)
                .await
                .map_err(database)?;
                Ok(())
            }

            pub async fn assign_request(conn: &mut Conn, id: RequestId, to: Option<AccountId>) -> StoreResult<bool> {
                sqlx::query("UPDATE rights_requests SET assigned_to = $1 WHERE id = $2 AND closed_at IS NULL")
                    .bind(to.map(|a| a.0))
                    .bind(id.0)
                    .execute(&mut *conn)
                    .await
                    .map(|done| done.rows_affected() == 1)
                    .map_err(database)
            }

            pub async fn queue_email(conn: &mut Conn, email: &OutgoingEmail, now: i64) -> StoreResult<()> {
                sqlx::query("INSERT INTO email_outbox (to_address, subject, body, created_at) VALUES ($1, $2, $3, $4)")
                    .bind(&email.to)
                    .bind(&email.subject)
                    .bind(&email.body)
                    .bind(now)
                    .execute(&mut *conn)
                    .await
                    .map(|_| ())
                    .map_err(database)
            }

            pub async fn emails_to_send(conn: &mut Conn, max_attempts: u32, limit: u32) -> StoreResult<Vec<(i64, OutgoingEmail)>> {
                sqlx::query(
                    "SELECT id, to_address, subject, body FROM email_outbox \
                     WHERE sent_at IS NULL AND attempts < $1 ORDER BY id LIMIT $2",
                )
                .bind(i64::from(max_attempts))
                .bind(i64::from(limit))
                .fetch_all(&mut *conn)
                .await
                .map_err(database)?
                .iter()
                .map(|row| {
                    let read = || -> Result<(i64, OutgoingEmail), sqlx::Error> {
                        Ok((
                            row.try_get("id")?,
                            OutgoingEmail {
                                to: row.try_get("to_address")?,
                                subject: row.try_get("subject")?,
                                body: row.try_get("body")?,
                            },
                        ))
                    };
                    read().map_err(|e| corrupt("email_outbox", e))
                })
                .collect()
            }

            pub async fn email_sent(conn: &mut Conn, id: i64, now: i64) -> StoreResult<()> {
                sqlx::query("UPDATE email_outbox SET sent_at = $1, attempts = attempts + 1, last_error = NULL WHERE id = $2")
                    .bind(now)
                    .bind(id)
                    .execute(&mut *conn)
                    .await
                    .map(|_| ())
                    .map_err(database)
            }

            pub async fn email_failed(conn: &mut Conn, id: i64, error: &str) -> StoreResult<()> {
                sqlx::query("UPDATE email_outbox SET attempts = attempts + 1, last_error = $1 WHERE id = $2")
                    .bind(error)
                    .bind(id)
                    .execute(&mut *conn)
                    .await
                    .map(|_| ())
                    .map_err(database)
            }

            pub async fn save_draft(conn: &mut Conn, session_hash: &str, answers: &str, now: i64) -> StoreResult<()> {
                sqlx::query(
                    "INSERT INTO request_drafts (session_hash, answers, updated_at) VALUES ($1, $2, $3) \
                     ON CONFLICT (session_hash) DO UPDATE SET answers = excluded.answers, updated_at = excluded.updated_at",
                )
                .bind(session_hash)
                .bind(answers)
                .bind(now)
                .execute(&mut *conn)
                .await
                .map(|_| ())
                .map_err(database)
            }

            pub async fn draft(conn: &mut Conn, session_hash: &str) -> StoreResult<Option<String>> {
                sqlx::query_scalar("SELECT answers FROM request_drafts WHERE session_hash = $1")
                    .bind(session_hash)
                    .fetch_optional(&mut *conn)
                    .await
                    .map_err(database)
            }

            pub async fn clear_draft(conn: &mut Conn, session_hash: &str) -> StoreResult<()> {
                sqlx::query("DELETE FROM request_drafts WHERE session_hash = $1")
                    .bind(session_hash)
                    .execute(&mut *conn)
                    .await
                    .map(|_| ())
                    .map_err(database)
            }

            const ENTRY_COLUMNS: &str = "id, person_id, source_id, kind, title, summary, team, author_role, event_date, \
                 written_date, checked_on, statements, withheld, checked_by";

            fn entry_from(row: &DbRow) -> StoreResult<Entry> {
                let read = || -> Result<Entry, sqlx::Error> {
                    let kind: String = row.try_get("kind")?;
                    let statements: String = row.try_get("statements")?;
                    let withheld: Option<String> = row.try_get("withheld")?;
                    Ok(Entry {
                        id: EntryId(row.try_get("id")?),
                        details: NewEntry {
                            person: PersonId(row.try_get("person_id")?),
                            source_id: row.try_get("source_id")?,
                            kind: EntryKind::from_key(&kind).unwrap_or(EntryKind::CaseNote),
                            title: row.try_get("title")?,
                            summary: row.try_get("summary")?,
                            team: row.try_get("team")?,
                            author_role: row.try_get("author_role")?,
                            event_date: row.try_get("event_date")?,
                            written_date: row.try_get("written_date")?,
                            checked_on: row.try_get("checked_on")?,
                            statements: serde_json::from_str(&statements).unwrap_or_default(),
                            withheld: withheld.and_then(|w| serde_json::from_str(&w).ok()),
                        },
                        checked_by: row.try_get::<Option<i64>, _>("checked_by")?.map(AccountId),
                    })
                };
                read().map_err(|e| corrupt("record_entries", e))
            }

            pub async fn mark_entry_checked(
                conn: &mut Conn,
                person: PersonId,
                id: EntryId,
                on: chrono::NaiveDate,
                by: AccountId,
            ) -> StoreResult<bool> {
                sqlx::query("UPDATE record_entries SET checked_on = $1, checked_by = $2 WHERE id = $3 AND person_id = $4")
                    .bind(on)
                    .bind(by.0)
                    .bind(id.0)
                    .bind(person.0)
                    .execute(&mut *conn)
                    .await
                    .map(|done| done.rows_affected() == 1)
                    .map_err(database)
            }

            pub async fn entries_due_for_check(
                conn: &mut Conn,
                checked_before: chrono::NaiveDate,
                offset: u32,
                limit: u32,
            ) -> StoreResult<(Vec<Entry>, u64)> {
                let sql = format!(
                    "SELECT {ENTRY_COLUMNS} FROM record_entries WHERE checked_on IS NULL OR checked_on < $1 \
                     ORDER BY (checked_on IS NOT NULL), checked_on, id LIMIT $2 OFFSET $3"
                );
                let entries = sqlx::query(&sql)
                    .bind(checked_before)
                    .bind(i64::from(limit))
                    .bind(i64::from(offset))
                    .fetch_all(&mut *conn)
                    .await
                    .map_err(database)?
                    .iter()
                    .map(entry_from)
                    .collect::<StoreResult<Vec<_>>>()?;
                let total: i64 = sqlx::query_scalar(
                    "SELECT COUNT(*) FROM record_entries WHERE checked_on IS NULL OR checked_on < $1",
                )
                .bind(checked_before)
                .fetch_one(&mut *conn)
                .await
                .map_err(database)?;
                Ok((entries, u64::try_from(total).unwrap_or(0)))
            }

            /// What search looks in: the title and the text of statements the person may see.
            fn search_text(entry: &NewEntry) -> String {
                let mut text = entry.title.to_lowercase();
                if entry.withheld.is_none() {
                    if let Some(summary) = &entry.summary {
                        text.push(' ');
                        text.push_str(&summary.to_lowercase());
                    }
                    for statement in entry.statements.iter().filter(|s| s.withheld.is_none()) {
                        text.push(' ');
                        text.push_str(&statement.text.to_lowercase());
                    }
                }
                text
            }

            /// What an upsert did to an entry.
            #[derive(Clone, Copy, PartialEq, Eq)]
            enum Change {
                Added,
                Changed,
                Unchanged,
            }

            pub async fn upsert_entry(conn: &mut Conn, entry: &NewEntry, now: i64) -> StoreResult<EntryId> {
                let (id, _) = upsert_entry_on(conn, entry, now).await?;
                Ok(id)
            }

            /// Adds or replaces an entry on a connection already in a transaction, keeping the
            /// earlier version when it changed. The accuracy check date kept is the later of the
            /// case system's and Candour's own, so a check made in Candour is not undone by the
            /// next import (and who checked is forgotten when the case system's date wins).
            async fn upsert_entry_on(conn: &mut Conn, entry: &NewEntry, now: i64) -> StoreResult<(EntryId, Change)> {
                let sql = format!("SELECT {ENTRY_COLUMNS} FROM record_entries WHERE person_id = $1 AND source_id = $2");
                let existing = sqlx::query(&sql)
                    .bind(entry.person.0)
                    .bind(&entry.source_id)
                    .fetch_optional(&mut *conn)
                    .await
                    .map_err(database)?
                    .as_ref()
                    .map(entry_from)
                    .transpose()?;
                let mut incoming = entry.clone();
                if let Some(old) = &existing {
                    incoming.checked_on = match (old.details.checked_on, entry.checked_on) {
                        (Some(ours), Some(theirs)) => Some(ours.max(theirs)),
                        (ours, theirs) => ours.or(theirs),
                    };
                }
                let change = match &existing {
                    None => Change::Added,
                    Some(old) if old.details == incoming => Change::Unchanged,
                    Some(_) => Change::Changed,
                };
                if let (Some(old), Change::Changed) = (&existing, change) {
                    sqlx::query("INSERT INTO record_entry_versions (entry_id, entry, replaced_at) VALUES ($1, $2, $3)")
                        .bind(old.id.0)
                        .bind(json(&old.details)?)
                        .bind(now)
                        .execute(&mut *conn)
                        .await
                        .map_err(database)?;
                }
                if let (Some(old), Change::Unchanged) = (&existing, change) {
                    return Ok((old.id, change));
                }
                let checked_by = existing
                    .as_ref()
                    .filter(|old| old.details.checked_on == incoming.checked_on)
                    .and_then(|old| old.checked_by)
                    .map(|a| a.0);
                let id: i64 = sqlx::query_scalar(
                    "INSERT INTO record_entries (person_id, source_id, kind, title, summary, team, author_role, event_date, \
                     written_date, checked_on, statements, withheld, search_text, updated_at, checked_by, \
                     shown_to_person) \
                     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16) \
                     ON CONFLICT (person_id, source_id) DO UPDATE SET kind = excluded.kind, title = excluded.title, \
                     summary = excluded.summary, team = excluded.team, author_role = excluded.author_role, \
                     event_date = excluded.event_date, written_date = excluded.written_date, \
                     checked_on = excluded.checked_on, statements = excluded.statements, withheld = excluded.withheld, \
                     search_text = excluded.search_text, updated_at = excluded.updated_at, \
                     checked_by = excluded.checked_by, shown_to_person = excluded.shown_to_person RETURNING id",
                )
                .bind(incoming.person.0)
                .bind(&incoming.source_id)
                .bind(incoming.kind.key())
                .bind(&incoming.title)
                .bind(&incoming.summary)
                .bind(&incoming.team)
                .bind(&incoming.author_role)
                .bind(incoming.event_date)
                .bind(incoming.written_date)
                .bind(incoming.checked_on)
                .bind(json(&incoming.statements)?)
                .bind(incoming.withheld.as_ref().map(json).transpose()?)
                .bind(search_text(&incoming))
                .bind(now)
                .bind(checked_by)
                .bind(i64::from(candour_domain::record::shown_at_all(&incoming)))
                .fetch_one(&mut *conn)
                .await
                .map_err(database)?;
                Ok((EntryId(id), change))
            }

            pub async fn import(
                conn: &mut Conn,
                batch: &candour_domain::ingest::Batch,
                organisation: &str,
                now: i64,
            ) -> StoreResult<Result<candour_store::records::ImportSummary, Vec<candour_domain::ingest::Problem>>> {
                use candour_domain::ingest::Problem;
                let mut summary = candour_store::records::ImportSummary::default();
                let mut problems = Vec::new();
                // A savepoint: a batch with problems is undone here, leaving the caller's
                // transaction as it was.
                let mut tx = sqlx::Connection::begin(&mut *conn).await.map_err(database)?;
                let mut ids: std::collections::HashMap<String, i64> = std::collections::HashMap::new();
                for (i, person) in batch.people.iter().enumerate() {
                    let row = candour_store::row::PersonRow::from_details(person)?;
                    let found: Option<(i64, Option<String>)> =
                        sqlx::query_as("SELECT id, organisation FROM people WHERE source_id = $1")
                            .bind(&row.source_id)
                            .fetch_optional(&mut *tx)
                            .await
                            .map_err(database)?;
                    match found {
                        Some((_, owner)) if owner.as_deref() != Some(organisation) => {
                            problems.push(Problem {
                                path: format!("$.people[{i}].source_id"),
                                message: "belongs to a record your organisation does not hold, so it cannot be changed".to_owned(),
                            });
                        }
                        Some((id, _)) => {
                            let sql = format!(
                                "UPDATE people SET given_name = $1, family_name = $2, date_of_birth = $3, \
                                 preferred_locale = $4, communication_needs = $5{JSONB}, closed_on = $6, \
                                 retention_class = $7, nhs_number = $8, allocated_worker = $9{JSONB} WHERE id = $10"
                            );
                            sqlx::query(&sql)
                                .bind(&row.given_name)
                                .bind(&row.family_name)
                                .bind(row.date_of_birth)
                                .bind(&row.preferred_locale)
                                .bind(&row.communication_needs)
                                .bind(row.closed_on)
                                .bind(&row.retention_class)
                                .bind(&row.nhs_number)
                                .bind(&row.allocated_worker)
                                .bind(id)
                                .execute(&mut *tx)
                                .await
                                .map_err(database)?;
                            summary.people_updated += 1;
                            ids.insert(row.source_id.clone(), id);
                        }
                        None => {
                            let sql = format!(
                                "INSERT INTO people (source_id, given_name, family_name, date_of_birth, preferred_locale, \
                                 communication_needs, closed_on, retention_class, nhs_number, allocated_worker, organisation) \
                                 VALUES ($1, $2, $3, $4, $5, $6{JSONB}, $7, $8, $9, $10{JSONB}, $11) RETURNING id"
                            );
                            let id: i64 = sqlx::query_scalar(&sql)
                                .bind(&row.source_id)
                                .bind(&row.given_name)
                                .bind(&row.family_name)
                                .bind(row.date_of_birth)
                                .bind(&row.preferred_locale)
                                .bind(&row.communication_needs)
                                .bind(row.closed_on)
                                .bind(&row.retention_class)
                                .bind(&row.nhs_number)
                                .bind(&row.allocated_worker)
                                .bind(organisation)
                                .fetch_one(&mut *tx)
                                .await
                                .map_err(database)?;
                            summary.people_added += 1;
                            ids.insert(row.source_id.clone(), id);
                        }
                    }
                }
                for (j, incoming) in batch.entries.iter().enumerate() {
                    let path = format!("$.entries[{j}].person_source_id");
                    let person = match person_in_organisation(&mut *tx, &mut ids, &incoming.person_source_id, organisation, path).await? {
                        Ok(person) => person,
                        Err(problem) => {
                            problems.push(problem);
                            continue;
                        }
                    };
                    if !problems.is_empty() {
                        continue;
                    }
                    let entry = NewEntry {
                        person: PersonId(person),
                        ..incoming.entry.clone()
                    };
                    match upsert_entry_on(&mut *tx, &entry, now).await?.1 {
                        Change::Added => summary.entries_added += 1,
                        Change::Changed => summary.entries_changed += 1,
                        Change::Unchanged => summary.entries_unchanged += 1,
                    }
                }
                // Consents before shares, so a share is checked against the consent as it now
                // stands, with what this batch says of it.
                for (c, incoming) in batch.consents.iter().enumerate() {
                    let path = format!("$.consents[{c}].person_source_id");
                    match person_in_organisation(&mut *tx, &mut ids, &incoming.person_source_id, organisation, path).await? {
                        Ok(person) if problems.is_empty() => {
                            save_consent_on(&mut *tx, PersonId(person), &incoming.consent, now).await?;
                            summary.consents_saved += 1;
                        }
                        Ok(_) => {}
                        Err(problem) => problems.push(problem),
                    }
                }
                // Each person's entry ids, read once per person in the batch (entries sent in
                // this batch are already written above).
                let mut held: std::collections::HashMap<i64, std::collections::HashSet<String>> =
                    std::collections::HashMap::new();
                let mut consents: std::collections::HashMap<i64, Vec<candour_domain::consent::ConsentOnRecord>> =
                    std::collections::HashMap::new();
                for (k, incoming) in batch.sharing.iter().enumerate() {
                    let path = format!("$.sharing[{k}].person_source_id");
                    let person = match person_in_organisation(&mut *tx, &mut ids, &incoming.person_source_id, organisation, path).await? {
                        Ok(person) => person,
                        Err(problem) => {
                            problems.push(problem);
                            continue;
                        }
                    };
                    if !incoming.sharing.entries.is_empty() && !held.contains_key(&person) {
                        let ids: Vec<String> =
                            sqlx::query_scalar("SELECT source_id FROM record_entries WHERE person_id = $1")
                                .bind(person)
                                .fetch_all(&mut *tx)
                                .await
                                .map_err(database)?;
                        held.insert(person, ids.into_iter().collect());
                    }
                    let entries = held.get(&person);
                    for (e, entry) in incoming.sharing.entries.iter().enumerate() {
                        if !entries.is_some_and(|ids| ids.contains(entry)) {
                            problems.push(Problem {
                                path: format!("$.sharing[{k}].entries[{e}]"),
                                message: "is not an entry of this person's record; send it in entries first".to_owned(),
                            });
                        }
                    }
                    // UK GDPR Art 7(3): nothing more is shared on a consent from the day it is
                    // withdrawn. A consent Candour was never sent is not refused (see
                    // `candour_domain::consent`).
                    if let Some(named) = &incoming.sharing.consent {
                        if !consents.contains_key(&person) {
                            consents.insert(person, consents_on_record(&mut *tx, PersonId(person)).await?);
                        }
                        let stopped = consents.get(&person).is_some_and(|held| {
                            held.iter().any(|c| {
                                c.consent.source_id == *named && !c.in_force_on(incoming.sharing.shared_on)
                            })
                        });
                        if stopped {
                            let problem = candour_domain::sharing::SharingProblem::ConsentNotInForce;
                            problems.push(Problem {
                                path: format!("$.sharing[{k}].{}", problem.field()),
                                message: problem.message().to_owned(),
                            });
                        }
                    }
                    if problems.is_empty() {
                        save_sharing_on(&mut *tx, PersonId(person), &incoming.sharing, now).await?;
                        summary.sharing_saved += 1;
                    }
                }
                for (a, incoming) in batch.access_events.iter().enumerate() {
                    let path = format!("$.access_events[{a}].person_source_id");
                    let person = match person_in_organisation(&mut *tx, &mut ids, &incoming.person_source_id, organisation, path).await? {
                        Ok(person) => person,
                        Err(problem) => {
                            problems.push(problem);
                            continue;
                        }
                    };
                    let view = &incoming.view;
                    let entry = match &view.entry {
                        None => None,
                        Some(source) => {
                            let found: Option<i64> = sqlx::query_scalar(
                                "SELECT id FROM record_entries WHERE person_id = $1 AND source_id = $2",
                            )
                            .bind(person)
                            .bind(source)
                            .fetch_optional(&mut *tx)
                            .await
                            .map_err(database)?;
                            if found.is_none() {
                                problems.push(Problem {
                                    path: format!("$.access_events[{a}].entry"),
                                    message: "is not an entry of this person's record; send it in entries first".to_owned(),
                                });
                                continue;
                            }
                            found.map(EntryId)
                        }
                    };
                    if !problems.is_empty() {
                        continue;
                    }
                    let added = sqlx::query(
                        "INSERT INTO received_access_events (organisation, source_id, person_id, staff_organisation, received_at) \
                         VALUES ($1, $2, $3, $4, $5) ON CONFLICT (organisation, source_id) DO NOTHING",
                    )
                    .bind(organisation)
                    .bind(&view.source_id)
                    .bind(person)
                    .bind(view.organisation.as_deref().unwrap_or(organisation))
                    .bind(now)
                    .execute(&mut *tx)
                    .await
                    .map_err(database)?
                    .rows_affected();
                    if added == 1 {
                        summary.access_events_added += 1;
                        summary.views.push(candour_store::records::ReceivedView {
                            index: a,
                            person: PersonId(person),
                            entry,
                        });
                    } else {
                        summary.access_events_repeated += 1;
                    }
                }
                if !problems.is_empty() {
                    tx.rollback().await.map_err(database)?;
                    return Ok(Err(problems));
                }
                tx.commit().await.map_err(database)?;
                Ok(Ok(summary))
            }

            /// The id of the person the case system calls `source_id`, if `organisation` sent
            /// them (remembered in `ids` for the rest of the batch); otherwise the problem, at
            /// `path`.
            async fn person_in_organisation(
                conn: &mut Conn,
                ids: &mut std::collections::HashMap<String, i64>,
                source_id: &str,
                organisation: &str,
                path: String,
            ) -> StoreResult<Result<i64, candour_domain::ingest::Problem>> {
                if let Some(id) = ids.get(source_id) {
                    return Ok(Ok(*id));
                }
                let found: Option<i64> =
                    sqlx::query_scalar("SELECT id FROM people WHERE source_id = $1 AND organisation = $2")
                        .bind(source_id)
                        .bind(organisation)
                        .fetch_optional(&mut *conn)
                        .await
                        .map_err(database)?;
                if let Some(id) = found {
                    ids.insert(source_id.to_owned(), id);
                }
                Ok(found.ok_or_else(|| candour_domain::ingest::Problem {
                    path,
                    message: "is not a person your organisation has sent; send them in people first".to_owned(),
                }))
            }

            pub async fn save_sharing(
                conn: &mut Conn,
                person: PersonId,
                sharing: &candour_domain::sharing::Sharing,
                now: i64,
            ) -> StoreResult<()> {
                save_sharing_on(conn, person, sharing, now).await
            }

            /// Adds a share, or replaces the one the case system sent before with the same id.
            async fn save_sharing_on(
                conn: &mut Conn,
                person: PersonId,
                sharing: &candour_domain::sharing::Sharing,
                now: i64,
            ) -> StoreResult<()> {
                use candour_domain::sharing::Telling;
                let (told_on, not_told_reason, review_on) = match &sharing.telling {
                    Telling::Told { on } => (Some(*on), None, None),
                    Telling::NotYet { reason, review_on } => (None, Some(reason.as_str()), Some(*review_on)),
                };
                sqlx::query(
                    "INSERT INTO sharing_events (person_id, source_id, shared_on, recipient_organisation, \
                     recipient_role, information, entries, purpose, lawful_basis, authority, consent_ref, \
                     approved_by, told_on, not_told_reason, review_on, imported_at) \
                     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16) \
                     ON CONFLICT (person_id, source_id) DO UPDATE SET shared_on = excluded.shared_on, \
                     recipient_organisation = excluded.recipient_organisation, recipient_role = excluded.recipient_role, \
                     information = excluded.information, entries = excluded.entries, purpose = excluded.purpose, \
                     lawful_basis = excluded.lawful_basis, authority = excluded.authority, \
                     consent_ref = excluded.consent_ref, approved_by = excluded.approved_by, \
                     told_on = excluded.told_on, not_told_reason = excluded.not_told_reason, \
                     review_on = excluded.review_on, imported_at = excluded.imported_at",
                )
                .bind(person.0)
                .bind(&sharing.source_id)
                .bind(sharing.shared_on)
                .bind(&sharing.recipient_organisation)
                .bind(&sharing.recipient_role)
                .bind(&sharing.information)
                .bind(json(&sharing.entries)?)
                .bind(&sharing.purpose)
                .bind(sharing.basis.key())
                .bind(sharing.authority.map(|a| a.key()))
                .bind(&sharing.consent)
                .bind(&sharing.approved_by)
                .bind(told_on)
                .bind(not_told_reason)
                .bind(review_on)
                .bind(now)
                .execute(&mut *conn)
                .await
                .map(|_| ())
                .map_err(database)
            }

            pub async fn save_share_draft(conn: &mut Conn, session_hash: &str, person: PersonId, answers: &str, now: i64) -> StoreResult<()> {
                sqlx::query(
                    "INSERT INTO share_drafts (session_hash, person_id, answers, updated_at) VALUES ($1, $2, $3, $4) \
                     ON CONFLICT (session_hash, person_id) DO UPDATE SET answers = excluded.answers, updated_at = excluded.updated_at",
                )
                .bind(session_hash)
                .bind(person.0)
                .bind(answers)
                .bind(now)
                .execute(&mut *conn)
                .await
                .map(|_| ())
                .map_err(database)
            }

            pub async fn share_draft(conn: &mut Conn, session_hash: &str, person: PersonId) -> StoreResult<Option<String>> {
                sqlx::query_scalar("SELECT answers FROM share_drafts WHERE session_hash = $1 AND person_id = $2")
                    .bind(session_hash)
                    .bind(person.0)
                    .fetch_optional(&mut *conn)
                    .await
                    .map_err(database)
            }

            pub async fn clear_share_draft(conn: &mut Conn, session_hash: &str, person: PersonId) -> StoreResult<()> {
                sqlx::query("DELETE FROM share_drafts WHERE session_hash = $1 AND person_id = $2")
                    .bind(session_hash)
                    .bind(person.0)
                    .execute(&mut *conn)
                    .await
                    .map(|_| ())
                    .map_err(database)
            }

            pub async fn sharing_for_person(conn: &mut Conn, person: PersonId) -> StoreResult<Vec<candour_domain::sharing::Sharing>> {
                Ok(shares_with_ids(conn, person).await?.into_iter().map(|(_, sharing)| sharing).collect())
            }

            /// The columns [`sharing_from`] reads, of `sharing_events` named `s`.
            const SHARE_COLUMNS: &str = "s.id, s.source_id, s.shared_on, s.recipient_organisation, s.recipient_role, \
                 s.information, s.entries, s.purpose, s.lawful_basis, s.authority, s.consent_ref, s.approved_by, \
                 s.told_on, s.not_told_reason, s.review_on";

            /// A share and its number, from a row of [`SHARE_COLUMNS`].
            fn sharing_from(row: &DbRow) -> StoreResult<(i64, candour_domain::sharing::Sharing)> {
                use candour_domain::sharing::{Authority, LawfulBasis, Sharing, Telling};
                let read = || -> Result<(i64, Sharing), String> {
                    let get = |e: sqlx::Error| e.to_string();
                    let entries: String = row.try_get("entries").map_err(get)?;
                    let basis: String = row.try_get("lawful_basis").map_err(get)?;
                    let authority: Option<String> = row.try_get("authority").map_err(get)?;
                    let told_on: Option<chrono::NaiveDate> = row.try_get("told_on").map_err(get)?;
                    let reason: Option<String> = row.try_get("not_told_reason").map_err(get)?;
                    let review_on: Option<chrono::NaiveDate> = row.try_get("review_on").map_err(get)?;
                    let telling = match (told_on, reason, review_on) {
                        (Some(on), _, _) => Telling::Told { on },
                        (None, Some(reason), Some(review_on)) => Telling::NotYet { reason, review_on },
                        _ => return Err("neither told nor not yet told".to_owned()),
                    };
                    let id: i64 = row.try_get("id").map_err(get)?;
                    Ok((id, Sharing {
                        source_id: row.try_get("source_id").map_err(get)?,
                        shared_on: row.try_get("shared_on").map_err(get)?,
                        recipient_organisation: row.try_get("recipient_organisation").map_err(get)?,
                        recipient_role: row.try_get("recipient_role").map_err(get)?,
                        information: row.try_get("information").map_err(get)?,
                        entries: serde_json::from_str(&entries).map_err(|e| e.to_string())?,
                        purpose: row.try_get("purpose").map_err(get)?,
                        basis: LawfulBasis::from_key(&basis).ok_or_else(|| format!("lawful basis {basis}"))?,
                        authority: match authority {
                            None => None,
                            Some(key) => Some(Authority::from_key(&key).ok_or_else(|| format!("authority {key}"))?),
                        },
                        consent: row.try_get("consent_ref").map_err(get)?,
                        approved_by: row.try_get("approved_by").map_err(get)?,
                        telling,
                    }))
                };
                read().map_err(|e| corrupt("sharing_events", e))
            }

            pub async fn shares_with_ids(conn: &mut Conn, person: PersonId) -> StoreResult<Vec<(i64, candour_domain::sharing::Sharing)>> {
                sqlx::query(&format!(
                    "SELECT {SHARE_COLUMNS} FROM sharing_events s WHERE s.person_id = $1 ORDER BY s.shared_on, s.source_id"
                ))
                .bind(person.0)
                .fetch_all(&mut *conn)
                .await
                .map_err(database)?
                .iter()
                .map(sharing_from)
                .collect()
            }

            pub async fn untold_shares(conn: &mut Conn, limit: u32) -> StoreResult<Vec<candour_store::repo::sharing::UntoldShare>> {
                sqlx::query(&format!(
                    "SELECT {SHARE_COLUMNS}, s.person_id, p.given_name, p.family_name, p.source_id AS person_ref \
                     FROM sharing_events s JOIN people p ON p.id = s.person_id \
                     WHERE s.told_on IS NULL ORDER BY s.review_on, s.id LIMIT $1"
                ))
                .bind(i64::from(limit))
                .fetch_all(&mut *conn)
                .await
                .map_err(database)?
                .iter()
                .map(|row| {
                    let (id, sharing) = sharing_from(row)?;
                    let text = |column: &str| -> StoreResult<String> {
                        row.try_get(column).map_err(|e| corrupt("people", e))
                    };
                    Ok(candour_store::repo::sharing::UntoldShare {
                        person: PersonId(row.try_get("person_id").map_err(|e| corrupt("sharing_events", e))?),
                        person_name: format!("{} {}", text("given_name")?, text("family_name")?),
                        person_ref: text("person_ref")?,
                        id,
                        sharing,
                    })
                })
                .collect()
            }

            const QUESTION_COLUMNS: &str = "id, person_id, look_seq, words, asked_on, due_on, answer, answered_on";

            fn question_from(row: &DbRow) -> StoreResult<candour_domain::question::Question> {
                use candour_domain::question::{Answer, NewQuestion, Question};
                let read = || -> Result<Question, sqlx::Error> {
                    let answer: Option<String> = row.try_get("answer")?;
                    let answered_on: Option<chrono::NaiveDate> = row.try_get("answered_on")?;
                    Ok(Question {
                        id: row.try_get("id")?,
                        asked: NewQuestion {
                            person: PersonId(row.try_get("person_id")?),
                            look: row.try_get("look_seq")?,
                            words: row.try_get("words")?,
                            asked_on: row.try_get("asked_on")?,
                            due_on: row.try_get("due_on")?,
                        },
                        answer: answer.zip(answered_on).map(|(words, on)| Answer { words, on }),
                    })
                };
                read().map_err(|e| corrupt("access_questions", e))
            }

            pub async fn questions_for_person(conn: &mut Conn, person: PersonId) -> StoreResult<Vec<candour_domain::question::Question>> {
                sqlx::query(&format!("SELECT {QUESTION_COLUMNS} FROM access_questions WHERE person_id = $1 ORDER BY id DESC"))
                    .bind(person.0)
                    .fetch_all(&mut *conn)
                    .await
                    .map_err(database)?
                    .iter()
                    .map(question_from)
                    .collect()
            }

            pub async fn question(conn: &mut Conn, id: i64) -> StoreResult<Option<candour_domain::question::Question>> {
                sqlx::query(&format!("SELECT {QUESTION_COLUMNS} FROM access_questions WHERE id = $1"))
                    .bind(id)
                    .fetch_optional(&mut *conn)
                    .await
                    .map_err(database)?
                    .as_ref()
                    .map(question_from)
                    .transpose()
            }

            pub async fn open_questions(conn: &mut Conn, limit: u32) -> StoreResult<Vec<candour_domain::question::Question>> {
                sqlx::query(&format!(
                    "SELECT {QUESTION_COLUMNS} FROM access_questions WHERE answer IS NULL ORDER BY due_on, id LIMIT $1"
                ))
                .bind(i64::from(limit))
                .fetch_all(&mut *conn)
                .await
                .map_err(database)?
                .iter()
                .map(question_from)
                .collect()
            }

            pub async fn ask_question(conn: &mut Conn, question: &candour_domain::question::NewQuestion) -> StoreResult<i64> {
                sqlx::query_scalar(
                    "INSERT INTO access_questions (person_id, look_seq, words, asked_on, due_on) \
                     VALUES ($1, $2, $3, $4, $5) RETURNING id",
                )
                .bind(question.person.0)
                .bind(question.look)
                .bind(&question.words)
                .bind(question.asked_on)
                .bind(question.due_on)
                .fetch_one(&mut *conn)
                .await
                .map_err(database)
            }

            pub async fn answer_question(conn: &mut Conn, id: i64, answer: &candour_domain::question::Answer) -> StoreResult<bool> {
                let done = sqlx::query(
                    "UPDATE access_questions SET answer = $2, answered_on = $3 WHERE id = $1 AND answer IS NULL",
                )
                .bind(id)
                .bind(&answer.words)
                .bind(answer.on)
                .execute(&mut *conn)
                .await
                .map_err(database)?;
                Ok(done.rows_affected() == 1)
            }

            const ALERT_COLUMNS: &str = "a.id, a.person_id, a.account_id, a.session_hash, a.closed_on, a.raised_at, \
                a.raised_on, a.reason, a.finding, a.notes, a.decided_by, a.decided_on, b.id AS breach_id";

            const ALERT_FROM: &str = "closed_case_alerts a LEFT JOIN breach_records b ON b.alert_id = a.id";

            fn alert_from(row: &DbRow) -> StoreResult<candour_domain::closed_case::Alert> {
                use candour_domain::closed_case::{Alert, Finding, NewAlert, Outcome};
                let read = || -> Result<Alert, sqlx::Error> {
                    let finding: Option<String> = row.try_get("finding")?;
                    let outcome = match finding.as_deref().map(Finding::from_key) {
                        None => None,
                        Some(None) => {
                            return Err(sqlx::Error::Decode(format!("unknown finding {finding:?}").into()));
                        }
                        Some(Some(finding)) => Some(Outcome {
                            finding,
                            notes: row.try_get::<Option<String>, _>("notes")?.unwrap_or_default(),
                            by: row.try_get::<Option<i64>, _>("decided_by")?.unwrap_or_default(),
                            on: row
                                .try_get::<Option<chrono::NaiveDate>, _>("decided_on")?
                                .ok_or_else(|| sqlx::Error::Decode("an outcome without its day".into()))?,
                            breach: row.try_get("breach_id")?,
                        }),
                    };
                    Ok(Alert {
                        id: row.try_get("id")?,
                        raised: NewAlert {
                            person: PersonId(row.try_get("person_id")?),
                            account: row.try_get("account_id")?,
                            session: row.try_get("session_hash")?,
                            closed_on: row.try_get("closed_on")?,
                            at: row.try_get("raised_at")?,
                            raised_on: row.try_get("raised_on")?,
                            reason: row.try_get("reason")?,
                        },
                        outcome,
                    })
                };
                read().map_err(|e| corrupt("closed_case_alerts", e))
            }

            pub async fn opened(
                conn: &mut Conn,
                session_hash: &str,
                person: PersonId,
                entry: candour_domain::record::EntryId,
                why: &str,
            ) -> StoreResult<bool> {
                let found: Option<i64> = sqlx::query_scalar(
                    "SELECT entry_id FROM staff_openings \
                     WHERE session_hash = $1 AND entry_id = $2 AND why = $3 AND person_id = $4",
                )
                .bind(session_hash)
                .bind(entry.0)
                .bind(why)
                .bind(person.0)
                .fetch_optional(&mut *conn)
                .await
                .map_err(database)?;
                Ok(found.is_some())
            }

            pub async fn keep_opening(
                conn: &mut Conn,
                session_hash: &str,
                person: PersonId,
                entry: candour_domain::record::EntryId,
                why: &str,
                now: i64,
            ) -> StoreResult<()> {
                sqlx::query(
                    "INSERT INTO staff_openings (session_hash, person_id, entry_id, why, opened_at) \
                     VALUES ($1, $2, $3, $4, $5) ON CONFLICT (session_hash, entry_id, why) DO NOTHING",
                )
                .bind(session_hash)
                .bind(person.0)
                .bind(entry.0)
                .bind(why)
                .bind(now)
                .execute(&mut *conn)
                .await
                .map(|_| ())
                .map_err(database)
            }

            pub async fn reason_given(conn: &mut Conn, session_hash: &str, person: PersonId) -> StoreResult<bool> {
                let found: Option<i64> = sqlx::query_scalar(
                    "SELECT id FROM closed_case_alerts WHERE session_hash = $1 AND person_id = $2 LIMIT 1",
                )
                .bind(session_hash)
                .bind(person.0)
                .fetch_optional(&mut *conn)
                .await
                .map_err(database)?;
                Ok(found.is_some())
            }

            pub async fn alerts_for_person(conn: &mut Conn, person: PersonId) -> StoreResult<Vec<candour_domain::closed_case::Alert>> {
                sqlx::query(&format!("SELECT {ALERT_COLUMNS} FROM {ALERT_FROM} WHERE a.person_id = $1 ORDER BY a.id DESC"))
                    .bind(person.0)
                    .fetch_all(&mut *conn)
                    .await
                    .map_err(database)?
                    .iter()
                    .map(alert_from)
                    .collect()
            }

            pub async fn alert(conn: &mut Conn, id: i64) -> StoreResult<Option<candour_domain::closed_case::Alert>> {
                sqlx::query(&format!("SELECT {ALERT_COLUMNS} FROM {ALERT_FROM} WHERE a.id = $1"))
                    .bind(id)
                    .fetch_optional(&mut *conn)
                    .await
                    .map_err(database)?
                    .as_ref()
                    .map(alert_from)
                    .transpose()
            }

            pub async fn alerts(conn: &mut Conn, limit: u32) -> StoreResult<Vec<candour_domain::closed_case::Alert>> {
                sqlx::query(&format!(
                    "SELECT {ALERT_COLUMNS} FROM {ALERT_FROM} \
                     ORDER BY CASE WHEN a.finding IS NULL THEN 0 ELSE 1 END, \
                     CASE WHEN a.finding IS NULL THEN a.id ELSE -a.id END LIMIT $1"
                ))
                .bind(i64::from(limit))
                .fetch_all(&mut *conn)
                .await
                .map_err(database)?
                .iter()
                .map(alert_from)
                .collect()
            }

            pub async fn raise_alert(conn: &mut Conn, alert: &candour_domain::closed_case::NewAlert) -> StoreResult<i64> {
                sqlx::query_scalar(
                    "INSERT INTO closed_case_alerts \
                     (person_id, account_id, session_hash, closed_on, raised_at, raised_on, reason) \
                     VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id",
                )
                .bind(alert.person.0)
                .bind(alert.account)
                .bind(&alert.session)
                .bind(alert.closed_on)
                .bind(alert.at)
                .bind(alert.raised_on)
                .bind(&alert.reason)
                .fetch_one(&mut *conn)
                .await
                .map_err(database)
            }

            pub async fn decide_alert(
                conn: &mut Conn,
                id: i64,
                outcome: &candour_domain::closed_case::Outcome,
            ) -> StoreResult<Option<Option<i64>>> {
                let person: Option<i64> = sqlx::query_scalar(
                    "UPDATE closed_case_alerts SET finding = $2, notes = $3, decided_by = $4, decided_on = $5 \
                     WHERE id = $1 AND finding IS NULL RETURNING person_id",
                )
                .bind(id)
                .bind(outcome.finding.key())
                .bind(&outcome.notes)
                .bind(outcome.by)
                .bind(outcome.on)
                .fetch_optional(&mut *conn)
                .await
                .map_err(database)?;
                let Some(person) = person else {
                    return Ok(None);
                };
                if outcome.finding != candour_domain::closed_case::Finding::NotLegitimate {
                    return Ok(Some(None));
                }
                let breach: i64 = sqlx::query_scalar(
                    "INSERT INTO breach_records (person_id, alert_id, opened_on, facts) \
                     VALUES ($1, $2, $3, $4) RETURNING id",
                )
                .bind(person)
                .bind(id)
                .bind(outcome.on)
                .bind(&outcome.notes)
                .fetch_one(&mut *conn)
                .await
                .map_err(database)?;
                Ok(Some(Some(breach)))
            }

            pub async fn save_consent(
                conn: &mut Conn,
                person: PersonId,
                consent: &candour_domain::consent::Consent,
                now: i64,
            ) -> StoreResult<()> {
                save_consent_on(conn, person, consent, now).await
            }

            /// Adds a consent, or replaces the one the case system sent before with the same id.
            async fn save_consent_on(
                conn: &mut Conn,
                person: PersonId,
                consent: &candour_domain::consent::Consent,
                now: i64,
            ) -> StoreResult<()> {
                sqlx::query(
                    "INSERT INTO consents (person_id, source_id, answer, answered_on, answered_by, method, purpose, \
                     recipients, withdrawn_on, imported_at, expires_on, capacity_by, capacity_on, evidence) \
                     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14) \
                     ON CONFLICT (person_id, source_id) DO UPDATE SET answer = excluded.answer, answered_on = excluded.answered_on, \
                     answered_by = excluded.answered_by, method = excluded.method, purpose = excluded.purpose, \
                     recipients = excluded.recipients, withdrawn_on = excluded.withdrawn_on, \
                     imported_at = excluded.imported_at, expires_on = excluded.expires_on, \
                     capacity_by = excluded.capacity_by, capacity_on = excluded.capacity_on, evidence = excluded.evidence",
                )
                .bind(person.0)
                .bind(&consent.source_id)
                .bind(consent.answer.key())
                .bind(consent.answered_on)
                .bind(&consent.answered_by)
                .bind(consent.method.key())
                .bind(&consent.purpose)
                .bind(&consent.recipients)
                .bind(consent.withdrawn_on)
                .bind(now)
                .bind(consent.expires_on)
                .bind(consent.capacity.as_ref().map(|c| c.by.as_str()))
                .bind(consent.capacity.as_ref().map(|c| c.on))
                .bind(&consent.evidence)
                .execute(&mut *conn)
                .await
                .map(|_| ())
                .map_err(database)
            }

            pub async fn consents_on_record(conn: &mut Conn, person: PersonId) -> StoreResult<Vec<candour_domain::consent::ConsentOnRecord>> {
                use candour_domain::consent::{ChangedBy, ConsentOnRecord, ConsentStatus, OnlineChange, RecordedChange};
                let changes = sqlx::query(
                    "SELECT c.id, c.consent_id, c.status, c.changed_on, c.changed_at, c.by_kind, c.by_name \
                     FROM consent_changes c JOIN consents k ON k.id = c.consent_id \
                     WHERE k.person_id = $1 ORDER BY c.consent_id, c.sequence",
                )
                .bind(person.0)
                .fetch_all(&mut *conn)
                .await
                .map_err(database)?
                .iter()
                .map(|row| {
                    let read = || -> Result<(i64, RecordedChange), String> {
                        let get = |e: sqlx::Error| e.to_string();
                        let status: String = row.try_get("status").map_err(get)?;
                        let kind: String = row.try_get("by_kind").map_err(get)?;
                        let name: Option<String> = row.try_get("by_name").map_err(get)?;
                        let by = match (kind.as_str(), name) {
                            ("person", _) => ChangedBy::Person,
                            ("delegate", Some(name)) => ChangedBy::Delegate(name),
                            _ => return Err(format!("by {kind}")),
                        };
                        Ok((row.try_get("consent_id").map_err(get)?, RecordedChange {
                            id: row.try_get("id").map_err(get)?,
                            change: OnlineChange {
                                status: ConsentStatus::from_key(&status).ok_or_else(|| format!("status {status}"))?,
                                on: row.try_get("changed_on").map_err(get)?,
                                at: row.try_get("changed_at").map_err(get)?,
                                by,
                            },
                        }))
                    };
                    read().map_err(|e| corrupt("consent_changes", e))
                })
                .collect::<StoreResult<Vec<_>>>()?;
                Ok(consent_rows(conn, person)
                    .await?
                    .into_iter()
                    .map(|(id, consent)| {
                        let changes = changes.iter().filter(|(of, _)| *of == id).map(|(_, c)| c.clone()).collect();
                        ConsentOnRecord { id, consent, changes, expired_on: None }
                    })
                    .collect())
            }

            pub async fn record_consent_change(
                conn: &mut Conn,
                consent: i64,
                sequence: i64,
                change: &candour_domain::consent::OnlineChange,
            ) -> StoreResult<Option<i64>> {
                use candour_domain::consent::ChangedBy;
                let (kind, name) = match &change.by {
                    ChangedBy::Person => ("person", None),
                    ChangedBy::Delegate(name) => ("delegate", Some(name.as_str())),
                    ChangedBy::OnTheirBehalf(_) | ChangedBy::Council => {
                        return Err(StoreError::Database("an online change is made by the person or a delegate".to_owned()));
                    }
                };
                sqlx::query_scalar(
                    "INSERT INTO consent_changes (consent_id, sequence, status, changed_on, changed_at, by_kind, by_name) \
                     VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (consent_id, sequence) DO NOTHING RETURNING id",
                )
                .bind(consent)
                .bind(sequence)
                .bind(change.status.key())
                .bind(change.on)
                .bind(change.at)
                .bind(kind)
                .bind(name)
                .fetch_optional(&mut *conn)
                .await
                .map_err(database)
            }

            pub async fn recipient_notices(conn: &mut Conn, person: PersonId) -> StoreResult<Vec<candour_domain::consent::StoredNotice>> {
                use candour_domain::consent::{RecipientNotice, StoredNotice};
                sqlx::query(
                    "SELECT n.consent_id, n.withdrawn_on, n.organisation, n.told_on, n.confirmed_on \
                     FROM consent_recipient_notices n JOIN consents k ON k.id = n.consent_id \
                     WHERE k.person_id = $1 ORDER BY n.id",
                )
                .bind(person.0)
                .fetch_all(&mut *conn)
                .await
                .map_err(database)?
                .iter()
                .map(|row| {
                    let read = || -> Result<StoredNotice, sqlx::Error> {
                        Ok(StoredNotice {
                            consent: row.try_get("consent_id")?,
                            withdrawn_on: row.try_get("withdrawn_on")?,
                            notice: RecipientNotice {
                                organisation: row.try_get("organisation")?,
                                told_on: row.try_get("told_on")?,
                                confirmed_on: row.try_get("confirmed_on")?,
                            },
                        })
                    };
                    read().map_err(|e| corrupt("consent_recipient_notices", e.to_string()))
                })
                .collect()
            }

            pub async fn people_with_withdrawals(conn: &mut Conn) -> StoreResult<Vec<PersonId>> {
                let ids: Vec<i64> = sqlx::query_scalar(
                    "SELECT DISTINCT person_id FROM consents k WHERE k.withdrawn_on IS NOT NULL \
                     OR EXISTS (SELECT 1 FROM consent_changes c WHERE c.consent_id = k.id AND c.status = 'withdrawn') \
                     ORDER BY person_id",
                )
                .fetch_all(&mut *conn)
                .await
                .map_err(database)?;
                Ok(ids.into_iter().map(PersonId).collect())
            }

            pub async fn consent_owner(conn: &mut Conn, consent: i64) -> StoreResult<Option<PersonId>> {
                let id: Option<i64> = sqlx::query_scalar("SELECT person_id FROM consents WHERE id = $1")
                    .bind(consent)
                    .fetch_optional(&mut *conn)
                    .await
                    .map_err(database)?;
                Ok(id.map(PersonId))
            }

            pub async fn record_recipient_notice(
                conn: &mut Conn,
                consent: i64,
                withdrawn_on: chrono::NaiveDate,
                organisation: &str,
                step: candour_domain::consent::NoticeStep,
                on: chrono::NaiveDate,
            ) -> StoreResult<bool> {
                use candour_domain::consent::NoticeStep;
                let done = match step {
                    NoticeStep::Told => sqlx::query(
                        "INSERT INTO consent_recipient_notices (consent_id, withdrawn_on, organisation, told_on) \
                         VALUES ($1, $2, $3, $4) ON CONFLICT (consent_id, withdrawn_on, organisation) DO NOTHING",
                    ),
                    NoticeStep::ConfirmedStopped => sqlx::query(
                        "UPDATE consent_recipient_notices SET confirmed_on = $4 WHERE consent_id = $1 \
                         AND withdrawn_on = $2 AND organisation = $3 AND told_on IS NOT NULL AND confirmed_on IS NULL",
                    ),
                }
                .bind(consent)
                .bind(withdrawn_on)
                .bind(organisation)
                .bind(on)
                .execute(&mut *conn)
                .await
                .map_err(database)?;
                Ok(done.rows_affected() == 1)
            }

            pub async fn consents_for_person(conn: &mut Conn, person: PersonId) -> StoreResult<Vec<candour_domain::consent::Consent>> {
                Ok(consent_rows(conn, person).await?.into_iter().map(|(_, consent)| consent).collect())
            }

            /// A person's consents with their numbers, in the order they answered.
            async fn consent_rows(conn: &mut Conn, person: PersonId) -> StoreResult<Vec<(i64, candour_domain::consent::Consent)>> {
                use candour_domain::consent::{CapacityCheck, Consent, ConsentAnswer, ConsentMethod};
                sqlx::query(
                    "SELECT id, source_id, answer, answered_on, answered_by, method, purpose, recipients, withdrawn_on, \
                     expires_on, capacity_by, capacity_on, evidence \
                     FROM consents WHERE person_id = $1 ORDER BY answered_on, source_id",
                )
                .bind(person.0)
                .fetch_all(&mut *conn)
                .await
                .map_err(database)?
                .iter()
                .map(|row| {
                    let read = || -> Result<(i64, Consent), String> {
                        let get = |e: sqlx::Error| e.to_string();
                        let method: String = row.try_get("method").map_err(get)?;
                        let answer: String = row.try_get("answer").map_err(get)?;
                        let capacity_by: Option<String> = row.try_get("capacity_by").map_err(get)?;
                        let capacity_on: Option<chrono::NaiveDate> = row.try_get("capacity_on").map_err(get)?;
                        Ok((row.try_get("id").map_err(get)?, Consent {
                            source_id: row.try_get("source_id").map_err(get)?,
                            answer: ConsentAnswer::from_key(&answer).ok_or_else(|| format!("answer {answer}"))?,
                            answered_on: row.try_get("answered_on").map_err(get)?,
                            answered_by: row.try_get("answered_by").map_err(get)?,
                            method: ConsentMethod::from_key(&method).ok_or_else(|| format!("method {method}"))?,
                            purpose: row.try_get("purpose").map_err(get)?,
                            recipients: row.try_get("recipients").map_err(get)?,
                            withdrawn_on: row.try_get("withdrawn_on").map_err(get)?,
                            expires_on: row.try_get("expires_on").map_err(get)?,
                            capacity: capacity_by.zip(capacity_on).map(|(by, on)| CapacityCheck { by, on }),
                            evidence: row.try_get("evidence").map_err(get)?,
                        }))
                    };
                    read().map_err(|e| corrupt("consents", e))
                })
                .collect()
            }

            pub async fn entry_by_source(
                conn: &mut Conn,
                organisation: &str,
                person_source_id: &str,
                entry_source_id: &str,
            ) -> StoreResult<Option<Entry>> {
                let columns = ENTRY_COLUMNS
                    .split(", ")
                    .map(|c| format!("e.{}", c.trim()))
                    .collect::<Vec<_>>()
                    .join(", ");
                let sql = format!(
                    "SELECT {columns} FROM record_entries e JOIN people p ON p.id = e.person_id \
                     WHERE p.organisation = $1 AND p.source_id = $2 AND e.source_id = $3"
                );
                sqlx::query(&sql)
                    .bind(organisation)
                    .bind(person_source_id)
                    .bind(entry_source_id)
                    .fetch_optional(&mut *conn)
                    .await
                    .map_err(database)?
                    .as_ref()
                    .map(entry_from)
                    .transpose()
            }

            pub async fn create_api_client(conn: &mut Conn, client: &candour_store::records::ApiClient) -> StoreResult<()> {
                sqlx::query(
                    "INSERT INTO api_clients (client_id, secret_hash, organisation, name, created_at, revoked_at) \
                     VALUES ($1, $2, $3, $4, $5, $6)",
                )
                .bind(&client.client_id)
                .bind(&client.secret_hash)
                .bind(&client.organisation)
                .bind(&client.name)
                .bind(client.created_at)
                .bind(client.revoked_at)
                .execute(&mut *conn)
                .await
                .map(|_| ())
                .map_err(database)
            }

            fn api_client_from(row: &DbRow) -> StoreResult<candour_store::records::ApiClient> {
                let read = || -> Result<candour_store::records::ApiClient, sqlx::Error> {
                    Ok(candour_store::records::ApiClient {
                        client_id: row.try_get("client_id")?,
                        secret_hash: row.try_get("secret_hash")?,
                        organisation: row.try_get("organisation")?,
                        name: row.try_get("name")?,
                        created_at: row.try_get("created_at")?,
                        revoked_at: row.try_get("revoked_at")?,
                    })
                };
                read().map_err(|e| corrupt("api_clients", e))
            }

            const API_CLIENT_COLUMNS: &str = "client_id, secret_hash, organisation, name, created_at, revoked_at";

            pub async fn api_client(conn: &mut Conn, client_id: &str) -> StoreResult<Option<candour_store::records::ApiClient>> {
                let sql = format!("SELECT {API_CLIENT_COLUMNS} FROM api_clients WHERE client_id = $1");
                sqlx::query(&sql)
                    .bind(client_id)
                    .fetch_optional(&mut *conn)
                    .await
                    .map_err(database)?
                    .as_ref()
                    .map(api_client_from)
                    .transpose()
            }

            pub async fn api_clients(conn: &mut Conn) -> StoreResult<Vec<candour_store::records::ApiClient>> {
                let sql = format!("SELECT {API_CLIENT_COLUMNS} FROM api_clients ORDER BY created_at, client_id");
                sqlx::query(&sql)
                    .fetch_all(&mut *conn)
                    .await
                    .map_err(database)?
                    .iter()
                    .map(api_client_from)
                    .collect()
            }

            pub async fn revoke_api_client(conn: &mut Conn, client_id: &str, now: i64) -> StoreResult<bool> {
                sqlx::query("UPDATE api_clients SET revoked_at = $1 WHERE client_id = $2 AND revoked_at IS NULL")
                    .bind(now)
                    .bind(client_id)
                    .execute(&mut *conn)
                    .await
                    .map(|done| done.rows_affected() == 1)
                    .map_err(database)
            }

            pub async fn entry(conn: &mut Conn, person: PersonId, id: EntryId) -> StoreResult<Option<Entry>> {
                let sql = format!("SELECT {ENTRY_COLUMNS} FROM record_entries WHERE id = $1 AND person_id = $2");
                sqlx::query(&sql)
                    .bind(id.0)
                    .bind(person.0)
                    .fetch_optional(&mut *conn)
                    .await
                    .map_err(database)?
                    .as_ref()
                    .map(entry_from)
                    .transpose()
            }

            pub async fn entries_by_source_ids(
                conn: &mut Conn,
                person: PersonId,
                source_ids: &[String],
            ) -> StoreResult<Vec<Entry>> {
                if source_ids.is_empty() {
                    return Ok(Vec::new());
                }
                let list = (0..source_ids.len()).map(|i| format!("${}", i + 2)).collect::<Vec<_>>().join(", ");
                let sql = format!("SELECT {ENTRY_COLUMNS} FROM record_entries WHERE person_id = $1 AND source_id IN ({list})");
                let mut query = sqlx::query(&sql).bind(person.0);
                for id in source_ids {
                    query = query.bind(id);
                }
                query
                    .fetch_all(&mut *conn)
                    .await
                    .map_err(database)?
                    .iter()
                    .map(entry_from)
                    .collect()
            }

            pub async fn entries_for_person(
                conn: &mut Conn,
                person: PersonId,
                kind: Option<EntryKind>,
                search: Option<&str>,
                offset: u32,
                limit: u32,
            ) -> StoreResult<(Vec<Entry>, u64)> {
                let pattern = search.map(|s| format!("%{}%", s.to_lowercase().replace(['%', '_'], "")));
                // Only entries the person is shown at all: one withheld without saying so is not
                // in the list, the search, the count or the page totals.
                let filter = "person_id = $1 AND shown_to_person = 1 AND ($2 = '' OR kind = $2) \
                              AND ($3 = '' OR search_text LIKE $3)";
                let sql = format!(
                    "SELECT {ENTRY_COLUMNS} FROM record_entries WHERE {filter} ORDER BY event_date DESC, id DESC LIMIT $4 OFFSET $5"
                );
                let entries = sqlx::query(&sql)
                    .bind(person.0)
                    .bind(kind.map_or("", |k| k.key()))
                    .bind(pattern.clone().unwrap_or_default())
                    .bind(i64::from(limit))
                    .bind(i64::from(offset))
                    .fetch_all(&mut *conn)
                    .await
                    .map_err(database)?
                    .iter()
                    .map(entry_from)
                    .collect::<StoreResult<Vec<_>>>()?;
                let count_sql = format!("SELECT count(*) FROM record_entries WHERE {filter}");
                let total: i64 = sqlx::query_scalar(&count_sql)
                    .bind(person.0)
                    .bind(kind.map_or("", |k| k.key()))
                    .bind(pattern.unwrap_or_default())
                    .fetch_one(&mut *conn)
                    .await
                    .map_err(database)?;
                Ok((entries, total.unsigned_abs()))
            }

            pub async fn record_parts(conn: &mut Conn, person: PersonId) -> StoreResult<Vec<candour_store::records::RecordPart>> {
                let rows = sqlx::query(
                    "SELECT kind, team, count(*) AS entries FROM record_entries \
                     WHERE person_id = $1 AND shown_to_person = 1 GROUP BY kind, team ORDER BY kind, team",
                )
                .bind(person.0)
                .fetch_all(&mut *conn)
                .await
                .map_err(database)?;
                rows.iter()
                    .map(|row| {
                        let kind: String = row.try_get("kind").map_err(database)?;
                        let entries: i64 = row.try_get("entries").map_err(database)?;
                        Ok(candour_store::records::RecordPart {
                            kind: EntryKind::from_key(&kind)
                                .ok_or_else(|| StoreError::Corrupt(format!("entry kind {kind}")))?,
                            team: row.try_get("team").map_err(database)?,
                            entries: entries.unsigned_abs(),
                        })
                    })
                    .collect()
            }

            pub async fn entry_versions(conn: &mut Conn, person: PersonId, id: EntryId) -> StoreResult<Vec<(i64, NewEntry)>> {
                sqlx::query(
                    "SELECT v.entry, v.replaced_at FROM record_entry_versions v \
                     JOIN record_entries e ON e.id = v.entry_id WHERE v.entry_id = $1 AND e.person_id = $2 ORDER BY v.id",
                )
                    .bind(id.0)
                    .bind(person.0)
                    .fetch_all(&mut *conn)
                    .await
                    .map_err(database)?
                    .iter()
                    .map(|row| {
                        let text: String = row.try_get("entry").map_err(|e| corrupt("record_entry_versions", e))?;
                        let at: i64 = row.try_get("replaced_at").map_err(|e| corrupt("record_entry_versions", e))?;
                        serde_json::from_str(&text).map(|e| (at, e)).map_err(|e| corrupt("record_entry_versions", e))
                    })
                    .collect()
            }

            pub async fn save_access_copy(conn: &mut Conn, copy: &candour_store::records::AccessCopyRecord) -> StoreResult<()> {
                sqlx::query(
                    "INSERT INTO access_copies (request_id, person_id, made_at, expires_at, document) \
                     VALUES ($1, $2, $3, $4, $5) ON CONFLICT (request_id) DO UPDATE SET \
                     made_at = excluded.made_at, expires_at = excluded.expires_at, document = excluded.document",
                )
                .bind(copy.request.0)
                .bind(copy.person.0)
                .bind(copy.made_at)
                .bind(copy.expires_at)
                .bind(&copy.document)
                .execute(&mut *conn)
                .await
                .map(|_| ())
                .map_err(database)
            }

            pub async fn access_copy(
                conn: &mut Conn,
                person: PersonId,
                request: RequestId,
                now: i64,
            ) -> StoreResult<Option<candour_store::records::AccessCopyRecord>> {
                let row: Option<(i64, i64, String)> = sqlx::query_as(
                    "SELECT made_at, expires_at, document FROM access_copies \
                     WHERE request_id = $1 AND person_id = $2 AND expires_at > $3",
                )
                .bind(request.0)
                .bind(person.0)
                .bind(now)
                .fetch_optional(&mut *conn)
                .await
                .map_err(database)?;
                Ok(row.map(|(made_at, expires_at, document)| candour_store::records::AccessCopyRecord {
                    request,
                    person,
                    made_at,
                    expires_at,
                    document,
                }))
            }

            pub async fn remove_expired_access_copies(conn: &mut Conn, now: i64) -> StoreResult<u64> {
                sqlx::query("DELETE FROM access_copies WHERE expires_at <= $1")
                    .bind(now)
                    .execute(&mut *conn)
                    .await
                    .map(|done| done.rows_affected())
                    .map_err(database)
            }

            /// One atomic statement: the upsert takes the bucket's row lock, so concurrent tries
            /// are counted one after another (`candour_domain::abuse::Limit::try_at`, in SQL).
            pub async fn try_once(
                conn: &mut Conn,
                bucket: &str,
                limit: candour_domain::abuse::Limit,
                now_ms: i64,
            ) -> StoreResult<candour_domain::abuse::Verdict> {
                let counted: Option<i64> = sqlx::query_scalar(
                    "INSERT INTO rate_limits (bucket, arrival_ms) VALUES ($1, $2 + $3) \
                     ON CONFLICT (bucket) DO UPDATE SET arrival_ms = \
                     (CASE WHEN rate_limits.arrival_ms > $2 THEN rate_limits.arrival_ms ELSE $2 END) + $3 \
                     WHERE (CASE WHEN rate_limits.arrival_ms > $2 THEN rate_limits.arrival_ms ELSE $2 END) - $2 <= $4 \
                     RETURNING arrival_ms",
                )
                .bind(bucket)
                .bind(now_ms)
                .bind(limit.interval_ms())
                .bind(limit.tolerance_ms())
                .fetch_optional(&mut *conn)
                .await
                .map_err(database)?;
                if counted.is_some() {
                    return Ok(candour_domain::abuse::Verdict::Allowed);
                }
                let stored: Option<i64> =
                    sqlx::query_scalar("SELECT arrival_ms FROM rate_limits WHERE bucket = $1")
                        .bind(bucket)
                        .fetch_optional(&mut *conn)
                        .await
                        .map_err(database)?;
                Ok(limit.try_at(stored, now_ms).0)
            }

            pub async fn forget_old_tries(conn: &mut Conn, now_ms: i64) -> StoreResult<u64> {
                sqlx::query("DELETE FROM rate_limits WHERE arrival_ms < $1")
                    .bind(now_ms)
                    .execute(&mut *conn)
                    .await
                    .map(|done| done.rows_affected())
                    .map_err(database)
            }

            /// The activity trail from before the audit log, if its table is still there.
            pub async fn earlier_activity(conn: &mut Conn) -> StoreResult<Option<Vec<Activity>>> {
                // Both backends answer this the same way: a query on a missing table fails, so
                // look the table up first (sqlite_master / information_schema differ, hence
                // the probe on the table itself inside a savepoint).
                let mut probe = sqlx::Connection::begin(&mut *conn).await.map_err(database)?;
                let rows = sqlx::query(
                    "SELECT at, account_id, person_id, action, detail FROM activity ORDER BY id",
                )
                .fetch_all(&mut *probe)
                .await;
                let rows = match rows {
                    Ok(rows) => {
                        probe.commit().await.map_err(database)?;
                        rows
                    }
                    Err(sqlx::Error::Database(_)) => {
                        probe.rollback().await.map_err(database)?;
                        return Ok(None);
                    }
                    Err(other) => return Err(database(other)),
                };
                rows.iter()
                    .map(|row| {
                        let get = |e: sqlx::Error| corrupt("activity", e);
                        let person: Option<i64> = row.try_get("person_id").map_err(get)?;
                        Ok(Activity {
                            at: row.try_get("at").map_err(get)?,
                            account: AccountId(row.try_get("account_id").map_err(get)?),
                            person: person.map(PersonId),
                            action: row.try_get("action").map_err(get)?,
                            detail: row.try_get("detail").map_err(get)?,
                        })
                    })
                    .collect::<StoreResult<Vec<_>>>()
                    .map(Some)
            }

            pub async fn drop_earlier_activity(conn: &mut Conn) -> StoreResult<()> {
                sqlx::query("DROP TABLE IF EXISTS activity")
                    .execute(&mut *conn)
                    .await
                    .map(|_| ())
                    .map_err(database)
            }

            pub async fn notify(conn: &mut Conn, person: PersonId, kind: &str, args: &str, now: i64) -> StoreResult<()> {
                sqlx::query("INSERT INTO notifications (person_id, at, kind, args) VALUES ($1, $2, $3, $4)")
                    .bind(person.0)
                    .bind(now)
                    .bind(kind)
                    .bind(args)
                    .execute(&mut *conn)
                    .await
                    .map(|_| ())
                    .map_err(database)
            }

            pub async fn unread_notifications(conn: &mut Conn, person: PersonId) -> StoreResult<u64> {
                let count: i64 = sqlx::query_scalar(
                    "SELECT COUNT(*) FROM notifications WHERE person_id = $1 AND read_at IS NULL",
                )
                .bind(person.0)
                .fetch_one(&mut *conn)
                .await
                .map_err(database)?;
                u64::try_from(count).map_err(|e| corrupt("notifications", e))
            }

            pub async fn mark_notifications_read(conn: &mut Conn, person: PersonId, now: i64) -> StoreResult<u64> {
                sqlx::query("UPDATE notifications SET read_at = $2 WHERE person_id = $1 AND read_at IS NULL")
                    .bind(person.0)
                    .bind(now)
                    .execute(&mut *conn)
                    .await
                    .map(|done| done.rows_affected())
                    .map_err(database)
            }

            pub async fn news_choice(conn: &mut Conn, person: PersonId) -> StoreResult<candour_domain::news::NewsChoice> {
                let chosen: Option<(Option<String>, Option<String>)> =
                    sqlx::query_as("SELECT email, email_kinds FROM notification_choices WHERE person_id = $1")
                        .bind(person.0)
                        .fetch_optional(&mut *conn)
                        .await
                        .map_err(database)?;
                Ok(match chosen {
                    Some((email, kinds)) => candour_domain::news::NewsChoice::stored(email, kinds.as_deref()),
                    None => candour_domain::news::NewsChoice::default(),
                })
            }

            pub async fn choose_news(conn: &mut Conn, person: PersonId, choice: &candour_domain::news::NewsChoice, now: i64) -> StoreResult<()> {
                sqlx::query(
                    "INSERT INTO notification_choices (person_id, email, email_kinds, chosen_at) VALUES ($1, $2, $3, $4) \
                     ON CONFLICT (person_id) DO UPDATE SET email = excluded.email, \
                     email_kinds = excluded.email_kinds, chosen_at = excluded.chosen_at",
                )
                .bind(person.0)
                .bind(choice.email.as_deref())
                .bind(choice.kinds_stored())
                .bind(now)
                .execute(&mut *conn)
                .await
                .map(|_| ())
                .map_err(database)
            }

            pub async fn notifications(conn: &mut Conn, person: PersonId, limit: u32) -> StoreResult<Vec<Notification>> {
                sqlx::query(
                    "SELECT id, person_id, at, kind, args, read_at FROM notifications \
                     WHERE person_id = $1 ORDER BY at DESC, id DESC LIMIT $2",
                )
                .bind(person.0)
                .bind(i64::from(limit))
                .fetch_all(&mut *conn)
                .await
                .map_err(database)?
                .iter()
                .map(|row| {
                    let get = |e: sqlx::Error| corrupt("notifications", e);
                    Ok(Notification {
                        id: row.try_get("id").map_err(get)?,
                        person: PersonId(row.try_get("person_id").map_err(get)?),
                        at: row.try_get("at").map_err(get)?,
                        kind: row.try_get("kind").map_err(get)?,
                        args: row.try_get("args").map_err(get)?,
                        read_at: row.try_get("read_at").map_err(get)?,
                    })
                })
                .collect()
            }

            pub async fn setting(conn: &mut Conn, key: &str) -> StoreResult<Option<String>> {
                sqlx::query_scalar("SELECT value FROM settings WHERE key = $1")
                    .bind(key)
                    .fetch_optional(&mut *conn)
                    .await
                    .map_err(database)
            }

            pub async fn set_setting(conn: &mut Conn, key: &str, value: &str) -> StoreResult<()> {
                sqlx::query(
                    "INSERT INTO settings (key, value) VALUES ($1, $2) \
                     ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                )
                .bind(key)
                .bind(value)
                .execute(&mut *conn)
                .await
                .map(|_| ())
                .map_err(database)
            }

            pub async fn remove_setting(conn: &mut Conn, key: &str) -> StoreResult<()> {
                sqlx::query("DELETE FROM settings WHERE key = $1")
                    .bind(key)
                    .execute(&mut *conn)
                    .await
                    .map(|_| ())
                    .map_err(database)
            }

            const AUDIT_COLUMNS: &str = "a.seq, a.at, a.actor_kind, a.actor_id, a.actor_role, a.actor_organisation, \
                 a.acting_for, a.person_id, a.action, a.object, a.outcome, a.content_hash, a.prev_hash, a.hash, \
                 d.salt, d.reason, d.detail";

            /// An event and its personal content, if still held.
            type AuditRow = (candour_domain::audit::AuditEvent, Option<candour_domain::audit::PersonalContent>);

            /// An event and its content from a row of `AUDIT_COLUMNS`, read by position (this
            /// runs for every event `audit verify` checks).
            fn audit_from(row: &DbRow) -> StoreResult<AuditRow> {
                use candour_domain::audit::{ActorKind, AuditAction, AuditActor, AuditEvent, Outcome, PersonalContent};
                let read = || -> Result<AuditRow, String> {
                    let get = |e: sqlx::Error| e.to_string();
                    let kind: &str = row.try_get(2).map_err(get)?;
                    let action: &str = row.try_get(8).map_err(get)?;
                    let outcome: &str = row.try_get(10).map_err(get)?;
                    let acting_for: Option<i64> = row.try_get(6).map_err(get)?;
                    let person: Option<i64> = row.try_get(7).map_err(get)?;
                    let salt: Option<String> = row.try_get(14).map_err(get)?;
                    let event = AuditEvent {
                        seq: row.try_get(0).map_err(get)?,
                        at: row.try_get(1).map_err(get)?,
                        actor: AuditActor {
                            kind: ActorKind::from_key(kind).ok_or_else(|| format!("actor kind {kind}"))?,
                            id: row.try_get(3).map_err(get)?,
                            role: row.try_get(4).map_err(get)?,
                            organisation: row.try_get(5).map_err(get)?,
                        },
                        acting_for: acting_for.map(PersonId),
                        person: person.map(PersonId),
                        action: AuditAction::from_key(action).ok_or_else(|| format!("action {action}"))?,
                        object: row.try_get(9).map_err(get)?,
                        outcome: Outcome::from_key(outcome).ok_or_else(|| format!("outcome {outcome}"))?,
                        content_hash: row.try_get(11).map_err(get)?,
                        prev_hash: row.try_get(12).map_err(get)?,
                        hash: row.try_get(13).map_err(get)?,
                    };
                    let content = match salt {
                        Some(salt) => Some(PersonalContent {
                            salt,
                            reason: row.try_get(15).map_err(get)?,
                            detail: row.try_get(16).map_err(get)?,
                        }),
                        None => None,
                    };
                    Ok((event, content))
                };
                read().map_err(|e| corrupt("audit_events", e))
            }

            /// Events after `after`, in order, for checking the whole chain. Each row comes back as
            /// one JSON array text, built by the database and read by serde: reading seventeen
            /// columns a row one by one costs several times more, and `audit verify` reads every
            /// event there is (10 million in under a minute on two cores, README).
            pub async fn audit_events_after(conn: &mut Conn, after: i64, limit: u32) -> StoreResult<Vec<AuditRow>> {
                /// A row as the JSON array the query builds, fields in `AUDIT_COLUMNS` order.
                #[derive(serde::Deserialize)]
                struct Raw {
                    seq: i64,
                    at: i64,
                    actor_kind: String,
                    actor_id: Option<String>,
                    actor_role: Option<String>,
                    actor_organisation: Option<String>,
                    acting_for: Option<i64>,
                    person: Option<i64>,
                    action: String,
                    object: String,
                    outcome: String,
                    content_hash: Option<String>,
                    prev_hash: String,
                    hash: String,
                    salt: Option<String>,
                    reason: Option<String>,
                    detail: Option<String>,
                }
                use candour_domain::audit::{ActorKind, AuditAction, AuditActor, AuditEvent, Outcome, PersonalContent};
                let sql = format!(
                    "SELECT {} FROM audit_events a LEFT JOIN audit_details d ON d.seq = a.seq \
                     WHERE a.seq > $1 ORDER BY a.seq LIMIT $2",
                    format!($json_array, AUDIT_COLUMNS)
                );
                let texts: Vec<String> = sqlx::query_scalar(&sql)
                    .bind(after)
                    .bind(i64::from(limit))
                    .fetch_all(&mut *conn)
                    .await
                    .map_err(database)?;
                texts
                    .iter()
                    .map(|text| {
                        let raw: Raw = serde_json::from_str(text).map_err(|e| corrupt("audit_events", e))?;
                        let event = AuditEvent {
                            seq: raw.seq,
                            at: raw.at,
                            actor: AuditActor {
                                kind: ActorKind::from_key(&raw.actor_kind)
                                    .ok_or_else(|| corrupt("audit_events", format!("actor kind {}", raw.actor_kind)))?,
                                id: raw.actor_id,
                                role: raw.actor_role,
                                organisation: raw.actor_organisation,
                            },
                            acting_for: raw.acting_for.map(PersonId),
                            person: raw.person.map(PersonId),
                            action: AuditAction::from_key(&raw.action)
                                .ok_or_else(|| corrupt("audit_events", format!("action {}", raw.action)))?,
                            object: raw.object,
                            outcome: Outcome::from_key(&raw.outcome)
                                .ok_or_else(|| corrupt("audit_events", format!("outcome {}", raw.outcome)))?,
                            content_hash: raw.content_hash,
                            prev_hash: raw.prev_hash,
                            hash: raw.hash,
                        };
                        let content = raw.salt.map(|salt| PersonalContent {
                            salt,
                            reason: raw.reason,
                            detail: raw.detail,
                        });
                        Ok((event, content))
                    })
                    .collect()
            }

            pub async fn audit_for_person(conn: &mut Conn, person: PersonId, limit: u32) -> StoreResult<Vec<AuditRow>> {
                // Two index lookups (whose information; for whom a delegate acted) rather than an
                // OR, so each uses its own index.
                let sql = format!(
                    "SELECT {AUDIT_COLUMNS} FROM audit_events a LEFT JOIN audit_details d ON d.seq = a.seq \
                     WHERE a.seq IN (SELECT seq FROM audit_events WHERE person_id = $1 \
                     UNION SELECT seq FROM audit_events WHERE acting_for = $1) \
                     ORDER BY a.seq DESC LIMIT $2"
                );
                sqlx::query(&sql)
                    .bind(person.0)
                    .bind(i64::from(limit))
                    .fetch_all(&mut *conn)
                    .await
                    .map_err(database)?
                    .iter()
                    .map(audit_from)
                    .collect()
            }

            pub async fn audit_event_of_person(conn: &mut Conn, person: PersonId, seq: i64) -> StoreResult<Option<AuditRow>> {
                let sql = format!(
                    "SELECT {AUDIT_COLUMNS} FROM audit_events a LEFT JOIN audit_details d ON d.seq = a.seq \
                     WHERE a.seq = $1 AND a.person_id = $2"
                );
                sqlx::query(&sql)
                    .bind(seq)
                    .bind(person.0)
                    .fetch_optional(&mut *conn)
                    .await
                    .map_err(database)?
                    .as_ref()
                    .map(audit_from)
                    .transpose()
            }

            pub async fn audit_of_person_by(
                conn: &mut Conn,
                person: PersonId,
                by: &candour_store::repo::audit::EventsBy,
                window: candour_domain::paging::Window,
                limit: u32,
            ) -> StoreResult<(Vec<AuditRow>, u64)> {
                use candour_domain::paging::Window;
                // $1 person, $2 actor kind, then one placeholder per action, then the
                // organisation and the moment since, each only when asked for (a test left in
                // the query for a filter not asked for costs a check on every row counted),
                // then the page's own. The actions are the domain's own keys, never user
                // input, but bound all the same.
                let mut filter = "person_id = $1 AND actor_kind = $2 AND outcome = 'done'".to_owned();
                let mut next = 3;
                let list = (0..by.actions.len())
                    .map(|i| format!("${}", i + next))
                    .collect::<Vec<_>>()
                    .join(", ");
                filter.push_str(&format!(" AND action IN ({list})"));
                next += by.actions.len();
                if by.organisation.is_some() {
                    filter.push_str(&format!(" AND actor_organisation = ${next}"));
                    next += 1;
                }
                if by.since.is_some() {
                    filter.push_str(&format!(" AND at >= ${next}"));
                    next += 1;
                }
                macro_rules! bind_filter {
                    ($query:expr) => {{
                        let mut query = $query.bind(person.0).bind(by.actor_kind.key());
                        for action in &by.actions {
                            query = query.bind(action.key());
                        }
                        if let Some(organisation) = &by.organisation {
                            query = query.bind(organisation);
                        }
                        if let Some(since) = by.since {
                            query = query.bind(since);
                        }
                        query
                    }};
                }
                // A window from a position is a range of the index (person, actor, action,
                // outcome, at, seq) that starts there; a row value compares (at, seq) at once.
                // The page is then shown newest first whichever way it was read.
                let page = match window {
                    Window::Skip(_) => {
                        format!("ORDER BY at DESC, seq DESC LIMIT ${next} OFFSET ${}", next + 1)
                    }
                    Window::OlderThan(_) => format!(
                        "AND (at, seq) < (${next}, ${}) ORDER BY at DESC, seq DESC LIMIT ${}",
                        next + 1,
                        next + 2
                    ),
                    Window::NewerThan(_) => format!(
                        "AND (at, seq) > (${next}, ${}) ORDER BY at ASC, seq ASC LIMIT ${}",
                        next + 1,
                        next + 2
                    ),
                };
                let sql = format!(
                    "SELECT {AUDIT_COLUMNS} FROM audit_events a LEFT JOIN audit_details d ON d.seq = a.seq \
                     WHERE a.seq IN (SELECT seq FROM audit_events WHERE {filter} {page}) \
                     ORDER BY a.at DESC, a.seq DESC"
                );
                let query = bind_filter!(sqlx::query(&sql));
                let query = match window {
                    Window::Skip(skip) => query.bind(i64::from(limit)).bind(i64::from(skip)),
                    Window::OlderThan(from) | Window::NewerThan(from) => {
                        query.bind(from.at).bind(from.seq).bind(i64::from(limit))
                    }
                };
                let rows = query
                    .fetch_all(&mut *conn)
                    .await
                    .map_err(database)?
                    .iter()
                    .map(audit_from)
                    .collect::<StoreResult<Vec<_>>>()?;
                // A person's looks, not narrowed, are counted by the database as they are placed
                // (migration 0027, `person_look_counts`); anything else is counted here.
                let looks = by.actor_kind == candour_domain::audit::ActorKind::Staff
                    && by.actions == [candour_domain::audit::AuditAction::StaffViewedEntry]
                    && by.organisation.is_none()
                    && by.since.is_none();
                let total = if looks {
                    sqlx::query_scalar::<_, i64>("SELECT looks FROM person_look_counts WHERE person_id = $1")
                        .bind(person.0)
                        .fetch_optional(&mut *conn)
                        .await
                        .map_err(database)?
                        .unwrap_or(0)
                } else {
                    let count_sql = format!("SELECT COUNT(*) FROM audit_events WHERE {filter}");
                    bind_filter!(sqlx::query_scalar::<_, i64>(&count_sql))
                        .fetch_one(&mut *conn)
                        .await
                        .map_err(database)?
                };
                Ok((rows, u64::try_from(total).unwrap_or(0)))
            }

            pub async fn reported_organisations(conn: &mut Conn, person: PersonId) -> StoreResult<Vec<String>> {
                sqlx::query_scalar(
                    "SELECT DISTINCT staff_organisation FROM received_access_events WHERE person_id = $1 \
                     ORDER BY staff_organisation",
                )
                .bind(person.0)
                .fetch_all(&mut *conn)
                .await
                .map_err(database)
            }

            pub async fn audit_head(conn: &mut Conn) -> StoreResult<Option<candour_store::repo::audit::ChainHead>> {
                let row: Option<(i64, String, i64)> =
                    sqlx::query_as("SELECT seq, hash, at FROM audit_events ORDER BY seq DESC LIMIT 1")
                        .fetch_optional(&mut *conn)
                        .await
                        .map_err(database)?;
                Ok(row.map(|(seq, hash, at)| candour_store::repo::audit::ChainHead { seq, hash, at }))
            }

            /// A checkpoint's columns, in `CHECKPOINT_COLUMNS` order.
            type CheckpointRow = (i64, i64, String, i64, String, String);

            const CHECKPOINT_COLUMNS: &str = "number, seq, hash, at, public_key, signature";

            fn checkpoint_from(row: CheckpointRow) -> candour_domain::audit::Checkpoint {
                let (number, seq, hash, at, public_key, signature) = row;
                candour_domain::audit::Checkpoint { number, seq, hash, at, public_key, signature }
            }

            pub async fn checkpoints(conn: &mut Conn) -> StoreResult<Vec<candour_domain::audit::Checkpoint>> {
                let sql = format!("SELECT {CHECKPOINT_COLUMNS} FROM audit_checkpoints ORDER BY number");
                let rows: Vec<CheckpointRow> = sqlx::query_as(&sql)
                    .fetch_all(&mut *conn)
                    .await
                    .map_err(database)?;
                Ok(rows.into_iter().map(checkpoint_from).collect())
            }

            pub async fn latest_checkpoint(conn: &mut Conn) -> StoreResult<Option<candour_domain::audit::Checkpoint>> {
                let sql = format!("SELECT {CHECKPOINT_COLUMNS} FROM audit_checkpoints ORDER BY number DESC LIMIT 1");
                let row: Option<CheckpointRow> = sqlx::query_as(&sql)
                    .fetch_optional(&mut *conn)
                    .await
                    .map_err(database)?;
                Ok(row.map(checkpoint_from))
            }

            pub async fn save_checkpoint(conn: &mut Conn, checkpoint: &candour_domain::audit::Checkpoint) -> StoreResult<()> {
                sqlx::query(
                    "INSERT INTO audit_checkpoints (number, seq, hash, at, public_key, signature) \
                     VALUES ($1, $2, $3, $4, $5, $6)",
                )
                .bind(checkpoint.number)
                .bind(checkpoint.seq)
                .bind(&checkpoint.hash)
                .bind(checkpoint.at)
                .bind(&checkpoint.public_key)
                .bind(&checkpoint.signature)
                .execute(&mut *conn)
                .await
                .map(|_| ())
                .map_err(database)
            }

            pub async fn erase_audit_content(conn: &mut Conn, person: PersonId) -> StoreResult<u64> {
                sqlx::query(
                    "DELETE FROM audit_details WHERE seq IN \
                     (SELECT seq FROM audit_events WHERE person_id = $1 OR acting_for = $1)",
                )
                .bind(person.0)
                .execute(&mut *conn)
                .await
                .map(|done| done.rows_affected())
                .map_err(database)
            }

            /// Queues `events` for the chain, in the caller's transaction (no lock: writers never
            /// wait for one another here). Returns the last queue id, if any were queued.
            pub async fn queue_audit(
                conn: &mut Conn,
                events: &[candour_domain::audit::NewAuditEvent],
            ) -> StoreResult<Option<i64>> {
                let mut last = None;
                for event in events {
                    let content = event.content.as_ref();
                    let id = sqlx::query_scalar::<_, i64>(
                        "INSERT INTO audit_queue (at, actor_kind, actor_id, actor_role, actor_organisation, \
                         acting_for, person_id, action, object, outcome, salt, reason, detail) \
                         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13) RETURNING id",
                    )
                    .bind(event.at)
                    .bind(event.actor.kind.key())
                    .bind(&event.actor.id)
                    .bind(&event.actor.role)
                    .bind(&event.actor.organisation)
                    .bind(event.acting_for.map(|p| p.0))
                    .bind(event.person.map(|p| p.0))
                    .bind(event.action.key())
                    .bind(&event.object)
                    .bind(event.outcome.key())
                    .bind(content.map(|c| c.salt.as_str()))
                    .bind(content.and_then(|c| c.reason.as_deref()))
                    .bind(content.and_then(|c| c.detail.as_deref()))
                    .fetch_one(&mut *conn)
                    .await
                    .map_err(database)?;
                    last = Some(id);
                }
                Ok(last)
            }

            fn queued_from(row: &DbRow) -> StoreResult<(i64, candour_domain::audit::NewAuditEvent)> {
                use candour_domain::audit::{ActorKind, AuditAction, AuditActor, NewAuditEvent, Outcome, PersonalContent};
                let read = || -> Result<(i64, NewAuditEvent), String> {
                    let get = |e: sqlx::Error| e.to_string();
                    let kind: String = row.try_get("actor_kind").map_err(get)?;
                    let action: String = row.try_get("action").map_err(get)?;
                    let outcome: String = row.try_get("outcome").map_err(get)?;
                    let acting_for: Option<i64> = row.try_get("acting_for").map_err(get)?;
                    let person: Option<i64> = row.try_get("person_id").map_err(get)?;
                    let salt: Option<String> = row.try_get("salt").map_err(get)?;
                    let content = match salt {
                        Some(salt) => Some(PersonalContent {
                            salt,
                            reason: row.try_get("reason").map_err(get)?,
                            detail: row.try_get("detail").map_err(get)?,
                        }),
                        None => None,
                    };
                    Ok((
                        row.try_get("id").map_err(get)?,
                        NewAuditEvent {
                            at: row.try_get("at").map_err(get)?,
                            actor: AuditActor {
                                kind: ActorKind::from_key(&kind).ok_or_else(|| format!("actor kind {kind}"))?,
                                id: row.try_get("actor_id").map_err(get)?,
                                role: row.try_get("actor_role").map_err(get)?,
                                organisation: row.try_get("actor_organisation").map_err(get)?,
                            },
                            acting_for: acting_for.map(PersonId),
                            person: person.map(PersonId),
                            action: AuditAction::from_key(&action).ok_or_else(|| format!("action {action}"))?,
                            object: row.try_get("object").map_err(get)?,
                            outcome: Outcome::from_key(&outcome).ok_or_else(|| format!("outcome {outcome}"))?,
                            content,
                        },
                    ))
                };
                read().map_err(|e| corrupt("audit_queue", e))
            }

            /// Places `events` in the chain after its head, in order: each hashed onto the one
            /// before and inserted with its personal content beside it, in the caller's
            /// transaction, which must already hold the log's lock. Returns the new head's
            /// sequence number, if anything was placed.
            pub async fn chain_audit(
                conn: &mut Conn,
                events: &[&candour_domain::audit::NewAuditEvent],
            ) -> StoreResult<Option<i64>> {
                use candour_domain::audit::AuditEvent;
                if events.is_empty() {
                    return Ok(None);
                }
                let mut head = audit_head(&mut *conn).await?.map(|h| (h.seq, h.hash));
                for new in events {
                    let event = AuditEvent::chain(head.as_ref().map(|(seq, hash)| (*seq, hash.as_str())), new);
                    sqlx::query(
                        "INSERT INTO audit_events (seq, at, actor_kind, actor_id, actor_role, actor_organisation, \
                         acting_for, person_id, action, object, outcome, content_hash, prev_hash, hash) \
                         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)",
                    )
                    .bind(event.seq)
                    .bind(event.at)
                    .bind(event.actor.kind.key())
                    .bind(&event.actor.id)
                    .bind(&event.actor.role)
                    .bind(&event.actor.organisation)
                    .bind(event.acting_for.map(|p| p.0))
                    .bind(event.person.map(|p| p.0))
                    .bind(event.action.key())
                    .bind(&event.object)
                    .bind(event.outcome.key())
                    .bind(&event.content_hash)
                    .bind(&event.prev_hash)
                    .bind(&event.hash)
                    .execute(&mut *conn)
                    .await
                    .map_err(database)?;
                    if let Some(content) = &new.content {
                        sqlx::query("INSERT INTO audit_details (seq, salt, reason, detail) VALUES ($1, $2, $3, $4)")
                            .bind(event.seq)
                            .bind(&content.salt)
                            .bind(&content.reason)
                            .bind(&content.detail)
                            .execute(&mut *conn)
                            .await
                            .map_err(database)?;
                    }
                    head = Some((event.seq, event.hash));
                }
                Ok(head.map(|(seq, _)| seq))
            }

            /// Places up to `limit` queued events in the chain, oldest first: each hashed onto the
            /// one before and inserted with its personal content beside it, the queue emptied of
            /// them, in the caller's transaction. `lock` is the statement that takes the log's lock,
            /// run first (empty where the transaction already holds it), so that several
            /// sequencers, on several app servers, never interleave. Returns the new head's
            /// sequence number, if anything was placed.
            pub async fn sequence_audit(conn: &mut Conn, lock: &str, limit: u32) -> StoreResult<Option<i64>> {
                if !lock.is_empty() {
                    sqlx::query(lock).execute(&mut *conn).await.map_err(database)?;
                }
                let queued = sqlx::query(
                    "SELECT id, at, actor_kind, actor_id, actor_role, actor_organisation, acting_for, \
                     person_id, action, object, outcome, salt, reason, detail FROM audit_queue \
                     ORDER BY id LIMIT $1",
                )
                .bind(i64::from(limit))
                .fetch_all(&mut *conn)
                .await
                .map_err(database)?
                .iter()
                .map(queued_from)
                .collect::<StoreResult<Vec<_>>>()?;
                if queued.is_empty() {
                    return Ok(None);
                }
                let events: Vec<_> = queued.iter().map(|(_, new)| new).collect();
                let head = chain_audit(&mut *conn, &events).await?;
                // Integers, so listing them in the SQL text is safe.
                let ids: Vec<String> = queued.iter().map(|(id, _)| id.to_string()).collect();
                sqlx::query(&format!("DELETE FROM audit_queue WHERE id IN ({})", ids.join(", ")))
                    .execute(&mut *conn)
                    .await
                    .map_err(database)?;
                Ok(head)
            }

            /// Whether any event queued at or before queue id `up_to` still waits.
            pub async fn audit_waiting(conn: &mut Conn, up_to: i64) -> StoreResult<bool> {
                let found: Option<i64> = sqlx::query_scalar("SELECT id FROM audit_queue WHERE id <= $1 LIMIT 1")
                    .bind(up_to)
                    .fetch_optional(&mut *conn)
                    .await
                    .map_err(database)?;
                Ok(found.is_some())
            }

            /// How many events wait to be placed in the chain.
            pub async fn audit_queued(conn: &mut Conn) -> StoreResult<u64> {
                let count: i64 = sqlx::query_scalar("SELECT count(*) FROM audit_queue")
                    .fetch_one(&mut *conn)
                    .await
                    .map_err(database)?;
                Ok(count.unsigned_abs())
            }
        }
    };
}
