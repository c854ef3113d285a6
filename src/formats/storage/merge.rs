//! Two tabs, one storage key: merging what another tab saved into this
//! tab's plans, so that no edit of either is lost, whichever saves last.
//!
//! A three-way merge per plan id, with `base` the plans this tab last read
//! or wrote (what both tabs started from), `mine` this tab's plans now, and
//! `theirs` what the other tab saved since. A plan's content is its name
//! and its proposal; times and order do not count as edits.
//!
//! | base | mine | theirs | result |
//! |---|---|---|---|
//! | b | = b | t | t (only they changed it) |
//! | b | m | = b, or = m | m (only we changed it, or the same) |
//! | b | m | t | m, and t as a plan of its own, "… (andere versie)" |
//! | b | = b | deleted | deleted |
//! | b | m | deleted | m (our edit outlives their delete) |
//! | b | deleted | = b | deleted |
//! | b | deleted | t | t (their edit outlives our delete) |
//! | – | m | – | m (new here) |
//! | – | – | t | t (new there) |
//! | – | m | t, same id | t keeps the id, m gets a new one |
//!
//! The untouched empty plan of a first visit (this tab had read no stored
//! plans) holds nothing to keep and gives way to theirs.

use crate::text::lang::Lang;
use crate::text::notices::notices;

use super::{Millis, SavedPlan, SavedPlans};

/// What a merge brought, for the notice the app shows.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Merged {
    /// Plans both tabs changed: the title of the other tab's version, kept
    /// as a plan of its own.
    pub other_versions: Vec<String>,
    /// Plans one tab deleted and the other changed, kept (their titles).
    pub kept_from_delete: Vec<String>,
    /// Whether the open plan now shows other content (or is another plan).
    pub open_plan_changed: bool,
}

impl Merged {
    /// The notice for the user, if the merge needs one: always when two
    /// versions were kept; when the open plan changed, to say why.
    pub fn message(&self, open_title: &str, lang: Lang) -> Option<String> {
        let list = |titles: &[String]| {
            titles
                .iter()
                .map(|t| format!("‘{t}’"))
                .collect::<Vec<_>>()
                .join(", ")
        };
        let texts = notices(lang);
        let mut parts = Vec::new();
        if !self.other_versions.is_empty() {
            parts.push((texts.other_versions_kept)(&list(&self.other_versions)));
        }
        if !self.kept_from_delete.is_empty() {
            parts.push((texts.kept_from_delete)(&list(&self.kept_from_delete)));
        }
        if parts.is_empty() && self.open_plan_changed {
            parts.push((texts.updated_from_other_tab)(open_title));
        }
        (!parts.is_empty()).then(|| parts.join(" "))
    }

    /// Whether the merge did anything worth saying.
    pub fn is_quiet(&self) -> bool {
        self.other_versions.is_empty() && self.kept_from_delete.is_empty()
    }
}

fn same(a: &SavedPlan, b: &SavedPlan) -> bool {
    a.name == b.name && a.proposal == b.proposal
}

fn untouched(plan: &SavedPlan) -> bool {
    plan.name.is_empty() && plan.proposal.is_empty()
}

fn find<'a>(plans: &'a SavedPlans, id: &str) -> Option<&'a SavedPlan> {
    plans.plans.iter().find(|p| p.id == id)
}

