//! The saved plans as the app holds them: every plan, the open one, and
//! the UI language, with the edits of the plan list (create, rename,
//! duplicate, switch, delete, import) and the [`Undo`] of those that
//! remove or replace work. How they are stored is `envelope`'s concern;
//! how two tabs' plans are merged, `merge`'s.

use std::rc::Rc;

use crate::engine::model::Proposal;
use crate::text::lang::Lang;
use crate::text::notices::notices;

use super::Millis;

/// One saved plan.
#[derive(Clone, Debug, PartialEq)]
pub struct SavedPlan {
    pub id: String,
    /// As the user named it; empty means "use the centre's name".
    pub name: String,
    pub updated_at: Millis,
    /// Shared with the app's state: an edit puts a new proposal in its
    /// place and never copies the plan.
    pub proposal: Rc<Proposal>,
}

impl SavedPlan {
    /// What the plan list shows: its name, else the centre's name, else a
    /// placeholder.
    pub fn title(&self, lang: Lang) -> String {
        if !self.name.trim().is_empty() {
            self.name.trim().to_string()
        } else if !self.proposal.centre.name.trim().is_empty() {
            self.proposal.centre.name.trim().to_string()
        } else {
            notices(lang).untitled_plan.into()
        }
    }
}

/// Every saved plan, the open one, and the UI language. There is always at
/// least one plan, and `active` always names one of them.
#[derive(Clone, Debug, PartialEq)]
pub struct SavedPlans {
    pub(super) plans: Vec<SavedPlan>,
    pub(super) active: String,
    pub lang: Lang,
    /// The number of the next new id: ids are never reused, so an undo
    /// can never reach a different plan that took a deleted one's id.
    pub(super) next_id: u64,
    /// Which [`Autosave`](super::Autosave) era the plans belong to: a wipe
    /// starts a new one, and plans of an earlier one are never written.
    /// Kept in memory only.
    pub(super) generation: u32,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PlanError {
    /// No plan has this id (any more).
    NotFound(String),
}

/// How an imported file or a shared plan comes in.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ImportAs {
    /// As a plan of its own, which becomes the open one. Replaces nothing.
    NewPlan,
    /// In place of the open plan's content (after the user agreed).
    ReplaceActive,
}

/// Takes back one change: returned by the operations that remove or replace
/// work, to be offered as "Ongedaan maken" / "Undo". Opaque on purpose.
#[derive(Clone, Debug, PartialEq)]
#[must_use = "offer the user a way to undo this"]
pub struct Undo(UndoStep);

#[derive(Clone, Debug, PartialEq)]
enum UndoStep {
    /// Take out a plan that was added, and reopen the one open before.
    RemoveAdded { id: String, reopen: String },
    /// Put a deleted plan back at its place; drop the empty plan that
    /// replaced it if that is still empty.
    Reinsert {
        plan: Box<SavedPlan>,
        index: usize,
        was_active: bool,
        placeholder: Option<String>,
    },
    /// Give a plan back its earlier content.
    Revert {
        id: String,
        proposal: Rc<Proposal>,
        updated_at: Millis,
    },
}

/// What opening a share link should do, given what the recipient has.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Incoming {
    /// The same plan is saved already: just switch to it.
    AlreadySaved(String),
    /// The open plan is empty: nothing to lose, open the shared plan in it.
    IntoEmptyPlan,
    /// The recipient has work of their own: open the shared plan as a new
    /// plan (never over theirs), and say so with an undo.
    AsNewPlan,
}

impl SavedPlans {
    /// One empty plan: a first visit, or nothing stored.
    pub fn new(lang: Lang, now: Millis) -> SavedPlans {
        SavedPlans {
            plans: vec![SavedPlan {
                id: "plan-1".into(),
                name: String::new(),
                updated_at: now,
                proposal: Rc::default(),
            }],
            active: "plan-1".into(),
            lang,
            next_id: 2,
            generation: 0,
        }
    }

    pub fn plans(&self) -> &[SavedPlan] {
        &self.plans
    }

    pub fn active(&self) -> &SavedPlan {
        self.plans
            .iter()
            .find(|p| p.id == self.active)
            .expect("active always names a plan")
    }

    pub fn active_id(&self) -> &str {
        &self.active
    }

