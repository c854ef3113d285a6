//! Erasing everything Centra-check keeps in the browser (the page's
//! "Alles wissen" button, docs/privacy.md): every key of its own, and
//! from then on no save of the plans from before, in this tab or any
//! other.
//!
//! A wipe starts a new generation of the [`Autosave`]: plans of an older
//! one (a save still waiting, a save job under way, an undo) are never
//! written again. Another tab learns of it when it finds the main key
//! empty where it had read or written plans, at the browser's `storage`
//! event or at its next save at the latest; it then starts afresh too
//! instead of writing its copy back.

use crate::text::lang::Lang;

use super::{Autosave, KeyValue, Millis, SavedPlans, STORAGE_KEY};

/// Every key Centra-check keeps: the plans ([`STORAGE_KEY`]) and every
/// key whose name begins with it (texts kept aside,
/// `centra-check.unreadable.…`, and whatever a later version adds).
pub fn own_keys(store: &impl KeyValue) -> Vec<String> {
    store
        .keys()
        .into_iter()
        .filter(|key| key.starts_with(STORAGE_KEY))
        .collect()
}

impl Autosave {
    /// Erases every key of [`own_keys`] and returns one empty plan in
    /// `lang` to go on with. Nothing is written until the next change;
    /// plans from before are never written again.
    pub fn wipe(&mut self, store: &mut impl KeyValue, lang: Lang, now: Millis) -> SavedPlans {
        for key in own_keys(store) {
            store.remove(&key);
        }
        self.start_afresh(lang, now)
    }

    /// A new generation with nothing known: what was read, written or
    /// waiting to be kept aside is forgotten.
    pub(super) fn start_afresh(&mut self, lang: Lang, now: Millis) -> SavedPlans {
        self.generation += 1;
        self.known_text = None;
        self.known = None;
        self.pending_aside = None;
        self.fresh(lang, now)
    }

    /// One empty plan of the current generation.
    pub(super) fn fresh(&self, lang: Lang, now: Millis) -> SavedPlans {
        let mut plans = SavedPlans::new(lang, now);
        plans.generation = self.generation;
        plans
    }
}

#[cfg(test)]
mod tests {
    use super::super::{open, Heard, MemoryStore, SaveJob, Saved, ASIDE_KEY_PREFIX};
    use super::*;
    use crate::engine::model::Proposal;
    use crate::formats::storage::testing::{named, titles, T0};

    /// A store with two plans saved by a tab, which is returned with them.
    fn tab_with_two_plans(store: &mut MemoryStore) -> (SavedPlans, Autosave) {
        let opened = open(store, Lang::Nl, T0);
        let mut plans = opened.plans;
        let mut autosave = opened.autosave;
        plans.update_active(named("Geheim plan A"), T0);
        plans.create("", T0);
        plans.update_active(named("Geheim plan B"), T0);
        assert_eq!(autosave.save(store, &plans, T0).unwrap(), Saved::Written);
        (plans, autosave)
    }

    fn stored_names(store: &MemoryStore) -> String {
        store
            .entries
            .values()
            .cloned()
            .collect::<Vec<_>>()
            .join("\n")
    }

    #[test]
    fn a_wipe_removes_every_key_of_ours_and_leaves_other_keys_alone() {
        let mut store = MemoryStore::default();
        let (_, mut autosave) = tab_with_two_plans(&mut store);
        for key in [
            format!("{ASIDE_KEY_PREFIX}{T0}"),
            format!("{ASIDE_KEY_PREFIX}{T0}-2"),
            "centra-check.later".into(),
            "another-app".into(),
        ] {
            store.set(&key, "tekst").unwrap();
        }
        let fresh = autosave.wipe(&mut store, Lang::En, T0 + 1);
        assert_eq!(store.keys(), ["another-app"]);
        assert!(own_keys(&store).is_empty());
        assert_eq!(fresh.plans().len(), 1);
        assert_eq!(*fresh.active().proposal, Proposal::default());
        assert_eq!(fresh.lang, Lang::En, "the language of the moment");
    }

