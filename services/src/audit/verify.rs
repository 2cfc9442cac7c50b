//! `candour audit verify`: recompute the whole chain and check every checkpoint's signature.
//!
//! The events are read in order, a chunk at a time (the database building each row as one JSON
//! text, which is what makes reading fast), and checked by `candour_domain::audit::ChainCheck`
//! as they come; the database's own thread reads while this one hashes.

use super::key::signature_is_valid;
use candour_domain::audit::{Broken, ChainCheck, Checkpoint, Problem};
use candour_store::StoreResult;
use candour_store::read::*;

/// Events read per query.
const CHUNK: u32 = 20_000;

/// What a check of an intact chain found.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Intact {
    /// How many events.
    pub events: i64,
    /// The newest checkpoint.
    pub last_checkpoint: Option<Checkpoint>,
}

/// Checks every event and every checkpoint against `public_key` (hex): `Ok(Ok(..))` when intact,
/// `Ok(Err(..))` naming the first bad sequence number and what is wrong there.
pub async fn verify(
    mut reads: Box<dyn Reads>,
    public_key: &str,
) -> StoreResult<Result<Intact, Broken>> {
    let checkpoints = reads.checkpoints().await?;
    for checkpoint in &checkpoints {
        if checkpoint.public_key != public_key
            || !signature_is_valid(public_key, &checkpoint.message(), &checkpoint.signature)
        {
            return Ok(Err(Broken {
                seq: checkpoint.seq,
                problem: Problem::BadSignature {
                    number: checkpoint.number,
                },
            }));
        }
    }
    let last_checkpoint = checkpoints.last().cloned();
    let mut check = match ChainCheck::new(checkpoints) {
        Ok(check) => check,
        Err(broken) => return Ok(Err(broken)),
    };
    let mut after = 0;
    loop {
        let chunk = reads.audit_events_after(after, CHUNK).await?;
        let Some((last, _)) = chunk.last() else {
            break;
        };
        after = last.seq;
        for (event, content) in &chunk {
            if let Err(broken) = check.next(event, content.as_ref()) {
                return Ok(Err(broken));
            }
        }
        if chunk.len() < CHUNK as usize {
            break;
        }
    }
    Ok(check.finish().map(|events| Intact {
        events,
        last_checkpoint,
    }))
}
