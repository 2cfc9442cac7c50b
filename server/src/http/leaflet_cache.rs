//! Public leaflets, kept once made: each leaflet × language × size is rendered the first time it
//! is asked for and served from memory after, until the council's details or logo change
//! (`candour_app::branding::Branding::generation`), when every copy is dropped. Public
//! downloads are the easy way to keep two render slots busy for ever (security review); with
//! this, a flood of them costs one render each. Personal leaflets are never kept.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

/// Which public leaflet: name, language tag, large print.
pub type LeafletKey = (String, String, bool);

/// The rendered public leaflets for one generation of the council's details.
#[derive(Debug, Default)]
pub struct LeafletCache {
    kept: Mutex<(u64, HashMap<LeafletKey, Arc<Vec<u8>>>)>,
}

impl LeafletCache {
    /// The kept PDF for `key`, if it was made under the details of `generation`.
    pub fn get(&self, generation: u64, key: &LeafletKey) -> Option<Arc<Vec<u8>>> {
        let kept = self
            .kept
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        (kept.0 == generation)
            .then(|| kept.1.get(key).cloned())
            .flatten()
    }

    /// Keeps `pdf` for `key` under `generation`, dropping everything kept under another.
    pub fn keep(&self, generation: u64, key: LeafletKey, pdf: Arc<Vec<u8>>) {
        let mut kept = self
            .kept
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        if kept.0 != generation {
            *kept = (generation, HashMap::new());
        }
        kept.1.insert(key, pdf);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_leaflet_is_kept_until_the_councils_details_change() {
        let cache = LeafletCache::default();
        let key = ("your-rights".to_owned(), "cy".to_owned(), false);
        assert_eq!(cache.get(0, &key), None);
        cache.keep(0, key.clone(), Arc::new(b"%PDF-1".to_vec()));
        assert_eq!(cache.get(0, &key).as_deref(), Some(&b"%PDF-1".to_vec()));
        let large = ("your-rights".to_owned(), "cy".to_owned(), true);
        assert_eq!(cache.get(0, &large), None, "each size is its own");
        assert_eq!(cache.get(1, &key), None, "new details: not served");
        cache.keep(1, large.clone(), Arc::new(b"%PDF-2".to_vec()));
        assert_eq!(cache.get(0, &key), None, "the old generation is gone");
        assert!(cache.get(1, &large).is_some());
    }
}