impl SavedPlans {
    /// Takes in what another tab saved (`theirs`) since this tab last read
    /// or wrote `base`, keeping every edit of both (see the module table).
    /// This tab's open plan and language stay, unless the open plan went.
    pub fn merge(&mut self, base: &SavedPlans, theirs: &SavedPlans, now: Millis) -> Merged {
        let mut merged = Merged::default();
        let mine = std::mem::take(&mut self.plans);
        let before_open = mine.iter().find(|p| p.id == self.active).cloned();
        let open_index = mine.iter().position(|p| p.id == self.active).unwrap_or(0);
        self.next_id = self.next_id.max(theirs.next_id).max(base.next_id);
        // Ids taken anywhere, so a plan given a new id clashes with none.
        let mut taken: Vec<String> = mine
            .iter()
            .chain(&theirs.plans)
            .chain(&base.plans)
            .map(|p| p.id.clone())
            .collect();
        let mut fresh = |next_id: &mut u64| loop {
            let id = format!("plan-{next_id}");
            *next_id += 1;
            if !taken.contains(&id) {
                taken.push(id.clone());
                return id;
            }
        };
        let suffix = notices(self.lang).other_version_suffix;
        let mut result: Vec<SavedPlan> = Vec::new();
        // Where this tab's open plan went, if not to its own id.
        let mut open_moved_to: Option<String> = None;
        for plan in mine {
            let in_base = find(base, &plan.id);
            let in_theirs = find(theirs, &plan.id);
            match (in_base, in_theirs) {
                (Some(b), Some(t)) => {
                    if same(&plan, b) {
                        result.push(t.clone());
                    } else if same(t, b) || same(t, &plan) {
                        result.push(plan);
                    } else {
                        let title = format!("{} ({suffix})", t.title(self.lang));
                        merged.other_versions.push(title.clone());
                        let other = SavedPlan {
                            id: fresh(&mut self.next_id),
                            name: title,
                            updated_at: t.updated_at.max(now),
                            proposal: t.proposal.clone(),
                        };
                        result.push(plan);
                        result.push(other);
                    }
                }
                (Some(b), None) => {
                    if !same(&plan, b) {
                        merged.kept_from_delete.push(plan.title(self.lang));
                        result.push(plan);
                    }
                }
                (None, Some(t)) => {
                    // Both tabs made a plan with this id: the stored one
                    // keeps it, ours moves (and stays open if it was).
                    result.push(t.clone());
                    if !same(&plan, t) && !untouched(&plan) {
                        let id = fresh(&mut self.next_id);
                        if plan.id == self.active {
                            open_moved_to = Some(id.clone());
                        }
                        result.push(SavedPlan { id, ..plan });
                    }
                }
                (None, None) => {
                    // New here. An untouched plan of a first visit (this
                    // tab never saw stored plans) gives way to theirs; a
                    // new plan made on purpose stays, empty or not.
                    if !(untouched(&plan) && base.plans.is_empty() && !theirs.plans.is_empty()) {
                        result.push(plan);
                    }
                }
            }
        }
        for (index, plan) in theirs.plans.iter().enumerate() {
            if result.iter().any(|p| p.id == plan.id) {
                continue;
            }
            // Not in ours: new there, or deleted here.
            if let Some(b) = find(base, &plan.id) {
                if same(plan, b) {
                    continue;
                }
                merged.kept_from_delete.push(plan.title(self.lang));
            }
            // Where the other tab has it: after the plan before it.
            let at = theirs.plans[..index]
                .iter()
                .rev()
                .find_map(|before| result.iter().position(|p| p.id == before.id))
                .map_or(0, |i| i + 1);
            result.insert(at, plan.clone());
        }
        // Plans of ours deleted here but absent in base were never seen by
        // them: nothing to do. An empty result gets one empty plan.
        self.plans = result;
        if self.plans.is_empty() {
            let id = fresh(&mut self.next_id);
            self.plans.push(SavedPlan {
                id: id.clone(),
                name: String::new(),
                updated_at: now,
                proposal: Default::default(),
            });
        }
        if let Some(id) = open_moved_to {
            self.active = id;
        } else if !self.plans.iter().any(|p| p.id == self.active) {
            let index = open_index.min(self.plans.len() - 1);
            self.active = if self.plans.iter().any(|p| p.id == theirs.active)
                && before_open.as_ref().is_some_and(untouched)
            {
                // Our open plan was an untouched one that gave way:
                // open what the other tab has open.
                theirs.active.clone()
            } else {
                self.plans[index].id.clone()
            };
        }
        let after_open = self.plans.iter().find(|p| p.id == self.active);
        merged.open_plan_changed = match (&before_open, after_open) {
            (Some(before), Some(after)) => {
                !(before.id == after.id && before.proposal == after.proposal)
            }
            _ => true,
        };
        merged
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::model::Proposal;
    use crate::formats::storage::testing::{example, named, T0};

    /// Plans with these centre names, the first open.
    fn plans_of(names: &[&str]) -> SavedPlans {
        let mut plans = SavedPlans::new(Lang::Nl, T0);
        for (i, name) in names.iter().enumerate() {
            if i > 0 {
                plans.create("", T0);
            }
            plans.update_active(named(name), T0);
        }
        plans.switch("plan-1").unwrap();
        plans
    }

    fn contents(plans: &SavedPlans) -> Vec<(String, String)> {
        plans
            .plans()
            .iter()
            .map(|p| (p.id.clone(), p.title(Lang::Nl)))
            .collect()
    }

    fn edit(plans: &mut SavedPlans, id: &str, name: &str) {
        let open = plans.active_id().to_string();
        plans.switch(id).unwrap();
        plans.update_active(named(name), T0 + 1);
        plans.switch(&open).unwrap();
    }

    fn pairs(list: &[(&str, &str)]) -> Vec<(String, String)> {
        list.iter()
            .map(|(a, b)| (a.to_string(), b.to_string()))
            .collect()
    }

    #[test]
    fn edits_of_different_plans_in_two_tabs_are_both_kept() {
        let base = plans_of(&["A", "B"]);
        let (mut mine, mut theirs) = (base.clone(), base.clone());
        edit(&mut mine, "plan-1", "A mine");
        edit(&mut theirs, "plan-2", "B theirs");
        let merged = mine.merge(&base, &theirs, T0 + 2);
        assert_eq!(
            contents(&mine),
            pairs(&[("plan-1", "A mine"), ("plan-2", "B theirs")])
        );
        assert!(merged.is_quiet());
        assert!(!merged.open_plan_changed, "plan-1 is open and ours");
        assert_eq!(merged.message("A mine", Lang::Nl), None);
    }

    #[test]
    fn the_open_plan_follows_the_other_tab_when_unchanged_here() {
        let base = plans_of(&["A"]);
        let (mut mine, mut theirs) = (base.clone(), base.clone());
        edit(&mut theirs, "plan-1", "A theirs");
        let merged = mine.merge(&base, &theirs, T0 + 2);
        assert_eq!(contents(&mine), pairs(&[("plan-1", "A theirs")]));
        assert!(merged.open_plan_changed);
        assert!(merged
            .message("A theirs", Lang::Nl)
            .unwrap()
            .contains("bijgewerkt vanuit een ander tabblad"));
    }

    #[test]
    fn the_same_plan_edited_in_both_keeps_both_versions_named() {
        let base = plans_of(&["A", "B"]);
        let (mut mine, mut theirs) = (base.clone(), base.clone());
        edit(&mut mine, "plan-1", "A mine");
        edit(&mut theirs, "plan-1", "A theirs");
        let merged = mine.merge(&base, &theirs, T0 + 2);
        assert_eq!(
            contents(&mine),
            pairs(&[
                ("plan-1", "A mine"),
                ("plan-3", "A theirs (andere versie)"),
                ("plan-2", "B"),
            ])
        );
        assert_eq!(mine.active_id(), "plan-1");
        assert_eq!(*mine.get("plan-3").unwrap().proposal, named("A theirs"));
        assert_eq!(merged.other_versions, vec!["A theirs (andere versie)"]);
        assert!(!merged.is_quiet(), "a second version is worth saying");
        let message = merged.message("A mine", Lang::En).unwrap();
        assert!(message.contains("Both versions are kept"), "{message}");

        // The other tab then takes the merged plans: nothing new to merge
        // and nothing lost on its side either.
        let mut other = theirs.clone();
        let again = other.merge(&theirs, &mine, T0 + 3);
        assert_eq!(contents(&other), contents(&mine));
        assert!(again.is_quiet());
    }

    #[test]
    fn a_delete_never_takes_an_edit_from_the_other_tab_with_it() {
        let base = plans_of(&["A", "B", "C"]);
        let (mut mine, mut theirs) = (base.clone(), base.clone());
        // Here: B deleted, C edited. There: B edited, C deleted.
        let _ = mine.delete("plan-2", T0).unwrap();
        edit(&mut mine, "plan-3", "C mine");
        edit(&mut theirs, "plan-2", "B theirs");
        let _ = theirs.delete("plan-3", T0).unwrap();
        let merged = mine.merge(&base, &theirs, T0 + 2);
        let titles: Vec<String> = contents(&mine).into_iter().map(|(_, t)| t).collect();
        assert_eq!(titles, vec!["A", "B theirs", "C mine"], "in their places");
        assert_eq!(merged.kept_from_delete.len(), 2);
        assert!(
            !merged.is_quiet(),
            "a plan kept from a delete is worth saying"
        );

        // Plain deletes on either side stay deleted.
        let (mut mine, mut theirs) = (base.clone(), base.clone());
        let _ = mine.delete("plan-2", T0).unwrap();
        let _ = theirs.delete("plan-3", T0).unwrap();
        let merged = mine.merge(&base, &theirs, T0 + 2);
        assert_eq!(contents(&mine), pairs(&[("plan-1", "A")]));
        assert!(merged.is_quiet());
    }

    #[test]
    fn when_the_other_tab_deletes_the_open_plan_its_neighbour_opens() {
        let base = plans_of(&["A", "B", "C"]);
        let (mut mine, mut theirs) = (base.clone(), base.clone());
        mine.switch("plan-2").unwrap();
        let _ = theirs.delete("plan-2", T0).unwrap();
        let merged = mine.merge(&base, &theirs, T0 + 2);
        assert_eq!(contents(&mine), pairs(&[("plan-1", "A"), ("plan-3", "C")]));
        // The plan now in B's place, not the first one.
        assert_eq!(mine.active_id(), "plan-3");
        assert!(merged.open_plan_changed);
        // The last plan open and deleted there: the new last one opens.
        let (mut mine, mut theirs) = (base.clone(), base.clone());
        mine.switch("plan-3").unwrap();
        let _ = theirs.delete("plan-3", T0).unwrap();
        let _ = mine.merge(&base, &theirs, T0 + 2);
        assert_eq!(mine.active_id(), "plan-2");
    }

    #[test]
    fn plans_made_in_both_tabs_with_the_same_id_are_both_kept() {
        let base = plans_of(&["A"]);
        let (mut mine, mut theirs) = (base.clone(), base.clone());
        mine.create("Mine", T0);
        theirs.create("Theirs", T0);
        assert_eq!(mine.active_id(), theirs.active_id(), "both took plan-2");
        mine.merge(&base, &theirs, T0 + 2);
        assert_eq!(
            contents(&mine),
            pairs(&[("plan-1", "A"), ("plan-2", "Theirs"), ("plan-3", "Mine")])
        );
        assert_eq!(mine.active().name, "Mine", "our new plan stays open");
        assert_eq!(mine.create("", T0), "plan-4", "and ids stay unique");
    }

    #[test]
    fn a_first_visit_gives_way_to_what_another_tab_saved() {
        let empty = SavedPlans::new(Lang::Nl, T0);
        let mut mine = empty.clone();
        let theirs = plans_of(&["A", "B"]);
        let merged = mine.merge(&empty, &theirs, T0 + 2);
        assert_eq!(contents(&mine), contents(&theirs));
        assert!(merged.open_plan_changed);
        // With nothing stored at all (no base), the same.
        let mut mine = SavedPlans::new(Lang::Nl, T0);
        let nothing = SavedPlans {
            plans: Vec::new(),
            ..mine.clone()
        };
        mine.merge(&nothing, &theirs, T0 + 2);
        assert_eq!(contents(&mine), contents(&theirs));
    }

    #[test]
    fn a_first_visit_keeps_its_plan_when_the_other_tab_has_none() {
        // Nothing to give way to: the plan open here stays, same id, and
        // the page has nothing to redraw.
        let mut mine = SavedPlans::new(Lang::Nl, T0);
        let before = mine.clone();
        let nothing = SavedPlans {
            plans: Vec::new(),
            ..mine.clone()
        };
        let merged = mine.merge(&nothing, &nothing, T0 + 2);
        assert_eq!(mine.plans(), before.plans());
        assert_eq!(mine.active_id(), "plan-1");
        assert!(!merged.open_plan_changed);
    }

    #[test]
    fn when_the_open_plan_goes_a_plan_that_exists_opens() {
        // Here A (empty, open) and B; B then deleted here. There: A
        // deleted, C made, and B still open. Neither A nor B is left, so
        // the other tab's open plan cannot be followed: C opens.
        let mut base = SavedPlans::new(Lang::Nl, T0);
        base.create("", T0);
        base.update_active(named("B"), T0);
        base.switch("plan-1").unwrap();
        let (mut mine, mut theirs) = (base.clone(), base.clone());
        let _ = mine.delete("plan-2", T0).unwrap();
        theirs.switch("plan-2").unwrap();
        let _ = theirs.delete("plan-1", T0).unwrap();
        let c = theirs.create("", T0);
        theirs.update_active(named("C"), T0);
        theirs.switch("plan-2").unwrap();
        let merged = mine.merge(&base, &theirs, T0 + 2);
        assert_eq!(contents(&mine), pairs(&[(c.as_str(), "C")]));
        assert_eq!(mine.active_id(), c);
        assert!(mine.get(mine.active_id()).is_some());
        assert!(merged.open_plan_changed);
    }

    #[test]
    fn a_new_empty_plan_made_here_stays_open() {
        let base = plans_of(&["A"]);
        let (mut mine, mut theirs) = (base.clone(), base.clone());
        let new = mine.create("", T0);
        edit(&mut theirs, "plan-1", "A theirs");
        let merged = mine.merge(&base, &theirs, T0 + 2);
        assert_eq!(mine.active_id(), new);
        assert_eq!(mine.plans().len(), 2);
        assert!(!merged.open_plan_changed);
    }

    #[test]
    fn a_merge_with_the_same_plans_changes_nothing() {
        let mut mine = plans_of(&["A", "B"]);
        let before = mine.clone();
        let merged = mine.merge(&before, &before, T0 + 2);
        assert_eq!(mine, before);
        assert_eq!(merged, Merged::default());
    }

    #[test]
    fn the_example_edited_in_both_tabs_keeps_both_amounts() {
        let example = example();
        let mut base = SavedPlans::new(Lang::En, T0);
        base.update_active(example.clone(), T0);
        let (mut mine, mut theirs) = (base.clone(), base.clone());
        let mut a = example.clone();
        a.budget[0].amount = Some(1.into());
        mine.update_active(a.clone(), T0 + 1);
        let mut b = example;
        b.budget[1].amount = Some(2.into());
        theirs.update_active(b.clone(), T0 + 1);
        let merged = mine.merge(&base, &theirs, T0 + 2);
        let kept: Vec<&Proposal> = mine.plans().iter().map(|p| &*p.proposal).collect();
        assert_eq!(kept, vec![&a, &b]);
        assert_eq!(
            merged.other_versions,
            vec!["Centrum Slimme Maakindustrie Twente (other version)"]
        );
    }
}
