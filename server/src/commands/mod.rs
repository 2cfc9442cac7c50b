//! One module per subcommand of `candour`.

pub mod api_client;
pub mod audit;
pub mod deadline;
pub mod demo_data;
pub mod import;
pub mod leaflet;
pub mod serve;
