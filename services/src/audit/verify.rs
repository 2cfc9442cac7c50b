//! `candour audit verify`: recompute the whole chain and check every checkpoint's signature.
//!
//! The events are read in order, a chunk at a time, and checked by
//! `candour_domain::audit::ChainCheck` on a thread of its own while the next chunk is read, so
//! reading and hashing overlap on the two cores a council's first server has.

use super::key::signature_is_valid;
use candour_domain::audit::{Broken, ChainCheck, Checkpoint, Problem};
use candour_store::StoreResult;
use candour_store::read::*;

/// An event with its personal content, if still held.
type AuditRow = (
    candour_domain::audit::AuditEvent,
    Option<candour_domain::audit::PersonalContent>,
);

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
    let (send, receive) = std::sync::mpsc::sync_channel::<Vec<AuditRow>>(2);
    let checker = std::thread::spawn(move || -> Result<ChainCheck, Broken> {
        for chunk in receive {
            for (event, content) in &chunk {
                check.next(event, content.as_ref())?;
            }
        }
        Ok(check)
    });
    let mut after = 0;
    loop {
        let chunk = reads.audit_events_after(after, CHUNK).await?;
        let Some((last, _)) = chunk.last() else {
            break;
        };
        after = last.seq;
        let full = chunk.len() == CHUNK as usize;
        if send.send(chunk).is_err() {
            // The checker stopped at a broken event.
            break;
        }
        if !full {
            break;
        }
    }
    drop(send);
    let checked = checker
        .join()
        .map_err(|_| candour_store::StoreError::Corrupt("the chain check stopped".to_owned()))?;
    Ok(checked.and_then(ChainCheck::finish).map(|events| Intact {
        events,
        last_checkpoint,
    }))
}
