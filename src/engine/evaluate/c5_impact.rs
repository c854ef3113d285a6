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
            let baseline = indicator.baseline.unwrap_or_default();
            if indicator.target.is_none_or(|target| target <= baseline) {
                let label = if blank(&indicator.label) {
                    format!("#{}", i + 1)
                } else {
                    indicator.label.clone()
                };
                out.add(
                    Finding::NoTarget { indicator: label },
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