    #[test]
    fn after_a_wipe_no_save_writes_the_old_plans_back() {
        let mut store = MemoryStore::default();
        let (mut old, mut autosave) = tab_with_two_plans(&mut store);
        // An edit whose save was still waiting, and a save job under way.
        old.update_active(named("Geheim plan C"), T0 + 1);
        let mut job = SaveJob::new(&old);
        while !job.step() {}
        let fresh = autosave.wipe(&mut store, Lang::Nl, T0 + 2);

        assert!(matches!(
            autosave.finish(&mut store, job, T0 + 3),
            Ok(Saved::Wiped(again)) if again.generation == fresh.generation
        ));
        assert!(matches!(
            autosave.save(&mut store, &old, T0 + 3),
            Ok(Saved::Wiped(_))
        ));
        assert!(store.entries.is_empty(), "{:?}", store.entries);
        // An edit made of the old plans is of the old generation too.
        let mut edited = old.clone();
        edited.update_active(named("Nog een poging"), T0 + 4);
        assert!(matches!(
            autosave.save(&mut store, &edited, T0 + 4),
            Ok(Saved::Wiped(_))
        ));
        assert!(store.entries.is_empty());

        // The fresh plans and what is made of them are saved as ever.
        let mut new = fresh;
        new.update_active(named("Nieuw begin"), T0 + 5);
        assert_eq!(
            autosave.save(&mut store, &new, T0 + 5).unwrap(),
            Saved::Written
        );
        let reopened = open(&mut store, Lang::Nl, T0 + 6).plans;
        assert_eq!(titles(&reopened), ["Nieuw begin"]);
        assert!(!stored_names(&store).contains("Geheim"));
    }

    #[test]
    fn another_tab_hears_the_wipe_and_never_writes_its_copy_back() {
        let mut store = MemoryStore::default();
        let (_, mut here) = tab_with_two_plans(&mut store);
        let opened = open(&mut store, Lang::Nl, T0);
        let (theirs, mut there) = (opened.plans, opened.autosave);
        assert_eq!(titles(&theirs), ["Geheim plan A", "Geheim plan B"]);

        here.wipe(&mut store, Lang::Nl, T0 + 1);
        // The `storage` event: the other tab starts afresh.
        let Some(Heard::Wiped(fresh)) = there.check(&store, Lang::En, T0 + 2) else {
            panic!("the other tab should hear the wipe");
        };
        assert_eq!(titles(&fresh), ["Naamloos plan"]);
        assert_eq!(fresh.lang, Lang::En);
        // Its old plans are refused even so, and nothing is written.
        assert!(matches!(
            there.save(&mut store, &theirs, T0 + 3),
            Ok(Saved::Wiped(_))
        ));
        assert!(store.entries.is_empty());
        assert_eq!(there.check(&store, Lang::Nl, T0 + 4), None, "heard once");
        assert_eq!(
            there.save(&mut store, &fresh, T0 + 4).unwrap(),
            Saved::Written
        );
    }

    #[test]
    fn a_tab_that_missed_the_event_starts_afresh_at_its_next_save() {
        let mut store = MemoryStore::default();
        let (_, mut here) = tab_with_two_plans(&mut store);
        let opened = open(&mut store, Lang::Nl, T0);
        let (mut theirs, mut there) = (opened.plans, opened.autosave);
        theirs.update_active(named("Net getypt"), T0 + 1);
        let mut job = SaveJob::new(&theirs);
        while !job.step() {}

        here.wipe(&mut store, Lang::Nl, T0 + 2);
        let Ok(Saved::Wiped(fresh)) = there.finish(&mut store, job, T0 + 3) else {
            panic!("the job of the old plans should not be written");
        };
        assert!(store.entries.is_empty());
        assert_eq!(*fresh.active().proposal, Proposal::default());
        assert!(matches!(
            there.save(&mut store, &theirs, T0 + 4),
            Ok(Saved::Wiped(_))
        ));
        assert!(store.entries.is_empty());
    }

    #[test]
    fn a_tab_that_never_kept_anything_goes_on_saving_after_a_wipe_elsewhere() {
        // Opened while nothing was stored, nothing written yet: an empty
        // key is what it knows, so nothing was erased under it.
        let mut store = MemoryStore::default();
        let opened = open(&mut store, Lang::Nl, T0);
        let (mut plans, mut autosave) = (opened.plans, opened.autosave);
        let mut other = open(&mut store, Lang::Nl, T0).autosave;
        other.wipe(&mut store, Lang::Nl, T0 + 1);
        assert_eq!(autosave.check(&store, Lang::Nl, T0 + 2), None);
        plans.update_active(named("Eerste plan"), T0 + 2);
        assert_eq!(
            autosave.save(&mut store, &plans, T0 + 2).unwrap(),
            Saved::Written
        );
    }

    #[test]
    fn text_waiting_to_be_kept_aside_is_erased_not_written_later() {
        let mut store = MemoryStore::default();
        store.set(STORAGE_KEY, "{ kapot").unwrap();
        store.refuse_writes = true;
        let mut opened = open(&mut store, Lang::Nl, T0);
        store.refuse_writes = false;
        let fresh = opened.autosave.wipe(&mut store, Lang::Nl, T0 + 1);
        assert!(store.entries.is_empty());
        assert_eq!(
            opened.autosave.save(&mut store, &fresh, T0 + 2).unwrap(),
            Saved::Written
        );
        assert_eq!(
            own_keys(&store),
            [STORAGE_KEY],
            "no copy of the broken text"
        );
    }
}
