//! The storage conformance suite: the same cases, run against every backend on a real server.
//!
//! One module per repository. A backend's test file invokes [`conformance_tests!`] with a
//! factory that makes a fresh, migrated, empty store (and anything to keep alive while the case
//! runs); the macro makes one `#[tokio::test]` per case, so each case passes or fails, and is
//! named, on its own.
//!
//! Cases write as the workflows do: through a transaction, committed once ([`w!`] wraps one
//! write in its own).

pub mod alerts;
pub mod api_clients;
pub mod audit;
pub mod copies;
pub mod delegates;
pub mod ingest;
pub mod limits;
pub mod outbox;
pub mod people;
pub mod questions;
pub mod records;
pub mod requests;
pub mod sessions;

use crate::records::{OutgoingEmail, SessionRecord, SignInAttempt};
use crate::{SETTING_DEMO_DATA, Store};
use candour_domain::access::{AccountId, Assurance, AuthorityKind, DelegateScope, Role};
use candour_domain::account::{AccountKind, NewAccount};
use candour_domain::delegation::NewDelegation;
use candour_domain::person::{CaseStatus, PersonId};
use candour_domain::rights::{
    Channel, ContactPreference, EventKind, NewRequest, RequestEvent, RequestId, Right,
};
use candour_domain::synthetic;
use std::sync::Arc;

/// One write in a transaction of its own, committed when it succeeds (dropped, so rolled back,
/// when it fails), as a workflow would: `w!(store, insert_people(&people, None))`.
#[macro_export]
macro_rules! w {
    ($store:expr, $method:ident ( $($arg:expr),* $(,)? )) => {{
        let mut tx = $store.begin().await.expect("begin");
        let result = tx.$method($($arg),*).await;
        if result.is_ok() {
            tx.commit().await.expect("commit");
        }
        result
    }};
}
pub use w;

/// One `#[tokio::test]` per conformance case, each on a fresh store from `$factory` (an async
/// function returning the store and a guard kept alive until the case ends).
#[macro_export]
macro_rules! conformance_tests {
    ($factory:path) => {
        $crate::conformance_tests!(@cases $factory;
            people::ping_answers,
            people::people_round_trip,
            people::insert_skips_known_source_ids,
            people::insert_is_all_or_nothing,
            people::missing_person_is_none,
            people::people_after_pages_in_id_order,
            people::people_are_found_by_name_case_reference_and_birthday,
            people::settings_replace_earlier_values,
            people::people_are_found_by_nhs_number,
            sessions::accounts_are_refreshed_and_keep_their_link,
            sessions::sessions_live_and_end,
            sessions::a_sign_in_attempt_can_be_taken_once,
            delegates::invitations_are_accepted_once_and_ended_only_by_their_person,
            delegates::an_emailed_invitation_is_accepted_only_with_its_address,
            delegates::a_registration_works_only_once_another_member_of_staff_approves_it,
            outbox::notifications_are_kept_per_person_newest_first,
            outbox::messages_are_unread_until_the_person_reads_them,
            outbox::the_outbox_sends_each_email_once_and_gives_up_after_the_limit,
            outbox::a_choice_of_email_for_news_is_kept_per_person_and_can_be_taken_back,
            requests::requests_keep_their_events_and_close_when_answered,
            requests::requests_are_assigned_to_staff_with_the_role,
            requests::the_queue_pages_open_requests_by_stored_due_date,
            requests::drafts_are_kept_per_session_until_cleared,
            requests::a_correction_keeps_the_old_version_and_a_disagreement_stays_with_its_person,
            questions::questions_are_kept_per_person_queued_by_due_date_and_answered_once,
            alerts::alerts_hold_per_sign_in_list_waiting_first_and_are_decided_once,
            records::entries_are_marked_checked_and_listed_when_due,
            records::entries_are_scoped_by_person_searchable_and_keep_versions,
            records::an_entry_withheld_without_saying_so_is_never_listed_or_counted,
            records::an_opening_holds_for_its_sign_in_entry_and_reason,
            ingest::shares_are_imported_for_entries_the_person_has_and_replaced_when_sent_again,
            ingest::untold_shares_are_listed_by_review_date_with_whose_they_are,
            ingest::consents_are_imported_per_person_and_a_withdrawal_replaces_the_consent,
            ingest::online_consent_changes_survive_a_resend_and_a_second_press_is_not_kept,
            ingest::shares_under_a_withdrawn_consent_are_refused_and_recipients_are_followed,
            ingest::an_import_adds_then_updates_and_keeps_changed_entries_history,
            ingest::an_import_with_a_problem_stores_nothing_and_never_touches_another_organisation,
            ingest::a_check_made_in_candour_survives_the_next_import,
            ingest::access_events_are_kept_once_and_only_for_the_organisations_own_people,
            api_clients::api_clients_are_kept_listed_and_revoked,
            copies::access_copies_are_the_persons_alone_and_expire,
            limits::tries_are_counted_in_one_statement_even_at_once,
            limits::old_tries_are_forgotten,
            audit::events_chain_in_order_and_read_back_per_person,
            audit::a_persons_events_by_one_kind_of_actor_page_newest_first,
            audit::a_persons_events_come_newest_first_by_when_they_happened,
            audit::a_persons_events_page_from_where_the_last_page_ended,
            audit::an_uncommitted_transaction_leaves_no_event,
            audit::appends_at_once_from_many_transactions_chain_without_gaps,
            audit::checkpoints_are_kept_and_personal_content_can_be_erased,
            audit::the_earlier_activity_table_is_read_once_then_dropped
        );
    };
    (@cases $factory:path; $($module:ident :: $case:ident),* $(,)?) => {
        $(
            #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
            async fn $case() {
                let (store, _guard) = $factory().await;
                $crate::conformance::$module::$case(store).await;
            }
        )*
    };
}

/// Two synthetic people and their ids.
pub(crate) async fn two_people(store: &Arc<dyn Store>) -> (PersonId, PersonId) {
    let people: Vec<_> = (0..2).map(|i| synthetic::person(11, i)).collect();
    w!(store, insert_people(&people, None)).expect("insert");
    let first = store
        .reads()
        .person_by_source_id(&people[0].source_id)
        .await
        .expect("q")
        .expect("present");
    let second = store
        .reads()
        .person_by_source_id(&people[1].source_id)
        .await
        .expect("q")
        .expect("present");
    (first.id, second.id)
}

/// A public account for `subject`, linked to `person`.
pub(crate) fn public_account(subject: &str, person: Option<PersonId>) -> NewAccount {
    NewAccount {
        kind: AccountKind::Public,
        issuer: "https://id.example".to_owned(),
        subject: subject.to_owned(),
        display_name: format!("User {subject}"),
        email: None,
        person,
        roles: Default::default(),
    }
}