    pub fn get(&self, id: &str) -> Option<&SavedPlan> {
        self.plans.iter().find(|p| p.id == id)
    }

    pub(super) fn index_of(&self, id: &str) -> Result<usize, PlanError> {
        self.plans
            .iter()
            .position(|p| p.id == id)
            .ok_or_else(|| PlanError::NotFound(id.to_string()))
    }

    pub(super) fn fresh_id(&mut self) -> String {
        loop {
            let id = format!("plan-{}", self.next_id);
            self.next_id += 1;
            if self.get(&id).is_none() {
                return id;
            }
        }
    }

    /// Every edit: the open plan's content becomes `proposal`. Returns
    /// whether anything changed (and so whether to save).
    pub fn update_active(&mut self, proposal: impl Into<Rc<Proposal>>, now: Millis) -> bool {
        let proposal = proposal.into();
        let index = self.index_of(&self.active.clone()).expect("active exists");
        let plan = &mut self.plans[index];
        if Rc::ptr_eq(&plan.proposal, &proposal) || plan.proposal == proposal {
            return false;
        }
        plan.proposal = proposal;
        plan.updated_at = now;
        true
    }

    /// A new empty plan after the others, which becomes the open one.
    pub fn create(&mut self, name: &str, now: Millis) -> String {
        let id = self.fresh_id();
        self.plans.push(SavedPlan {
            id: id.clone(),
            name: name.trim().to_string(),
            updated_at: now,
            proposal: Rc::default(),
        });
        self.active = id.clone();
        id
    }

    /// An empty name makes the list show the centre's name.
    pub fn rename(&mut self, id: &str, name: &str) -> Result<(), PlanError> {
        let index = self.index_of(id)?;
        self.plans[index].name = name.trim().to_string();
        Ok(())
    }

    /// A copy right after the original, named "… (kopie)", which becomes
    /// the open plan.
    pub fn duplicate(&mut self, id: &str, now: Millis) -> Result<String, PlanError> {
        let index = self.index_of(id)?;
        let suffix = notices(self.lang).copy_suffix;
        let id = self.fresh_id();
        let original = &self.plans[index];
        let copy = SavedPlan {
            id,
            name: format!("{} ({suffix})", original.title(self.lang)),
            updated_at: now,
            proposal: original.proposal.clone(),
        };
        let new_id = copy.id.clone();
        self.plans.insert(index + 1, copy);
        self.active = new_id.clone();
        Ok(new_id)
    }

    pub fn switch(&mut self, id: &str) -> Result<(), PlanError> {
        self.index_of(id)?;
        self.active = id.to_string();
        Ok(())
    }

    /// Deletes a plan. The open plan moves to its neighbour; deleting the
    /// last plan leaves one empty plan, never none.
    pub fn delete(&mut self, id: &str, now: Millis) -> Result<Undo, PlanError> {
        let index = self.index_of(id)?;
        let was_active = self.active == id;
        let plan = self.plans.remove(index);
        let placeholder = if self.plans.is_empty() {
            let id = self.create("", now);
            Some(id)
        } else {
            None
        };
        if was_active && placeholder.is_none() {
            let neighbour = index.min(self.plans.len() - 1);
            self.active = self.plans[neighbour].id.clone();
        }
        Ok(Undo(UndoStep::Reinsert {
            plan: Box::new(plan),
            index,
            was_active,
            placeholder,
        }))
    }

    /// Brings in a proposal read from a file or a share link. Never silently:
    /// `ReplaceActive` is for when the user chose it; both can be undone.
    pub fn import(&mut self, proposal: Proposal, how: ImportAs, now: Millis) -> Undo {
        match how {
            ImportAs::NewPlan => {
                let reopen = self.active.clone();
                let id = self.fresh_id();
                self.plans.push(SavedPlan {
                    id: id.clone(),
                    name: String::new(),
                    updated_at: now,
                    proposal: Rc::new(proposal),
                });
                self.active = id.clone();
                Undo(UndoStep::RemoveAdded { id, reopen })
            }
            ImportAs::ReplaceActive => {
                let index = self.index_of(&self.active.clone()).expect("active exists");
                let plan = &mut self.plans[index];
                let previous = std::mem::replace(&mut plan.proposal, Rc::new(proposal));
                let updated_at = std::mem::replace(&mut plan.updated_at, now);
                Undo(UndoStep::Revert {
                    id: plan.id.clone(),
                    proposal: previous,
                    updated_at,
                })
            }
        }
    }

