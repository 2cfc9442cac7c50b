//! The half of every backend's [`Store`](crate::Store) implementation that only forwards to
//! the queries written once in [`shared_queries!`](crate::shared_queries).
//!
//! [`store_impl!`] expands, inside a backend crate, to `impl Store for TheStore`: the methods the
//! backend writes itself (passed in) followed by one forwarding method per shared query, so a
//! new shared query is forwarded in one place rather than once per backend.

/// Expands to `#[async_trait] impl Store for $store { $own… forwarding methods… }`; the store
/// must have a `pool` field of the type given to `shared_queries!`.
#[macro_export]
macro_rules! store_impl {
    ($store:ty { $($own:tt)* }) => {
        const _: () = {
            use candour_domain::access::{AccountId, Role};
            use candour_domain::account::{Account, NewAccount};
            use candour_domain::delegation::{Delegation, DelegationId, NewDelegation};
            use candour_domain::person::PersonId;
            use candour_domain::record::{Entry, EntryId, EntryKind, NewEntry};
            use candour_domain::rectification::Disagreement;
            use candour_domain::rights::{NewRequest, RequestEvent, RequestId, RightsRequest};
            use candour_domain::ingest::{Batch, Problem};
            use candour_store::records::{
                AccessCopyRecord, Activity, ApiClient, ImportSummary, Notification, OutgoingEmail, SessionRecord,
                SignInAttempt,
            };
            use candour_store::StoreResult;

            #[async_trait::async_trait]
            impl candour_store::Store for $store {
                $($own)*

            async fn upsert_account(&self, account: &NewAccount, now: i64) -> StoreResult<Account> {
                shared::upsert_account(&self.pool, account, now).await
            }

            async fn account(&self, id: AccountId) -> StoreResult<Option<Account>> {
                shared::account(&self.pool, id).await
            }

            async fn staff_with_role(&self, role: Role) -> StoreResult<Vec<Account>> {
                shared::staff_with_role(&self.pool, role).await
            }

            async fn create_session(&self, session: &SessionRecord) -> StoreResult<()> {
                shared::create_session(&self.pool, session).await
            }

            async fn session(&self, id_hash: &str) -> StoreResult<Option<SessionRecord>> {
                shared::session(&self.pool, id_hash).await
            }

            async fn touch_session(&self, id_hash: &str, now: i64) -> StoreResult<()> {
                shared::touch_session(&self.pool, id_hash, now).await
            }

            async fn set_acting_for(&self, id_hash: &str, person: Option<PersonId>) -> StoreResult<()> {
                shared::set_acting_for(&self.pool, id_hash, person).await
            }

            async fn end_session(&self, id_hash: &str, now: i64) -> StoreResult<()> {
                shared::end_session(&self.pool, id_hash, now).await
            }

            async fn save_sign_in_attempt(
                &self,
                attempt: &SignInAttempt,
                stale_before: i64,
            ) -> StoreResult<()> {
                shared::save_sign_in_attempt(&self.pool, attempt, stale_before).await
            }

            async fn take_sign_in_attempt(&self, id_hash: &str) -> StoreResult<Option<SignInAttempt>> {
                shared::take_sign_in_attempt(&self.pool, id_hash).await
            }

            async fn create_delegation(
                &self,
                delegation: &NewDelegation,
                now: i64,
            ) -> StoreResult<DelegationId> {
                shared::create_delegation(&self.pool, delegation, now).await
            }

            async fn delegation(&self, id: DelegationId) -> StoreResult<Option<Delegation>> {
                shared::delegation(&self.pool, id).await
            }

            async fn delegations_for_person(&self, person: PersonId) -> StoreResult<Vec<Delegation>> {
                shared::delegations_for_person(&self.pool, person).await
            }

            async fn delegations_for_delegate(&self, account: AccountId) -> StoreResult<Vec<Delegation>> {
                shared::delegations_for_delegate(&self.pool, account).await
            }

            async fn accept_invitation(
                &self,
                code_hash: &str,
                account: AccountId,
                own_person: Option<PersonId>,
                made_after: i64,
                now: i64,
            ) -> StoreResult<Option<Delegation>> {
                shared::accept_invitation(&self.pool, code_hash, account, own_person, made_after, now).await
            }

            async fn end_delegation(
                &self,
                id: DelegationId,
                person: PersonId,
                by: AccountId,
                now: i64,
            ) -> StoreResult<bool> {
                shared::end_delegation(&self.pool, id, person, by, now).await
            }

            async fn record_activity(&self, entry: &Activity) -> StoreResult<()> {
                shared::record_activity(&self.pool, entry).await
            }

            async fn activity_for_person(
                &self,
                person: PersonId,
                limit: u32,
            ) -> StoreResult<Vec<Activity>> {
                shared::activity_for_person(&self.pool, person, limit).await
            }

            async fn notify(&self, person: PersonId, kind: &str, args: &str, now: i64) -> StoreResult<()> {
                shared::notify(&self.pool, person, kind, args, now).await
            }

            async fn notifications(&self, person: PersonId, limit: u32) -> StoreResult<Vec<Notification>> {
                shared::notifications(&self.pool, person, limit).await
            }

            async fn create_request(
                &self,
                request: &NewRequest,
                due: Option<chrono::NaiveDate>,
                now: i64,
            ) -> StoreResult<RequestId> {
                shared::create_request(&self.pool, request, due, now).await
            }

            async fn request(&self, id: RequestId) -> StoreResult<Option<RightsRequest>> {
                shared::request(&self.pool, id).await
            }

            async fn requests_for_person(&self, person: PersonId) -> StoreResult<Vec<RightsRequest>> {
                shared::requests_for_person(&self.pool, person).await
            }

            async fn open_requests(&self) -> StoreResult<Vec<RightsRequest>> {
                shared::open_requests(&self.pool).await
            }

            async fn request_queue(
                &self,
                query: &candour_store::queue::QueueQuery,
                offset: u64,
                limit: u32,
            ) -> StoreResult<candour_store::queue::QueuePage> {
                shared::request_queue(&self.pool, query, offset, limit).await
            }

            async fn set_due_dates(
                &self,
                dues: &[(RequestId, Option<chrono::NaiveDate>)],
            ) -> StoreResult<u64> {
                shared::set_due_dates(&self.pool, dues).await
            }

            async fn add_request_event(
                &self,
                id: RequestId,
                event: &RequestEvent,
                due: Option<chrono::NaiveDate>,
                now: i64,
            ) -> StoreResult<()> {
                shared::add_request_event(&self.pool, id, event, due, now).await
            }

            async fn save_sharing(
                &self,
                person: PersonId,
                sharing: &candour_domain::sharing::Sharing,
                now: i64,
            ) -> StoreResult<()> {
                shared::save_sharing(&self.pool, person, sharing, now).await
            }

            async fn sharing_for_person(
                &self,
                person: PersonId,
            ) -> StoreResult<Vec<candour_domain::sharing::Sharing>> {
                shared::sharing_for_person(&self.pool, person).await
            }

            async fn save_consent(
                &self,
                person: PersonId,
                consent: &candour_domain::consent::Consent,
                now: i64,
            ) -> StoreResult<()> {
                shared::save_consent(&self.pool, person, consent, now).await
            }

            async fn consents_for_person(
                &self,
                person: PersonId,
            ) -> StoreResult<Vec<candour_domain::consent::Consent>> {
                shared::consents_for_person(&self.pool, person).await
            }

            async fn correct_entry(
                &self,
                id: RequestId,
                corrected: &NewEntry,
                event: &RequestEvent,
                due: Option<chrono::NaiveDate>,
                now: i64,
            ) -> StoreResult<()> {
                shared::correct_entry(&self.pool, id, corrected, event, due, now).await
            }

            async fn save_disagreement(
                &self,
                person: PersonId,
                disagreement: &Disagreement,
                by: AccountId,
                now: i64,
            ) -> StoreResult<()> {
                shared::save_disagreement(&self.pool, person, disagreement, by, now).await
            }

            async fn disagreements_for_person(&self, person: PersonId) -> StoreResult<Vec<Disagreement>> {
                shared::disagreements_for_person(&self.pool, person).await
            }

            async fn assign_request(&self, id: RequestId, to: Option<AccountId>) -> StoreResult<bool> {
                shared::assign_request(&self.pool, id, to).await
            }

            async fn queue_email(&self, email: &OutgoingEmail, now: i64) -> StoreResult<()> {
                shared::queue_email(&self.pool, email, now).await
            }

            async fn emails_to_send(
                &self,
                max_attempts: u32,
                limit: u32,
            ) -> StoreResult<Vec<(i64, OutgoingEmail)>> {
                shared::emails_to_send(&self.pool, max_attempts, limit).await
            }

            async fn email_sent(&self, id: i64, now: i64) -> StoreResult<()> {
                shared::email_sent(&self.pool, id, now).await
            }

            async fn email_failed(&self, id: i64, error: &str) -> StoreResult<()> {
                shared::email_failed(&self.pool, id, error).await
            }

            async fn save_draft(&self, session_hash: &str, answers: &str, now: i64) -> StoreResult<()> {
                shared::save_draft(&self.pool, session_hash, answers, now).await
            }

            async fn draft(&self, session_hash: &str) -> StoreResult<Option<String>> {
                shared::draft(&self.pool, session_hash).await
            }

            async fn clear_draft(&self, session_hash: &str) -> StoreResult<()> {
                shared::clear_draft(&self.pool, session_hash).await
            }

            async fn upsert_entry(&self, entry: &NewEntry, now: i64) -> StoreResult<EntryId> {
                shared::upsert_entry(&self.pool, entry, now).await
            }

            async fn entry(&self, person: PersonId, id: EntryId) -> StoreResult<Option<Entry>> {
                shared::entry(&self.pool, person, id).await
            }

            async fn entries_for_person(
                &self,
                person: PersonId,
                kind: Option<EntryKind>,
                search: Option<&str>,
                offset: u32,
                limit: u32,
            ) -> StoreResult<(Vec<Entry>, u64)> {
                shared::entries_for_person(&self.pool, person, kind, search, offset, limit).await
            }

            async fn mark_entry_checked(
                &self,
                person: PersonId,
                id: EntryId,
                on: chrono::NaiveDate,
                by: AccountId,
            ) -> StoreResult<bool> {
                shared::mark_entry_checked(&self.pool, person, id, on, by).await
            }

            async fn entries_due_for_check(
                &self,
                checked_before: chrono::NaiveDate,
                offset: u32,
                limit: u32,
            ) -> StoreResult<(Vec<Entry>, u64)> {
                shared::entries_due_for_check(&self.pool, checked_before, offset, limit).await
            }

            async fn entry_versions(&self, id: EntryId) -> StoreResult<Vec<(i64, NewEntry)>> {
                shared::entry_versions(&self.pool, id).await
            }

            async fn import(
                &self,
                batch: &Batch,
                organisation: &str,
                now: i64,
            ) -> StoreResult<Result<ImportSummary, Vec<Problem>>> {
                shared::import(&self.pool, batch, organisation, now).await
            }

            async fn entry_by_source(
                &self,
                organisation: &str,
                person_source_id: &str,
                entry_source_id: &str,
            ) -> StoreResult<Option<Entry>> {
                shared::entry_by_source(&self.pool, organisation, person_source_id, entry_source_id).await
            }

            async fn create_api_client(&self, client: &ApiClient) -> StoreResult<()> {
                shared::create_api_client(&self.pool, client).await
            }

            async fn api_client(&self, client_id: &str) -> StoreResult<Option<ApiClient>> {
                shared::api_client(&self.pool, client_id).await
            }

            async fn api_clients(&self) -> StoreResult<Vec<ApiClient>> {
                shared::api_clients(&self.pool).await
            }

            async fn revoke_api_client(&self, client_id: &str, now: i64) -> StoreResult<bool> {
                shared::revoke_api_client(&self.pool, client_id, now).await
            }

            async fn save_access_copy(&self, copy: &AccessCopyRecord) -> StoreResult<()> {
                shared::save_access_copy(&self.pool, copy).await
            }

            async fn access_copy(
                &self,
                person: PersonId,
                request: RequestId,
                now: i64,
            ) -> StoreResult<Option<AccessCopyRecord>> {
                shared::access_copy(&self.pool, person, request, now).await
            }

            async fn remove_expired_access_copies(&self, now: i64) -> StoreResult<u64> {
                shared::remove_expired_access_copies(&self.pool, now).await
            }

            async fn rate_events(&self, bucket: &str, since: i64) -> StoreResult<Vec<i64>> {
                shared::rate_events(&self.pool, bucket, since).await
            }

            async fn add_rate_event(&self, bucket: &str, at: i64, forget_before: i64) -> StoreResult<()> {
                shared::add_rate_event(&self.pool, bucket, at, forget_before).await
            }
            }
        };
    };
}
