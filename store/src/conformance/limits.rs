//! Abuse limits: each try checked and counted in one statement.

use super::*;
use candour_domain::abuse::{Limit, Verdict};

const THREE_IN_TEN_MINUTES: Limit = Limit {
    max: 3,
    window_seconds: 600,
};

/// Tries are counted per bucket, the wait is reported, and tries made at once never overrun
/// the limit (two requests can never both take the last place).
pub async fn tries_are_counted_in_one_statement_even_at_once(store: Arc<dyn Store>) {
    let now = 1_000_000_000;
    for _ in 0..3 {
        assert_eq!(
            w!(
                store,
                try_once("sign-in:10.0.0.1", THREE_IN_TEN_MINUTES, now)
            )
            .expect("try"),
            Verdict::Allowed
        );
    }
    assert_eq!(
        w!(
            store,
            try_once("sign-in:10.0.0.1", THREE_IN_TEN_MINUTES, now)
        )
        .expect("try"),
        Verdict::TryAgainIn { minutes: 4 },
        "the fourth at once waits one interval (200 s), rounded up"
    );
    assert_eq!(
        w!(
            store,
            try_once("sign-in:10.0.0.2", THREE_IN_TEN_MINUTES, now)
        )
        .expect("try"),
        Verdict::Allowed,
        "another bucket is untouched"
    );
    assert_eq!(
        w!(
            store,
            try_once("sign-in:10.0.0.1", THREE_IN_TEN_MINUTES, now + 200_000)
        )
        .expect("try"),
        Verdict::Allowed,
        "a refused try was not counted: one interval later the next goes"
    );
    let five = Limit {
        max: 5,
        window_seconds: 600,
    };
    // Collected first, so every try is under way before any is awaited.
    let tries: Vec<_> = (0..12)
        .map(|_| {
            let store = store.clone();
            tokio::spawn(async move { w!(store, try_once("codes:9", five, now)).expect("try") })
        })
        .collect();
    let mut allowed = 0;
    for try_ in tries {
        if try_.await.expect("task") == Verdict::Allowed {
            allowed += 1;
        }
    }
    assert_eq!(allowed, 5, "twelve tries at once: exactly five allowed");
}

/// Buckets whose tries no longer count are forgotten.
pub async fn old_tries_are_forgotten(store: Arc<dyn Store>) {
    let now = 1_000_000_000;
    w!(store, try_once("requests:1", THREE_IN_TEN_MINUTES, now)).expect("try");
    w!(
        store,
        try_once("requests:2", THREE_IN_TEN_MINUTES, now + 500_000)
    )
    .expect("try");
    assert_eq!(
        w!(store, forget_old_tries(now + 300_000)).expect("forget"),
        1,
        "the first bucket's try no longer counts 300 s later"
    );
    for _ in 0..2 {
        assert_eq!(
            w!(
                store,
                try_once("requests:2", THREE_IN_TEN_MINUTES, now + 500_000)
            )
            .expect("try"),
            Verdict::Allowed,
            "the second bucket still counts its try: two more at once"
        );
    }
}
