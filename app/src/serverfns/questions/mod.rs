//! Questions about who looked: the person (or a delegate) asks, a privacy officer answers
//! (`candour_services::questions`).

pub mod answer;
pub mod ask;
