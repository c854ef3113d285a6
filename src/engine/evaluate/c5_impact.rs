//! C5: demonstrable impact on student, teacher and employee.

use super::*;

impl Context<'_> {
    /// C5: demonstrable impact on student, teacher and employee.
    pub(super) fn impact(&self) -> Option<Vec<Located>> {
        let proposal = self.proposal;
        if proposal.impact.is_empty() && proposal.activities.is_empty() {
            return None;
        }
        let mut out = Findings::default();
        if proposal.impact.is_empty() {
            out.add(Finding::NoIndicators, Path::of("impact"));
        }
        for group in [Group::Students, Group::Teachers, Group::Employees] {
            if !proposal.impact.iter().any(|i| i.group == group) {
                out.add(Finding::GroupMissing { group }, Path::of("impact"));
            }
        }
        for (i, indicator) in proposal.impact.iter().enumerate() {
            // A target improves on the baseline: above it for an indicator
            // that should rise, below it for one that should fall.
            let baseline = indicator.baseline.unwrap_or_default();
            let improves = |target: Decimal| match indicator.direction {
                Improvement::Up => target > baseline,
                Improvement::Down => target < baseline,
            };
            if !indicator.target.is_some_and(improves) {
                out.add(
                    Finding::NoTarget {
                        indicator: RowName::new(RowKind::Indicator, i, &indicator.label),
                        direction: indicator.direction,
                    },
                    Path::of("impact").row(i).field("target"),
                );
            }
        }
        if !proposal.impact.iter().any(|i| i.group == Group::Companies) {
            out.add(Finding::NoCompanyIndicator, Path::of("impact"));
        }
        Some(out.0)
    }
}