    /// An undo that gives the open plan back its content of now: taken
    /// before one step that changes many rows (a paste), so that one undo
    /// takes all of them back.
    pub fn keep_open_plan(&self) -> Undo {
        let plan = self.active();
        Undo(UndoStep::Revert {
            id: plan.id.clone(),
            proposal: plan.proposal.clone(),
            updated_at: plan.updated_at,
        })
    }

    /// Takes back what `undo` stands for. Fails only when the plan it
    /// concerns has since been deleted.
    pub fn undo(&mut self, undo: Undo) -> Result<(), PlanError> {
        match undo.0 {
            UndoStep::RemoveAdded { id, reopen } => {
                let index = self.index_of(&id)?;
                let removed = self.plans.remove(index);
                if self.plans.is_empty() {
                    self.create("", removed.updated_at);
                } else if self.active == id {
                    self.active = if self.get(&reopen).is_some() {
                        reopen
                    } else {
                        self.plans[index.min(self.plans.len() - 1)].id.clone()
                    };
                }
            }
            UndoStep::Reinsert {
                mut plan,
                index,
                was_active,
                placeholder,
            } => {
                if let Some(placeholder) = placeholder {
                    // Drop the empty plan that stood in, unless it got work.
                    if let Ok(at) = self.index_of(&placeholder) {
                        if self.plans[at].proposal.is_empty() && self.plans.len() == 1 {
                            self.plans.remove(at);
                        }
                    }
                }
                if self.get(&plan.id).is_some() {
                    plan.id = self.fresh_id();
                }
                let at = index.min(self.plans.len());
                let id = plan.id.clone();
                self.plans.insert(at, *plan);
                if was_active || self.get(&self.active).is_none() {
                    self.active = id;
                }
            }
            UndoStep::Revert {
                id,
                proposal,
                updated_at,
            } => {
                let index = self.index_of(&id)?;
                self.plans[index].proposal = proposal;
                self.plans[index].updated_at = updated_at;
            }
        }
        Ok(())
    }

    /// What to do with a plan opened from a share link.
    pub fn incoming(&self, shared: &Proposal) -> Incoming {
        if let Some(plan) = self.plans.iter().find(|p| *p.proposal == *shared) {
            Incoming::AlreadySaved(plan.id.clone())
        } else if self.active().proposal.is_empty() {
            Incoming::IntoEmptyPlan
        } else {
            Incoming::AsNewPlan
        }
    }
}

#[cfg(test)]
mod tests {
    use std::collections::HashSet;

    use super::*;
    use crate::formats::storage::testing::{example, named, titles, T0};
    use crate::formats::storage::{parse, serialise, Loaded};

    #[test]
    fn create_rename_duplicate_and_switch() {
        let mut plans = SavedPlans::new(Lang::Nl, T0);
        plans.update_active(named("Centrum Twente"), T0);
        let first = plans.active_id().to_string();
        assert_eq!(
            titles(&plans),
            vec!["Centrum Twente"],
            "unnamed: the centre's name"
        );

        let second = plans.create("  Variant B  ", T0 + 1);
        assert_eq!(plans.active_id(), second);
        assert_eq!(*plans.active().proposal, Proposal::default());
        assert_eq!(plans.active().updated_at, T0 + 1);

        plans.rename(&first, "Basisplan").unwrap();
        assert_eq!(titles(&plans), vec!["Basisplan", "Variant B"]);

        let copy = plans.duplicate(&first, T0 + 2).unwrap();
        assert_eq!(
            titles(&plans),
            vec!["Basisplan", "Basisplan (kopie)", "Variant B"]
        );
        assert_eq!(plans.active_id(), copy);
        assert_eq!(*plans.active().proposal, named("Centrum Twente"));
        assert_ne!(copy, first);

        // Editing the copy leaves the original alone.
        plans.update_active(named("Centrum Twente 2"), T0 + 3);
        assert_eq!(
            *plans.get(&first).unwrap().proposal,
            named("Centrum Twente")
        );

        plans.switch(&first).unwrap();
        assert_eq!(plans.active().title(Lang::Nl), "Basisplan");
        assert_eq!(
            plans.switch("nope"),
            Err(PlanError::NotFound("nope".into()))
        );
        assert_eq!(
            plans.rename("nope", "x"),
            Err(PlanError::NotFound("nope".into()))
        );

        plans.rename(&first, " ").unwrap();
        assert_eq!(plans.active().title(Lang::Nl), "Centrum Twente");
        plans.update_active(Proposal::default(), T0);
        assert_eq!(plans.active().title(Lang::En), "Untitled plan");
    }

