//! One module per subcommand of `candour`.

pub mod deadline;
pub mod demo_data;
pub mod leaflet;
pub mod serve;
