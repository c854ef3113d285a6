//! C4: activities serve the goals, each with costs and benefits.

use super::*;

impl Context<'_> {
    /// C4: activities serve the goals, each with costs and benefits.
    pub(super) fn activities(&self) -> Option<Vec<Located>> {
        let proposal = self.proposal;
        if proposal.activities.is_empty() && proposal.budget.is_empty() {
            return None;
        }
        let mut out = Findings::default();
        if proposal.activities.is_empty() {
            out.add(Finding::NoActivities, Path::of("activities"));
        }
        // A sorted vector, not a hash set: no hash table code of its own
        // in the download, and still n log n.
        let ids = Positions::new(proposal.activities.iter().map(|a| a.id.as_str()).collect());
        for (i, activity) in proposal.activities.iter().enumerate() {
            let label = RowName::activity(i, activity);
            if activity.goal.is_none() {
                out.add(
                    Finding::ActivityNoGoal {
                        activity: label.clone(),
                    },
                    Path::of("activities").row(i).field("goal"),
                );
            }
            let has_target = activity.target.count.is_some_and(|c| c > Decimal::ZERO);
            if !has_target {
                out.add(
                    Finding::ActivityNoTarget {
                        activity: label.clone(),
                    },
                    Path::of("activities").row(i).field("target").field("count"),
                );
            }
            let budget = self.totals.per_activity.get(&activity.id);
            if budget.is_none() {
                out.add(
                    Finding::ActivityNoBudget {
                        activity: label.clone(),
                    },
                    Path::of("activities").row(i),
                );
            }
            let cost = match (has_target, budget, activity.target.count) {
                (true, Some(budget), Some(count)) => {
                    budget.checked_div(count).map(|cost| (*budget, count, cost))
                }
                _ => None,
            };
            if let Some((budget, count, cost)) = cost {
                out.add(
                    Finding::CostPerUnit {
                        activity: label,
                        cost,
                        unit: activity.target.unit.clone(),
                        budget,
                        count,
                    },
                    Path::of("activities").row(i),
                );
            }
        }
        // Every id a line names is a key of the totals per activity. When
        // each of those is an activity's (as in a finished plan), a line
        // names a known activity exactly when it names one: the lines of a
        // large plan then need no lookup of their own on every keystroke.
        let all_known = self
            .totals
            .per_activity
            .keys()
            .all(|id| ids.of(id).is_some());
        for (i, line) in proposal.budget.iter().enumerate() {
            if line.kind != Some(BudgetKind::Activity) {
                continue;
            }
            let known = line
                .activity
                .as_deref()
                .is_some_and(|id| all_known || ids.of(id).is_some());
            if !known {
                out.add(
                    Finding::UnknownActivity {
                        line: line_label(line, i),
                        activity: line.activity.clone().filter(|a| !blank(a)),
                    },
                    Path::of("budget").row(i).field("activity"),
                );
            }
        }
        let served = |goal: &Goal| proposal.activities.iter().any(|a| a.goal == Some(*goal));
        let uncovered: Vec<Goal> = Goal::ALL.iter().copied().filter(|g| !served(g)).collect();
        if !uncovered.is_empty() {
            out.add(
                Finding::GoalsUncovered { goals: uncovered },
                Path::of("activities"),
            );
        }
        Some(out.0)
    }
}