    #[test]
    fn a_kept_open_plan_comes_back_whole_after_many_changes() {
        let mut plans = SavedPlans::new(Lang::Nl, T0);
        plans.update_active(named("Voor"), T0);
        let undo = plans.keep_open_plan();
        plans.update_active(named("Na"), T0 + 1);
        plans
            .rename(plans.active_id().to_string().as_str(), "Naam")
            .unwrap();
        plans.undo(undo).unwrap();
        assert_eq!(*plans.active().proposal, named("Voor"));
        assert_eq!(plans.active().updated_at, T0);
        assert_eq!(plans.active().name, "Naam", "only the content goes back");
    }

    #[test]
    fn an_unchanged_edit_does_not_touch_the_time() {
        let mut plans = SavedPlans::new(Lang::Nl, T0);
        assert!(!plans.update_active(Proposal::default(), T0 + 5));
        assert_eq!(plans.active().updated_at, T0);
        assert!(plans.update_active(named("x"), T0 + 6));
        assert_eq!(plans.active().updated_at, T0 + 6);
    }

    #[test]
    fn deleting_opens_a_neighbour_and_the_last_plan_leaves_an_empty_one() {
        let mut plans = SavedPlans::new(Lang::Nl, T0);
        plans.update_active(named("A"), T0);
        let b = plans.create("B", T0);
        let c = plans.create("C", T0);
        plans.switch(&b).unwrap();

        let _ = plans.delete(&b, T0).unwrap();
        assert_eq!(titles(&plans), vec!["A", "C"]);
        assert_eq!(plans.active_id(), c, "the next plan opens");
        let _ = plans.delete(&c, T0).unwrap();
        assert_eq!(
            plans.active().title(Lang::Nl),
            "A",
            "the last one: the one before"
        );

        let a = plans.active_id().to_string();
        let undo = plans.delete(&a, T0 + 9).unwrap();
        assert_eq!(plans.plans().len(), 1, "never no plan at all");
        assert_eq!(*plans.active().proposal, Proposal::default());
        assert_ne!(plans.active_id(), a);

        plans.undo(undo).unwrap();
        assert_eq!(
            titles(&plans),
            vec!["A"],
            "undo takes the empty stand-in away"
        );
        assert_eq!(plans.active_id(), a);
    }

    #[test]
    fn undoing_a_delete_puts_the_plan_back_in_its_place() {
        let mut plans = SavedPlans::new(Lang::Nl, T0);
        plans.update_active(named("A"), T0);
        let b = plans.create("B", T0);
        plans.create("C", T0);
        plans.switch(&b).unwrap();
        let undo = plans.delete(&b, T0).unwrap();
        plans.undo(undo).unwrap();
        assert_eq!(titles(&plans), vec!["A", "B", "C"]);
        assert_eq!(plans.active_id(), b);
        assert_eq!(
            plans.delete("nope", T0),
            Err(PlanError::NotFound("nope".into()))
        );
    }

    #[test]
    fn deleting_another_plan_keeps_the_open_one_open() {
        let mut plans = SavedPlans::new(Lang::Nl, T0);
        plans.update_active(named("A"), T0);
        let open = plans.active_id().to_string();
        plans.create("B", T0);
        let c = plans.create("C", T0);
        plans.switch(&open).unwrap();
        let _ = plans.delete(&c, T0).unwrap();
        assert_eq!(plans.active_id(), open);
        assert_eq!(titles(&plans), vec!["A", "B"]);
    }

    #[test]
    fn undoing_the_delete_of_the_only_plan_keeps_work_typed_since() {
        let mut plans = SavedPlans::new(Lang::Nl, T0);
        plans.update_active(named("A"), T0);
        let a = plans.active_id().to_string();
        let undo = plans.delete(&a, T0).unwrap();
        // An empty plan stands in, and gets work before the undo.
        plans.update_active(named("Nieuw"), T0 + 1);
        plans.undo(undo).unwrap();
        assert_eq!(titles(&plans), vec!["A", "Nieuw"]);
        assert_eq!(plans.active_id(), a);
    }

