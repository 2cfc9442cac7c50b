//! `candour deadline`: the statutory clock from the command line, a contract others test
//! against (DESIGN.md, "Interfaces").
//!
//! Prints each step of the calculation, then the due date as `YYYY-MM-DD` on the last line; with
//! `--json`, one JSON object. Invalid input exits with status 2 and a one-line reason.

use crate::InvalidInput;
use candour_domain::deadline::clock::{self, ClockEvents, Pause};
use candour_domain::deadline::{Calendar, Nation};
use chrono::NaiveDate;

/// Options of `candour deadline`.
#[derive(Debug, clap::Args)]
pub struct DeadlineArgs {
    /// The day the request arrived (Europe/London date).
    #[arg(long, value_name = "YYYY-MM-DD")]
    received: String,
    /// Whose bank holidays apply: england-and-wales, scotland or northern-ireland.
    #[arg(long)]
    nation: String,
    /// The day the ID, authority or fee asked for arrived; the month starts again (repeatable).
    #[arg(long, value_name = "YYYY-MM-DD")]
    restart: Vec<String>,
    /// A clarification pause: the day asked and the day answered, both included (repeatable).
    #[arg(long, value_name = "YYYY-MM-DD:YYYY-MM-DD")]
    pause: Vec<String>,
    /// The period was extended to three months (complex or numerous requests).
    #[arg(long)]
    extended: bool,
    /// Print one JSON object with the due date, the extension-notice deadline and every step.
    #[arg(long)]
    json: bool,
}

/// Runs the subcommand.
pub fn run(args: &DeadlineArgs) -> anyhow::Result<()> {
    let nation: Nation = args
        .nation
        .parse()
        .map_err(|e| InvalidInput(format!("--nation {e}")))?;
    let mut events = ClockEvents::received(date("--received", &args.received)?);
    events.extended = args.extended;
    events.restarts = args
        .restart
        .iter()
        .map(|r| date("--restart", r))
        .collect::<Result<_, _>>()?;
    events.pauses = args
        .pause
        .iter()
        .map(|p| pause(p))
        .collect::<Result<_, _>>()?;
    let deadline = clock::deadline(&events, nation, Calendar::bundled())
        .map_err(|e| InvalidInput(e.to_string()))?;
    let due = deadline
        .due
        .ok_or_else(|| InvalidInput("every --pause needs an end date".to_owned()))?;
    if args.json {
        let mut value = serde_json::to_value(&deadline)?;
        if let Some(steps) = value.get_mut("steps").and_then(|s| s.as_array_mut()) {
            for (json, step) in steps.iter_mut().zip(&deadline.steps) {
                json["explanation"] = serde_json::Value::String(step.explain());
            }
        }
        println!("{value}");
    } else {
        for step in &deadline.steps {
            println!("{}", step.explain());
        }
        println!(
            "Notice of any extension must be given by {}.",
            deadline.extension_notice_deadline
        );
        println!("{due}");
    }
    Ok(())
}

fn date(option: &str, text: &str) -> Result<NaiveDate, InvalidInput> {
    let shape_ok = text.len() == 10 && text.as_bytes()[4] == b'-' && text.as_bytes()[7] == b'-';
    match NaiveDate::parse_from_str(text, "%Y-%m-%d") {
        Ok(date) if shape_ok => Ok(date),
        _ if shape_ok => Err(InvalidInput(format!("{option} {text} is not a real date"))),
        _ => Err(InvalidInput(format!(
            "{option} must be a date written YYYY-MM-DD, not \"{}\"",
            text.chars().take(40).collect::<String>()
        ))),
    }
}

fn pause(text: &str) -> Result<Pause, InvalidInput> {
    let (asked, answered) = text.split_once(':').ok_or_else(|| {
        InvalidInput(format!(
            "--pause must be two dates YYYY-MM-DD:YYYY-MM-DD, not \"{}\"",
            text.chars().take(40).collect::<String>()
        ))
    })?;
    Ok(Pause {
        asked: date("--pause", asked)?,
        answered: Some(date("--pause", answered)?),
    })
}
