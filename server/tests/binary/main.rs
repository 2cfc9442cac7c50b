//! The `candour` binary as a black box: started on port 0, spoken to over HTTP, run as a CLI.
//! One test binary with a module per subcommand, so the support code is compiled once.

mod access_copy;
mod access_log;
mod access_matrix;
mod api;
mod audit;
mod closed_cases;
mod consents;
mod deadline;
mod delegations;
mod demo_data;
mod idor;
mod leaflet;
mod limits;
mod needs;
mod organisation;
mod security;
mod serve;
mod sessions;
mod support;
mod typed_answers;
mod what_we_hold;
mod xss;