    #[test]
    fn undoing_an_import_whose_earlier_plan_went_opens_a_plan_that_exists() {
        let mut plans = SavedPlans::new(Lang::Nl, T0);
        plans.update_active(named("A"), T0);
        let a = plans.active_id().to_string();
        plans.create("C", T0);
        plans.switch(&a).unwrap();
        // The import opens as a new plan; its undo would reopen A.
        let undo = plans.import(named("B"), ImportAs::NewPlan, T0);
        let _ = plans.delete(&a, T0).unwrap();
        plans.undo(undo).unwrap();
        assert_eq!(titles(&plans), vec!["C"]);
        assert_eq!(plans.active().name, "C");
    }

    #[test]
    fn importing_as_a_new_plan_keeps_current_work_and_can_be_undone() {
        let mut plans = SavedPlans::new(Lang::Nl, T0);
        plans.update_active(named("Mijn werk"), T0);
        let mine = plans.active_id().to_string();
        let undo = plans.import(example(), ImportAs::NewPlan, T0 + 1);
        assert_eq!(*plans.active().proposal, example());
        assert_eq!(*plans.get(&mine).unwrap().proposal, named("Mijn werk"));
        plans.undo(undo).unwrap();
        assert_eq!(plans.plans().len(), 1);
        assert_eq!(plans.active_id(), mine);
    }

    #[test]
    fn replacing_the_open_plan_can_be_undone_exactly() {
        let mut plans = SavedPlans::new(Lang::Nl, T0);
        plans.update_active(named("Mijn werk"), T0 + 1);
        let undo = plans.import(example(), ImportAs::ReplaceActive, T0 + 2);
        assert_eq!(plans.plans().len(), 1);
        assert_eq!(*plans.active().proposal, example());
        plans.undo(undo.clone()).unwrap();
        assert_eq!(*plans.active().proposal, named("Mijn werk"));
        assert_eq!(plans.active().updated_at, T0 + 1);

        // An undo for a plan deleted since cannot apply, and says so.
        let undo = plans.import(example(), ImportAs::ReplaceActive, T0 + 3);
        let id = plans.active_id().to_string();
        let _ = plans.delete(&id, T0 + 4).unwrap();
        assert_eq!(plans.undo(undo), Err(PlanError::NotFound(id)));
    }

    #[test]
    fn a_shared_plan_never_lands_on_the_recipients_own_work() {
        let mut plans = SavedPlans::new(Lang::Nl, T0);
        assert_eq!(plans.incoming(&example()), Incoming::IntoEmptyPlan);
        plans.update_active(named("Eigen plan"), T0);
        assert_eq!(plans.incoming(&example()), Incoming::AsNewPlan);
        let _ = plans.import(example(), ImportAs::NewPlan, T0);
        let shared_id = plans.active_id().to_string();
        plans.switch("plan-1").unwrap();
        assert_eq!(
            plans.incoming(&example()),
            Incoming::AlreadySaved(shared_id),
            "opening the same link twice makes no second copy"
        );
    }

    #[test]
    fn new_ids_never_clash_with_existing_ones() {
        let mut plans = SavedPlans::new(Lang::Nl, T0);
        let b = plans.create("", T0);
        let _ = plans.delete("plan-1", T0).unwrap();
        let c = plans.create("", T0);
        let d = plans.duplicate(&b, T0).unwrap();
        let ids: HashSet<&str> = plans.plans().iter().map(|p| p.id.as_str()).collect();
        assert_eq!(ids.len(), 3);
        assert!(ids.contains(b.as_str()) && ids.contains(c.as_str()) && ids.contains(d.as_str()));
        assert_ne!(c, "plan-1", "a deleted plan's id is not given out again");
        // Not after a reload either.
        let Loaded::Read(mut reloaded) = parse(Some(serialise(&plans)), Lang::Nl, T0) else {
            panic!()
        };
        let e = reloaded.create("", T0);
        assert!(![b, c, d, "plan-1".to_string()].contains(&e), "{e}");
    }
}
