//! The repositories, one per aggregate. Each has a `…Reads` trait (what pages and workflows
//! look up) and, where it changes anything, a `…Writes` trait. Every method takes the open
//! database handle (`&mut self`): a read handle from [`Store::reads`](crate::Store::reads), or
//! a transaction from [`Store::begin`](crate::Store::begin), which alone has the writes.
//!
//! Queries about a person take the person's id and are scoped by it in SQL: a caller never
//! fetches broadly and filters afterwards.

pub mod accounts;
pub mod alerts;
pub mod api_clients;
pub mod audit;
pub mod consent;
pub mod copies;
pub mod delegates;
pub mod limits;
pub mod outbox;
pub mod people;
pub mod questions;
pub mod records;
pub mod requests;
pub mod sessions;
pub mod settings;
pub mod sharing;
